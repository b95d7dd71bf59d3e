#include "ddb/events.h"

#include "sim/hash_space.h"

#include <xxhash.h>

#include <algorithm>

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

namespace {

// A text field: its XXH3, seeded with the hash so far, folded in.
uint64_t FoldText(uint64_t h, std::string_view text) {
  return FoldHash(h, XXH3_64bits_withSeed(text.data(), text.size(), h));
}

}  // namespace

void EventLog::Seal(Event& e) {
  e.seq = next_seq_++;
  // The running hash covers every event ever appended, retained or not. Each field is folded in
  // on its own (FoldHash), where hashing a buffer of them cost a memcpy and an XXH3 call, and
  // every request appends an event.
  uint64_t h = hash_;
  h = FoldHash(h, static_cast<uint64_t>(e.time_ms));
  h = FoldHash(h, e.seq);
  h = FoldHash(h, static_cast<uint64_t>(e.kind));
  h = FoldHash(h, static_cast<uint64_t>(static_cast<int64_t>(e.partition)));
  h = FoldHash(h, e.key_hash);
  h = FoldHash(h, static_cast<uint64_t>(e.read_half_units));
  h = FoldHash(h, static_cast<uint64_t>(e.write_units));
  h = FoldText(h, e.table);
  if (!e.detail.empty()) h = FoldText(h, e.detail);
  if (!e.index.empty()) h = FoldText(~h, e.index);
  hash_ = h;
}

std::vector<Event> EventLog::Since(uint64_t after_seq) const {
  // Events are in seq order; find the first one after the cursor by binary search.
  auto first = std::upper_bound(events_.begin(), events_.end(), after_seq,
                                [](uint64_t seq, const Event& e) { return seq < e.seq; });
  return std::vector<Event>(first, events_.end());
}

}  // namespace ddb
