// Splits for heat and by size (dynamodb-model §6.6, simulation choices 3-5).
#include "capacity_support.h"

namespace ddb::test {

TEST_CASE("A partition hot for 5 minutes splits at the median of its traffic", "[capacity]") {
  // Classroom profile: 10 WCU per partition. An on-demand table (4 partitions) gets 9 WCU/s on
  // 20 keys of partition 0: 90% of its limit, sustained, so it splits within 5 + 5 minutes.
  EngineOptions options;
  options.profile = "classroom";
  Engine e(options);
  CreateActive(e, KeyTableRequest("Heat", 0, 0));
  std::vector<std::string> keys;
  for (int i = 0; i < 20; ++i) keys.push_back(KeyInPartition(e, "Heat", 0, "user", i));
  const Outcome run = Drive(e, 600, 9, [&](int64_t n) { return PutSized(e, "Heat", keys[n % 20], 1000); });
  CHECK(run.throttled == 0);
  CHECK(CountEvents(e, EventKind::kSplitStarted) == 1);
  CHECK(CountEvents(e, EventKind::kPartitionSplit) == 1);
  json parts = Call(e, "DescribePartitions", {{"TableName", "Heat"}})["Partitions"];
  REQUIRE(parts.size() == 5);
  CHECK(parts[0]["ParentPartitionId"] == 0);
  CHECK(parts[1]["ParentPartitionId"] == 0);
  // Both children took part of the 20 keys.
  CHECK(parts[0]["ItemCount"].get<int>() > 0);
  CHECK(parts[1]["ItemCount"].get<int>() > 0);
  CHECK(parts[0]["ItemCount"].get<int>() + parts[1]["ItemCount"].get<int>() == 20);
}

TEST_CASE("A split cannot help a single hot key, and says so", "[capacity]") {
  EngineOptions options;
  options.profile = "classroom";
  Engine e(options);
  CreateActive(e, KeyTableRequest("OneKey", 0, 0));
  Drive(e, 400, 12, [&](int64_t) { return PutSized(e, "OneKey", "device#1", 1000); });
  CHECK(CountEvents(e, EventKind::kSplitStarted) == 0);
  CHECK(CountEvents(e, EventKind::kSplitRefused) == 1);  // once per hot spell
  json parts = Call(e, "DescribePartitions", {{"TableName", "OneKey"}})["Partitions"];
  CHECK(parts.size() == 4);
  const size_t p = PartitionOf(e, "OneKey", "device#1");
  CHECK(parts[p]["Note"].get<std::string>().find("cannot spread a single key") != std::string::npos);
  // The key is limited to the partition's 10 WCU/s: 2 of 12 refused every second.
  CHECK(parts[p]["WriteCapacity"]["ThrottledRequests"].get<int>() > 0);
}

TEST_CASE("A partition over the size limit splits at its byte median", "[capacity]") {
  // Classroom profile: 64 KB per partition. 100 items of 1 KB in one partition exceed it.
  EngineOptions options;
  options.profile = "classroom";
  Engine e(options);
  CreateActive(e, KeyTableRequest("Size", 30, 10));  // 2 partitions
  for (int i = 0; i < 100; ++i) {
    REQUIRE(PutSized(e, "Size", KeyInPartition(e, "Size", 0, "item", i), 1000));
    e.AdvanceClock(1000);  // 1 WCU/s, well within the 5 WCU share
  }
  e.AdvanceClock(6 * 60'000);  // a split takes 2-5 minutes
  json parts = Call(e, "DescribePartitions", {{"TableName", "Size"}})["Partitions"];
  REQUIRE(parts.size() == 3);
  CHECK(parts[0]["ItemCount"].get<int>() + parts[1]["ItemCount"].get<int>() == 100);
  CHECK(parts[0]["SizeBytes"].get<int>() <= 64 * 1024);
  CHECK(parts[1]["SizeBytes"].get<int>() <= 64 * 1024);
  // Throughput is diluted: each child has half of the parent's share (5 -> 2.5 WCU).
  CHECK(parts[0]["WriteCapacity"]["Share"] == 2.5);
}

}  // namespace ddb::test
