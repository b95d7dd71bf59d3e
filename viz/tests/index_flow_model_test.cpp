#include "app/index_flow_model.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace ddb::viz {
namespace {

using nlohmann::json;

PartitionSnapshot Part(int id) {
  PartitionSnapshot p;
  p.id = id;
  return p;
}

// Orders with two table partitions (ids 3, 4), a GSI ByStatus with partitions 0 and 1, and an LSI.
TableSnapshot Orders() {
  TableSnapshot t;
  t.name = "Orders";
  t.billing_mode = "PROVISIONED";
  t.partitions = {Part(3), Part(4)};
  IndexSnapshot lsi;
  lsi.name = "ByDate";
  lsi.kind = "LSI";
  lsi.partition_key = "Customer";
  lsi.sort_key = "OrderDate";
  lsi.projection = "ALL";
  IndexSnapshot gsi;
  gsi.name = "ByStatus";
  gsi.kind = "GSI";
  gsi.status = "ACTIVE";
  gsi.partition_key = "Status";
  gsi.projection = "KEYS_ONLY";
  gsi.write_capacity = 5;
  gsi.partitions = {Part(0), Part(1)};
  gsi.pending_updates = 3;
  gsi.propagation_lag_ms = 42;
  t.indexes = {lsi, gsi};
  return t;
}

IndexUpdateInFlight Update(int base, int index_partition, int64_t enqueued, int64_t apply, bool put = true) {
  return {"ByStatus", base, index_partition, enqueued, apply, 0x1234, put};
}

TEST_CASE("A packet is (now - enqueued) / (apply - enqueued) of the way", "[viz]") {
  CHECK(PacketProgress(1000, 1100, 1000) == 0.0f);
  CHECK(PacketProgress(1000, 1100, 1025) == Approx(0.25f));
  CHECK(PacketProgress(1000, 1100, 1100) == 1.0f);
  CHECK(PacketProgress(1000, 1100, 5000) == 1.0f);  // overdue: stays at the index box
  CHECK(PacketProgress(1000, 1000, 1000) == 1.0f);
}

TEST_CASE("The model puts GSIs in columns, LSIs under the table, updates between them", "[viz]") {
  TableSnapshot t = Orders();
  t.index_updates_in_flight = {Update(4, 1, 1000, 1100), Update(3, 0, 1000, 1040, false), Update(3, 0, 1000, 1040)};
  IndexFlowModel m;
  BuildIndexFlowModel(t, 1050, &m);
  REQUIRE(m.gsis.size() == 1);
  REQUIRE(m.lsis.size() == 1);
  CHECK(m.lsis[0].name == "ByDate");
  CHECK(m.lsis[0].keys == "Customer (partition key), OrderDate (sort key)");
  const FlowIndexColumn& c = m.gsis[0];
  CHECK(c.keys == "Status (partition key)");
  CHECK(c.projection == "KEYS_ONLY");
  CHECK(c.write_capacity == 5);
  CHECK(c.pending_updates == 3);
  CHECK(c.propagation_lag_ms == 42);
  REQUIRE(m.packets.size() == 3);
  // Base partition id 4 is row 1, index partition id 1 is row 1; halfway at 1050.
  CHECK(m.packets[0].base_row == 1);
  CHECK(m.packets[0].index_row == 1);
  CHECK(m.packets[0].t == Approx(0.5f));
  CHECK_FALSE(m.packets[0].overdue);
  // A key change: a remove and a put, both due at 1040, still queued at 1050: waiting for capacity.
  CHECK_FALSE(m.packets[1].put);
  CHECK(m.packets[2].put);
  CHECK(m.packets[1].overdue);
  CHECK(m.packets[1].t == 1.0f);
  CHECK(c.partitions[0].overdue == 2);
  CHECK(c.partitions[0].in_flight == 2);
  CHECK(c.partitions[1].overdue == 0);
  CHECK(m.base[0].in_flight == 2);
  CHECK(m.not_shown == 0);
}

TEST_CASE("Beyond the snapshot's oldest updates the model counts the rest and reuses its buffers", "[viz]") {
  TableSnapshot t = Orders();
  t.indexes[1].pending_updates = 100'000;
  for (int i = 0; i < 512; ++i) t.index_updates_in_flight.push_back(Update(3 + i % 2, i % 2, 0, 50 + i));
  IndexFlowModel m;
  BuildIndexFlowModel(t, 10, &m);
  CHECK(m.packets.size() == 512);
  CHECK(m.total_pending == 100'000);
  CHECK(m.not_shown == 100'000 - 512);
  const FlowPacket* buffer = m.packets.data();
  BuildIndexFlowModel(t, 20, &m);
  CHECK(m.packets.data() == buffer);  // no new allocation per frame
}

TEST_CASE("Updates for a partition the model does not know are skipped, not drawn at a wrong place", "[viz]") {
  TableSnapshot t = Orders();
  t.index_updates_in_flight = {Update(9, 0, 0, 10), {"Gone", 3, 0, 0, 10, 1, true}};
  IndexFlowModel m;
  BuildIndexFlowModel(t, 5, &m);
  CHECK(m.packets.empty());
}

TEST_CASE("Stale-read and back-pressure details are parsed", "[viz]") {
  std::string index, op;
  uint64_t missed = 0;
  REQUIRE(ParseStaleReadDetail("ByStatus Query: 3 updates not yet applied", &index, &op, &missed));
  CHECK(index == "ByStatus");
  CHECK(op == "Query");
  CHECK(missed == 3);
  CHECK_FALSE(ParseStaleReadDetail("garbage", &index, &op, &missed));
  REQUIRE(ParseBackPressureDetail("IndexWriteProvisionedThroughputExceeded: index ByStatus partition 0 has 7 WCU of "
                                  "updates waiting",
                                  &index));
  CHECK(index == "ByStatus");
  CHECK_FALSE(ParseBackPressureDetail("TableWriteKeyRangeThroughputExceeded", &index));
}

Event Make(EventKind kind, int partition, const std::string& detail) {
  Event e;
  e.kind = kind;
  e.table = "Orders";
  e.partition = partition;
  e.detail = detail;
  return e;
}

TEST_CASE("Stale reads flag their index for 5 s, back-pressure its base partition for 3 s", "[viz]") {
  EventLog log;
  log.Append(Make(EventKind::kIndexStaleRead, 0, "ByStatus Query: 3 updates not yet applied"));
  log.Append(Make(EventKind::kThrottled, 2, "IndexWriteProvisionedThroughputExceeded: index ByStatus partition 0"));
  log.Append(Make(EventKind::kThrottled, 1, "TableWriteKeyRangeThroughputExceeded"));
  IndexFlowEffects fx;
  IngestIndexFlowEvents(log, 10.0, &fx);
  const StaleReadFlag* stale = FindStaleRead(fx, "Orders", "ByStatus");
  REQUIRE(stale != nullptr);
  CHECK(stale->missed == 3);
  CHECK(stale->operation == "Query");
  const BackPressureFlag* bp = FindBackPressure(fx, "Orders", 2);
  REQUIRE(bp != nullptr);
  CHECK(bp->index == "ByStatus");
  CHECK(FindBackPressure(fx, "Orders", 1) == nullptr);  // a table throttle is not the index's doing
  CHECK(FlagStrength(stale->start_s, 12.5, kStaleReadFlagSeconds) == Approx(0.5f));

  IngestIndexFlowEvents(log, 13.5, &fx);  // no new events: the back-pressure flag expired
  CHECK(FindBackPressure(fx, "Orders", 2) == nullptr);
  CHECK(FindStaleRead(fx, "Orders", "ByStatus") != nullptr);
  IngestIndexFlowEvents(log, 15.5, &fx);
  CHECK(FindStaleRead(fx, "Orders", "ByStatus") == nullptr);
}

TEST_CASE("A GSI partition's split is flagged for its children for 6 s; a table split is not", "[viz]") {
  EventLog log;
  Event gsi = Make(EventKind::kPartitionSplit, 0, "heat");
  gsi.index = "ByStatus";
  log.Append(gsi);
  log.Append(Make(EventKind::kPartitionSplit, 1, "size"));  // the table's own partition 1
  IndexFlowEffects fx;
  IngestIndexFlowEvents(log, 20.0, &fx);
  const IndexSplitFlag* split = FindIndexSplit(fx, "Orders", "ByStatus", 0);
  REQUIRE(split != nullptr);
  CHECK(split->start_s == 20.0);
  CHECK(FindIndexSplit(fx, "Orders", "ByStatus", 1) == nullptr);
  CHECK(fx.splits.size() == 1);
  IngestIndexFlowEvents(log, 25.9, &fx);
  CHECK(FindIndexSplit(fx, "Orders", "ByStatus", 0) != nullptr);
  IngestIndexFlowEvents(log, 26.1, &fx);
  CHECK(FindIndexSplit(fx, "Orders", "ByStatus", 0) == nullptr);
}

// Through the engine's one door: a write to a table with a GSI shows as a packet in flight, and a
// Query of the GSI right after it raises the stale-read flag.
TEST_CASE("A Put on a table with a GSI becomes a packet and a Query right after is flagged stale", "[viz]") {
  Engine engine;
  json create = json::parse(R"({"TableName":"Orders",
    "AttributeDefinitions":[{"AttributeName":"Customer","AttributeType":"S"},
                            {"AttributeName":"Status","AttributeType":"S"}],
    "KeySchema":[{"AttributeName":"Customer","KeyType":"HASH"}],
    "ProvisionedThroughput":{"ReadCapacityUnits":10,"WriteCapacityUnits":10},
    "GlobalSecondaryIndexes":[{"IndexName":"ByStatus",
      "KeySchema":[{"AttributeName":"Status","KeyType":"HASH"}],"Projection":{"ProjectionType":"ALL"},
      "ProvisionedThroughput":{"ReadCapacityUnits":5,"WriteCapacityUnits":5}}]})");
  REQUIRE(engine.Handle("CreateTable", create).ok());
  engine.AdvanceClock(30'000);
  REQUIRE(engine.Handle("PutItem", json::parse(R"({"TableName":"Orders",
    "Item":{"Customer":{"S":"ann"},"Status":{"S":"NEW"}}})")).ok());
  auto query = engine.Handle("Query", json::parse(R"({"TableName":"Orders","IndexName":"ByStatus",
    "KeyConditionExpression":"#s = :s","ExpressionAttributeNames":{"#s":"Status"},
    "ExpressionAttributeValues":{":s":{"S":"NEW"}}})"));
  REQUIRE(query.ok());
  CHECK(query.value()["Count"] == 0);

  TableSnapshot t;
  REQUIRE(engine.SnapshotTable("Orders", &t));
  IndexFlowModel m;
  BuildIndexFlowModel(t, engine.now_ms(), &m);
  REQUIRE(m.packets.size() == 1);
  CHECK(m.packets[0].put);
  CHECK(m.packets[0].t == 0.0f);
  CHECK(m.gsis[0].pending_updates == 1);
  IndexFlowEffects fx;
  IngestIndexFlowEvents(engine.events(), 1.0, &fx);
  const StaleReadFlag* stale = FindStaleRead(fx, "Orders", "ByStatus");
  REQUIRE(stale != nullptr);
  CHECK(stale->missed == 1);

  engine.AdvanceClock(1000);  // past the propagation lag: applied, nothing in flight
  REQUIRE(engine.SnapshotTable("Orders", &t));
  BuildIndexFlowModel(t, engine.now_ms(), &m);
  CHECK(m.packets.empty());
  CHECK(m.gsis[0].pending_updates == 0);
}

TEST_CASE("A GSI partition's split state and note reach the index column", "[viz]") {
  TableSnapshot t = Orders();
  PartitionSnapshot child = Part(2);
  child.parent = 0;
  child.splitting = true;
  child.note = "splitting for heat: 50% / 50% of the recent traffic on each side";
  t.indexes[1].partitions = {child, Part(3)};
  IndexFlowModel m;
  BuildIndexFlowModel(t, 0, &m);
  REQUIRE(m.gsis.size() == 1);
  REQUIRE(m.gsis[0].partitions.size() == 2);
  const FlowPartition& p = m.gsis[0].partitions[0];
  CHECK(p.id == 2);
  CHECK(p.parent == 0);
  CHECK(p.splitting);
  CHECK(p.note == child.note);
  // Rebuilt from a later snapshot, the reused row takes the new state, not the old one's.
  t.indexes[1].partitions = {Part(2), Part(3)};
  BuildIndexFlowModel(t, 0, &m);
  CHECK(m.gsis[0].partitions[0].parent == -1);
  CHECK_FALSE(m.gsis[0].partitions[0].splitting);
  CHECK(m.gsis[0].partitions[0].note.empty());
}

}  // namespace
}  // namespace ddb::viz
