#include "app/time_axis.h"

#include <algorithm>
#include <cmath>

namespace ddb::viz {
namespace {

int64_t FloorDiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

}  // namespace

void FollowNow(TimeView* view, double now_s) {
  // Early on, show [0, span] and let the data grow from the left rather than show negative time.
  if (view->follow) view->end_s = std::max(now_s, view->span_s);
}

void ZoomAround(TimeView* view, double anchor_fraction, double wheel_steps) {
  double f = view->follow ? 1.0 : std::clamp(anchor_fraction, 0.0, 1.0);
  double anchor_t = ViewStart(*view) + f * view->span_s;
  double span = std::clamp(view->span_s * std::pow(kZoomStep, -wheel_steps), kMinSpanSeconds,
                           kMaxSpanSeconds);
  view->span_s = span;
  view->end_s = anchor_t - f * span + span;
}

void PanByPixels(TimeView* view, double dx_px, double width_px, double now_s) {
  if (width_px <= 0) return;
  view->follow = false;
  double end = view->end_s - dx_px * view->span_s / width_px;
  double latest = std::max(now_s, view->span_s);
  view->end_s = std::clamp(end, std::min(view->span_s, latest), latest);
}

double TimeToX(const TimeView& view, double t_s, double width_px) {
  return (t_s - ViewStart(view)) / view.span_s * width_px;
}

double XToTime(const TimeView& view, double x_px, double width_px) {
  return ViewStart(view) + x_px / width_px * view.span_s;
}

ColumnBinning MakeBinning(const TimeView& view, double width_px, double min_cell_px) {
  ColumnBinning b;
  if (width_px <= 0 || view.span_s <= 0) return b;
  double px_per_second = width_px / view.span_s;
  b.seconds_per_column =
      std::max<int64_t>(1, static_cast<int64_t>(std::ceil(min_cell_px / px_per_second - 1e-9)));
  int64_t start = static_cast<int64_t>(std::floor(ViewStart(view)));
  int64_t end = static_cast<int64_t>(std::ceil(view.end_s));
  b.first_column = FloorDiv(start, b.seconds_per_column);
  int64_t last_column = FloorDiv(end - 1, b.seconds_per_column);
  b.columns = static_cast<int>(std::max<int64_t>(0, last_column - b.first_column + 1));
  return b;
}

int ColumnOf(const ColumnBinning& b, int64_t second) {
  int64_t c = FloorDiv(second, b.seconds_per_column) - b.first_column;
  if (c < 0 || c >= b.columns) return -1;
  return static_cast<int>(c);
}

}  // namespace ddb::viz
