// ddbviz extension operations for stream triggers (not AWS operations; Lambda's own API is
// CreateEventSourceMapping): CreateStreamTrigger, DeleteStreamTrigger, ListStreamTriggers,
// DescribeStreamTrigger. The parameters and limits are those of a Lambda event source mapping on a
// DynamoDB stream (Lambda developer guide, "Lambda parameters for DynamoDB event source mappings").
#include "api/ops.h"
#include "api/request.h"
#include "stream/stream_shards.h"
#include "stream/triggers.h"

#include <algorithm>

namespace ddb {
namespace {

Result<int64_t> BoundedInt(const RequestView& v, std::string_view member, int64_t fallback, int64_t lo, int64_t hi) {
  auto value = v.Int(member);
  if (!value.ok()) return value.take_error();
  const int64_t x = value.value().value_or(fallback);
  if (x < lo) return ConstraintError(member, std::to_string(x), "Member must have value greater than or equal to " + std::to_string(lo));
  if (x > hi) return ConstraintError(member, std::to_string(x), "Member must have value less than or equal to " + std::to_string(hi));
  return x;
}

Status ValidateTriggerName(const std::string& name) {
  const bool ok = !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
  if (ok) return OkStatus();
  return ApiError::Validation("TriggerName must be 1 to 64 letters, digits, '-' or '_'");
}

// Reads Handler {Type, TargetTable, CountBy, CountAttribute} and checks it against the tables.
Status ReadHandler(EngineState& s, const RequestView& v, const Stream& stream, Trigger* t) {
  auto handler = v.Object("Handler");
  if (!handler.ok()) return handler.take_error();
  if (!handler.value()) return OkStatus();  // NONE
  RequestView hv(*handler.value());
  auto type = hv.Enum("Type", {"NONE", "COUNTER", "AUDIT_LOG"}, "NONE");
  if (!type.ok()) return type.take_error();
  t->handler = type.value() == "COUNTER"     ? TriggerHandler::kCounter
               : type.value() == "AUDIT_LOG" ? TriggerHandler::kAuditLog
                                             : TriggerHandler::kNone;
  if (t->handler == TriggerHandler::kNone) return OkStatus();
  auto target = hv.RequiredString("TargetTable");
  if (!target.ok()) return target.take_error();
  t->target_table = target.value();
  if (t->target_table == stream.table_name) {
    return ApiError::Validation("Handler.TargetTable must differ from the stream's table " + stream.table_name +
                                ": its writes would feed the trigger its own records forever");
  }
  auto found = FindTable(s, t->target_table);
  if (!found.ok()) return found.take_error();
  const TableDefinition& d = found.value()->def();
  if (t->handler == TriggerHandler::kCounter) {
    if (d.range_key) {
      return ApiError::Validation("A COUNTER target table needs a partition key only (one item per counted value); " +
                                  d.name + " also has the sort key " + d.range_key->name);
    }
    auto count_by = hv.String("CountBy");
    if (!count_by.ok()) return count_by.take_error();
    t->count_by = count_by.value().value_or(stream.hash_key);
    auto attribute = hv.String("CountAttribute");
    if (!attribute.ok()) return attribute.take_error();
    t->count_attribute = attribute.value().value_or("Count");
    const bool key_attribute = t->count_by == stream.hash_key || t->count_by == stream.range_key;
    if (!key_attribute && stream.view != StreamViewType::kNewAndOldImages) {
      return ApiError::Validation("Counting by the non-key attribute " + t->count_by +
                                  " needs both images: enable the stream with StreamViewType NEW_AND_OLD_IMAGES (it is " +
                                  StreamViewTypeName(stream.view) + ")");
    }
  } else {
    if (d.hash_key.type != ValueType::kS) {
      return ApiError::Validation("An AUDIT_LOG target table is keyed by eventID: its partition key " + d.hash_key.name +
                                  " must be of type S");
    }
    if (d.range_key && d.range_key->type == ValueType::kB) {
      return ApiError::Validation("An AUDIT_LOG target table's sort key receives the SequenceNumber: make it S or N");
    }
  }
  return OkStatus();
}

Status ReadFailureInjection(const RequestView& v, Trigger* t) {
  auto injection = v.Object("FailureInjection");
  if (!injection.ok()) return injection.take_error();
  if (!injection.value()) return OkStatus();
  RequestView iv(*injection.value());
  auto nth = BoundedInt(iv, "FailEveryNthInvocation", 0, 0, 1'000'000);
  if (!nth.ok()) return nth.take_error();
  t->fail_every_nth = static_cast<uint64_t>(nth.value());
  auto rate = iv.Number("FailureRate");
  if (!rate.ok()) return rate.take_error();
  const double r = rate.value().value_or(0.0);
  if (!(r >= 0.0 && r <= 1.0)) return ApiError::Validation("FailureInjection.FailureRate must be between 0 and 1");
  t->failure_rate = r;
  return OkStatus();
}

json TriggerJson(const EngineState& s, const Trigger& t, bool with_shards) {
  json handler = {{"Type", TriggerHandlerName(t.handler)}};
  if (t.handler != TriggerHandler::kNone) handler["TargetTable"] = t.target_table;
  if (t.handler == TriggerHandler::kCounter) {
    handler["CountBy"] = t.count_by;
    handler["CountAttribute"] = t.count_attribute;
  }
  json out = {
      {"TriggerName", t.name},
      {"StreamArn", t.stream_arn},
      {"TableName", t.source_table},
      {"Handler", handler},
      {"BatchSize", t.batch_size},
      {"MaximumBatchingWindowInSeconds", t.batching_window_ms / 1000},
      {"StartingPosition", t.from_latest ? "LATEST" : "TRIM_HORIZON"},
      {"MaximumRetryAttempts", t.max_retries},
      {"FailureInjection", {{"FailEveryNthInvocation", t.fail_every_nth}, {"FailureRate", t.failure_rate}}},
      {"Metrics",
       {{"Invocations", t.invocations},
        {"Failures", t.failures},
        {"Retries", t.retries},
        {"RecordsDelivered", t.delivered},
        {"RecordsDiscarded", t.discarded},
        {"IteratorAgeMilliseconds", TriggerIteratorAgeMs(t)}}},
  };
  if (with_shards) {
    json shards = json::array();
    const Stream* stream = s.streams.Find(t.stream_arn);
    if (stream) {
      for (const auto& shard : stream->shards) {  // creation order
        auto it = t.shards.find(shard->id);
        if (it == t.shards.end()) continue;
        const TriggerShardState& st = it->second;
        shards.push_back({{"ShardId", shard->id},
                          {"Position", SequenceText(st.position)},
                          {"Finished", st.finished},
                          {"PendingAttempts", st.attempts},
                          {"RecordsDelivered", st.delivered},
                          {"IteratorAgeMilliseconds", st.iterator_age_ms}});
      }
    }
    out["Shards"] = shards;
  }
  return out;
}

Result<Trigger*> FindTrigger(EngineState& s, const RequestView& v) {
  auto name = v.RequiredString("TriggerName");
  if (!name.ok()) return name.take_error();
  auto it = s.streams.triggers.find(name.value());
  if (it == s.streams.triggers.end()) {
    return ApiError::NotFound("Requested resource not found: StreamTrigger: " + name.value() + " not found");
  }
  return it->second.get();
}

}  // namespace

Result<json> CreateStreamTrigger(EngineState& s, const json& request) {
  RequestView v(request);
  auto trigger = std::make_unique<Trigger>();
  Trigger& t = *trigger;
  auto name = v.RequiredString("TriggerName");
  if (!name.ok()) return name.take_error();
  DDB_TRY(ValidateTriggerName(name.value()));
  t.name = name.value();
  auto arn = v.String("StreamArn");
  if (!arn.ok()) return arn.take_error();
  auto table = v.String("TableName");
  if (!table.ok()) return table.take_error();
  if (arn.value().has_value() == table.value().has_value()) {
    return ApiError::Validation("Name the stream to read with exactly one of StreamArn or TableName (its current stream)");
  }
  auto batch = BoundedInt(v, "BatchSize", kTriggerDefaultBatchSize, 1, kTriggerMaxBatchSize);
  if (!batch.ok()) return batch.take_error();
  t.batch_size = batch.value();
  auto window = BoundedInt(v, "MaximumBatchingWindowInSeconds", 0, 0, kTriggerMaxBatchingWindowSeconds);
  if (!window.ok()) return window.take_error();
  t.batching_window_ms = window.value() * 1000;
  auto retries = BoundedInt(v, "MaximumRetryAttempts", -1, -1, kTriggerMaxRetryAttempts);
  if (!retries.ok()) return retries.take_error();
  t.max_retries = retries.value();
  auto position = v.Enum("StartingPosition", {"TRIM_HORIZON", "LATEST"}, "");
  if (!position.ok()) return position.take_error();
  if (position.value().empty()) return ConstraintError("StartingPosition", "null", "Member must not be null");
  t.from_latest = position.value() == "LATEST";
  DDB_TRY(ReadFailureInjection(v, &t));
  if (s.streams.triggers.count(t.name)) return ApiError::InUse("StreamTrigger already exists: " + t.name);

  const Stream* stream = nullptr;
  if (arn.value()) {
    stream = s.streams.Find(*arn.value());
    if (!stream) return ApiError::NotFound("Requested resource not found: Stream: " + *arn.value() + " not found");
  } else {
    stream = s.streams.Capturing(*table.value());
    if (!stream) {
      return ApiError::Validation("Table " + *table.value() +
                                  " has no enabled stream: enable one with UpdateTable StreamSpecification first");
    }
  }
  DDB_TRY(ReadHandler(s, v, *stream, &t));
  t.stream_arn = stream->arn;
  t.source_table = stream->table_name;
  t.latest_cutoff = t.from_latest ? stream->next_sequence : 0;
  t.rng = s.stream_rng.Fork();
  Trigger& started = StartTrigger(s, std::move(trigger));
  return json{{"StreamTrigger", TriggerJson(s, started, false)}};
}

Result<json> DeleteStreamTrigger(EngineState& s, const json& request) {
  RequestView v(request);
  auto found = FindTrigger(s, v);
  if (!found.ok()) return found.take_error();
  json out = {{"StreamTrigger", TriggerJson(s, *found.value(), false)}};
  StopTrigger(s, found.value()->name);
  return out;
}

Result<json> ListStreamTriggers(EngineState& s, const json& request) {
  RequestView v(request);
  auto table = v.String("TableName");
  if (!table.ok()) return table.take_error();
  json triggers = json::array();
  for (const auto& [name, t] : s.streams.triggers) {  // by name
    if (!table.value() || t->source_table == *table.value()) triggers.push_back(TriggerJson(s, *t, false));
  }
  return json{{"StreamTriggers", triggers}};
}

Result<json> DescribeStreamTrigger(EngineState& s, const json& request) {
  RequestView v(request);
  auto found = FindTrigger(s, v);
  if (!found.ok()) return found.take_error();
  return json{{"StreamTrigger", TriggerJson(s, *found.value(), true)}};
}

}  // namespace ddb
