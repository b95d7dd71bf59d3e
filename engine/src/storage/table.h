// A table: its definition (key schema, billing, status) and its items. Items live in one ordered
// map (storage/hash_ordered_map.h) keyed by (partition-key hash, partition key, sort key): that
// order is the table's scan order and the sort-key order within an item collection. Partitions are
// contiguous ranges of that same order, each with running item and byte counts, so placing an item
// is a short search and a split only moves a boundary. A boundary is a hash, except where a split
// fell inside an item collection (simulation choice 5): there it is a key.
#pragma once

#include "capacity/auto_scaling.h"
#include "capacity/heat_tracker.h"
#include "capacity/metric_history.h"
#include "capacity/throughput_lane.h"
#include "capacity/update_quotas.h"
#include "ddb/value.h"
#include "storage/hash_ordered_map.h"
#include "storage/scale_profile.h"

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ddb {

class TableIndexes;  // index/secondary_index.h

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
  // OnDemandThroughput: an on-demand table's own cap on request units per second; -1 for none.
  int64_t max_read_request_units = -1, max_write_request_units = -1;
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
// A primary key that points into values owned elsewhere (a request's Key): lookups need no copy
// of the key values. Valid while those values are.
struct PrimaryKeyRef {
  uint64_t hash = 0;
  const AttributeValue* partition = nullptr;
  const AttributeValue* sort = nullptr;  // nullptr when the table has no sort key
};
inline PrimaryKeyRef RefOf(const PrimaryKey& k) { return {k.hash, &k.partition, k.sort ? &*k.sort : nullptr}; }

struct PrimaryKeyLess {
  using is_transparent = void;
  bool operator()(const PrimaryKey& a, const PrimaryKey& b) const;
  bool operator()(const PrimaryKey& a, const PrimaryKeyRef& b) const;
  bool operator()(const PrimaryKeyRef& a, const PrimaryKey& b) const;
  bool operator()(const PrimaryKey& a, HashBound b) const { return a.hash < b.hash; }
  bool operator()(HashBound a, const PrimaryKey& b) const { return a.hash < b.hash; }
  // For HashOrderedMap: inside an item collection, keys order by the sort key, summarised by
  // KeyOrderPrefix (an absent sort key, which sorts first, is 0).
  static uint32_t Prefix(const PrimaryKey& k) { return k.sort ? KeyOrderPrefix(*k.sort) : 0; }
  static uint32_t Prefix(const PrimaryKeyRef& k) { return k.sort ? KeyOrderPrefix(*k.sort) : 0; }
  static bool SameGroup(const PrimaryKey& a, const PrimaryKey& b);  // the same partition key
  // For HashOrderedMap's point index: a hash of the whole key (the placement hash alone for a
  // table without a sort key), and whether a stored key is the one looked up.
  static uint64_t PointHash(const PrimaryKey& k) { return k.sort ? MixSortHash(k.hash, *k.sort) : k.hash; }
  static uint64_t PointHash(const PrimaryKeyRef& k) { return k.sort ? MixSortHash(k.hash, *k.sort) : k.hash; }
  static bool Same(const PrimaryKey& stored, const PrimaryKey& k);
  static bool Same(const PrimaryKey& stored, const PrimaryKeyRef& k);
  static uint64_t MixSortHash(uint64_t hash, const AttributeValue& sort);
};

struct Partition {
  int id = 0;
  int parent = -1;
  uint64_t hash_lo = 0, hash_hi = 0;  // inclusive range
  // Set when the partition begins inside an item collection (a split by sort key): the first key
  // it owns, of hash hash_lo; that collection's keys before it belong to the partition before,
  // whose hash_hi is then hash_lo too. Unset: it begins at the first key of hash hash_lo.
  std::optional<PrimaryKey> first_key;
  uint64_t item_count = 0;
  uint64_t size_bytes = 0;
  // Throughput (capacity/): reads and writes are limited independently.
  ThroughputLane read, write;
  HeatTracker heat;       // where this partition's traffic goes, for a split for heat
  int hot_seconds = 0;    // consecutive seconds near the ceiling
  bool splitting = false;
  bool refusal_reported = false;  // a refused split is reported once per hot spell
  std::string note;       // the latest split decision, in words
};

// The place of the partition numbered `id` in `parts`, -1 when none is (it has split).
int PartitionPlace(const std::vector<Partition>& parts, int id);

// The two children of a split of `parent`: lower [parent.hash_lo, lower_hi], upper [upper_lo,
// parent.hash_hi], numbered *next_id and *next_id + 1 (which moves past them), each with half of
// the parent's lanes and a fresh heat summary. Item counts, sizes and first keys are the caller's.
std::pair<Partition, Partition> SplitChildren(const Partition& parent, uint64_t lower_hi, uint64_t upper_lo, int* next_id);

// Table-level capacity state: on-demand allowance, previous peak and the metric history.
struct TableCapacity {
  // On-demand tables serve instantly up to max(2 x previous peak, the new-table baseline)
  // (simulation choice 9); provisioned tables leave these unused.
  ThroughputLane on_demand_read, on_demand_write;
  double peak_read = 0, peak_write = 0;      // highest 1-minute average seen (units/s)
  double minute_read = 0, minute_write = 0;  // sums over the current minute
  int minute_seconds = 0;
  std::deque<std::pair<double, double>> minute_averages;  // (read, write), last 30 minutes
  AutoScalingPolicy read_scaling, write_scaling;
  UpdateQuotas quotas;  // decreases per UTC day, switches to on-demand
  MetricRing<MetricSample> history{kTableMetricSeconds};
  PartitionHistory partition_history;  // by partition id
};

// Where a split divides a partition: the first key of the upper child. A hash alone starts it at
// the first key of that hash; `key` (of that hash) starts it inside the key's item collection.
struct SplitPoint {
  uint64_t hash = 0;
  std::optional<PrimaryKey> key;
};

struct StoredItem {
  Item item;
  uint64_t size = 0;  // ItemSize(item), kept to maintain partition byte counts
};

class Table {
 public:
  using ItemMap = HashOrderedMap<PrimaryKey, StoredItem, PrimaryKeyLess>;

  Table(TableDefinition def, int initial_partitions);
  ~Table();

  const TableDefinition& def() const { return def_; }
  TableDefinition& mutable_def() { return def_; }
  TableStatus status() const { return status_; }
  void set_status(TableStatus s) { status_ = s; }

  // nullptr when absent.
  const StoredItem* Find(const PrimaryKey& key) const;
  const StoredItem* Find(const PrimaryKeyRef& key) const;
  // Stores `item` (whose size is `size`) under `key`, replacing any previous item.
  void Put(PrimaryKey&& key, Item&& item, uint64_t size);
  // Removes the item; returns whether it existed.
  bool Erase(const PrimaryKey& key);

  const ItemMap& items() const { return items_; }
  const std::vector<Partition>& partitions() const { return partitions_; }
  // Index into partitions() of the partition owning `key`.
  size_t PartitionIndexFor(const PrimaryKey& key) const;
  size_t PartitionIndexFor(const PrimaryKeyRef& key) const;
  // Index of the partition owning the first key of `hash`: the owner of every key of that hash
  // unless a split divided its item collection (sort_key_splits()).
  size_t PartitionIndexFor(uint64_t hash) const;
  // The id of the partition owning `key`, for events.
  int PartitionIdFor(const PrimaryKey& key) const { return partitions_[PartitionIndexFor(key)].id; }
  int PartitionIdFor(const PrimaryKeyRef& key) const { return partitions_[PartitionIndexFor(key)].id; }
  // Whether any partition begins inside an item collection.
  bool sort_key_splits() const { return sort_key_splits_; }
  // Whether a split may fall inside an item collection: the table has a sort key and no local
  // secondary index (an LSI keeps each item collection in one partition; simulation choice 5).
  bool MaySplitCollections() const;
  // The items of partition `index`: [first, last).
  std::pair<ItemMap::const_iterator, ItemMap::const_iterator> ItemsOf(size_t index) const;
  // Partition ranges may change only through SplitPartition (mutable_partitions() is for their
  // counters and throughput).
  std::vector<Partition>& mutable_partitions() { return partitions_; }
  // Index of the partition with this id; -1 when it no longer exists (it split).
  int PartitionIndexById(int id) const;
  // Divides partition `index` at `at` (REQUIRES Divides(index, at)): two children with new ids,
  // the parent's items and bytes counted into them, and half of its throughput each. Returns the
  // index of the lower child.
  size_t SplitPartition(size_t index, const SplitPoint& at);
  size_t SplitPartition(size_t index, uint64_t split_hash) { return SplitPartition(index, SplitPoint{split_hash, {}}); }
  // Whether `at` lies strictly inside partition `index`, leaving it a non-empty key range on
  // each side.
  bool Divides(size_t index, const SplitPoint& at) const;
  // The point that divides the bytes of partition `index` in half (split by size, simulation
  // choice 3): between item collections where there is such a boundary, otherwise inside the one
  // collection when MaySplitCollections(). False when no point divides them.
  bool MedianByBytes(size_t index, SplitPoint* at) const;

  TableCapacity& capacity() { return capacity_; }
  const TableCapacity& capacity() const { return capacity_; }

  uint64_t item_count() const { return items_.size(); }
  uint64_t size_bytes() const { return size_bytes_; }

  // DescribeTable's ItemCount/TableSizeBytes are refreshed about every six hours (documented);
  // the live values above are what the viz shows.
  // Also refreshes the indexes' IndexSizeBytes/ItemCount.
  void RefreshReportedCounters();
  uint64_t reported_item_count() const { return reported_items_; }
  uint64_t reported_size_bytes() const { return reported_bytes_; }

  // --- Secondary indexes (index/): nullptr for a table without any.
  TableIndexes* indexes() { return indexes_.get(); }
  const TableIndexes* indexes() const { return indexes_.get(); }
  void set_indexes(std::unique_ptr<TableIndexes> indexes);

 private:
  TableDefinition def_;
  TableStatus status_ = TableStatus::kCreating;
  ItemMap items_;
  std::vector<Partition> partitions_;
  // PartitionIndexFor's arrays: each partition's hash_hi, and for each bucket of the hash's top
  // bucket_bits_ bits the partition holding the bucket's first hash. Partition ranges change
  // only in the constructor and SplitPartition, which rebuild both.
  std::vector<uint64_t> upper_bounds_;
  std::vector<uint32_t> first_in_bucket_;
  int bucket_bits_ = 2;
  bool sort_key_splits_ = false;
  int next_partition_id_ = 0;
  TableCapacity capacity_;
  uint64_t size_bytes_ = 0;
  uint64_t reported_items_ = 0, reported_bytes_ = 0;
  std::unique_ptr<TableIndexes> indexes_;

  void RebuildPartitionLookup();
  template <typename K>
  size_t PartitionIndexForKey(const K& key) const;
  ItemMap::const_iterator PartitionBegin(size_t index) const;
};

}  // namespace ddb
