// The item browser: the selected table's items in key order, grouped into item collections (all
// items sharing a partition-key value, which DynamoDB stores together, sorted by sort key). Each
// item shows its attributes, its size and what reading it (RCU, strongly / eventually consistent)
// and writing it (WCU) would cost. It reads the engine's read-only state, so browsing charges no
// capacity; the grouped view is rebuilt only when the event log moved on, and only visible rows
// are drawn (ImGuiListClipper), so thousands of items stay fast.
#include "app/capacity.h"
#include "app/format.h"
#include "app/item_browser_model.h"
#include "app/layout.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "windows/windows.h"

#include <algorithm>
#include <cstdio>

namespace ddb::viz {
namespace {

void DrawHeaderLine(ViewState& state, const ItemBrowserModel& model) {
  if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(model.table.c_str());
  if (state.fonts.bold) ImGui::PopFont();
  ImGui::SameLine();
  char stats[256];
  if (model.sort_key.empty()) {
    std::snprintf(stats, sizeof(stats), "%s item%s  \xC2\xB7  key %s", FormatCount(model.items.size()).c_str(),
                  model.items.size() == 1 ? "" : "s", model.partition_key.c_str());
  } else {
    std::snprintf(stats, sizeof(stats), "%s item%s in %s collection%s  \xC2\xB7  key %s + %s",
                  FormatCount(model.items.size()).c_str(), model.items.size() == 1 ? "" : "s",
                  FormatCount(model.collections.size()).c_str(),
                  model.collections.size() == 1 ? "" : "s", model.partition_key.c_str(),
                  model.sort_key.c_str());
  }
  ImGui::TextDisabled("%s", stats);
  ImGui::SameLine();
  HelpMarker(
      "Items sharing a partition-key value form an item collection: stored together in one "
      "partition, sorted by sort key, read together by a Query.\n\n"
      "Cost of one item: a read is charged per 4 KB (rounded up), half for an eventually "
      "consistent read; a write per 1 KB (rounded up). E.g. 3,500 B: 1 RCU strong, 0.5 "
      "eventual, 4 WCU. Browsing here is free: it reads the simulator's state, not the table.");
  float filter_w = ImGui::GetFontSize() * 13.0f;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - filter_w));
  ImGui::SetNextItemWidth(filter_w);
  ImGui::InputTextWithHint("##item_filter", "Filter items", state.item_filter,
                           sizeof(state.item_filter));
}

void PartitionSwatch(int partition) {
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float h = ImGui::GetTextLineHeight();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(pos.x, pos.y + h * 0.2f),
                                            ImVec2(pos.x + h * 0.6f, pos.y + h * 0.8f),
                                            PartitionColor(std::max(partition, 0)), 2);
  ImGui::Dummy(ImVec2(h * 0.6f, h));
  ImGui::SameLine();
}

void DrawCollectionRow(ViewState& state, const ItemBrowserModel& model, const ItemCollection& c) {
  ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, Mix(palette::kPanel, PartitionColor(std::max(c.partition, 0)), 0.10f));
  ImGui::TableSetColumnIndex(0);
  PartitionSwatch(c.partition);
  if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
  ImGui::TextUnformatted(c.partition_value.c_str());
  if (state.fonts.bold) ImGui::PopFont();
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("%s = %s\nhash %s", model.partition_key.c_str(), c.partition_value.c_str(),
                      FormatHashFull(c.key_hash).c_str());
  ImGui::TableSetColumnIndex(1);
  ImGui::TextDisabled("%s item%s", FormatCount(c.count).c_str(), c.count == 1 ? "" : "s");
  ImGui::TableSetColumnIndex(2);
  ImGui::TextDisabled("item collection in partition %d", c.partition);
  ImGui::TableSetColumnIndex(3);
  ImGui::TextDisabled("%s", FormatBytes(c.size_bytes).c_str());
}

void DrawItemRow(const ItemBrowserModel& model, const BrowserItem& item) {
  bool grouped = !model.sort_key.empty();
  ImGui::TableSetColumnIndex(0);
  if (grouped) {
    ImGui::Indent(ImGui::GetFontSize() * 0.9f);
    ImGui::TextDisabled("\xE2\x80\xA2");
    ImGui::Unindent(ImGui::GetFontSize() * 0.9f);
  } else {
    PartitionSwatch(item.partition);
    ImGui::TextUnformatted(item.partition_value.c_str());
  }
  ImGui::TableSetColumnIndex(1);
  if (grouped) ImGui::TextUnformatted(item.sort_value.c_str());
  ImGui::TableSetColumnIndex(2);
  ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(Mix(palette::kTextDim, palette::kText, 0.35f)));
  ImGui::TextUnformatted(item.json.c_str());
  ImGui::PopStyleColor();
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 40.0f);
    ImGui::TextUnformatted(item.json.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  ImGui::TableSetColumnIndex(3);
  ImGui::Text("%s", FormatCount(item.size_bytes).c_str());
  ImGui::SameLine(0, 3);
  ImGui::TextDisabled("B");
  ImGui::TableSetColumnIndex(4);
  int64_t strong = ReadHalfUnitsForItem(item.size_bytes, true);
  int64_t eventual = ReadHalfUnitsForItem(item.size_bytes, false);
  ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(palette::kRead));
  ImGui::TextUnformatted(FormatReadUnits(strong).c_str());
  ImGui::PopStyleColor();
  ImGui::SameLine(0, 4);
  std::string eventual_text = FormatReadUnits(eventual);
  eventual_text.resize(eventual_text.size() - 4);  // drop " RCU": the strong value names the unit
  ImGui::TextDisabled("/ %s", eventual_text.c_str());
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("GetItem: %s strongly consistent, %s eventually consistent",
                      FormatReadUnits(strong).c_str(), FormatReadUnits(eventual).c_str());
  ImGui::TableSetColumnIndex(5);
  ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(palette::kSuccess));
  ImGui::TextUnformatted(FormatWriteUnits(WriteUnitsForItem(item.size_bytes)).c_str());
  ImGui::PopStyleColor();
}

void DrawItemTable(ViewState& state, const ItemBrowserModel& model) {
  ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                          ImGuiTableFlags_BordersOuterH | ImGuiTableFlags_SizingStretchProp |
                          ImGuiTableFlags_PadOuterX | ImGuiTableFlags_Resizable;
  bool grouped = !model.sort_key.empty();
  if (!ImGui::BeginTable("items", 6, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  std::string pk = model.partition_key + (grouped ? " (collection)" : "");
  ImGui::TableSetupColumn(pk.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.5f);
  ImGui::TableSetupColumn(grouped ? model.sort_key.c_str() : "", ImGuiTableColumnFlags_WidthStretch,
                          grouped ? 1.6f : 0.1f);
  ImGui::TableSetupColumn("Attributes", ImGuiTableColumnFlags_WidthStretch, 3.6f);
  ImGui::TableSetupColumn("Size", ImGuiTableColumnFlags_WidthStretch, 0.7f);
  ImGui::TableSetupColumn("Read", ImGuiTableColumnFlags_WidthStretch, 1.3f);
  ImGui::TableSetupColumn("Write", ImGuiTableColumnFlags_WidthStretch, 0.6f);
  ImGui::TableHeadersRow();
  if (model.rows.empty()) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(2);
    ImGui::TextDisabled(model.items.empty() ? "No items yet: write some with the console or the "
                                              "Items form"
                                            : "No item matches the filter");
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(model.rows.size()));
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const ItemBrowserRow& row = model.rows[static_cast<size_t>(r)];
      ImGui::TableNextRow();
      ImGui::PushID(r);
      if (row.header) {
        DrawCollectionRow(state, model, model.collections[row.index]);
      } else {
        DrawItemRow(model, model.items[row.index]);
      }
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
}

}  // namespace

void DrawItemBrowserWindow(Engine& engine, ViewState& state, bool* p_open) {
  PlaceNextWindow(state.layout.log_pos, state.layout.log_size);
  if (!ImGui::Begin("Items", p_open,
                    DockedWindowFlags() | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoTitleBar)) {
    ImGui::End();
    return;
  }
  DrawBottomTabs(state);
  if (state.selected_table.empty()) {
    ImGui::TextDisabled("No table selected: create one to browse its items.");
    ImGui::End();
    return;
  }
  ItemBrowserModel& model = state.item_browser;
  RefreshItemBrowserModel(engine, state.selected_table, state.item_filter, &model);
  DrawHeaderLine(state, model);
  DrawItemTable(state, model);
  ImGui::End();
}

}  // namespace ddb::viz
