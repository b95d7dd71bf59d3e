// Auto scaling by target tracking (dynamodb-model §5.6, simulation choice 26), evaluated on the
// virtual clock once a minute from the minute's average consumption:
//   scale out when 2 consecutive one-minute datapoints are above the target utilisation,
//   scale in when 15 consecutive datapoints are below it,
// to ceil(consumed / target), within [minimum, maximum], honouring the cooldowns. The change is an
// UpdateTable through the request API, so it takes the usual UPDATING time.
// Documented example: 200 WCU provisioned, 70 % target, 150 WCU consumed -> 215 WCU.
#pragma once

#include <cstdint>
#include <optional>

namespace ddb {

inline constexpr int kScaleOutDatapoints = 2;
inline constexpr int kScaleInDatapoints = 15;

struct AutoScalingPolicy {
  bool enabled = false;
  int64_t minimum = 1, maximum = 40000;
  double target_percent = 70;  // 20..90
  int64_t scale_in_cooldown_s = 0, scale_out_cooldown_s = 0;
  bool disable_scale_in = false;
  // State.
  int above = 0, below = 0;  // consecutive datapoints
  int64_t last_scale_ms = -1;
};

// Records one minute's datapoint; returns the new capacity when the policy decides to scale.
std::optional<int64_t> EvaluateAutoScaling(AutoScalingPolicy& p, double consumed_per_second, int64_t provisioned,
                                           int64_t now_ms);

}  // namespace ddb
