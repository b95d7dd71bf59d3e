// The request rate of a workload over time, and how many requests it has issued so far.
//
// Counts are exact, not Poisson-noisy: the requests issued in [0, t) are the integral of the rate
// over that span, rounded down. A window [a, b) then holds RequestsBefore(b) - RequestsBefore(a)
// requests, which carries the fractional part from window to window: 1500 requests/s asked for in
// 1 ms windows gives 1, 2, 1, 2, ... and exactly 1500 each second, and no rounding error can build
// up over a long run because every count comes from the closed-form integral, not from a running
// sum. Integer rates over whole milliseconds give integer integrals computed without rounding.
#pragma once

#include "sim/workload_spec.h"

#include <cstdint>

namespace ddb {

class RateCurve {
 public:
  explicit RateCurve(const RateSpec& spec) : spec_(spec) {}

  // Requests per second at `elapsed_ms` after the workload's start. REQUIRES: elapsed_ms >= 0.
  double RateAt(int64_t elapsed_ms) const;

  // Requests issued in [0, elapsed_ms): floor of the rate's integral; 0 for elapsed_ms <= 0.
  // Never decreases as elapsed_ms grows.
  int64_t RequestsBefore(int64_t elapsed_ms) const;

 private:
  // The integral of the rate over [0, elapsed_ms], in requests.
  double Integral(int64_t elapsed_ms) const;

  RateSpec spec_;
};

}  // namespace ddb
