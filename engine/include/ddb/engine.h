// The ddbviz engine: a deterministic, in-memory simulation of a DynamoDB-like store.
//
// One door in: every change goes through Handle(operation, request), taking and returning the
// same DynamoDB JSON a real client sends (the console, lessons, the server, the viz and the tests
// all use it). Time is virtual: it moves only when the caller calls AdvanceClock, and all
// randomness comes from the seed, so the same seed + requests + clock steps give the same state,
// bit for bit, natively and in WebAssembly. Read-only snapshots and the event log feed the viz.
//
// Not thread-safe: one owner drives it (the UI frame loop, the server's request loop, a test).
#pragma once

#include "ddb/events.h"
#include "ddb/requests.h"
#include "ddb/result.h"
#include "ddb/value.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ddb {

struct EngineOptions {
  uint64_t seed = 1;
  // Scale profile for new tables: "real" (DynamoDB's limits) or "classroom" (scaled down).
  std::string profile = "real";
};

// Read-only views for the viz and tests ---------------------------------------------------------

// Throughput of one partition, in capacity units per second (RCU for reads, WCU for writes).
struct PartitionCapacity {
  double read_share = 0, write_share = 0;      // its share of the table's provisioned throughput
  double read_boost = 0, write_boost = 0;      // adaptive capacity lent to it for this second
  double read_ceiling = 0, write_ceiling = 0;  // the per-partition hard limit of the profile
  double consumed_read = 0, consumed_write = 0;  // consumed in the last complete second
  double burst_read = 0, burst_write = 0;        // banked burst tokens (unused capacity)
  double burst_read_max = 0, burst_write_max = 0;  // 300 s of the share
  uint64_t throttled_reads = 0, throttled_writes = 0;  // requests refused since creation
};

struct PartitionSnapshot {
  int id = 0;
  int parent = -1;        // id of the partition this one split from, -1 for an original
  uint64_t hash_lo = 0;   // inclusive
  uint64_t hash_hi = 0;   // inclusive (the last partition ends at UINT64_MAX)
  uint64_t item_count = 0;
  uint64_t size_bytes = 0;
  PartitionCapacity capacity;
  bool splitting = false;  // a split is in progress
  std::string note;        // the latest split decision in words (e.g. why a split was refused)
  // Set when the partition begins inside an item collection (a split by sort key): that
  // collection's partition key and the first sort key this partition owns, as display text (a
  // string as is, a number in decimal, binary in base64). The collection's earlier sort keys, and
  // hash_lo with them, belong to the partition before.
  std::string first_partition_key, first_sort_key;
};

// One second of virtual time, for a table or one partition.
struct MetricSample {
  int64_t second = 0;  // virtual time / 1000
  double consumed_rcu = 0, consumed_wcu = 0;
  // Table: provisioned capacity (on-demand: the throughput it can serve instantly).
  // Partition: share + adaptive boost.
  double provisioned_rcu = 0, provisioned_wcu = 0;
  uint32_t throttled_reads = 0, throttled_writes = 0;  // requests refused in that second
  double burst_read = 0, burst_write = 0;  // burst tokens at the end of the second (table: sum)
  uint64_t item_count = 0, size_bytes = 0;
};

struct MetricSeries {
  std::vector<MetricSample> table;  // one per second, oldest first
  // Per partition id, including partitions that have since split (their series just ends).
  std::vector<std::pair<int, std::vector<MetricSample>>> partitions;
};

struct ItemPoint {  // one stored item, as the partition map draws it
  uint64_t key_hash = 0;
  int partition = 0;
  uint32_t size_bytes = 0;
};

// --- Secondary indexes (engine/src/index/) --------------------------------------------------------

struct IndexSnapshot {
  std::string name;
  std::string kind;        // "LSI" or "GSI"
  std::string status;      // CREATING, UPDATING, DELETING, ACTIVE
  bool backfilling = false;
  double backfill_progress = 1.0;  // 0..1 while an online GSI is backfilled
  std::string partition_key, sort_key;  // sort_key empty when none
  std::string projection;  // KEYS_ONLY, INCLUDE or ALL
  int64_t read_capacity = 0, write_capacity = 0;  // a GSI of a provisioned table
  uint64_t item_count = 0, size_bytes = 0;        // live (DescribeTable's are refreshed every 6 h)
  std::vector<PartitionSnapshot> partitions;      // a GSI's own partitions; empty for an LSI
  uint64_t pending_updates = 0;    // GSI updates queued, not yet applied
  int64_t propagation_lag_ms = 0;  // lag of the most recently applied GSI update
};

// A GSI update on its way from a table partition to an index partition (for the packet animation).
struct IndexUpdateInFlight {
  std::string index;
  int base_partition = -1;   // table partition id
  int index_partition = -1;  // GSI partition id
  int64_t enqueued_ms = 0;
  int64_t apply_ms = 0;      // when it is due (later if the index partition lacks capacity)
  uint64_t key_hash = 0;     // the index partition-key hash
  bool put = true;           // false: removes an entry
};

struct TableSnapshot {
  std::string name;
  std::string status;        // CREATING, ACTIVE, UPDATING, DELETING
  std::string billing_mode;  // PROVISIONED or PAY_PER_REQUEST
  std::string profile;       // scale profile: "real" or "classroom"
  std::string partition_key, sort_key;  // attribute names; sort_key empty when none
  int64_t read_capacity = 0, write_capacity = 0;  // 0 for on-demand
  uint64_t item_count = 0, size_bytes = 0;
  std::vector<PartitionSnapshot> partitions;
  // --- Secondary indexes.
  std::vector<IndexSnapshot> indexes;
  std::vector<IndexUpdateInFlight> index_updates_in_flight;  // at most 512, taken from each GSI partition in turn
};

// A table's DynamoDB stream, for the viz's stream belt (stream/): shards with their lineage, the
// most recent records of each shard and the triggers reading it.
struct StreamRecordSummary {
  std::string event_name;       // INSERT, MODIFY, REMOVE
  std::string keys;             // the Keys map as DynamoDB JSON text
  std::string sequence_number;  // 21 digits
  uint64_t size_bytes = 0;
  int64_t time_ms = 0;          // virtual commit time
  // The item images as DynamoDB JSON text, as the stream's view type keeps them (empty when not,
  // or when the snapshot was taken without images).
  std::string new_image, old_image;
};

struct ShardSnapshot {
  std::string id, parent_id;  // parent_id empty when none
  int partition = -1;         // the table partition whose writes it received
  bool open = true;
  std::string first_sequence;  // StartingSequenceNumber
  std::string last_sequence;   // of the newest record; empty when it never had one
  uint64_t record_count = 0;   // ever appended
  uint64_t trimmed_count = 0;  // removed after 24 hours
  std::vector<StreamRecordSummary> recent;  // the newest retained records, oldest first (bounded)
};

struct TriggerShardSnapshot {
  std::string shard_id;
  std::string position;  // sequence number of the next record to deliver
  bool finished = false;
  int pending_attempts = 0;  // failed invocations of the batch it is blocked on
  int64_t iterator_age_ms = 0;
};

struct TriggerSnapshot {
  std::string name, handler, target_table;
  int64_t batch_size = 0;  // records per invocation at most (BatchSize)
  uint64_t invocations = 0, failures = 0, retries = 0, records_delivered = 0, records_discarded = 0;
  int64_t iterator_age_ms = 0;  // the largest over its shards
  std::vector<TriggerShardSnapshot> shards;
};

struct StreamSnapshot {
  std::string arn, label, view_type, status;
  std::vector<ShardSnapshot> shards;  // creation order: parents before children
  std::vector<TriggerSnapshot> triggers;
};

class Engine {
 public:
  explicit Engine(EngineOptions options = {});
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Executes one DynamoDB operation ("PutItem", "CreateTable", ...) on a DynamoDB-JSON request.
  Result<nlohmann::json> Handle(std::string_view operation, const nlohmann::json& request);
  // The wire door: request text in, compact response text out (what Handle returns, as
  // nlohmann's dump() prints it, invalid UTF-8 replaced by U+FFFD). Malformed JSON is a
  // SerializationException, never a crash. GetItem, Query and Scan write their text without
  // building a DOM, so this door is the fast one for a server.
  Result<std::string> HandleText(std::string_view operation, std::string_view request_text);

  // The typed door (requests.h): the same operations and code path without JSON.
  Result<WriteOutput> PutItem(PutItemInput&& input);
  Result<WriteOutput> DeleteItem(const DeleteItemInput& input);
  Result<GetItemOutput> GetItem(const GetItemInput& input);
  Result<QueryOutput> Query(const QueryInput& input);

  // Virtual time in milliseconds since the engine started.
  int64_t now_ms() const;
  // Moves virtual time forward by `ms` (>= 0), running scheduled work (table activation, ...) at
  // its due time in (time, seq) order.
  void AdvanceClock(int64_t ms);

  const EventLog& events() const;
  const EngineOptions& options() const;

  std::vector<std::string> TableNames() const;
  // REQUIRES: nothing; returns false if no such table.
  bool SnapshotTable(std::string_view name, TableSnapshot* out) const;
  // The table's latest stream (while it is readable: up to 24 h after disabling) with at most
  // `recent_per_shard` recent records per shard, with their images when `images` (they can be
  // large: ask for them only to show them). Returns false when the table has none.
  bool SnapshotStream(std::string_view table, StreamSnapshot* out, size_t recent_per_shard = 16,
                      bool images = false) const;
  // Every item of a table as a point in the key space (for the partition map).
  std::vector<ItemPoint> ItemPoints(std::string_view table) const;
  // Per-second metrics of a table for virtual seconds [from_second, to_second] (bounded by what
  // is retained: the table series for 24 h, partition series for the last 15 minutes). Returns
  // false if no such table.
  // Without include_partitions only the table series is filled (cheaper for a table-wide chart).
  bool Metrics(std::string_view table, int64_t from_second, int64_t to_second, MetricSeries* out,
               bool include_partitions = true) const;
  // The same for a global secondary index, which keeps its own series like a table (`table` of
  // the result is the index's whole series, `partitions` its own partitions). Returns false if no
  // such table or GSI: a local index's traffic is in the table's metrics.
  bool IndexMetrics(std::string_view table, std::string_view index, int64_t from_second, int64_t to_second,
                    MetricSeries* out, bool include_partitions = true) const;
  // The position of a partition-key value in the 64-bit key space (XXH64 of type tag + bytes).
  static uint64_t HashKey(const AttributeValue& partition_key_value);

  // The whole observable state as JSON (tables, partitions, items): the web test hook and the
  // native/wasm parity tests compare this.
  nlohmann::json StateJson() const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace ddb
