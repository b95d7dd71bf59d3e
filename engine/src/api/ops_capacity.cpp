// ddbviz extension operations (not part of DynamoDB's API, named so nobody mistakes them for AWS
// ones): DescribePartitions shows what DynamoDB keeps hidden, each partition's key range, data and
// throughput; DescribeMetrics returns the per-second series behind the viz's charts;
// SetAutoScaling stands in for Application Auto Scaling's target-tracking policy.
#include "api/ops.h"
#include "api/partition_view.h"
#include "api/request.h"
#include "ddb/codec.h"
#include "capacity/metric_history.h"
#include "index/index_snapshot.h"

namespace ddb {
namespace {

json SampleJson(const MetricSample& m) {
  return {{"Second", m.second},
          {"ConsumedReadCapacityUnits", m.consumed_rcu},
          {"ConsumedWriteCapacityUnits", m.consumed_wcu},
          {"ProvisionedReadCapacityUnits", m.provisioned_rcu},
          {"ProvisionedWriteCapacityUnits", m.provisioned_wcu},
          {"ThrottledReadRequests", m.throttled_reads},
          {"ThrottledWriteRequests", m.throttled_writes},
          {"BurstReadTokens", m.burst_read},
          {"BurstWriteTokens", m.burst_write},
          {"ItemCount", m.item_count},
          {"SizeBytes", m.size_bytes}};
}

Result<Table*> ReadTable(EngineState& s, const RequestView& v) {
  auto name = v.RequiredString("TableName");
  if (!name.ok()) return name.take_error();
  if (v.has("IndexName")) {
    return ApiError::Validation("A global secondary index's capacity is not auto scaled in ddbviz; set it with UpdateTable GlobalSecondaryIndexUpdates");
  }
  return FindTable(s, name.value());
}

json PolicyJson(const AutoScalingPolicy& p) {
  return {{"AutoScalingDisabled", !p.enabled},
          {"MinimumUnits", p.minimum},
          {"MaximumUnits", p.maximum},
          {"TargetValue", p.target_percent},
          {"ScaleInCooldown", p.scale_in_cooldown_s},
          {"ScaleOutCooldown", p.scale_out_cooldown_s},
          {"DisableScaleIn", p.disable_scale_in}};
}

// One direction's settings, in the shape of DynamoDB's AutoScalingSettingsUpdate (flattened: the
// target-tracking members sit next to the bounds).
Status ReadPolicy(const RequestView& v, std::string_view member, AutoScalingPolicy* out) {
  auto obj = v.Object(member);
  if (!obj.ok()) return obj.take_error();
  if (!obj.value()) return OkStatus();
  RequestView p(*obj.value());
  const std::string m(member);
  auto disabled = p.Bool("AutoScalingDisabled");
  if (!disabled.ok()) return disabled.take_error();
  AutoScalingPolicy next = *out;
  next.enabled = !disabled.value().value_or(false);
  if (!next.enabled) {
    *out = next;
    return OkStatus();
  }
  auto min = p.Int("MinimumUnits");
  if (!min.ok()) return min.take_error();
  auto max = p.Int("MaximumUnits");
  if (!max.ok()) return max.take_error();
  auto target = p.Number("TargetValue");
  if (!target.ok()) return target.take_error();
  if (!min.value() || !max.value() || !target.value())
    return ApiError::Validation(m + " needs MinimumUnits, MaximumUnits and TargetValue");
  if (*min.value() < 1 || *max.value() < *min.value())
    return ApiError::Validation(m + ": MinimumUnits must be at least 1 and at most MaximumUnits");
  // Application Auto Scaling accepts target utilisations of 20 to 90 percent for DynamoDB.
  if (*target.value() < 20 || *target.value() > 90) return ApiError::Validation(m + ": TargetValue must be between 20 and 90");
  next.minimum = *min.value();
  next.maximum = *max.value();
  next.target_percent = *target.value();
  auto in_cooldown = p.Int("ScaleInCooldown");
  if (!in_cooldown.ok()) return in_cooldown.take_error();
  auto out_cooldown = p.Int("ScaleOutCooldown");
  if (!out_cooldown.ok()) return out_cooldown.take_error();
  auto no_scale_in = p.Bool("DisableScaleIn");
  if (!no_scale_in.ok()) return no_scale_in.take_error();
  next.scale_in_cooldown_s = in_cooldown.value().value_or(0);
  next.scale_out_cooldown_s = out_cooldown.value().value_or(0);
  if (next.scale_in_cooldown_s < 0 || next.scale_out_cooldown_s < 0)
    return ApiError::Validation(m + ": cooldowns must not be negative");
  next.disable_scale_in = no_scale_in.value().value_or(false);
  next.above = next.below = 0;
  *out = next;
  return OkStatus();
}

}  // namespace

Result<json> SetAutoScaling(EngineState& s, const json& request) {
  RequestView v(request);
  auto found = ReadTable(s, v);
  if (!found.ok()) return found.take_error();
  Table& t = *found.value();
  if (t.def().billing != BillingMode::kProvisioned) {
    return ApiError::Validation("Auto scaling applies to provisioned tables; " + t.def().name + " is on-demand");
  }
  TableCapacity& c = t.capacity();
  AutoScalingPolicy read = c.read_scaling, write = c.write_scaling;
  DDB_TRY(ReadPolicy(v, "ReadCapacity", &read));
  DDB_TRY(ReadPolicy(v, "WriteCapacity", &write));
  c.read_scaling = read;
  c.write_scaling = write;
  s.Emit(EventKind::kCapacityChanged, t.def().name, -1, 0, 0, 0, "auto scaling settings changed");
  return json{{"TableName", t.def().name}, {"ReadCapacity", PolicyJson(read)}, {"WriteCapacity", PolicyJson(write)}};
}

Result<json> DescribePartitions(EngineState& s, const json& request) {
  RequestView v(request);
  if (v.has("IndexName")) return DescribeIndexPartitions(s, v);  // --- Secondary indexes
  auto found = ReadTable(s, v);
  if (!found.ok()) return found.take_error();
  const Table& t = *found.value();
  const ScaleProfile& profile = *t.def().profile;
  json parts = json::array();
  for (const Partition& p : t.partitions()) {
    json part = PartitionJson(p);
    // A partition that begins inside an item collection (a split by sort key) names its first key.
    if (p.first_key && p.first_key->sort && t.def().range_key) {
      part["FirstKey"] = {{t.def().hash_key.name, EncodeValue(p.first_key->partition)},
                          {t.def().range_key->name, EncodeValue(*p.first_key->sort)}};
    }
    parts.push_back(std::move(part));
  }
  json response = {{"TableName", t.def().name},
                   {"BillingMode", BillingModeName(t.def().billing)},
                   {"ScaleProfile",
                    {{"Name", std::string(profile.name)},
                     {"PartitionReadCapacityUnits", profile.partition_rcu},
                     {"PartitionWriteCapacityUnits", profile.partition_wcu},
                     {"PartitionSizeBytes", profile.partition_bytes}}},
                   {"Partitions", std::move(parts)}};
  if (t.def().billing == BillingMode::kProvisioned) {
    response["AutoScaling"] = {{"ReadCapacity", PolicyJson(t.capacity().read_scaling)},
                               {"WriteCapacity", PolicyJson(t.capacity().write_scaling)}};
  } else {
    const TableCapacity& c = t.capacity();
    response["OnDemand"] = {{"InstantReadUnitsPerSecond", c.on_demand_read.ceiling()},
                            {"InstantWriteUnitsPerSecond", c.on_demand_write.ceiling()},
                            {"PreviousPeakReadUnitsPerSecond", c.peak_read},
                            {"PreviousPeakWriteUnitsPerSecond", c.peak_write}};
  }
  return response;
}

namespace {

// The samples of `history` and of each partition's ring in [from, to].
json SeriesJson(const MetricRing<MetricSample>& history, const PartitionHistory* partitions, int64_t from, int64_t to,
                json response, const char* whole) {
  json series = json::array();
  history.ForRange(from, to, [&](const MetricSample& m) { series.push_back(SampleJson(m)); });
  response[whole] = std::move(series);
  if (partitions) {
    json parts = json::array();
    for (const auto& [id, ring] : *partitions) {
      json samples = json::array();
      ring.ForRange(from, to, [&](const PartitionSample& p) { samples.push_back(SampleJson(p.Expand())); });
      if (!samples.empty()) parts.push_back({{"PartitionId", id}, {"Samples", std::move(samples)}});
    }
    response["Partitions"] = std::move(parts);
  }
  return response;
}

}  // namespace

Result<json> DescribeMetrics(EngineState& s, const json& request) {
  RequestView v(request);
  auto name = v.RequiredString("TableName");
  if (!name.ok()) return name.take_error();
  auto index_name = v.String("IndexName");
  if (!index_name.ok()) return index_name.take_error();
  auto found = FindTable(s, name.value());
  if (!found.ok()) return found.take_error();
  const Table& t = *found.value();
  const int64_t now_second = s.now_ms() / 1000;
  auto start = v.Int("StartSecond");
  if (!start.ok()) return start.take_error();
  auto end = v.Int("EndSecond");
  if (!end.ok()) return end.take_error();
  const int64_t to = end.value().value_or(now_second);
  const int64_t from = start.value().value_or(to - 60);
  if (from > to) return ApiError::Validation("StartSecond must not be after EndSecond");
  if (to - from > static_cast<int64_t>(kTableMetricSeconds)) {
    return ApiError::Validation("The window from StartSecond to EndSecond must not exceed " +
                                std::to_string(kTableMetricSeconds) + " seconds");
  }
  auto with_partitions = v.Bool("IncludePartitions");
  if (!with_partitions.ok()) return with_partitions.take_error();
  const bool partitions = with_partitions.value().value_or(true);

  json response = {{"TableName", t.def().name}, {"StartSecond", from}, {"EndSecond", to}};
  if (index_name.value()) {  // --- Secondary indexes: a GSI's own series
    auto index = FindOwnPartitionsIndex(t, *index_name.value(), "its traffic is in the table's metrics");
    if (!index.ok()) return index.take_error();
    const SecondaryIndex& gsi = *index.value();
    response["IndexName"] = gsi.def().name;
    return SeriesJson(gsi.history, partitions ? &gsi.partition_history : nullptr, from, to, std::move(response), "Index");
  }
  const TableCapacity& c = t.capacity();
  return SeriesJson(c.history, partitions ? &c.partition_history : nullptr, from, to, std::move(response), "Table");
}

}  // namespace ddb
