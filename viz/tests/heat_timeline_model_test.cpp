#include "app/heat_timeline_model.h"

#include <catch2/catch.hpp>

namespace ddb::viz {
namespace {

constexpr uint64_t kHalf = 0x8000000000000000ull;
constexpr uint64_t kQuarter = 0x4000000000000000ull;

PartitionSnapshot Part(int id, int parent, uint64_t lo, uint64_t hi) {
  PartitionSnapshot p;
  p.id = id;
  p.parent = parent;
  p.hash_lo = lo;
  p.hash_hi = hi;
  return p;
}

MetricSample Sample(int64_t second, double wcu, uint32_t throttled_writes = 0) {
  MetricSample s;
  s.second = second;
  s.consumed_wcu = wcu;
  s.throttled_writes = throttled_writes;
  return s;
}

const TimelineRow& Node(const TimelineRows& rows, int id) {
  for (const TimelineRow& r : rows.nodes) {
    if (r.id == id) return r;
  }
  FAIL("no node " << id);
  return rows.nodes.front();
}

// Partitions 0 [0, 1/2) and 1 [1/2, 1); then 0 splits into 2 [0, 1/4) and 3 [1/4, 1/2).
PartitionLineage SplitLineage() {
  PartitionLineage lineage;
  TableSnapshot before;
  before.partitions = {Part(0, -1, 0, kHalf - 1), Part(1, -1, kHalf, UINT64_MAX)};
  RecordLineage(before.partitions, &lineage);
  TableSnapshot after;
  after.partitions = {Part(2, 0, 0, kQuarter - 1), Part(3, 0, kQuarter, kHalf - 1), Part(1, -1, kHalf, UINT64_MAX)};
  RecordLineage(after.partitions, &lineage);
  return lineage;
}

TEST_CASE("Timeline rows: live partitions in hash order, a split parent over its children", "[viz]") {
  PartitionLineage lineage = SplitLineage();
  CHECK_FALSE(lineage.at(0).alive);
  CHECK(lineage.at(2).alive);
  TimelineRows rows = BuildTimelineRows(lineage, {0, 1, 2, 3});
  CHECK(rows.leaf_rows == 3);
  CHECK(rows.leaf_ids == std::vector<int>{2, 3, 1});
  CHECK(Node(rows, 2).row_begin == 0);
  CHECK(Node(rows, 3).row_begin == 1);
  CHECK(Node(rows, 1).row_begin == 2);
  CHECK(Node(rows, 1).row_end == 3);
  // The parent covered [0, 1/2): the rows of 2 and 3.
  CHECK(Node(rows, 0).row_begin == 0);
  CHECK(Node(rows, 0).row_end == 2);
  CHECK_FALSE(Node(rows, 0).alive);
}

TEST_CASE("Timeline rows: a parent never seen alive gets its range from its children", "[viz]") {
  PartitionLineage lineage;
  TableSnapshot now;  // the viz started after partition 0 had split
  now.partitions = {Part(2, 0, 0, kQuarter - 1), Part(3, 0, kQuarter, kHalf - 1), Part(1, -1, kHalf, UINT64_MAX)};
  RecordLineage(now.partitions, &lineage);
  TimelineRows rows = BuildTimelineRows(lineage, {0, 1, 2, 3});
  CHECK(rows.leaf_rows == 3);
  CHECK(Node(rows, 0).row_begin == 0);
  CHECK(Node(rows, 0).row_end == 2);
}

TEST_CASE("Timeline rows: a partition of unknown range gets a row of its own below", "[viz]") {
  PartitionLineage lineage;
  TableSnapshot now;
  now.partitions = {Part(0, -1, 0, UINT64_MAX)};
  RecordLineage(now.partitions, &lineage);
  TimelineRows rows = BuildTimelineRows(lineage, {0, 7});
  CHECK(rows.leaf_rows == 2);
  CHECK(rows.leaf_ids == std::vector<int>{0, 7});
  CHECK(Node(rows, 7).row_begin == 1);
  CHECK(Node(rows, 7).row_end == 2);
}

TEST_CASE("Heat levels quantise heat into 32 steps", "[viz]") {
  CHECK(HeatLevel(0.0) == 0);
  CHECK(HeatLevel(1.0) == 31);
  CHECK(HeatLevel(3.0) == 31);
  CHECK(HeatLevel(0.5) == 16);  // 0.5 * 31 = 15.5, rounded half up
  CHECK(LevelHeat(31) == Approx(1.0));
  CHECK(SampleHeat(Sample(0, 500), {3000, 1000}) == Approx(0.5));
}

TEST_CASE("The heat grid merges equal seconds into one run and marks throttled seconds", "[viz]") {
  PartitionLineage lineage;
  TableSnapshot now;
  now.partitions = {Part(0, -1, 0, kHalf - 1), Part(1, -1, kHalf, UINT64_MAX)};
  RecordLineage(now.partitions, &lineage);
  TimelineRows rows = BuildTimelineRows(lineage, {0, 1});
  MetricSeries series;
  series.partitions = {{0, {Sample(10, 500), Sample(11, 500), Sample(12, 500)}},
                       {1, {Sample(11, 0, 3)}}};
  // Seconds 10..13 over 300 px (100 px per second), 100 px tall: one second and one row per cell.
  HeatGrid grid = BuildHeatGrid(series, rows, {3000, 1000}, TimeView{13.0, 3.0, false}, 300, 100, 3, 1000);
  REQUIRE(grid.binning.seconds_per_column == 1);
  REQUIRE(grid.rows_per_bucket == 1);
  REQUIRE(grid.runs.size() == 2);
  // Partition 0: heat 500 / 1000 = 0.5 (level 16) for three seconds, one run.
  CHECK(grid.runs[0].bucket == 0);
  CHECK(grid.runs[0].column_begin == 0);
  CHECK(grid.runs[0].column_end == 3);
  CHECK(grid.runs[0].level == 16);
  // Partition 1: idle (level 0) in second 11 only, and throttled then.
  CHECK(grid.runs[1].bucket == 1);
  CHECK(grid.runs[1].column_begin == 1);
  CHECK(grid.runs[1].column_end == 2);
  CHECK(grid.runs[1].level == 0);
  REQUIRE(grid.throttles.size() == 1);
  CHECK(grid.throttles[0].bucket == 1);
  CHECK(grid.throttles[0].column_begin == 1);
  CHECK(grid.splits.empty());
}

TEST_CASE("The heat grid draws a split parent across its children's rows until it split", "[viz]") {
  TimelineRows rows = BuildTimelineRows(SplitLineage(), {0, 1, 2, 3});
  MetricSeries series;
  // Partition 0 ran hot (1000 WCU = level 31) in seconds 0..1, then split; 2 and 3 idle from 2.
  series.partitions = {{0, {Sample(0, 1000), Sample(1, 1000)}},
                       {1, {Sample(0, 0), Sample(1, 0), Sample(2, 0)}},
                       {2, {Sample(2, 0)}},
                       {3, {Sample(2, 0)}}};
  HeatGrid grid = BuildHeatGrid(series, rows, {3000, 1000}, TimeView{3.0, 3.0, false}, 300, 300, 3, 1000);
  int hot_rows = 0;
  for (const HeatRun& r : grid.runs) {
    if (r.level == 31) {
      ++hot_rows;
      CHECK(r.bucket < 2);  // rows of 2 and 3
      CHECK(r.column_begin == 0);
      CHECK(r.column_end == 2);
    }
  }
  CHECK(hot_rows == 2);
  REQUIRE(grid.splits.size() == 1);
  CHECK(grid.splits[0].id == 0);
  CHECK(grid.splits[0].second == 2);  // its last second + 1
  CHECK(grid.splits[0].row_begin == 0);
  CHECK(grid.splits[0].row_end == 2);
}

TEST_CASE("The heat grid coarsens until it fits the run budget", "[viz]") {
  // 1,024 partitions, alternating hot and idle, over 300 s on a 400 x 200 px plot.
  PartitionLineage lineage;
  TableSnapshot now;
  const uint64_t width = UINT64_MAX / 1024 + 1;
  MetricSeries series;
  for (int i = 0; i < 1024; ++i) {
    uint64_t lo = width * static_cast<uint64_t>(i);
    now.partitions.push_back(Part(i, -1, lo, i == 1023 ? UINT64_MAX : lo + width - 1));
    std::vector<MetricSample> samples;
    for (int t = 0; t < 300; ++t) samples.push_back(Sample(t, ((i + t) % 2) ? 1000 : 0));
    series.partitions.emplace_back(i, std::move(samples));
  }
  RecordLineage(now.partitions, &lineage);
  TimelineRows rows = BuildTimelineRows(lineage, {});
  REQUIRE(rows.leaf_rows == 1024);
  HeatGrid grid = BuildHeatGrid(series, rows, {3000, 1000}, TimeView{300.0, 300.0, false}, 400, 200, 3, 2000);
  CHECK(grid.rows_per_bucket > 1);
  CHECK(grid.runs.size() + grid.throttles.size() <= 2000);
  // Buckets hold several partitions: the hottest wins, so every cell is hot.
  for (const HeatRun& r : grid.runs) CHECK(r.level == 31);
}

bool SameRuns(const HeatGrid& a, const HeatGrid& b) {
  if (a.runs.size() != b.runs.size() || a.throttles.size() != b.throttles.size()) return false;
  for (size_t i = 0; i < a.runs.size(); ++i) {
    const HeatRun &x = a.runs[i], &y = b.runs[i];
    if (x.bucket != y.bucket || x.column_begin != y.column_begin || x.column_end != y.column_end || x.level != y.level)
      return false;
  }
  for (size_t i = 0; i < a.throttles.size(); ++i) {
    if (a.throttles[i].bucket != b.throttles[i].bucket || a.throttles[i].column_begin != b.throttles[i].column_begin ||
        a.throttles[i].column_end != b.throttles[i].column_end)
      return false;
  }
  return a.binning.first_column == b.binning.first_column && a.binning.columns == b.binning.columns;
}

TEST_CASE("Updating a followed grid with the newest seconds equals building it again", "[viz]") {
  PartitionLineage lineage;
  TableSnapshot now;
  now.partitions = {Part(0, -1, 0, kHalf - 1), Part(1, -1, kHalf, UINT64_MAX)};
  RecordLineage(now.partitions, &lineage);
  TimelineRows rows = BuildTimelineRows(lineage, {0, 1});
  auto series_until = [](int64_t end) {
    MetricSeries m;
    std::vector<MetricSample> a, b;
    for (int64_t t = 0; t < end; ++t) {
      a.push_back(Sample(t, static_cast<double>((t * 37) % 1000), t % 7 == 0 ? 1 : 0));
      b.push_back(Sample(t, static_cast<double>((t * 91) % 1000)));
    }
    m.partitions = {{0, a}, {1, b}};
    return m;
  };
  const Ceilings c{3000, 1000};
  // At second 50, 50 s visible on 200 px: 4 px a second, one-second cells.
  HeatGrid grid = BuildHeatGrid(series_until(50), rows, c, TimeView{50.0, 50.0, false}, 200, 100, 3, 100000);
  // Ten seconds later: seconds 49..59 are new (49 was still running at the last fetch).
  MetricSeries later = series_until(60);
  REQUIRE(UpdateHeatGrid(&grid, later, rows, c, TimeView{60.0, 50.0, false}, 200, 100, 49, 100000));
  HeatGrid rebuilt = BuildHeatGrid(later, rows, c, TimeView{60.0, 50.0, false}, 200, 100, 3, 100000);
  CHECK(SameRuns(grid, rebuilt));
  // Another size: a full build is needed.
  CHECK_FALSE(UpdateHeatGrid(&grid, later, rows, c, TimeView{61.0, 50.0, false}, 300, 100, 59, 100000));
  // Zooming out changes the seconds per column: a full build too.
  CHECK_FALSE(UpdateHeatGrid(&grid, later, rows, c, TimeView{61.0, 500.0, false}, 200, 100, 59, 100000));
}

}  // namespace
}  // namespace ddb::viz
