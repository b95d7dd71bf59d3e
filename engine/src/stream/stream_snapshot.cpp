#include "stream/stream_snapshot.h"

#include "ddb/codec.h"
#include "stream/stream_shards.h"
#include "stream/triggers.h"

#include <algorithm>

namespace ddb {

bool SnapshotStreamOf(const EngineState& s, std::string_view table, StreamSnapshot* out, size_t recent_per_shard,
                      bool images) {
  const Stream* stream = nullptr;
  for (const auto& candidate : s.streams.streams) {
    if (candidate->table_name == table) stream = candidate.get();
  }
  if (!stream) return false;
  *out = StreamSnapshot{};
  out->arn = stream->arn;
  out->label = stream->label;
  out->view_type = StreamViewTypeName(stream->view);
  out->status = StreamStatusName(stream->status);
  for (const auto& shard : stream->shards) {
    ShardSnapshot snap;
    snap.id = shard->id;
    snap.parent_id = shard->parent_id;
    snap.partition = shard->partition_id;
    snap.open = shard->open;
    snap.first_sequence = SequenceText(shard->starting_sequence);
    if (!shard->records.empty()) snap.last_sequence = SequenceText(shard->records.back().sequence);
    snap.record_count = shard->appended;
    snap.trimmed_count = shard->trimmed;
    const size_t shown = std::min(recent_per_shard, shard->records.size());
    for (auto r = shard->records.end() - static_cast<std::ptrdiff_t>(shown); r != shard->records.end(); ++r) {
      snap.recent.push_back({ChangeKindName(r->kind), EncodeItem(r->keys).dump(), SequenceText(r->sequence),
                             r->size_bytes, r->time_ms,
                             images && r->new_image ? EncodeItem(*r->new_image).dump() : "",
                             images && r->old_image ? EncodeItem(*r->old_image).dump() : ""});
    }
    out->shards.push_back(std::move(snap));
  }
  for (const auto& [name, t] : s.streams.triggers) {
    if (t->stream_arn != stream->arn) continue;
    TriggerSnapshot snap;
    snap.name = t->name;
    snap.handler = TriggerHandlerName(t->handler);
    snap.target_table = t->target_table;
    snap.batch_size = t->batch_size;
    snap.invocations = t->invocations;
    snap.failures = t->failures;
    snap.retries = t->retries;
    snap.records_delivered = t->delivered;
    snap.records_discarded = t->discarded;
    snap.iterator_age_ms = TriggerIteratorAgeMs(*t);
    for (const auto& shard : stream->shards) {
      auto it = t->shards.find(shard->id);
      if (it == t->shards.end()) continue;
      snap.shards.push_back({shard->id, SequenceText(it->second.position), it->second.finished, it->second.attempts,
                             it->second.iterator_age_ms});
    }
    out->triggers.push_back(std::move(snap));
  }
  return true;
}

}  // namespace ddb
