// Token buckets, burst and adaptive capacity, throttling errors (dynamodb-model §5.3, §6.4, §6.5).
#include "capacity_support.h"

namespace ddb::test {

TEST_CASE("A provisioned table serves its WCU per second and throttles the rest", "[capacity]") {
  Engine e;
  CreateActive(e, KeyTableRequest("Ten", 1, 10));
  // Created 60 s ago and idle since: the one-second bucket holds 10 WCU and the burst bank
  // 60 x 10 = 600 WCU, so 610 one-KB writes at one instant fit and the 611th is throttled.
  for (int i = 0; i < 610; ++i) REQUIRE(PutSized(e, "Ten", "k" + std::to_string(i), 1000));
  auto r = e.Handle("PutItem", {{"TableName", "Ten"}, {"Item", {{"pk", {{"S", "k610"}}}}}});
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().type == ErrorType::kProvisionedThroughputExceeded);
  CHECK(r.error().extra["ThrottlingReasons"][0]["reason"] == "TableWriteProvisionedThroughputExceeded");
  CHECK(r.error().ToJson()["__type"] == "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException");
  // The refused write changed nothing.
  CHECK_FALSE(Call(e, "GetItem", {{"TableName", "Ten"}, {"Key", {{"pk", {{"S", "k610"}}}}}}).contains("Item"));
  // A second later the bucket holds 10 WCU again (nothing was left over to bank).
  e.AdvanceClock(1000);
  for (int i = 0; i < 10; ++i) CHECK(PutSized(e, "Ten", "again" + std::to_string(i), 1000));
  CHECK_FALSE(PutSized(e, "Ten", "one-too-many", 1000));
}

TEST_CASE("Unused capacity is banked for 300 seconds as burst", "[capacity]") {
  // re:Post example: 150 RCU idle for 5 minutes banks 150 x 300 = 45,000 RCU.
  Engine e;
  CreateActive(e, KeyTableRequest("Burst", 150, 1));
  e.AdvanceClock(300'000);
  json part = Call(e, "DescribePartitions", {{"TableName", "Burst"}})["Partitions"][0];
  CHECK(part["ReadCapacity"]["BurstTokens"] == 45000.0);
  CHECK(part["ReadCapacity"]["BurstTokensMax"] == 45000.0);
}

TEST_CASE("Burst carries twice the provisioned rate for 300 seconds, then throttling starts", "[capacity]") {
  // 10 WCU idle for 300 s banks 3,000 WCU. Writing 20 WCU/s draws 10/s from the bank, so it
  // lasts 3,000 / (20 - 10) = 300 s (plus the 10 WCU already in the one-second bucket).
  Engine e;
  CreateActive(e, KeyTableRequest("Spike", 1, 10));
  e.AdvanceClock(300'000);
  auto put = [&](int64_t n) { return PutSized(e, "Spike", "k" + std::to_string(n % 50), 1000); };
  const Outcome first = Drive(e, 295, 20, put);
  CHECK(first.throttled == 0);
  const Outcome after = Drive(e, 15, 20, put);
  CHECK(after.throttled > 0);
  // Once the bank is empty only the provisioned 10 WCU/s get through.
  const Outcome steady = Drive(e, 10, 20, put);
  CHECK(steady.admitted == 100);
}

TEST_CASE("Adaptive capacity lends a hot partition the table's unused throughput", "[capacity]") {
  // Developer Guide example: 400 WCU over 4 partitions (100 each); three use 50 WCU/s, the fourth
  // needs 150: it is boosted to 150 without throttling.
  Engine e;
  CreateActive(e, KeyTableRequest("Adaptive", 3000, 3000));  // 3000/3000 + 3000/1000 = 4 partitions
  Call(e, "UpdateTable", {{"TableName", "Adaptive"},
                          {"ProvisionedThroughput", {{"ReadCapacityUnits", 1}, {"WriteCapacityUnits", 400}}}});
  e.AdvanceClock(60'000);
  std::vector<std::string> keys;
  for (size_t p = 0; p < 4; ++p) keys.push_back(KeyInPartition(e, "Adaptive", p, "key"));
  // Per second: 50 writes to each of partitions 0-2 and 150 to partition 3 = 300 requests.
  auto put = [&](int64_t n) {
    const int64_t slot = n % 300;
    const size_t p = slot < 150 ? static_cast<size_t>(slot / 50) : 3;
    return PutSized(e, "Adaptive", keys[p], 1000);
  };
  const Outcome warm = Drive(e, 5, 300, put);
  const Outcome hot = Drive(e, 60, 300, put);
  CHECK(warm.throttled == 0);
  CHECK(hot.throttled == 0);
  json part = Call(e, "DescribePartitions", {{"TableName", "Adaptive"}})["Partitions"][3];
  CHECK(part["WriteCapacity"]["Share"] == 100.0);
  CHECK(part["WriteCapacity"]["AdaptiveBoost"] == 50.0);
}

TEST_CASE("Adaptive capacity cannot lend what the table does not have", "[capacity]") {
  // The same table with every partition at its 100 WCU share: nothing is left to lend, so the
  // hot partition's extra 50 WCU/s is throttled once its burst is spent.
  Engine e;
  CreateActive(e, KeyTableRequest("Full", 3000, 3000));
  Call(e, "UpdateTable", {{"TableName", "Full"},
                          {"ProvisionedThroughput", {{"ReadCapacityUnits", 1}, {"WriteCapacityUnits", 400}}}});
  e.AdvanceClock(60'000);
  std::vector<std::string> keys;
  for (size_t p = 0; p < 4; ++p) keys.push_back(KeyInPartition(e, "Full", p, "key"));
  auto put = [&](int64_t n) {
    const int64_t slot = n % 450;
    const size_t p = slot < 300 ? static_cast<size_t>(slot / 100) : 3;
    return PutSized(e, "Full", keys[p], 1000);
  };
  SpendBurst(e, "Full", keys[3]);
  Drive(e, 10, 450, put);  // any debt from the big writes is repaid
  const Outcome later = Drive(e, 10, 450, put);
  // Partition 3 gets its 100 WCU/s share; 50 of its 150 requests per second are refused (give
  // or take one at the edges of the window).
  CHECK(later.throttled >= 490);
  CHECK(later.throttled <= 510);
}

TEST_CASE("BatchWriteItem returns throttled writes as UnprocessedItems", "[capacity]") {
  Engine e;
  CreateActive(e, KeyTableRequest("Batch", 1, 1));
  // Spend the 1 WCU in the bucket and the 60 banked during the table's first minute.
  for (int i = 0; i < 61; ++i) REQUIRE(PutSized(e, "Batch", "z", 1000));
  e.AdvanceClock(1000);
  json batch = {{"RequestItems",
                 {{"Batch",
                   {{{"PutRequest", {{"Item", {{"pk", {{"S", "a"}}}}}}}},
                    {{"PutRequest", {{"Item", {{"pk", {{"S", "b"}}}}}}}},
                    {{"PutRequest", {{"Item", {{"pk", {{"S", "c"}}}}}}}}}}}}};
  // 1 WCU: the first put fits, the other two come back.
  json r = Call(e, "BatchWriteItem", batch);
  REQUIRE(r["UnprocessedItems"]["Batch"].size() == 2);
  CHECK(r["UnprocessedItems"]["Batch"][0] == batch["RequestItems"]["Batch"][1]);
  // Nothing fits at all: the whole call fails with the throttling error.
  ApiError err = CallErr(e, "BatchWriteItem", {{"RequestItems", {{"Batch", r["UnprocessedItems"]["Batch"]}}}});
  CHECK(err.type == ErrorType::kProvisionedThroughputExceeded);
}

TEST_CASE("A throttle is an event naming the partition and the reason", "[capacity]") {
  Engine e;
  CreateActive(e, KeyTableRequest("Events", 1, 1));
  // 1 WCU in the bucket plus 60 banked while the table was idle: 61 writes, then a throttle.
  for (int i = 0; i < 61; ++i) REQUIRE(PutSized(e, "Events", "a", 1000));
  REQUIRE_FALSE(PutSized(e, "Events", "a", 1000));
  const Event& last = e.events().all().back();
  CHECK(last.kind == EventKind::kThrottled);
  CHECK(last.table == "Events");
  CHECK(last.partition == 0);
  CHECK(last.write_units == 1);
  CHECK(last.detail.rfind("TableWriteProvisionedThroughputExceeded", 0) == 0);
}

TEST_CASE("One hot key at 1,500 WCU throttles; 10-way write sharding does not", "[capacity]") {
  // A 4-partition table (3,000 RCU / 3,000 WCU: 750 WCU per partition, up to 1,000 with adaptive
  // capacity). One key at 1,500 WCU/s exceeds the 1,000 WCU a partition can serve, whatever the
  // table has spare; spread over 10 shards (150 WCU/s each) no partition exceeds its limit.
  Engine e;
  CreateActive(e, KeyTableRequest("Hot", 3000, 3000));
  const Outcome hot = Drive(e, 10, 1500, [&](int64_t) { return PutSized(e, "Hot", "device#42", 1000); });
  CHECK(hot.throttled >= 10 * 400);  // about 500 of every 1,500 per second

  Engine sharded_engine;
  CreateActive(sharded_engine, KeyTableRequest("Hot", 3000, 3000));
  const Outcome sharded = Drive(sharded_engine, 10, 1500, [&](int64_t n) {
    return PutSized(sharded_engine, "Hot", "device#42." + std::to_string(n % 10 + 1), 1000);
  });
  CHECK(sharded.throttled == 0);
}

TEST_CASE("DescribeMetrics reports consumed and throttled per second", "[capacity]") {
  Engine e;
  CreateActive(e, KeyTableRequest("Metrics", 1, 5));
  // Spend the 5 WCU in the bucket and the 300 banked during the table's first minute.
  for (int i = 0; i < 305; ++i) REQUIRE(PutSized(e, "Metrics", "z", 1000));
  const int64_t start = e.now_ms() / 1000 + 1;  // the second after the draining one
  Drive(e, 4, 8, [&](int64_t n) { return PutSized(e, "Metrics", "k" + std::to_string(n), 1000); });
  json m = Call(e, "DescribeMetrics", {{"TableName", "Metrics"}, {"StartSecond", start}, {"EndSecond", start + 2}});
  REQUIRE(m["Table"].size() == 3);
  // 8 one-KB writes per second against a 5 WCU/s refill: 5 are served (give or take one at the
  // edge of a second), the rest throttled, every second.
  for (const json& second : m["Table"]) {
    const double consumed = second["ConsumedWriteCapacityUnits"].get<double>();
    CHECK(consumed >= 4.0);
    CHECK(consumed <= 6.0);
    CHECK(second["ThrottledWriteRequests"].get<double>() == 8.0 - consumed);
    CHECK(second["ProvisionedWriteCapacityUnits"] == 5.0);
  }
  REQUIRE(m["Partitions"].size() == 1);
  CHECK(m["Partitions"][0]["Samples"].size() == 3);
}

}  // namespace ddb::test
