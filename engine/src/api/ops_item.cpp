// Single-item data plane: PutItem, GetItem, DeleteItem (dynamodb-model §3.2, capacity §5.2).
#include "api/consumed_capacity.h"
#include "api/keys.h"
#include "api/ops.h"
#include "api/request.h"
#include "capacity/units.h"
#include "ddb/codec.h"
#include "ddb/item_size.h"

#include <algorithm>

namespace ddb {
namespace {

Result<Item> ReadItemMember(const RequestView& v, std::string_view member) {
  auto obj = v.Object(member);
  if (!obj.ok()) return obj.take_error();
  if (!obj.value()) return ConstraintError(member, "null", "Member must not be null");
  return DecodeItem(*obj.value());
}

int PartitionId(const Table& t, uint64_t hash) { return t.partitions()[t.PartitionIndexFor(hash)].id; }

Status RejectExpressions(const RequestView& v) {
  for (const char* m : {"ConditionExpression", "ProjectionExpression", "Expected", "AttributesToGet"}) {
    if (v.has(m)) return ApiError::Validation(std::string("ddbviz does not support ") + m + " yet");
  }
  return OkStatus();
}

}  // namespace

Result<json> PutItem(EngineState& s, const json& request) {
  RequestView v(request);
  auto name = v.RequiredString("TableName");
  if (!name.ok()) return name.take_error();
  auto item = ReadItemMember(v, "Item");
  if (!item.ok()) return item.take_error();
  auto return_values = v.Enum("ReturnValues", {"NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"}, "NONE");
  if (!return_values.ok()) return return_values.take_error();
  if (return_values.value() != "NONE" && return_values.value() != "ALL_OLD")
    return ApiError::Validation("ReturnValues can only be ALL_OLD or NONE");
  auto detail = ReadCapacityDetail(v);
  if (!detail.ok()) return detail.take_error();
  DDB_TRY(RejectExpressions(v));
  auto table = FindTableForData(s, name.value());
  if (!table.ok()) return table.take_error();
  Table& t = *table.value();
  auto key = KeyFromItem(t.def(), item.value());
  if (!key.ok()) return key.take_error();
  const uint64_t size = ItemSize(item.value());
  if (size > kMaxItemBytes) return ApiError::Validation("Item size has exceeded the maximum allowed size");

  const StoredItem* old = t.Find(key.value());
  json response = json::object();
  if (old && return_values.value() == "ALL_OLD") response["Attributes"] = EncodeItem(old->item);
  Consumed consumed{0, WriteUnits(std::max<uint64_t>(size, old ? old->size : 0))};
  t.Put(key.value(), std::move(item.value()), size);
  s.Emit(EventKind::kItemWritten, t.def().name, PartitionId(t, key->hash), key->hash, 0, consumed.write_units);
  AddConsumedCapacity(response, detail.value(), t.def().name, consumed);
  return response;
}

Result<json> GetItem(EngineState& s, const json& request) {
  RequestView v(request);
  auto name = v.RequiredString("TableName");
  if (!name.ok()) return name.take_error();
  auto key_map = ReadItemMember(v, "Key");
  if (!key_map.ok()) return key_map.take_error();
  auto consistent = v.Bool("ConsistentRead");
  if (!consistent.ok()) return consistent.take_error();
  auto detail = ReadCapacityDetail(v);
  if (!detail.ok()) return detail.take_error();
  DDB_TRY(RejectExpressions(v));
  auto table = FindTableForData(s, name.value());
  if (!table.ok()) return table.take_error();
  Table& t = *table.value();
  auto key = KeyFromKeyMap(t.def(), key_map.value());
  if (!key.ok()) return key.take_error();

  const StoredItem* found = t.Find(key.value());
  // A read of a missing item still costs the minimum (one 4 KB block).
  Consumed consumed{ReadHalfUnits(found ? found->size : 0, consistent.value().value_or(false)), 0};
  json response = json::object();
  if (found) response["Item"] = EncodeItem(found->item);
  s.Emit(EventKind::kItemRead, t.def().name, PartitionId(t, key->hash), key->hash, consumed.read_half_units, 0,
         found ? "" : "not found");
  AddConsumedCapacity(response, detail.value(), t.def().name, consumed);
  return response;
}

Result<json> DeleteItem(EngineState& s, const json& request) {
  RequestView v(request);
  auto name = v.RequiredString("TableName");
  if (!name.ok()) return name.take_error();
  auto key_map = ReadItemMember(v, "Key");
  if (!key_map.ok()) return key_map.take_error();
  auto return_values = v.Enum("ReturnValues", {"NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"}, "NONE");
  if (!return_values.ok()) return return_values.take_error();
  if (return_values.value() != "NONE" && return_values.value() != "ALL_OLD")
    return ApiError::Validation("ReturnValues can only be ALL_OLD or NONE");
  auto detail = ReadCapacityDetail(v);
  if (!detail.ok()) return detail.take_error();
  DDB_TRY(RejectExpressions(v));
  auto table = FindTableForData(s, name.value());
  if (!table.ok()) return table.take_error();
  Table& t = *table.value();
  auto key = KeyFromKeyMap(t.def(), key_map.value());
  if (!key.ok()) return key.take_error();

  const StoredItem* old = t.Find(key.value());
  json response = json::object();
  // Deleting a missing item is not an error; it costs the 1 WCU minimum (simulation choice 12).
  Consumed consumed{0, WriteUnits(old ? old->size : 0)};
  if (old) {
    if (return_values.value() == "ALL_OLD") response["Attributes"] = EncodeItem(old->item);
    t.Erase(key.value());
    s.Emit(EventKind::kItemDeleted, t.def().name, PartitionId(t, key->hash), key->hash, 0, consumed.write_units);
  }
  AddConsumedCapacity(response, detail.value(), t.def().name, consumed);
  return response;
}

}  // namespace ddb
