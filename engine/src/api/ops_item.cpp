// Single-item data plane: PutItem, GetItem, UpdateItem, DeleteItem (dynamodb-model §3.2, capacity
// §5.2). Each handler validates the whole request, then evaluates its condition against the
// current item, then applies the write and records the event.
#include "api/consumed_capacity.h"
#include "api/item_commit.h"
#include "api/keys.h"
#include "api/ops.h"
#include "api/respond.h"
#include "api/request.h"
#include "api/request_expressions.h"
#include "capacity/admission.h"
#include "capacity/units.h"
#include "ddb/codec.h"
#include "ddb/item_size.h"
#include "index/index_entry.h"
#include "index/index_writes.h"

#include <algorithm>

namespace ddb {
namespace {

Result<Item> ReadItemMember(const RequestView& v, std::string_view member) {
  auto obj = v.Object(member);
  if (!obj.ok()) return obj.take_error();
  if (!obj.value()) return ConstraintError(member, "null", "Member must not be null");
  return DecodeItem(*obj.value());
}


// The item a write's condition is evaluated against: the stored one, or an empty item when there
// is none. By reference: `old ? old->item : Item()` would copy the stored item on every write.
const Item& ConditionSubject(const StoredItem* old) {
  static const Item kNoItem;
  return old ? old->item : kNoItem;
}

// The members every single-item write shares: the table, the Item or Key, the condition and
// what to return.
struct WriteMembers {
  std::string table_name;
  Condition condition;
  ReturnValues return_values = ReturnValues::kNone;
  bool old_on_failure = false;  // ReturnValuesOnConditionCheckFailure=ALL_OLD
  CapacityDetail detail = CapacityDetail::kNone;
  bool collection_metrics = false;  // ReturnItemCollectionMetrics=SIZE
};

ReturnValues ParseReturnValues(std::string_view name) {
  if (name == "ALL_OLD") return ReturnValues::kAllOld;
  if (name == "UPDATED_OLD") return ReturnValues::kUpdatedOld;
  if (name == "ALL_NEW") return ReturnValues::kAllNew;
  if (name == "UPDATED_NEW") return ReturnValues::kUpdatedNew;
  return ReturnValues::kNone;
}

// Reads the members common to writes; only UpdateItem accepts every ReturnValues option.
Status ReadWriteCommon(const RequestView& v, bool full_return_values, ExpressionContext& ctx, WriteMembers* w) {
  auto name = v.RequiredString("TableName");
  if (!name.ok()) return name.take_error();
  w->table_name = name.value();
  auto rv = v.Enum("ReturnValues", {"NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"}, "NONE");
  if (!rv.ok()) return rv.take_error();
  if (!full_return_values && rv.value() != "NONE" && rv.value() != "ALL_OLD")
    return ApiError::Validation("ReturnValues can only be ALL_OLD or NONE");
  w->return_values = ParseReturnValues(rv.value());
  auto on_failure = v.Enum("ReturnValuesOnConditionCheckFailure", {"ALL_OLD", "NONE"}, "NONE");
  if (!on_failure.ok()) return on_failure.take_error();
  w->old_on_failure = on_failure.value() == "ALL_OLD";
  auto detail = ReadCapacityDetail(v);
  if (!detail.ok()) return detail.take_error();
  w->detail = detail.value();
  auto metrics = v.Enum("ReturnItemCollectionMetrics", {"SIZE", "NONE"}, "NONE");
  if (!metrics.ok()) return metrics.take_error();
  w->collection_metrics = metrics.value() == "SIZE";
  DDB_TRY(CheckLegacyParameters(v));
  auto condition = ReadCondition(v, "ConditionExpression", ExpressionKind::kCondition, ctx);
  if (!condition.ok()) return condition.take_error();
  w->condition = std::move(condition.value());
  return OkStatus();
}

// Reads a write request in DynamoDB's validation order: the shared members, the Item or Key
// member (into *member), the operation's own expression (compile_extra, compiled before the
// unused-placeholder check). The table and key are resolved by the typed operation afterwards.
template <typename CompileExtra>
Status ReadWrite(const json& request, bool full_return_values, std::string_view member_name, WriteMembers* w,
                 Item* member, CompileExtra compile_extra) {
  RequestView v(request);
  auto ctx = ReadExpressionContext(v);
  if (!ctx.ok()) return ctx.take_error();
  DDB_TRY(ReadWriteCommon(v, full_return_values, ctx.value(), w));
  auto decoded = ReadItemMember(v, member_name);
  if (!decoded.ok()) return decoded.take_error();
  *member = std::move(decoded.value());
  DDB_TRY(compile_extra(v, ctx.value()));
  return ctx->CheckAllUsed();
}

Status NoExtraExpression(const RequestView&, ExpressionContext&) { return OkStatus(); }

// The table and key a write names, once the request itself is valid.
struct WriteTarget {
  Table* table = nullptr;
  PrimaryKey key;
};

enum class KeySource { kItem, kKeyMember };

Result<WriteTarget> ResolveWrite(EngineState& s, const std::string& table_name, const Item& member, KeySource source) {
  auto table = FindTableForData(s, table_name);
  if (!table.ok()) return table.take_error();
  // The key is checked as a view and copied once, straight into the target.
  auto key = source == KeySource::kItem ? KeyRefFromItem(table.value()->def(), member)
                                        : KeyRefFromKeyMap(table.value()->def(), member);
  if (!key.ok()) return key.take_error();
  return WriteTarget{table.value(), OwnedKey(key.value())};
}

// A failed condition still consumes write capacity (Developer Guide, "Conditional writes"): the
// size of the existing item (at least 1 WCU; 1 WCU when there is none). The error carries the
// current item when ReturnValuesOnConditionCheckFailure=ALL_OLD.
ApiError ConditionFailed(EngineState& s, const WriteTarget& w, bool old_on_failure, const StoredItem* old,
                         uint64_t new_size) {
  Table& t = *w.table;
  const int64_t units = WriteUnits(old ? std::max(old->size, new_size) : 0);
  if (auto charged = ChargeOne(s, t, Direction::kWrite, w.key, static_cast<double>(units)); !charged.ok()) {
    return charged.take_error();  // throttled before the condition mattered
  }
  s.Emit(EventKind::kConditionFailed, t.def().name, t.PartitionIdFor(w.key), w.key.hash, 0, units);
  ApiError err = ApiError::ConditionalCheckFailed();
  if (old_on_failure && old) err.extra = json{{"Item", EncodeItem(old->item)}};
  return err;
}

// Stores the new image of a Put or Update, charged by the larger of the old and new item
// (Developer Guide: writes are sized by the larger image), and records the write. A throttled
// write changes nothing.
// Secondary indexes (index/index_writes.h): the index writes are planned first, the GSIs must be
// able to take them (back-pressure) and the item collection must fit; LSI writes are charged to
// the table with the item, GSI writes to the indexes as they apply. The total includes both.
// A stored write moves w.key into the table: the caller is done with the target.
Result<Consumed> StoreNewImage(EngineState& s, WriteTarget& w, const StoredItem* old, Item item, uint64_t size) {
  Table& t = *w.table;
  const int64_t table_units = WriteUnits(std::max<uint64_t>(size, old ? old->size : 0));
  IndexWritePlan plan = PlanIndexWrites(t, w.key, old ? &old->item : nullptr, old ? old->size : 0, &item, size);
  DDB_TRY(AdmitIndexWrites(s, t, w.key, plan));
  const int64_t charged = table_units + plan.local_units;
  DDB_TRY(ChargeOne(s, t, Direction::kWrite, w.key, static_cast<double>(charged)));
  RecordIndexWriteCharges(s, t, table_units, plan);
  const Consumed consumed{0, charged + plan.global_units};
  CommitPut(s, t, std::move(w.key), std::move(item), size, charged, &plan);
  return consumed;
}

// ConsumedCapacity with the per-index split of the request just executed, and the item
// collection's size for ReturnItemCollectionMetrics=SIZE (tables with an LSI only).
void AddWriteMetadata(EngineState& s, json& response, const WriteMembers& w, const Consumed& consumed, const Item& key_source) {
  AddConsumedCapacity(response, w.detail, w.table_name, consumed, &s.index_charges);
  if (!w.collection_metrics) return;
  auto it = s.tables.find(w.table_name);
  if (it == s.tables.end()) return;
  auto key = KeyFromItem(it->second->def(), key_source);
  if (!key.ok()) return;
  json metrics = ItemCollectionMetricsJson(*it->second, key.value());
  if (!metrics.is_null()) response["ItemCollectionMetrics"] = std::move(metrics);
}

json WriteResponse(EngineState& s, const WriteOutput& out, const WriteMembers& w, const Item& key_source) {
  json response = json::object();
  if (out.attributes) response["Attributes"] = EncodeItem(*out.attributes);
  AddWriteMetadata(s, response, w, out.consumed, key_source);
  return response;
}

}  // namespace

Result<WriteOutput> ExecutePutItem(EngineState& s, PutItemInput&& in) {
  auto target = ResolveWrite(s, in.table_name, in.item, KeySource::kItem);
  if (!target.ok()) return target.take_error();
  WriteTarget& w = target.value();
  const uint64_t size = ItemSize(in.item);
  if (size > kMaxItemBytes) return ApiError::Validation("Item size has exceeded the maximum allowed size");
  DDB_TRY(CheckIndexKeyValues(*w.table, in.item));

  const StoredItem* old = w.table->Find(w.key);
  if (!Evaluate(in.condition, ConditionSubject(old)))
    return ConditionFailed(s, w, in.return_old_on_condition_failure, old, size);
  WriteOutput out;
  if (old && in.return_values == ReturnValues::kAllOld) out.attributes = old->item;
  auto consumed = StoreNewImage(s, w, old, std::move(in.item), size);
  if (!consumed.ok()) return consumed.take_error();
  out.consumed = consumed.value();
  return out;
}

Result<json> PutItem(EngineState& s, const json& request) {
  WriteMembers w;
  PutItemInput in;
  DDB_TRY(ReadWrite(request, false, "Item", &w, &in.item, NoExtraExpression));
  in.table_name = w.table_name;
  in.condition = w.condition;
  in.return_values = w.return_values;
  in.return_old_on_condition_failure = w.old_on_failure;
  const Item key_source = w.collection_metrics ? in.item : Item();
  auto out = ExecutePutItem(s, std::move(in));
  if (!out.ok()) return out.take_error();
  return WriteResponse(s, out.value(), w, key_source);
}

Result<json> UpdateItem(EngineState& s, const json& request) {
  WriteMembers members;
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
  DDB_TRY(ReadWrite(request, true, "Key", &members, &key_map, compile_update));
  auto target = ResolveWrite(s, members.table_name, key_map, KeySource::kKeyMember);
  if (!target.ok()) return target.take_error();
  WriteTarget& w = target.value();
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
  if (!Evaluate(members.condition, ConditionSubject(old))) return ConditionFailed(s, w, members.old_on_failure, old, 0);
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
  DDB_TRY(CheckIndexKeyValues(t, outcome.new_item));

  json response = json::object();
  const Item* returned = nullptr;
  switch (members.return_values) {
    case ReturnValues::kAllOld: returned = old ? &old->item : nullptr; break;
    case ReturnValues::kAllNew: returned = &outcome.new_item; break;
    case ReturnValues::kUpdatedOld: returned = old ? &outcome.updated_old : nullptr; break;
    case ReturnValues::kUpdatedNew: returned = &outcome.updated_new; break;
    case ReturnValues::kNone: break;
  }
  if (returned && !returned->empty()) response["Attributes"] = EncodeItem(*returned);
  auto consumed = StoreNewImage(s, w, old, std::move(outcome.new_item), new_size);
  if (!consumed.ok()) return consumed.take_error();
  AddWriteMetadata(s, response, members, consumed.value(), key_map);
  return response;
}

Result<WriteOutput> ExecuteDeleteItem(EngineState& s, const DeleteItemInput& in) {
  auto target = ResolveWrite(s, in.table_name, in.key, KeySource::kKeyMember);
  if (!target.ok()) return target.take_error();
  const WriteTarget& w = target.value();
  Table& t = *w.table;
  const StoredItem* old = t.Find(w.key);
  if (!Evaluate(in.condition, ConditionSubject(old)))
    return ConditionFailed(s, w, in.return_old_on_condition_failure, old, 0);
  WriteOutput out;
  // Deleting a missing item is not an error; it costs the 1 WCU minimum (simulation choice 12).
  const int64_t table_units = WriteUnits(old ? old->size : 0);
  IndexWritePlan plan = PlanIndexWrites(t, w.key, old ? &old->item : nullptr, old ? old->size : 0, nullptr, 0);
  DDB_TRY(AdmitIndexWrites(s, t, w.key, plan));
  const int64_t charged = table_units + plan.local_units;
  DDB_TRY(ChargeOne(s, t, Direction::kWrite, w.key, static_cast<double>(charged)));
  RecordIndexWriteCharges(s, t, table_units, plan);
  out.consumed = Consumed{0, charged + plan.global_units};
  if (old) {
    if (in.return_values == ReturnValues::kAllOld) out.attributes = old->item;
    CommitDelete(s, t, w.key, charged, &plan);
  }
  return out;
}

Result<json> DeleteItem(EngineState& s, const json& request) {
  WriteMembers w;
  DeleteItemInput in;
  DDB_TRY(ReadWrite(request, false, "Key", &w, &in.key, NoExtraExpression));
  in.table_name = w.table_name;
  in.condition = w.condition;
  in.return_values = w.return_values;
  in.return_old_on_condition_failure = w.old_on_failure;
  auto out = ExecuteDeleteItem(s, in);
  if (!out.ok()) return out.take_error();
  return WriteResponse(s, out.value(), w, in.key);
}

Result<GetItemOutput> ExecuteGetItem(EngineState& s, const GetItemInput& in) {
  auto table = FindTableForData(s, in.table_name);
  if (!table.ok()) return table.take_error();
  Table& t = *table.value();
  auto key = KeyRefFromKeyMap(t.def(), in.key);  // a view into in.key: a read copies no key values
  if (!key.ok()) return key.take_error();

  const StoredItem* found = t.Find(key.value());
  // A read of a missing item still costs the minimum (one 4 KB block); a projection does not
  // reduce the charge.
  GetItemOutput out;
  out.consumed = Consumed{ReadHalfUnits(found ? found->size : 0, in.consistent_read), 0};
  if (found) out.item = &found->item;
  // One partition lookup serves the charge and the event (a charge never moves partitions).
  const size_t part = t.PartitionIndexFor(key.value());
  DDB_TRY(ChargeOneAt(s, t, Direction::kRead, part, key.value(), out.consumed.read_capacity_units()));
  s.Emit(EventKind::kItemRead, t.def().name, t.partitions()[part].id, key->hash, out.consumed.read_half_units, 0,
         found ? "" : "not found");
  return out;
}

namespace {

// A GetItem answer, written to either door by WriteResponse.
struct GetItemResponse {
  GetItemOutput out;
  Projection projection;
  CapacityDetail detail = CapacityDetail::kNone;
  std::string table_name;
};

// Members in key order (json_out.h): ConsumedCapacity, Item.
template <class Out>
void WriteResponse(Out& out, const GetItemResponse& r) {
  out.BeginObject();
  WriteConsumedCapacity(out, r.detail, r.table_name, r.out.consumed);
  if (r.out.item) {
    out.Key("Item");
    WriteProjected(out, r.projection, *r.out.item);
  }
  out.EndObject();
}

Result<GetItemResponse> RunGetItem(EngineState& s, const json& request) {
  RequestView v(request);
  auto name = v.RequiredString("TableName");
  if (!name.ok()) return name.take_error();
  GetItemInput in;
  in.table_name = name.value();
  auto key_map = ReadItemMember(v, "Key");
  if (!key_map.ok()) return key_map.take_error();
  in.key = std::move(key_map.value());
  auto consistent = v.Bool("ConsistentRead");
  if (!consistent.ok()) return consistent.take_error();
  in.consistent_read = consistent.value().value_or(false);
  auto detail = ReadCapacityDetail(v);
  if (!detail.ok()) return detail.take_error();
  DDB_TRY(CheckLegacyParameters(v));
  auto ctx = ReadExpressionContext(v);
  if (!ctx.ok()) return ctx.take_error();
  auto projection = ReadProjection(v, ctx.value());
  if (!projection.ok()) return projection.take_error();
  DDB_TRY(ctx->CheckAllUsed());

  auto out = ExecuteGetItem(s, in);
  if (!out.ok()) return out.take_error();
  return GetItemResponse{out.value(), std::move(projection.value()), detail.value(), std::move(in.table_name)};
}

}  // namespace

Result<json> GetItem(EngineState& s, const json& request) { return RespondJson(RunGetItem(s, request)); }
Status GetItemText(EngineState& s, const json& request, std::string* text) {
  return RespondText(RunGetItem(s, request), text);
}

}  // namespace ddb
