// The heat timeline's model: partitions as rows (in hash order) against virtual seconds as
// columns, each cell coloured by the partition's heat in that second, from Engine::Metrics.
//
// Rows: one per current partition (a "leaf"), in hash-range order. A partition that has split is
// gone from the table snapshot but still has a metric series; it is drawn across the rows of its
// descendants up to the second it split, after which its children's rows begin, so a split reads
// as one band dividing in two. The viz remembers every partition range it has seen (the lineage),
// since a snapshot only describes the live partitions.
//
// Drawing cost is bounded whatever the partition count or the time span: rows are grouped into
// buckets and seconds into columns so that cells stay a few pixels big, cells take the hottest
// value they cover (a one-second spike stays visible), and equal neighbouring cells are merged into
// runs. BuildHeatGrid coarsens until the run count fits the budget.
#pragma once

#include "app/heat.h"
#include "app/time_axis.h"
#include "ddb/engine.h"

#include <cstdint>
#include <map>
#include <vector>

namespace ddb::viz {

// What the viz knows about one partition, alive or split.
struct PartitionRange {
  int id = 0;
  int parent = -1;
  uint64_t hash_lo = 0, hash_hi = 0;
  bool alive = false;
  bool range_known = false;  // false: inferred from children, or not known at all
};
using PartitionLineage = std::map<int, PartitionRange>;

// Records the snapshot's partitions (alive, with their ranges) and marks every other known
// partition of the lineage as split.
void RecordLineage(const std::vector<PartitionSnapshot>& partitions, PartitionLineage* lineage);
// Where the lineage of a table's partitions, or of a GSI's own ("Table/Index"; no DynamoDB name
// holds a '/'), is kept in PartitionEffects::lineage.
std::string LineageKey(const std::string& table, const std::string& index);
// Whether `key` is the lineage key of `table` or of one of its GSIs.
bool IsLineageOfTable(const std::string& key, const std::string& table);

struct TimelineRow {
  int id = 0;
  int row_begin = 0, row_end = 0;  // [begin, end) in leaf rows
  bool alive = false;
};
struct TimelineRows {
  int leaf_rows = 0;               // rows drawn (alive partitions + partitions of unknown range)
  std::vector<TimelineRow> nodes;  // every partition of the lineage or of `series_ids`, by id
  std::vector<int> leaf_ids;       // partition id of each row, top to bottom
};
// Lays the lineage out as rows. Partitions listed in `series_ids` but unknown to the lineage, and
// split partitions whose range cannot be inferred from their children, get a row of their own
// below the live ones.
TimelineRows BuildTimelineRows(const PartitionLineage& lineage, const std::vector<int>& series_ids);

// Heat of one second of a partition: the hotter of read and write against the ceilings.
double SampleHeat(const MetricSample& sample, const Ceilings& ceilings);

inline constexpr int kHeatLevels = 32;  // colour quantisation used for merging runs
// Heat -> level in [0, kHeatLevels - 1]; and back to the heat at the level's centre.
int HeatLevel(double heat);
double LevelHeat(int level);

// A horizontal run of equal cells in one row bucket.
struct HeatRun {
  int bucket = 0;
  int column_begin = 0, column_end = 0;  // [begin, end) relative to the binning
  int level = 0;
};
struct ThrottleRun {
  int bucket = 0;
  int column_begin = 0, column_end = 0;
};
// A split: partition `id` ends at `second` (its last sample + 1) across rows [row_begin, row_end).
struct SplitMark {
  int id = 0;
  int64_t second = 0;
  int row_begin = 0, row_end = 0;
};

struct HeatGrid {
  ColumnBinning binning;
  int rows_per_bucket = 1;
  int buckets = 0;
  std::vector<HeatRun> runs;
  std::vector<ThrottleRun> throttles;  // cells where any request was throttled
  std::vector<SplitMark> splits;
  // What the grid was built for, and its cells (buckets x columns, row-major), kept so that
  // UpdateHeatGrid can recompute only the newest columns.
  double cell_px = 0, width_px = 0, height_px = 0;
  int leaf_rows = 0;
  Ceilings ceilings;
  std::vector<int8_t> levels;       // -1: no sample
  std::vector<uint8_t> throttled;
};

// Builds the grid for a plot of `width_px` x `height_px` showing `view`. Cells are at least
// `min_cell_px` in both directions and coarsened until runs + throttles <= `max_runs`.
HeatGrid BuildHeatGrid(const MetricSeries& series, const TimelineRows& rows, const Ceilings& ceilings,
                       const TimeView& view, double width_px, double height_px, double min_cell_px,
                       int max_runs);

// Brings `grid` to a view that moved forward in time (following "now") when only seconds from
// `dirty_from_second` on have new samples: shifts the kept cells and recomputes the columns from
// that second (INT64_MAX: no new samples, only the columns that scrolled in). Rows, size,
// ceilings and cell size must be those the grid was built with. Returns
// false, leaving the grid as it was, when that does not hold (then call BuildHeatGrid).
bool UpdateHeatGrid(HeatGrid* grid, const MetricSeries& series, const TimelineRows& rows,
                    const Ceilings& ceilings, const TimeView& view, double width_px, double height_px,
                    int64_t dirty_from_second, int max_runs);

// The sample of `samples` (one per second, oldest first) for `second`, or null.
const MetricSample* FindSample(const std::vector<MetricSample>& samples, int64_t second);

}  // namespace ddb::viz
