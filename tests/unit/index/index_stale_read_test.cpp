// The IndexStaleRead event: a GSI read served while updates it could miss are still queued says so
// (index_stale_read.h). The rule it makes visible: "Global secondary indexes support eventually
// consistent reads only" and "changes to the table data are propagated to the global secondary
// indexes within a fraction of a second, under normal conditions" (Developer Guide, "Using Global
// Secondary Indexes in DynamoDB", "Reading data from a global secondary index" and "Data
// synchronization between tables and global secondary indexes"); an LSI is updated with its table.
#include "index_support.h"

namespace ddb::test {
namespace {

std::vector<Event> StaleReads(const Engine& e) {
  std::vector<Event> out;
  for (const Event& ev : e.events().all()) {
    if (ev.kind == EventKind::kIndexStaleRead) out.push_back(ev);
  }
  return out;
}

}  // namespace

TEST_CASE("A GSI Query right after a Put sees the old state and emits IndexStaleRead", "[index]") {
  Engine e;
  CreateActive(e, OrdersTableRequest());
  PutOrder(e, Order("ann", "o1", {{"Status", S("NEW")}, {"Total", N("5")}}));
  PutOrder(e, Order("bob", "o2", {{"Status", S("NEW")}, {"Total", N("7")}}));
  PutOrder(e, Order("cat", "o3", {{"Status", S("SHIPPED")}, {"Total", N("9")}}));

  // The write is not in the index yet (the propagation lag is at least 5 ms)...
  CHECK(QueryStatus(e, "NEW")["Count"] == 0);
  // ...and the engine says why: two updates of "NEW" were still on their way.
  std::vector<Event> stale = StaleReads(e);
  REQUIRE(stale.size() == 1);
  CHECK(stale[0].table == "Orders");
  CHECK(stale[0].detail == "ByStatus Query: 2 updates not yet applied");
  CHECK(stale[0].key_hash == Engine::HashKey(AttributeValue("NEW")));
  json parts = Call(e, "DescribePartitions", {{"TableName", "Orders"}, {"IndexName", "ByStatus"}})["Partitions"];
  REQUIRE(parts.size() == 1);
  CHECK(stale[0].partition == parts[0]["PartitionId"].get<int>());

  // A Scan of the whole index could miss all three.
  CHECK(Call(e, "Scan", {{"TableName", "Orders"}, {"IndexName", "ByStatus"}})["Count"] == 0);
  stale = StaleReads(e);
  REQUIRE(stale.size() == 2);
  CHECK(stale[1].detail == "ByStatus Scan: 3 updates not yet applied");
  CHECK(stale[1].partition == -1);

  // "Within a fraction of a second": past the lag (bounded at 800 ms, simulation choice 16) the
  // index has caught up, the reads see the writes and nothing is flagged.
  e.AdvanceClock(1000);
  CHECK(QueryStatus(e, "NEW")["Count"] == 2);
  CHECK(Call(e, "Scan", {{"TableName", "Orders"}, {"IndexName", "ByStatus"}})["Count"] == 3);
  CHECK(StaleReads(e).size() == 2);
}

TEST_CASE("A GSI Query of a key with no update in flight and LSI reads are never flagged", "[index]") {
  Engine e;
  CreateActive(e, OrdersTableRequest());
  PutOrder(e, Order("ann", "o1", {{"OrderDate", S("2026-01-02")}, {"Status", S("NEW")}, {"Total", N("5")}}));
  // Another status value: nothing queued could change this answer.
  CHECK(QueryStatus(e, "SHIPPED")["Count"] == 0);
  // The LSI has the item at once: it is updated with the table.
  json lsi = Call(e, "Query",
                  {{"TableName", "Orders"},
                   {"IndexName", "ByDate"},
                   {"KeyConditionExpression", "Customer = :c"},
                   {"ExpressionAttributeValues", {{":c", S("ann")}}}});
  CHECK(lsi["Count"] == 1);
  CHECK(StaleReads(e).empty());
}

}  // namespace ddb::test
