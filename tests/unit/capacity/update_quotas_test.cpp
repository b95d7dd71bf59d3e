// Limits on changing capacity (dynamodb-model §5.3, §5.5).
#include "capacity_support.h"

namespace ddb::test {
namespace {

Result<json> SetWcu(Engine& e, int wcu) {
  auto r = e.Handle("UpdateTable", {{"TableName", "Quota"},
                                    {"ProvisionedThroughput", {{"ReadCapacityUnits", 5}, {"WriteCapacityUnits", wcu}}}});
  e.AdvanceClock(60'000);  // UPDATING takes a few virtual seconds
  return r;
}

}  // namespace

TEST_CASE("Four decreases a day, then one per hour without a decrease", "[capacity]") {
  Engine e;
  CreateActive(e, KeyTableRequest("Quota", 5, 100));
  for (int wcu : {90, 80, 70, 60}) REQUIRE(SetWcu(e, wcu).ok());
  auto fifth = SetWcu(e, 50);
  REQUIRE_FALSE(fifth.ok());
  CHECK(fifth.error().type == ErrorType::kLimitExceeded);
  CHECK(SetWcu(e, 500).ok());  // increases are not limited
  e.AdvanceClock(3600'000);    // an hour without a decrease allows one more
  CHECK(SetWcu(e, 50).ok());
  CHECK_FALSE(SetWcu(e, 40).ok());
  CHECK(Call(e, "DescribeTable", {{"TableName", "Quota"}})["Table"]["ProvisionedThroughput"]["NumberOfDecreasesToday"] == 5);
}

TEST_CASE("A table switches to on-demand at most 4 times in 24 hours", "[capacity]") {
  Engine e;
  CreateActive(e, KeyTableRequest("Quota", 5, 5));
  auto to_on_demand = [&] {
    auto r = e.Handle("UpdateTable", {{"TableName", "Quota"}, {"BillingMode", "PAY_PER_REQUEST"}});
    e.AdvanceClock(60'000);
    return r;
  };
  auto to_provisioned = [&] {
    Call(e, "UpdateTable", {{"TableName", "Quota"},
                            {"BillingMode", "PROVISIONED"},
                            {"ProvisionedThroughput", {{"ReadCapacityUnits", 5}, {"WriteCapacityUnits", 5}}}});
    e.AdvanceClock(60'000);
  };
  for (int i = 0; i < 4; ++i) {
    REQUIRE(to_on_demand().ok());
    to_provisioned();  // back to provisioned: any time
  }
  auto fifth = to_on_demand();
  REQUIRE_FALSE(fifth.ok());
  CHECK(fifth.error().type == ErrorType::kLimitExceeded);
  e.AdvanceClock(24 * 3600'000);
  CHECK(to_on_demand().ok());
}

}  // namespace ddb::test
