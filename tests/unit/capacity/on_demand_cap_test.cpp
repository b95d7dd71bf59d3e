// OnDemandThroughput: an on-demand table's own maximum of request units per second (API
// reference: OnDemandThroughput MaxReadRequestUnits / MaxWriteRequestUnits, -1 removes the cap;
// ThrottlingReason TableWriteMaxOnDemandThroughputExceeded; dynamodb-model §5.4).
#include "capacity_support.h"

namespace ddb::test {
namespace {

json CappedTable(int64_t max_write) {
  json r = KeyTableRequest("Capped", 0, 0);
  r["OnDemandThroughput"] = {{"MaxWriteRequestUnits", max_write}};
  return r;
}

}  // namespace

TEST_CASE("OnDemandThroughput caps an on-demand table below what it could serve", "[capacity]") {
  Engine e;  // real profile: a new on-demand table serves 4,000 WRU/s instantly
  CreateActive(e, CappedTable(5));
  json t = Call(e, "DescribeTable", {{"TableName", "Capped"}})["Table"];
  CHECK(t["OnDemandThroughput"]["MaxWriteRequestUnits"] == 5);
  CHECK(t["OnDemandThroughput"]["MaxReadRequestUnits"] == -1);  // no read cap

  // Ten 1 KB writes (1 WRU each) at one instant: the first five fit the cap of 5 WRU/s, the rest
  // are throttled for the cap although the table could serve 4,000 WRU/s instantly.
  int admitted = 0;
  ApiError last;
  for (int n = 0; n < 10; ++n) {
    PutItemInput in;
    in.table_name = "Capped";
    in.item = SizedItem("k" + std::to_string(n), 1000);
    auto r = e.PutItem(std::move(in));
    if (r.ok()) ++admitted; else last = r.error();
  }
  CHECK(admitted == 5);
  CHECK(last.type == ErrorType::kThrottling);
  CHECK(last.extra["ThrottlingReasons"][0]["reason"] == "TableWriteMaxOnDemandThroughputExceeded");
  // Spread over a second, the cap admits its rate: 5 per second at 100 ms intervals.
  e.AdvanceClock(1000);
  const Outcome spread = Drive(e, 10, 5, [&](int64_t n) { return PutSized(e, "Capped", "s" + std::to_string(n), 1000); });
  CHECK(spread.throttled == 0);

  // -1 removes the cap: the same ten writes in a second all fit.
  Call(e, "UpdateTable", {{"TableName", "Capped"}, {"OnDemandThroughput", {{"MaxWriteRequestUnits", -1}}}});
  e.AdvanceClock(1000);
  const Outcome uncapped = Drive(e, 1, 10, [&](int64_t n) { return PutSized(e, "Capped", "u" + std::to_string(n), 1000); });
  CHECK(uncapped.throttled == 0);
}

TEST_CASE("OnDemandThroughput is validated", "[capacity]") {
  Engine e;
  CHECK(CallErr(e, "CreateTable", CappedTable(0)).type == ErrorType::kValidation);   // at least 1, or -1
  CHECK(CallErr(e, "CreateTable", CappedTable(-2)).type == ErrorType::kValidation);
  json provisioned = KeyTableRequest("Prov", 5, 5);
  provisioned["OnDemandThroughput"] = {{"MaxReadRequestUnits", 10}};
  CHECK(CallErr(e, "CreateTable", provisioned).type == ErrorType::kValidation);  // on-demand tables only
}

}  // namespace ddb::test
