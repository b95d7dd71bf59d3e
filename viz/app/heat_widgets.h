// Small drawings of heat shared by the partition map and the heat timeline: the cold -> hot
// legend, a swatch, a thin meter, and the tooltip with a partition's exact capacity numbers.
#pragma once

#include "app/heat.h"
#include "app/partition_effects.h"
#include "ddb/engine.h"
#include "imgui.h"

namespace ddb::viz {

// "heat  [cold ... hot]  0%  100% of ceiling" as a widget of the given bar width; hovering
// explains the colour. Occupies one text line.
void HeatLegend(float bar_width);
// Width HeatLegend occupies for `bar_width`.
float HeatLegendWidth(float bar_width);

// A small square in the heat colour followed by "42%" (a table cell).
void HeatSwatchText(double heat);

// A horizontal meter from `a` to `b`: filled to `fraction` (clamped to 1) in the heat colour of
// that fraction, with a white tick at `tick` (the allowance) when tick > 0.
void DrawHeatMeter(ImDrawList* dl, ImVec2 a, ImVec2 b, double fraction, double tick);

// The tooltip body of one partition: heat, share, boost, allowance, ceiling, consumption, burst
// bucket, throttled requests, split state and note, key range and the scale profile. REQUIRES:
// between ImGui::BeginTooltip() and EndTooltip().
void PartitionCapacityTooltip(const TableSnapshot& table, const PartitionSnapshot& partition,
                              const PartitionEffects& effects, double now_s);

}  // namespace ddb::viz
