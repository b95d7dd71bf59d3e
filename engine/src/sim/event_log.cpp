#include "ddb/events.h"

#include <xxhash.h>

#include <algorithm>
#include <cstring>

namespace ddb {

const char* EventKindName(EventKind kind) {
  switch (kind) {
    case EventKind::kTableCreated: return "TableCreated";
    case EventKind::kTableActive: return "TableActive";
    case EventKind::kTableUpdated: return "TableUpdated";
    case EventKind::kTableDeleted: return "TableDeleted";
    case EventKind::kItemWritten: return "ItemWritten";
    case EventKind::kItemDeleted: return "ItemDeleted";
    case EventKind::kItemRead: return "ItemRead";
    case EventKind::kConditionFailed: return "ConditionFailed";
    case EventKind::kThrottled: return "Throttled";
    case EventKind::kPartitionSplit: return "PartitionSplit";
    case EventKind::kSplitStarted: return "SplitStarted";
    case EventKind::kSplitRefused: return "SplitRefused";
    case EventKind::kCapacityChanged: return "CapacityChanged";
    case EventKind::kWorkload: return "Workload";
    case EventKind::kIndexUpdateQueued: return "IndexUpdateQueued";
    case EventKind::kIndexUpdateApplied: return "IndexUpdateApplied";
    case EventKind::kIndexBackfill: return "IndexBackfill";
    case EventKind::kIndexActive: return "IndexActive";
    case EventKind::kIndexDeleted: return "IndexDeleted";
    case EventKind::kStreamRecordAppended: return "StreamRecordAppended";
    case EventKind::kShardOpened: return "ShardOpened";
    case EventKind::kShardClosed: return "ShardClosed";
    case EventKind::kTriggerInvoked: return "TriggerInvoked";
    case EventKind::kTriggerFailed: return "TriggerFailed";
    case EventKind::kIndexStaleRead: return "IndexStaleRead";
  }
  return "Unknown";
}

void EventLog::Append(const Event& e) {
  Event& slot = events_.PushSlot();
  slot = e;
  Seal(slot);
}

void EventLog::Record(int64_t time_ms, EventKind kind, std::string_view table, int partition, uint64_t key_hash,
                      int64_t read_half_units, int64_t write_units, std::string_view detail,
                      std::string_view index) {
  Event& e = events_.PushSlot();
  e.time_ms = time_ms;
  e.kind = kind;
  e.table.assign(table);  // the recycled slot's buffers are reused
  if (!index.empty() || !e.index.empty()) e.index.assign(index);  // almost always both empty
  e.partition = partition;
  e.key_hash = key_hash;
  e.read_half_units = read_half_units;
  e.write_units = write_units;
  e.detail.assign(detail);
  Seal(e);
}

void EventLog::Seal(Event& e) {
  e.seq = next_seq_++;
  // The running hash covers every event ever appended, retained or not. The numeric fields and
  // the table name go through XXH3 in one call (every request appends an event, so this is on
  // the hot path; short inputs are where XXH3 is cheapest).
  struct {
    int64_t fields[7];
    char table[64];
  } buffer;
  const int64_t fields[] = {e.time_ms, static_cast<int64_t>(e.seq), static_cast<int64_t>(e.kind), e.partition,
                            static_cast<int64_t>(e.key_hash), e.read_half_units, e.write_units};
  std::memcpy(buffer.fields, fields, sizeof fields);
  uint64_t h;
  if (e.table.size() <= sizeof buffer.table) {
    std::memcpy(buffer.table, e.table.data(), e.table.size());
    h = XXH3_64bits_withSeed(&buffer, sizeof buffer.fields + e.table.size(), hash_);
  } else {
    h = XXH3_64bits_withSeed(buffer.fields, sizeof buffer.fields, hash_);
    h = XXH3_64bits_withSeed(e.table.data(), e.table.size(), h);
  }
  if (!e.detail.empty()) h = XXH3_64bits_withSeed(e.detail.data(), e.detail.size(), h);
  if (!e.index.empty()) h = XXH3_64bits_withSeed(e.index.data(), e.index.size(), ~h);
  hash_ = h;
}

std::vector<Event> EventLog::Since(uint64_t after_seq) const {
  // Events are in seq order; find the first one after the cursor by binary search.
  auto first = std::upper_bound(events_.begin(), events_.end(), after_seq,
                                [](uint64_t seq, const Event& e) { return seq < e.seq; });
  return std::vector<Event>(first, events_.end());
}

}  // namespace ddb
