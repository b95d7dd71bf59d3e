// Single-item data plane: PutItem, GetItem, UpdateItem, DeleteItem (dynamodb-model §3.2, capacity
// §5.2). Each handler validates the whole request, then evaluates its condition against the
// current item, then applies the write and records the event.
#include "api/consumed_capacity.h"
#include "api/keys.h"
#include "api/ops.h"
#include "api/request.h"
#include "api/request_expressions.h"
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

// What every write request shares: the table, key, condition, ReturnValues and capacity detail.
struct WriteRequest {
  Table* table = nullptr;
  PrimaryKey key;
  Condition condition;
  std::string return_values = "NONE";
  bool old_on_failure = false;  // ReturnValuesOnConditionCheckFailure=ALL_OLD
  CapacityDetail detail = CapacityDetail::kNone;
};

// Reads the members common to writes; only UpdateItem accepts every ReturnValues option.
Status ReadWriteCommon(const RequestView& v, bool full_return_values, ExpressionContext& ctx,
                       WriteRequest* w, std::string* table_name) {
  auto name = v.RequiredString("TableName");
  if (!name.ok()) return name.take_error();
  *table_name = name.value();
  auto rv = v.Enum("ReturnValues", {"NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"}, "NONE");
  if (!rv.ok()) return rv.take_error();
  if (!full_return_values && rv.value() != "NONE" && rv.value() != "ALL_OLD")
    return ApiError::Validation("ReturnValues can only be ALL_OLD or NONE");
  w->return_values = rv.value();
  auto on_failure = v.Enum("ReturnValuesOnConditionCheckFailure", {"ALL_OLD", "NONE"}, "NONE");
  if (!on_failure.ok()) return on_failure.take_error();
  w->old_on_failure = on_failure.value() == "ALL_OLD";
  auto detail = ReadCapacityDetail(v);
  if (!detail.ok()) return detail.take_error();
  w->detail = detail.value();
  auto metrics = v.Enum("ReturnItemCollectionMetrics", {"SIZE", "NONE"}, "NONE");
  if (!metrics.ok()) return metrics.take_error();
  DDB_TRY(CheckLegacyParameters(v));
  auto condition = ReadCondition(v, "ConditionExpression", ExpressionKind::kCondition, ctx);
  if (!condition.ok()) return condition.take_error();
  w->condition = std::move(condition.value());
  return OkStatus();
}

// A failed condition still consumes write capacity (Developer Guide, "Conditional writes"): the
// size of the existing item (at least 1 WCU; 1 WCU when there is none). The error carries the
// current item when ReturnValuesOnConditionCheckFailure=ALL_OLD.
ApiError ConditionFailed(EngineState& s, const WriteRequest& w, const StoredItem* old, uint64_t new_size) {
  Table& t = *w.table;
  const int64_t units = WriteUnits(old ? std::max(old->size, new_size) : 0);
  s.Emit(EventKind::kConditionFailed, t.def().name, PartitionId(t, w.key.hash), w.key.hash, 0, units);
  ApiError err = ApiError::ConditionalCheckFailed();
  if (w.old_on_failure && old) err.extra = json{{"Item", EncodeItem(old->item)}};
  return err;
}

enum class KeySource { kItem, kKeyMember };

// Reads a write request up to its key, always in the same order: the shared members,
// the Item or Key member (decoded into *member), the operation's own expression (compile_extra,
// compiled before the unused-placeholder check), then the table and the key.
template <typename CompileExtra>
Status ReadWrite(EngineState& s, const json& request, bool full_return_values, KeySource source, WriteRequest* w,
                 Item* member, CompileExtra compile_extra) {
  RequestView v(request);
  auto ctx = ReadExpressionContext(v);
  if (!ctx.ok()) return ctx.take_error();
  std::string table_name;
  DDB_TRY(ReadWriteCommon(v, full_return_values, ctx.value(), w, &table_name));
  auto decoded = ReadItemMember(v, source == KeySource::kItem ? "Item" : "Key");
  if (!decoded.ok()) return decoded.take_error();
  *member = std::move(decoded.value());
  DDB_TRY(compile_extra(v, ctx.value()));
  DDB_TRY(ctx->CheckAllUsed());
  auto table = FindTableForData(s, table_name);
  if (!table.ok()) return table.take_error();
  w->table = table.value();
  auto key = source == KeySource::kItem ? KeyFromItem(w->table->def(), *member)
                                        : KeyFromKeyMap(w->table->def(), *member);
  if (!key.ok()) return key.take_error();
  w->key = std::move(key.value());
  return OkStatus();
}

Status NoExtraExpression(const RequestView&, ExpressionContext&) { return OkStatus(); }

// Stores the new image of a Put or Update, charged by the larger of the old and new item
// (Developer Guide: writes are sized by the larger image), and records the write.
void StoreNewImage(EngineState& s, const WriteRequest& w, const StoredItem* old, Item item, uint64_t size,
                   json& response) {
  Table& t = *w.table;
  const Consumed consumed{0, WriteUnits(std::max<uint64_t>(size, old ? old->size : 0))};
  t.Put(w.key, std::move(item), size);
  s.Emit(EventKind::kItemWritten, t.def().name, PartitionId(t, w.key.hash), w.key.hash, 0, consumed.write_units);
  AddConsumedCapacity(response, w.detail, t.def().name, consumed);
}

}  // namespace

Result<json> PutItem(EngineState& s, const json& request) {
  WriteRequest w;
  Item item;
  DDB_TRY(ReadWrite(s, request, false, KeySource::kItem, &w, &item, NoExtraExpression));
  Table& t = *w.table;
  const uint64_t size = ItemSize(item);
  if (size > kMaxItemBytes) return ApiError::Validation("Item size has exceeded the maximum allowed size");

  const StoredItem* old = t.Find(w.key);
  if (!Evaluate(w.condition, old ? old->item : Item())) return ConditionFailed(s, w, old, size);
  json response = json::object();
  if (old && w.return_values == "ALL_OLD") response["Attributes"] = EncodeItem(old->item);
  StoreNewImage(s, w, old, std::move(item), size, response);
  return response;
}

Result<json> UpdateItem(EngineState& s, const json& request) {
  WriteRequest w;
  Item key_map;
  Update update;
  auto compile_update = [&update](const RequestView& v, ExpressionContext& ctx) -> Status {
    auto text = v.String("UpdateExpression");
    if (!text.ok()) return text.take_error();
    if (!text.value()) return OkStatus();  // without one, UpdateItem just ensures the item exists
    auto compiled = CompileUpdate(*text.value(), ctx);
    if (!compiled.ok()) return compiled.take_error();
    update = std::move(compiled.value());
    return OkStatus();
  };
  DDB_TRY(ReadWrite(s, request, true, KeySource::kKeyMember, &w, &key_map, compile_update));
  Table& t = *w.table;
  if (!update.empty()) {
    for (const std::string& name : UpdatedTopLevelNames(update)) {
      if (name == t.def().hash_key.name || (t.def().range_key && name == t.def().range_key->name)) {
        return ApiError::Validation("One or more parameter values were invalid: Cannot update attribute " + name +
                                    ". This attribute is part of the key");
      }
    }
  }

  const StoredItem* old = t.Find(w.key);
  // The condition is checked against the item as it is, before the update is computed.
  if (!Evaluate(w.condition, old ? old->item : Item())) return ConditionFailed(s, w, old, 0);
  // UpdateItem is an upsert: without an existing item the update starts from the key alone.
  const Item& before = old ? old->item : key_map;
  UpdateOutcome outcome;
  if (update.empty()) {
    outcome.new_item = before;
  } else {
    auto applied = ApplyUpdate(update, before);
    if (!applied.ok()) return applied.take_error();
    outcome = std::move(applied.value());
  }
  const uint64_t new_size = ItemSize(outcome.new_item);
  if (new_size > kMaxItemBytes) return ApiError::Validation("Item size to update has exceeded the maximum allowed size");

  json response = json::object();
  const Item* returned = nullptr;
  if (w.return_values == "ALL_OLD" && old) returned = &old->item;
  if (w.return_values == "ALL_NEW") returned = &outcome.new_item;
  if (w.return_values == "UPDATED_OLD" && old) returned = &outcome.updated_old;
  if (w.return_values == "UPDATED_NEW") returned = &outcome.updated_new;
  if (returned && !returned->empty()) response["Attributes"] = EncodeItem(*returned);
  StoreNewImage(s, w, old, std::move(outcome.new_item), new_size, response);
  return response;
}

Result<json> DeleteItem(EngineState& s, const json& request) {
  WriteRequest w;
  Item key_map;
  DDB_TRY(ReadWrite(s, request, false, KeySource::kKeyMember, &w, &key_map, NoExtraExpression));
  Table& t = *w.table;

  const StoredItem* old = t.Find(w.key);
  if (!Evaluate(w.condition, old ? old->item : Item())) return ConditionFailed(s, w, old, 0);
  json response = json::object();
  // Deleting a missing item is not an error; it costs the 1 WCU minimum (simulation choice 12).
  Consumed consumed{0, WriteUnits(old ? old->size : 0)};
  if (old) {
    if (w.return_values == "ALL_OLD") response["Attributes"] = EncodeItem(old->item);
    t.Erase(w.key);
    s.Emit(EventKind::kItemDeleted, t.def().name, PartitionId(t, w.key.hash), w.key.hash, 0, consumed.write_units);
  }
  AddConsumedCapacity(response, w.detail, t.def().name, consumed);
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
  DDB_TRY(CheckLegacyParameters(v));
  auto ctx = ReadExpressionContext(v);
  if (!ctx.ok()) return ctx.take_error();
  auto projection = ReadProjection(v, ctx.value());
  if (!projection.ok()) return projection.take_error();
  DDB_TRY(ctx->CheckAllUsed());
  auto table = FindTableForData(s, name.value());
  if (!table.ok()) return table.take_error();
  Table& t = *table.value();
  auto key = KeyFromKeyMap(t.def(), key_map.value());
  if (!key.ok()) return key.take_error();

  const StoredItem* found = t.Find(key.value());
  // A read of a missing item still costs the minimum (one 4 KB block); a projection does not
  // reduce the charge.
  Consumed consumed{ReadHalfUnits(found ? found->size : 0, consistent.value().value_or(false)), 0};
  json response = json::object();
  if (found) response["Item"] = EncodeProjected(projection.value(), found->item);
  s.Emit(EventKind::kItemRead, t.def().name, PartitionId(t, key->hash), key->hash, consumed.read_half_units, 0,
         found ? "" : "not found");
  AddConsumedCapacity(response, detail.value(), t.def().name, consumed);
  return response;
}

}  // namespace ddb
