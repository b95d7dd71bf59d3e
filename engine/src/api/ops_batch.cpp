// BatchGetItem and BatchWriteItem (dynamodb-model §3.5). The whole batch is validated first; then
// each get or write is an independent single-item operation (a batch is not atomic), charged per
// item, rounded per item, and summed per table in a ConsumedCapacity list.
#include "api/consumed_capacity.h"
#include "api/item_commit.h"
#include "api/keys.h"
#include "api/ops.h"
#include "api/request.h"
#include "api/request_expressions.h"
#include "capacity/admission.h"
#include "capacity/units.h"
#include "ddb/codec.h"
#include "ddb/item_size.h"
#include "index/index_entry.h"
#include "index/index_writes.h"

#include <map>
#include <set>

namespace ddb {
namespace {

constexpr size_t kMaxBatchGetKeys = 100;
constexpr size_t kMaxBatchWrites = 25;
// "BatchGetItem returns a partial result if the response size limit is exceeded", 16 MB. The API
// reference's example, 100 items of 300 KB of which 52 are returned, fits a decimal 16,000,000
// bytes (52 x 307,200 = 15,974,400; 53 would be 16,281,600).
constexpr uint64_t kMaxBatchGetBytes = 16'000'000;

ApiError DuplicateKeys() { return ApiError::Validation("Provided list of item keys contains duplicates"); }

}  // namespace

Result<json> BatchGetItem(EngineState& s, const json& request) {
  RequestView v(request);
  auto detail = ReadCapacityDetail(v);
  if (!detail.ok()) return detail.take_error();
  auto request_items = v.Object("RequestItems");
  if (!request_items.ok()) return request_items.take_error();
  if (!request_items.value()) return ConstraintError("RequestItems", "null", "Member must not be null");
  if (request_items.value()->empty())
    return ConstraintError("RequestItems", "{}", "Member must have length greater than or equal to 1");

  struct TableGets {
    Table* table;
    std::vector<PrimaryKey> keys;
    bool consistent;
    Projection projection;
    const json* request = nullptr;  // this table's KeysAndAttributes, for UnprocessedKeys
  };
  std::vector<TableGets> gets;
  size_t total_keys = 0;
  for (auto it = request_items.value()->begin(); it != request_items.value()->end(); ++it) {
    if (!it->is_object()) return SerializationError("a KeysAndAttributes structure", *it);
    RequestView tv(*it);
    auto keys = tv.Array("Keys");
    if (!keys.ok()) return keys.take_error();
    if (!keys.value() || keys.value()->empty())
      return ConstraintError("RequestItems." + it.key() + ".member.keys", "null", "Member must have length greater than or equal to 1");
    total_keys += keys.value()->size();
    if (total_keys > kMaxBatchGetKeys) return ApiError::Validation("Too many items requested for the BatchGetItem call");
    auto consistent = tv.Bool("ConsistentRead");
    if (!consistent.ok()) return consistent.take_error();
    DDB_TRY(CheckLegacyParameters(tv));
    auto ctx = ReadExpressionContext(tv);
    if (!ctx.ok()) return ctx.take_error();
    auto projection = ReadProjection(tv, ctx.value());
    if (!projection.ok()) return projection.take_error();
    DDB_TRY(ctx->CheckAllUsed());
    auto table = FindTableForData(s, it.key());
    if (!table.ok()) return table.take_error();
    TableGets g{table.value(), {}, consistent.value().value_or(false), std::move(projection.value()), &*it};
    std::set<PrimaryKey, PrimaryKeyLess> seen;
    for (const json& k : *keys.value()) {
      auto decoded = DecodeItem(k);
      if (!decoded.ok()) return decoded.take_error();
      auto key = KeyFromKeyMap(g.table->def(), decoded.value());
      if (!key.ok()) return key.take_error();
      if (!seen.insert(key.value()).second) return DuplicateKeys();
      g.keys.push_back(std::move(key.value()));
    }
    gets.push_back(std::move(g));
  }

  json responses = json::object();
  json unprocessed = json::object();
  json consumed_list = json::array();
  ApiError throttle;
  size_t processed = 0;
  bool throttled = false;
  uint64_t returned_bytes = 0;
  for (TableGets& g : gets) {
    Table& t = *g.table;
    json found = json::array();
    Consumed consumed;
    for (size_t i = 0; i < g.keys.size(); ++i) {
      const PrimaryKey& key = g.keys[i];
      const StoredItem* item = t.Find(key);
      // Each item is rounded up to 4 KB on its own; a missing item still costs the minimum.
      const int64_t half = ReadHalfUnits(item ? item->size : 0, g.consistent);
      // A key over the response limit or throttled comes back in UnprocessedKeys with its
      // table's other parameters.
      const bool too_big = item && returned_bytes + item->size > kMaxBatchGetBytes;
      Status charged = too_big ? Status(OkStatus())
                               : ChargeOne(s, t, Direction::kRead, key, static_cast<double>(half) / 2.0);
      if (too_big || !charged.ok()) {
        if (!too_big) {
          throttle = charged.take_error();
          throttled = true;
        }
        json& entry = unprocessed[t.def().name];
        if (entry.is_null()) {
          entry = *g.request;
          entry["Keys"] = json::array();
        }
        entry["Keys"].push_back((*g.request)["Keys"][i]);
        continue;
      }
      ++processed;
      if (item) returned_bytes += item->size;
      consumed.read_half_units += half;
      if (item) found.push_back(EncodeProjected(g.projection, item->item));
      s.Emit(EventKind::kItemRead, t.def().name, t.PartitionIdFor(key), key.hash, half, 0,
             item ? "" : "not found");
    }
    responses[t.def().name] = std::move(found);
    if (detail.value() != CapacityDetail::kNone) consumed_list.push_back(ConsumedCapacityJson(detail.value(), t.def().name, consumed));
  }
  // "If none of the items can be processed due to insufficient provisioned throughput", the whole
  // call fails with the throttling error.
  if (processed == 0 && throttled) return throttle;
  json response = {{"Responses", responses}, {"UnprocessedKeys", unprocessed}};
  if (detail.value() != CapacityDetail::kNone) response["ConsumedCapacity"] = consumed_list;
  return response;
}

Result<json> BatchWriteItem(EngineState& s, const json& request) {
  RequestView v(request);
  auto detail = ReadCapacityDetail(v);
  if (!detail.ok()) return detail.take_error();
  auto metrics = v.Enum("ReturnItemCollectionMetrics", {"SIZE", "NONE"}, "NONE");
  if (!metrics.ok()) return metrics.take_error();
  auto request_items = v.Object("RequestItems");
  if (!request_items.ok()) return request_items.take_error();
  if (!request_items.value()) return ConstraintError("RequestItems", "null", "Member must not be null");
  if (request_items.value()->empty())
    return ConstraintError("RequestItems", "{}", "Member must have length greater than or equal to 1");

  struct Write {
    Table* table;
    PrimaryKey key;
    std::optional<Item> put;  // nullopt: a delete
    uint64_t size = 0;
    const json* request = nullptr;  // the WriteRequest, for UnprocessedItems
  };
  std::vector<Write> writes;
  for (auto it = request_items.value()->begin(); it != request_items.value()->end(); ++it) {
    if (!it->is_array()) return SerializationError("a List of WriteRequest", *it);
    if (it->empty())
      return ConstraintError("RequestItems", "{" + it.key() + "=[]}", "Member must have length greater than or equal to 1");
    auto table = FindTableForData(s, it.key());
    if (!table.ok()) return table.take_error();
    std::set<PrimaryKey, PrimaryKeyLess> seen;
    for (const json& wr : *it) {
      if (writes.size() >= kMaxBatchWrites) return ApiError::Validation("Too many items requested for the BatchWriteItem call");
      if (!wr.is_object()) return SerializationError("a WriteRequest structure", wr);
      const bool has_put = wr.contains("PutRequest"), has_delete = wr.contains("DeleteRequest");
      if (has_put == has_delete) {
        return ApiError::Validation("Supplied AttributeValue has more than one datatypes set, must contain exactly one of "
                                    "the supported datatypes");
      }
      Write w{table.value(), {}, std::nullopt, 0, &wr};
      if (has_put) {
        const json& put = wr["PutRequest"];
        if (!put.is_object() || !put.contains("Item")) return ConstraintError("PutRequest.item", "null", "Member must not be null");
        auto item = DecodeItem(put["Item"]);
        if (!item.ok()) return item.take_error();
        auto key = KeyFromItem(w.table->def(), item.value());
        if (!key.ok()) return key.take_error();
        w.size = ItemSize(item.value());
        if (w.size > kMaxItemBytes) return ApiError::Validation("Item size has exceeded the maximum allowed size");
        DDB_TRY(CheckIndexKeyValues(*w.table, item.value()));
        w.key = key.value();
        w.put = std::move(item.value());
      } else {
        const json& del = wr["DeleteRequest"];
        if (!del.is_object() || !del.contains("Key")) return ConstraintError("DeleteRequest.key", "null", "Member must not be null");
        auto key_map = DecodeItem(del["Key"]);
        if (!key_map.ok()) return key_map.take_error();
        auto key = KeyFromKeyMap(w.table->def(), key_map.value());
        if (!key.ok()) return key.take_error();
        w.key = key.value();
      }
      if (!seen.insert(w.key).second) return DuplicateKeys();
      writes.push_back(std::move(w));
    }
  }

  // Apply in request order; consumed capacity per table in table-name order.
  std::map<std::string, Consumed> consumed_by_table;
  std::map<std::string, IndexCharges> index_charges_by_table;
  std::map<std::string, json> collection_metrics;  // table -> list (tables with an LSI)
  json unprocessed = json::object();
  ApiError throttle;
  size_t processed = 0;
  for (Write& w : writes) {
    Table& t = *w.table;
    const StoredItem* old = t.Find(w.key);
    const int64_t units = w.put ? WriteUnits(std::max<uint64_t>(w.size, old ? old->size : 0)) : WriteUnits(old ? old->size : 0);
    // --- Secondary indexes: planned, admitted (GSI back-pressure, collection size), LSI writes
    // charged with the item (index/index_writes.h).
    IndexWritePlan plan = PlanIndexWrites(t, w.key, old ? &old->item : nullptr, old ? old->size : 0,
                                          w.put ? &*w.put : nullptr, w.put ? w.size : 0);
    Status admitted = AdmitIndexWrites(s, t, w.key, plan);
    if (admitted.ok()) admitted = ChargeOne(s, t, Direction::kWrite, w.key, static_cast<double>(units + plan.local_units));
    if (!admitted.ok()) {
      throttle = admitted.take_error();
      unprocessed[t.def().name].push_back(*w.request);
      continue;
    }
    ++processed;
    RecordIndexWriteCharges(s, t, units, plan);
    index_charges_by_table[t.def().name].Merge(s.index_charges);
    Consumed& c = consumed_by_table[t.def().name];
    c.write_units += units + plan.local_units + plan.global_units;
    if (w.put) {
      CommitPut(s, t, PrimaryKey(w.key), std::move(*w.put), w.size, units + plan.local_units, &plan);  // w.key is used below
    } else {
      CommitDelete(s, t, w.key, units + plan.local_units, &plan);
    }
    if (metrics.value() == "SIZE") {
      json m = ItemCollectionMetricsJson(t, w.key);
      if (!m.is_null()) collection_metrics[t.def().name].push_back(std::move(m));
    }
  }
  if (processed == 0 && !unprocessed.empty()) return throttle;
  json response = {{"UnprocessedItems", unprocessed}};
  if (detail.value() != CapacityDetail::kNone) {
    json list = json::array();
    for (const auto& [name, c] : consumed_by_table) {
      list.push_back(ConsumedCapacityJson(detail.value(), name, c, &index_charges_by_table[name]));
    }
    response["ConsumedCapacity"] = list;
  }
  if (!collection_metrics.empty()) {
    json by_table = json::object();
    for (auto& [name, list] : collection_metrics) by_table[name] = std::move(list);
    response["ItemCollectionMetrics"] = std::move(by_table);
  }
  return response;
}

}  // namespace ddb
