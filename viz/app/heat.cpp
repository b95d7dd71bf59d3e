#include "app/heat.h"

#include "app/format.h"

#include <algorithm>
#include <cmath>

namespace ddb::viz {

double Heat(double consumed, double ceiling) {
  if (!(ceiling > 0) || !(consumed > 0)) return 0.0;
  return consumed / ceiling;
}

double PartitionHeat(const PartitionCapacity& c) {
  return std::max(Heat(c.consumed_read, c.read_ceiling), Heat(c.consumed_write, c.write_ceiling));
}

Ceilings TableCeilings(const TableSnapshot& table) { return PartitionCeilings(table.partitions, table.profile); }

Ceilings PartitionCeilings(const std::vector<PartitionSnapshot>& partitions, const std::string& profile) {
  for (const PartitionSnapshot& p : partitions) {
    if (p.capacity.read_ceiling > 0 || p.capacity.write_ceiling > 0)
      return {p.capacity.read_ceiling, p.capacity.write_ceiling};
  }
  if (profile == "classroom")
    return {kRealPartitionRcu / kClassroomDivisor, kRealPartitionWcu / kClassroomDivisor};
  return {kRealPartitionRcu, kRealPartitionWcu};
}

ImU32 HeatColor(double heat) {
  float h = std::isnan(heat) ? 0.0f : static_cast<float>(std::clamp(heat, 0.0, 1.0));
  int i = 1;
  while (i < kHeatStopCount - 1 && h > kHeatStops[i].at) ++i;
  const HeatStop& a = kHeatStops[i - 1];
  const HeatStop& b = kHeatStops[i];
  float t = (h - a.at) / (b.at - a.at);
  auto channel = [&](int shift) {
    float ca = static_cast<float>((a.rgb >> shift) & 0xFF);
    float cb = static_cast<float>((b.rgb >> shift) & 0xFF);
    return static_cast<ImU32>(std::lround(ca + (cb - ca) * t));
  };
  return IM_COL32(channel(16), channel(8), channel(0), 255);
}

std::string ScaleProfileNote(const std::string& profile, const Ceilings& ceilings) {
  auto units = [](double v) { return FormatCount(static_cast<uint64_t>(std::llround(v))); };
  std::string real = units(kRealPartitionRcu);
  real += " RCU / ";
  real += units(kRealPartitionWcu);
  real += " WCU per partition";
  std::string out;
  if (profile != "classroom") {
    out = "real: ";
  } else {
    // The divisor the engine applied, when it reports its ceilings; the documented one otherwise.
    double divisor = ceilings.write > 0 ? kRealPartitionWcu / ceilings.write : kClassroomDivisor;
    out = "classroom: limits / ";
    out += units(divisor);
    out += ", real would be ";
  }
  out += real;
  return out;
}

}  // namespace ddb::viz
