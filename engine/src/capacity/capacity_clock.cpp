#include "capacity/capacity_clock.h"

#include "api/ops.h"
#include "capacity/metric_record.h"
#include "capacity/splits.h"
#include "capacity/throughput_config.h"

#include <algorithm>

namespace ddb {
namespace {

// On-demand "previous peak" (simulation choice 9): traffic counts as a peak once it was
// sustained, i.e. the lowest 1-minute average of a 30-minute window; the allowance is twice it.
constexpr int kPeakWindowMinutes = 30;

ThroughputLane& Lane(Partition& p, bool reads) { return reads ? p.read : p.write; }

void RecordSecond(Table& t, int64_t second) {
  TableCapacity& c = t.capacity();
  MetricSample table;
  table.second = second;
  const bool on_demand = t.def().billing == BillingMode::kPayPerRequest;
  table.provisioned_rcu = on_demand ? c.on_demand_read.ceiling() : static_cast<double>(t.def().read_capacity);
  table.provisioned_wcu = on_demand ? c.on_demand_write.ceiling() : static_cast<double>(t.def().write_capacity);
  table.item_count = t.item_count();
  table.size_bytes = t.size_bytes();
  RecordPartitionsSecond(t.partitions(), second, on_demand, &c.partition_history, &table);
  c.history.Push(table);
}

// Auto scaling: one datapoint per minute; a decision becomes an UpdateTable request.
void AutoScale(EngineState& s, Table& t, double read_avg, double write_avg) {
  TableCapacity& c = t.capacity();
  const TableDefinition& d = t.def();
  auto read = EvaluateAutoScaling(c.read_scaling, read_avg, d.read_capacity, s.now_ms());
  auto write = EvaluateAutoScaling(c.write_scaling, write_avg, d.write_capacity, s.now_ms());
  if ((!read && !write) || t.status() != TableStatus::kActive) return;
  const int64_t rcu = read.value_or(d.read_capacity), wcu = write.value_or(d.write_capacity);
  std::string why = "auto scaling (target tracking):";
  if (read) why += " read " + std::to_string(static_cast<int64_t>(read_avg)) + " RCU/s consumed, RCU " +
                   std::to_string(d.read_capacity) + " -> " + std::to_string(rcu) + ";";
  if (write) why += " write " + std::to_string(static_cast<int64_t>(write_avg)) + " WCU/s consumed, WCU " +
                    std::to_string(d.write_capacity) + " -> " + std::to_string(wcu) + ";";
  s.Emit(EventKind::kCapacityChanged, d.name, -1, 0, 0, 0, why);
  // Through the request API, like Application Auto Scaling calling UpdateTable.
  (void)UpdateTable(s, {{"TableName", d.name},
                        {"ProvisionedThroughput", {{"ReadCapacityUnits", rcu}, {"WriteCapacityUnits", wcu}}}});
}

void TrackMinute(EngineState& s, Table& t, const MetricSample& last) {
  TableCapacity& c = t.capacity();
  c.minute_read += last.consumed_rcu;
  c.minute_write += last.consumed_wcu;
  if (++c.minute_seconds < 60) return;
  const double read_avg = c.minute_read / 60.0, write_avg = c.minute_write / 60.0;
  c.minute_read = c.minute_write = 0;
  c.minute_seconds = 0;
  if (t.def().billing == BillingMode::kProvisioned) {
    AutoScale(s, t, read_avg, write_avg);
    return;
  }
  c.minute_averages.push_back({read_avg, write_avg});
  if (c.minute_averages.size() > kPeakWindowMinutes) c.minute_averages.pop_front();
  if (c.minute_averages.size() < kPeakWindowMinutes) return;
  double sustained_read = c.minute_averages.front().first, sustained_write = c.minute_averages.front().second;
  for (const auto& [r, w] : c.minute_averages) {
    sustained_read = std::min(sustained_read, r);
    sustained_write = std::min(sustained_write, w);
  }
  c.peak_read = std::max(c.peak_read, sustained_read);
  c.peak_write = std::max(c.peak_write, sustained_write);
}

void Tick(EngineState& s, Table& t) {
  const int64_t second = s.now_ms() / 1000 - 1;  // the second that just ended
  auto& parts = t.mutable_partitions();
  const int64_t now = s.now_ms();
  for (Partition& p : parts) {
    p.read.EndSecond(now);
    p.write.EndSecond(now);
  }
  t.capacity().on_demand_read.EndSecond(now);
  t.capacity().on_demand_write.EndSecond(now);
  RecordSecond(t, second);

  TrackMinute(s, t, t.capacity().history.at(t.capacity().history.size() - 1));
  if (t.def().billing == BillingMode::kProvisioned) {
    LendAdaptiveCapacity(parts, static_cast<double>(t.def().read_capacity), true);
    LendAdaptiveCapacity(parts, static_cast<double>(t.def().write_capacity), false);
  } else {
    ConfigureThroughput(t, s.now_ms(), false);
  }
  // ConsiderSplit only schedules a split (it completes minutes later), so the partitions do not
  // change during this walk.
  for (size_t i = 0; i < parts.size(); ++i) ConsiderSplit(s, t, i);
}

void ScheduleTick(EngineState& s, const std::string& name, int64_t delay_ms) {
  s.scheduler.After(delay_ms, [&s, name] {
    auto it = s.tables.find(name);
    if (it == s.tables.end()) return;
    Tick(s, *it->second);
    ScheduleTick(s, name, 1000);
  });
}

}  // namespace

void LendAdaptiveCapacity(std::vector<Partition>& parts, double table_capacity, bool reads) {
  double used_within_shares = 0, total_excess = 0;
  for (Partition& p : parts) {
    ThroughputLane& lane = Lane(p, reads);
    const double demand = lane.consumed_last_second() + lane.throttled_units_last_second();
    used_within_shares += std::min(demand, lane.share());
    total_excess += std::max(0.0, demand - lane.share());
  }
  const double spare = std::max(0.0, table_capacity - used_within_shares);
  const double scale = total_excess > spare ? spare / total_excess : 1.0;
  for (Partition& p : parts) {
    ThroughputLane& lane = Lane(p, reads);
    const double demand = lane.consumed_last_second() + lane.throttled_units_last_second();
    const double excess = std::max(0.0, demand - lane.share());
    lane.set_boost(std::min(excess * scale, std::max(0.0, lane.ceiling() - lane.share())));
  }
}

void StartCapacityClock(EngineState& s, const std::string& table_name) {
  // Ticks fall on whole virtual seconds, so each sample covers exactly one second.
  ScheduleTick(s, table_name, 1000 - s.now_ms() % 1000);
}

}  // namespace ddb
