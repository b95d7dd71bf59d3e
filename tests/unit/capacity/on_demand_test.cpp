// On-demand capacity (dynamodb-model §5.4, simulation choice 9).
#include "capacity_support.h"

namespace ddb::test {

TEST_CASE("On-demand serves twice the previous sustained peak", "[capacity]") {
  // Classroom profile: the new-table baseline is 4 partitions x 10 WCU = 40 WRU/s. Traffic
  // sustained at 38 WRU/s for 30 minutes becomes the previous peak, so 76 WRU/s are served
  // instantly afterwards (documented: "up to double the previous peak").
  EngineOptions options;
  options.profile = "classroom";
  Engine e(options);
  CreateActive(e, KeyTableRequest("Peak", 0, 0));
  std::vector<std::string> keys;
  for (size_t p = 0; p < 4; ++p) {
    for (int k = 0; k < 5; ++k) keys.push_back(KeyInPartition(e, "Peak", p, "user", k));
  }
  json before = Call(e, "DescribePartitions", {{"TableName", "Peak"}})["OnDemand"];
  CHECK(before["InstantWriteUnitsPerSecond"] == 40.0);
  // Round robin over 20 keys, 5 per partition: 9.5 WRU/s per partition, under its 10.
  const Outcome run = Drive(e, 31 * 60, 38, [&](int64_t n) { return PutSized(e, "Peak", keys[n % 20], 1000); });
  CHECK(run.throttled == 0);
  json after = Call(e, "DescribePartitions", {{"TableName", "Peak"}})["OnDemand"];
  CHECK(after["PreviousPeakWriteUnitsPerSecond"] == 38.0);
  CHECK(after["InstantWriteUnitsPerSecond"] == 76.0);
}

TEST_CASE("A provisioned table switched to on-demand keeps its provisioned throughput", "[capacity]") {
  // Documented: a table once provisioned higher than the baseline keeps at least that much.
  EngineOptions options;
  options.profile = "classroom";
  Engine e(options);
  CreateActive(e, KeyTableRequest("Switch", 90, 60));
  Call(e, "UpdateTable", {{"TableName", "Switch"}, {"BillingMode", "PAY_PER_REQUEST"}});
  e.AdvanceClock(60'000);
  json od = Call(e, "DescribePartitions", {{"TableName", "Switch"}})["OnDemand"];
  CHECK(od["InstantWriteUnitsPerSecond"] == 60.0);   // above the 40 baseline
  CHECK(od["InstantReadUnitsPerSecond"] == 120.0);   // the baseline is higher than 90
}

}  // namespace ddb::test
