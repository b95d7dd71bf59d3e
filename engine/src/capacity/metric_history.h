// Per-second metrics kept for a bounded window: what DescribeMetrics and the viz's heat timeline
// and capacity charts read. A ring of the last `capacity` seconds, oldest overwritten first, so a
// long fast-forward keeps memory flat. Partitions keep a compact float sample (a 1,024-partition
// table keeps 15 minutes in about 30 MB); tables keep full MetricSample records for 24 hours.
#pragma once

#include "ddb/engine.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <vector>

namespace ddb {

inline constexpr size_t kTableMetricSeconds = 24 * 3600;
inline constexpr size_t kPartitionMetricSeconds = 15 * 60;

// The compact per-partition sample.
struct PartitionSample {
  int64_t second = 0;
  float consumed_rcu = 0, consumed_wcu = 0;
  float provisioned_rcu = 0, provisioned_wcu = 0;
  float burst_read = 0, burst_write = 0;
  uint32_t throttled_reads = 0, throttled_writes = 0;
  uint32_t item_count = 0;
  uint64_t size_bytes = 0;

  MetricSample Expand() const;
};

template <typename Sample>
class MetricRing {
 public:
  explicit MetricRing(size_t capacity) : capacity_(capacity) {}

  void Push(const Sample& s) {
    if (samples_.size() < capacity_) {
      samples_.push_back(s);
    } else {
      samples_[head_] = s;
      head_ = (head_ + 1) % capacity_;
    }
  }
  size_t size() const { return samples_.size(); }
  // i = 0 is the oldest retained sample.
  const Sample& at(size_t i) const { return samples_[(head_ + i) % samples_.size()]; }

  // Calls f(sample) for retained samples with from <= second <= to, oldest first. Samples are
  // pushed once per consecutive second, so the range is found by arithmetic, not by a scan (a
  // chart asking for the last two seconds of a 24-hour ring touches two samples).
  template <typename F>
  void ForRange(int64_t from, int64_t to, F&& f) const {
    if (samples_.empty()) return;
    const int64_t first = at(0).second;
    const int64_t last = at(samples_.size() - 1).second;
    if (last - first + 1 != static_cast<int64_t>(samples_.size())) {  // not consecutive: scan
      for (size_t i = 0; i < samples_.size(); ++i) {
        if (at(i).second >= from && at(i).second <= to) f(at(i));
      }
      return;
    }
    const int64_t lo = std::max(from, first), hi = std::min(to, last);
    for (int64_t sec = lo; sec <= hi; ++sec) f(at(static_cast<size_t>(sec - first)));
  }

 private:
  size_t capacity_;
  size_t head_ = 0;
  std::vector<Sample> samples_;
};

// A set of partitions' series by partition id (a table's, or a GSI's own).
using PartitionHistory = std::map<int, MetricRing<PartitionSample>>;

inline MetricSample PartitionSample::Expand() const {
  MetricSample m;
  m.second = second;
  m.consumed_rcu = consumed_rcu;
  m.consumed_wcu = consumed_wcu;
  m.provisioned_rcu = provisioned_rcu;
  m.provisioned_wcu = provisioned_wcu;
  m.throttled_reads = throttled_reads;
  m.throttled_writes = throttled_writes;
  m.burst_read = burst_read;
  m.burst_write = burst_write;
  m.item_count = item_count;
  m.size_bytes = size_bytes;
  return m;
}

}  // namespace ddb
