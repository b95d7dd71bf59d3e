#include "app/workload_model.h"

#include "app/capacity.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace ddb::viz {
namespace {

using nlohmann::json;

void CopyText(char* dst, size_t size, const char* src) { std::snprintf(dst, size, "%s", src); }

// Rates go out as integers when whole ("1500", not "1500.0"), so the request reads as typed.
json RateNumber(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15) return json(static_cast<int64_t>(v));
  return json(v);
}

// Form floats rounded to 4 decimals, so 0.9f goes out as 0.9 (not 0.8999999761581421).
json Rounded(float v) { return json(std::round(static_cast<double>(v) * 10000.0) / 10000.0); }

template <size_t N>
const char* NameAt(const char* const (&names)[N], int index) {
  return names[std::clamp(index, 0, static_cast<int>(N) - 1)];
}

std::string StringMember(const json& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

double NumberMember(const json& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->is_number() ? it->get<double>() : 0.0;
}

uint64_t CountMember(const json& o, const char* key) {
  double v = NumberMember(o, key);
  return v > 0 ? static_cast<uint64_t>(v) : 0;
}

}  // namespace

const char* PresetName(WorkloadPreset preset) {
  switch (preset) {
    case WorkloadPreset::kUniform: return "Uniform keys";
    case WorkloadPreset::kHotKey: return "One hot key at 1500 WCU";
    case WorkloadPreset::kZipf: return "Zipf";
    case WorkloadPreset::kTimeSeries: return "Time-series keys";
    case WorkloadPreset::kShardedHotKey: return "Hot key with 10-way write sharding";
  }
  return "";
}

const char* PresetLesson(WorkloadPreset preset) {
  switch (preset) {
    case WorkloadPreset::kUniform:
      return "Writes spread evenly over 10,000 keys: every partition warms the same, nothing "
             "throttles while the table has capacity.";
    case WorkloadPreset::kHotKey:
      return "All 1,500 writes per second go to one key. One partition serves at most 1,000 WCU, "
             "so a third are throttled, and no split or adaptive capacity can help a single key.";
    case WorkloadPreset::kZipf:
      return "A few keys are far more popular than the rest (Zipf, skew 1.1): their partitions "
             "run hot while the others idle.";
    case WorkloadPreset::kTimeSeries:
      return "Every write goes to the key of the current minute: one partition takes all the "
             "traffic, then the next minute's key moves the heat elsewhere.";
    case WorkloadPreset::kShardedHotKey:
      return "The same hot key, written as key.1 .. key.10 (random suffix): ten keys of 150 WCU "
             "each spread over the partitions, so nothing throttles.";
  }
  return "";
}

void ApplyPreset(WorkloadPreset preset, double rate_scale, WorkloadForm* f) {
  *f = WorkloadForm{};
  auto rate = [&](double real_rate) { return std::max(real_rate * rate_scale, 0.5); };
  f->bytes = 1000;  // one WCU per write: every rate below is also its WCU
  switch (preset) {
    case WorkloadPreset::kUniform:
      CopyText(f->name, sizeof(f->name), "uniform");
      f->requests_per_second = rate(800);
      f->keys = static_cast<int>(KeyChoice::kUniform);
      f->key_count = 10000;
      break;
    case WorkloadPreset::kHotKey:
      CopyText(f->name, sizeof(f->name), "hot-key");
      f->requests_per_second = rate(1500);
      f->keys = static_cast<int>(KeyChoice::kHotKey);
      f->hot_fraction = 1.0f;
      break;
    case WorkloadPreset::kZipf:
      CopyText(f->name, sizeof(f->name), "zipf");
      f->requests_per_second = rate(1200);
      f->read_fraction = 0.5f;
      f->keys = static_cast<int>(KeyChoice::kZipf);
      f->key_count = 10000;
      f->skew = 1.1f;
      break;
    case WorkloadPreset::kTimeSeries:
      CopyText(f->name, sizeof(f->name), "time-series");
      f->requests_per_second = rate(600);
      f->keys = static_cast<int>(KeyChoice::kTimeSeries);
      f->bucket_seconds = 60;
      break;
    case WorkloadPreset::kShardedHotKey:
      CopyText(f->name, sizeof(f->name), "sharded-hot-key");
      f->requests_per_second = rate(1500);
      f->keys = static_cast<int>(KeyChoice::kHotKey);
      f->hot_fraction = 1.0f;
      f->sharding = static_cast<int>(ShardingChoice::kRandom);
      f->shards = 10;
      break;
  }
}

json StartWorkloadRequest(const WorkloadForm& f, const std::string& table) {
  auto shape = static_cast<RateShapeChoice>(std::clamp(f.shape, 0, 3));
  json rate = {{"Shape", NameAt(kRateShapeNames, f.shape)},
               {"RequestsPerSecond", RateNumber(f.requests_per_second)}};
  if (shape != RateShapeChoice::kSteady)
    rate["PeakRequestsPerSecond"] = RateNumber(f.peak_requests_per_second);
  if (shape == RateShapeChoice::kSpike) rate["StartSeconds"] = f.start_seconds;
  if (shape == RateShapeChoice::kRamp || shape == RateShapeChoice::kSpike)
    rate["DurationSeconds"] = f.duration_seconds;
  if (shape == RateShapeChoice::kDaily) rate["PeriodSeconds"] = f.period_seconds;

  json request = {{"TableName", table}, {"WorkloadName", f.name}, {"Rate", rate}};
  if (f.read_fraction > 0) {
    request["ReadFraction"] = Rounded(f.read_fraction);
    request["ConsistentRead"] = f.consistent_read;
  }

  json size = {{"Distribution", NameAt(kSizeChoiceNames, f.size)}};
  if (static_cast<SizeChoice>(std::clamp(f.size, 0, 1)) == SizeChoice::kFixed) {
    size["Bytes"] = f.bytes;
  } else {
    size["MinBytes"] = f.min_bytes;
    size["MaxBytes"] = f.max_bytes;
  }
  request["ItemSize"] = size;

  auto keys_choice = static_cast<KeyChoice>(std::clamp(f.keys, 0, 3));
  json keys = {{"Distribution", NameAt(kKeyChoiceNames, f.keys)}};
  if (keys_choice != KeyChoice::kTimeSeries) keys["KeyCount"] = f.key_count;
  if (keys_choice == KeyChoice::kZipf) keys["Skew"] = Rounded(f.skew);
  if (keys_choice == KeyChoice::kHotKey) keys["HotFraction"] = Rounded(f.hot_fraction);
  if (keys_choice == KeyChoice::kTimeSeries) keys["BucketSeconds"] = f.bucket_seconds;
  if (std::strcmp(f.prefix, "user") != 0) keys["Prefix"] = f.prefix;
  request["Keys"] = keys;

  if (static_cast<ShardingChoice>(std::clamp(f.sharding, 0, 2)) != ShardingChoice::kNone)
    request["Sharding"] = {{"Mode", NameAt(kShardingNames, f.sharding)}, {"Shards", f.shards}};
  if (f.stop_after) request["StopAfterSeconds"] = f.stop_after_seconds;
  return request;
}

FormUnits FormRequestUnits(const WorkloadForm& f) {
  bool fixed = static_cast<SizeChoice>(std::clamp(f.size, 0, 1)) == SizeChoice::kFixed;
  int bytes = fixed ? f.bytes : (f.min_bytes + f.max_bytes) / 2;
  auto size = static_cast<uint64_t>(std::max(bytes, 1));
  double reads = f.requests_per_second * std::clamp(static_cast<double>(f.read_fraction), 0.0, 1.0);
  double writes = f.requests_per_second - reads;
  FormUnits u;
  u.read_units_per_s = reads * static_cast<double>(ReadHalfUnitsForItem(size, f.consistent_read)) / 2.0;
  u.write_units_per_s = writes * static_cast<double>(WriteUnitsForItem(size));
  return u;
}

json StopWorkloadRequest(const std::string& name) { return {{"WorkloadName", name}}; }

std::vector<WorkloadRow> ParseWorkloadList(const json& response) {
  std::vector<WorkloadRow> rows;
  if (!response.is_object()) return rows;
  auto it = response.find("Workloads");
  if (it == response.end() || !it->is_array()) return rows;
  for (const json& w : *it) {
    if (!w.is_object()) continue;
    WorkloadRow row;
    row.name = StringMember(w, "WorkloadName");
    row.table = StringMember(w, "TableName");
    row.status = StringMember(w, "Status");
    row.requests_sent = CountMember(w, "RequestsSent");
    row.throttled = CountMember(w, "Throttled");
    row.requests_per_second = NumberMember(w, "RequestsPerSecond");
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace ddb::viz
