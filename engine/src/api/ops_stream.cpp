// DynamoDB Streams operations (API reference, "Amazon DynamoDB Streams"): ListStreams,
// DescribeStream, GetShardIterator, GetRecords. They are a separate AWS service with its own
// endpoint; ddbviz takes them through the same door as the DynamoDB operations. Every read trims
// records older than 24 hours first, so what a reader sees is exact to the millisecond.
#include "api/ops.h"
#include "api/request.h"
#include "stream/shard_iterator.h"
#include "stream/stream_json.h"
#include "stream/stream_shards.h"

#include <algorithm>

namespace ddb {
namespace {

Result<int64_t> ReadLimit(const RequestView& v, int64_t fallback, int64_t max) {
  auto limit = v.Int("Limit");
  if (!limit.ok()) return limit.take_error();
  const int64_t value = limit.value().value_or(fallback);
  if (value < 1) return ConstraintError("Limit", std::to_string(value), "Member must have value greater than or equal to 1");
  if (value > max) return ConstraintError("Limit", std::to_string(value), "Member must have value less than or equal to " + std::to_string(max));
  return value;
}

ApiError StreamNotFound(const std::string& arn) {
  return ApiError::NotFound("Requested resource not found: Stream: " + arn + " not found");
}

// The stream an ARN names, trimmed to now; a stream gone 24 hours after disabling is not found.
Result<Stream*> FindStream(EngineState& s, const std::string& arn) {
  Stream* stream = s.streams.Find(arn);
  if (!stream || !TrimExpired(s, *stream)) return StreamNotFound(arn);
  return stream;
}

ApiError ShardNotFound(const std::string& shard_id, const std::string& arn) {
  return ApiError::NotFound("Requested resource not found: Shard: " + shard_id + " in Stream: " + arn +
                            " not found (shards are removed 24 hours after they close)");
}

ApiError TrimmedData(const Shard& shard) {
  return ApiError{ErrorType::kTrimmedDataAccess,
                  "The operation attempted to read past the oldest stream record in a shard: records of " + shard.id +
                      " before sequence number " + SequenceText(shard.trimmed_below) +
                      " were trimmed (records are kept 24 hours); start again from TRIM_HORIZON",
                  {}};
}

std::string IssueIterator(const EngineState& s, const Stream& stream, const Shard& shard, uint64_t position) {
  return EncodeShardIterator({stream.arn, shard.id, position, s.now_ms()});
}

// The first retained record at or after `position`.
std::deque<StreamRecord>::const_iterator FirstAtOrAfter(const Shard& shard, uint64_t position) {
  return std::lower_bound(shard.records.begin(), shard.records.end(), position,
                          [](const StreamRecord& r, uint64_t p) { return r.sequence < p; });
}

}  // namespace

Result<json> ListStreams(EngineState& s, const json& request) {
  RequestView v(request);
  auto table = v.String("TableName");
  if (!table.ok()) return table.take_error();
  auto limit = ReadLimit(v, 100, 100);
  if (!limit.ok()) return limit.take_error();
  auto start = v.String("ExclusiveStartStreamArn");
  if (!start.ok()) return start.take_error();

  std::vector<Stream*> listed;  // creation order
  for (const auto& stream : s.streams.streams) {
    if (!table.value() || stream->table_name == *table.value()) listed.push_back(stream.get());
  }
  for (Stream* stream : std::vector<Stream*>(listed)) {
    if (!TrimExpired(s, *stream)) listed.erase(std::find(listed.begin(), listed.end(), stream));
  }
  size_t first = 0;
  if (start.value()) {
    auto it = std::find_if(listed.begin(), listed.end(), [&](Stream* st) { return st->arn == *start.value(); });
    if (it == listed.end()) return StreamNotFound(*start.value());
    first = static_cast<size_t>(it - listed.begin()) + 1;
  }
  json streams = json::array();
  size_t i = first;
  for (; i < listed.size() && static_cast<int64_t>(streams.size()) < limit.value(); ++i) {
    streams.push_back({{"StreamArn", listed[i]->arn}, {"TableName", listed[i]->table_name}, {"StreamLabel", listed[i]->label}});
  }
  json response = {{"Streams", streams}};
  if (i < listed.size() && !streams.empty()) response["LastEvaluatedStreamArn"] = listed[i - 1]->arn;
  return response;
}

Result<json> DescribeStream(EngineState& s, const json& request) {
  RequestView v(request);
  auto arn = v.RequiredString("StreamArn");
  if (!arn.ok()) return arn.take_error();
  auto limit = ReadLimit(v, kDescribeStreamMaxLimit, kDescribeStreamMaxLimit);
  if (!limit.ok()) return limit.take_error();
  auto start = v.String("ExclusiveStartShardId");
  if (!start.ok()) return start.take_error();
  auto filter = v.Object("ShardFilter");
  if (!filter.ok()) return filter.take_error();
  std::string child_of;
  if (filter.value()) {
    RequestView fv(*filter.value());
    auto type = fv.Enum("Type", {"CHILD_SHARDS"}, "");
    if (!type.ok()) return type.take_error();
    if (type.value().empty()) return ConstraintError("shardFilter.type", "null", "Member must not be null");
    auto parent = fv.String("ShardId");
    if (!parent.ok()) return parent.take_error();
    if (!parent.value()) {
      return ApiError::Validation("ShardFilter of type CHILD_SHARDS needs the ShardId of the parent shard");
    }
    child_of = *parent.value();
  }
  auto found = FindStream(s, arn.value());
  if (!found.ok()) return found.take_error();
  const Stream& stream = *found.value();

  std::vector<const Shard*> listed;  // creation order: parents before children
  for (const auto& shard : stream.shards) {
    if (child_of.empty() || shard->parent_id == child_of) listed.push_back(shard.get());
  }
  size_t first = 0;
  if (start.value()) {
    auto it = std::find_if(listed.begin(), listed.end(), [&](const Shard* sh) { return sh->id == *start.value(); });
    if (it == listed.end()) return ShardNotFound(*start.value(), stream.arn);
    first = static_cast<size_t>(it - listed.begin()) + 1;
  }
  json shards = json::array();
  size_t i = first;
  for (; i < listed.size() && static_cast<int64_t>(shards.size()) < limit.value(); ++i) shards.push_back(ShardJson(*listed[i]));

  json key_schema = json::array({{{"AttributeName", stream.hash_key}, {"KeyType", "HASH"}}});
  if (!stream.range_key.empty()) key_schema.push_back({{"AttributeName", stream.range_key}, {"KeyType", "RANGE"}});
  json description = {
      {"StreamArn", stream.arn},
      {"StreamLabel", stream.label},
      {"StreamStatus", StreamStatusName(stream.status)},
      {"StreamViewType", StreamViewTypeName(stream.view)},
      {"CreationRequestDateTime", kVirtualEpochSeconds + static_cast<double>(stream.created_ms) / 1000.0},
      {"TableName", stream.table_name},
      {"KeySchema", key_schema},
      {"Shards", shards},
  };
  if (i < listed.size() && !shards.empty()) description["LastEvaluatedShardId"] = listed[i - 1]->id;
  return json{{"StreamDescription", description}};
}

Result<json> GetShardIterator(EngineState& s, const json& request) {
  RequestView v(request);
  auto arn = v.RequiredString("StreamArn");
  if (!arn.ok()) return arn.take_error();
  auto shard_id = v.RequiredString("ShardId");
  if (!shard_id.ok()) return shard_id.take_error();
  auto type = v.Enum("ShardIteratorType", {"TRIM_HORIZON", "LATEST", "AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER"}, "");
  if (!type.ok()) return type.take_error();
  if (type.value().empty()) return ConstraintError("ShardIteratorType", "null", "Member must not be null");
  auto sequence_text = v.String("SequenceNumber");
  if (!sequence_text.ok()) return sequence_text.take_error();
  const bool needs_sequence = type.value() == "AT_SEQUENCE_NUMBER" || type.value() == "AFTER_SEQUENCE_NUMBER";
  if (needs_sequence && !sequence_text.value()) {
    return ApiError::Validation("A SequenceNumber is required for ShardIteratorType " + std::string(type.value()));
  }
  if (!needs_sequence && sequence_text.value()) {
    return ApiError::Validation("SequenceNumber is only used with AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER, not " +
                                std::string(type.value()));
  }
  uint64_t sequence = 0;
  if (needs_sequence && !ParseSequence(*sequence_text.value(), &sequence)) {
    return ApiError::Validation("Invalid SequenceNumber '" + *sequence_text.value() +
                                "': a sequence number is 21 to 40 decimal digits, as GetRecords returns them");
  }
  auto found = FindStream(s, arn.value());
  if (!found.ok()) return found.take_error();
  const Stream& stream = *found.value();
  const Shard* shard = stream.FindShard(shard_id.value());
  if (!shard) return ShardNotFound(shard_id.value(), stream.arn);

  uint64_t position = 0;
  if (type.value() == "TRIM_HORIZON") {
    position = shard->trimmed_below;  // the oldest untrimmed record
  } else if (type.value() == "LATEST") {
    // Just after the most recent record: only records appended from now on.
    position = shard->open ? stream.next_sequence : shard->ending_sequence + 1;
  } else {
    const uint64_t last = shard->open ? stream.next_sequence - 1 : shard->ending_sequence;
    if (sequence < shard->starting_sequence || sequence > last) {
      return ApiError::Validation("Invalid SequenceNumber " + *sequence_text.value() + " for shard " + shard->id +
                                  ": its range is " + SequenceText(shard->starting_sequence) + " to " + SequenceText(last));
    }
    if (sequence < shard->trimmed_below) return TrimmedData(*shard);
    position = type.value() == "AT_SEQUENCE_NUMBER" ? sequence : sequence + 1;
  }
  return json{{"ShardIterator", IssueIterator(s, stream, *shard, position)}};
}

Result<json> GetRecords(EngineState& s, const json& request) {
  RequestView v(request);
  auto text = v.RequiredString("ShardIterator");
  if (!text.ok()) return text.take_error();
  auto limit = v.Int("Limit");
  if (!limit.ok()) return limit.take_error();
  const int64_t max_records = limit.value().value_or(kGetRecordsMaxLimit);
  if (max_records < 1) {
    return ConstraintError("Limit", std::to_string(max_records), "Member must have value greater than or equal to 1");
  }
  if (max_records > kGetRecordsMaxLimit) {
    // The documented upper limit of GetRecords is 1,000 records (dynamodb-model §8.3).
    return ApiError{ErrorType::kLimitExceeded,
                    "Limit " + std::to_string(max_records) + " is above the maximum of 1000 records per GetRecords call",
                    {}};
  }
  ShardIterator it;
  if (!DecodeShardIterator(text.value(), &it)) {
    return ApiError::Validation("Invalid ShardIterator: pass the ShardIterator or NextShardIterator exactly as returned");
  }
  if (s.now_ms() - it.issued_ms > kIteratorLifetimeMs) {
    return ApiError{ErrorType::kExpiredIterator,
                    "The provided iterator exceeds the maximum age allowed. (Iterators expire 15 minutes after "
                    "GetShardIterator or GetRecords issued them; get a new one)",
                    {}};
  }
  auto found = FindStream(s, it.stream_arn);
  if (!found.ok()) return found.take_error();
  const Stream& stream = *found.value();
  const Shard* shard = stream.FindShard(it.shard_id);
  if (!shard) return ShardNotFound(it.shard_id, stream.arn);
  if (it.position < shard->trimmed_below) return TrimmedData(*shard);

  json records = json::array();
  uint64_t bytes = 0, next = it.position;
  for (auto r = FirstAtOrAfter(*shard, it.position); r != shard->records.end(); ++r) {
    if (static_cast<int64_t>(records.size()) >= max_records) break;
    // 1 MB per call, whichever limit comes first; a call returns at least one record.
    if (!records.empty() && bytes + r->size_bytes > kGetRecordsMaxBytes) break;
    bytes += r->size_bytes;
    records.push_back(StreamRecordJson(stream, *r));
    next = r->sequence + 1;
  }
  json response = {{"Records", records}};
  // No NextShardIterator once a closed shard has nothing more to return.
  const bool exhausted = !shard->open && FirstAtOrAfter(*shard, next) == shard->records.end();
  if (!exhausted) response["NextShardIterator"] = IssueIterator(s, stream, *shard, next);
  return response;
}

}  // namespace ddb
