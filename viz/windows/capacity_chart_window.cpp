// The capacity charts (a tab of the right-hand capacity panel): for the selected table or one of
// its global secondary indexes, whole or one partition (app/chart_scope.h), consumed capacity
// against what was provisioned (on-demand: what the table could serve at once; a partition: its
// share plus adaptive boost), the requests throttled, and the burst bucket, per second of virtual
// time, writes above reads. CapacityChanged and Workload events are vertical lines, their detail
// on hover. Drawn with ImDrawList (there is no ImPlot here); long windows are folded per pixel
// column first (app/capacity_chart_model.h). Wheel zooms, drag pans, "Follow now" keeps the
// newest second at the right.
//
// Index of this file:
// [SECTION] Toolbar
// [SECTION] One chart
// [SECTION] Window
#include "app/capacity_chart_model.h"
#include "app/capacity_views.h"
#include "app/format.h"
#include "app/layout.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "windows/windows.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ddb::viz {
namespace {

constexpr ImU32 kConsumedColor = palette::Rgb(0x4C8DFF);
constexpr ImU32 kProvisionedColor = palette::Rgb(0xE6E9F0);
constexpr ImU32 kBurstColor = palette::Rgb(0x3FCF8E);
constexpr ImU32 kCapacityMarkerColor = palette::Rgb(0xF5B94A);
constexpr ImU32 kWorkloadMarkerColor = palette::Rgb(0xA27CF6);

//-------------------------------------------------------------------------------------------------
// [SECTION] Toolbar
//-------------------------------------------------------------------------------------------------

void DrawToolbar(CapacityChartState* cs, const TableSnapshot& table, double now_s) {
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11.0f);
  if (ImGui::BeginCombo("##chart_scope", ChartScopeLabel(cs->scope).c_str())) {
    const std::vector<ChartScope> scopes = ChartScopes(table);
    for (size_t i = 0; i < scopes.size(); ++i) {
      const ChartScope& scope = scopes[i];
      if (i > 0 && scope.partition < 0) ImGui::Separator();  // each GSI starts a group
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::Selectable(ChartScopeLabel(scope).c_str(), cs->scope == scope)) cs->scope = scope;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("A global secondary index has its own capacity and partitions, so it has its own charts.");
  ImGui::SameLine();
  if (ImGui::Checkbox("Follow now", &cs->view.follow) && cs->view.follow) FollowNow(&cs->view, now_s);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", FormatTickSeconds(static_cast<int64_t>(std::lround(cs->view.span_s))).c_str());
  ImGui::SameLine();
  if (ImGui::SmallButton("-##zoom_out")) ZoomAround(&cs->view, 0.5, -1);
  ImGui::SameLine(0, 2);
  if (ImGui::SmallButton("+##zoom_in")) ZoomAround(&cs->view, 0.5, 1);
  ImGui::SameLine();
  HelpMarker("Blue area: capacity consumed each second. White line: what the table (or GSI) may use "
             "(provisioned; on-demand: what it can serve at once; a partition: its share plus "
             "adaptive boost). A GSI's writes arrive as they propagate from the table. Red bars: requests throttled (right-hand scale). Green strip: the "
             "burst bucket, unused capacity banked for up to 300 s.\n\nWheel: zoom around the "
             "cursor. Drag: pan. Vertical lines: capacity changes and workloads (hover).");
}

void LegendItem(ImDrawList* dl, ImVec2* pos, ImU32 color, const char* label, int shape, float s) {
  float h = ImGui::GetTextLineHeight();
  ImVec2 a(pos->x, pos->y + h * 0.25f), b(pos->x + 12.0f * s, pos->y + h * 0.75f);
  switch (shape) {
    case 0: dl->AddRectFilled(a, b, WithAlpha(color, 0.6f)); break;
    case 1: dl->AddLine(ImVec2(a.x, (a.y + b.y) * 0.5f), ImVec2(b.x, (a.y + b.y) * 0.5f), color, 2.0f * s); break;
    default: dl->AddRectFilled(ImVec2(a.x + 4.0f * s, a.y), ImVec2(b.x - 4.0f * s, b.y), color); break;
  }
  dl->AddText(ImVec2(b.x + 4.0f * s, pos->y), palette::kTextDim, label);
  pos->x = b.x + 4.0f * s + ImGui::CalcTextSize(label).x + 12.0f * s;
}

//-------------------------------------------------------------------------------------------------
// [SECTION] One chart
//-------------------------------------------------------------------------------------------------

struct ChartRect {
  ImVec2 min, max;
  float w() const { return max.x - min.x; }
  float h() const { return max.y - min.y; }
};

// The markers of `table` inside the view, as x positions; returns the hovered one's index or -1.
int DrawMarkers(ImDrawList* dl, const std::vector<ChartMarker>& markers, const std::string& table,
                const TimeView& view, const ChartRect& r, float s, bool hovered) {
  int hit = -1;
  float mouse_x = ImGui::GetIO().MousePos.x;
  for (size_t i = 0; i < markers.size(); ++i) {
    const ChartMarker& m = markers[i];
    if (m.table != table) continue;
    double t = static_cast<double>(m.time_ms) / 1000.0;
    if (t < ViewStart(view) || t > view.end_s) continue;
    float x = r.min.x + static_cast<float>(TimeToX(view, t, r.w()));
    ImU32 color = m.kind == EventKind::kCapacityChanged ? kCapacityMarkerColor : kWorkloadMarkerColor;
    for (float y = r.min.y; y < r.max.y; y += 6.0f * s)
      dl->AddLine(ImVec2(x, y), ImVec2(x, std::min(y + 3.0f * s, r.max.y)), color, 1.0f * s);
    dl->AddTriangleFilled(ImVec2(x - 3.5f * s, r.min.y), ImVec2(x + 3.5f * s, r.min.y), ImVec2(x, r.min.y + 5.0f * s),
                          color);
    if (hovered && std::fabs(mouse_x - x) <= 4.0f * s) hit = static_cast<int>(i);
  }
  return hit;
}

// One channel (reads or writes): consumed area, provisioned line, throttled bars on their own
// scale, y ticks on the left; the burst bucket as a strip below it.
void DrawChart(ImDrawList* dl, const ChartRect& r, const ChartRect& burst, const std::vector<ChartColumn>& cols,
               const ColumnBinning& binning, const TimeView& view, const char* title, const char* unit, float s) {
  ChartExtent extent = Extent(cols);
  int max_ticks = std::max(2, static_cast<int>(r.h() / (28.0f * s)));
  ValueAxis axis = NiceAxis(extent.capacity, max_ticks);
  dl->AddRectFilled(r.min, r.max, WithAlpha(palette::kBackground, 0.6f));
  for (double tick : AxisTicks(axis)) {
    float y = r.max.y - static_cast<float>(tick / axis.max) * r.h();
    dl->AddLine(ImVec2(r.min.x, y), ImVec2(r.max.x, y), WithAlpha(palette::kBorder, 0.7f));
    std::string label = FormatAxisValue(tick);
    ImVec2 ts = ImGui::CalcTextSize(label.c_str());
    dl->AddText(ImVec2(r.min.x - ts.x - 4.0f * s, std::clamp(y - ts.y * 0.5f, r.min.y - ts.y * 0.5f, r.max.y - ts.y)),
                palette::kTextDim, label.c_str());
  }
  auto col_x = [&](int c) {
    return r.min.x + static_cast<float>(TimeToX(view, static_cast<double>(ColumnStartSecond(binning, c)), r.w()));
  };
  auto val_y = [&](double v) { return r.max.y - static_cast<float>(std::clamp(v / axis.max, 0.0, 1.0)) * r.h(); };

  dl->PushClipRect(r.min, r.max, true);
  // Throttled: red bars up to a third of the height, on their own scale, behind the rest.
  if (extent.throttled > 0) {
    for (size_t c = 0; c < cols.size(); ++c) {
      if (cols[c].throttled <= 0) continue;
      float x0 = col_x(static_cast<int>(c)), x1 = std::max(col_x(static_cast<int>(c) + 1), x0 + 2.0f * s);
      float h = static_cast<float>(cols[c].throttled / extent.throttled) * r.h() * 0.33f;
      dl->AddRectFilled(ImVec2(x0, r.max.y - std::max(h, 2.0f * s)), ImVec2(x1, r.max.y), WithAlpha(palette::kError, 0.6f));
    }
  }
  // Consumed: a filled area with a brighter top edge.
  for (size_t c = 0; c < cols.size(); ++c) {
    if (!cols[c].has_data || cols[c].consumed <= 0) continue;
    float x0 = col_x(static_cast<int>(c)), x1 = col_x(static_cast<int>(c) + 1), y = val_y(cols[c].consumed);
    dl->AddRectFilled(ImVec2(x0, y), ImVec2(x1, r.max.y), WithAlpha(kConsumedColor, 0.45f));
    dl->AddLine(ImVec2(x0, y), ImVec2(x1, y), kConsumedColor, 1.5f * s);
  }
  // Provisioned: a step line.
  bool pen = false;
  ImVec2 last;
  for (size_t c = 0; c < cols.size(); ++c) {
    if (!cols[c].has_data) {
      pen = false;
      continue;
    }
    float x0 = col_x(static_cast<int>(c)), x1 = col_x(static_cast<int>(c) + 1), y = val_y(cols[c].provisioned);
    if (pen) dl->AddLine(last, ImVec2(x0, y), kProvisionedColor, 2.0f * s);
    dl->AddLine(ImVec2(x0, y), ImVec2(x1, y), kProvisionedColor, 2.0f * s);
    last = ImVec2(x1, y);
    pen = true;
  }
  dl->PopClipRect();
  dl->AddRect(r.min, r.max, palette::kBorder);
  char head[96];
  std::snprintf(head, sizeof(head), "%s (%s per second)", title, unit);
  dl->AddText(ImVec2(r.min.x + 4.0f * s, r.min.y + 2.0f * s), palette::kText, head);
  if (extent.throttled > 0) {
    char thr[64];
    if (binning.seconds_per_column == 1) {
      std::snprintf(thr, sizeof(thr), "throttled: up to %s/s", FormatAxisValue(extent.throttled).c_str());
    } else {
      std::snprintf(thr, sizeof(thr), "throttled: up to %s per %lld s", FormatAxisValue(extent.throttled).c_str(),
                    static_cast<long long>(binning.seconds_per_column));
    }
    float w = ImGui::CalcTextSize(thr).x;
    dl->AddText(ImVec2(r.max.x - w - 4.0f * s, r.min.y + 2.0f * s), palette::kError, thr);
  }

  // The burst bucket strip, scaled to its own maximum.
  dl->AddRectFilled(burst.min, burst.max, WithAlpha(palette::kBackground, 0.6f));
  if (extent.burst > 0) {
    dl->PushClipRect(burst.min, burst.max, true);
    for (size_t c = 0; c < cols.size(); ++c) {
      if (!cols[c].has_data) continue;
      float h = static_cast<float>(cols[c].burst / extent.burst) * burst.h();
      dl->AddRectFilled(ImVec2(col_x(static_cast<int>(c)), burst.max.y - h), ImVec2(col_x(static_cast<int>(c) + 1), burst.max.y),
                        WithAlpha(kBurstColor, 0.55f));
    }
    dl->PopClipRect();
  }
  char burst_label[64];
  std::snprintf(burst_label, sizeof(burst_label), "burst bucket (max %s)", FormatAxisValue(extent.burst).c_str());
  dl->AddText(ImVec2(burst.min.x + 4.0f * s, burst.min.y), WithAlpha(palette::kTextDim, 0.9f), burst_label);
  dl->AddRect(burst.min, burst.max, palette::kBorder);
}

void DrawCharts(const Engine& engine, ViewState& state, CapacityViews& views, const TableSnapshot& table,
                double now_s) {
  CapacityChartState& cs = views.charts;
  float s = state.layout.scale;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImVec2 avail = ImGui::GetContentRegionAvail();
  float line = ImGui::GetTextLineHeight();
  float axis_w = ImGui::CalcTextSize("0000k").x + 6.0f * s;
  float axis_h = line + 8.0f * s;
  float legend_h = line + 6.0f * s;
  if (avail.x < axis_w + 80.0f * s || avail.y < legend_h + axis_h + 120.0f * s) return;

  ImVec2 legend = origin;
  LegendItem(dl, &legend, kConsumedColor, "consumed", 0, s);
  LegendItem(dl, &legend, kProvisionedColor, cs.scope.partition < 0 ? (table.billing_mode == "PAY_PER_REQUEST" ? "on-demand allowance" : "provisioned") : "share + boost", 1, s);
  LegendItem(dl, &legend, palette::kError, "throttled", 2, s);

  float top = origin.y + legend_h;
  float total_h = avail.y - legend_h - axis_h;
  float gap = 8.0f * s;
  float burst_h = std::max(16.0f * s, total_h * 0.1f);
  float chart_h = (total_h - 2 * burst_h - 3 * gap) * 0.5f;
  float x0 = origin.x + axis_w, x1 = origin.x + avail.x;
  ChartRect write_r{ImVec2(x0, top), ImVec2(x1, top + chart_h)};
  ChartRect write_b{ImVec2(x0, write_r.max.y + 2.0f * s), ImVec2(x1, write_r.max.y + 2.0f * s + burst_h)};
  ChartRect read_r{ImVec2(x0, write_b.max.y + gap * 2), ImVec2(x1, write_b.max.y + gap * 2 + chart_h)};
  ChartRect read_b{ImVec2(x0, read_r.max.y + 2.0f * s), ImVec2(x1, read_r.max.y + 2.0f * s + burst_h)};
  ChartRect all{write_r.min, read_b.max};

  ImGui::SetCursorScreenPos(all.min);
  ImGui::InvisibleButton("##capacity_charts", ImVec2(all.w(), all.h()),
                         ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
  bool hovered = ImGui::IsItemHovered();
  const ImGuiIO& io = ImGui::GetIO();
  if (hovered && io.MouseWheel != 0) {
    double steps = io.MouseWheel * (io.KeyCtrl ? 0.25 : io.KeyShift ? 3.0 : 1.0);
    ZoomAround(&cs.view, (io.MousePos.x - all.min.x) / all.w(), steps);
  }
  if (ImGui::IsItemActive() && io.MouseDelta.x != 0 &&
      (ImGui::IsMouseDragging(ImGuiMouseButton_Left) || ImGui::IsMouseDragging(ImGuiMouseButton_Right)))
    PanByPixels(&cs.view, io.MouseDelta.x, all.w(), now_s);
  FollowNow(&cs.view, now_s);

  auto from = static_cast<int64_t>(std::floor(ViewStart(cs.view)));
  auto to = static_cast<int64_t>(std::ceil(cs.view.end_s));
  RefreshMetrics(engine, table.name, from, to, state.ui_time_s, &cs.metrics, cs.scope.index);
  const std::vector<MetricSample>* samples = &cs.metrics.series.table;
  const std::vector<MetricSample> none;
  if (cs.scope.partition >= 0) {
    samples = &none;
    for (const auto& [id, series] : cs.metrics.series.partitions) {
      if (id == cs.scope.partition) samples = &series;
    }
  }
  ColumnBinning binning = MakeBinning(cs.view, all.w(), 2.0f * s);
  DrawChart(dl, write_r, write_b, BinSamples(*samples, Channel::kWrite, binning), binning, cs.view, "Writes", "WCU", s);
  DrawChart(dl, read_r, read_b, BinSamples(*samples, Channel::kRead, binning), binning, cs.view, "Reads", "RCU", s);

  int marker = DrawMarkers(dl, views.effects.markers, table.name, cs.view, all, s, hovered);
  float now_x = all.min.x + static_cast<float>(TimeToX(cs.view, now_s, all.w()));
  if (now_x >= all.min.x && now_x <= all.max.x)
    dl->AddLine(ImVec2(now_x, all.min.y), ImVec2(now_x, all.max.y), WithAlpha(palette::kAccent, 0.8f));

  // Time axis.
  int max_ticks = std::max(2, static_cast<int>(all.w() / (70.0f * s)));
  int64_t step = TimeTickStep(cs.view.span_s, max_ticks);
  for (int64_t t : TimeTicks(ViewStart(cs.view), cs.view.end_s, step)) {
    float x = all.min.x + static_cast<float>(TimeToX(cs.view, static_cast<double>(t), all.w()));
    dl->AddLine(ImVec2(x, all.max.y), ImVec2(x, all.max.y + 4.0f * s), palette::kTextDim);
    std::string label = FormatTickSeconds(t);
    float w = ImGui::CalcTextSize(label.c_str()).x;
    dl->AddText(ImVec2(std::clamp(x - w * 0.5f, all.min.x, all.max.x - w), all.max.y + 5.0f * s), palette::kTextDim,
                label.c_str());
  }

  if (samples->empty()) {
    const char* text = cs.scope.partition >= 0
                           ? "No metrics for this partition in this time range (partitions keep 15 minutes)."
                       : !cs.scope.index.empty()
                           ? "No metrics for this index yet. Writes to the table reach it as they propagate."
                           : "No capacity metrics yet. Start a workload to see consumption, "
                             "throttling and the burst bucket over time.";
    ImVec2 ts = ImGui::CalcTextSize(text, nullptr, false, all.w() - 30.0f * s);
    ImGui::SetCursorScreenPos(ImVec2(all.min.x + (all.w() - ts.x) * 0.5f, write_r.min.y + (write_r.h() - ts.y) * 0.5f));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + all.w() - 30.0f * s);
    ImGui::TextDisabled("%s", text);
    ImGui::PopTextWrapPos();
  }

  // Hover: the marker's detail, or the numbers of the second under the cursor.
  if (hovered && !ImGui::IsItemActive()) {
    if (marker >= 0) {
      const ChartMarker& m = views.effects.markers[static_cast<size_t>(marker)];
      ImGui::BeginTooltip();
      ImGui::TextColored(ToVec4(m.kind == EventKind::kCapacityChanged ? kCapacityMarkerColor : kWorkloadMarkerColor),
                         "%s at %s", EventKindName(m.kind), FormatVirtualTime(m.time_ms).c_str());
      if (!m.detail.empty()) ImGui::TextUnformatted(m.detail.c_str());
      ImGui::EndTooltip();
    } else {
      auto second = static_cast<int64_t>(std::floor(XToTime(cs.view, io.MousePos.x - all.min.x, all.w())));
      if (const MetricSample* sm = FindSample(*samples, second)) {
        ImGui::BeginTooltip();
        ImGui::TextDisabled("%s", FormatTickSeconds(second).c_str());
        ImGui::Text("Writes %.1f of %.1f WCU, %u throttled, burst %.0f", sm->consumed_wcu, sm->provisioned_wcu,
                    sm->throttled_writes, sm->burst_write);
        ImGui::Text("Reads  %.1f of %.1f RCU, %u throttled, burst %.0f", sm->consumed_rcu, sm->provisioned_rcu,
                    sm->throttled_reads, sm->burst_read);
        ImGui::EndTooltip();
      }
    }
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, all.max.y + axis_h));
}

}  // namespace

//-------------------------------------------------------------------------------------------------
// [SECTION] Window
//-------------------------------------------------------------------------------------------------

void DrawCapacityChartWindow(Engine& engine, ViewState& state, CapacityViews& views, bool* p_open) {
  TableSnapshot table;
  if (!BeginSidePanelWindow("Capacity charts", engine, state, views, p_open,
                            ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse,
                            "Create or select a table: its consumed and provisioned capacity shows here.", &table)) {
    ImGui::End();
    return;
  }
  // A partition that split, or a deleted index, is gone: fall back to the whole table or index.
  ChartScope& scope = views.charts.scope;
  if (!ScopeExists(table, scope)) scope.partition = -1;
  if (!ScopeExists(table, scope)) scope = ChartScope{};
  double now_s = static_cast<double>(engine.now_ms()) / 1000.0;
  DrawToolbar(&views.charts, table, now_s);
  DrawCharts(engine, state, views, table, now_s);
  ImGui::End();
}

}  // namespace ddb::viz
