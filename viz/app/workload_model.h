// The workload panel's model: the form behind the StartWorkload extension operation, the presets
// a learner starts from, the exact request JSON the form sends through Engine::Handle, and the
// reading of ListWorkloads' answer. No ImGui here (the form is plain data the window edits).
//
// StartWorkload request (engine/src/sim/workload_spec.h documents every member and default):
//   {"TableName", "WorkloadName",
//    "Rate": {"Shape": STEADY|RAMP|SPIKE|DAILY, "RequestsPerSecond", "PeakRequestsPerSecond",
//             "StartSeconds", "DurationSeconds", "PeriodSeconds"},
//    "ReadFraction", "ConsistentRead",
//    "ItemSize": {"Distribution": FIXED|UNIFORM, "Bytes", "MinBytes", "MaxBytes"},
//    "Keys": {"Distribution": UNIFORM|ZIPF|HOT_KEY|TIME_SERIES, "KeyCount", "Skew", "HotFraction",
//             "BucketSeconds", "Prefix"},
//    "Sharding": {"Mode": NONE|RANDOM|CALCULATED, "Shards"},
//    "StopAfterSeconds"}
// The form sends only the members its choices use, so the request a learner sees is the minimal
// one that says what they picked.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace ddb::viz {

enum class RateShapeChoice { kSteady, kRamp, kSpike, kDaily };
enum class KeyChoice { kUniform, kZipf, kHotKey, kTimeSeries };
enum class SizeChoice { kFixed, kUniform };
enum class ShardingChoice { kNone, kRandom, kCalculated };

// The wire names, indexed by the enums above (also the combo box items).
inline constexpr const char* kRateShapeNames[] = {"STEADY", "RAMP", "SPIKE", "DAILY"};
inline constexpr const char* kKeyChoiceNames[] = {"UNIFORM", "ZIPF", "HOT_KEY", "TIME_SERIES"};
inline constexpr const char* kSizeChoiceNames[] = {"FIXED", "UNIFORM"};
inline constexpr const char* kShardingNames[] = {"NONE", "RANDOM", "CALCULATED"};

struct WorkloadForm {
  char name[65] = "uniform";
  int shape = 0;  // RateShapeChoice
  double requests_per_second = 200;
  double peak_requests_per_second = 1000;  // RAMP, SPIKE, DAILY
  int start_seconds = 60;                  // SPIKE
  int duration_seconds = 120;              // RAMP, SPIKE
  int period_seconds = 600;                // DAILY
  float read_fraction = 0.0f;
  bool consistent_read = false;
  int size = 0;  // SizeChoice
  int bytes = 1000;  // FIXED: 1,000 bytes is one WCU per write (1 KB = 1,024 bytes)
  int min_bytes = 100, max_bytes = 4000;  // UNIFORM
  int keys = 0;  // KeyChoice
  int key_count = 1000;   // UNIFORM, ZIPF, HOT_KEY
  float skew = 1.1f;      // ZIPF
  float hot_fraction = 0.9f;  // HOT_KEY
  int bucket_seconds = 60;    // TIME_SERIES
  char prefix[65] = "user";
  int sharding = 0;  // ShardingChoice
  int shards = 10;
  bool stop_after = false;
  int stop_after_seconds = 600;
};

enum class WorkloadPreset { kUniform, kHotKey, kZipf, kTimeSeries, kShardedHotKey };
inline constexpr int kWorkloadPresetCount = 5;

// "Uniform keys", "One hot key at 1500 WCU", "Zipf", "Time-series keys",
// "Hot key with 10-way write sharding".
const char* PresetName(WorkloadPreset preset);
// One or two sentences on what the preset shows.
const char* PresetLesson(WorkloadPreset preset);
// Fills the form with the preset. Rates are written for DynamoDB's real partition limits and
// multiplied by `rate_scale` (1 for the real profile, 1/100 for the classroom one) so the preset
// stresses the partitions the same way under either profile.
void ApplyPreset(WorkloadPreset preset, double rate_scale, WorkloadForm* form);

// The StartWorkload request for `table`.
nlohmann::json StartWorkloadRequest(const WorkloadForm& form, const std::string& table);
// {"WorkloadName": name}.
nlohmann::json StopWorkloadRequest(const std::string& name);

// Request units per second the form asks for at its base rate (RequestsPerSecond): reads cost
// ceil(bytes / 4 KB) units, half when eventually consistent; writes ceil(bytes / 1 KB) (UNIFORM
// sizes are priced at their mean). For the cost readout before anything runs.
struct FormUnits {
  double read_units_per_s = 0, write_units_per_s = 0;
};
FormUnits FormRequestUnits(const WorkloadForm& form);

// One entry of ListWorkloads' answer.
struct WorkloadRow {
  std::string name, table, status;  // status: RUNNING, STOPPED or FINISHED
  uint64_t requests_sent = 0, throttled = 0;
  double requests_per_second = 0;
};
// Reads {"Workloads": [{"WorkloadName", "TableName", "Status", "RequestsSent", "Throttled",
// "RequestsPerSecond"}]}; missing or mistyped members read as empty / 0, entries that are not
// objects are skipped.
std::vector<WorkloadRow> ParseWorkloadList(const nlohmann::json& response);

}  // namespace ddb::viz
