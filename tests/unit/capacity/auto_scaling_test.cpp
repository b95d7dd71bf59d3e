// Auto scaling by target tracking (dynamodb-model §5.6).
#include "capacity_support.h"

#include "capacity/auto_scaling.h"

namespace ddb::test {

TEST_CASE("Target tracking scales out after 2 datapoints above the target, to consumed / target", "[capacity]") {
  // Documented example: 200 WCU provisioned, 70 % target, 150 WCU consumed (75 %) -> 215 WCU
  // (150 / 215 = 69.77 %, as close to the target as possible without exceeding it).
  AutoScalingPolicy p;
  p.enabled = true;
  p.minimum = 5;
  p.maximum = 1000;
  p.target_percent = 70;
  CHECK_FALSE(EvaluateAutoScaling(p, 150, 200, 60'000).has_value());  // one datapoint is not enough
  auto decision = EvaluateAutoScaling(p, 150, 200, 120'000);
  REQUIRE(decision.has_value());
  CHECK(*decision == 215);
}

TEST_CASE("Target tracking scales in only after 15 datapoints below the target", "[capacity]") {
  AutoScalingPolicy p;
  p.enabled = true;
  p.minimum = 5;
  p.maximum = 1000;
  p.target_percent = 70;
  for (int minute = 1; minute < 15; ++minute) CHECK_FALSE(EvaluateAutoScaling(p, 14, 215, minute * 60'000).has_value());
  auto decision = EvaluateAutoScaling(p, 14, 215, 15 * 60'000);
  REQUIRE(decision.has_value());
  CHECK(*decision == 20);  // ceil(14 / 0.7) = 20
  // Never below the minimum.
  AutoScalingPolicy q = p;
  q.below = 14;
  CHECK(EvaluateAutoScaling(q, 1, 215, 16 * 60'000) == 5);
}

TEST_CASE("Auto scaling raises a busy table's WCU through UpdateTable", "[capacity]") {
  Engine e;
  CreateActive(e, KeyTableRequest("Scaled", 5, 200));
  Call(e, "SetAutoScaling", {{"TableName", "Scaled"},
                             {"WriteCapacity", {{"MinimumUnits", 5}, {"MaximumUnits", 1000}, {"TargetValue", 70}}}});
  // 150 one-KB writes per second on many keys: 75 % of 200 WCU.
  Drive(e, 200, 150, [&](int64_t n) { return PutSized(e, "Scaled", "k" + std::to_string(n % 1000), 1000); });
  json table = Call(e, "DescribeTable", {{"TableName", "Scaled"}})["Table"];
  CHECK(table["ProvisionedThroughput"]["WriteCapacityUnits"] == 215);
  bool marked = false;
  for (const Event& ev : e.events().all()) marked |= ev.kind == EventKind::kCapacityChanged && ev.detail.find("WCU 200 -> 215") != std::string::npos;
  CHECK(marked);
}

TEST_CASE("SetAutoScaling validates its settings", "[capacity]") {
  Engine e;
  CreateActive(e, KeyTableRequest("Bad", 5, 5));
  CHECK(CallErr(e, "SetAutoScaling", {{"TableName", "Bad"}, {"WriteCapacity", {{"MinimumUnits", 5}, {"MaximumUnits", 10}, {"TargetValue", 95}}}})
            .type == ErrorType::kValidation);
  CHECK(CallErr(e, "SetAutoScaling", {{"TableName", "Bad"}, {"WriteCapacity", {{"MinimumUnits", 10}, {"MaximumUnits", 5}, {"TargetValue", 70}}}})
            .type == ErrorType::kValidation);
  CreateActive(e, KeyTableRequest("Ondemand", 0, 0));
  CHECK(CallErr(e, "SetAutoScaling", {{"TableName", "Ondemand"}, {"WriteCapacity", {{"MinimumUnits", 5}, {"MaximumUnits", 10}, {"TargetValue", 70}}}})
            .type == ErrorType::kValidation);
}

}  // namespace ddb::test
