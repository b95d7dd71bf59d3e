#include "app/heat_widgets.h"

#include "app/format.h"
#include "app/theme.h"

#include <algorithm>
#include <cstdio>

namespace ddb::viz {
namespace {

constexpr double kKeySpace = 18446744073709551616.0;  // 2^64 positions

void Row(const char* label, const char* read, const char* write) {
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  ImGui::TextDisabled("%s", label);
  ImGui::TableSetColumnIndex(1);
  ImGui::TextUnformatted(read);
  ImGui::TableSetColumnIndex(2);
  ImGui::TextUnformatted(write);
}

std::string Units(double v) {
  char buf[32];
  if (v >= 100 || v == static_cast<double>(static_cast<int64_t>(v))) {
    return FormatCount(static_cast<uint64_t>(v + 0.5));
  }
  std::snprintf(buf, sizeof(buf), "%.1f", v);
  return buf;
}

}  // namespace

float HeatLegendWidth(float bar_width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  return ImGui::CalcTextSize("heat").x + style.ItemInnerSpacing.x * 2 + bar_width +
         ImGui::CalcTextSize("100% of ceiling").x + style.ItemInnerSpacing.x;
}

void HeatLegend(float bar_width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float line = ImGui::GetTextLineHeight();
  float frame_off = (ImGui::GetFrameHeight() - line) * 0.5f;
  float width = HeatLegendWidth(bar_width);
  ImGui::InvisibleButton("##heat_legend", ImVec2(width, ImGui::GetFrameHeight()));
  bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float x = pos.x, y = pos.y + frame_off;
  dl->AddText(ImVec2(x, y), palette::kTextDim, "heat");
  x += ImGui::CalcTextSize("heat").x + style.ItemInnerSpacing.x;
  float bar_y0 = y + line * 0.2f, bar_y1 = y + line * 0.8f;
  for (int i = 1; i < kHeatStopCount; ++i) {
    float x0 = x + bar_width * kHeatStops[i - 1].at, x1 = x + bar_width * kHeatStops[i].at;
    ImU32 c0 = HeatColor(kHeatStops[i - 1].at), c1 = HeatColor(kHeatStops[i].at);
    dl->AddRectFilledMultiColor(ImVec2(x0, bar_y0), ImVec2(x1, bar_y1), c0, c1, c1, c0);
  }
  dl->AddRect(ImVec2(x, bar_y0), ImVec2(x + bar_width, bar_y1), palette::kBorder, 2.0f);
  x += bar_width + style.ItemInnerSpacing.x;
  dl->AddText(ImVec2(x, y), palette::kTextDim, "100% of ceiling");
  if (hovered) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
    ImGui::TextUnformatted(
        "Heat = consumed capacity / the partition's ceiling, the hotter of reads and writes. "
        "A DynamoDB partition serves at most 3,000 RCU and 1,000 WCU per second, however much "
        "the table has: at 100% it throttles even when the table has capacity to spare.");
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

void HeatSwatchText(double heat) {
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float h = ImGui::GetTextLineHeight();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(pos.x, pos.y + h * 0.2f),
                                            ImVec2(pos.x + h * 0.6f, pos.y + h * 0.8f),
                                            HeatColor(heat), 2);
  ImGui::Dummy(ImVec2(h * 0.6f, h));
  ImGui::SameLine();
  ImGui::Text("%.0f%%", heat * 100.0);
}

void DrawHeatMeter(ImDrawList* dl, ImVec2 a, ImVec2 b, double fraction, double tick) {
  float w = b.x - a.x;
  if (w <= 2) return;
  dl->AddRectFilled(a, b, WithAlpha(palette::kBackground, 0.7f), 1.0f);
  double f = std::clamp(fraction, 0.0, 1.0);
  if (f > 0) dl->AddRectFilled(a, ImVec2(a.x + static_cast<float>(w * f), b.y), HeatColor(fraction), 1.0f);
  if (tick > 0) {
    float tx = a.x + static_cast<float>(w * std::clamp(tick, 0.0, 1.0));
    dl->AddLine(ImVec2(tx, a.y - 1), ImVec2(tx, b.y + 1), palette::Rgb(0xFFFFFF, 200), 1.0f);
  }
}

void PartitionCapacityTooltip(const TableSnapshot& table, const PartitionSnapshot& p,
                              const PartitionEffects& effects, double now_s) {
  const PartitionCapacity& c = p.capacity;
  Ceilings ceilings = TableCeilings(table);
  double heat = PartitionHeat(c);
  ImGui::TextColored(ToVec4(PartitionColor(p.id)), "Partition %d", p.id);
  if (p.parent >= 0) {
    ImGui::SameLine();
    ImGui::TextDisabled("split from partition %d", p.parent);
  }
  ImGui::Separator();
  ImGui::TextColored(ToVec4(HeatColor(heat)), "Heat %.0f%%", heat * 100.0);
  ImGui::SameLine();
  ImGui::TextDisabled("of the partition ceiling (hotter of reads and writes)");
  if (ImGui::BeginTable("capacity", 3, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_PadOuterX)) {
    ImGui::TableSetupColumn("per second");
    ImGui::TableSetupColumn("Read (RCU)");
    ImGui::TableSetupColumn("Write (WCU)");
    ImGui::TableHeadersRow();
    Row("Share of the table", Units(c.read_share).c_str(), Units(c.write_share).c_str());
    Row("Adaptive boost", Units(c.read_boost).c_str(), Units(c.write_boost).c_str());
    Row("Allowance (share + boost)", Units(c.read_share + c.read_boost).c_str(),
        Units(c.write_share + c.write_boost).c_str());
    Row("Partition ceiling", Units(c.read_ceiling > 0 ? c.read_ceiling : ceilings.read).c_str(),
        Units(c.write_ceiling > 0 ? c.write_ceiling : ceilings.write).c_str());
    Row("Consumed (last second)", Units(c.consumed_read).c_str(), Units(c.consumed_write).c_str());
    std::string burst_r = Units(c.burst_read) + " of " + Units(c.burst_read_max);
    std::string burst_w = Units(c.burst_write) + " of " + Units(c.burst_write_max);
    Row("Burst bucket", burst_r.c_str(), burst_w.c_str());
    Row("Throttled requests", FormatCount(c.throttled_reads).c_str(),
        FormatCount(c.throttled_writes).c_str());
    ImGui::EndTable();
  }
  if (const ThrottleFlash* f = FindFlash(effects, table.name, p.id)) {
    if (now_s - f->last_s < 5.0)
      ImGui::TextColored(ToVec4(palette::kError), "Throttled just now: %s", f->reason.c_str());
  }
  if (p.splitting || !p.note.empty()) {
    ImGui::Separator();
    if (p.splitting) ImGui::TextColored(ToVec4(palette::kWarning), "Splitting");
    if (!p.note.empty()) {
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
      ImGui::TextDisabled("%s", p.note.c_str());
      ImGui::PopTextWrapPos();
    }
  }
  ImGui::Separator();
  double share = (static_cast<double>(p.hash_hi) - static_cast<double>(p.hash_lo) + 1.0) / kKeySpace;
  ImGui::TextDisabled("Hash range %s \xE2\x80\x93 %s (%.2f%% of the key space)",
                      FormatHashFull(p.hash_lo).c_str(), FormatHashFull(p.hash_hi).c_str(), share * 100.0);
  if (!p.first_sort_key.empty()) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
    ImGui::TextDisabled("Begins inside the item collection of %s (a split by sort key), at sort key %s; its earlier "
                        "sort keys are in the partition before",
                        p.first_partition_key.c_str(), p.first_sort_key.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::TextDisabled("%s item%s, %s", FormatCount(p.item_count).c_str(), p.item_count == 1 ? "" : "s",
                      FormatBytes(p.size_bytes).c_str());
  ImGui::TextDisabled("Scale profile %s", ScaleProfileNote(table.profile, ceilings).c_str());
}

}  // namespace ddb::viz
