#include "app/capacity_chart_model.h"

#include <catch2/catch.hpp>

namespace ddb::viz {
namespace {

TEST_CASE("Value axes use 1-2-5 steps and end on a step", "[viz]") {
  // 97 over at most 5 intervals: 19.4 per interval -> 20; the axis ends at 100.
  ValueAxis a = NiceAxis(97, 5);
  CHECK(a.step == Approx(20));
  CHECK(a.max == Approx(100));
  CHECK(AxisTicks(a) == std::vector<double>{0, 20, 40, 60, 80, 100});
  // 1,500 over 4: 375 -> 500, and 1,500 is itself a multiple.
  a = NiceAxis(1500, 4);
  CHECK(a.step == Approx(500));
  CHECK(a.max == Approx(1500));
  // 0.7 over 4: 0.175 -> 0.2; ends at 0.8.
  a = NiceAxis(0.7, 4);
  CHECK(a.step == Approx(0.2));
  CHECK(a.max == Approx(0.8));
  CHECK(AxisTicks(a).size() == 5);
}

TEST_CASE("An empty chart gets the axis 0 to 1", "[viz]") {
  ValueAxis a = NiceAxis(0, 5);
  CHECK(a.max == 1.0);
  CHECK(a.step == Approx(0.2));
}

TEST_CASE("Time ticks step through seconds, minutes and hours", "[viz]") {
  CHECK(TimeTickStep(300, 6) == 60);       // 5 min: one tick a minute
  CHECK(TimeTickStep(20, 10) == 2);
  CHECK(TimeTickStep(86400, 8) == 10800);  // a day: every 3 hours
  CHECK(TimeTicks(95, 250, 60) == std::vector<int64_t>{120, 180, 240});
  CHECK(TimeTicks(0, 10, 5) == std::vector<int64_t>{0, 5, 10});
}

TEST_CASE("Axis labels are short", "[viz]") {
  CHECK(FormatAxisValue(0) == "0");
  CHECK(FormatAxisValue(12) == "12");
  CHECK(FormatAxisValue(250) == "250");
  CHECK(FormatAxisValue(1500) == "1.5k");
  CHECK(FormatAxisValue(2000) == "2k");
  CHECK(FormatAxisValue(12000) == "12k");
  CHECK(FormatAxisValue(2500000) == "2.5M");
  CHECK(FormatAxisValue(0.5) == "0.5");
  CHECK(FormatTickSeconds(45) == "0:45");
  CHECK(FormatTickSeconds(300) == "5:00");
  CHECK(FormatTickSeconds(3723) == "1:02:03");
}

TEST_CASE("Chart columns keep the peak, sum the throttles and end with the last burst level", "[viz]") {
  std::vector<MetricSample> samples;
  const double wcu[] = {1, 5, 2, 8, 0, 3};
  for (int t = 0; t < 6; ++t) {
    MetricSample s;
    s.second = t;
    s.consumed_wcu = wcu[t];
    s.provisioned_wcu = t < 3 ? 5 : 10;  // capacity raised at second 3
    s.throttled_writes = static_cast<uint32_t>(t == 3 ? 4 : t == 2 ? 1 : 0);
    s.burst_write = 100 - t;
    s.consumed_rcu = 99;  // the other channel must not leak in
    samples.push_back(s);
  }
  ColumnBinning b;
  b.seconds_per_column = 2;
  b.first_column = 0;
  b.columns = 4;  // the last column has no data
  std::vector<ChartColumn> cols = BinSamples(samples, Channel::kWrite, b);
  REQUIRE(cols.size() == 4);
  CHECK(cols[0].consumed == 5);   // max(1, 5)
  CHECK(cols[1].consumed == 8);   // max(2, 8)
  CHECK(cols[2].consumed == 3);   // max(0, 3)
  CHECK(cols[1].provisioned == 10);
  CHECK(cols[1].throttled == 5);  // 1 + 4
  CHECK(cols[2].burst == 95);     // second 5: 100 - 5
  CHECK_FALSE(cols[3].has_data);
  ChartExtent e = Extent(cols);
  CHECK(e.capacity == 10);
  CHECK(e.throttled == 5);
  CHECK(e.burst == 99);
}

}  // namespace
}  // namespace ddb::viz
