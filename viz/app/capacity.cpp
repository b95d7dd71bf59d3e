#include "app/capacity.h"

#include <cstdio>

namespace ddb::viz {
namespace {

int64_t Blocks(uint64_t size_bytes, uint64_t block) {
  uint64_t n = (size_bytes + block - 1) / block;
  return static_cast<int64_t>(n == 0 ? 1 : n);
}

}  // namespace

int64_t ReadHalfUnitsForItem(uint64_t size_bytes, bool strongly_consistent) {
  int64_t blocks = Blocks(size_bytes, 4096);
  return strongly_consistent ? blocks * 2 : blocks;
}

int64_t WriteUnitsForItem(uint64_t size_bytes) { return Blocks(size_bytes, 1024); }

std::string FormatReadUnits(int64_t half_units) {
  char buf[48];
  if (half_units % 2 == 0) {
    std::snprintf(buf, sizeof(buf), "%lld RCU", static_cast<long long>(half_units / 2));
  } else {
    std::snprintf(buf, sizeof(buf), "%lld.5 RCU", static_cast<long long>(half_units / 2));
  }
  return buf;
}

std::string FormatWriteUnits(int64_t units) {
  return std::to_string(units) + " WCU";
}

CapacitySum SumCapacity(const std::vector<Event>& events) {
  CapacitySum sum;
  for (const Event& e : events) {
    sum.read_half_units += e.read_half_units;
    sum.write_units += e.write_units;
  }
  return sum;
}

}  // namespace ddb::viz
