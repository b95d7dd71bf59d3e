#include "app/metrics_cache.h"

#include "app/capacity_views.h"

#include <catch2/catch.hpp>

#include <string>

namespace ddb::viz {
namespace {

using nlohmann::json;

void CreateTable(Engine* engine) {
  auto r = engine->Handle("CreateTable", json::parse(R"({"TableName": "Metrics",
      "AttributeDefinitions": [{"AttributeName": "K", "AttributeType": "S"}],
      "KeySchema": [{"AttributeName": "K", "KeyType": "HASH"}],
      "ProvisionedThroughput": {"ReadCapacityUnits": 50, "WriteCapacityUnits": 50}})"));
  REQUIRE(r.ok());
  engine->AdvanceClock(60000);  // ACTIVE after a few virtual seconds
}

void Write(Engine* engine, int n, int salt) {
  for (int i = 0; i < n; ++i) {
    json item = {{"TableName", "Metrics"}, {"Item", {{"K", {{"S", "k" + std::to_string(salt * 1000 + i)}}}}}};
    (void)engine->Handle("PutItem", item);
  }
}

bool SameSamples(const std::vector<MetricSample>& a, const std::vector<MetricSample>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].second != b[i].second || a[i].consumed_wcu != b[i].consumed_wcu ||
        a[i].throttled_writes != b[i].throttled_writes)
      return false;
  }
  return true;
}

std::vector<MetricSample> Slice(const std::vector<MetricSample>& v, int64_t from, int64_t to) {
  std::vector<MetricSample> out;
  for (const MetricSample& s : v) {
    if (s.second >= from && s.second <= to) out.push_back(s);
  }
  return out;
}

TEST_CASE("Following the newest second copies only the tail, and matches a full fetch", "[viz]") {
  Engine engine;
  CreateTable(&engine);
  MetricsCache follow;
  double ui = 0;
  for (int second = 0; second < 40; ++second) {
    Write(&engine, 1 + second % 5, second);
    engine.AdvanceClock(1000);
    ui += 0.25;  // more than kMetricsRefreshSeconds of real time per virtual second
    int64_t now = engine.now_ms() / 1000;
    REQUIRE(RefreshMetrics(engine, "Metrics", now - 30, now, ui, &follow));
  }
  // Every completed second refreshed the cache (the first in full, then only the new tail).
  CHECK(follow.generation == 40);
  int64_t now = engine.now_ms() / 1000;
  MetricsCache full;
  REQUIRE(RefreshMetrics(engine, "Metrics", follow.from_s, now, ui, &full));
  CHECK(full.series.table.size() >= 30);  // the engine keeps a table sample per second
  CHECK(SameSamples(Slice(follow.series.table, follow.from_s, now), Slice(full.series.table, follow.from_s, now)));
  CHECK(follow.series.partitions.size() == full.series.partitions.size());
}

TEST_CASE("A cached range is reused until the view leaves it or a second completes", "[viz]") {
  Engine engine;
  CreateTable(&engine);
  engine.AdvanceClock(200000);  // now = 260 s
  MetricsCache c;
  int64_t now = engine.now_ms() / 1000;
  CHECK(RefreshMetrics(engine, "Metrics", now - 100, now - 50, 0.0, &c));
  // Inside the fetched margin: no new copy.
  CHECK_FALSE(RefreshMetrics(engine, "Metrics", now - 95, now - 55, 1.0, &c));
  // Far outside: a full fetch.
  CHECK(RefreshMetrics(engine, "Metrics", 0, 10, 2.0, &c));
  CHECK(c.from_s == 0);
  // Another table: a full fetch, and an unknown table is reported.
  CHECK(RefreshMetrics(engine, "Nope", 0, 10, 3.0, &c));
  CHECK_FALSE(c.ok);
  CHECK(MetricsEmpty(c));
}

TEST_CASE("A view before time 0 does not refetch every frame", "[viz]") {
  Engine engine;
  CreateTable(&engine);  // now = 60 s; a 300 s view starts at -240
  MetricsCache c;
  int64_t now = engine.now_ms() / 1000;
  CHECK(RefreshMetrics(engine, "Metrics", now - 300, now, 0.0, &c));
  CHECK_FALSE(RefreshMetrics(engine, "Metrics", now - 300, now, 0.01, &c));
}

TEST_CASE("A GSI's series is cached apart from its table's, and switching between them refetches", "[viz]") {
  Engine engine;
  auto r = engine.Handle("CreateTable", json::parse(R"({"TableName": "Readings",
      "AttributeDefinitions": [{"AttributeName": "Id", "AttributeType": "S"},
                               {"AttributeName": "Device", "AttributeType": "S"}],
      "KeySchema": [{"AttributeName": "Id", "KeyType": "HASH"}],
      "GlobalSecondaryIndexes": [{"IndexName": "ByDevice",
          "KeySchema": [{"AttributeName": "Device", "KeyType": "HASH"}],
          "Projection": {"ProjectionType": "KEYS_ONLY"},
          "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 7}}],
      "ProvisionedThroughput": {"ReadCapacityUnits": 50, "WriteCapacityUnits": 50}})"));
  REQUIRE(r.ok());
  engine.AdvanceClock(60000);
  for (int i = 0; i < 3; ++i) {
    json item = {{"TableName", "Readings"},
                 {"Item", {{"Id", {{"S", "r" + std::to_string(i)}}}, {"Device", {{"S", "d1"}}}}}};
    REQUIRE(engine.Handle("PutItem", item).ok());
  }
  engine.AdvanceClock(5000);
  const int64_t now = engine.now_ms() / 1000;
  MetricsCache c;
  REQUIRE(RefreshMetrics(engine, "Readings", now - 30, now, 0.0, &c, "ByDevice"));
  REQUIRE(c.ok);
  CHECK(c.index == "ByDevice");
  REQUIRE(!c.series.table.empty());
  CHECK(c.series.table.back().provisioned_wcu == 7.0);  // the index's own throughput
  double wcu = 0;
  for (const MetricSample& s : c.series.table) wcu += s.consumed_wcu;
  CHECK(wcu == 3.0);  // three index entries under 1 KB: 1 WCU each
  // Back to the table: the same range is fetched again, with the table's throughput.
  CHECK(RefreshMetrics(engine, "Readings", now - 30, now, 0.0, &c));
  CHECK(c.index.empty());
  CHECK(c.series.table.back().provisioned_wcu == 50.0);
  // A name that is not a GSI is reported like an unknown table.
  CHECK(RefreshMetrics(engine, "Readings", now - 30, now, 0.0, &c, "Nope"));
  CHECK_FALSE(c.ok);
}

TEST_CASE("Each frame records the lineage of the selected table's partitions and of each GSI's own", "[viz]") {
  Engine engine;
  REQUIRE(engine.Handle("CreateTable", json::parse(R"({"TableName": "Readings",
      "AttributeDefinitions": [{"AttributeName": "Id", "AttributeType": "S"},
                               {"AttributeName": "Device", "AttributeType": "S"}],
      "KeySchema": [{"AttributeName": "Id", "KeyType": "HASH"}],
      "BillingMode": "PAY_PER_REQUEST",
      "GlobalSecondaryIndexes": [{"IndexName": "ByDevice",
          "KeySchema": [{"AttributeName": "Device", "KeyType": "HASH"}],
          "Projection": {"ProjectionType": "KEYS_ONLY"}}]})")).ok());
  engine.AdvanceClock(60000);
  ViewState state;
  state.selected_table = "Readings";
  CapacityViews views;
  UpdateCapacityViews(engine, state, &views);
  TableSnapshot table;
  REQUIRE(engine.SnapshotTable("Readings", &table));
  REQUIRE(table.indexes.size() == 1);
  const PartitionLineage& own = views.effects.lineage[LineageKey("Readings", "ByDevice")];
  CHECK(own.size() == table.indexes[0].partitions.size());
  CHECK(views.effects.lineage["Readings"].size() == table.partitions.size());
}

}  // namespace
}  // namespace ddb::viz
