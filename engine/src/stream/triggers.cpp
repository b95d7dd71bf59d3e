#include "stream/triggers.h"

#include "stream/stream_shards.h"
#include "stream/trigger_handlers.h"

#include <algorithm>

namespace ddb {
namespace {

void SchedulePoll(EngineState& s, const std::string& name, uint64_t generation) {
  s.scheduler.After(kTriggerPollMs, [&s, name, generation] {
    auto it = s.streams.triggers.find(name);
    if (it == s.streams.triggers.end() || it->second->generation != generation) return;  // deleted
    PollTrigger(s, *it->second);
    SchedulePoll(s, name, generation);
  });
}

// Failure injection: every Nth invocation, or with a probability from the trigger's own seeded
// generator (drawn only when a rate is set, so other triggers' numbers never shift).
std::string InjectedFailure(Trigger& t) {
  if (t.fail_every_nth > 0 && t.invocations % t.fail_every_nth == 0) {
    return "injected failure (every " + std::to_string(t.fail_every_nth) + "th invocation)";
  }
  if (t.failure_rate > 0 && t.rng.Unit() < t.failure_rate) return "injected failure (random)";
  return "";
}

std::string ShardNote(const Trigger& t, const Shard& shard, size_t records) {
  return t.name + " " + shard.id + ": " + std::to_string(records) + " record" + (records == 1 ? "" : "s");
}

void Invoke(EngineState& s, Trigger& t, const Stream& stream, const Shard& shard, TriggerShardState& st,
            std::deque<StreamRecord>::const_iterator first, size_t count) {
  const auto last = first + static_cast<std::ptrdiff_t>(count - 1);
  ++t.invocations;
  if (st.attempts > 0) ++t.retries;
  // Lambda's IteratorAge: the age of the batch's last record when the function is invoked.
  st.iterator_age_ms = s.now_ms() - last->time_ms;
  const uint64_t next = last->sequence + 1;
  std::string failure = InjectedFailure(t);
  if (failure.empty()) failure = RunTriggerHandler(s, t, TriggerBatch{&stream, first, last + 1});
  if (failure.empty()) {
    st.position = next;
    st.attempts = 0;
    st.delivered += count;
    t.delivered += count;
    s.Emit(EventKind::kTriggerInvoked, stream.table_name, shard.partition_id, 0, 0, 0, ShardNote(t, shard, count));
    return;
  }
  ++t.failures;
  ++st.attempts;
  std::string detail = ShardNote(t, shard, count) + " failed (" + failure + ")";
  if (t.max_retries >= 0 && st.attempts > t.max_retries) {
    // Retries exhausted: the batch is discarded and the shard moves on.
    st.position = next;
    st.attempts = 0;
    t.discarded += count;
    detail += "; discarded after " + std::to_string(t.max_retries) + " retries";
  } else {
    detail += "; retrying, the shard waits";
  }
  s.Emit(EventKind::kTriggerFailed, stream.table_name, shard.partition_id, 0, 0, 0, detail);
}

}  // namespace

const char* TriggerHandlerName(TriggerHandler h) {
  switch (h) {
    case TriggerHandler::kNone: return "NONE";
    case TriggerHandler::kCounter: return "COUNTER";
    case TriggerHandler::kAuditLog: return "AUDIT_LOG";
  }
  return "NONE";
}

Trigger& StartTrigger(EngineState& s, std::unique_ptr<Trigger> trigger) {
  trigger->generation = ++s.streams.trigger_generations;
  trigger->created_ms = s.now_ms();
  Trigger& started = *trigger;
  const std::string name = trigger->name;
  s.streams.triggers[name] = std::move(trigger);
  SchedulePoll(s, name, started.generation);
  return started;
}

void StopTrigger(EngineState& s, const std::string& name) {
  auto it = s.streams.triggers.find(name);
  if (it != s.streams.triggers.end()) s.streams.triggers.erase(it);
}

void PollTrigger(EngineState& s, Trigger& t) {
  Stream* stream = s.streams.Find(t.stream_arn);
  if (!stream || !TrimExpired(s, *stream)) return;  // the stream is gone: nothing more to read
  // Shards in creation order, so a parent is always visited before its children.
  for (const auto& shard_ptr : stream->shards) {
    const Shard& shard = *shard_ptr;
    auto [state_it, is_new] = t.shards.try_emplace(shard.id);
    TriggerShardState& st = state_it->second;
    if (is_new) st.position = std::max(shard.trimmed_below, t.latest_cutoff);
    if (st.finished) continue;
    if (!shard.parent_id.empty()) {
      // Parents first, so the records of one item are processed in order across a split.
      auto parent = t.shards.find(shard.parent_id);
      const bool parent_described = stream->FindShard(shard.parent_id) != nullptr;
      if (parent_described && (parent == t.shards.end() || !parent->second.finished)) continue;
    }
    if (st.position < shard.trimmed_below) {
      // The records it was waiting on expired (24 h): continue from the oldest retained one.
      st.position = shard.trimmed_below;
      st.attempts = 0;
    }
    auto first = std::lower_bound(shard.records.begin(), shard.records.end(), st.position,
                                  [](const StreamRecord& r, uint64_t p) { return r.sequence < p; });
    const size_t available = static_cast<size_t>(shard.records.end() - first);
    if (available == 0) {
      if (!shard.open) st.finished = true;
      continue;
    }
    const size_t count = std::min<size_t>(available, static_cast<size_t>(t.batch_size));
    // Batching window: wait for a fuller batch, up to the window after the oldest waiting record
    // (a batch being retried goes at once).
    if (st.attempts == 0 && count < static_cast<size_t>(t.batch_size) && shard.open &&
        s.now_ms() - first->time_ms < t.batching_window_ms) {
      continue;
    }
    Invoke(s, t, *stream, shard, st, first, count);
  }
  if (t.shards.size() > stream->shards.size()) {  // forget shards removed 24 h after closing
    std::erase_if(t.shards, [&](const auto& entry) { return stream->FindShard(entry.first) == nullptr; });
  }
}

int64_t TriggerIteratorAgeMs(const Trigger& t) {
  int64_t age = 0;
  for (const auto& [id, st] : t.shards) {
    if (!st.finished) age = std::max(age, st.iterator_age_ms);
  }
  return age;
}

}  // namespace ddb
