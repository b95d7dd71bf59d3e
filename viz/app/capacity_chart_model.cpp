#include "app/capacity_chart_model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ddb::viz {

ValueAxis NiceAxis(double max_value, int max_ticks) {
  if (!(max_value > 0)) return {1.0, 0.2};
  max_ticks = std::max(max_ticks, 1);
  double raw = max_value / max_ticks;
  double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  double norm = raw / magnitude;
  double step = (norm <= 1.0 ? 1.0 : norm <= 2.0 ? 2.0 : norm <= 5.0 ? 5.0 : 10.0) * magnitude;
  // Tolerate rounding so that an exact multiple (e.g. 100 with step 20) stays the top tick.
  double top = std::ceil(max_value / step - 1e-9) * step;
  return {top, step};
}

std::vector<double> AxisTicks(const ValueAxis& axis) {
  std::vector<double> ticks;
  int n = static_cast<int>(std::floor(axis.max / axis.step + 1e-9));
  for (int i = 0; i <= n && i <= 1000; ++i) ticks.push_back(axis.step * i);
  return ticks;
}

int64_t TimeTickStep(double span_s, int max_ticks) {
  static constexpr int64_t kSteps[] = {1,    2,    5,    10,   15,    30,    60,    120,   300,
                                       600,  900,  1800, 3600, 7200,  10800, 21600, 43200, 86400};
  max_ticks = std::max(max_ticks, 1);
  for (int64_t step : kSteps) {
    if (span_s / static_cast<double>(step) <= max_ticks) return step;
  }
  return kSteps[sizeof(kSteps) / sizeof(kSteps[0]) - 1];
}

std::vector<int64_t> TimeTicks(double start_s, double end_s, int64_t step) {
  std::vector<int64_t> ticks;
  if (step <= 0) return ticks;
  auto first = static_cast<int64_t>(std::ceil(start_s / static_cast<double>(step))) * step;
  for (int64_t t = first; static_cast<double>(t) <= end_s && ticks.size() < 1000; t += step)
    ticks.push_back(t);
  return ticks;
}

std::string FormatAxisValue(double v) {
  char buf[32];
  double a = std::fabs(v);
  auto trim = [&](double x, const char* suffix) {
    // One decimal only when it says something ("1.5k" but "12k", "2k").
    if (std::fabs(x) < 10 && std::fabs(x - std::round(x)) > 1e-9) {
      std::snprintf(buf, sizeof(buf), "%.1f%s", x, suffix);
    } else {
      std::snprintf(buf, sizeof(buf), "%.0f%s", x, suffix);
    }
    return std::string(buf);
  };
  if (a >= 1e6) return trim(v / 1e6, "M");
  if (a >= 1e3) return trim(v / 1e3, "k");
  if (a < 10 && std::fabs(v - std::round(v)) > 1e-9) {
    std::snprintf(buf, sizeof(buf), "%.1f", v);
    return buf;
  }
  std::snprintf(buf, sizeof(buf), "%.0f", v);
  return buf;
}

std::string FormatTickSeconds(int64_t second) {
  bool negative = second < 0;
  if (negative) second = -second;
  long long h = second / 3600, m = (second / 60) % 60, s = second % 60;
  char buf[32];
  if (h > 0) {
    std::snprintf(buf, sizeof(buf), "%s%lld:%02lld:%02lld", negative ? "-" : "", h, m, s);
  } else {
    std::snprintf(buf, sizeof(buf), "%s%lld:%02lld", negative ? "-" : "", m, s);
  }
  return buf;
}

std::vector<ChartColumn> BinSamples(const std::vector<MetricSample>& samples, Channel channel,
                                    const ColumnBinning& binning) {
  std::vector<ChartColumn> columns(static_cast<size_t>(std::max(binning.columns, 0)));
  if (columns.empty()) return columns;
  const int64_t first = ColumnStartSecond(binning, 0);
  auto it = std::lower_bound(samples.begin(), samples.end(), first,
                             [](const MetricSample& s, int64_t v) { return s.second < v; });
  const bool read = channel == Channel::kRead;
  for (; it != samples.end(); ++it) {
    int c = ColumnOf(binning, it->second);
    if (c < 0) break;  // samples are in time order: past the last column
    ChartColumn& col = columns[static_cast<size_t>(c)];
    double consumed = read ? it->consumed_rcu : it->consumed_wcu;
    double provisioned = read ? it->provisioned_rcu : it->provisioned_wcu;
    col.consumed = col.has_data ? std::max(col.consumed, consumed) : consumed;
    col.provisioned = col.has_data ? std::max(col.provisioned, provisioned) : provisioned;
    col.throttled += read ? it->throttled_reads : it->throttled_writes;
    col.burst = read ? it->burst_read : it->burst_write;
    col.has_data = true;
  }
  return columns;
}

ChartExtent Extent(const std::vector<ChartColumn>& columns) {
  ChartExtent e;
  for (const ChartColumn& c : columns) {
    if (!c.has_data) continue;
    e.capacity = std::max({e.capacity, c.consumed, c.provisioned});
    e.throttled = std::max(e.throttled, c.throttled);
    e.burst = std::max(e.burst, c.burst);
  }
  return e;
}

}  // namespace ddb::viz
