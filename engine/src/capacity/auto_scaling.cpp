#include "capacity/auto_scaling.h"

#include <algorithm>
#include <cmath>

namespace ddb {

std::optional<int64_t> EvaluateAutoScaling(AutoScalingPolicy& p, double consumed, int64_t provisioned,
                                           int64_t now_ms) {
  if (!p.enabled || provisioned <= 0) return std::nullopt;
  const double utilisation = 100.0 * consumed / static_cast<double>(provisioned);
  if (utilisation > p.target_percent) {
    ++p.above;
    p.below = 0;
  } else if (utilisation < p.target_percent) {
    ++p.below;
    p.above = 0;
  } else {
    p.above = p.below = 0;
  }
  // As close to the target as possible without exceeding it: 150 / 0.70 = 214.3 -> 215.
  const int64_t wanted =
      std::clamp(static_cast<int64_t>(std::ceil(consumed * 100.0 / p.target_percent - 1e-9)), p.minimum, p.maximum);
  const auto cooled = [&](int64_t cooldown_s) { return p.last_scale_ms < 0 || now_ms - p.last_scale_ms >= cooldown_s * 1000; };
  if (p.above >= kScaleOutDatapoints && wanted > provisioned && cooled(p.scale_out_cooldown_s)) {
    p.above = 0;
    p.last_scale_ms = now_ms;
    return wanted;
  }
  if (!p.disable_scale_in && p.below >= kScaleInDatapoints && wanted < provisioned && cooled(p.scale_in_cooldown_s)) {
    p.below = 0;
    p.last_scale_ms = now_ms;
    return wanted;
  }
  // Outside the bounds (e.g. after the bounds changed): bring it back in.
  if (provisioned < p.minimum || provisioned > p.maximum) return std::clamp(provisioned, p.minimum, p.maximum);
  return std::nullopt;
}

}  // namespace ddb
