#include "app/workload_model.h"

#include <catch2/catch.hpp>

#include <cstdio>

namespace ddb::viz {
namespace {

using nlohmann::json;

TEST_CASE("The hot-key preset sends one key at 1,500 writes of 1 WCU per second", "[viz]") {
  WorkloadForm f;
  ApplyPreset(WorkloadPreset::kHotKey, 1.0, &f);
  json expected = json::parse(R"({
    "TableName": "Music", "WorkloadName": "hot-key",
    "Rate": {"Shape": "STEADY", "RequestsPerSecond": 1500},
    "ItemSize": {"Distribution": "FIXED", "Bytes": 1000},
    "Keys": {"Distribution": "HOT_KEY", "KeyCount": 1000, "HotFraction": 1.0}})");
  CHECK(StartWorkloadRequest(f, "Music") == expected);
  // 1,000-byte items: one WCU each (1 KB = 1,024 bytes), so 1,500 WRU per second.
  FormUnits u = FormRequestUnits(f);
  CHECK(u.write_units_per_s == Approx(1500));
  CHECK(u.read_units_per_s == 0);
}

TEST_CASE("Presets scale their rates with the classroom profile", "[viz]") {
  WorkloadForm f;
  ApplyPreset(WorkloadPreset::kHotKey, 1.0 / 100.0, &f);  // classroom: limits / 100
  CHECK(StartWorkloadRequest(f, "Music")["Rate"]["RequestsPerSecond"] == 15);
}

TEST_CASE("The sharded preset adds random write sharding over 10 shards", "[viz]") {
  WorkloadForm f;
  ApplyPreset(WorkloadPreset::kShardedHotKey, 1.0, &f);
  json r = StartWorkloadRequest(f, "Music");
  CHECK(r["Sharding"] == json::parse(R"({"Mode": "RANDOM", "Shards": 10})"));
  CHECK(r["Keys"]["Distribution"] == "HOT_KEY");
}

TEST_CASE("The Zipf preset reads half the time, eventually consistent", "[viz]") {
  WorkloadForm f;
  ApplyPreset(WorkloadPreset::kZipf, 1.0, &f);
  json r = StartWorkloadRequest(f, "T1x");
  CHECK(r["Keys"] == json::parse(R"({"Distribution": "ZIPF", "KeyCount": 10000, "Skew": 1.1})"));
  CHECK(r["ReadFraction"] == 0.5);
  CHECK(r["ConsistentRead"] == false);
  // 1,200 req/s: 600 reads of 1,000 B = one 4 KB block, half a unit eventually consistent = 300
  // RRU; 600 writes of 1 WCU = 600 WRU.
  FormUnits u = FormRequestUnits(f);
  CHECK(u.read_units_per_s == Approx(300));
  CHECK(u.write_units_per_s == Approx(600));
}

TEST_CASE("The time-series preset names buckets, not key counts", "[viz]") {
  WorkloadForm f;
  ApplyPreset(WorkloadPreset::kTimeSeries, 1.0, &f);
  json keys = StartWorkloadRequest(f, "Music")["Keys"];
  CHECK(keys == json::parse(R"({"Distribution": "TIME_SERIES", "BucketSeconds": 60})"));
}

TEST_CASE("A spike form sends exactly the members its shape uses", "[viz]") {
  WorkloadForm f;
  std::snprintf(f.name, sizeof(f.name), "%s", "spike-1");
  f.shape = static_cast<int>(RateShapeChoice::kSpike);
  f.requests_per_second = 2.5;
  f.peak_requests_per_second = 3000;
  f.start_seconds = 60;
  f.duration_seconds = 30;
  f.size = static_cast<int>(SizeChoice::kUniform);
  f.min_bytes = 100;
  f.max_bytes = 4000;
  std::snprintf(f.prefix, sizeof(f.prefix), "%s", "device");
  f.sharding = static_cast<int>(ShardingChoice::kCalculated);
  f.shards = 127;
  f.stop_after = true;
  f.stop_after_seconds = 600;
  json expected = json::parse(R"({
    "TableName": "Music", "WorkloadName": "spike-1",
    "Rate": {"Shape": "SPIKE", "RequestsPerSecond": 2.5, "PeakRequestsPerSecond": 3000,
             "StartSeconds": 60, "DurationSeconds": 30},
    "ItemSize": {"Distribution": "UNIFORM", "MinBytes": 100, "MaxBytes": 4000},
    "Keys": {"Distribution": "UNIFORM", "KeyCount": 1000, "Prefix": "device"},
    "Sharding": {"Mode": "CALCULATED", "Shards": 127},
    "StopAfterSeconds": 600})");
  CHECK(StartWorkloadRequest(f, "Music") == expected);
}

TEST_CASE("StopWorkload names the workload", "[viz]") {
  CHECK(StopWorkloadRequest("hot-key") == json::parse(R"({"WorkloadName": "hot-key"})"));
}

TEST_CASE("ListWorkloads answers are read leniently", "[viz]") {
  json answer = json::parse(R"({"Workloads": [
    {"WorkloadName": "hot-key", "TableName": "Music", "Status": "RUNNING",
     "RequestsSent": 4500, "Throttled": 1500, "RequestsPerSecond": 1500.0},
    {"WorkloadName": "old", "Status": "FINISHED", "RequestsSent": "lots"},
    42]})");
  std::vector<WorkloadRow> rows = ParseWorkloadList(answer);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].name == "hot-key");
  CHECK(rows[0].table == "Music");
  CHECK(rows[0].status == "RUNNING");
  CHECK(rows[0].requests_sent == 4500);
  CHECK(rows[0].throttled == 1500);
  CHECK(rows[0].requests_per_second == 1500.0);
  CHECK(rows[1].status == "FINISHED");
  CHECK(rows[1].requests_sent == 0);  // mistyped: 0
  CHECK(rows[1].table.empty());
  CHECK(ParseWorkloadList(json::parse("[]")).empty());
  CHECK(ParseWorkloadList(json::parse(R"({"Workloads": {}})")).empty());
}

}  // namespace
}  // namespace ddb::viz
