// The Index flow view (a centre tab next to the partition map): a write to the base table does not
// reach a global secondary index at once. On the left the table's partitions, coloured by heat as
// on the partition map; on the right one column per GSI with its own partitions, headed by its
// keys, projection, status and write capacity. Every queued GSI update is a dot travelling from the
// base partition that took the write to the index partition that will hold the entry (green: put,
// amber: remove; a key change is both). An update past its apply time still waits for the index
// partition's write capacity: it piles up in red at the index box. When the index is too far
// behind, base writes are refused (back-pressure): the base partition flashes with "throttled by
// GSI". A Query or Scan of the GSI that ran while updates were in flight is flagged as a stale read.
//
// Cost: the model (app/index_flow_model.h) is rebuilt into reused buffers; the snapshot carries at
// most the 512 oldest updates, so the dots drawn are bounded whatever the backlog.
//
// Index of this file:
// [SECTION] Geometry
// [SECTION] Empty states
// [SECTION] Header and legend
// [SECTION] Columns
// [SECTION] Packets
// [SECTION] Window
#include "app/animations.h"
#include "app/center_tabs.h"
#include "app/format.h"
#include "app/heat.h"
#include "app/heat_widgets.h"
#include "app/index_flow_model.h"
#include "app/layout.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "windows/windows.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <string>

namespace ddb::viz {
namespace {

//-------------------------------------------------------------------------------------------------
// [SECTION] Geometry
//-------------------------------------------------------------------------------------------------

inline constexpr ImU32 kPutColor = palette::kSuccess;
inline constexpr ImU32 kRemoveColor = palette::kWarning;
inline constexpr ImU32 kOverdueColor = palette::kError;  // the throttle colour of the partition map

struct Rect {
  ImVec2 min, max;
  float w() const { return max.x - min.x; }
  float h() const { return max.y - min.y; }
  float cy() const { return (min.y + max.y) * 0.5f; }
};

// The boxes of one column: `count` rows stacked in `area`, a small gap between them.
Rect RowBox(const Rect& area, size_t count, size_t row, float gap) {
  float row_h = area.h() / static_cast<float>(std::max<size_t>(count, 1));
  float g = row_h > gap * 4 ? gap : 0.0f;
  float top = area.min.y + row_h * static_cast<float>(row);
  return {ImVec2(area.min.x, top + g * 0.5f), ImVec2(area.max.x, top + row_h - g * 0.5f)};
}

// A child of a GSI partition that split `t` ago (eased, 0..1): at 0 it covers its parent's place
// (the rows of all its siblings, which sit together in key order), at 1 its own row, so the box is
// seen to divide.
Rect DividingBox(const Rect& area, const std::vector<FlowPartition>& rows, size_t row, float gap, float t) {
  size_t first = row, last = row;
  while (first > 0 && rows[first - 1].parent == rows[row].parent) --first;
  while (last + 1 < rows.size() && rows[last + 1].parent == rows[row].parent) ++last;
  const Rect own = RowBox(area, rows.size(), row, gap);
  const ImVec2 top = RowBox(area, rows.size(), first, gap).min;
  const ImVec2 bottom = RowBox(area, rows.size(), last, gap).max;
  auto lerp = [t](ImVec2 a, ImVec2 b) { return ImVec2(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t); };
  return {lerp(top, own.min), lerp(bottom, own.max)};
}

struct FlowGeometry {
  float s = 1;
  Rect canvas;
  Rect base_area;                // the table's partition boxes
  float column_w = 0, pile_w = 0;
  float header_h = 0;            // GSI column headers
  std::vector<Rect> index_areas;  // one per GSI: its partition boxes (reused buffer)
  std::vector<Rect> index_headers;
};

void ComputeGeometry(const IndexFlowModel& m, ImVec2 origin, ImVec2 size, float s, FlowGeometry* g) {
  g->s = s;
  g->canvas = {origin, ImVec2(origin.x + size.x, origin.y + size.y)};
  const float line = ImGui::GetTextLineHeight();
  const size_t n = m.gsis.size();
  g->header_h = line * 5.4f;  // GSI name, keys (up to two lines), projection and WCU, updates in flight
  g->pile_w = 34.0f * s;
  g->column_w = std::clamp(size.x * 0.17f, 120.0f * s, 230.0f * s);
  // The GSI columns sit at the right, each with room on its left for the dots waiting at it.
  float right_w = static_cast<float>(n) * (g->column_w + g->pile_w);
  float base_w = std::clamp(size.x * 0.15f, 100.0f * s, 200.0f * s);
  if (base_w + right_w + 120.0f * s > size.x) {  // narrow: shrink the columns to fit
    float k = std::max(size.x - 120.0f * s, 60.0f * s) / (base_w + right_w);
    base_w *= k;
    g->column_w *= k;
    right_w = static_cast<float>(n) * (g->column_w + g->pile_w);
  }
  const float top = origin.y + g->header_h, bottom = origin.y + size.y - line * 0.3f;
  // LSIs and the table's title take the top of the base column too.
  g->base_area = {ImVec2(origin.x, top), ImVec2(origin.x + base_w, bottom)};
  g->index_areas.resize(n);
  g->index_headers.resize(n);
  float x = origin.x + size.x - right_w;
  for (size_t i = 0; i < n; ++i) {
    x += g->pile_w;
    g->index_headers[i] = {ImVec2(x, origin.y), ImVec2(x + g->column_w, top - 4.0f * s)};
    g->index_areas[i] = {ImVec2(x, top), ImVec2(x + g->column_w, bottom)};
    x += g->column_w;
  }
}

// A stable vertical offset in [-1, 1] from a key hash, so the dots of one route spread out.
float Jitter(uint64_t hash) {
  uint64_t mixed = (hash ^ (hash >> 31)) * 0x9E3779B97F4A7C15ull;
  return static_cast<float>((mixed >> 40) & 0xFFFF) / 32767.5f - 1.0f;
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Empty states
//-------------------------------------------------------------------------------------------------

void CentredText(const char* text, ImU32 color, ImFont* font = nullptr) {
  if (font) ImGui::PushFont(font);
  float avail = ImGui::GetContentRegionAvail().x;
  float w = std::min(ImGui::CalcTextSize(text).x, avail);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (avail - w) * 0.5f));
  ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(color));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w + 1.0f);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  if (font) ImGui::PopFont();
}

void DrawNoIndexState(ViewState& state, const IndexFlowModel& m) {
  float s = state.layout.scale;
  ImGui::Dummy(ImVec2(0, std::max(0.0f, ImGui::GetContentRegionAvail().y * 0.22f)));
  CentredText(m.table.empty() ? "No table yet" : "This table has no GSI", palette::kText, state.fonts.large);
  ImGui::Spacing();
  if (m.table.empty()) {
    CentredText("Create a table with a global secondary index to watch its updates travel.", palette::kTextDim);
  } else {
    CentredText("Create one in the table designer or with UpdateTable (GlobalSecondaryIndexUpdates).",
                palette::kTextDim);
    CentredText("A GSI has partitions of its own; every write to the table reaches it a little later.",
                palette::kTextDim);
  }
  for (const FlowLocalIndex& lsi : m.lsis) {
    std::string text = "LSI " + lsi.name + " (" + lsi.keys + ", " + lsi.projection +
                       "): shares the table's partitions and is updated with the table.";
    CentredText(text.c_str(), WithAlpha(palette::kTextDim, 0.85f));
  }
  ImGui::Dummy(ImVec2(0, 8 * s));
  ImVec2 button(220.0f * s, ImGui::GetFrameHeight() * 1.3f);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (ImGui::GetContentRegionAvail().x - button.x) * 0.5f));
  if (PrimaryButton("Open the table designer", button)) state.windows.table_designer = true;
  RecordWidgetRect(state, "index flow: designer");
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Header and legend
//-------------------------------------------------------------------------------------------------

void LegendDot(ImDrawList* dl, ImU32 color, const char* label, float r) {
  ImVec2 p = ImGui::GetCursorScreenPos();
  float line = ImGui::GetTextLineHeight();
  dl->AddCircleFilled(ImVec2(p.x + r, p.y + line * 0.5f + 1), r, color, 12);
  ImGui::Dummy(ImVec2(r * 2 + 4, line));
  ImGui::SameLine(0, 0);
  ImGui::TextDisabled("%s", label);
  ImGui::SameLine(0, 14.0f * (r / 3.5f));
}

void DrawHeader(Engine& engine, ViewState& state, const IndexFlowModel& m) {
  std::vector<std::string> names = engine.TableNames();
  if (names.size() > 1) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.0f);
    if (ImGui::BeginCombo("##flow_table", state.selected_table.c_str())) {
      for (const std::string& name : names) {
        if (ImGui::Selectable(name.c_str(), name == state.selected_table)) state.selected_table = name;
      }
      ImGui::EndCombo();
    }
    ImGui::SameLine();
  }
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(palette::kTextDim));
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted("A write lands in its table partition first; each GSI receives its copy later, "
                         "asynchronously. A GSI read can miss the updates still on their way.");
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();

  ImDrawList* dl = ImGui::GetWindowDrawList();
  float r = 3.5f * state.layout.scale;
  LegendDot(dl, kPutColor, "put (new or changed entry)", r);
  LegendDot(dl, kRemoveColor, "remove (old entry)", r);
  LegendDot(dl, kOverdueColor, "waiting: index partition out of write capacity", r);
  char count[160];
  if (m.not_shown > 0) {
    std::snprintf(count, sizeof(count), "%s updates in flight (the oldest %zu drawn, %s more)",
                  FormatCount(m.total_pending).c_str(), m.packets.size(), FormatCount(m.not_shown).c_str());
  } else {
    std::snprintf(count, sizeof(count), "%s update%s in flight", FormatCount(m.total_pending).c_str(),
                  m.total_pending == 1 ? "" : "s");
  }
  float w = ImGui::CalcTextSize(count).x;
  float right = ImGui::GetWindowContentRegionMax().x;
  if (right - w > ImGui::GetCursorPosX()) ImGui::SetCursorPosX(right - w);
  ImGui::TextColored(ToVec4(m.total_pending > 0 ? palette::kText : palette::kTextDim), "%s", count);
  ImGui::SameLine();
  ImGui::NewLine();
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Columns
//-------------------------------------------------------------------------------------------------

// One partition box: heat fill, outline, "P3" and the item count when there is room.
void PartitionBox(ImDrawList* dl, const Rect& r, const FlowPartition& p, float s, float flash, const char* prefix) {
  ImU32 heat = HeatColor(p.heat);
  dl->AddRectFilled(r.min, r.max, Mix(palette::kPanelRaised, heat, 0.55f), 4.0f * s);
  if (flash > 0) dl->AddRectFilled(r.min, r.max, WithAlpha(kOverdueColor, 0.55f * flash), 4.0f * s);
  dl->AddRect(r.min, r.max, flash > 0 ? Mix(palette::kBorder, kOverdueColor, flash) : WithAlpha(heat, 0.9f), 4.0f * s,
              0, flash > 0 ? 2.0f * s : 1.0f * s);
  float line = ImGui::GetTextLineHeight();
  if (r.h() < line * 0.9f) return;
  char label[64];
  std::snprintf(label, sizeof(label), "%s%d%s", prefix, p.id, p.splitting ? " (splitting)" : "");
  ImVec2 pos(r.min.x + 6.0f * s, r.cy() - line * 0.5f);
  dl->AddText(pos, palette::kText, label);
  char items[48];
  std::snprintf(items, sizeof(items), "%s items", FormatCount(p.item_count).c_str());
  float iw = ImGui::CalcTextSize(items).x;
  if (r.w() > iw + ImGui::CalcTextSize(label).x + 18.0f * s)
    dl->AddText(ImVec2(r.max.x - iw - 6.0f * s, pos.y), WithAlpha(palette::kText, 0.7f), items);
}

bool Hovered(const Rect& r) {
  ImVec2 m = ImGui::GetIO().MousePos;
  return ImGui::IsWindowHovered() && m.x >= r.min.x && m.x < r.max.x && m.y >= r.min.y && m.y < r.max.y;
}

void PartitionTooltip(const char* kind, const FlowPartition& p) {
  ImGui::BeginTooltip();
  ImGui::Text("%s partition %d", kind, p.id);
  ImGui::TextDisabled("%s items, heat %.0f%% of the partition ceiling", FormatCount(p.item_count).c_str(),
                      p.heat * 100.0);
  if (p.in_flight > 0) ImGui::Text("%llu drawn update%s %s", static_cast<unsigned long long>(p.in_flight),
                                   p.in_flight == 1 ? "" : "s",
                                   std::string(kind) == "Table" ? "leaving it" : "travelling to it");
  if (p.overdue > 0)
    ImGui::TextColored(ToVec4(kOverdueColor), "%llu waiting for write capacity",
                       static_cast<unsigned long long>(p.overdue));
  if (p.parent >= 0) ImGui::TextDisabled("split from partition %d", p.parent);
  if (!p.note.empty()) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    ImGui::TextWrapped("%s", p.note.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::EndTooltip();
}

void DrawBaseColumn(ViewState& state, const TableSnapshot& t, const IndexFlowModel& m, const FlowGeometry& g,
                    ImDrawList* dl) {
  float s = g.s, line = ImGui::GetTextLineHeight();
  ImVec2 top = g.canvas.min;
  ImFont* bold = state.fonts.bold ? state.fonts.bold : ImGui::GetFont();
  dl->AddText(bold, ImGui::GetFontSize(), top, palette::kText, ("Table " + m.table).c_str());
  std::string cap =
      m.on_demand ? std::string("on-demand")
                  : std::to_string(t.write_capacity) + " WCU \xC2\xB7 " + std::to_string(t.read_capacity) + " RCU";
  dl->AddText(ImVec2(top.x, top.y + line), palette::kTextDim, cap.c_str());
  char parts[64];
  std::snprintf(parts, sizeof(parts), "%zu partition%s", m.base.size(), m.base.size() == 1 ? "" : "s");
  dl->AddText(ImVec2(top.x, top.y + line * 2), palette::kTextDim, parts);
  if (!m.lsis.empty()) {
    std::string lsi = "LSI ";
    for (size_t i = 0; i < m.lsis.size(); ++i) lsi += (i ? ", " : "") + m.lsis[i].name;
    lsi += ": shares the table's partitions";
    dl->AddText(nullptr, 0.0f, ImVec2(top.x, top.y + line * 3), WithAlpha(palette::kRead, 0.9f), lsi.c_str(), nullptr,
                g.base_area.w() + g.column_w);
  }
  const FlowPartition* hovered = nullptr;
  for (size_t i = 0; i < m.base.size(); ++i) {
    Rect r = RowBox(g.base_area, m.base.size(), i, 4.0f * s);
    const BackPressureFlag* bp = FindBackPressure(state.index_flow.effects, m.table, m.base[i].id);
    float flash = 0;
    if (bp) {
      // Pulses while refusals keep coming, fades after the last.
      float fade = FlagStrength(bp->start_s, state.ui_time_s, kBackPressureFlagSeconds);
      flash = fade * (0.55f + 0.45f * std::sin(static_cast<float>(state.ui_time_s) * 9.0f));
    }
    PartitionBox(dl, r, m.base[i], s, std::max(flash, 0.0f), "P");
    if (Hovered(r)) hovered = &m.base[i];
    if (bp) {
      // An arrow pointing back at the box and the reason, in the flow gap.
      float y = r.cy();
      ImVec2 tip(r.max.x + 4.0f * s, y);
      float len = 26.0f * s;
      dl->AddLine(ImVec2(tip.x + len, y), tip, kOverdueColor, 2.0f * s);
      dl->AddTriangleFilled(tip, ImVec2(tip.x + 8.0f * s, y - 5.0f * s), ImVec2(tip.x + 8.0f * s, y + 5.0f * s),
                            kOverdueColor);
      std::string text = "throttled by GSI " + bp->index + ": index is behind";
      ImVec2 ts = ImGui::CalcTextSize(text.c_str());
      ImVec2 p(tip.x + len + 4.0f * s, y - ts.y * 0.5f);
      dl->AddRectFilled(ImVec2(p.x - 3 * s, p.y - 1 * s), ImVec2(p.x + ts.x + 3 * s, p.y + ts.y + 1 * s),
                        WithAlpha(palette::kBackground, 0.85f), 3.0f * s);
      dl->AddText(p, kOverdueColor, text.c_str());
    }
  }
  if (hovered) PartitionTooltip("Table", *hovered);
}

void DrawIndexColumn(ViewState& state, const IndexFlowModel& m, size_t column, const FlowGeometry& g, ImDrawList* dl) {
  const FlowIndexColumn& c = m.gsis[column];
  const Rect& head = g.index_headers[column];
  const Rect& area = g.index_areas[column];
  float s = g.s, line = ImGui::GetTextLineHeight();
  ImFont* bold = state.fonts.bold ? state.fonts.bold : ImGui::GetFont();
  float wrap = head.w();
  ImVec2 p = head.min;
  // Name and status.
  std::string title = "GSI " + c.name;
  dl->AddText(bold, ImGui::GetFontSize(), p, palette::kText, title.c_str());
  float tw = bold->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0.0f, title.c_str()).x;
  if (c.status != "ACTIVE" || head.w() > tw + ImGui::CalcTextSize(" ACTIVE").x)
    dl->AddText(ImVec2(p.x + tw + 6.0f * s, p.y), StatusColor(c.status), c.status.c_str());
  dl->AddText(nullptr, 0.0f, ImVec2(p.x, p.y + line), palette::kTextDim, c.keys.c_str(), nullptr, wrap);
  std::string cap = c.projection + " \xC2\xB7 " +
                    (m.on_demand ? std::string("on-demand") : std::to_string(c.write_capacity) + " WCU");
  float keys_h = ImGui::CalcTextSize(c.keys.c_str(), nullptr, false, wrap).y;
  float y = p.y + line + std::min(keys_h, line * 2);
  dl->AddText(ImVec2(p.x, y), palette::kTextDim, cap.c_str());
  y += line;
  if (c.status == "CREATING") {
    // Backfill progress: existing items are copied into the new index.
    float bw = head.w();
    dl->AddRectFilled(ImVec2(p.x, y + 3 * s), ImVec2(p.x + bw, y + line - 3 * s), palette::kFrame, 3 * s);
    dl->AddRectFilled(
        ImVec2(p.x, y + 3 * s),
        ImVec2(p.x + bw * static_cast<float>(std::clamp(c.backfill_progress, 0.0, 1.0)), y + line - 3 * s),
        palette::kWarning, 3 * s);
    char text[64];
    std::snprintf(text, sizeof(text), "backfill %.0f%%", c.backfill_progress * 100.0);
    dl->AddText(ImVec2(p.x + 4 * s, y), palette::kText, text);
  } else {
    char lag[32];
    if (c.propagation_lag_ms < 1000) {
      std::snprintf(lag, sizeof(lag), "%lld ms", static_cast<long long>(c.propagation_lag_ms));
    } else {
      std::snprintf(lag, sizeof(lag), "%.1f s", static_cast<double>(c.propagation_lag_ms) / 1000.0);
    }
    char text[96];
    std::snprintf(text, sizeof(text), "%s in flight, last lag %s", FormatCount(c.pending_updates).c_str(), lag);
    dl->AddText(ImVec2(p.x, y), c.pending_updates > 0 ? palette::kText : palette::kTextDim, text);
  }

  const FlowPartition* hovered = nullptr;
  for (size_t i = 0; i < c.partitions.size(); ++i) {
    const FlowPartition& p = c.partitions[i];
    Rect r = RowBox(area, c.partitions.size(), i, 4.0f * s);
    const IndexSplitFlag* split =
        p.parent >= 0 ? FindIndexSplit(state.index_flow.effects, m.table, c.name, p.parent) : nullptr;
    if (split) {
      const double age = state.ui_time_s - split->start_s;
      r = DividingBox(area, c.partitions, i, 4.0f * s,
                      EaseOutCubic(static_cast<float>(std::clamp(age / kIndexSplitSeconds, 0.0, 1.0))));
    }
    PartitionBox(dl, r, p, s, 0.0f, "P");
    // Fresh children stay outlined for a while, so a split seen late is still noticed.
    if (split) {
      const float glow = FlagStrength(split->start_s, state.ui_time_s, kIndexSplitGlowSeconds);
      dl->AddRect(r.min, r.max, WithAlpha(palette::kAccent, glow), 4.0f * s, 0, 2.0f * s);
    }
    if (Hovered(r)) hovered = &p;
  }
  if (hovered) PartitionTooltip("Index", *hovered);

  // A GSI read that ran ahead of its updates: a badge in the band above the flow, left of the
  // column (on the first column's partitions when there is no room there).
  if (const StaleReadFlag* stale = FindStaleRead(state.index_flow.effects, m.table, c.name)) {
    float a = std::clamp(FlagStrength(stale->start_s, state.ui_time_s, kStaleReadFlagSeconds) * 2.0f, 0.0f, 1.0f);
    char text[160];
    std::snprintf(text, sizeof(text), "stale read: %llu update%s not yet applied when this %s ran on GSI %s",
                  static_cast<unsigned long long>(stale->missed), stale->missed == 1 ? " was" : "s were",
                  stale->operation.c_str(), c.name.c_str());
    float pad = 5.0f * s;
    float left_limit = column == 0 ? g.base_area.max.x + 40.0f * s : g.index_areas[column - 1].max.x + 8.0f * s;
    float right = head.min.x - g.pile_w * 0.5f;
    float max_w = std::min(right - left_limit, 300.0f * s);
    ImVec2 b0, b1;
    float inner = 0;
    if (max_w >= 140.0f * s) {
      inner = max_w - pad * 2;
      ImVec2 ts = ImGui::CalcTextSize(text, nullptr, false, inner);
      inner = ts.x;
      b1 = ImVec2(right, area.min.y - 6.0f * s);
      b0 = ImVec2(right - ts.x - pad * 2, b1.y - ts.y - pad * 2);
    } else {
      inner = area.w() - pad * 2;
      ImVec2 ts = ImGui::CalcTextSize(text, nullptr, false, inner);
      b0 = ImVec2(area.min.x, area.min.y + 2 * s);
      b1 = ImVec2(area.max.x, b0.y + ts.y + pad * 2);
    }
    dl->AddRectFilled(b0, b1, WithAlpha(Mix(palette::kBackground, palette::kWarning, 0.22f), a), 4 * s);
    dl->AddRect(b0, b1, WithAlpha(palette::kWarning, a), 4 * s, 0, 1.5f * s);
    dl->AddText(nullptr, 0.0f, ImVec2(b0.x + pad, b0.y + pad), WithAlpha(palette::kWarning, a), text, nullptr,
                inner + 1.0f);
  }
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Packets
//-------------------------------------------------------------------------------------------------

void DrawPackets(const IndexFlowModel& m, const FlowGeometry& g, ImDrawList* dl) {
  float s = g.s, r = 3.0f * s;
  // Faint routes from every base partition to every index partition, while they stay few.
  for (size_t c = 0; c < m.gsis.size(); ++c) {
    const size_t routes = m.base.size() * m.gsis[c].partitions.size();
    if (routes > 64) continue;
    for (size_t b = 0; b < m.base.size(); ++b) {
      Rect from = RowBox(g.base_area, m.base.size(), b, 4.0f * s);
      for (size_t i = 0; i < m.gsis[c].partitions.size(); ++i) {
        Rect to = RowBox(g.index_areas[c], m.gsis[c].partitions.size(), i, 4.0f * s);
        dl->AddLine(ImVec2(from.max.x, from.cy()), ImVec2(to.min.x - g.pile_w, to.cy()),
                    WithAlpha(palette::kBorder, 0.7f), 1.0f * s);
      }
    }
  }
  // Overdue packets stack up left of their index box, column by column; the k-th of a partition
  // takes slot k (the model counts them in the same order).
  const float step = r * 2.3f;
  // Per index partition, how many overdue dots were placed so far this frame. A tiny fixed array
  // per column covers the common case; beyond it the pile is summarised by its count.
  constexpr size_t kMaxTracked = 64;
  size_t placed[8][kMaxTracked] = {};
  for (const FlowPacket& p : m.packets) {
    const FlowIndexColumn& col = m.gsis[static_cast<size_t>(p.column)];
    Rect from = RowBox(g.base_area, m.base.size(), static_cast<size_t>(p.base_row), 4.0f * s);
    Rect to = RowBox(g.index_areas[static_cast<size_t>(p.column)], col.partitions.size(),
                     static_cast<size_t>(p.index_row), 4.0f * s);
    float j = Jitter(p.key_hash);
    if (p.overdue) {
      if (p.column >= 8 || static_cast<size_t>(p.index_row) >= kMaxTracked) continue;
      size_t& k = placed[p.column][p.index_row];
      const int per_col = std::max(1, static_cast<int>((to.h() - 2 * r) / step));
      const int cols = std::max(1, static_cast<int>((g.pile_w - 4 * s) / step));
      if (k >= static_cast<size_t>(per_col * cols)) continue;  // the pile is full: the count tells the rest
      const int col_i = static_cast<int>(k) / per_col, row_i = static_cast<int>(k) % per_col;
      ++k;
      ImVec2 c(to.min.x - r - 3 * s - static_cast<float>(col_i) * step,
               to.max.y - r - static_cast<float>(row_i) * step);
      dl->AddCircleFilled(c, r, kOverdueColor, 10);
      continue;
    }
    ImVec2 a(from.max.x + r, from.cy() + j * from.h() * 0.3f);
    ImVec2 b(to.min.x - g.pile_w * 0.5f, to.cy() + j * to.h() * 0.3f);
    ImVec2 c(a.x + (b.x - a.x) * p.t, a.y + (b.y - a.y) * p.t);
    dl->AddCircleFilled(c, r, p.put ? kPutColor : kRemoveColor, 10);
  }
  // The count of each pile, above it.
  for (size_t c = 0; c < m.gsis.size(); ++c) {
    const FlowIndexColumn& col = m.gsis[c];
    for (size_t i = 0; i < col.partitions.size(); ++i) {
      if (col.partitions[i].overdue == 0) continue;
      Rect to = RowBox(g.index_areas[c], col.partitions.size(), i, 4.0f * s);
      char text[32];
      // "+" when the snapshot left updates out: the real queue is longer than the pile drawn.
      std::snprintf(text, sizeof(text), "%s%s", FormatCount(col.partitions[i].overdue).c_str(),
                    m.not_shown > 0 ? "+ waiting" : " waiting");
      ImVec2 ts = ImGui::CalcTextSize(text);
      ImVec2 pos(to.min.x - ts.x - 4 * s, to.min.y + 2 * s);
      dl->AddRectFilled(ImVec2(pos.x - 2 * s, pos.y), ImVec2(pos.x + ts.x + 2 * s, pos.y + ts.y),
                        WithAlpha(palette::kBackground, 0.85f), 3 * s);
      dl->AddText(pos, kOverdueColor, text);
    }
  }
}

}  // namespace

//-------------------------------------------------------------------------------------------------
// [SECTION] Window
//-------------------------------------------------------------------------------------------------

void DrawIndexFlowWindow(Engine& engine, ViewState& state, CapacityViews& views, bool* p_open) {
  (void)views;
  PlaceNextWindow(state.layout.map_pos, state.layout.map_size);
  if (!ImGui::Begin("Index flow", p_open,
                    DockedWindowFlags() | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoTitleBar)) {
    ImGui::End();
    return;
  }
  DrawCenterTabs(state);
  IndexFlowModel& m = state.index_flow.model;
  TableSnapshot& table = state.index_flow.snapshot;  // refilled in place: its buffers are reused
  if (state.selected_table.empty() || !engine.SnapshotTable(state.selected_table, &table)) {
    m = IndexFlowModel{};
    DrawNoIndexState(state, m);
    ImGui::End();
    return;
  }
  BuildIndexFlowModel(table, engine.now_ms(), &m);
  if (m.gsis.empty()) {
    DrawNoIndexState(state, m);
    ImGui::End();
    return;
  }
  DrawHeader(engine, state, m);
  float s = state.layout.scale;
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImVec2 size = ImGui::GetContentRegionAvail();
  if (size.x < 200.0f * s || size.y < 120.0f * s) {
    DimTextWrapped("The window is too small to draw the index flow.");
    ImGui::End();
    return;
  }
  FlowGeometry g;
  ComputeGeometry(m, origin, size, s, &g);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  DrawPackets(m, g, dl);
  DrawBaseColumn(state, table, m, g, dl);
  for (size_t c = 0; c < m.gsis.size(); ++c) DrawIndexColumn(state, m, c, g, dl);
  ImGui::Dummy(size);
  ImGui::End();
}

}  // namespace ddb::viz
