#include "stream/stream_shards.h"

#include <algorithm>
#include <cstdio>

namespace ddb {
namespace {

// Enabling and disabling are asynchronous in DynamoDB; how long they take is not documented
// (simulation choice: 1-3 virtual seconds). Capture starts at once, so no write is missed.
constexpr int64_t kStatusChangeMinMs = 1000;
constexpr int64_t kStatusChangeMaxMs = 3000;

std::string ShardId(EngineState& s) {
  // DynamoDB's form: "shardId-" + 20-digit creation time in ms + "-" + 8 hex characters.
  char buf[48];
  std::snprintf(buf, sizeof buf, "shardId-%020lld-%08x",
                static_cast<long long>(kVirtualEpochSeconds * 1000 + s.now_ms()),
                static_cast<unsigned>(s.stream_rng.Next() & 0xffffffffu));
  return buf;
}

std::string EventId(EngineState& s) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(s.stream_rng.Next()),
                static_cast<unsigned long long>(s.stream_rng.Next()));
  return buf;
}

void ScheduleRollover(EngineState& s, const std::string& arn, const std::string& shard_id);

Shard& OpenShard(EngineState& s, Stream& stream, int partition_id, const std::string& parent_id) {
  auto shard = std::make_unique<Shard>();
  shard->id = ShardId(s);
  shard->parent_id = parent_id;
  shard->partition_id = partition_id;
  shard->starting_sequence = stream.next_sequence;
  shard->trimmed_below = stream.next_sequence;
  shard->opened_ms = s.now_ms();
  Shard& opened = *shard;
  stream.shards.push_back(std::move(shard));
  stream.open_by_partition[partition_id] = &opened;
  stream.last_shard_of_partition[partition_id] = opened.id;
  s.Emit(EventKind::kShardOpened, stream.table_name, partition_id, 0, 0, 0,
         opened.id + (parent_id.empty() ? "" : " (parent " + parent_id + ")"));
  ScheduleRollover(s, stream.arn, opened.id);
  return opened;
}

void CloseShard(EngineState& s, Stream& stream, Shard& shard, const std::string& why) {
  shard.open = false;
  shard.closed_ms = s.now_ms();
  // The range ends at the newest number the stream has given out (at least the starting one, so
  // an empty shard's range is never inverted).
  shard.ending_sequence = std::max(shard.starting_sequence, stream.next_sequence - 1);
  stream.open_by_partition.erase(shard.partition_id);
  s.Emit(EventKind::kShardClosed, stream.table_name, shard.partition_id, 0, 0, 0, shard.id + ": " + why);
}

void ScheduleRollover(EngineState& s, const std::string& arn, const std::string& shard_id) {
  s.scheduler.After(kShardRolloverMs, [&s, arn, shard_id] {
    Stream* stream = s.streams.Find(arn);
    if (!stream || !stream->capturing()) return;
    Shard* shard = stream->FindShard(shard_id);
    if (!shard || !shard->open) return;
    const int partition = shard->partition_id;
    CloseShard(s, *stream, *shard, "rolled over after 4 hours");
    OpenShard(s, *stream, partition, shard_id);
  });
}

void ScheduleTrimSweep(EngineState& s, const std::string& arn) {
  s.scheduler.After(kTrimSweepMs, [&s, arn] {
    Stream* stream = s.streams.Find(arn);
    if (!stream) return;
    if (TrimExpired(s, *stream)) ScheduleTrimSweep(s, arn);
  });
}

void ScheduleStatus(EngineState& s, const std::string& arn, StreamStatus from, StreamStatus to) {
  s.scheduler.After(s.stream_rng.Between(kStatusChangeMinMs, kStatusChangeMaxMs), [&s, arn, from, to] {
    Stream* stream = s.streams.Find(arn);
    if (stream && stream->status == from) stream->status = to;
  });
}

}  // namespace

std::string Iso8601Millis(int64_t virtual_ms) {
  const int64_t total_ms = kVirtualEpochSeconds * 1000 + virtual_ms;
  const int64_t secs = total_ms / 1000;
  const int64_t ms = total_ms % 1000;
  int64_t days = secs / 86400;
  const int64_t rem = secs % 86400;
  // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm, proleptic Gregorian).
  days += 719468;
  const int64_t era = days / 146097;
  const int64_t doe = days - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t year = yoe + era * 400;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t day = doy - (153 * mp + 2) / 5 + 1;
  const int64_t month = mp < 10 ? mp + 3 : mp - 9;
  if (month <= 2) ++year;
  char buf[160];  // room for any int64 fields, so the compiler can prove nothing is truncated
  std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lld", static_cast<long long>(year),
                static_cast<long long>(month), static_cast<long long>(day), static_cast<long long>(rem / 3600),
                static_cast<long long>(rem / 60 % 60), static_cast<long long>(rem % 60), static_cast<long long>(ms));
  return buf;
}

std::string SequenceText(uint64_t sequence) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%021llu", static_cast<unsigned long long>(sequence));
  return buf;
}

bool ParseSequence(std::string_view text, uint64_t* out) {
  if (text.empty() || text.size() > 40) return false;
  uint64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    const uint64_t digit = static_cast<uint64_t>(c - '0');
    if (value > (UINT64_MAX - digit) / 10) return false;
    value = value * 10 + digit;
  }
  *out = value;
  return true;
}

Stream& EnableStream(EngineState& s, const Table& t, StreamViewType view) {
  auto stream = std::make_unique<Stream>();
  const TableDefinition& d = t.def();
  // The label is the creation time; a stream re-enabled within the same millisecond takes the
  // next free one, so every stream of a table has its own label and ARN.
  int64_t label_ms = s.now_ms();
  for (;;) {
    const std::string label = Iso8601Millis(label_ms);
    const bool taken = std::any_of(s.streams.streams.begin(), s.streams.streams.end(), [&](const auto& other) {
      return other->table_name == d.name && other->label == label;
    });
    if (!taken) {
      stream->label = label;
      break;
    }
    ++label_ms;
  }
  stream->arn = d.arn + "/stream/" + stream->label;
  stream->table_name = d.name;
  stream->table_id = d.table_id;
  stream->hash_key = d.hash_key.name;
  stream->range_key = d.range_key ? d.range_key->name : "";
  stream->view = view;
  stream->status = StreamStatus::kEnabling;
  stream->created_ms = s.now_ms();
  Stream& enabled = *stream;
  s.streams.streams.push_back(std::move(stream));
  s.streams.capturing_by_table[d.name] = &enabled;
  for (const Partition& p : t.partitions()) OpenShard(s, enabled, p.id, "");
  ScheduleStatus(s, enabled.arn, StreamStatus::kEnabling, StreamStatus::kEnabled);
  ScheduleTrimSweep(s, enabled.arn);
  return enabled;
}

void DisableStream(EngineState& s, Stream& stream, const std::string& why) {
  if (!stream.capturing()) return;
  stream.status = StreamStatus::kDisabling;
  stream.disabled_ms = s.now_ms();
  s.streams.capturing_by_table.erase(stream.table_name);
  // Close in creation order so the events replay identically.
  for (const auto& shard : stream.shards) {
    if (shard->open) CloseShard(s, stream, *shard, why);
  }
  ScheduleStatus(s, stream.arn, StreamStatus::kDisabling, StreamStatus::kDisabled);
}

const Stream* LatestStream(const EngineState& s, const Table& t) {
  const Stream* latest = nullptr;
  for (const auto& stream : s.streams.streams) {
    if (stream->table_id == t.def().table_id && stream->table_name == t.def().name) latest = stream.get();
  }
  return latest;
}

void SyncShardsWithPartitions(EngineState& s, const Table& t) {
  Stream* stream = s.streams.Capturing(t.def().name);
  if (!stream) return;
  std::vector<Shard*> orphaned;
  for (const auto& [partition, shard] : stream->open_by_partition) {
    if (t.PartitionIndexById(partition) < 0) orphaned.push_back(shard);
  }
  for (Shard* shard : orphaned) CloseShard(s, *stream, *shard, "its partition split");
  for (const Partition& p : t.partitions()) {
    if (stream->open_by_partition.count(p.id)) continue;
    std::string parent;
    if (auto it = stream->last_shard_of_partition.find(p.parent); it != stream->last_shard_of_partition.end()) {
      parent = it->second;
    }
    OpenShard(s, *stream, p.id, parent);
  }
}

namespace {

// The partition owning the record's item: where the hash alone cannot tell (a split inside an
// item collection), its sort key does.
int PartitionOfRecord(const Table& t, const StreamRecord& record) {
  if (!t.sort_key_splits() || !t.def().range_key) return t.partitions()[t.PartitionIndexFor(record.key_hash)].id;
  const auto partition = record.keys.find(t.def().hash_key.name);
  const auto sort = record.keys.find(t.def().range_key->name);
  if (partition == record.keys.end() || sort == record.keys.end()) {
    return t.partitions()[t.PartitionIndexFor(record.key_hash)].id;
  }
  return t.PartitionIdFor(PrimaryKeyRef{record.key_hash, &partition->second, &sort->second});
}

}  // namespace

void AppendStreamRecord(EngineState& s, Stream& stream, const Table& t, StreamRecord record) {
  const int partition = PartitionOfRecord(t, record);
  auto it = stream.open_by_partition.find(partition);
  if (it == stream.open_by_partition.end()) {
    SyncShardsWithPartitions(s, t);  // a split nobody announced: catch up before appending
    it = stream.open_by_partition.find(partition);
  }
  Shard& shard = *it->second;
  record.sequence = stream.next_sequence++;
  record.time_ms = s.now_ms();
  record.event_id = EventId(s);
  const uint64_t key_hash = record.key_hash;
  const char* name = ChangeKindName(record.kind);
  shard.records.push_back(std::move(record));
  ++shard.appended;
  s.Emit(EventKind::kStreamRecordAppended, stream.table_name, partition, key_hash, 0, 0, shard.id + " " + name);
}

bool TrimExpired(EngineState& s, Stream& stream) {
  const int64_t cutoff = s.now_ms() - kStreamRetentionMs;
  for (const auto& shard : stream.shards) {
    while (!shard->records.empty() && shard->records.front().time_ms <= cutoff) {
      shard->trimmed_below = shard->records.front().sequence + 1;
      shard->records.pop_front();
      ++shard->trimmed;
    }
  }
  // A closed shard with nothing left to read is dropped once it closed a full retention ago.
  std::erase_if(stream.shards, [&](const std::unique_ptr<Shard>& shard) {
    return !shard->open && shard->records.empty() && shard->closed_ms <= cutoff;
  });
  if (stream.capturing() || stream.disabled_ms > cutoff || !stream.shards.empty()) return true;
  auto& all = s.streams.streams;
  all.erase(std::remove_if(all.begin(), all.end(), [&](const auto& p) { return p.get() == &stream; }), all.end());
  return false;
}

}  // namespace ddb
