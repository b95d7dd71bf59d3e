// Partition counts and how throughput is spread over them (dynamodb-model §6.2).
#include "capacity_support.h"

namespace ddb::test {
namespace {

json Partitions(Engine& e, const std::string& table) {
  return Call(e, "DescribePartitions", {{"TableName", table}})["Partitions"];
}

}  // namespace

TEST_CASE("Initial partitions follow ceil(RCU/3000 + WCU/1000)", "[capacity]") {
  // Documented examples: 1,000 RCU + 500 WCU -> 0.83 -> 1; 1,000 RCU + 1,000 WCU -> 1.33 -> 2.
  Engine e;
  CreateActive(e, KeyTableRequest("OneP", 1000, 500));
  CreateActive(e, KeyTableRequest("TwoP", 1000, 1000));
  CHECK(Partitions(e, "OneP").size() == 1);
  CHECK(Partitions(e, "TwoP").size() == 2);
}

TEST_CASE("Provisioned throughput is spread evenly over the partitions", "[capacity]") {
  // Documented: 5,000 RCU / 2,000 WCU -> 4 partitions of 1,250 RCU / 500 WCU each.
  Engine e;
  CreateActive(e, KeyTableRequest("Even", 5000, 2000));
  json parts = Partitions(e, "Even");
  REQUIRE(parts.size() == 4);
  for (const json& p : parts) {
    CHECK(p["ReadCapacity"]["Share"] == 1250.0);
    CHECK(p["WriteCapacity"]["Share"] == 500.0);
    CHECK(p["ReadCapacity"]["PartitionLimit"] == 3000.0);
    CHECK(p["WriteCapacity"]["PartitionLimit"] == 1000.0);
  }
}

TEST_CASE("Raising throughput beyond what the partitions serve doubles them", "[capacity]") {
  // Documented: going from 5,000 to 8,000 RCU (2,000 WCU) takes 4 partitions to 8, each
  // 1,000 RCU / 250 WCU (8,000/3,000 + 2,000/1,000 = 4.67 -> 5 needed -> doubling to 8).
  Engine e;
  CreateActive(e, KeyTableRequest("Grow", 5000, 2000));
  Call(e, "UpdateTable", {{"TableName", "Grow"},
                          {"ProvisionedThroughput", {{"ReadCapacityUnits", 8000}, {"WriteCapacityUnits", 2000}}}});
  e.AdvanceClock(60'000);
  json parts = Partitions(e, "Grow");
  REQUIRE(parts.size() == 8);
  for (const json& p : parts) {
    CHECK(p["ReadCapacity"]["Share"] == 1000.0);
    CHECK(p["WriteCapacity"]["Share"] == 250.0);
    CHECK(p.contains("ParentPartitionId"));
  }
}

TEST_CASE("An on-demand table starts with 4 partitions and a 12,000 RRU / 4,000 WRU allowance", "[capacity]") {
  Engine e;
  CreateActive(e, KeyTableRequest("OnDemand", 0, 0));
  json d = Call(e, "DescribePartitions", {{"TableName", "OnDemand"}});
  CHECK(d["Partitions"].size() == 4);
  CHECK(d["OnDemand"]["InstantReadUnitsPerSecond"] == 12000.0);
  CHECK(d["OnDemand"]["InstantWriteUnitsPerSecond"] == 4000.0);
}

TEST_CASE("The classroom profile scales the limits by 1/100", "[capacity]") {
  EngineOptions options;
  options.profile = "classroom";
  Engine e(options);
  CreateActive(e, KeyTableRequest("Class", 30, 10));  // 30/30 + 10/10 = 2 partitions
  json d = Call(e, "DescribePartitions", {{"TableName", "Class"}});
  CHECK(d["ScaleProfile"]["Name"] == "classroom");
  CHECK(d["ScaleProfile"]["PartitionWriteCapacityUnits"] == 10);
  CHECK(d["Partitions"].size() == 2);
}

TEST_CASE("DescribePartitions and DescribeMetrics name a missing table", "[capacity]") {
  Engine e;
  CHECK(CallErr(e, "DescribePartitions", {{"TableName", "Nope"}}).type == ErrorType::kResourceNotFound);
  CHECK(CallErr(e, "DescribeMetrics", {{"TableName", "Nope"}}).type == ErrorType::kResourceNotFound);
  CreateActive(e, KeyTableRequest("Here", 5, 5));
  CHECK(CallErr(e, "DescribeMetrics", {{"TableName", "Here"}, {"StartSecond", 10}, {"EndSecond", 5}}).type ==
        ErrorType::kValidation);
}

}  // namespace ddb::test

namespace ddb::test {

TEST_CASE("A table picks its scale profile with the ddbviz:profile tag", "[capacity]") {
  Engine e;  // engine default: real
  json request = KeyTableRequest("Tagged", 30, 10);
  request["Tags"] = {{{"Key", "team"}, {"Value", "blue"}}, {{"Key", "ddbviz:profile"}, {"Value", "classroom"}}};
  CreateActive(e, request);
  json d = Call(e, "DescribePartitions", {{"TableName", "Tagged"}});
  CHECK(d["ScaleProfile"]["Name"] == "classroom");
  CHECK(d["Partitions"].size() == 2);  // 30/30 + 10/10
  request["TableName"] = "Wrong";
  request["Tags"] = {{{"Key", "ddbviz:profile"}, {"Value", "huge"}}};
  CHECK(CallErr(e, "CreateTable", request).type == ErrorType::kValidation);
}

}  // namespace ddb::test
