#include "capacity/throughput_lane.h"

#include <algorithm>

namespace ddb {
namespace {

// Refills are fractions of a unit; a tolerance keeps "exactly the rate" from failing on the last
// bit of a double.
constexpr double kEpsilon = 1e-9;

}  // namespace

void ThroughputLane::Configure(double share, double ceiling) {
  share_ = share;
  ceiling_ = ceiling;
  burst_ = std::min(burst_, burst_max());
}

void ThroughputLane::set_boost(double boost) {
  boost_ = boost;
  tokens_ = std::min(tokens_, share_ + boost_);
}

void ThroughputLane::Reset(int64_t now_ms) {
  refilled_ms_ = now_ms;
  tokens_ = share_ + boost_;
  burst_ = 0;
  ceiling_tokens_ = ceiling_;
}

void ThroughputLane::Refill(int64_t now_ms) {
  if (now_ms <= refilled_ms_) return;
  const double seconds = static_cast<double>(now_ms - refilled_ms_) / 1000.0;
  refilled_ms_ = now_ms;
  const double allocated_cap = share_ + boost_;
  const double added = allocated_cap * seconds;
  const double room = std::max(0.0, allocated_cap - tokens_);
  if (added <= room) {
    tokens_ += added;
  } else {
    // What the allocated bucket cannot hold was unused: bank it as burst.
    tokens_ = std::max(tokens_, allocated_cap);
    burst_ = std::min(burst_max(), burst_ + (added - room));
  }
  ceiling_tokens_ = std::min(ceiling_, ceiling_tokens_ + ceiling_ * seconds);
}

AdmitResult ThroughputLane::Check(int64_t now_ms, double units) {
  Refill(now_ms);
  // The provisioned share is named first: when both are exhausted, the table's own capacity is
  // the limit the learner can change.
  if (provisioned() && tokens_ + burst_ + kEpsilon < std::min(units, share_ + boost_)) {
    return AdmitResult::kOverProvisioned;
  }
  if (ceiling_tokens_ + kEpsilon < std::min(units, ceiling_)) return AdmitResult::kOverCeiling;
  return AdmitResult::kAdmitted;
}

void ThroughputLane::Consume(int64_t now_ms, double units) {
  Refill(now_ms);
  consumed_now_ += units;
  ceiling_tokens_ -= units;
  if (!provisioned()) return;
  const double from_allocated = std::min(units, std::max(0.0, tokens_));
  tokens_ -= from_allocated;
  double rest = units - from_allocated;
  const double from_burst = std::min(rest, burst_);
  burst_ -= from_burst;
  rest -= from_burst;
  tokens_ -= rest;  // a request larger than what was left is paid back by later refills
}

void ThroughputLane::RecordThrottle(double units) {
  throttled_units_now_ += units;
  ++throttled_requests_now_;
  ++throttled_total_;
}

void ThroughputLane::EndSecond(int64_t now_ms) {
  Refill(now_ms);
  consumed_last_ = consumed_now_;
  throttled_units_last_ = throttled_units_now_;
  throttled_requests_last_ = throttled_requests_now_;
  consumed_now_ = throttled_units_now_ = 0;
  throttled_requests_now_ = 0;
}

void ThroughputLane::SplitInto(ThroughputLane* lower, ThroughputLane* upper) const {
  ThroughputLane child = *this;
  child.share_ = share_ / 2;
  child.boost_ = 0;
  child.tokens_ = tokens_ / 2;
  child.burst_ = burst_ / 2;
  child.consumed_now_ = consumed_now_ / 2;
  child.throttled_units_now_ = throttled_units_now_ / 2;
  child.consumed_last_ = consumed_last_ / 2;
  child.throttled_units_last_ = throttled_units_last_ / 2;
  child.throttled_requests_last_ = 0;
  child.throttled_total_ = 0;
  *lower = child;
  *upper = child;
  lower->throttled_requests_now_ = throttled_requests_now_ / 2;
  upper->throttled_requests_now_ = throttled_requests_now_ - lower->throttled_requests_now_;
}

}  // namespace ddb
