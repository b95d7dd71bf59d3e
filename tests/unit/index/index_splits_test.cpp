// A global secondary index's own partitions split like a table's (dynamodb-model §6.5: adaptive
// capacity applies to GSIs; §6.6 triggers; simulation choices 3-4): by size over the profile's
// partition limit, and for heat after 5 minutes at 80 % of a partition ceiling, never inside one
// index partition-key value.
#include "../capacity/capacity_support.h"
#include "index_support.h"

namespace ddb::test {
namespace {

// Readings(id HASH) with GSI ByDevice(device HASH) projecting `projection`, on the classroom
// profile (partitions of 30 RCU, 10 WCU, 64 KB). The index has 1 RCU + 9 WCU: ceil(1/30 + 9/10)
// = 1 partition, with a 9 WCU share under its 10 WCU ceiling. The table has 30 RCU + 30 WCU:
// ceil(30/30 + 30/10) = 4 partitions of 7.5 WCU, so base writes never throttle here.
json ReadingsTable(const std::string& projection) {
  return {{"TableName", "Readings"},
          {"AttributeDefinitions", {AttrJson("id", "S"), AttrJson("device", "S")}},
          {"KeySchema", {KeyElementJson("id", "HASH")}},
          {"ProvisionedThroughput", {{"ReadCapacityUnits", 30}, {"WriteCapacityUnits", 30}}},
          {"GlobalSecondaryIndexes",
           {{{"IndexName", "ByDevice"},
             {"KeySchema", {KeyElementJson("device", "HASH")}},
             {"Projection", {{"ProjectionType", projection}}},
             {"ProvisionedThroughput", {{"ReadCapacityUnits", 1}, {"WriteCapacityUnits", 9}}}}}}};
}

Engine ClassroomEngine() {
  EngineOptions options;
  options.profile = "classroom";
  return Engine(options);
}

bool PutReading(Engine& e, int64_t n, const std::string& device, size_t note_bytes = 0) {
  json item = {{"id", S("r" + std::to_string(n))}, {"device", S(device)}};
  if (note_bytes) item["note"] = S(std::string(note_bytes, 'x'));
  auto r = e.Handle("PutItem", {{"TableName", "Readings"}, {"Item", item}});
  return r.ok();
}

json IndexPartitions(Engine& e) {
  return Call(e, "DescribePartitions", {{"TableName", "Readings"}, {"IndexName", "ByDevice"}})["Partitions"];
}

// Events of `kind` about the index's partitions, and about the table's.
std::pair<int, int> CountByOwner(const Engine& e, EventKind kind) {
  int index = 0, table = 0;
  for (const Event& ev : e.events().all()) {
    if (ev.kind != kind) continue;
    if (ev.index == "ByDevice") ++index; else ++table;
  }
  return {index, table};
}

int IndexCount(Engine& e) {
  return Call(e, "Scan", {{"TableName", "Readings"}, {"IndexName", "ByDevice"}, {"Select", "COUNT"}})["Count"];
}

}  // namespace

TEST_CASE("A GSI partition hot for 5 minutes splits between index key values", "[index][capacity]") {
  Engine e = ClassroomEngine();
  CreateActive(e, ReadingsTable("KEYS_ONLY"));
  REQUIRE(IndexPartitions(e).size() == 1);
  // 9 writes/s over 20 devices: each base write is one 1-WCU index write, 9 WCU/s on the one
  // index partition, 90 % of its 10 WCU ceiling. Hot from the first second: the split starts
  // after 300 s and completes 2-5 minutes later.
  const Outcome run = Drive(e, 600, 9, [&](int64_t n) { return PutReading(e, n, "device" + std::to_string(n % 20)); });
  CHECK(run.throttled == 0);
  CHECK(CountByOwner(e, EventKind::kSplitStarted) == std::pair{1, 0});
  CHECK(CountByOwner(e, EventKind::kPartitionSplit) == std::pair{1, 0});
  const json parts = IndexPartitions(e);
  REQUIRE(parts.size() == 2);
  for (const json& p : parts) {
    CHECK(p["ParentPartitionId"] == 0);
    CHECK(p["ItemCount"].get<int>() > 0);  // each child took some of the 20 devices
    CHECK(p["WriteCapacity"]["Share"] == 4.5);  // the parent's 9 WCU halved
  }
  CHECK(parts[0]["PartitionId"] == 1);
  CHECK(parts[1]["PartitionId"] == 2);
  // The table's own partitions are untouched.
  CHECK(Call(e, "DescribePartitions", {{"TableName", "Readings"}})["Partitions"].size() == 4);
  // Updates queued when the split happened went on to their children: every write arrives.
  e.AdvanceClock(60'000);
  CHECK(IndexCount(e) == 5400);
  CHECK(parts[0]["ItemCount"].get<int>() + parts[1]["ItemCount"].get<int>() <= 5400);
}

TEST_CASE("A GSI whose traffic is one index key value cannot split, and says why", "[index][capacity]") {
  Engine e = ClassroomEngine();
  CreateActive(e, ReadingsTable("KEYS_ONLY"));
  // Every reading has device "hub": a low-cardinality index key. The index partition runs at
  // 9 WCU/s for 400 s, but one value carries all of it.
  Drive(e, 400, 9, [&](int64_t n) { return PutReading(e, n, "hub"); });
  CHECK(CountByOwner(e, EventKind::kSplitStarted) == std::pair{0, 0});
  CHECK(CountByOwner(e, EventKind::kSplitRefused) == std::pair{1, 0});  // once per hot spell
  const json parts = IndexPartitions(e);
  REQUIRE(parts.size() == 1);
  REQUIRE(parts[0].contains("Note"));
  const std::string note = parts[0]["Note"];
  CHECK(note.find("one index partition-key value") != std::string::npos);
  CHECK(note.find("100%") != std::string::npos);
  CHECK(note.find("cannot spread it") != std::string::npos);
}

TEST_CASE("A GSI partition over the size limit splits at its byte median", "[index][capacity]") {
  Engine e = ClassroomEngine();
  CreateActive(e, ReadingsTable("ALL"));
  // 65 readings on devices of their own, each a 1,021- or 1,023-byte index entry (ids r0-r9 and
  // device0-device9 are a byte shorter): 66,475 bytes in the index's one partition, over 64 KB
  // (64 entries would be 65,452). About 8 writes a second keeps every partition under its 10 WCU
  // ceiling, and each update lands within a second, so all 65 entries are in place when the
  // partition is found too large.
  for (int i = 0; i < 65; ++i) {
    REQUIRE(PutReading(e, i, "device" + std::to_string(i), 1000));
    e.AdvanceClock(120);
  }
  e.AdvanceClock(6 * 60'000);  // a split takes 2-5 minutes
  const json parts = IndexPartitions(e);
  REQUIRE(parts.size() == 2);
  const int lower = parts[0]["ItemCount"], upper = parts[1]["ItemCount"];
  CHECK(lower + upper == 65);
  CHECK(parts[0]["SizeBytes"].get<int>() + parts[1]["SizeBytes"].get<int>() == 66'475);
  // The split falls at the first boundary between index key values with at least half the bytes
  // (33,237) below it: 32 entries hold at most 32,736 bytes, 33 at least 33,739.
  CHECK(lower == 33);
  const int lower_bytes = parts[0]["SizeBytes"], upper_bytes = parts[1]["SizeBytes"];
  CHECK(lower_bytes >= upper_bytes);
  CHECK(lower_bytes <= 64 * 1024);
  const auto [index_splits, table_splits] = CountByOwner(e, EventKind::kPartitionSplit);
  CHECK(index_splits == 1);
  CHECK(table_splits == 0);  // the table's 66 KB spread over 4 partitions of 64 KB
}

TEST_CASE("Events about a GSI's partitions name the index", "[index]") {
  Engine e = ClassroomEngine();
  CreateActive(e, ReadingsTable("KEYS_ONLY"));
  REQUIRE(PutReading(e, 1, "hub"));
  e.AdvanceClock(1000);
  Call(e, "Query", {{"TableName", "Readings"},
                    {"IndexName", "ByDevice"},
                    {"KeyConditionExpression", "device = :d"},
                    {"ExpressionAttributeValues", {{":d", S("hub")}}}});
  int applied = 0, index_reads = 0, table_writes = 0;
  for (const Event& ev : e.events().all()) {
    if (ev.kind == EventKind::kIndexUpdateApplied) applied += ev.index == "ByDevice";
    if (ev.kind == EventKind::kItemRead) index_reads += ev.index == "ByDevice";
    if (ev.kind == EventKind::kItemWritten) table_writes += ev.index.empty();
  }
  CHECK(applied == 1);
  CHECK(index_reads == 1);
  CHECK(table_writes == 1);
}

TEST_CASE("Raising a GSI's throughput past what its partitions serve doubles them", "[index][capacity]") {
  Engine e = ClassroomEngine();
  CreateActive(e, ReadingsTable("KEYS_ONLY"));
  for (int i = 0; i < 40; ++i) {
    REQUIRE(PutReading(e, i, "device" + std::to_string(i)));
    e.AdvanceClock(150);  // under every 10 WCU partition ceiling
  }
  e.AdvanceClock(2000);
  // 1 RCU + 30 WCU needs ceil(1/30 + 30/10) = 4 partitions of 10 WCU: the one partition splits
  // in two, and both halves again (§6.2: raising throughput doubled the partition count).
  Call(e, "UpdateTable", {{"TableName", "Readings"},
                          {"GlobalSecondaryIndexUpdates",
                           {{{"Update", {{"IndexName", "ByDevice"},
                                         {"ProvisionedThroughput",
                                          {{"ReadCapacityUnits", 1}, {"WriteCapacityUnits", 30}}}}}}}}});
  e.AdvanceClock(10'000);  // the update takes a few seconds
  const json parts = IndexPartitions(e);
  REQUIRE(parts.size() == 4);
  int items = 0;
  for (const json& p : parts) {
    CHECK(p["WriteCapacity"]["Share"] == 7.5);  // 30 WCU over 4
    items += p["ItemCount"].get<int>();
  }
  CHECK(items == 40);
  // Quarters of the key space, the middle of each half.
  CHECK(parts[1]["HashRangeStart"] == "4000000000000000");
  CHECK(parts[2]["HashRangeStart"] == "8000000000000000");
  CHECK(parts[3]["HashRangeStart"] == "c000000000000000");
  CHECK(CountByOwner(e, EventKind::kPartitionSplit) == std::pair{3, 0});
  // Lowering it again keeps the four (partitions never merge).
  Call(e, "UpdateTable", {{"TableName", "Readings"},
                          {"GlobalSecondaryIndexUpdates",
                           {{{"Update", {{"IndexName", "ByDevice"},
                                         {"ProvisionedThroughput",
                                          {{"ReadCapacityUnits", 1}, {"WriteCapacityUnits", 9}}}}}}}}});
  e.AdvanceClock(10'000);
  CHECK(IndexPartitions(e).size() == 4);
  CHECK(IndexCount(e) == 40);
}

}  // namespace ddb::test

namespace ddb::test {
namespace {

double SumOf(const json& samples, const char* field) {
  double sum = 0;
  for (const json& s : samples) sum += s[field].get<double>();
  return sum;
}

TEST_CASE("A GSI keeps per-second metrics of its own, as a table does (DescribeMetrics with IndexName)",
          "[index][capacity]") {
  Engine e = ClassroomEngine();
  CreateActive(e, ReadingsTable("KEYS_ONLY"));
  const int64_t first = e.now_ms() / 1000;
  // 9 writes/s for 20 s: each base write of a new item is one index write of 1 WCU (an entry
  // under 1 KB), so the index consumes 180 WCU in all, however the propagation lag bunches them.
  const Outcome run = Drive(e, 20, 9, [&](int64_t n) { return PutReading(e, n, "device" + std::to_string(n % 20)); });
  REQUIRE(run.throttled == 0);
  e.AdvanceClock(5000);  // every update applied
  const json m = Call(e, "DescribeMetrics", {{"TableName", "Readings"}, {"IndexName", "ByDevice"},
                                             {"StartSecond", first}, {"EndSecond", e.now_ms() / 1000}});
  CHECK(m["IndexName"] == "ByDevice");
  const json& index = m["Index"];
  REQUIRE(!index.empty());
  CHECK(SumOf(index, "ConsumedWriteCapacityUnits") == 180.0);
  CHECK(SumOf(index, "ThrottledWriteRequests") == 0.0);
  CHECK(index.back()["ProvisionedWriteCapacityUnits"] == 9.0);  // the index's own, not the table's 30
  CHECK(index.back()["ProvisionedReadCapacityUnits"] == 1.0);
  CHECK(index.back()["ItemCount"] == 180);
  // Its one partition carries all of it, under its own id.
  REQUIRE(m["Partitions"].size() == 1);
  CHECK(m["Partitions"][0]["PartitionId"] == 0);
  CHECK(SumOf(m["Partitions"][0]["Samples"], "ConsumedWriteCapacityUnits") == 180.0);
  // The table's own series is unchanged by it: 180 base writes of 1 WCU.
  const json table = Call(e, "DescribeMetrics", {{"TableName", "Readings"}, {"StartSecond", first},
                                                 {"EndSecond", e.now_ms() / 1000}});
  CHECK(SumOf(table["Table"], "ConsumedWriteCapacityUnits") == 180.0);
  CHECK(table["Table"].back()["ProvisionedWriteCapacityUnits"] == 30.0);
  // The typed read the viz charts from gives the same series.
  MetricSeries typed;
  REQUIRE(e.IndexMetrics("Readings", "ByDevice", first, e.now_ms() / 1000, &typed));
  double typed_wcu = 0;
  for (const MetricSample& sample : typed.table) typed_wcu += sample.consumed_wcu;
  CHECK(typed_wcu == 180.0);
  CHECK(typed.table.back().provisioned_wcu == 9.0);
  REQUIRE(typed.partitions.size() == 1);
  CHECK(typed.partitions[0].first == 0);
}

TEST_CASE("DescribeMetrics refuses an unknown index and a local one, which has no partitions of its own",
          "[index][capacity]") {
  Engine e;
  CreateActive(e, OrdersTableRequest());
  auto missing = e.Handle("DescribeMetrics", {{"TableName", "Orders"}, {"IndexName", "Nope"}});
  REQUIRE(!missing.ok());
  CHECK(missing.error().type == ErrorType::kValidation);
  CHECK(missing.error().message == "The table does not have the specified index: Nope");
  auto local = e.Handle("DescribeMetrics", {{"TableName", "Orders"}, {"IndexName", "ByDate"}});
  REQUIRE(!local.ok());
  CHECK(local.error().type == ErrorType::kValidation);
  CHECK(local.error().message.find("lives in the table's partitions") != std::string::npos);
  MetricSeries typed;
  CHECK_FALSE(e.IndexMetrics("Orders", "Nope", 0, 60, &typed));
  CHECK_FALSE(e.IndexMetrics("Orders", "ByDate", 0, 60, &typed));
  CHECK_FALSE(e.IndexMetrics("NoSuchTable", "ByDate", 0, 60, &typed));
}

}  // namespace
}  // namespace ddb::test
