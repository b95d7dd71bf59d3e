// The heat timeline (a tab of the right-hand capacity panel): the selected table's partitions (or
// a GSI's own, picked in the toolbar) as rows, in hash order, against virtual seconds as columns, each cell coloured by how hot the
// partition ran that second (consumed / partition ceiling), from Engine::Metrics. A red tick marks
// the seconds in which requests were throttled; when a partition splits its row ends and its
// children's rows begin (app/heat_timeline_model.h). Mouse wheel zooms around the cursor (Ctrl
// finer, Shift coarser), dragging pans, "Follow now" keeps the newest second at the right edge.
//
// Index of this file:
// [SECTION] Toolbar
// [SECTION] Plot
// [SECTION] Window
#include "app/capacity_chart_model.h"
#include "app/capacity_views.h"
#include "app/chart_scope.h"
#include "app/format.h"
#include "app/heat_timeline_model.h"
#include "app/heat_widgets.h"
#include "app/layout.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "windows/windows.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ddb::viz {
namespace {

// Cells stay at least this big (scaled), and at most this many runs are drawn (a window's vertex
// buffer has 16-bit indices in WebGL: 64k vertices, 4 per rectangle).
constexpr float kMinCellPx = 3.0f;
constexpr int kMaxRuns = 9000;

//-------------------------------------------------------------------------------------------------
// [SECTION] Toolbar
//-------------------------------------------------------------------------------------------------

// Whose partitions are the rows: the table's, or a GSI's own.
void DrawIndexPicker(HeatTimelineState* tl, const TableSnapshot& table) {
  if (std::none_of(table.indexes.begin(), table.indexes.end(), [](const IndexSnapshot& i) { return i.kind == "GSI"; }))
    return;  // nothing to pick
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
  if (ImGui::BeginCombo("##heat_scope", ChartScopeLabel({tl->index, -1}).c_str())) {
    for (const ChartScope& scope : ChartScopes(table)) {
      if (scope.partition >= 0) continue;
      if (ImGui::Selectable(ChartScopeLabel(scope).c_str(), tl->index == scope.index)) tl->index = scope.index;
    }
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("A global secondary index has partitions of its own: show their heat.");
  ImGui::SameLine();
}

void DrawToolbar(ViewState& state, HeatTimelineState* tl, const TableSnapshot& table, double now_s) {
  DrawIndexPicker(tl, table);
  if (ImGui::Checkbox("Follow now", &tl->view.follow) && tl->view.follow) FollowNow(&tl->view, now_s);
  RecordWidgetRect(state, "Follow now");
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("showing %s", FormatTickSeconds(static_cast<int64_t>(std::lround(tl->view.span_s))).c_str());
  ImGui::SameLine();
  if (ImGui::SmallButton("-")) ZoomAround(&tl->view, 0.5, -1);
  ImGui::SameLine(0, 2);
  if (ImGui::SmallButton("+")) ZoomAround(&tl->view, 0.5, 1);
  ImGui::SameLine();
  HelpMarker("Each row is a partition, in key-space order; each column a second of virtual time. "
             "Colour: consumed capacity / the partition's ceiling (the hotter of reads and writes). "
             "A red tick: requests were throttled that second. A white line: the partition split "
             "and its children continue below it.\n\nWheel: zoom around the cursor (Ctrl finer, "
             "Shift coarser). Drag: pan. Partitions keep 15 minutes of history.");
  float bar = 70.0f * state.layout.scale;
  float legend_w = HeatLegendWidth(bar);
  float right = ImGui::GetWindowContentRegionMax().x;
  ImGui::SameLine();
  // Right-aligned after the controls, or on a line of its own when the panel is too narrow.
  if (right - legend_w < ImGui::GetCursorPosX()) ImGui::NewLine();
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right - legend_w));
  HeatLegend(bar);
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Plot
//-------------------------------------------------------------------------------------------------

struct PlotRect {
  ImVec2 min, max;
  float w() const { return max.x - min.x; }
  float h() const { return max.y - min.y; }
};

// The partition and sample under (row, second): the live partition of the row, or the split
// ancestor that covered it at that time.
struct HoverHit {
  int id = -1;
  const MetricSample* sample = nullptr;
  bool alive = false;
};

HoverHit FindHit(const HeatTimelineState& tl, int row, int64_t second) {
  HoverHit hit;
  for (const TimelineRow& node : tl.rows.nodes) {
    if (row < node.row_begin || row >= node.row_end) continue;
    for (const auto& [id, samples] : tl.metrics.series.partitions) {
      if (id != node.id) continue;
      if (const MetricSample* s = FindSample(samples, second)) return {id, s, node.alive};
    }
    if (node.alive) hit = {node.id, nullptr, true};
  }
  return hit;
}

void HoverTooltip(const HoverHit& hit, int64_t second, const Ceilings& c) {
  ImGui::BeginTooltip();
  ImGui::TextColored(ToVec4(PartitionColor(hit.id)), "Partition %d", hit.id);
  if (!hit.alive) {
    ImGui::SameLine();
    ImGui::TextDisabled("(split since)");
  }
  ImGui::SameLine();
  ImGui::TextDisabled("at %s", FormatTickSeconds(second).c_str());
  if (!hit.sample) {
    ImGui::TextDisabled("No metrics for this second");
    ImGui::EndTooltip();
    return;
  }
  const MetricSample& s = *hit.sample;
  double heat = SampleHeat(s, c);
  ImGui::TextColored(ToVec4(HeatColor(heat)), "Heat %.0f%%", heat * 100.0);
  ImGui::Text("Writes %.1f WCU of %.1f allowed (ceiling %.0f)", s.consumed_wcu, s.provisioned_wcu, c.write);
  ImGui::Text("Reads  %.1f RCU of %.1f allowed (ceiling %.0f)", s.consumed_rcu, s.provisioned_rcu, c.read);
  if (s.throttled_reads + s.throttled_writes > 0) {
    ImGui::TextColored(ToVec4(palette::kError), "Throttled: %u writes, %u reads", s.throttled_writes,
                       s.throttled_reads);
  }
  ImGui::TextDisabled("Burst bucket: %.0f WCU, %.0f RCU", s.burst_write, s.burst_read);
  ImGui::EndTooltip();
}

void DrawTimeAxis(ImDrawList* dl, const TimeView& view, const PlotRect& plot, float s) {
  int max_ticks = std::max(2, static_cast<int>(plot.w() / (70.0f * s)));
  int64_t step = TimeTickStep(view.span_s, max_ticks);
  for (int64_t t : TimeTicks(ViewStart(view), view.end_s, step)) {
    float x = plot.min.x + static_cast<float>(TimeToX(view, static_cast<double>(t), plot.w()));
    dl->AddLine(ImVec2(x, plot.max.y), ImVec2(x, plot.max.y + 4.0f * s), palette::kTextDim);
    std::string label = FormatTickSeconds(t);
    float w = ImGui::CalcTextSize(label.c_str()).x;
    float lx = std::clamp(x - w * 0.5f, plot.min.x, plot.max.x - w);
    dl->AddText(ImVec2(lx, plot.max.y + 5.0f * s), palette::kTextDim, label.c_str());
  }
}

void DrawPlot(const Engine& engine, ViewState& state, CapacityViews& views, const TableSnapshot& table,
              double now_s) {
  HeatTimelineState& tl = views.timeline;
  float s = state.layout.scale;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImVec2 avail = ImGui::GetContentRegionAvail();
  float label_w = ImGui::CalcTextSize("P0000").x + 6.0f * s;
  float axis_h = ImGui::GetTextLineHeight() + 8.0f * s;
  if (avail.x < label_w + 60.0f * s || avail.y < axis_h + 40.0f * s) return;
  PlotRect plot{ImVec2(origin.x + label_w, origin.y), ImVec2(origin.x + avail.x, origin.y + avail.y - axis_h)};

  // Input: the whole plot takes the mouse; the wheel zooms, a drag pans.
  ImGui::SetCursorScreenPos(plot.min);
  ImGui::InvisibleButton("##heat_timeline", ImVec2(plot.w(), plot.h()),
                         ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
  bool hovered = ImGui::IsItemHovered();
  const ImGuiIO& io = ImGui::GetIO();
  if (hovered && io.MouseWheel != 0) {
    double steps = io.MouseWheel * (io.KeyCtrl ? 0.25 : io.KeyShift ? 3.0 : 1.0);
    ZoomAround(&tl.view, (io.MousePos.x - plot.min.x) / plot.w(), steps);
  }
  if (ImGui::IsItemActive() && io.MouseDelta.x != 0 &&
      (ImGui::IsMouseDragging(ImGuiMouseButton_Left) || ImGui::IsMouseDragging(ImGuiMouseButton_Right)))
    PanByPixels(&tl.view, io.MouseDelta.x, plot.w(), now_s);
  FollowNow(&tl.view, now_s);

  // Data: the visible seconds' metrics (cached), rows from the lineage, and the grid, rebuilt only
  // when one of them changed (or the view moved by a whole second).
  // The window falls back to the table when the index is gone, so the scope always has partitions.
  Ceilings ceilings = PartitionCeilings(*ScopePartitions(table, tl.index), table.profile);
  auto from = static_cast<int64_t>(std::floor(ViewStart(tl.view)));
  auto to = static_cast<int64_t>(std::ceil(tl.view.end_s));
  RefreshMetrics(engine, table.name, from, to, state.ui_time_s, &tl.metrics, tl.index);
  const PartitionLineage& lineage = views.effects.lineage[LineageKey(table.name, tl.index)];
  double end_key = std::floor(tl.view.end_s);
  bool same_layout = tl.built_span_s == tl.view.span_s && tl.built_w == plot.w() && tl.built_h == plot.h() &&
                     tl.built_nodes == lineage.size();
  bool new_data = tl.built_generation != tl.metrics.generation;
  if (!same_layout || new_data || tl.built_end_s != end_key) {
    // Following "now": only the newest columns change, unless the rows, the size or the zoom did,
    // or the cache was fetched in full (or more than once) since the grid was built.
    bool updated = false;
    if (same_layout && (!new_data || (tl.metrics.generation == tl.built_generation + 1 &&
                                      tl.metrics.tail_from != INT64_MIN))) {
      int64_t dirty = new_data ? tl.metrics.tail_from : INT64_MAX;
      updated = UpdateHeatGrid(&tl.grid, tl.metrics.series, tl.rows, ceilings, tl.view, plot.w(), plot.h(),
                               dirty, kMaxRuns);
    }
    if (!updated) {
      std::vector<int> ids;
      for (const auto& [id, samples] : tl.metrics.series.partitions) ids.push_back(id);
      tl.rows = BuildTimelineRows(lineage, ids);
      tl.grid = BuildHeatGrid(tl.metrics.series, tl.rows, ceilings, tl.view, plot.w(), plot.h(), kMinCellPx * s,
                              kMaxRuns);
    }
    tl.built_generation = tl.metrics.generation;
    tl.built_end_s = end_key;
    tl.built_span_s = tl.view.span_s;
    tl.built_w = plot.w();
    tl.built_h = plot.h();
    tl.built_nodes = lineage.size();
  }

  dl->AddRectFilled(plot.min, plot.max, WithAlpha(palette::kBackground, 0.6f));
  const HeatGrid& grid = tl.grid;
  const int rows = std::max(tl.rows.leaf_rows, 1);
  const float row_h = plot.h() / static_cast<float>(rows);
  auto column_x = [&](int column) {
    double t = static_cast<double>(ColumnStartSecond(grid.binning, column));
    return plot.min.x + static_cast<float>(TimeToX(tl.view, t, plot.w()));
  };
  auto bucket_y = [&](int bucket) {
    return plot.min.y + std::min(static_cast<float>(bucket * grid.rows_per_bucket) * row_h, plot.h());
  };
  dl->PushClipRect(plot.min, plot.max, true);
  for (const HeatRun& run : grid.runs) {
    dl->AddRectFilled(ImVec2(column_x(run.column_begin), bucket_y(run.bucket)),
                      ImVec2(column_x(run.column_end), bucket_y(run.bucket + 1)),
                      HeatColor(LevelHeat(run.level)));
  }
  // Throttle ticks: red on a dark edge, so they show on the hottest (red) cells too.
  for (const ThrottleRun& run : grid.throttles) {
    float y0 = bucket_y(run.bucket), y1 = bucket_y(run.bucket + 1);
    float tick = std::clamp((y1 - y0) * 0.3f, 2.0f * s, 5.0f * s);
    float x0 = column_x(run.column_begin), x1 = std::max(column_x(run.column_end), x0 + 2.0f * s);
    dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x1, y0 + tick + 1.5f * s), palette::kBackground);
    dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x1, y0 + tick), palette::Rgb(0xFF6B78));
  }
  for (const SplitMark& mark : grid.splits) {
    float x = plot.min.x + static_cast<float>(TimeToX(tl.view, static_cast<double>(mark.second), plot.w()));
    float y0 = plot.min.y + mark.row_begin * row_h, y1 = plot.min.y + mark.row_end * row_h;
    dl->AddLine(ImVec2(x, y0), ImVec2(x, y1), palette::Rgb(0xFFFFFF, 220), 1.5f * s);
    // The parent's band: a bracket over its children's rows.
    dl->AddLine(ImVec2(x - 4.0f * s, y0 + 1), ImVec2(x, y0 + 1), palette::Rgb(0xFFFFFF, 160), 1.0f);
    dl->AddLine(ImVec2(x - 4.0f * s, y1 - 1), ImVec2(x, y1 - 1), palette::Rgb(0xFFFFFF, 160), 1.0f);
  }
  // Now.
  float now_x = plot.min.x + static_cast<float>(TimeToX(tl.view, now_s, plot.w()));
  dl->AddLine(ImVec2(now_x, plot.min.y), ImVec2(now_x, plot.max.y), WithAlpha(palette::kAccent, 0.8f), 1.0f);
  dl->PopClipRect();
  dl->AddRect(plot.min, plot.max, palette::kBorder);

  // Row labels when rows are tall enough to read; otherwise the key-space ends.
  float line = ImGui::GetTextLineHeight();
  if (row_h >= line) {
    for (int r = 0; r < tl.rows.leaf_rows; ++r) {
      char buf[16];
      int id = tl.rows.leaf_ids[static_cast<size_t>(r)];
      std::snprintf(buf, sizeof(buf), "P%d", id);
      float y = plot.min.y + r * row_h + (row_h - line) * 0.5f;
      dl->AddRectFilled(ImVec2(origin.x, y + line * 0.25f), ImVec2(origin.x + 3.0f * s, y + line * 0.75f),
                        PartitionColor(id));
      dl->AddText(ImVec2(origin.x + 6.0f * s, y), palette::kTextDim, buf);
    }
  } else if (tl.rows.leaf_rows > 0) {  // too many rows to name: the key-space ends
    dl->AddText(ImVec2(origin.x, plot.min.y), palette::kTextDim, "0x00");
    dl->AddText(ImVec2(origin.x, plot.max.y - line), palette::kTextDim, "0xFF");
  }
  DrawTimeAxis(dl, tl.view, plot, s);

  if (grid.runs.empty()) {
    const char* text = tl.metrics.ok && MetricsEmpty(tl.metrics)
                           ? "No capacity metrics yet. Start a workload: every second of traffic "
                             "becomes a column here."
                           : "No partition metrics in this time range.";
    ImVec2 ts = ImGui::CalcTextSize(text, nullptr, false, plot.w() - 20.0f * s);
    ImGui::SetCursorScreenPos(ImVec2(plot.min.x + (plot.w() - ts.x) * 0.5f, plot.min.y + (plot.h() - ts.y) * 0.5f));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + plot.w() - 20.0f * s);
    ImGui::TextDisabled("%s", text);
    ImGui::PopTextWrapPos();
  }

  if (hovered && !ImGui::IsItemActive() && tl.rows.leaf_rows > 0) {
    int row = std::clamp(static_cast<int>((io.MousePos.y - plot.min.y) / row_h), 0, tl.rows.leaf_rows - 1);
    auto second = static_cast<int64_t>(std::floor(XToTime(tl.view, io.MousePos.x - plot.min.x, plot.w())));
    HoverHit hit = FindHit(tl, row, second);
    if (hit.id >= 0) HoverTooltip(hit, second, ceilings);
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, plot.max.y + axis_h));
}

}  // namespace

//-------------------------------------------------------------------------------------------------
// [SECTION] Window
//-------------------------------------------------------------------------------------------------

void DrawHeatTimelineWindow(Engine& engine, ViewState& state, CapacityViews& views, bool* p_open) {
  TableSnapshot table;
  if (!BeginSidePanelWindow("Heat timeline", engine, state, views, p_open,
                            ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse,
                            "Create or select a table: its partitions' heat over time shows here.", &table)) {
    ImGui::End();
    return;
  }
  // A deleted index (or one the table never had) falls back to the table's partitions.
  HeatTimelineState& tl = views.timeline;
  if (!tl.index.empty() && !ScopeExists(table, ChartScope{tl.index, -1})) tl.index.clear();
  double now_s = static_cast<double>(engine.now_ms()) / 1000.0;
  DrawToolbar(state, &tl, table, now_s);
  DrawPlot(engine, state, views, table, now_s);
  ImGui::End();
}

}  // namespace ddb::viz
