// One direction (reads or writes) of a partition's throughput: the token buckets DynamoDB
// describes (dynamodb-model §6.4, the paper's "allocated" and "burst" buckets) plus the hard
// per-partition ceiling, refilled continuously on the virtual clock (simulation choice 29), so a
// throttle can happen in the middle of a second.
//
//   allocated bucket  holds at most 1 s of (share + adaptive boost) and refills at that rate;
//   burst bucket      receives what the allocated bucket could not hold (unused capacity), up to
//                     300 s of the share (simulation choice 6), and is spent once the allocated
//                     bucket is empty;
//   ceiling bucket    holds at most 1 s of the profile's per-partition limit (3,000 RCU /
//                     1,000 WCU): nothing, not even burst or adaptive capacity, lifts a partition
//                     above it.
//
// A request is admitted when each bucket it draws on holds its cost, or, for a request larger
// than a full bucket, when that bucket is full; the cost is then taken (the bucket may go into
// debt), so the long-run rate never exceeds the refill rate. Units are capacity units (reads in
// RCU, i.e. half units / 2).
#pragma once

#include <cstdint>

namespace ddb {

inline constexpr double kBurstSeconds = 300.0;  // "up to 5 minutes of unused capacity"

enum class AdmitResult : uint8_t { kAdmitted, kOverCeiling, kOverProvisioned };

class ThroughputLane {
 public:
  // share: the partition's part of the table's provisioned throughput (0 for on-demand tables,
  // which are limited by the ceiling only); ceiling: the per-partition hard limit.
  void Configure(double share, double ceiling);
  // Adaptive capacity for the coming second (the allocated bucket never holds more than 1 s).
  void set_boost(double boost);
  // Starts full: a partition can serve its allocation from its first second. The burst bucket
  // starts empty: nothing unused has been banked yet.
  void Reset(int64_t now_ms);

  // Checks whether `units` can be consumed now; does not consume.
  AdmitResult Check(int64_t now_ms, double units);
  // Consumes `units` (after a successful Check; may leave a bucket in debt).
  void Consume(int64_t now_ms, double units);
  // Records a refused request of `units` (for adaptive capacity's view of demand and metrics).
  void RecordThrottle(double units);

  // Per-second bookkeeping: brings the buckets up to `now_ms` (so snapshots show current levels)
  // and moves this second's counters to "last second".
  void EndSecond(int64_t now_ms);

  // Splits this lane in two: each child gets half the share and half the banked burst (the old
  // "throughput dilution" on split, dynamodb-model §6.2); this second's counters are divided
  // between them so the table's totals stay exact.
  void SplitInto(ThroughputLane* lower, ThroughputLane* upper) const;

  double share() const { return share_; }
  double boost() const { return boost_; }
  double ceiling() const { return ceiling_; }
  double burst() const { return burst_; }
  double burst_max() const { return share_ * kBurstSeconds; }
  double consumed_last_second() const { return consumed_last_; }
  double throttled_units_last_second() const { return throttled_units_last_; }
  uint32_t throttled_requests_last_second() const { return throttled_requests_last_; }
  double consumed_this_second() const { return consumed_now_; }
  uint64_t throttled_total() const { return throttled_total_; }
  bool provisioned() const { return share_ > 0; }

 private:
  void Refill(int64_t now_ms);

  double share_ = 0, boost_ = 0, ceiling_ = 0;
  double tokens_ = 0, burst_ = 0, ceiling_tokens_ = 0;
  int64_t refilled_ms_ = 0;
  double consumed_now_ = 0, throttled_units_now_ = 0;
  uint32_t throttled_requests_now_ = 0;
  double consumed_last_ = 0, throttled_units_last_ = 0;
  uint32_t throttled_requests_last_ = 0;
  uint64_t throttled_total_ = 0;
};

}  // namespace ddb
