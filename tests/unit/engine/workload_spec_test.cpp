// Parsing and validating the StartWorkload request (engine/src/sim/workload_spec.h). The defaults
// and limits checked here are the ones the header documents.
#include "sim/workload_spec.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

using namespace ddb;
using nlohmann::json;

namespace {

json Minimal() {
  return {{"TableName", "Music"}, {"WorkloadName", "hot-key"}, {"Rate", {{"RequestsPerSecond", 1500}}}};
}

// The message of the ValidationException `request` must produce.
std::string ErrorOf(const json& request) {
  auto r = ParseWorkloadSpec(request);
  if (r.ok()) return "(accepted)";
  CHECK(r.error().type == ErrorType::kValidation);
  return r.error().message;
}

// Minimal() with `member` of the nested object `parent` set to `value`.
json WithNested(const std::string& parent, const std::string& member, const json& value) {
  json r = Minimal();
  if (!r.contains(parent)) r[parent] = json::object();
  r[parent][member] = value;
  return r;
}

}  // namespace

TEST_CASE("A minimal StartWorkload request gets the documented defaults", "[engine]") {
  auto r = ParseWorkloadSpec(Minimal());
  REQUIRE(r.ok());
  const WorkloadSpec& s = r.value();
  CHECK(s.table_name == "Music");
  CHECK(s.workload_name == "hot-key");
  CHECK(s.rate.shape == RateShape::kSteady);
  CHECK(s.rate.requests_per_second == 1500);
  CHECK(s.rate.period_seconds == 86400);
  CHECK(s.rate.start_seconds == 0);
  CHECK(s.read_fraction == 0);
  CHECK_FALSE(s.consistent_read);
  CHECK(s.item_size.distribution == ItemSizeDistribution::kFixed);
  CHECK(s.item_size.bytes == 1000);
  CHECK(s.keys.distribution == KeyDistribution::kUniform);
  CHECK(s.keys.key_count == 1000);
  CHECK(s.keys.skew == 1.0);
  CHECK(s.keys.hot_fraction == 0.9);
  CHECK(s.keys.bucket_seconds == 60);
  CHECK(s.keys.prefix == "user");
  CHECK(s.sharding.mode == ShardingMode::kNone);
  CHECK(s.sharding.shards == 10);
  CHECK_FALSE(s.stop_after_seconds.has_value());
}

TEST_CASE("A full StartWorkload request is read member by member", "[engine]") {
  const json request = json::parse(R"({"TableName": "Music", "WorkloadName": "daily_1.b",
    "Rate": {"Shape": "DAILY", "RequestsPerSecond": 100, "PeakRequestsPerSecond": 3000.5,
             "StartSeconds": 60, "DurationSeconds": 300, "PeriodSeconds": 600.0},
    "ReadFraction": 0.25, "ConsistentRead": true,
    "ItemSize": {"Distribution": "UNIFORM", "Bytes": 1000, "MinBytes": 100, "MaxBytes": 4000},
    "Keys": {"Distribution": "ZIPF", "KeyCount": 5000, "Skew": 1.1, "HotFraction": 0.5,
             "BucketSeconds": 30, "Prefix": "device:eu-1"},
    "Sharding": {"Mode": "CALCULATED", "Shards": 199},
    "StopAfterSeconds": 3600})");
  auto r = ParseWorkloadSpec(request);
  REQUIRE(r.ok());
  const WorkloadSpec& s = r.value();
  CHECK(s.workload_name == "daily_1.b");
  CHECK(s.rate.shape == RateShape::kDaily);
  CHECK(s.rate.peak_requests_per_second == 3000.5);
  CHECK(s.rate.start_seconds == 60);
  CHECK(s.rate.duration_seconds == 300);
  CHECK(s.rate.period_seconds == 600);  // 600.0 is a whole number
  CHECK(s.read_fraction == 0.25);
  CHECK(s.consistent_read);
  CHECK(s.item_size.distribution == ItemSizeDistribution::kUniform);
  CHECK(s.item_size.min_bytes == 100);
  CHECK(s.item_size.max_bytes == 4000);
  CHECK(s.keys.distribution == KeyDistribution::kZipf);
  CHECK(s.keys.key_count == 5000);
  CHECK(s.keys.skew == 1.1);
  CHECK(s.keys.hot_fraction == 0.5);
  CHECK(s.keys.bucket_seconds == 30);
  CHECK(s.keys.prefix == "device:eu-1");
  CHECK(s.sharding.mode == ShardingMode::kCalculated);
  CHECK(s.sharding.shards == 199);
  REQUIRE(s.stop_after_seconds.has_value());
  CHECK(*s.stop_after_seconds == 3600);
}

TEST_CASE("JSON null counts as an absent member", "[engine]") {
  json r = Minimal();
  r["Keys"] = nullptr;
  r["StopAfterSeconds"] = nullptr;
  r["Rate"]["Shape"] = nullptr;
  auto s = ParseWorkloadSpec(r);
  REQUIRE(s.ok());
  CHECK(s.value().keys.key_count == 1000);
  CHECK(s.value().rate.shape == RateShape::kSteady);
  CHECK_FALSE(s.value().stop_after_seconds.has_value());
}

TEST_CASE("StartWorkload names the member a learner has to fix", "[engine]") {
  SECTION("the request itself") {
    CHECK(ErrorOf(json::array()) == "The StartWorkload request must be a JSON object");
    json r = Minimal();
    r.erase("TableName");
    CHECK(ErrorOf(r) == "TableName is required");
    r = Minimal();
    r.erase("WorkloadName");
    CHECK(ErrorOf(r) == "WorkloadName is required");
    r = Minimal();
    r.erase("Rate");
    CHECK(ErrorOf(r) == "Rate is required (at least {\"RequestsPerSecond\": N})");
  }
  SECTION("unknown members, at the top and nested") {
    json r = Minimal();
    r["RequestsPerSecond"] = 10;
    CHECK(ErrorOf(r) ==
          "Unknown member RequestsPerSecond in the StartWorkload request; the members are TableName, "
          "WorkloadName, Rate, ReadFraction, ConsistentRead, ItemSize, Keys, Sharding, IndexAttribute, "
          "StopAfterSeconds");
    CHECK(ErrorOf(WithNested("Keys", "Skwe", 1.2)) ==
          "Unknown member Keys.Skwe in Keys; the members are Distribution, KeyCount, Skew, HotFraction, "
          "BucketSeconds, Prefix, SortKeyCount");
  }
  SECTION("names") {
    json r = Minimal();
    r["TableName"] = "Mu";  // 2 characters: below the 3 DynamoDB requires
    CHECK(ErrorOf(r) == "TableName must be 3 to 255 characters of letters, digits, '_', '-' and '.' (got 'Mu')");
    r = Minimal();
    r["TableName"] = 42;
    CHECK(ErrorOf(r) == "TableName must be a string");
    r = Minimal();
    r["WorkloadName"] = "hot key";  // a space is outside [A-Za-z0-9_.-]
    CHECK(ErrorOf(r) == "WorkloadName must be 1 to 64 characters of letters, digits, '_', '-' and '.' (got 'hot key')");
    r["WorkloadName"] = std::string(65, 'w');
    CHECK(ErrorOf(r).rfind("WorkloadName must be 1 to 64 characters", 0) == 0);
  }
  SECTION("rates") {
    CHECK(ErrorOf(WithNested("Rate", "RequestsPerSecond", 0)) == "Rate.RequestsPerSecond must be greater than 0");
    CHECK(ErrorOf(WithNested("Rate", "RequestsPerSecond", -5)) == "Rate.RequestsPerSecond must be greater than 0");
    CHECK(ErrorOf(WithNested("Rate", "RequestsPerSecond", 10000001)) ==
          "Rate.RequestsPerSecond must be at most 10000000");
    CHECK(ParseWorkloadSpec(WithNested("Rate", "RequestsPerSecond", 10000000)).ok());
    CHECK(ErrorOf(WithNested("Rate", "RequestsPerSecond", "1500")) == "Rate.RequestsPerSecond must be a number");
    json r = Minimal();
    r["Rate"] = json::object();
    CHECK(ErrorOf(r) == "Rate.RequestsPerSecond is required");
    r["Rate"] = 1500;
    CHECK(ErrorOf(r) == "Rate must be an object");
    CHECK(ErrorOf(WithNested("Rate", "Shape", "BURST")) ==
          "Rate.Shape must be one of STEADY, RAMP, SPIKE, DAILY (got 'BURST')");
    CHECK(ErrorOf(WithNested("Rate", "Shape", "RAMP")) ==
          "Rate.PeakRequestsPerSecond is required when Rate.Shape is RAMP");
    r = WithNested("Rate", "Shape", "SPIKE");
    r["Rate"]["PeakRequestsPerSecond"] = 3000;
    CHECK(ErrorOf(r) == "Rate.DurationSeconds is required when Rate.Shape is SPIKE");
    r["Rate"]["DurationSeconds"] = 0;
    CHECK(ErrorOf(r) == "Rate.DurationSeconds must be greater than 0");
    r["Rate"]["DurationSeconds"] = 2.5;
    CHECK(ErrorOf(r) == "Rate.DurationSeconds must be a whole number");
    r["Rate"]["DurationSeconds"] = 30;
    r["Rate"]["StartSeconds"] = -1;
    CHECK(ErrorOf(r) == "Rate.StartSeconds must be between 0 and 1000000000");
    r["Rate"]["StartSeconds"] = 0;
    CHECK(ParseWorkloadSpec(r).ok());
    // DAILY needs a peak but no duration; the period defaults to a day.
    r = WithNested("Rate", "Shape", "DAILY");
    r["Rate"]["PeakRequestsPerSecond"] = 3000;
    CHECK(ParseWorkloadSpec(r).ok());
    r["Rate"]["PeriodSeconds"] = 0;
    CHECK(ErrorOf(r) == "Rate.PeriodSeconds must be greater than 0");
  }
  SECTION("reads") {
    json r = Minimal();
    r["ReadFraction"] = 1.5;
    CHECK(ErrorOf(r) == "ReadFraction must be between 0 and 1");
    r["ReadFraction"] = 1;
    CHECK(ParseWorkloadSpec(r).ok());
    r["ConsistentRead"] = "yes";
    CHECK(ErrorOf(r) == "ConsistentRead must be true or false");
  }
  SECTION("item sizes") {
    // 409,600 bytes = 400 KB, DynamoDB's item size limit.
    CHECK(ErrorOf(WithNested("ItemSize", "Bytes", 409601)) == "ItemSize.Bytes must be between 1 and 409600");
    CHECK(ParseWorkloadSpec(WithNested("ItemSize", "Bytes", 409600)).ok());
    CHECK(ErrorOf(WithNested("ItemSize", "Bytes", 0)) == "ItemSize.Bytes must be between 1 and 409600");
    json r = WithNested("ItemSize", "Distribution", "UNIFORM");
    r["ItemSize"]["MaxBytes"] = 4000;
    CHECK(ErrorOf(r) == "ItemSize.MinBytes is required when ItemSize.Distribution is UNIFORM");
    r["ItemSize"]["MinBytes"] = 5000;
    CHECK(ErrorOf(r) == "ItemSize.MinBytes (5000) must not be greater than ItemSize.MaxBytes (4000)");
    CHECK(ErrorOf(WithNested("ItemSize", "Distribution", "NORMAL")) ==
          "ItemSize.Distribution must be one of FIXED, UNIFORM (got 'NORMAL')");
  }
  SECTION("index attribute") {
    CHECK(ErrorOf(WithNested("IndexAttribute", "ValueCount", 3)) == "IndexAttribute.Name is required");
    CHECK(ErrorOf(WithNested("IndexAttribute", "Name", "")) == "IndexAttribute.Name must be 1 to 255 bytes long");
    CHECK(ErrorOf(WithNested("IndexAttribute", "Name", std::string(256, 'a'))) ==
          "IndexAttribute.Name must be 1 to 255 bytes long");
    json r = WithNested("IndexAttribute", "Name", "status");
    r["IndexAttribute"]["ValueCount"] = 0;
    CHECK(ErrorOf(r) == "IndexAttribute.ValueCount must be between 1 and 1000000");
    r["IndexAttribute"]["ValueCount"] = 3;
    r["IndexAttribute"]["Values"] = 3;
    CHECK(ErrorOf(r) == "Unknown member IndexAttribute.Values in IndexAttribute; the members are Name, ValueCount");
    r["IndexAttribute"].erase("Values");
    auto ok = ParseWorkloadSpec(r);
    REQUIRE(ok.ok());
    REQUIRE(ok.value().index_attribute);
    CHECK(ok.value().index_attribute->name == "status");
    CHECK(ok.value().index_attribute->value_count == 3);
    auto defaults = ParseWorkloadSpec(WithNested("IndexAttribute", "Name", "status"));
    REQUIRE(defaults.ok());
    CHECK(defaults.value().index_attribute->value_count == 10);
    CHECK_FALSE(ParseWorkloadSpec(Minimal()).value().index_attribute);
  }
  SECTION("keys") {
    CHECK(ErrorOf(WithNested("Keys", "KeyCount", 0)) == "Keys.KeyCount must be between 1 and 10000000");
    CHECK(ErrorOf(WithNested("Keys", "KeyCount", 10000001)) == "Keys.KeyCount must be between 1 and 10000000");
    CHECK(ErrorOf(WithNested("Keys", "SortKeyCount", 0)) == "Keys.SortKeyCount must be between 1 and 1000000");
    CHECK(ErrorOf(WithNested("Keys", "SortKeyCount", 1.5)) != "(accepted)");
    CHECK(ErrorOf(WithNested("Keys", "Skew", 0)) == "Keys.Skew must be greater than 0");
    CHECK(ErrorOf(WithNested("Keys", "Skew", 5.01)) == "Keys.Skew must be at most 5");
    CHECK(ErrorOf(WithNested("Keys", "HotFraction", -0.1)) == "Keys.HotFraction must be between 0 and 1");
    CHECK(ErrorOf(WithNested("Keys", "BucketSeconds", 0)) == "Keys.BucketSeconds must be greater than 0");
    CHECK(ErrorOf(WithNested("Keys", "Prefix", "")) ==
          "Keys.Prefix must be 1 to 64 characters of letters, digits, '_', '-', '.' and ':' (got '')");
    CHECK(ErrorOf(WithNested("Keys", "Prefix", "user#")).rfind("Keys.Prefix must be 1 to 64", 0) == 0);
    CHECK(ErrorOf(WithNested("Keys", "Distribution", "zipf")) ==
          "Keys.Distribution must be one of UNIFORM, ZIPF, HOT_KEY, TIME_SERIES (got 'zipf')");
  }
  SECTION("sharding and stopping") {
    CHECK(ErrorOf(WithNested("Sharding", "Shards", 1)) == "Sharding.Shards must be between 2 and 1000");
    CHECK(ErrorOf(WithNested("Sharding", "Shards", 1001)) == "Sharding.Shards must be between 2 and 1000");
    CHECK(ErrorOf(WithNested("Sharding", "Mode", "HASH")) ==
          "Sharding.Mode must be one of NONE, RANDOM, CALCULATED (got 'HASH')");
    json r = Minimal();
    r["StopAfterSeconds"] = 0;
    CHECK(ErrorOf(r) == "StopAfterSeconds must be greater than 0");
    r["StopAfterSeconds"] = 1;
    CHECK(ParseWorkloadSpec(r).ok());
  }
}
