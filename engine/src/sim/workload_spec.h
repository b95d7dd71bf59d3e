// A synthetic workload: the parsed, validated request of the StartWorkload extension operation.
// A learner drives a table with it to watch hot partitions form and cool; WorkloadGenerator turns
// it into requests. ParseWorkloadSpec checks everything up front, so the generator never sees a
// bad value.
//
// The request (every member other than TableName, WorkloadName and Rate is optional):
//   {"TableName": "Music", "WorkloadName": "hot-key",
//    "Rate": {"Shape": "STEADY|RAMP|SPIKE|DAILY", "RequestsPerSecond": 1500,
//             "PeakRequestsPerSecond": 3000, "StartSeconds": 60, "DurationSeconds": 300,
//             "PeriodSeconds": 86400},
//    "ReadFraction": 0.25, "ConsistentRead": false,
//    "ItemSize": {"Distribution": "FIXED|UNIFORM", "Bytes": 1000, "MinBytes": 100, "MaxBytes": 4000},
//    "Keys": {"Distribution": "UNIFORM|ZIPF|HOT_KEY|TIME_SERIES", "KeyCount": 1000, "Skew": 1.1,
//             "HotFraction": 0.9, "BucketSeconds": 60, "Prefix": "user", "SortKeyCount": 1},
//    "Sharding": {"Mode": "NONE|RANDOM|CALCULATED", "Shards": 10},
//    "IndexAttribute": {"Name": "status", "ValueCount": 3},
//    "StopAfterSeconds": 3600}
//
// Every error is a ValidationException whose message names the member, e.g.
// "Rate.RequestsPerSecond must be greater than 0". Unknown members are errors too (a misspelt
// member would otherwise be silently ignored). JSON null counts as absent. Members that the
// chosen shape or distribution does not use (Skew for UNIFORM keys, say) are accepted and
// ignored, but still checked when present. Seconds are whole numbers, at most 1,000,000,000.
#pragma once

#include "ddb/result.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace ddb {

// Request rate over time. Seconds count from the workload's start; rates are requests per
// second, 0 < rate <= 10,000,000 (fractions allowed: 0.5 is one request every two seconds).
enum class RateShape {
  kSteady,  // RequestsPerSecond forever.
  kRamp,    // Linear from RequestsPerSecond to PeakRequestsPerSecond over DurationSeconds, then
            // stays at the peak. Peak may be below the start rate (a ramp down).
  kSpike,   // RequestsPerSecond, except PeakRequestsPerSecond during
            // [StartSeconds, StartSeconds + DurationSeconds).
  kDaily,   // Sinusoid: RequestsPerSecond (the trough) at t = 0, PeakRequestsPerSecond (the crest)
            // at half a period, back to the trough at PeriodSeconds.
};

struct RateSpec {
  RateShape shape = RateShape::kSteady;                 // Shape, default STEADY
  double requests_per_second = 0;                       // RequestsPerSecond, required
  double peak_requests_per_second = 0;                  // PeakRequestsPerSecond: required by RAMP, SPIKE, DAILY
  int64_t start_seconds = 0;                            // StartSeconds (SPIKE), default 0
  int64_t duration_seconds = 0;                         // DurationSeconds: required by RAMP, SPIKE; > 0
  int64_t period_seconds = 86400;                       // PeriodSeconds (DAILY), default one day; > 0
};

// Size of the whole written item in bytes, 1..409,600 (DynamoDB's 400 KB item limit). The engine
// pads an attribute to reach it.
enum class ItemSizeDistribution {
  kFixed,    // every item has `bytes`
  kUniform,  // uniform in [min_bytes, max_bytes]
};

struct ItemSizeSpec {
  ItemSizeDistribution distribution = ItemSizeDistribution::kFixed;  // Distribution, default FIXED
  uint32_t bytes = 1000;    // Bytes (FIXED), default 1000
  uint32_t min_bytes = 0;   // MinBytes (UNIFORM): required, <= MaxBytes
  uint32_t max_bytes = 0;   // MaxBytes (UNIFORM): required
};

// Which logical partition key a request uses. Keys are Prefix + "#" + number, numbers 1..KeyCount
// ("user#1" .. "user#1000"), or Prefix + "#" + a time bucket for TIME_SERIES.
enum class KeyDistribution {
  kUniform,     // every key equally likely
  kZipf,        // key number k has probability proportional to 1 / k^Skew: user#1 is the hottest
  kHotKey,      // HotFraction of the traffic goes to user#1, the rest uniformly to the others
                // (with KeyCount 1, everything goes to user#1)
  kTimeSeries,  // every request goes to the key of the current time bucket, the classic
                // hot-partition anti-pattern: the bucket of virtual time t (t = 0 is
                // 2026-01-01T00:00:00Z) of BucketSeconds, aligned to that epoch, named by its start
                // at the precision the bucket needs: "user#2026-01-01" (whole days),
                // "user#2026-01-01T05" (whole hours), "user#2026-01-01T00:05" (whole minutes) or
                // "user#2026-01-01T00:05:30".
};

struct KeySpec {
  KeyDistribution distribution = KeyDistribution::kUniform;  // Distribution, default UNIFORM
  uint32_t key_count = 1000;   // KeyCount, 1..10,000,000, default 1000 (not used by TIME_SERIES)
  double skew = 1.0;           // Skew (ZIPF), 0 < Skew <= 5, default 1.0
  double hot_fraction = 0.9;   // HotFraction (HOT_KEY), 0..1, default 0.9
  int64_t bucket_seconds = 60; // BucketSeconds (TIME_SERIES), > 0, default 60
  std::string prefix = "user"; // Prefix, 1..64 characters of [A-Za-z0-9_.:-], default "user"
  // SortKeyCount, 1..1,000,000, default 1: on a table with a sort key, each request names one of
  // sort keys 0..SortKeyCount-1 of its partition key, uniformly (an item collection of that many
  // items); with 1, always sort key 0. Tables without a sort key ignore it.
  uint32_t sort_key_count = 1;
};

// Write sharding (DynamoDB developer guide, "Using write sharding to distribute workloads
// evenly"). The final key is the logical key + "." + a shard number in 1..Shards.
enum class ShardingMode {
  kNone,
  // A uniform random shard for every request. Reads pick a random shard too: a real application
  // reads all shards of a logical key and merges, which this one-request-per-read model leaves out.
  kRandom,
  // The shard follows from the logical key, so a reader can find a single item: the product of
  // the key's UTF-8 code points (its bytes: keys are ASCII) modulo Shards, plus 1, the guide's
  // "calculated suffix" recipe. Note the recipe's weakness, which the simulation keeps: when
  // Shards shares a factor with a code point present in every key, the product is always
  // divisible by it and everything lands in few shards. With the default Prefix "user" and
  // Shards 10, 's' (115 = 5 * 23) and 'r' (114 = 2 * 57) make every product a multiple of 10,
  // so every key goes to shard 1. A prime Shards above the largest code point (127, 131, 199)
  // spreads keys well.
  kCalculated,
};

struct ShardingSpec {
  ShardingMode mode = ShardingMode::kNone;  // Mode, default NONE
  uint32_t shards = 10;                     // Shards, 2..1000, default 10
};

// An attribute every write carries besides the key, for a global secondary index keyed on it to
// see the traffic: value k of 1..ValueCount, uniformly, as "<Name>#<k>" (a string) or k (a
// number: StartWorkload follows the type an index's key schema gives the attribute). A few values
// make the classic low-cardinality index key, whose partition no split can relieve.
struct IndexAttributeSpec {
  std::string name;          // Name, required, 1..255 bytes; not a key attribute of the table
  uint32_t value_count = 10;  // ValueCount, 1..1,000,000, default 10
};

struct WorkloadSpec {
  std::string table_name;     // TableName, required, 3..255 characters of [A-Za-z0-9_.-]
  std::string workload_name;  // WorkloadName, required, 1..64 characters of [A-Za-z0-9_.-]
  RateSpec rate;              // Rate, required
  double read_fraction = 0;   // ReadFraction, 0..1, default 0: the share of GetItem requests;
                              // the rest are PutItem
  bool consistent_read = false;  // ConsistentRead of the GetItem requests, default false
  ItemSizeSpec item_size;
  KeySpec keys;
  ShardingSpec sharding;
  std::optional<IndexAttributeSpec> index_attribute;  // IndexAttribute, default none
  std::optional<int64_t> stop_after_seconds;  // StopAfterSeconds, > 0: ends by itself after that
};

// Parses and validates a StartWorkload request. Every failure is ApiError::Validation.
Result<WorkloadSpec> ParseWorkloadSpec(const nlohmann::json& request);

}  // namespace ddb
