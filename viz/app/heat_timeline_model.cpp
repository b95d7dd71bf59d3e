#include "app/heat_timeline_model.h"

#include <algorithm>
#include <cmath>

namespace ddb::viz {
namespace {

const TimelineRow* FindNode(const std::vector<TimelineRow>& nodes, int id) {
  auto it = std::lower_bound(nodes.begin(), nodes.end(), id,
                             [](const TimelineRow& r, int v) { return r.id < v; });
  return it != nodes.end() && it->id == id ? &*it : nullptr;
}

}  // namespace

void RecordLineage(const std::vector<PartitionSnapshot>& partitions, PartitionLineage* lineage) {
  for (auto& [id, range] : *lineage) range.alive = false;
  for (const PartitionSnapshot& p : partitions) {
    PartitionRange& r = (*lineage)[p.id];
    r = {p.id, p.parent, p.hash_lo, p.hash_hi, true, true};
  }
}

std::string LineageKey(const std::string& table, const std::string& index) {
  return index.empty() ? table : table + "/" + index;
}

bool IsLineageOfTable(const std::string& key, const std::string& table) {
  return key.starts_with(table) && (key.size() == table.size() || key[table.size()] == '/');
}

TimelineRows BuildTimelineRows(const PartitionLineage& lineage, const std::vector<int>& series_ids) {
  struct Node {
    PartitionRange range;
    bool has_range = false;
  };
  std::map<int, Node> nodes;
  for (const auto& [id, r] : lineage) nodes[id] = {r, r.range_known};
  for (int id : series_ids) {
    if (!nodes.count(id)) nodes[id] = {PartitionRange{id, -1, 0, 0, false, false}, false};
  }
  // A split partition's range is the union of its children's: resolve bottom-up, one level per
  // pass (lineages are shallow: each split halves a range).
  for (int pass = 0; pass < 64; ++pass) {
    bool changed = false;
    for (auto& [id, node] : nodes) {
      if (node.has_range) continue;
      bool any = false;
      uint64_t lo = UINT64_MAX, hi = 0;
      for (const auto& [child_id, child] : nodes) {
        if (child.range.parent != id || !child.has_range) continue;
        any = true;
        lo = std::min(lo, child.range.hash_lo);
        hi = std::max(hi, child.range.hash_hi);
      }
      if (any) {
        node.range.hash_lo = lo;
        node.range.hash_hi = hi;
        node.has_range = true;
        changed = true;
      }
    }
    if (!changed) break;
  }

  std::vector<const PartitionRange*> leaves;
  for (const auto& [id, node] : nodes) {
    if (node.range.alive && node.has_range) leaves.push_back(&node.range);
  }
  std::sort(leaves.begin(), leaves.end(), [](const PartitionRange* a, const PartitionRange* b) {
    return a->hash_lo != b->hash_lo ? a->hash_lo < b->hash_lo : a->id < b->id;
  });

  TimelineRows out;
  for (const PartitionRange* leaf : leaves) out.leaf_ids.push_back(leaf->id);
  int extra = static_cast<int>(leaves.size());
  for (const auto& [id, node] : nodes) {
    TimelineRow row{id, 0, 0, node.range.alive};
    if (node.has_range) {
      // Leaves tile the key space in order: those inside [lo, hi] are one contiguous run.
      auto begin = std::lower_bound(leaves.begin(), leaves.end(), node.range.hash_lo,
                                    [](const PartitionRange* l, uint64_t v) { return l->hash_lo < v; });
      auto end = begin;
      while (end != leaves.end() && (*end)->hash_hi <= node.range.hash_hi) ++end;
      row.row_begin = static_cast<int>(begin - leaves.begin());
      row.row_end = static_cast<int>(end - leaves.begin());
    }
    if (row.row_end <= row.row_begin) {  // nowhere to draw it: a row of its own, below
      row.row_begin = extra;
      row.row_end = ++extra;
      out.leaf_ids.push_back(id);
    }
    out.nodes.push_back(row);  // std::map iteration: sorted by id
  }
  out.leaf_rows = extra;
  return out;
}

double SampleHeat(const MetricSample& s, const Ceilings& c) {
  return std::max(Heat(s.consumed_rcu, c.read), Heat(s.consumed_wcu, c.write));
}

int HeatLevel(double heat) {
  if (!(heat > 0)) return 0;
  double level = std::floor(std::min(heat, 1.0) * (kHeatLevels - 1) + 0.5);
  return static_cast<int>(level);
}

double LevelHeat(int level) { return static_cast<double>(level) / (kHeatLevels - 1); }

const MetricSample* FindSample(const std::vector<MetricSample>& samples, int64_t second) {
  auto it = std::lower_bound(samples.begin(), samples.end(), second,
                             [](const MetricSample& s, int64_t v) { return s.second < v; });
  return it != samples.end() && it->second == second ? &*it : nullptr;
}

namespace {

// Recomputes the cells of columns [from_column, columns) from the samples.
void FillCells(HeatGrid* g, const MetricSeries& series, const TimelineRows& rows, int from_column) {
  const int columns = g->binning.columns;
  for (int b = 0; b < g->buckets; ++b) {
    for (int c = from_column; c < columns; ++c) {
      size_t i = static_cast<size_t>(b) * columns + c;
      g->levels[i] = -1;
      g->throttled[i] = 0;
    }
  }
  const int64_t first_second = ColumnStartSecond(g->binning, from_column);
  const int64_t end_second = ColumnStartSecond(g->binning, columns);
  for (const auto& [id, samples] : series.partitions) {
    const TimelineRow* node = FindNode(rows.nodes, id);
    if (!node || samples.empty()) continue;
    int b0 = node->row_begin / g->rows_per_bucket;
    int b1 = (node->row_end - 1) / g->rows_per_bucket;
    auto it = std::lower_bound(samples.begin(), samples.end(), first_second,
                               [](const MetricSample& s, int64_t v) { return s.second < v; });
    for (; it != samples.end() && it->second < end_second; ++it) {
      int col = ColumnOf(g->binning, it->second);
      if (col < 0) continue;
      auto lvl = static_cast<int8_t>(HeatLevel(SampleHeat(*it, g->ceilings)));
      bool thr = it->throttled_reads + it->throttled_writes > 0;
      for (int b = b0; b <= b1; ++b) {
        size_t i = static_cast<size_t>(b) * columns + col;
        g->levels[i] = std::max(g->levels[i], lvl);
        g->throttled[i] |= thr ? 1 : 0;
      }
    }
  }
}

// Run-length encodes the cells, and finds the splits inside the view.
void Encode(HeatGrid* g, const MetricSeries& series, const TimelineRows& rows) {
  const int columns = g->binning.columns;
  g->runs.clear();
  g->throttles.clear();
  g->splits.clear();
  for (int b = 0; b < g->buckets; ++b) {
    const size_t base = static_cast<size_t>(b) * columns;
    for (int c = 0; c < columns;) {
      int8_t l = g->levels[base + c];
      int e = c + 1;
      while (e < columns && g->levels[base + e] == l) ++e;
      if (l >= 0) g->runs.push_back({b, c, e, l});
      c = e;
    }
    for (int c = 0; c < columns;) {
      if (!g->throttled[base + c]) {
        ++c;
        continue;
      }
      int e = c + 1;
      while (e < columns && g->throttled[base + e]) ++e;
      g->throttles.push_back({b, c, e});
      c = e;
    }
  }
  // A partition that is no longer alive stopped at a split: mark where its rows hand over.
  const int64_t first_second = ColumnStartSecond(g->binning, 0);
  const int64_t end_second = ColumnStartSecond(g->binning, columns);
  for (const auto& [id, samples] : series.partitions) {
    const TimelineRow* node = FindNode(rows.nodes, id);
    if (!node || node->alive || samples.empty()) continue;
    int64_t split = samples.back().second + 1;
    if (split >= first_second && split <= end_second) g->splits.push_back({id, split, node->row_begin, node->row_end});
  }
}

}  // namespace

HeatGrid BuildHeatGrid(const MetricSeries& series, const TimelineRows& rows, const Ceilings& ceilings,
                       const TimeView& view, double width_px, double height_px, double min_cell_px,
                       int max_runs) {
  HeatGrid grid;
  if (rows.leaf_rows <= 0 || width_px <= 0 || height_px <= 0) return grid;
  double cell = std::max(min_cell_px, 1.0);
  for (int attempt = 0; attempt < 8; ++attempt, cell *= 1.6) {
    grid = HeatGrid{};
    grid.cell_px = cell;
    grid.width_px = width_px;
    grid.height_px = height_px;
    grid.leaf_rows = rows.leaf_rows;
    grid.ceilings = ceilings;
    grid.binning = MakeBinning(view, width_px, cell);
    grid.rows_per_bucket = std::max(1, static_cast<int>(std::ceil(rows.leaf_rows * cell / height_px - 1e-9)));
    grid.buckets = (rows.leaf_rows + grid.rows_per_bucket - 1) / grid.rows_per_bucket;
    if (grid.binning.columns <= 0) return grid;
    grid.levels.assign(static_cast<size_t>(grid.buckets) * grid.binning.columns, -1);
    grid.throttled.assign(grid.levels.size(), 0);
    FillCells(&grid, series, rows, 0);
    Encode(&grid, series, rows);
    if (static_cast<int>(grid.runs.size() + grid.throttles.size()) <= max_runs) break;
  }
  return grid;
}

bool UpdateHeatGrid(HeatGrid* grid, const MetricSeries& series, const TimelineRows& rows,
                    const Ceilings& ceilings, const TimeView& view, double width_px, double height_px,
                    int64_t dirty_from_second, int max_runs) {
  if (grid->levels.empty() || rows.leaf_rows != grid->leaf_rows || width_px != grid->width_px ||
      height_px != grid->height_px || ceilings.read != grid->ceilings.read || ceilings.write != grid->ceilings.write)
    return false;
  ColumnBinning nb = MakeBinning(view, width_px, grid->cell_px);
  const ColumnBinning& ob = grid->binning;
  int64_t shift = nb.first_column - ob.first_column;
  if (nb.seconds_per_column != ob.seconds_per_column || shift < 0 || nb.columns <= 0) return false;
  HeatGrid next = *grid;
  next.binning = nb;
  const int columns = nb.columns;
  next.levels.assign(static_cast<size_t>(next.buckets) * columns, -1);
  next.throttled.assign(next.levels.size(), 0);
  for (int b = 0; b < next.buckets; ++b) {
    for (int c = 0; c < columns; ++c) {
      int64_t old_c = c + shift;
      if (old_c >= ob.columns) break;
      size_t from = static_cast<size_t>(b) * ob.columns + static_cast<size_t>(old_c);
      size_t to = static_cast<size_t>(b) * columns + c;
      next.levels[to] = grid->levels[from];
      next.throttled[to] = grid->throttled[from];
    }
  }
  // Columns from the first one holding a new sample (or the first one that was not kept).
  int64_t kept_columns = std::max<int64_t>(0, ob.columns - shift);
  int64_t dirty_column = kept_columns;
  if (dirty_from_second != INT64_MAX) {
    const int64_t spc = nb.seconds_per_column;
    int64_t q = dirty_from_second / spc;
    if (dirty_from_second % spc != 0 && dirty_from_second < 0) --q;  // floor
    dirty_column = q - nb.first_column;
  }
  int from_column = static_cast<int>(std::clamp<int64_t>(std::min(dirty_column, kept_columns), 0, columns));
  FillCells(&next, series, rows, from_column);
  Encode(&next, series, rows);
  if (static_cast<int>(next.runs.size() + next.throttles.size()) > max_runs) return false;
  *grid = std::move(next);
  return true;
}

}  // namespace ddb::viz
