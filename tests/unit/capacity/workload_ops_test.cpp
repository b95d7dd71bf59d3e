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

TEST_CASE("A workload with SortKeyCount writes an item collection per key and heats it into a split by sort key",
          "[capacity]") {
  // Classroom profile, on demand: 4 partitions of 10 WCU. 9 writes/s of 1 KB to one partition key
  // over 20 sort keys: the collection has 20 items, and after 5 hot minutes (+ 2-5 for the split)
  // its partition divides inside it.
  EngineOptions options;
  options.profile = "classroom";
  Engine e(options);
  Call(e, "CreateTable", {{"TableName", "Feed"},
                          {"AttributeDefinitions", {{{"AttributeName", "pk"}, {"AttributeType", "S"}},
                                                    {{"AttributeName", "sk"}, {"AttributeType", "S"}}}},
                          {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}},
                                         {{"AttributeName", "sk"}, {"KeyType", "RANGE"}}}},
                          {"BillingMode", "PAY_PER_REQUEST"}});
  e.AdvanceClock(60'000);
  CHECK(CallErr(e, "StartWorkload", {{"TableName", "Feed"}, {"WorkloadName", "w"},
                                     {"Rate", {{"RequestsPerSecond", 9}}},
                                     {"Keys", {{"SortKeyCount", 0}}}})
            .type == ErrorType::kValidation);
  Call(e, "StartWorkload", {{"TableName", "Feed"},
                            {"WorkloadName", "feed"},
                            {"Rate", {{"Shape", "STEADY"}, {"RequestsPerSecond", 9}}},
                            {"Keys", {{"Distribution", "HOT_KEY"}, {"KeyCount", 1}, {"SortKeyCount", 20}}},
                            {"StopAfterSeconds", 660}});
  e.AdvanceClock(661'000);
  json w = Workload(e, "feed");
  CHECK(w["RequestsSent"] == 9 * 660);
  CHECK(w["Throttled"] == 0);
  json scan = Call(e, "Scan", {{"TableName", "Feed"}, {"Select", "COUNT"}});
  CHECK(scan["Count"] == 20);  // sort keys "0".."19" of user#1
  json parts = Call(e, "DescribePartitions", {{"TableName", "Feed"}})["Partitions"];
  REQUIRE(parts.size() == 5);
  int inside = 0;
  for (const json& p : parts) inside += p.contains("FirstKey");
  CHECK(inside == 1);
}

TEST_CASE("A workload's IndexAttribute gives every write one of ValueCount values, which a GSI on it sees",
          "[capacity][index]") {
  // Orders keyed by pk, with GSI ByStatus on a number attribute "status": the workload writes
  // status 1, 2 or 3 (numbers, as the index's key schema types it), uniformly.
  Engine e;
  Call(e, "CreateTable",
       {{"TableName", "Orders"},
        {"AttributeDefinitions", {{{"AttributeName", "pk"}, {"AttributeType", "S"}},
                                  {{"AttributeName", "status"}, {"AttributeType", "N"}}}},
        {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}}}},
        {"BillingMode", "PAY_PER_REQUEST"},
        {"GlobalSecondaryIndexes", {{{"IndexName", "ByStatus"},
                                     {"KeySchema", {{{"AttributeName", "status"}, {"KeyType", "HASH"}}}},
                                     {"Projection", {{"ProjectionType", "KEYS_ONLY"}}}}}}});
  e.AdvanceClock(60'000);
  json bad = {{"TableName", "Orders"}, {"WorkloadName", "w"}, {"Rate", {{"RequestsPerSecond", 10}}},
              {"IndexAttribute", {{"Name", "pk"}}}};
  CHECK(CallErr(e, "StartWorkload", bad).message ==
        "IndexAttribute.Name must not be a key attribute of table Orders (pk is)");
  Call(e, "StartWorkload", {{"TableName", "Orders"},
                            {"WorkloadName", "orders"},
                            {"Rate", {{"RequestsPerSecond", 100}}},
                            {"ItemSize", {{"Bytes", 200}}},
                            {"Keys", {{"KeyCount", 1'000'000}}},
                            {"IndexAttribute", {{"Name", "status"}, {"ValueCount", 3}}},
                            {"StopAfterSeconds", 10}});
  e.AdvanceClock(12'000);  // 10 s of writes, then time for the last updates to reach the index
  CHECK(Workload(e, "orders")["RequestsSent"] == 1000);
  int total = 0;
  for (int status = 1; status <= 3; ++status) {
    json q = Call(e, "Query", {{"TableName", "Orders"},
                               {"IndexName", "ByStatus"},
                               {"KeyConditionExpression", "#s = :s"},
                               {"ExpressionAttributeNames", {{"#s", "status"}}},
                               {"ExpressionAttributeValues", {{":s", {{"N", std::to_string(status)}}}}},
                               {"Select", "COUNT"}});
    const int count = q["Count"];
    CHECK(count > 250);  // about a third of the 1,000 (the draw is uniform)
    total += count;
  }
  // Every write carried a value of 1..3 and none other (a million keys: no overwrites to speak of).
  json all = Call(e, "Scan", {{"TableName", "Orders"}, {"IndexName", "ByStatus"}, {"Select", "COUNT"}});
  CHECK(total == all["Count"]);
  json table = Call(e, "Scan", {{"TableName", "Orders"}, {"Select", "COUNT"}});
  CHECK(all["Count"] == table["Count"]);
  // The stored items carry it as the number the index key schema asks for.
  json item = Call(e, "Scan", {{"TableName", "Orders"}, {"Limit", 1}})["Items"][0];
  CHECK(item["status"].contains("N"));
}

}  // namespace ddb::test
