// Scale profiles: DynamoDB's real per-partition limits, or the same limits shrunk so a classroom
// lesson with a few hundred small items shows splits and throttling. A profile is a table setting
// and the UI always says which one is active and what the real value would be.
#pragma once

#include <cstdint>
#include <string_view>

namespace ddb {

struct ScaleProfile {
  std::string_view name;
  int64_t partition_rcu;      // per-partition read ceiling (real: 3,000 RCU)
  int64_t partition_wcu;      // per-partition write ceiling (real: 1,000 WCU)
  uint64_t partition_bytes;   // split-by-size threshold (real: 10 GB)
};

// Real limits from the Developer Guide ("Partitions and data distribution", quotas page).
inline constexpr ScaleProfile kRealProfile{"real", 3000, 1000, 10ull * 1024 * 1024 * 1024};
// Throughput scaled by 1/100 (ratio 3:1 kept) and size to 64 KB so a lesson's data splits.
inline constexpr ScaleProfile kClassroomProfile{"classroom", 30, 10, 64 * 1024};

// nullptr when the name is unknown.
inline const ScaleProfile* FindScaleProfile(std::string_view name) {
  if (name == kRealProfile.name) return &kRealProfile;
  if (name == kClassroomProfile.name) return &kClassroomProfile;
  return nullptr;
}

}  // namespace ddb
