#include "sim/rate_curve.h"

#include "sim/portable_math.h"

#include <algorithm>
#include <cmath>

namespace ddb {

namespace {
constexpr double kTwoPi = 6.28318530717958647692;
}

double RateCurve::RateAt(int64_t elapsed_ms) const {
  const double base = spec_.requests_per_second, peak = spec_.peak_requests_per_second;
  switch (spec_.shape) {
    case RateShape::kSteady:
      return base;
    case RateShape::kRamp: {
      const int64_t d = spec_.duration_seconds * 1000;
      if (elapsed_ms >= d) return peak;
      return base + (peak - base) * static_cast<double>(elapsed_ms) / static_cast<double>(d);
    }
    case RateShape::kSpike: {
      const int64_t s = spec_.start_seconds * 1000, d = spec_.duration_seconds * 1000;
      return elapsed_ms >= s && elapsed_ms < s + d ? peak : base;
    }
    case RateShape::kDaily: {
      const int64_t p = spec_.period_seconds * 1000;
      const double turns = static_cast<double>(elapsed_ms % p) / static_cast<double>(p);
      return base + (peak - base) * (1.0 - CosOfTurns(turns)) / 2.0;
    }
  }
  return base;
}

double RateCurve::Integral(int64_t elapsed_ms) const {
  const double base = spec_.requests_per_second, peak = spec_.peak_requests_per_second;
  const double t = static_cast<double>(elapsed_ms);  // ms; rates are per 1000 ms
  switch (spec_.shape) {
    case RateShape::kSteady:
      return base * t / 1000.0;
    case RateShape::kRamp: {
      const int64_t d_ms = spec_.duration_seconds * 1000;
      const double d = static_cast<double>(d_ms);
      // Rising part: base*t + (peak-base) * t^2 / (2d); then the plateau at the peak.
      if (elapsed_ms <= d_ms) return base * t / 1000.0 + (peak - base) * t * t / (2000.0 * d);
      return (base + peak) * d / 2000.0 + peak * static_cast<double>(elapsed_ms - d_ms) / 1000.0;
    }
    case RateShape::kSpike: {
      const int64_t s = spec_.start_seconds * 1000, d = spec_.duration_seconds * 1000;
      const int64_t inside = std::clamp<int64_t>(elapsed_ms - s, 0, d);
      return base * t / 1000.0 + (peak - base) * static_cast<double>(inside) / 1000.0;
    }
    case RateShape::kDaily: {
      // rate(x) = base + (peak-base) (1 - cos(2 pi x/P)) / 2, whose integral over [0, x] is
      // base x + (peak-base)/2 (x - P/(2 pi) sin(2 pi x/P)). Whole periods contribute
      // (base+peak)/2 * P each, counted in integers so a long run keeps its precision.
      const int64_t p_ms = spec_.period_seconds * 1000;
      const double p = static_cast<double>(p_ms);
      const int64_t periods = elapsed_ms / p_ms;
      const double x = static_cast<double>(elapsed_ms % p_ms);
      const double whole = static_cast<double>(periods) * (base + peak) * p / 2000.0;
      const double partial =
          base * x / 1000.0 + (peak - base) / 2.0 * (x - p / kTwoPi * SinOfTurns(x / p)) / 1000.0;
      return whole + partial;
    }
  }
  return 0;
}

int64_t RateCurve::RequestsBefore(int64_t elapsed_ms) const {
  if (elapsed_ms <= 0) return 0;
  return static_cast<int64_t>(std::floor(Integral(elapsed_ms)));
}

}  // namespace ddb
