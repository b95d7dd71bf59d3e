// The event log: the engine's recent events (newest last), colored by kind, with a text filter.
// It reads the public EventLog only; long logs are clipped so only visible rows are drawn.
#include "app/format.h"
#include "app/layout.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "windows/windows.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>

namespace ddb::viz {
namespace {

// At most this many of the newest events are listed (the engine keeps its own bound).
constexpr size_t kMaxListed = 5000;

ImU32 EventColor(EventKind kind) {
  switch (kind) {
    case EventKind::kItemWritten: return palette::kSuccess;
    case EventKind::kItemDeleted: return palette::kError;
    case EventKind::kItemRead: return palette::kRead;
    case EventKind::kThrottled: return palette::kWarning;
    case EventKind::kConditionFailed: return palette::Rgb(0xFF9F6B);
    case EventKind::kPartitionSplit: return palette::Rgb(0xA27CF6);
    default: return palette::kAccentHover;
  }
}

bool ContainsNoCase(const std::string& haystack, const char* needle) {
  size_t n = std::strlen(needle);
  if (n == 0) return true;
  for (size_t i = 0; i + n <= haystack.size(); ++i) {
    size_t j = 0;
    while (j < n && std::tolower(static_cast<unsigned char>(haystack[i + j])) ==
                        std::tolower(static_cast<unsigned char>(needle[j])))
      ++j;
    if (j == n) return true;
  }
  return false;
}

bool Matches(const Event& e, const ViewState& state) {
  if (!state.event_show_reads && e.kind == EventKind::kItemRead) return false;
  if (state.event_filter[0] == '\0') return true;
  return ContainsNoCase(EventKindName(e.kind), state.event_filter) ||
         ContainsNoCase(e.table, state.event_filter) || ContainsNoCase(e.index, state.event_filter) ||
         ContainsNoCase(e.detail, state.event_filter);
}

}  // namespace

void DrawEventLogWindow(Engine& engine, ViewState& state, bool* p_open) {
  PlaceNextWindow(state.layout.log_pos, state.layout.log_size);
  if (!ImGui::Begin("Event log", p_open,
                    DockedWindowFlags() | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoTitleBar)) {
    ImGui::End();
    return;
  }
  DrawBottomTabs(state);
  const auto& all = engine.events().all();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
  ImGui::InputTextWithHint("##filter", "Filter: kind, table or detail", state.event_filter,
                           sizeof(state.event_filter));
  ImGui::SameLine();
  ImGui::Checkbox("Reads", &state.event_show_reads);
  ImGui::SameLine();
  ImGui::Checkbox("Follow", &state.event_autoscroll);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Keep the newest event in view");
  ImGui::SameLine();
  char count[64];
  std::snprintf(count, sizeof(count), "%s events", FormatCount(all.size()).c_str());
  float w = ImGui::CalcTextSize(count).x;
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - w));
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", count);

  std::vector<const Event*> rows;
  size_t first = all.size() > kMaxListed ? all.size() - kMaxListed : 0;
  for (size_t i = first; i < all.size(); ++i) {
    if (Matches(all[i], state)) rows.push_back(&all[i]);
  }

  ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                          ImGuiTableFlags_BordersOuterH | ImGuiTableFlags_SizingStretchProp |
                          ImGuiTableFlags_PadOuterX;
  if (ImGui::BeginTable("events", 7, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Time", ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn("Event", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn("Table", ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn("Partition", ImGuiTableColumnFlags_WidthStretch, 0.7f);
    ImGui::TableSetupColumn("Key hash", ImGuiTableColumnFlags_WidthStretch, 1.9f);
    ImGui::TableSetupColumn("Capacity", ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn("Detail", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableHeadersRow();
    if (rows.empty()) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(1);
      ImGui::TextDisabled("No events yet");
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const Event& e = *rows[static_cast<size_t>(i)];
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextDisabled("%s", FormatVirtualTime(e.time_ms).c_str());
        ImGui::TableSetColumnIndex(1);
        ImGui::TextColored(ToVec4(EventColor(e.kind)), "%s", EventKindName(e.kind));
        ImGui::TableSetColumnIndex(2);
        if (e.index.empty()) {
          ImGui::TextUnformatted(e.table.c_str());
        } else {  // the partition column then numbers the index's partitions
          ImGui::Text("%s \xC2\xB7 %s", e.table.c_str(), e.index.c_str());
        }
        ImGui::TableSetColumnIndex(3);
        if (e.partition >= 0) {
          ImGui::Text("%d", e.partition);
        } else {
          ImGui::TextDisabled("\xE2\x80\x93");
        }
        ImGui::TableSetColumnIndex(4);
        if (e.key_hash != 0) {
          ImGui::TextUnformatted(FormatHashFull(e.key_hash).c_str());
        } else {
          ImGui::TextDisabled("\xE2\x80\x93");
        }
        ImGui::TableSetColumnIndex(5);
        if (e.write_units > 0) {
          ImGui::Text("%lld WCU", static_cast<long long>(e.write_units));
        } else if (e.read_half_units > 0) {
          ImGui::Text("%g RCU", e.read_half_units / 2.0);
        } else {
          ImGui::TextDisabled("\xE2\x80\x93");
        }
        ImGui::TableSetColumnIndex(6);
        ImGui::TextDisabled("%s", e.detail.c_str());
      }
    }
    if (state.event_autoscroll && ImGui::GetScrollY() < ImGui::GetScrollMaxY())
      ImGui::SetScrollHereY(1.0f);
    ImGui::EndTable();
  }
  ImGui::End();
}

}  // namespace ddb::viz
