// The stream belt's model: what the "Stream belt" view draws, computed from the engine's
// StreamSnapshot and event log without ImGui, so it can be tested. A table's stream is drawn as
// one conveyor belt per shard, laid out as the shard lineage tree (a child shard's belt indented
// under its parent's), with every record a card on its belt (the newest at the right end, older
// ones further left) and every trigger a reader sitting on each shard at the record it will
// deliver next. This file decides rows, card slots, reader positions and the words around them;
// viz/windows/stream_belt_window.cpp paints them.
#pragma once

#include "ddb/engine.h"
#include "ddb/events.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ddb::viz {

// --- Records -------------------------------------------------------------------------------------

enum class RecordKind { kInsert, kModify, kRemove };

// INSERT, MODIFY or REMOVE (StreamRecordSummary::event_name); anything else reads as MODIFY.
RecordKind RecordKindOf(const std::string& event_name);

// The key values of a record's Keys map (DynamoDB JSON text) as a short label: the partition key
// value, then the sort key value after " / " ({"pk":{"S":"a"},"sk":{"N":"3"}} -> "a / 3" when
// pk is the partition key). Values longer than `max_chars` are cut with "…". Text that is not a
// Keys map is returned cut, never rejected: the label is for the eye only.
std::string KeyLabel(const std::string& keys_json, const std::string& partition_key, size_t max_chars = 14);

// An item image (DynamoDB JSON text) as "attr: value" lines, one attribute per line, for a
// tooltip; empty text stays empty.
std::string ImageLines(const std::string& image_json);

// --- Shards --------------------------------------------------------------------------------------

// Why a shard closed, read from its kShardClosed event ("<shard id>: <why>").
enum class CloseReason { kUnknown, kSplit, kRollover, kDisabled };
CloseReason CloseReasonOf(const std::string& detail);
// "closed: split", "closed: rollover", "closed: stream disabled", "closed".
const char* CloseReasonLabel(CloseReason reason);

// The close reasons of one table's shards, gathered from the event log as it grows (the log only
// retains the newest events, so reasons are remembered here rather than looked up each frame).
struct ShardCloseLog {
  std::string table;
  uint64_t last_seq = 0;  // the newest event already read
  std::map<std::string, CloseReason> reasons;  // shard id -> why it closed
};
// Reads the events after log->last_seq; switching tables starts over (the older events of the new
// table are read from what the log retains).
void IngestShardCloses(const EventLog& events, const std::string& table, ShardCloseLog* log);

// One belt of the view, in drawing order: a depth-first walk of the lineage, children (in creation
// order) right under their parent.
struct BeltRow {
  size_t shard = 0;     // index into StreamSnapshot::shards
  int depth = 0;        // 0 for a shard whose parent is not in the snapshot
  int parent_row = -1;  // the row of its parent, -1 when none
};
// Shards whose parent is missing (trimmed, or never had one) are roots.
void LayoutBeltRows(const StreamSnapshot& stream, std::vector<BeltRow>* rows);

// The shard's id without the "shardId-" prefix and the creation-time digits, enough to tell
// shards apart: "shardId-00000000000000012345-1a2b3c4d" -> "…1a2b3c4d".
std::string ShortShardId(const std::string& shard_id);

// --- Cards on a belt ---------------------------------------------------------------------------

// Card slots count from the belt's head (the right end): slot 0 holds the newest record.
// The records that fit a belt of `belt_width` with cards every `pitch`: the newest `count` of
// `recent`, so only visible cards are drawn.
struct VisibleCards {
  size_t first = 0;  // index into ShardSnapshot::recent of the oldest visible card
  size_t count = 0;
};
VisibleCards CardsThatFit(size_t recent, float belt_width, float pitch);
// Slot of record `index` of `recent` records (0 = the newest).
inline size_t SlotOf(size_t index, size_t recent) { return recent - 1 - index; }

// --- Trigger readers ---------------------------------------------------------------------------

// Compares two sequence numbers (decimal text, compared as numbers): <0, 0, >0.
int CompareSequence(const std::string& a, const std::string& b);

// Where a trigger's reader sits on a shard's belt.
struct ReaderMark {
  enum class Where {
    kAtRecord,    // before `record`, the next one it will deliver
    kBeforeShown, // its next record is older than the records the snapshot holds
    kCaughtUp,    // past the newest record: waiting for the next write
    kFinished,    // a closed shard read to its end
  };
  Where where = Where::kCaughtUp;
  size_t record = 0;   // kAtRecord: index into ShardSnapshot::recent
  uint64_t behind = 0; // records appended at or after its position that it has not delivered
};
ReaderMark LocateReader(const ShardSnapshot& shard, const TriggerShardSnapshot& reader);

// The reader's state in words: "blocked on a failing batch, attempt 2", "caught up",
// "12 records to deliver", "finished: shard read to its end", and, for a child shard whose parent
// the trigger has not read to its end (`waits_for_parent`; triggers read parents first),
// "waits for the parent shard".
std::string ReaderStatus(const TriggerShardSnapshot& reader, const ReaderMark& mark, bool waits_for_parent = false);

// True when `trigger` still has records of `shard`'s parent to deliver (it reads parents first).
bool WaitsForParent(const TriggerSnapshot& trigger, const ShardSnapshot& shard);

// --- Reader labels -------------------------------------------------------------------------------

// Reader labels under a belt share a few lines (lanes) without overlapping.
struct LabelSpan {
  float x0 = 0, x1 = 0;
};
// Places a label `width` wide that wants to start at `want_x`: in the first of `lanes` where,
// slid as little as possible within [min_x, max_x], it keeps `gap` from every label there. When no
// lane has room it goes into the last lane at want_x. Returns the lane and sets *x.
// REQUIRES: lanes is not empty.
size_t PlaceLabel(std::vector<std::vector<LabelSpan>>* lanes, float want_x, float width, float min_x, float max_x,
                  float gap, float* x);

// How warm a reader is drawn, 0 (fresh) to 1 (an iterator age of a minute or more): grows with
// the logarithm of the age from 100 ms, so the step from 1 s to 10 s shows as well as 10 s to 60 s.
float AgeHeat(int64_t iterator_age_ms);
// "0 ms", "850 ms", "12.3 s", "4 min 05 s", "2 h 10 min".
std::string FormatAge(int64_t ms);

// --- Header --------------------------------------------------------------------------------------

struct StreamTotals {
  uint64_t appended = 0;  // records ever appended
  uint64_t trimmed = 0;   // removed after 24 hours
  uint64_t retained = 0;  // appended - trimmed
  int open_shards = 0, closed_shards = 0;
};
StreamTotals SumStream(const StreamSnapshot& stream);

}  // namespace ddb::viz
