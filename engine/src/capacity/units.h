// Capacity-unit arithmetic as DynamoDB documents it (Developer Guide, "Read/write capacity unit
// consumption"). Reads are counted in integer half units so eventually consistent reads (0.5 RCU
// per 4 KB) stay exact; writes in whole units per 1 KB. Sizes are binary: 1 KB = 1024 bytes.
#pragma once

#include <cstddef>
#include <cstdint>

namespace ddb {

inline constexpr uint64_t kReadUnitBytes = 4 * 1024;
inline constexpr uint64_t kWriteUnitBytes = 1024;

inline uint64_t CeilDiv(uint64_t a, uint64_t b) { return (a + b - 1) / b; }

// Half read units for reading `bytes` in one go (one item, or the summed items of a Query/Scan
// page). A read always costs at least one 4 KB block, even when nothing is found.
inline int64_t ReadHalfUnits(uint64_t bytes, bool consistent) {
  uint64_t blocks = CeilDiv(bytes, kReadUnitBytes);
  if (blocks == 0) blocks = 1;
  return static_cast<int64_t>(consistent ? 2 * blocks : blocks);
}

// Write units for writing `bytes` (the larger of the old and new item images); at least 1.
inline int64_t WriteUnits(uint64_t bytes) {
  const uint64_t units = CeilDiv(bytes, kWriteUnitBytes);
  return static_cast<int64_t>(units == 0 ? 1 : units);
}

}  // namespace ddb
