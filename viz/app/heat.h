// Partition heat: how close a partition runs to its per-partition ceiling (the hard limit of
// DynamoDB's partitions, 3,000 RCU / 1,000 WCU, or the scaled-down classroom limit), the cold ->
// hot colour ramp the partition map and the heat timeline share, and the sentence that tells a
// learner which scale profile the ceiling comes from. Plain functions, no ImGui state.
#pragma once

#include "ddb/engine.h"
#include "imgui.h"

#include <cstdint>
#include <string>

namespace ddb::viz {

// DynamoDB's per-partition throughput limits (Developer Guide, "Partitions and data
// distribution"; dynamodb-model.md section 6.1).
inline constexpr double kRealPartitionRcu = 3000.0;
inline constexpr double kRealPartitionWcu = 1000.0;
// The classroom profile divides every throughput limit by this (the ratio 3:1 is kept).
inline constexpr double kClassroomDivisor = 100.0;

// Heat of one direction: consumed / ceiling, 0 when the ceiling is unknown (0) or nothing ran.
// Not clamped: 1.0 is "at the hard limit", and a partition can briefly show more.
double Heat(double consumed, double ceiling);
// Heat of a partition: the hotter of its read and write heat.
double PartitionHeat(const PartitionCapacity& capacity);

// Per-partition ceilings of a table: from its partitions' capacity when the engine reports them,
// else from its scale profile (real 3,000 / 1,000; classroom the same / 100).
struct Ceilings {
  double read = 0, write = 0;
};
Ceilings TableCeilings(const TableSnapshot& table);
// The same for a set of partitions (a GSI's own) of a table with that scale profile.
Ceilings PartitionCeilings(const std::vector<PartitionSnapshot>& partitions, const std::string& profile);

// One colour stop of the ramp; `at` in [0, 1], colours as 0xRRGGBB.
struct HeatStop {
  float at;
  uint32_t rgb;
};
inline constexpr HeatStop kHeatStops[] = {
    {0.00f, 0x243247},  // idle: a cool slate just above the panel colour
    {0.25f, 0x2F6FDB},  // blue
    {0.50f, 0x2FB7A8},  // teal
    {0.75f, 0xF5B94A},  // amber
    {1.00f, 0xFF3B4E},  // red: at the partition's hard limit
};
inline constexpr int kHeatStopCount = static_cast<int>(sizeof(kHeatStops) / sizeof(kHeatStops[0]));

// The ramp colour of `heat` (clamped to [0, 1]; NaN counts as 0), linear between stops, opaque.
ImU32 HeatColor(double heat);

// "classroom: limits / 100, real would be 3,000 RCU / 1,000 WCU per partition" for the classroom
// profile, "real: 3,000 RCU / 1,000 WCU per partition" for the real one. `ceilings` may be 0.
std::string ScaleProfileNote(const std::string& profile, const Ceilings& ceilings);

}  // namespace ddb::viz
