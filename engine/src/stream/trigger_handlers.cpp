#include "stream/trigger_handlers.h"

#include "ddb/codec.h"
#include "stream/stream_json.h"
#include "stream/stream_shards.h"

#include <map>

namespace ddb {
namespace {

// A write through the request door; "" when it succeeded, else "<ErrorType>: <message>".
std::string Send(EngineState& s, std::string_view operation, const json& request) {
  OpHandler handler = FindOperation(operation);
  auto result = handler(s, request);
  if (result.ok()) return "";
  return std::string(ErrorTypeName(result.error().type)) + ": " + result.error().message;
}

// The value a record is counted under: from Keys when the attribute is a key, else from the
// image on the given side (CreateStreamTrigger requires NEW_AND_OLD_IMAGES for non-key attributes).
const AttributeValue* GroupValue(const StreamRecord& r, const std::string& attribute, bool new_side) {
  if (auto it = r.keys.find(attribute); it != r.keys.end()) return &it->second;
  const std::optional<Item>& image = new_side ? r.new_image : r.old_image;
  if (!image) return nullptr;
  auto it = image->find(attribute);
  return it == image->end() ? nullptr : &it->second;
}

std::string RunCounter(EngineState& s, const Trigger& trigger, const TriggerBatch& batch) {
  auto target = s.tables.find(trigger.target_table);
  if (target == s.tables.end()) return "ResourceNotFoundException: target table " + trigger.target_table + " not found";
  const std::string target_key = target->second->def().hash_key.name;
  // Net change per group over the batch, in a stable order (the group's DynamoDB JSON text).
  std::map<std::string, std::pair<AttributeValue, int64_t>> deltas;
  auto add = [&](const AttributeValue* value, int64_t delta) {
    if (!value) return;
    auto& entry = deltas[EncodeValue(*value).dump()];
    entry.first = *value;
    entry.second += delta;
  };
  for (auto r = batch.begin; r != batch.end; ++r) {
    const AttributeValue* before = GroupValue(*r, trigger.count_by, false);
    const AttributeValue* after = GroupValue(*r, trigger.count_by, true);
    switch (r->kind) {
      case ChangeKind::kInsert: add(after, 1); break;
      case ChangeKind::kRemove: add(before, -1); break;
      case ChangeKind::kModify:
        if (before && after && !(*before == *after)) {
          add(before, -1);
          add(after, 1);
        } else if (!before && after) {
          add(after, 1);
        } else if (before && !after) {
          add(before, -1);
        }
        break;
    }
  }
  for (const auto& [text, entry] : deltas) {
    if (entry.second == 0) continue;
    const json request = {
        {"TableName", trigger.target_table},
        {"Key", {{target_key, EncodeValue(entry.first)}}},
        {"UpdateExpression", "ADD #count :delta"},
        {"ExpressionAttributeNames", {{"#count", trigger.count_attribute}}},
        {"ExpressionAttributeValues", {{":delta", {{"N", std::to_string(entry.second)}}}}},
    };
    if (std::string failure = Send(s, "UpdateItem", request); !failure.empty()) return failure;
  }
  return "";
}

std::string RunAuditLog(EngineState& s, const Trigger& trigger, const TriggerBatch& batch) {
  auto target = s.tables.find(trigger.target_table);
  if (target == s.tables.end()) return "ResourceNotFoundException: target table " + trigger.target_table + " not found";
  const TableDefinition& d = target->second->def();
  for (auto r = batch.begin; r != batch.end; ++r) {
    const json record = StreamRecordJson(*batch.stream, *r);
    json item = {
        {d.hash_key.name, {{"S", r->event_id}}},
        {"eventName", {{"S", ChangeKindName(r->kind)}}},
        {"SourceTable", {{"S", batch.stream->table_name}}},
        {"SequenceNumber", {{"S", SequenceText(r->sequence)}}},
        {"ApproximateCreationDateTime", {{"N", std::to_string(kVirtualEpochSeconds + r->time_ms / 1000)}}},
        {"Keys", {{"M", record["dynamodb"]["Keys"]}}},
    };
    if (d.range_key) {
      const std::string seq = SequenceText(r->sequence);
      item[d.range_key->name] = d.range_key->type == ValueType::kN ? json{{"N", seq}} : json{{"S", seq}};
    }
    if (r->new_image) item["NewImage"] = {{"M", record["dynamodb"]["NewImage"]}};
    if (r->old_image) item["OldImage"] = {{"M", record["dynamodb"]["OldImage"]}};
    if (std::string failure = Send(s, "PutItem", {{"TableName", trigger.target_table}, {"Item", item}}); !failure.empty()) {
      return failure;
    }
  }
  return "";
}

}  // namespace

std::string RunTriggerHandler(EngineState& s, const Trigger& trigger, const TriggerBatch& batch) {
  switch (trigger.handler) {
    case TriggerHandler::kNone: return "";
    case TriggerHandler::kCounter: return RunCounter(s, trigger, batch);
    case TriggerHandler::kAuditLog: return RunAuditLog(s, trigger, batch);
  }
  return "";
}

}  // namespace ddb
