// The data of a table's secondary indexes. An index is an ordered map of entries keyed by
// (index partition-key hash, index partition key, index sort key, base primary key): index keys
// need not be unique, so the base key breaks ties (simulation choice 24: duplicates in index-key
// order, then base-key order). An entry is the projected copy of a base item.
//
// A local index shares the table's partitions (its entries have the table's partition key, so
// they sit in the same partition as their item). A global index has its own partitions, each with
// its own write queue: base writes reach a GSI asynchronously (index_propagation.h).
#pragma once

#include "capacity/metric_history.h"
#include "index/index_definition.h"

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ddb {

struct IndexKey {
  uint64_t hash = 0;  // of the index partition-key value
  AttributeValue partition;
  std::optional<AttributeValue> sort;
  PrimaryKey base;
};
struct IndexKeyLess {
  using is_transparent = void;
  bool operator()(const IndexKey& a, const IndexKey& b) const;
  bool operator()(const IndexKey& a, HashBound b) const { return a.hash < b.hash; }
  bool operator()(HashBound a, const IndexKey& b) const { return a.hash < b.hash; }
};

struct IndexEntry {
  Item item;          // the projected attributes (always the table's and the index's keys)
  uint64_t size = 0;  // ItemSize(item): what reads and index writes are charged by
};
using IndexEntries = HashOrderedMap<IndexKey, IndexEntry, IndexKeyLess>;

// "GSI index storage per entry: table key + index key + projected attributes + 100 bytes"
// (Developer Guide, "Storage considerations"); the same overhead is counted for local indexes.
inline constexpr uint64_t kIndexEntryOverheadBytes = 100;

// One index write waiting to reach a GSI partition.
struct PendingIndexUpdate {
  IndexKey key;
  std::optional<IndexEntry> put;  // nullopt: remove the entry under `key`
  int64_t units = 0;              // index WCU it consumes when applied
  int base_partition = -1;        // id of the table partition the base write landed in
  int64_t enqueued_ms = 0;
  int64_t ready_ms = 0;           // enqueue time + propagation lag (never before the one ahead)
};

struct IndexPartitionQueue {
  std::deque<PendingIndexUpdate> pending;
  double pending_units = 0;
  int64_t drain_at_ms = -1;  // when the drain task runs next; -1 when none is scheduled
  // Units queued this second and in the last whole one (the index clock rolls them): the write
  // demand on the partition, for a split for heat.
  double arrived_units = 0, arrived_units_last_second = 0;
};

class SecondaryIndex {
 public:
  SecondaryIndex(IndexDefinition def, IndexStatus status) : def_(std::move(def)), status_(status) {}

  const IndexDefinition& def() const { return def_; }
  IndexDefinition& mutable_def() { return def_; }
  IndexStatus status() const { return status_; }
  void set_status(IndexStatus s) { status_ = s; }
  bool global() const { return def_.global(); }

  const IndexEntries& entries() const { return entries_; }
  const IndexEntry* Find(const IndexKey& key) const;
  void Put(IndexKey key, IndexEntry entry);
  bool Erase(const IndexKey& key);
  uint64_t item_count() const { return entries_.size(); }
  // Entries' bytes plus the per-entry overhead (IndexSizeBytes).
  uint64_t size_bytes() const { return entry_bytes_ + kIndexEntryOverheadBytes * entries_.size(); }

  // GSI partitions (empty for an LSI) and their queues, index for index.
  std::vector<Partition>& partitions() { return partitions_; }
  const std::vector<Partition>& partitions() const { return partitions_; }
  std::vector<IndexPartitionQueue>& queues() { return queues_; }
  const std::vector<IndexPartitionQueue>& queues() const { return queues_; }
  // Equal slices of the hash space (like a new table's partitions). REQUIRES: count >= 1.
  void LayOutPartitions(int count);
  size_t PartitionIndexFor(uint64_t hash) const;
  int PartitionIndexById(int id) const;  // -1 when no partition has that id (it has split)
  // GSI splits (index_splits.h) divide a partition at a hash: every entry of one index
  // partition-key value stays on one side.
  // The first hash of the partition's upper half by bytes: the first boundary between two index
  // partition-key values with at least half the partition's bytes below it. False when all its
  // entries share one value.
  bool MedianByBytes(size_t partition, uint64_t* split_hash) const;
  // Replaces the partition with two children, [hash_lo, split_hash - 1] and [split_hash,
  // hash_hi], each with half its lanes, its entries' counts, and its queued updates in their
  // order. Returns the lower child's place. The caller schedules the children's drains.
  // REQUIRES: hash_lo < split_hash <= hash_hi.
  size_t SplitPartition(size_t partition, uint64_t split_hash);
  uint64_t pending_updates() const;

  uint64_t serial = 0;  // unique within the table, so background tasks never act on a namesake

  // Online creation (UpdateTable): Backfilling is reported only for indexes created that way.
  bool online = false;
  double backfill_credit = 0;  // index WCU available to the backfill (may dip below zero)
  int64_t backfill_reported_ms = 0;
  bool backfilling = false;
  std::optional<PrimaryKey> backfill_cursor;  // the last base key copied
  uint64_t backfill_done = 0, backfill_total = 0;
  int64_t last_lag_ms = 0;  // propagation lag of the most recently applied update
  // A GSI's per-second series, like a table's (DescribeMetrics with IndexName): the index as a
  // whole and each of its partitions.
  MetricRing<MetricSample> history{kTableMetricSeconds};
  PartitionHistory partition_history;

  // DescribeTable's IndexSizeBytes/ItemCount, refreshed with the table's counters.
  void RefreshReportedCounters() { reported_items_ = item_count(); reported_bytes_ = size_bytes(); }
  uint64_t reported_item_count() const { return reported_items_; }
  uint64_t reported_size_bytes() const { return reported_bytes_; }

 private:
  IndexDefinition def_;
  IndexStatus status_;
  IndexEntries entries_;
  uint64_t entry_bytes_ = 0;
  std::vector<Partition> partitions_;
  std::vector<IndexPartitionQueue> queues_;
  int next_partition_id_ = 0;
  uint64_t reported_items_ = 0, reported_bytes_ = 0;
};

class TableIndexes {
 public:
  std::vector<std::unique_ptr<SecondaryIndex>>& all() { return all_; }
  const std::vector<std::unique_ptr<SecondaryIndex>>& all() const { return all_; }
  SecondaryIndex* Find(std::string_view name);
  const SecondaryIndex* Find(std::string_view name) const;
  bool has_local() const;
  size_t count(IndexKind kind) const;

  // Item collection sizes (tables with an LSI): table items + LSI entries per partition-key value.
  uint64_t collection_bytes(const PrimaryKey& key) const;
  void AddCollectionBytes(const PrimaryKey& key, int64_t delta);

  uint64_t next_serial = 1;
  bool clock_running = false;  // the per-second index clock (index_lifecycle.cpp)

 private:
  std::vector<std::unique_ptr<SecondaryIndex>> all_;
  std::map<PrimaryKey, uint64_t, PrimaryKeyLess> collections_;  // keys without a sort key
};

}  // namespace ddb
