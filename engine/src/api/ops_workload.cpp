// ddbviz extension operations that drive a table with synthetic traffic: StartWorkload,
// StopWorkload, ListWorkloads. A running workload is a task on the virtual clock: every step it
// asks its generator (sim/workload_generator.h) for the requests due and sends them through the
// typed door, exactly like a client would, so they are charged, throttled and recorded like any
// other request.
#include "api/ops.h"
#include "api/request.h"
#include "ddb/item_size.h"
#include "index/secondary_index.h"

namespace ddb {
namespace {

constexpr int64_t kStepMs = 10;  // requests due within a step are sent together at its end

const char* StatusName(RunningWorkload::Status s) {
  switch (s) {
    case RunningWorkload::Status::kRunning: return "RUNNING";
    case RunningWorkload::Status::kStopped: return "STOPPED";
    case RunningWorkload::Status::kFinished: return "FINISHED";
  }
  return "RUNNING";
}

// The sort key a generated request names: its number, as an N or its decimal text as an S.
// (A B sort key takes the text's bytes.)
AttributeValue SortKeyValue(const KeyElement& range_key, uint32_t sort_key) {
  if (range_key.type == ValueType::kN) return AttributeValue(Number::FromInt(sort_key));
  if (range_key.type == ValueType::kB) return AttributeValue(Binary{std::to_string(sort_key)});
  return AttributeValue(std::to_string(sort_key));
}

// Value number k of a workload's IndexAttribute: "<name>#<k>" as a string (or its bytes), or k.
AttributeValue IndexAttributeValue(const IndexAttributeSpec& a, ValueType type, uint32_t k) {
  if (type == ValueType::kN) return AttributeValue(Number::FromInt(k));
  std::string text = a.name + "#" + std::to_string(k);
  if (type == ValueType::kB) return AttributeValue(Binary{std::move(text)});
  return AttributeValue(std::move(text));
}

// The item a generated write stores: the key (and the IndexAttribute, if any), plus a padding
// attribute bringing it to the requested size (item sizes per the Developer Guide: names and
// values in bytes).
Item MakeItem(const TableDefinition& d, const RunningWorkload& w, const GeneratedRequest& g) {
  Item item;
  item.reserve(4);  // keys, index attribute, payload: one allocation
  // Each value is built in place (emplace), not default-made and then assigned: a workload
  // builds millions of items.
  item.emplace(d.hash_key.name, AttributeValue(g.partition_key));
  if (d.range_key) item.emplace(d.range_key->name, SortKeyValue(*d.range_key, g.sort_key));
  if (const auto& a = w.generator.spec().index_attribute; a && g.index_value)
    item.emplace(a->name, IndexAttributeValue(*a, w.index_attribute_type, g.index_value));
  const uint64_t base = ItemSize(item) + 7;  // + the name "payload"
  const uint64_t pad = g.item_bytes > base + 1 ? g.item_bytes - base : 1;
  item.emplace("payload", AttributeValue(std::string(pad, 'x')));
  return item;
}

// The Key of a generated read, rebuilt in place: the map keeps its storage from one read to the
// next and only the partition-key string changes (a workload sends millions of reads), and the
// sort key only when it names another one than the read before (`*sort_key`: the one in `key`,
// -1 when none is).
void SetReadKey(const TableDefinition& d, const GeneratedRequest& g, Item* key, int64_t* sort_key) {
  auto hash = key->find(d.hash_key.name);
  const size_t attributes = d.range_key ? 2 : 1;
  auto range = d.range_key ? key->find(d.range_key->name) : key->end();
  if (hash == key->end() || key->size() != attributes || !hash->second.is(ValueType::kS) ||
      (d.range_key && (range == key->end() || !range->second.is(d.range_key->type)))) {
    // First read, or the table was re-created under the same name with another key schema.
    key->clear();
    hash = key->emplace(d.hash_key.name, AttributeValue(std::string())).first;
    *sort_key = -1;
  }
  std::get<std::string>(hash->second.v) = g.partition_key;
  if (d.range_key && *sort_key != g.sort_key) {
    (*key)[d.range_key->name] = SortKeyValue(*d.range_key, g.sort_key);
    *sort_key = g.sort_key;
  }
}

// Sends one generated request to `table` (which the caller has just found).
void Send(EngineState& s, RunningWorkload& w, const Table& table, const GeneratedRequest& g) {
  const TableDefinition& d = table.def();
  bool ok = false;
  ErrorType error = ErrorType::kInternal;
  if (g.is_read) {
    w.read.table_name = d.name;
    w.read.consistent_read = g.consistent;
    SetReadKey(d, g, &w.read.key, &w.read_sort_key);
    auto r = ExecuteGetItem(s, w.read);
    ok = r.ok();
    if (!ok) error = r.error().type;
  } else {
    PutItemInput in;
    in.table_name = d.name;
    in.item = MakeItem(d, w, g);
    auto r = ExecutePutItem(s, std::move(in));
    ok = r.ok();
    if (!ok) error = r.error().type;
  }
  ++w.sent;
  if (!ok) {
    if (error == ErrorType::kProvisionedThroughputExceeded || error == ErrorType::kThrottling) ++w.throttled;
    else ++w.failed;
  }
}

void Finish(EngineState& s, RunningWorkload& w, RunningWorkload::Status status, const std::string& why) {
  w.status = status;
  s.Emit(EventKind::kWorkload, w.generator.spec().table_name, -1, 0, 0, 0, w.generator.spec().workload_name + " " + why);
}

void ScheduleStep(EngineState& s, const std::string& name) {
  s.scheduler.After(kStepMs, [&s, name] {
    auto it = s.workloads.find(name);
    if (it == s.workloads.end() || it->second->status != RunningWorkload::Status::kRunning) return;
    RunningWorkload& w = *it->second;
    const int64_t now = s.now_ms();
    auto table = s.tables.find(w.generator.spec().table_name);
    if (table == s.tables.end()) {
      Finish(s, w, RunningWorkload::Status::kStopped, "stopped: its table is gone");
      return;
    }
    s.workload_batch.clear();
    w.generator.Generate(w.generated_until_ms, now, &s.workload_batch);
    w.generated_until_ms = now;
    // Requests never create or delete tables, so the table stays valid through the batch.
    for (const GeneratedRequest& g : s.workload_batch) Send(s, w, *table->second, g);
    if (w.generator.finished(now)) {
      Finish(s, w, RunningWorkload::Status::kFinished, "finished");
      return;
    }
    ScheduleStep(s, name);
  });
}

}  // namespace

Result<json> StartWorkload(EngineState& s, const json& request) {
  auto spec = ParseWorkloadSpec(request);
  if (!spec.ok()) return spec.take_error();
  auto table = FindTableForData(s, spec->table_name);
  if (!table.ok()) return table.take_error();
  const TableDefinition& d = table.value()->def();
  if (d.hash_key.type != ValueType::kS) {
    return ApiError::Validation("Workloads generate string partition keys; the partition key of table " + d.name +
                                " is of type " + std::string(ValueTypeName(d.hash_key.type)));
  }
  ValueType index_attribute_type = ValueType::kS;
  if (const auto& a = spec->index_attribute) {
    if (a->name == d.hash_key.name || (d.range_key && a->name == d.range_key->name)) {
      return ApiError::Validation("IndexAttribute.Name must not be a key attribute of table " + d.name + " (" + a->name +
                                  " is)");
    }
    if (const TableIndexes* indexes = table.value()->indexes()) {
      for (const auto& index : indexes->all()) {
        const IndexDefinition& x = index->def();
        if (x.hash_key.name == a->name) index_attribute_type = x.hash_key.type;
        else if (x.range_key && x.range_key->name == a->name) index_attribute_type = x.range_key->type;
      }
    }
  }
  const std::string name = spec->workload_name;
  auto existing = s.workloads.find(name);
  if (existing != s.workloads.end() && existing->second->status == RunningWorkload::Status::kRunning) {
    return ApiError::InUse("Workload " + name + " is already running; stop it first");
  }
  const uint64_t seed = s.workload_rng.Next();
  auto w = std::make_unique<RunningWorkload>(RunningWorkload{WorkloadGenerator(std::move(spec.value()), seed, s.now_ms())});
  w->generated_until_ms = s.now_ms();
  w->index_attribute_type = index_attribute_type;
  s.workloads[name] = std::move(w);
  s.Emit(EventKind::kWorkload, d.name, -1, 0, 0, 0, name + " started");
  ScheduleStep(s, name);
  return json{{"WorkloadName", name}, {"TableName", d.name}, {"Status", "RUNNING"}};
}

Result<json> StopWorkload(EngineState& s, const json& request) {
  RequestView v(request);
  auto name = v.RequiredString("WorkloadName");
  if (!name.ok()) return name.take_error();
  auto it = s.workloads.find(name.value());
  if (it == s.workloads.end()) return ApiError::NotFound("Requested resource not found: Workload: " + name.value() + " not found");
  RunningWorkload& w = *it->second;
  if (w.status == RunningWorkload::Status::kRunning) Finish(s, w, RunningWorkload::Status::kStopped, "stopped");
  return json{{"WorkloadName", name.value()}, {"Status", StatusName(w.status)}};
}

Result<json> ListWorkloads(EngineState& s, const json&) {
  json list = json::array();
  for (const auto& [name, w] : s.workloads) {
    const bool running = w->status == RunningWorkload::Status::kRunning;
    list.push_back({{"WorkloadName", name},
                    {"TableName", w->generator.spec().table_name},
                    {"Status", StatusName(w->status)},
                    {"RequestsSent", w->sent},
                    {"Throttled", w->throttled},
                    {"Failed", w->failed},
                    {"RequestsPerSecond", running ? w->generator.RateAt(s.now_ms()) : 0.0}});
  }
  return json{{"Workloads", list}};
}

}  // namespace ddb
