// GSI back-pressure (dynamodb-model §5.2, §7: "A write succeeds only if the table and every
// affected GSI have capacity; an under-provisioned GSI therefore throttles writes to the base
// table") and the 10 GB item-collection limit of tables with an LSI (§6.8).
#include "index_support.h"

namespace ddb::test {

TEST_CASE("An under-provisioned GSI throttles base-table writes, naming the index", "[index]") {
  Engine e;
  CreateActive(e, OrdersTableRequest("ALL", "ALL", /*gsi_wcu=*/1));
  int admitted = 0;
  ApiError refused;
  for (int i = 0; i < 500; ++i) {
    std::string customer = "c";
    customer += std::to_string(i);
    auto r = e.Handle("PutItem", {{"TableName", "Orders"},
                                  {"Item", Order(customer, "o", {{"Status", S("NEW")}, {"Total", N(std::to_string(i))}})}});
    if (!r.ok()) {
      refused = r.error();
      break;
    }
    ++admitted;
  }
  // The table (100 WCU and a minute of burst) had room; the 1-WCU index did not.
  REQUIRE(admitted < 500);
  CHECK(refused.type == ErrorType::kProvisionedThroughputExceeded);
  CHECK(refused.extra["ThrottlingReasons"][0]["reason"] == "IndexWriteProvisionedThroughputExceeded");
  CHECK(refused.extra["ThrottlingReasons"][0]["resource"] ==
        Call(e, "DescribeTable", {{"TableName", "Orders"}})["Table"]["GlobalSecondaryIndexes"][0]["IndexArn"]);
  const Event& last = e.events().all().back();
  CHECK(last.kind == EventKind::kThrottled);
  CHECK(last.detail.find("ByStatus") != std::string::npos);
  // A write the GSI does not see is not held back.
  PutOrder(e, Order("solo", "o", {{"Note", S("no status")}}));
  // The queue drains at the index's 1 WCU/s (after its banked burst): every admitted write
  // eventually reaches the index.
  e.AdvanceClock(600'000);
  CHECK(Call(e, "Scan", {{"TableName", "Orders"}, {"IndexName", "ByStatus"}, {"Select", "COUNT"}})["Count"] == admitted);
}

TEST_CASE("Item collections of a table with an LSI are limited to the partition size", "[index]") {
  Engine e;
  json r = OrdersTableRequest();
  r["Tags"] = {{{"Key", "ddbviz:profile"}, {"Value", "classroom"}}};  // partitions of 64 KB
  CreateActive(e, r);
  auto put = [&](const std::string& customer, const std::string& id) {
    e.AdvanceClock(1000);  // stay under the classroom partition's 10 WCU/s
    return e.Handle("PutItem", {{"TableName", "Orders"},
                                {"Item", Order(customer, id, {{"OrderDate", S(id)}, {"Note", S(std::string(3072, 'x'))}})},
                                {"ReturnItemCollectionMetrics", "SIZE"}});
  };
  // Each 3,107-byte item also has an entry of the same size (+100 bytes) in the ALL-projecting
  // LSI: 6,314 bytes per item, so ten fit in 64 KB (63,140 bytes) and the eleventh does not.
  for (int i = 0; i < 10; ++i) {
    auto ok = put("ann", std::string("o") + std::to_string(i));
    REQUIRE(ok.ok());
    CHECK(ok.value()["ItemCollectionMetrics"] ==
          json{{"ItemCollectionKey", {{"Customer", S("ann")}}}, {"SizeEstimateRangeGB", {0.0, 1.0}}});
  }
  auto over = put("ann", "o10");
  REQUIRE_FALSE(over.ok());
  CHECK(over.error().type == ErrorType::kItemCollectionSizeLimitExceeded);
  // Other collections are unaffected; writes that shrink the collection are allowed.
  CHECK(put("bob", "o0").ok());
  Call(e, "DeleteItem", {{"TableName", "Orders"}, {"Key", Order("ann", "o0")}});
  CHECK(put("ann", "o10").ok());
}

TEST_CASE("ReturnItemCollectionMetrics is absent for tables without an LSI", "[index]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  json r = Call(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("a", "b")}, {"ReturnItemCollectionMetrics", "SIZE"}});
  CHECK_FALSE(r.contains("ItemCollectionMetrics"));
}

}  // namespace ddb::test
