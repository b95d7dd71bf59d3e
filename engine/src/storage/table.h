// A table: its definition (key schema, billing, status) and its items. Items live in one ordered
// map keyed by (partition-key hash, partition key, sort key): that order is the table's scan order
// and the sort-key order within an item collection. Partitions are contiguous ranges of the 64-bit
// hash space over that same map, each with running item and byte counts, so placing an item is a
// binary search and a split only moves a boundary.
#pragma once

#include "ddb/value.h"
#include "storage/scale_profile.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ddb {

struct KeyElement {
  std::string name;
  ValueType type = ValueType::kS;  // S, N or B
};

enum class BillingMode { kProvisioned, kPayPerRequest };
enum class TableStatus { kCreating, kActive, kUpdating, kDeleting };
const char* BillingModeName(BillingMode m);
const char* TableStatusName(TableStatus s);

struct TableDefinition {
  std::string name;
  std::string arn;
  std::string table_id;
  KeyElement hash_key;
  std::optional<KeyElement> range_key;
  std::vector<KeyElement> attribute_definitions;  // in request order
  BillingMode billing = BillingMode::kProvisioned;
  int64_t read_capacity = 0, write_capacity = 0;  // 0 for on-demand
  std::string table_class = "STANDARD";
  bool deletion_protection = false;
  int64_t created_ms = 0;  // virtual time
  const ScaleProfile* profile = &kRealProfile;
};

// The primary key of a stored item plus its position in the key space.
struct PrimaryKey {
  uint64_t hash = 0;
  AttributeValue partition;
  std::optional<AttributeValue> sort;
};
// A probe for "the first key whose hash is >= hash" (map::lower_bound by hash alone).
struct HashBound {
  uint64_t hash;
};
struct PrimaryKeyLess {
  using is_transparent = void;
  bool operator()(const PrimaryKey& a, const PrimaryKey& b) const;
  bool operator()(const PrimaryKey& a, HashBound b) const { return a.hash < b.hash; }
  bool operator()(HashBound a, const PrimaryKey& b) const { return a.hash < b.hash; }
};

struct Partition {
  int id = 0;
  int parent = -1;
  uint64_t hash_lo = 0, hash_hi = 0;  // inclusive range
  uint64_t item_count = 0;
  uint64_t size_bytes = 0;
};

struct StoredItem {
  Item item;
  uint64_t size = 0;  // ItemSize(item), kept to maintain partition byte counts
};

class Table {
 public:
  using ItemMap = std::map<PrimaryKey, StoredItem, PrimaryKeyLess>;

  Table(TableDefinition def, int initial_partitions);

  const TableDefinition& def() const { return def_; }
  TableDefinition& mutable_def() { return def_; }
  TableStatus status() const { return status_; }
  void set_status(TableStatus s) { status_ = s; }

  // nullptr when absent.
  const StoredItem* Find(const PrimaryKey& key) const;
  // Stores `item` (whose size is `size`) under `key`, replacing any previous item.
  void Put(const PrimaryKey& key, Item item, uint64_t size);
  // Removes the item; returns whether it existed.
  bool Erase(const PrimaryKey& key);

  const ItemMap& items() const { return items_; }
  const std::vector<Partition>& partitions() const { return partitions_; }
  // Index into partitions() of the partition owning `hash`.
  size_t PartitionIndexFor(uint64_t hash) const;

  uint64_t item_count() const { return items_.size(); }
  uint64_t size_bytes() const { return size_bytes_; }

  // DescribeTable's ItemCount/TableSizeBytes are refreshed about every six hours (documented);
  // the live values above are what the viz shows.
  void RefreshReportedCounters() { reported_items_ = item_count(); reported_bytes_ = size_bytes_; }
  uint64_t reported_item_count() const { return reported_items_; }
  uint64_t reported_size_bytes() const { return reported_bytes_; }

 private:
  TableDefinition def_;
  TableStatus status_ = TableStatus::kCreating;
  ItemMap items_;
  std::vector<Partition> partitions_;
  uint64_t size_bytes_ = 0;
  uint64_t reported_items_ = 0, reported_bytes_ = 0;
};

}  // namespace ddb
