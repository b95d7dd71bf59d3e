// Switching a table's billing mode takes its GSIs along: "Secondary indexes inherit the table's
// mode" (Developer Guide, "Switching capacity modes"; dynamodb-model §5.5). Going back to
// provisioned needs each GSI's throughput, given as GlobalSecondaryIndexUpdates Update actions in
// the same UpdateTable call, as `aws dynamodb update-table --billing-mode PROVISIONED
// --global-secondary-index-updates` does.
#include "index_support.h"

namespace ddb::test {
namespace {

json GsiThroughput(Engine& e) {
  json d = Call(e, "DescribeTable", {{"TableName", "Orders"}})["Table"];
  return d["GlobalSecondaryIndexes"][0]["ProvisionedThroughput"];
}

json OnDemandOrders() {
  json r = OrdersTableRequest();
  r.erase("ProvisionedThroughput");
  r["GlobalSecondaryIndexes"][0].erase("ProvisionedThroughput");
  r["BillingMode"] = "PAY_PER_REQUEST";
  return r;
}

}  // namespace

TEST_CASE("A provisioned table switched to on-demand takes its GSIs along", "[index]") {
  Engine e;
  CreateActive(e, OrdersTableRequest());
  CHECK(GsiThroughput(e)["WriteCapacityUnits"] == 100);
  Call(e, "UpdateTable", {{"TableName", "Orders"}, {"BillingMode", "PAY_PER_REQUEST"}});
  e.AdvanceClock(10'000);  // the switch completes (3-6 s on the virtual clock)
  json t = Call(e, "DescribeTable", {{"TableName", "Orders"}})["Table"];
  CHECK(t["BillingModeSummary"]["BillingMode"] == "PAY_PER_REQUEST");
  // An on-demand table's indexes show no provisioned units, like the table itself.
  CHECK(GsiThroughput(e)["ReadCapacityUnits"] == 0);
  CHECK(GsiThroughput(e)["WriteCapacityUnits"] == 0);
  // The GSI's partitions are limited by the per-partition ceiling only, with no provisioned share.
  json parts = Call(e, "DescribePartitions", {{"TableName", "Orders"}, {"IndexName", "ByStatus"}})["Partitions"];
  REQUIRE_FALSE(parts.empty());
  for (const json& p : parts) CHECK(p["WriteCapacity"]["Share"] == 0.0);
}

TEST_CASE("Switching to PROVISIONED needs every GSI's throughput in the same call", "[index]") {
  Engine e;
  CreateActive(e, OnDemandOrders());
  const json table_pt = {{"ReadCapacityUnits", 20}, {"WriteCapacityUnits", 10}};
  ApiError missing = CallErr(e, "UpdateTable", {{"TableName", "Orders"}, {"BillingMode", "PROVISIONED"},
                                                {"ProvisionedThroughput", table_pt}});
  CHECK(missing.type == ErrorType::kValidation);
  CHECK(missing.message.find("ByStatus") != std::string::npos);
  // Nothing changed: the refused call left the table on-demand.
  CHECK(Call(e, "DescribeTable", {{"TableName", "Orders"}})["Table"]["BillingModeSummary"]["BillingMode"] ==
        "PAY_PER_REQUEST");

  json update = {{"Update", {{"IndexName", "ByStatus"},
                             {"ProvisionedThroughput", {{"ReadCapacityUnits", 7}, {"WriteCapacityUnits", 3}}}}}};
  Call(e, "UpdateTable", {{"TableName", "Orders"}, {"BillingMode", "PROVISIONED"}, {"ProvisionedThroughput", table_pt},
                          {"GlobalSecondaryIndexUpdates", json::array({update})}});
  e.AdvanceClock(10'000);
  json t = Call(e, "DescribeTable", {{"TableName", "Orders"}})["Table"];
  CHECK(t["BillingModeSummary"]["BillingMode"] == "PROVISIONED");
  CHECK(t["ProvisionedThroughput"]["WriteCapacityUnits"] == 10);
  CHECK(t["GlobalSecondaryIndexes"][0]["IndexStatus"] == "ACTIVE");
  CHECK(GsiThroughput(e)["ReadCapacityUnits"] == 7);
  CHECK(GsiThroughput(e)["WriteCapacityUnits"] == 3);
  // The GSI's 3 WCU are spread over its partitions again.
  json parts = Call(e, "DescribePartitions", {{"TableName", "Orders"}, {"IndexName", "ByStatus"}})["Partitions"];
  double share = 0;
  for (const json& p : parts) share += p["WriteCapacity"]["Share"].get<double>();
  CHECK(share == Approx(3.0));
}

}  // namespace ddb::test
