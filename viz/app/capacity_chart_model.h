// The capacity charts' model: readable axis ticks (1-2-5 steps for values, whole minutes and
// hours for time), short tick labels, and the per-column folding of a per-second metric series
// into what one chart column shows (the peak consumption, the allowance, the throttled requests
// and the burst bucket), so a 24-hour window costs one pass and a few hundred points to draw.
#pragma once

#include "app/time_axis.h"
#include "ddb/engine.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ddb::viz {

// A value axis from 0 to `max` in steps of `step`.
struct ValueAxis {
  double max = 1.0;
  double step = 0.2;
};
// The 1, 2 or 5 x 10^k step giving at most `max_ticks` intervals over [0, max_value]; the axis
// ends at the first multiple of the step >= max_value. max_value <= 0 gives the axis 0..1.
ValueAxis NiceAxis(double max_value, int max_ticks);
// Tick values from 0 to axis.max inclusive.
std::vector<double> AxisTicks(const ValueAxis& axis);

// A time tick step in seconds from the ladder 1, 2, 5, 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min,
// 1, 2, 3, 6, 12, 24 h: the smallest one giving at most `max_ticks` ticks over `span_s`.
int64_t TimeTickStep(double span_s, int max_ticks);
// Multiples of `step` inside [start_s, end_s].
std::vector<int64_t> TimeTicks(double start_s, double end_s, int64_t step);

// "0", "12", "250", "1.5k", "12k", "2.5M"; fractions below 10 keep one decimal ("0.5", "2.5").
std::string FormatAxisValue(double value);
// Virtual seconds as "m:ss" or "h:mm:ss" ("0:45", "5:00", "1:02:03").
std::string FormatTickSeconds(int64_t second);

enum class Channel { kRead, kWrite };

// What one chart column shows.
struct ChartColumn {
  bool has_data = false;
  double consumed = 0;     // the highest per-second consumption in the column
  double provisioned = 0;  // the highest allowance in the column
  double throttled = 0;    // requests refused, summed over the column
  double burst = 0;        // burst tokens at the end of the column's last second
};
std::vector<ChartColumn> BinSamples(const std::vector<MetricSample>& samples, Channel channel,
                                    const ColumnBinning& binning);

// The largest consumed or provisioned value over the columns (the chart's y range before
// NiceAxis), and the largest throttled and burst values (their own scales).
struct ChartExtent {
  double capacity = 0, throttled = 0, burst = 0;
};
ChartExtent Extent(const std::vector<ChartColumn>& columns);

}  // namespace ddb::viz
