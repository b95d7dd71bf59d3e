// Tables & items: the table list with status, a CreateTable form, PutItem / GetItem /
// DeleteItem on the selected table, and the last response (JSON, or the error in red with its
// DynamoDB exception name).
//
// Index of this file:
// [SECTION] Form helpers
// [SECTION] Table list
// [SECTION] Create table
// [SECTION] Items
// [SECTION] Response
// [SECTION] Window
#include "app/actions.h"
#include "app/format.h"
#include "app/layout.h"
#include "app/requests.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "windows/windows.h"

#include <algorithm>
#include <cstdio>

namespace ddb::viz {
namespace {

//-------------------------------------------------------------------------------------------------
// [SECTION] Form helpers
//-------------------------------------------------------------------------------------------------

// A two-column form: labels on the left, full-width widgets on the right.
bool BeginForm(const char* id) {
  if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchProp)) return false;
  ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 7.0f);
  ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthStretch);
  return true;
}

void FormLabel(const char* label) {
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", label);
  ImGui::TableSetColumnIndex(1);
  ImGui::SetNextItemWidth(-FLT_MIN);
}

const char* const kKeyTypes[] = {"String", "Number", "Binary"};

// A name field and its type combo on one line.
void NameAndType(const char* name_id, char* name, size_t name_size, const char* type_id,
                 int* type) {
  float type_w = ImGui::GetFontSize() * 5.8f;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - type_w - ImGui::GetStyle().ItemSpacing.x);
  ImGui::InputText(name_id, name, name_size);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(type_w);
  ImGui::Combo(type_id, type, kKeyTypes, 3);
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Table list
//-------------------------------------------------------------------------------------------------

void DrawTableList(Engine& engine, ViewState& state) {
  std::vector<std::string> names = engine.TableNames();
  char title[64];
  std::snprintf(title, sizeof(title), "Tables (%zu)", names.size());
  ImVec2 title_pos = ImGui::GetCursorPos();
  SectionTitle(state, title);
  // The designer builds tables with indexes and streams, beyond the quick form below.
  ImVec2 after_title = ImGui::GetCursorPos();
  float button_w = ImGui::CalcTextSize("New table...").x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SetCursorPos(ImVec2(ImGui::GetWindowContentRegionMax().x - button_w, title_pos.y));
  if (ImGui::SmallButton("New table...")) state.windows.table_designer = true;
  RecordWidgetRect(state, "New table");
  ImGui::SetCursorPos(after_title);
  if (names.empty()) {
    DimTextWrapped("No tables yet. Create the sample table from the partition map, or define "
                   "your own below.");
    ImGui::Spacing();
    return;
  }
  ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                          ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  if (ImGui::BeginTable("tables", 3, flags)) {
    ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed,
                            ImGui::GetFontSize() * 7.0f);
    ImGui::TableSetupColumn("Items", ImGuiTableColumnFlags_WidthFixed,
                            ImGui::GetFontSize() * 3.5f);
    ImGui::TableHeadersRow();
    for (const std::string& name : names) {
      TableSnapshot t;
      if (!engine.SnapshotTable(name, &t)) continue;
      float row_h = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetTextLineHeight() +
                    ImGui::GetStyle().CellPadding.y * 2;
      ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
      ImGui::TableSetColumnIndex(0);
      bool selected = name == state.selected_table;
      ImGui::PushID(name.c_str());
      if (ImGui::Selectable("##row", selected,
                            ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                            ImVec2(0, row_h - ImGui::GetStyle().CellPadding.y * 2))) {
        state.selected_table = name;
      }
      ImGui::SameLine(0, 0);
      ImGui::BeginGroup();
      if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
      ImGui::TextUnformatted(name.c_str());
      if (state.fonts.bold) ImGui::PopFont();
      if (t.billing_mode == "PAY_PER_REQUEST") {
        ImGui::TextDisabled("on-demand");
      } else {
        ImGui::TextDisabled("%lld RCU \xC2\xB7 %lld WCU", static_cast<long long>(t.read_capacity),
                            static_cast<long long>(t.write_capacity));
      }
      ImGui::EndGroup();
      // Status and count centered on the two-line name.
      float center = (row_h - ImGui::GetFrameHeight()) * 0.5f;
      ImGui::TableSetColumnIndex(1);
      ImGui::SetCursorPosY(ImGui::GetCursorPosY() + center);
      StatusPill(t.status);
      ImGui::TableSetColumnIndex(2);
      ImGui::SetCursorPosY(ImGui::GetCursorPosY() + center);
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(FormatCount(t.item_count).c_str());
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (!state.selected_table.empty()) {
    char label[300];
    std::snprintf(label, sizeof(label), "Delete %s", state.selected_table.c_str());
    if (DangerButton(label)) {
      RunRequest(engine, state, "DeleteTable", {{"TableName", state.selected_table}});
      state.key_schemas.erase(state.selected_table);
    }
    RecordWidgetRect(state, "Delete table");
  }
  ImGui::Spacing();
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Create table
//-------------------------------------------------------------------------------------------------

void DrawCreateTable(Engine& engine, ViewState& state, bool default_open) {
  ImGuiTreeNodeFlags open_flag = default_open ? ImGuiTreeNodeFlags_DefaultOpen : 0;
  if (!ImGui::CollapsingHeader("Create table", open_flag)) return;
  CreateTableForm& f = state.create_form;
  ImGui::PushID("create");
  if (BeginForm("form")) {
    FormLabel("Table name");
    ImGui::InputText("##name", f.name, sizeof(f.name));
    FormLabel("Partition key");
    NameAndType("##pk", f.partition_key, sizeof(f.partition_key), "##pkt", &f.partition_key_type);
    FormLabel("Sort key");
    ImGui::Checkbox("##has_sk", &f.has_sort_key);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Optional: a composite primary key");
    ImGui::SameLine();
    ImGui::BeginDisabled(!f.has_sort_key);
    NameAndType("##sk", f.sort_key, sizeof(f.sort_key), "##skt", &f.sort_key_type);
    ImGui::EndDisabled();
    FormLabel("Capacity");
    int mode = f.on_demand ? 1 : 0;
    ImGui::RadioButton("Provisioned", &mode, 0);
    ImGui::SameLine();
    ImGui::RadioButton("On-demand", &mode, 1);
    f.on_demand = mode == 1;
    if (!f.on_demand) {
      FormLabel("Read / write");
      float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
      ImGui::SetNextItemWidth(half);
      ImGui::InputInt("##rcu", &f.read_capacity, 1, 10);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Read capacity units (RCU)");
      ImGui::SameLine();
      ImGui::SetNextItemWidth(-FLT_MIN);
      ImGui::InputInt("##wcu", &f.write_capacity, 1, 10);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Write capacity units (WCU)");
    }
    ImGui::EndTable();
  }
  if (PrimaryButton("Create table")) {
    if (RunRequest(engine, state, "CreateTable", CreateTableRequest(f)))
      state.selected_table = f.name;
  }
  RecordWidgetRect(state, "Create table");
  ImGui::PopID();
  ImGui::Spacing();
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Items
//-------------------------------------------------------------------------------------------------

void DrawItems(Engine& engine, ViewState& state) {
  if (!ImGui::CollapsingHeader("Items", ImGuiTreeNodeFlags_DefaultOpen)) return;
  if (state.selected_table.empty()) {
    DimTextWrapped("Select or create a table to read and write items.");
    ImGui::Spacing();
    return;
  }
  const KeySchema* schema = FindKeySchema(engine, state, state.selected_table);
  if (!schema) {
    DimTextWrapped("The key schema of this table is not available.");
    return;
  }
  ItemForm& f = state.item_form;
  ImGui::PushID("items");
  if (BeginForm("form")) {
    char label[300];
    std::snprintf(label, sizeof(label), "%s (%s)", schema->partition_key.c_str(),
                  schema->partition_type.c_str());
    FormLabel(label);
    ImGui::InputTextWithHint("##pkv", "partition key value", f.partition_value,
                             sizeof(f.partition_value));
    RecordWidgetRect(state, "Partition key value");
    if (!schema->sort_key.empty()) {
      std::snprintf(label, sizeof(label), "%s (%s)", schema->sort_key.c_str(),
                    schema->sort_type.c_str());
      FormLabel(label);
      ImGui::InputTextWithHint("##skv", "sort key value", f.sort_value, sizeof(f.sort_value));
      RecordWidgetRect(state, "Sort key value");
    }
    FormLabel("Attributes");
    ImGui::InputTextMultiline("##extra", f.extra_json, sizeof(f.extra_json),
                              ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 3.6f));
    RecordWidgetRect(state, "Attributes");
    if (f.extra_json[0] == '\0' && !ImGui::IsItemActive()) {
      // A hint for the multiline field (ImGui has hints for single-line fields only).
      ImVec2 min = ImGui::GetItemRectMin();
      ImGui::GetWindowDrawList()->AddText(
          ImVec2(min.x + ImGui::GetStyle().FramePadding.x, min.y + ImGui::GetStyle().FramePadding.y),
          WithAlpha(palette::kTextDim, 0.8f), "optional, DynamoDB JSON:\n{\"Year\": {\"N\": \"2021\"}}");
    }
    ImGui::EndTable();
  }
  if (PrimaryButton("Put item")) {
    nlohmann::json request;
    std::string error;
    if (PutItemRequest(state.selected_table, *schema, f, &request, &error)) {
      RunRequest(engine, state, "PutItem", request);
    } else {
      RecordLocalError(state, "PutItem", "Invalid attributes", error);
    }
  }
  RecordWidgetRect(state, "Put item");
  ImGui::SameLine();
  if (ImGui::Button("Get item")) {
    RunRequest(engine, state, "GetItem", GetItemRequest(state.selected_table, *schema, f));
  }
  RecordWidgetRect(state, "Get item");
  ImGui::SameLine();
  if (DangerButton("Delete item")) {
    RunRequest(engine, state, "DeleteItem", DeleteItemRequest(state.selected_table, *schema, f));
  }
  RecordWidgetRect(state, "Delete item");
  if (ImGui::Button("Write 10 random items", ImVec2(-FLT_MIN, 0))) {
    WriteRandomItems(engine, state, 10);
  }
  RecordWidgetRect(state, "Write 10 random items");
  ImGui::PopID();
  ImGui::Spacing();
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Response
//-------------------------------------------------------------------------------------------------

void DrawResponse(ViewState& state) {
  const LastResponse& r = state.last_response;
  SectionTitle(state, "Response");
  if (!r.has_value) {
    DimTextWrapped("The response of the last request appears here.");
    return;
  }
  ImGui::TextDisabled("%s", r.operation.c_str());
  ImGui::SameLine();
  if (r.ok) {
    ImGui::TextColored(ToVec4(palette::kSuccess), "\xE2\x9C\x93 200 OK");
  } else {
    ImGui::TextColored(ToVec4(palette::kError), "\xE2\x9C\x95 error");
    ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(palette::kError));
    ImGui::TextWrapped("%s: %s", r.error_type.c_str(), r.error_message.c_str());
    ImGui::PopStyleColor();
  }
  if (r.body.empty()) return;
  if (r.ok && r.body == "{}") {
    DimTextWrapped("An empty object is DynamoDB's whole answer here: writes return attributes "
                   "only when ReturnValues asks for them.");
  }
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ToVec4(palette::Rgb(0x0F131A)));
  // As tall as the text (at least a few lines), at most what is left of the window.
  float content = ImGui::CalcTextSize(r.body.c_str()).y + ImGui::GetStyle().WindowPadding.y * 2;
  float min_h = ImGui::GetTextLineHeightWithSpacing() * 3;
  float height = std::min(std::max(content, min_h), ImGui::GetContentRegionAvail().y);
  if (height < min_h) height = min_h;
  ImGui::BeginChild("body", ImVec2(0, height), true, ImGuiWindowFlags_HorizontalScrollbar);
  ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(r.ok ? palette::Rgb(0xC9D4E8) : palette::Rgb(0xF3A3AC)));
  ImGui::TextUnformatted(r.body.c_str(), r.body.c_str() + r.body.size());
  ImGui::PopStyleColor();
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

}  // namespace

//-------------------------------------------------------------------------------------------------
// [SECTION] Window
//-------------------------------------------------------------------------------------------------

void DrawTablesWindow(Engine& engine, ViewState& state, bool* p_open) {
  PlaceNextWindow(state.layout.tables_pos, state.layout.tables_size);
  if (!ImGui::Begin("Tables & items", p_open, DockedWindowFlags())) {
    ImGui::End();
    return;
  }
  bool no_tables = engine.TableNames().empty();
  DrawTableList(engine, state);
  DrawCreateTable(engine, state, no_tables);
  DrawItems(engine, state);
  DrawResponse(state);
  ImGui::End();
}

}  // namespace ddb::viz
