// The documented limits on changing a table's capacity (dynamodb-model §5.3, §5.5):
//   decreases: any 4 per UTC day, then one more whenever no decrease happened in the past hour
//   (at most 27 a day); the counter is DescribeTable's NumberOfDecreasesToday;
//   switching to on-demand: at most 4 times in any rolling 24 hours (back to provisioned: any time).
// Virtual time 0 is midnight UTC (2026-01-01T00:00:00Z), so UTC days are multiples of 24 h.
#pragma once

#include "ddb/result.h"

#include <cstdint>
#include <deque>

namespace ddb {

class UpdateQuotas {
 public:
  int decreases_today(int64_t now_ms) const;
  // OkStatus, or LimitExceededException with the reason.
  Status CheckDecrease(int64_t now_ms) const;
  Status CheckSwitchToOnDemand(int64_t now_ms) const;
  void RecordDecrease(int64_t now_ms);
  void RecordSwitchToOnDemand(int64_t now_ms);

 private:
  std::deque<int64_t> decreases_;  // times, this UTC day and earlier
  std::deque<int64_t> switches_;   // times of switches to on-demand
};

}  // namespace ddb
