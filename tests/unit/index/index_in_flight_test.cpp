// The updates in flight of TableSnapshot (for the viz's Index flow view): bounded at 512, taken
// from every GSI partition's queue in turn, so one partition's backlog does not hide the others.
// The backlog itself follows the rule the engine models: "a GSI that cannot keep up throttles
// writes to the base table" only past a second of its write capacity plus its burst
// (dynamodb-model §7), so an index with burst banked holds thousands of queued updates.
#include "index_support.h"

namespace ddb::test {

TEST_CASE("The snapshot's updates in flight come from every backed-up GSI partition", "[index]") {
  Engine e;
  json r = OrdersTableRequest("ALL", "ALL", /*gsi_wcu=*/100);
  // 3,000 RCU + 100 WCU on the index: ceil(3000 / 3000 + 100 / 1000) = 2 partitions.
  r["GlobalSecondaryIndexes"][0]["ProvisionedThroughput"]["ReadCapacityUnits"] = 3000;
  r["ProvisionedThroughput"] = {{"ReadCapacityUnits", 3000}, {"WriteCapacityUnits", 3000}};
  CreateActive(e, r);
  e.AdvanceClock(300'000);  // the index banks burst: 300 s of its share
  int written = 0;
  for (int i = 0; i < 2000; ++i) {
    std::string status = "s" + std::to_string(i);
    if (e.Handle("PutItem", {{"TableName", "Orders"},
                             {"Item", Order("c" + std::to_string(i), "o", {{"Status", S(status)}, {"Total", N("1")}})}})
            .ok())
      ++written;
  }
  TableSnapshot snap;
  REQUIRE(e.SnapshotTable("Orders", &snap));
  const IndexSnapshot& gsi = snap.indexes[1];
  REQUIRE(gsi.name == "ByStatus");
  REQUIRE(gsi.partitions.size() == 2);
  CHECK(gsi.pending_updates == static_cast<uint64_t>(written));
  REQUIRE(gsi.pending_updates > 512);
  CHECK(snap.index_updates_in_flight.size() == 512);
  int to_first = 0, to_second = 0;
  for (const IndexUpdateInFlight& u : snap.index_updates_in_flight) {
    (u.index_partition == gsi.partitions[0].id ? to_first : to_second)++;
  }
  // Both partitions' queues are longer than 256, so each shows 256.
  CHECK(to_first == 256);
  CHECK(to_second == 256);
}

}  // namespace ddb::test
