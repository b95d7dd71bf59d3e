// The model of the "Index flow" view: what it draws, computed from the public TableSnapshot and
// the event log, without ImGui state, so it can be tested. The view shows that a write to the base
// table reaches a global secondary index later: the table's partitions in a column on the left,
// each GSI's own partitions in a column on the right, and every queued GSI update
// (TableSnapshot::index_updates_in_flight) as a packet travelling between them, at
// (now - enqueued) / (apply - enqueued) of the way. An update still queued after its apply time
// waits for the index partition's write capacity: it piles up at the index box (overdue). A GSI
// read that ran ahead of its updates (IndexStaleRead) and base writes refused because an index is
// behind (Throttled with an IndexWrite... reason) are remembered for a few seconds as flags.
//
// Cost: one build per frame into buffers that are reused (clear() keeps their capacity), so at
// 100k updates in flight (the snapshot carries the oldest 512) nothing is allocated per packet.
#pragma once

#include "ddb/engine.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ddb::viz {

inline constexpr double kStaleReadFlagSeconds = 5.0;   // "stale read" stays on the index column
inline constexpr double kBackPressureFlagSeconds = 3.0;  // "throttled by GSI" on a base partition
inline constexpr double kIndexSplitSeconds = 1.2;      // a GSI partition's box divides into its children
inline constexpr double kIndexSplitGlowSeconds = 6.0;  // and the children stay outlined this long

struct FlowPartition {
  int id = 0;
  double heat = 0;  // PartitionHeat: consumed / the partition ceiling
  uint64_t item_count = 0;
  uint64_t in_flight = 0;  // packets of the snapshot that leave (base) or reach (index) it
  uint64_t overdue = 0;    // index partitions: packets past their apply time, waiting for capacity
  int parent = -1;         // the partition it split from, -1 for an original
  bool splitting = false;  // a split is in progress
  std::string note;        // the latest split decision in words (e.g. why a split was refused)
};

// One GSI: its header and its own partitions.
struct FlowIndexColumn {
  std::string name;
  std::string keys;        // "Status (partition key), Total (sort key)"
  std::string projection;  // KEYS_ONLY, INCLUDE or ALL
  std::string status;      // CREATING, UPDATING, DELETING, ACTIVE
  bool backfilling = false;
  double backfill_progress = 1.0;
  int64_t read_capacity = 0, write_capacity = 0;  // 0 on demand
  uint64_t item_count = 0;
  uint64_t pending_updates = 0;    // all queued, not only the packets shown
  int64_t propagation_lag_ms = 0;  // of the update applied last
  std::vector<FlowPartition> partitions;
};

// An LSI: it shares the table's partitions, so it has no column of its own.
struct FlowLocalIndex {
  std::string name, keys, projection;
};

struct FlowPacket {
  int column = 0;     // into IndexFlowModel::gsis
  int base_row = 0;   // into IndexFlowModel::base
  int index_row = 0;  // into FlowIndexColumn::partitions
  float t = 0;        // 0 at the base partition, 1 at the index partition
  bool put = true;    // false: removes an entry (a key change is a remove plus a put)
  bool overdue = false;
  uint64_t key_hash = 0;
};

struct IndexFlowModel {
  std::string table;
  bool on_demand = false;
  std::vector<FlowPartition> base;  // in key order, as the snapshot lists them
  std::vector<FlowIndexColumn> gsis;
  std::vector<FlowLocalIndex> lsis;
  std::vector<FlowPacket> packets;  // one per update of the snapshot, oldest first
  uint64_t total_pending = 0;       // over every GSI
  uint64_t not_shown = 0;           // queued updates beyond the snapshot's oldest 512
  // Scratch for id -> row lookups, kept to reuse its capacity.
  std::vector<std::pair<int, int>> base_rows;
};

// Rebuilds *model from the snapshot at virtual time now_ms, reusing its buffers.
void BuildIndexFlowModel(const TableSnapshot& table, int64_t now_ms, IndexFlowModel* model);

// Where a packet is: 0..1 of the way, (now - enqueued) / (apply - enqueued), clamped; an update
// due at once (apply <= enqueued) is at 1.
float PacketProgress(int64_t enqueued_ms, int64_t apply_ms, int64_t now_ms);

// "Status (partition key), Total (sort key)" or "Status (partition key)".
std::string IndexKeysText(const std::string& partition_key, const std::string& sort_key);

// --- Flags from the event log ---------------------------------------------------------------------

struct StaleReadFlag {
  std::string table, index;
  std::string operation;  // Query or Scan
  uint64_t missed = 0;    // updates not yet applied when it ran
  double start_s = 0;     // UI time it was seen
};

struct BackPressureFlag {
  std::string table, index;
  int base_partition = -1;
  uint64_t count = 0;  // refusals seen since the flag was raised
  double start_s = 0;  // UI time of the latest refusal
};

// A GSI partition that just split (PartitionSplit naming the index): its children divide out of
// its box in the view.
struct IndexSplitFlag {
  std::string table, index;
  int parent = -1;     // the partition that split; its children name it as their parent
  double start_s = 0;  // UI time it was seen
};

struct IndexFlowEffects {
  uint64_t last_seq = 0;
  std::vector<StaleReadFlag> stale_reads;  // one per (table, index), the latest
  std::vector<BackPressureFlag> back_pressure;  // one per (table, base partition), the latest
  std::vector<IndexSplitFlag> splits;           // one per (table, index, parent)
};

// Parses an IndexStaleRead detail "<index> <Query|Scan>: <N> update(s) not yet applied".
bool ParseStaleReadDetail(const std::string& detail, std::string* index, std::string* operation, uint64_t* missed);
// The index named by a Throttled detail of GSI back-pressure ("IndexWrite...: index <name>
// partition ..."); false for any other throttle.
bool ParseBackPressureDetail(const std::string& detail, std::string* index);

// Reads the events after effects->last_seq (without copying the log), then drops expired flags.
void IngestIndexFlowEvents(const EventLog& log, double now_s, IndexFlowEffects* effects);

const StaleReadFlag* FindStaleRead(const IndexFlowEffects& effects, const std::string& table, const std::string& index);
const BackPressureFlag* FindBackPressure(const IndexFlowEffects& effects, const std::string& table, int base_partition);
const IndexSplitFlag* FindIndexSplit(const IndexFlowEffects& effects, const std::string& table, const std::string& index,
                                     int parent);
// 1 when just raised, fading to 0 after `seconds`.
float FlagStrength(double start_s, double now_s, double seconds);

}  // namespace ddb::viz
