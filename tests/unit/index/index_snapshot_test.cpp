// What the viz reads about indexes: snapshots, the in-flight GSI updates and DescribePartitions
// with IndexName.
#include "index_support.h"

namespace ddb::test {

TEST_CASE("Snapshots show each index, its partitions and the GSI updates in flight", "[index]") {
  Engine e;
  CreateActive(e, OrdersTableRequest("KEYS_ONLY", "ALL", 2000));
  PutOrder(e, Order("ann", "o1", {{"OrderDate", S("d")}, {"Status", S("NEW")}, {"Total", N("1")}}));
  TableSnapshot snap;
  REQUIRE(e.SnapshotTable("Orders", &snap));
  REQUIRE(snap.indexes.size() == 2);
  CHECK(snap.indexes[0].kind == "LSI");
  CHECK(snap.indexes[0].item_count == 1);  // synchronous
  CHECK(snap.indexes[0].partitions.empty());
  const IndexSnapshot& gsi = snap.indexes[1];
  CHECK(gsi.kind == "GSI");
  CHECK(gsi.status == "ACTIVE");
  // Partitions from the index's own throughput: ceil(100/3000 + 2000/1000) = 3.
  CHECK(gsi.partitions.size() == 3);
  CHECK(gsi.pending_updates == 1);
  CHECK(gsi.item_count == 0);
  REQUIRE(snap.index_updates_in_flight.size() == 1);
  const IndexUpdateInFlight& u = snap.index_updates_in_flight[0];
  CHECK(u.index == "ByStatus");
  CHECK(u.put);
  CHECK(u.apply_ms > u.enqueued_ms);
  CHECK(u.apply_ms - u.enqueued_ms <= 800);  // simulation choice 16: bounded well under a second
  e.AdvanceClock(1000);
  REQUIRE(e.SnapshotTable("Orders", &snap));
  CHECK(snap.indexes[1].pending_updates == 0);
  CHECK(snap.indexes[1].item_count == 1);
  CHECK(snap.indexes[1].propagation_lag_ms > 0);
  CHECK(snap.index_updates_in_flight.empty());

  json parts = Call(e, "DescribePartitions", {{"TableName", "Orders"}, {"IndexName", "ByStatus"}});
  CHECK(parts["Partitions"].size() == 3);
  CHECK(parts["IndexStatus"] == "ACTIVE");
  CHECK(CallErr(e, "DescribePartitions", {{"TableName", "Orders"}, {"IndexName", "ByDate"}}).type == ErrorType::kValidation);
}

TEST_CASE("Propagation lags are seeded: the same seed gives the same lags", "[index]") {
  auto lags = [](uint64_t seed) {
    Engine e(EngineOptions{seed, "real"});
    CreateActive(e, OrdersTableRequest());
    std::vector<int64_t> out;
    for (int i = 0; i < 20; ++i) {
      PutOrder(e, Order(std::string("c") + std::to_string(i), "o", {{"Status", S("NEW")}, {"Total", N("1")}}));
      e.AdvanceClock(1000);
      TableSnapshot snap;
      e.SnapshotTable("Orders", &snap);
      out.push_back(snap.indexes[1].propagation_lag_ms);
    }
    return out;
  };
  const auto a = lags(7), b = lags(7);
  CHECK(a == b);
  // Median about 50 ms (simulation choice 16): most lags are well below 200 ms.
  int below = 0;
  for (int64_t lag : a) below += lag < 200 ? 1 : 0;
  CHECK(below >= 14);
}

}  // namespace ddb::test
