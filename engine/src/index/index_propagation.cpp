#include "index/index_propagation.h"

#include "capacity/admission.h"
#include "index/index_lifecycle.h"
#include "sim/portable_math.h"

#include <algorithm>
#include <cstdio>

namespace ddb {
namespace {

constexpr double kMedianLagMs = 50.0;
constexpr double kLagShape = 0.5;  // log-logistic exponent: p90 ~150 ms, p99 ~500 ms
constexpr int64_t kMinLagMs = 5, kMaxLagMs = 800;

std::string Units(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

// What one GSI partition absorbs before base writes are held back (see the header).
double AbsorbableUnits(const Partition& p) {
  const ThroughputLane& lane = p.write;
  return (lane.provisioned() ? lane.share() : lane.ceiling()) + lane.burst();
}

void ScheduleDrain(EngineState& s, Table& t, SecondaryIndex& index, size_t partition, int64_t at_ms);

// Applies the ready updates at the head of one partition's queue while its lane admits them.
void Drain(EngineState& s, Table& t, SecondaryIndex& index, size_t partition) {
  IndexPartitionQueue& q = index.queues()[partition];
  Partition& p = index.partitions()[partition];
  const int64_t now = s.now_ms();
  while (!q.pending.empty()) {
    PendingIndexUpdate& u = q.pending.front();
    if (u.ready_ms > now) {
      ScheduleDrain(s, t, index, partition, u.ready_ms);
      return;
    }
    const double units = static_cast<double>(u.units);
    if (p.write.Check(now, units) != AdmitResult::kAdmitted) {
      // Queueing: wait about as long as the lane needs to refill this update's units.
      const double rate = p.write.provisioned() ? p.write.share() + p.write.boost() : p.write.ceiling();
      const int64_t wait = std::clamp<int64_t>(static_cast<int64_t>(1000.0 * units / std::max(rate, 0.001)), 1, 1000);
      ScheduleDrain(s, t, index, partition, now + wait);
      return;
    }
    p.write.Consume(now, units);
    p.heat.Record(u.key.hash, units);  // where the index's write traffic goes, for a split for heat
    const uint64_t hash = u.key.hash;
    if (u.put) index.Put(std::move(u.key), std::move(*u.put)); else index.Erase(u.key);
    index.last_lag_ms = now - u.enqueued_ms;
    std::string& detail = s.event_detail;
    detail.assign(index.def().name).append(u.put ? " put" : " delete").append(", lag ");
    detail.append(std::to_string(index.last_lag_ms)).append(" ms");
    s.EmitForIndex(EventKind::kIndexUpdateApplied, t.def().name, index.def().name, p.id, hash, 0, u.units, detail);
    q.pending_units -= units;
    q.pending.pop_front();
  }
}

void ScheduleDrain(EngineState& s, Table& t, SecondaryIndex& index, size_t partition, int64_t at_ms) {
  IndexPartitionQueue& q = index.queues()[partition];
  q.drain_at_ms = at_ms;
  // By id: a split of the index moves partitions to other places, and a split one is gone.
  const int id = index.partitions()[partition].id;
  AfterForIndex(s, t, index, at_ms - s.now_ms(), [&s, id, at_ms](Table& live, SecondaryIndex& found) {
    const int place = found.PartitionIndexById(id);
    if (place < 0) return;
    IndexPartitionQueue& queue = found.queues()[static_cast<size_t>(place)];
    if (queue.drain_at_ms != at_ms) return;  // superseded
    queue.drain_at_ms = -1;
    Drain(s, live, found, static_cast<size_t>(place));
  });
}

}  // namespace

void ResumeDrain(EngineState& s, Table& t, SecondaryIndex& index, size_t partition) {
  IndexPartitionQueue& q = index.queues()[partition];
  q.drain_at_ms = -1;
  if (!q.pending.empty()) ScheduleDrain(s, t, index, partition, std::max(s.now_ms(), q.pending.front().ready_ms));
}

int64_t DrawPropagationLag(Rng& rng) {
  double u = rng.Unit();
  if (u <= 0.0) u = 1e-9;
  const double lag = kMedianLagMs * PortablePow(u / (1.0 - u), kLagShape);
  return std::clamp<int64_t>(static_cast<int64_t>(lag + 0.5), kMinLagMs, kMaxLagMs);
}

Status CheckBackPressure(EngineState& s, Table& t, SecondaryIndex& index, const PrimaryKey& base, const IndexWrite& w) {
  const std::optional<IndexKey>* keys[] = {&w.remove, &w.put_key};
  const int64_t units[] = {w.remove_units, w.put_units};
  for (int i = 0; i < 2; ++i) {
    if (!*keys[i]) continue;
    const size_t pi = index.PartitionIndexFor((*keys[i])->hash);
    IndexPartitionQueue& q = index.queues()[pi];
    Partition& p = index.partitions()[pi];
    const double absorbable = AbsorbableUnits(p);
    if (q.pending.empty() || q.pending_units + static_cast<double>(units[i]) <= absorbable) continue;
    const bool on_demand = t.def().billing == BillingMode::kPayPerRequest;
    const std::string reason = on_demand ? "IndexWriteKeyRangeThroughputExceeded" : "IndexWriteProvisionedThroughputExceeded";
    p.write.RecordThrottle(static_cast<double>(units[i]));
    const size_t base_index = t.PartitionIndexFor(base.hash);
    s.Emit(EventKind::kThrottled, t.def().name, t.partitions()[base_index].id, base.hash, 0, w.units(),
           reason + ": index " + index.def().name + " partition " + std::to_string(p.id) + " has " +
               Units(q.pending_units) + " WCU of updates waiting, more than it absorbs (" + Units(absorbable) +
               " WCU: 1 s of its capacity plus burst); base-table writes are held back");
    return ThroughputExceeded(on_demand,
                              "The level of configured provisioned throughput for one or more global secondary "
                              "indexes of the table was exceeded. Consider increasing your provisioning level for "
                              "the under-provisioned global secondary indexes with the UpdateTable API",
                              reason, index.def().arn);
  }
  return OkStatus();
}

void EnqueueIndexUpdate(EngineState& s, Table& t, SecondaryIndex& index, IndexKey key,
                        std::optional<IndexEntry> put, int64_t units, int base_partition) {
  const size_t pi = index.PartitionIndexFor(key.hash);
  IndexPartitionQueue& q = index.queues()[pi];
  const int64_t now = s.now_ms();
  PendingIndexUpdate u;
  const uint64_t hash = key.hash;
  u.key = std::move(key);
  u.put = std::move(put);
  u.units = units;
  u.base_partition = base_partition;
  u.enqueued_ms = now;
  u.ready_ms = now + DrawPropagationLag(s.index_rng);
  if (!q.pending.empty()) u.ready_ms = std::max(u.ready_ms, q.pending.back().ready_ms);
  std::string& detail = s.event_detail;
  detail.assign(index.def().name).append(" -> partition ").append(std::to_string(index.partitions()[pi].id));
  detail.append(u.put ? " put" : " delete");
  s.Emit(EventKind::kIndexUpdateQueued, t.def().name, base_partition, hash, 0, units, detail);
  const int64_t ready = u.ready_ms;
  q.pending_units += static_cast<double>(units);
  q.arrived_units += static_cast<double>(units);
  q.pending.push_back(std::move(u));
  if (q.drain_at_ms < 0) ScheduleDrain(s, t, index, pi, ready);
}

}  // namespace ddb
