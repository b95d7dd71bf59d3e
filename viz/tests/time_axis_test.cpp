#include "app/time_axis.h"

#include <catch2/catch.hpp>

namespace ddb::viz {
namespace {

TEST_CASE("Zooming keeps the time under the cursor in place", "[viz]") {
  TimeView v{400.0, 200.0, false};  // seconds 200..400
  // Cursor at a quarter of the width: t = 200 + 0.25 * 200 = 250.
  ZoomAround(&v, 0.25, 1.0);
  // One notch in: span 200 / 1.25 = 160; start = 250 - 0.25 * 160 = 210, end = 370.
  CHECK(v.span_s == Approx(160.0));
  CHECK(ViewStart(v) == Approx(210.0));
  CHECK(v.end_s == Approx(370.0));
  CHECK(XToTime(v, 0.25 * 800, 800) == Approx(250.0));
  ZoomAround(&v, 0.25, -1.0);  // and back out
  CHECK(v.span_s == Approx(200.0));
  CHECK(v.end_s == Approx(400.0));
}

TEST_CASE("Zooming while following keeps now at the right edge", "[viz]") {
  TimeView v{1000.0, 300.0, true};
  ZoomAround(&v, 0.1, 2.0);  // the anchor is ignored: 300 / 1.25^2 = 192
  CHECK(v.end_s == Approx(1000.0));
  CHECK(v.span_s == Approx(192.0));
  CHECK(v.follow);
}

TEST_CASE("Zoom is clamped between 10 seconds and 24 hours", "[viz]") {
  TimeView v{100.0, 20.0, false};
  ZoomAround(&v, 0.5, 10.0);
  CHECK(v.span_s == Approx(kMinSpanSeconds));
  ZoomAround(&v, 0.5, -200.0);
  CHECK(v.span_s == Approx(86400.0));
}

TEST_CASE("Dragging pans by the time the pixels cover and stops following", "[viz]") {
  TimeView v{600.0, 300.0, true};  // 300 s over 600 px: 0.5 s per pixel
  PanByPixels(&v, 100.0, 600.0, 600.0);  // content moves right: 50 s earlier
  CHECK(v.end_s == Approx(550.0));
  CHECK_FALSE(v.follow);
  PanByPixels(&v, -1000.0, 600.0, 600.0);  // cannot pan past now
  CHECK(v.end_s == Approx(600.0));
  PanByPixels(&v, 5000.0, 600.0, 600.0);  // nor before time 0 (end >= span)
  CHECK(v.end_s == Approx(300.0));
}

TEST_CASE("Following moves the right edge to now, never showing time before 0", "[viz]") {
  TimeView v{10.0, 30.0, true};
  FollowNow(&v, 42.5);
  CHECK(v.end_s == 42.5);
  v.follow = false;
  FollowNow(&v, 99.0);
  CHECK(v.end_s == 42.5);
  TimeView early{0.0, 300.0, true};
  FollowNow(&early, 42.5);  // 42.5 s in, 300 s visible: seconds 0 .. 300
  CHECK(early.end_s == 300.0);
  CHECK(ViewStart(early) == 0.0);
}

TEST_CASE("Binning folds seconds into columns at least min_cell pixels wide", "[viz]") {
  // 900 s over 500 px = 0.556 px per second; 2 px cells need 2 / 0.556 = 3.6 -> 4 s per column.
  TimeView v{1000.0, 900.0, false};  // seconds 100..1000
  ColumnBinning b = MakeBinning(v, 500.0, 2.0);
  CHECK(b.seconds_per_column == 4);
  CHECK(b.first_column == 25);  // 100 / 4
  CHECK(b.columns == 225);      // columns 25 .. 249 (second 999 is in column 249)
  CHECK(ColumnOf(b, 100) == 0);
  CHECK(ColumnOf(b, 103) == 0);
  CHECK(ColumnOf(b, 104) == 1);
  CHECK(ColumnOf(b, 999) == 224);
  CHECK(ColumnOf(b, 1000) == -1);
  CHECK(ColumnOf(b, 99) == -1);
  CHECK(ColumnStartSecond(b, 1) == 104);
}

TEST_CASE("Binning keeps one second per column when zoomed in", "[viz]") {
  TimeView v{60.0, 30.0, false};  // 30 s over 600 px: 20 px per second
  ColumnBinning b = MakeBinning(v, 600.0, 3.0);
  CHECK(b.seconds_per_column == 1);
  CHECK(b.first_column == 30);
  CHECK(b.columns == 30);
}

TEST_CASE("Binning aligns columns on absolute time, also before time 0", "[viz]") {
  TimeView v{10.0, 20.0, false};  // seconds -10 .. 10
  ColumnBinning b = MakeBinning(v, 4.0, 1.0);  // 0.2 px per second: 5 s per column
  CHECK(b.seconds_per_column == 5);
  CHECK(b.first_column == -2);  // floor(-10 / 5)
  CHECK(ColumnOf(b, -1) == 1);  // second -1 is in column -1: [-5, 0)
  CHECK(ColumnOf(b, 0) == 2);
}

}  // namespace
}  // namespace ddb::viz
