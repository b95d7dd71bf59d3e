#include "capacity/metric_record.h"

#include <iterator>

namespace ddb {

void RecordPartitionsSecond(const std::vector<Partition>& partitions, int64_t second, bool on_demand,
                            PartitionHistory* history, MetricSample* total) {
  for (const Partition& p : partitions) {
    PartitionSample ps;
    ps.second = second;
    ps.consumed_rcu = static_cast<float>(p.read.consumed_last_second());
    ps.consumed_wcu = static_cast<float>(p.write.consumed_last_second());
    ps.provisioned_rcu = static_cast<float>(on_demand ? p.read.ceiling() : p.read.share() + p.read.boost());
    ps.provisioned_wcu = static_cast<float>(on_demand ? p.write.ceiling() : p.write.share() + p.write.boost());
    ps.burst_read = static_cast<float>(p.read.burst());
    ps.burst_write = static_cast<float>(p.write.burst());
    ps.throttled_reads = p.read.throttled_requests_last_second();
    ps.throttled_writes = p.write.throttled_requests_last_second();
    ps.item_count = static_cast<uint32_t>(p.item_count);
    ps.size_bytes = p.size_bytes;
    auto [it, inserted] = history->try_emplace(p.id, kPartitionMetricSeconds);
    it->second.Push(ps);
    total->consumed_rcu += ps.consumed_rcu;
    total->consumed_wcu += ps.consumed_wcu;
    total->throttled_reads += ps.throttled_reads;
    total->throttled_writes += ps.throttled_writes;
    total->burst_read += ps.burst_read;
    total->burst_write += ps.burst_write;
  }
  // Forget partitions that split long enough ago that nothing of them is retained.
  for (auto it = history->begin(); it != history->end();) {
    const auto& ring = it->second;
    const bool stale = ring.size() && ring.at(ring.size() - 1).second + static_cast<int64_t>(kPartitionMetricSeconds) < second;
    it = stale ? history->erase(it) : std::next(it);
  }
}

}  // namespace ddb
