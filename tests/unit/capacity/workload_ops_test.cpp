// StartWorkload / StopWorkload / ListWorkloads: synthetic traffic through the request API.
#include "capacity_support.h"

namespace ddb::test {
namespace {

json HotKeyWorkload(const std::string& name, json sharding) {
  return {{"TableName", "Hot"},
          {"WorkloadName", name},
          {"Rate", {{"Shape", "STEADY"}, {"RequestsPerSecond", 1500}}},
          {"ItemSize", {{"Distribution", "FIXED"}, {"Bytes", 1000}}},
          {"Keys", {{"Distribution", "HOT_KEY"}, {"HotFraction", 1.0}, {"KeyCount", 10}}},
          {"Sharding", sharding},
          {"StopAfterSeconds", 60}};
}

json Workload(Engine& e, const std::string& name) {
  const json list = Call(e, "ListWorkloads", json::object());
  for (const json& w : list["Workloads"]) {
    if (w["WorkloadName"] == name) return w;
  }
  FAIL("no workload " + name);
  return {};
}

}  // namespace

TEST_CASE("Scenario: one hot key at 1,500 WCU throttles; with 10-way write sharding it does not", "[capacity]") {
  // A 4-partition table (3,000 RCU / 3,000 WCU: 750 WCU each, at most 1,000 with adaptive
  // capacity). One key cannot take more than its partition's 1,000 WCU/s. A random suffix of
  // 1..10 spreads the key's writes over 10 keys (~150 WCU/s each) and so over the partitions.
  // (A calculated suffix would not help here: it maps one logical key to one shard, which
  // spreads many keys, not one.)
  Engine e;
  CreateActive(e, KeyTableRequest("Hot", 3000, 3000));
  Call(e, "StartWorkload", HotKeyWorkload("hot", {{"Mode", "NONE"}}));
  e.AdvanceClock(61'000);
  json hot = Workload(e, "hot");
  CHECK(hot["Status"] == "FINISHED");
  CHECK(hot["RequestsSent"] == 90000);  // 1,500/s for 60 s, exactly
  CHECK(hot["Throttled"].get<int>() >= 60 * 400);

  Engine sharded;
  CreateActive(sharded, KeyTableRequest("Hot", 3000, 3000));
  Call(sharded, "StartWorkload", HotKeyWorkload("sharded", {{"Mode", "RANDOM"}, {"Shards", 10}}));
  sharded.AdvanceClock(61'000);
  json cool = Workload(sharded, "sharded");
  CHECK(cool["RequestsSent"] == 90000);
  CHECK(cool["Throttled"] == 0);
}

TEST_CASE("Workloads are validated, stoppable and replay exactly", "[capacity]") {
  Engine e;
  CreateActive(e, KeyTableRequest("Load", 0, 0));
  CHECK(CallErr(e, "StartWorkload", {{"TableName", "Nope"}, {"WorkloadName", "w"}, {"Rate", {{"Shape", "STEADY"}, {"RequestsPerSecond", 10}}}})
            .type == ErrorType::kResourceNotFound);
  CHECK(CallErr(e, "StopWorkload", {{"WorkloadName", "missing"}}).type == ErrorType::kResourceNotFound);
  const json start = {{"TableName", "Load"},
                      {"WorkloadName", "mix"},
                      {"Rate", {{"Shape", "STEADY"}, {"RequestsPerSecond", 200}}},
                      {"ReadFraction", 0.5},
                      {"Keys", {{"Distribution", "ZIPF"}, {"KeyCount", 100}, {"Skew", 1.2}}}};
  Call(e, "StartWorkload", start);
  CHECK(CallErr(e, "StartWorkload", start).type == ErrorType::kResourceInUse);
  e.AdvanceClock(5000);
  Call(e, "StopWorkload", {{"WorkloadName", "mix"}});
  const json stopped = Workload(e, "mix");
  CHECK(stopped["Status"] == "STOPPED");
  CHECK(stopped["RequestsSent"] == 1000);  // 200/s for 5 s
  e.AdvanceClock(5000);
  CHECK(Workload(e, "mix")["RequestsSent"] == 1000);

  // Same seed, same requests, same clock: the same state and events.
  Engine again;
  CreateActive(again, KeyTableRequest("Load", 0, 0));
  Call(again, "StartWorkload", start);
  again.AdvanceClock(5000);
  Call(again, "StopWorkload", {{"WorkloadName", "mix"}});
  again.AdvanceClock(5000);
  CHECK(again.events().Hash() == e.events().Hash());
  CHECK(again.StateJson() == e.StateJson());
}

}  // namespace ddb::test
