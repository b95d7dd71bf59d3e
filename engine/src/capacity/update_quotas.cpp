#include "capacity/update_quotas.h"

#include <string>

namespace ddb {
namespace {

constexpr int64_t kDayMs = 24 * 3600 * 1000;
constexpr int64_t kHourMs = 3600 * 1000;
constexpr int kFreeDecreasesPerDay = 4;
constexpr int kMaxDecreasesPerDay = 27;
constexpr int kSwitchesPerDay = 4;

}  // namespace

int UpdateQuotas::decreases_today(int64_t now_ms) const {
  const int64_t day_start = now_ms / kDayMs * kDayMs;
  int n = 0;
  for (int64_t t : decreases_) n += t >= day_start;
  return n;
}

Status UpdateQuotas::CheckDecrease(int64_t now_ms) const {
  const int today = decreases_today(now_ms);
  if (today < kFreeDecreasesPerDay) return OkStatus();
  const bool recent = !decreases_.empty() && now_ms - decreases_.back() < kHourMs;
  if (today < kMaxDecreasesPerDay && !recent) return OkStatus();
  return ApiError{ErrorType::kLimitExceeded,
                  "Subscriber limit exceeded: Provisioned throughput decreases are limited within a given UTC day. "
                  "After the first 4 decreases, each subsequent decrease in the same UTC day can be performed at most "
                  "once every 3600 seconds. Number of decreases today: " + std::to_string(today),
                  {}};
}

Status UpdateQuotas::CheckSwitchToOnDemand(int64_t now_ms) const {
  int recent = 0;
  for (int64_t t : switches_) recent += now_ms - t < kDayMs;
  if (recent < kSwitchesPerDay) return OkStatus();
  return ApiError{ErrorType::kLimitExceeded,
                  "Subscriber limit exceeded: a table can be switched to on-demand (PAY_PER_REQUEST) at most 4 times in "
                  "any 24 hours",
                  {}};
}

void UpdateQuotas::RecordDecrease(int64_t now_ms) {
  decreases_.push_back(now_ms);
  while (!decreases_.empty() && decreases_.front() < now_ms / kDayMs * kDayMs) decreases_.pop_front();
}

void UpdateQuotas::RecordSwitchToOnDemand(int64_t now_ms) {
  switches_.push_back(now_ms);
  while (!switches_.empty() && now_ms - switches_.front() >= kDayMs) switches_.pop_front();
}

}  // namespace ddb
