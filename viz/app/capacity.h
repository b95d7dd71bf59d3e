// Capacity arithmetic for display: what reading or writing an item of a given size costs, how
// much a run of engine events charged, and the "1.5 RCU" labels. DynamoDB's rules (Developer
// Guide, "Read/write capacity mode"): a read is charged per 4 KB block, rounded up (an eventually
// consistent read costs half), a write per 1 KB block, rounded up; 1 KB = 1024 bytes. Counts are
// kept in integer half-units for reads, as the engine does, so 0.5 RCU is exact.
#pragma once

#include "ddb/events.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ddb::viz {

// Half-units of a GetItem of an item of `size_bytes`: 2 per 4 KB block strongly consistent,
// 1 per block eventually consistent; at least one block.
int64_t ReadHalfUnitsForItem(uint64_t size_bytes, bool strongly_consistent);
// WCU of writing an item of `size_bytes`: one per 1 KB block, at least one.
int64_t WriteUnitsForItem(uint64_t size_bytes);

// "0.5 RCU", "3 RCU".
std::string FormatReadUnits(int64_t half_units);
// "2 WCU".
std::string FormatWriteUnits(int64_t units);

struct CapacitySum {
  int64_t read_half_units = 0;
  int64_t write_units = 0;
};
// The capacity charged by `events` (read half-units and write units of every event).
CapacitySum SumCapacity(const std::vector<Event>& events);

}  // namespace ddb::viz
