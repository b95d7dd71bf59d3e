// The horizontal time axis shared by the heat timeline and the capacity charts: which virtual
// seconds are visible (a right edge and a span, optionally following "now"), zoom around the
// cursor, drag to pan, and the column binning that folds several seconds into one cell when the
// view is wider than the pixels can show (Tracy-style: aggregate before drawing). Pure arithmetic.
#pragma once

#include <cstdint>

namespace ddb::viz {

inline constexpr double kMinSpanSeconds = 10.0;
inline constexpr double kMaxSpanSeconds = 24.0 * 3600.0;  // the engine keeps 24 h of table metrics
// One wheel notch scales the span by this factor (in: divide, out: multiply).
inline constexpr double kZoomStep = 1.25;

struct TimeView {
  double end_s = 0.0;     // right edge, in virtual seconds
  double span_s = 300.0;  // visible seconds
  bool follow = true;     // the right edge tracks the current virtual second
};

inline double ViewStart(const TimeView& v) { return v.end_s - v.span_s; }

// While following, moves the right edge to `now_s` (but not before `span_s`: the view never starts
// before time 0 while following).
void FollowNow(TimeView* view, double now_s);

// Zooms by `wheel_steps` notches (> 0 zooms in) around the time under the cursor, which sits at
// `anchor_fraction` (0 = left edge, 1 = right edge) of the width and stays under the cursor. While
// following, the anchor is the right edge ("now") so following continues. The span is clamped to
// [kMinSpanSeconds, kMaxSpanSeconds].
void ZoomAround(TimeView* view, double anchor_fraction, double wheel_steps);

// A drag of `dx_px` pixels (positive: the content moves right, showing earlier times) over a
// `width_px` wide plot. Stops following; the right edge stays within [span, now_s].
void PanByPixels(TimeView* view, double dx_px, double width_px, double now_s);

// x of a virtual time inside a plot of `width_px` (0 at the left edge).
double TimeToX(const TimeView& view, double t_s, double width_px);
// Virtual time at x pixels from the left edge.
double XToTime(const TimeView& view, double x_px, double width_px);

// Whole seconds grouped into columns aligned on multiples of seconds_per_column (so panning does
// not change what a column aggregates). Column k covers seconds [k*spc, (k+1)*spc).
struct ColumnBinning {
  int64_t seconds_per_column = 1;
  int64_t first_column = 0;  // absolute index of the leftmost (possibly partly visible) column
  int columns = 0;           // how many columns cover the view
};
// The finest binning whose columns are at least `min_cell_px` wide (>= 1 second per column).
ColumnBinning MakeBinning(const TimeView& view, double width_px, double min_cell_px);
// The column (relative to first_column) holding `second`, or -1 if outside.
int ColumnOf(const ColumnBinning& binning, int64_t second);
// Smallest whole second a relative column covers.
inline int64_t ColumnStartSecond(const ColumnBinning& b, int column) {
  return (b.first_column + column) * b.seconds_per_column;
}

}  // namespace ddb::viz
