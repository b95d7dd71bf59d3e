// Engine: the public face of the simulation. Dispatches requests to the operation handlers and
// exposes the clock, the event log and read-only snapshots.
#include "ddb/engine.h"

#include "api/engine_state.h"
#include "api/json_in.h"
#include "api/ops.h"
#include "ddb/codec.h"
#include "stream/stream_snapshot.h"
#include "value/key_encoding.h"
#include "api/partition_view.h"
#include "index/index_snapshot.h"

namespace ddb {
namespace {

// 64-bit hashes as 16 hex digits: JSON numbers above 2^53 lose precision in JavaScript.
std::string Hex64(uint64_t v) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<size_t>(i)] = kDigits[v & 0xf];
  return out;
}

}  // namespace

struct Engine::Impl : EngineState {
  using EngineState::EngineState;
};

Engine::Engine(EngineOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Engine::~Engine() = default;

Result<json> Engine::Handle(std::string_view operation, const json& request) {
  OpHandler handler = FindOperation(operation);
  if (!handler) {
    return ApiError{ErrorType::kUnknownOperation,
                    "Unknown operation: " + std::string(operation) + " (ddbviz has no such DynamoDB operation)", {}};
  }
  if (!request.is_object()) {
    return ApiError{ErrorType::kSerialization, "The request body must be a JSON object", {}};
  }
  return handler(*impl_, request);
}

// The first allocation of a text response: a GetItem's fits, a Query page of small items nearly.
constexpr size_t kResponseReserve = 1024;

Result<std::string> Engine::HandleText(std::string_view operation, std::string_view request_text) {
  json request;
  // Dismantled from the inside out on every way out of here (json_in.h says why).
  struct Release {
    json& request;
    ~Release() { ReleaseJson(request); }
  } release{request};
  if (!ParseJsonText(request_text, &request)) {
    return ApiError{ErrorType::kSerialization, "The request body is not valid JSON", {}};
  }
  // The hot reads write their text directly (api/respond.h); the rest dump their DOM.
  if (TextHandler write_text = FindTextOperation(operation); write_text && request.is_object()) {
    std::string text;
    text.reserve(kResponseReserve);  // a page of items would otherwise grow it a doubling at a time
    DDB_TRY(write_text(*impl_, request, &text));
    return text;
  }
  auto response = Handle(operation, request);
  if (!response.ok()) return response.take_error();
  return response.value().dump(-1, ' ', false, json::error_handler_t::replace);
}

Result<WriteOutput> Engine::PutItem(PutItemInput&& input) { return ExecutePutItem(*impl_, std::move(input)); }
Result<WriteOutput> Engine::DeleteItem(const DeleteItemInput& input) { return ExecuteDeleteItem(*impl_, input); }
Result<GetItemOutput> Engine::GetItem(const GetItemInput& input) { return ExecuteGetItem(*impl_, input); }
Result<QueryOutput> Engine::Query(const QueryInput& input) { return ExecuteQuery(*impl_, input); }

int64_t Engine::now_ms() const { return impl_->now_ms(); }
void Engine::AdvanceClock(int64_t ms) { impl_->scheduler.Advance(ms); }
const EventLog& Engine::events() const { return impl_->events; }
const EngineOptions& Engine::options() const { return impl_->options; }

uint64_t Engine::HashKey(const AttributeValue& partition_key_value) {
  return HashPartitionKey(partition_key_value);
}

std::vector<std::string> Engine::TableNames() const {
  std::vector<std::string> names;
  for (const auto& [name, table] : impl_->tables) names.push_back(name);
  return names;
}

bool Engine::SnapshotTable(std::string_view name, TableSnapshot* out) const {
  auto it = impl_->tables.find(name);
  if (it == impl_->tables.end()) return false;
  const Table& t = *it->second;
  const TableDefinition& d = t.def();
  out->name = d.name;
  out->status = TableStatusName(t.status());
  out->billing_mode = BillingModeName(d.billing);
  out->profile = std::string(d.profile->name);
  out->partition_key = d.hash_key.name;
  out->sort_key = d.range_key ? d.range_key->name : "";
  out->read_capacity = d.read_capacity;
  out->write_capacity = d.write_capacity;
  out->item_count = t.item_count();
  out->size_bytes = t.size_bytes();
  out->partitions.clear();
  for (const Partition& p : t.partitions()) out->partitions.push_back(SnapshotPartition(p));
  SnapshotIndexes(t, out);  // --- Secondary indexes
  return true;
}

namespace {

void FillSeries(const MetricRing<MetricSample>& history, const PartitionHistory* partition_history, int64_t from_second,
                int64_t to_second, MetricSeries* out) {
  *out = MetricSeries{};
  history.ForRange(from_second, to_second, [&](const MetricSample& m) { out->table.push_back(m); });
  if (!partition_history) return;
  for (const auto& [id, ring] : *partition_history) {
    std::vector<MetricSample> samples;
    ring.ForRange(from_second, to_second, [&](const PartitionSample& p) { samples.push_back(p.Expand()); });
    if (!samples.empty()) out->partitions.emplace_back(id, std::move(samples));
  }
}

}  // namespace

bool Engine::Metrics(std::string_view name, int64_t from_second, int64_t to_second, MetricSeries* out,
                     bool include_partitions) const {
  auto it = impl_->tables.find(name);
  if (it == impl_->tables.end()) return false;
  const TableCapacity& c = it->second->capacity();
  FillSeries(c.history, include_partitions ? &c.partition_history : nullptr, from_second, to_second, out);
  return true;
}

bool Engine::IndexMetrics(std::string_view table, std::string_view index, int64_t from_second, int64_t to_second,
                          MetricSeries* out, bool include_partitions) const {
  auto it = impl_->tables.find(table);
  if (it == impl_->tables.end()) return false;
  auto gsi = FindOwnPartitionsIndex(*it->second, std::string(index), "");
  if (!gsi.ok()) return false;
  const SecondaryIndex& g = *gsi.value();
  FillSeries(g.history, include_partitions ? &g.partition_history : nullptr, from_second, to_second, out);
  return true;
}

bool Engine::SnapshotStream(std::string_view table, StreamSnapshot* out, size_t recent_per_shard, bool images) const {
  return SnapshotStreamOf(*impl_, table, out, recent_per_shard, images);  // stream/stream_snapshot.cpp
}

std::vector<ItemPoint> Engine::ItemPoints(std::string_view name) const {
  std::vector<ItemPoint> points;
  auto it = impl_->tables.find(name);
  if (it == impl_->tables.end()) return points;
  const Table& t = *it->second;
  points.reserve(t.items().size());
  size_t part = 0;
  const auto& parts = t.partitions();
  for (const auto& [key, stored] : t.items()) {
    // Items are in hash order, so the owning partition only moves forward.
    while (parts[part].hash_hi < key.hash) ++part;
    points.push_back({key.hash, parts[part].id, static_cast<uint32_t>(stored.size)});
  }
  return points;
}

json Engine::StateJson() const {
  json tables = json::array();
  for (const auto& [name, table] : impl_->tables) {
    TableSnapshot snap;
    SnapshotTable(name, &snap);
    json parts = json::array();
    for (const PartitionSnapshot& p : snap.partitions) {
      parts.push_back({{"id", p.id}, {"parent", p.parent}, {"hashLo", Hex64(p.hash_lo)}, {"hashHi", Hex64(p.hash_hi)},
                       {"itemCount", p.item_count}, {"sizeBytes", p.size_bytes}});
    }
    json items = json::array();
    for (const auto& [key, stored] : table->items()) {
      items.push_back({{"hash", Hex64(key.hash)}, {"item", EncodeItem(stored.item)}});
    }
    json indexes = json::array();
    for (const IndexSnapshot& i : snap.indexes) {
      indexes.push_back({{"name", i.name}, {"kind", i.kind}, {"status", i.status}, {"itemCount", i.item_count},
                         {"sizeBytes", i.size_bytes}, {"partitions", i.partitions.size()},
                         {"pendingUpdates", i.pending_updates}, {"lastLagMs", i.propagation_lag_ms}});
    }
    json table_state = {{"name", snap.name}, {"status", snap.status}, {"billingMode", snap.billing_mode},
                        {"partitionKey", snap.partition_key}, {"sortKey", snap.sort_key},
                        {"readCapacity", snap.read_capacity}, {"writeCapacity", snap.write_capacity},
                        {"itemCount", snap.item_count}, {"sizeBytes", snap.size_bytes},
                        {"partitions", parts}, {"indexes", indexes}, {"items", items}};
    StreamSnapshot stream;
    if (SnapshotStream(name, &stream, 0)) {
      json shards = json::array();
      for (const ShardSnapshot& sh : stream.shards) {
        shards.push_back({{"id", sh.id}, {"parent", sh.parent_id}, {"partition", sh.partition}, {"open", sh.open},
                          {"records", sh.record_count}, {"trimmed", sh.trimmed_count}, {"lastSequence", sh.last_sequence}});
      }
      table_state["stream"] = {{"viewType", stream.view_type}, {"status", stream.status}, {"shards", shards},
                               {"triggers", stream.triggers.size()}};
    }
    tables.push_back(std::move(table_state));
  }
  return {{"nowMs", now_ms()}, {"seed", impl_->options.seed}, {"profile", impl_->options.profile},
          {"eventCount", impl_->events.last_seq()}, {"tables", tables}};
}

}  // namespace ddb
