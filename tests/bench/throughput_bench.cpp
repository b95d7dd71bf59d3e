// Throughput of the request API on a table of 100k items: PutItem, GetItem and Query, through
// the typed door (Engine::PutItem/GetItem/Query, what workload generators use), the JSON-object
// door (Engine::Handle on parsed requests) and the JSON-text door (Engine::HandleText: parse,
// execute, serialize the response), as the server and console use it.
// Built natively and for wasm (run under node); tools/bench.sh prints both and the ratio.
// A benchmark, not a test: it asserts nothing about speed. An optional first argument sets the
// item count (default 100k) and an optional second one the simulated workload requests (default
// 1M), so a profiler run under callgrind can stay short.
#include "ddb/codec.h"
#include "ddb/engine.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <sys/resource.h>

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr int kDefaultItems = 100'000;

json ItemJson(int i) {
  return {{"pk", {{"S", "user#" + std::to_string(i % 10'000)}}},
          {"sk", {{"N", std::to_string(i)}}},
          {"name", {{"S", "item number " + std::to_string(i)}}},
          {"score", {{"N", std::to_string(i * 7 % 1000)}}}};
}

// Page faults taken so far (first touches of fresh memory). On some virtual machines each costs
// microseconds, so a phase that grows a table can spend more time in them than in the engine;
// the report shows them per operation to tell the two apart. (0 under wasm: no such counter.)
long PageFaults() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_minflt + usage.ru_majflt;
}

void Report(const char* name, int ops, Clock::duration elapsed, long faults) {
  const double seconds = std::chrono::duration<double>(elapsed).count();
  std::printf("bench %-22s %12.0f ops/s  (%d ops in %.3f s, %.3f page faults/op)\n", name, ops / seconds, ops,
              seconds, static_cast<double>(faults) / ops);
}

// Requests are paced in virtual time, 20 per millisecond (20,000/s), under the table's
// 40,000 RCU / 40,000 WCU, so none is throttled; the clock advances are part of the measurement,
// as they are for a workload generator.
constexpr int kRequestsPerMs = 20;

// Returns the time taken.
template <typename F>
Clock::duration Run(const char* name, int ops, ddb::Engine& engine, F&& op) {
  const long faults = PageFaults();
  const auto start = Clock::now();
  for (int i = 0; i < ops; ++i) {
    op(i);
    if (i % kRequestsPerMs == kRequestsPerMs - 1) engine.AdvanceClock(1);
  }
  const Clock::duration elapsed = Clock::now() - start;
  Report(name, ops, elapsed, PageFaults() - faults);
  return elapsed;
}

json CreateTableRequest() {
  return {{"TableName", "Bench"},
          {"AttributeDefinitions", {{{"AttributeName", "pk"}, {"AttributeType", "S"}},
                                    {{"AttributeName", "sk"}, {"AttributeType", "N"}}}},
          {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}}, {{"AttributeName", "sk"}, {"KeyType", "RANGE"}}}},
          {"ProvisionedThroughput", {{"ReadCapacityUnits", 40000}, {"WriteCapacityUnits", 40000}}}};
}

// Simulated requests per second of wall time: a workload generator (half GetItem, half 1 KB
// PutItem, uniform over 100k keys) at 900 requests/s per partition on a table provisioned with
// 1,500 RCU + 500 WCU per partition (450 WCU and 225 RCU of demand each, so nothing throttles),
// run through the engine until about a million requests were simulated.
void SimulateWorkload(int partitions, int64_t requests) {
  ddb::Engine engine;
  const std::string name = "Sim" + std::to_string(partitions);
  // ceil(1500p/3000 + 500p/1000) = p partitions.
  (void)engine.Handle("CreateTable", {{"TableName", name},
                                      {"AttributeDefinitions", {{{"AttributeName", "pk"}, {"AttributeType", "S"}}}},
                                      {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}}}},
                                      {"ProvisionedThroughput",
                                       {{"ReadCapacityUnits", 1500 * partitions}, {"WriteCapacityUnits", 500 * partitions}}}});
  engine.AdvanceClock(60'000);
  const int rate = 900 * partitions;
  const int64_t virtual_ms = std::max<int64_t>(1000, requests * 1000 / rate);
  (void)engine.Handle("StartWorkload", {{"TableName", name},
                                        {"WorkloadName", "bench"},
                                        {"Rate", {{"Shape", "STEADY"}, {"RequestsPerSecond", rate}}},
                                        {"ReadFraction", 0.5},
                                        {"Keys", {{"Distribution", "UNIFORM"}, {"KeyCount", 100'000}}}});
  const long faults = PageFaults();
  const auto start = Clock::now();
  for (int64_t t = 0; t < virtual_ms; t += 100) engine.AdvanceClock(100);
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  const long faulted = PageFaults() - faults;
  auto list = engine.Handle("ListWorkloads", json::object());
  const json& w = list.value()["Workloads"][0];
  const double sent = w["RequestsSent"].get<double>();
  char label[48];
  std::snprintf(label, sizeof label, "workload %d partitions", partitions);
  std::printf("bench %-22s %12.0f ops/s  (%.0f simulated requests, %.0f throttled, %.1f virtual s in %.3f s, "
              "%.3f page faults/request)\n",
              label, sent / seconds, sent, w["Throttled"].get<double>(), static_cast<double>(virtual_ms) / 1000.0,
              seconds, static_cast<double>(faulted) / sent);
}

// Base-table writes per second with `gsis` global secondary indexes (0, 1, 5, 20): each typed
// PutItem plans, charges and queues one update per GSI, and the clock advances apply them after
// their propagation lag. Every index is provisioned generously (40,000 WCU) so nothing is held
// back: this measures the bookkeeping, not back-pressure.
void BaseWritesWithIndexes(int gsis, int writes) {
  ddb::Engine engine;
  json request = CreateTableRequest();
  request["TableName"] = "Indexed";
  json gsi_list = json::array();
  for (int g = 0; g < gsis; ++g) {
    const std::string attr = "g" + std::to_string(g);
    request["AttributeDefinitions"].push_back({{"AttributeName", attr}, {"AttributeType", "S"}});
    gsi_list.push_back({{"IndexName", "ByG" + std::to_string(g)},
                        {"KeySchema", {{{"AttributeName", attr}, {"KeyType", "HASH"}}}},
                        {"Projection", {{"ProjectionType", "KEYS_ONLY"}}},
                        {"ProvisionedThroughput", {{"ReadCapacityUnits", 1000}, {"WriteCapacityUnits", 40000}}}});
  }
  if (gsis > 0) request["GlobalSecondaryIndexes"] = gsi_list;
  (void)engine.Handle("CreateTable", request);
  engine.AdvanceClock(60'000);
  std::vector<ddb::PutItemInput> puts(static_cast<size_t>(writes));
  for (int i = 0; i < writes; ++i) {
    json item = ItemJson(i);
    for (int g = 0; g < gsis; ++g) item["g" + std::to_string(g)] = {{"S", "v" + std::to_string((i + g) % 997)}};
    puts[i].table_name = "Indexed";
    puts[i].item = ddb::DecodeItem(item).value();
  }
  int failures = 0;
  char label[48];
  std::snprintf(label, sizeof label, "PutItem with %d GSIs", gsis);
  Run(label, writes, engine, [&](int i) { failures += !engine.PutItem(std::move(puts[i])).ok(); });
  engine.AdvanceClock(2000);  // let the last updates land
  if (failures) std::printf("bench %s failures=%d\n", label, failures);
}

}  // namespace

int main(int argc, char** argv) {
  const int items = argc > 1 ? std::max(1, std::atoi(argv[1])) : kDefaultItems;
  ddb::Engine engine;
  (void)engine.Handle("CreateTable", CreateTableRequest());
  engine.AdvanceClock(60'000);

  // Requests are built before timing so only the engine is measured.
  std::vector<json> puts;
  puts.reserve(items);
  for (int i = 0; i < items; ++i) puts.push_back({{"TableName", "Bench"}, {"Item", ItemJson(i)}});
  int failures = 0;
  Run("PutItem (json object)", items, engine, [&](int i) { failures += !engine.Handle("PutItem", puts[i]).ok(); });

  std::vector<json> gets;
  gets.reserve(items);
  for (int i = 0; i < items; ++i) {
    json item = ItemJson((i * 7919) % items);
    gets.push_back({{"TableName", "Bench"}, {"Key", {{"pk", item["pk"]}, {"sk", item["sk"]}}}});
  }
  Run("GetItem (json object)", items, engine, [&](int i) { failures += !engine.Handle("GetItem", gets[i]).ok(); });

  const int queries = std::max(1, items / 5);
  std::vector<json> query_requests;
  for (int i = 0; i < queries; ++i) {
    query_requests.push_back({{"TableName", "Bench"},
                              {"KeyConditionExpression", "pk = :p"},
                              {"ExpressionAttributeValues", {{":p", {{"S", "user#" + std::to_string(i % 10'000)}}}}}});
  }
  Run("Query (json object)", queries, engine, [&](int i) { failures += !engine.Handle("Query", query_requests[i]).ok(); });

  std::vector<std::string> put_text, get_text;
  for (int i = 0; i < items; ++i) {
    put_text.push_back(puts[i].dump());
    get_text.push_back(gets[i].dump());
  }
  size_t response_bytes = 0;
  Run("PutItem (json text)", items, engine, [&](int i) {
    auto r = engine.HandleText("PutItem", put_text[i]);
    failures += !r.ok();
    if (r.ok()) response_bytes += r.value().size();
  });
  Run("GetItem (json text)", items, engine, [&](int i) {
    auto r = engine.HandleText("GetItem", get_text[i]);
    failures += !r.ok();
    if (r.ok()) response_bytes += r.value().size();
  });
  std::vector<std::string> query_text;
  for (const json& q : query_requests) query_text.push_back(q.dump());
  Run("Query (json text)", queries, engine, [&](int i) {
    auto r = engine.HandleText("Query", query_text[i]);
    failures += !r.ok();
    if (r.ok()) response_bytes += r.value().size();
  });

  // The typed door, on a fresh engine so PutItem grows the table from empty as above.
  ddb::Engine typed;
  (void)typed.Handle("CreateTable", CreateTableRequest());
  typed.AdvanceClock(60'000);
  std::vector<ddb::PutItemInput> typed_puts(static_cast<size_t>(items));
  std::vector<ddb::GetItemInput> typed_gets(static_cast<size_t>(items));
  for (int i = 0; i < items; ++i) {
    typed_puts[i].table_name = "Bench";
    typed_puts[i].item = ddb::DecodeItem(puts[i]["Item"]).value();
    typed_gets[i].table_name = "Bench";
    typed_gets[i].key = ddb::DecodeItem(gets[i]["Key"]).value();
  }
  std::vector<ddb::QueryInput> typed_queries(static_cast<size_t>(queries));
  for (int i = 0; i < queries; ++i) {
    typed_queries[i].table_name = "Bench";
    typed_queries[i].key_condition.partition_key = "pk";
    typed_queries[i].key_condition.partition_value = ddb::AttributeValue("user#" + std::to_string(i % 10'000));
  }
  const long load_faults = PageFaults();
  const Clock::duration loading =
      Run("PutItem (typed)", items, typed, [&](int i) { failures += !typed.PutItem(std::move(typed_puts[i])).ok(); });
  // New items wait for their place in the key order until something reads the order (see
  // storage/hash_ordered_map.h), so the first Query orders all of them: the load's full cost is
  // the puts plus that Query.
  {
    const auto start = Clock::now();
    failures += !typed.Query(typed_queries[0]).ok();
    Report("PutItem (typed) ordered", items, loading + (Clock::now() - start), PageFaults() - load_faults);
  }
  Run("GetItem (typed)", items, typed, [&](int i) { failures += !typed.GetItem(typed_gets[i]).ok(); });
  size_t typed_items = 0;
  Run("Query (typed)", queries, typed, [&](int i) {
    auto r = typed.Query(typed_queries[i]);
    failures += !r.ok();
    if (r.ok()) typed_items += r->items.size();
  });
  std::printf("bench failures=%d response_bytes=%zu typed_query_items=%zu\n", failures, response_bytes, typed_items);
  for (int gsis : {0, 1, 5, 20}) BaseWritesWithIndexes(gsis, std::max(1, items / 5));
  const int64_t simulated = argc > 2 ? std::max(1000, std::atoi(argv[2])) : 1'000'000;
  for (int partitions : {1, 64, 1024}) SimulateWorkload(partitions, simulated);
  return failures == 0 ? 0 : 1;
}
