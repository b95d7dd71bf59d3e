// Table designer: a form to design a table (keys, capacity, scale profile, local and global
// secondary indexes, stream) beside the CreateTable request it makes, live: DynamoDB JSON and the
// `aws dynamodb create-table` command, each with a Copy button. Problems appear in red under the
// field they are about, and "Create table" stays disabled until there are none; it then sends the
// request through Engine::Handle like every other request of the viz (RunRequest), shows the
// engine's answer or its error, and selects the new table. The logic lives in
// app/table_designer_model.h; this file only lays it out.
//
// Index of this file:
// [SECTION] Field helpers
// [SECTION] Table
// [SECTION] Indexes
// [SECTION] Preview
// [SECTION] Footer
// [SECTION] Window
#include "app/requests.h"
#include "app/table_designer_model.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "windows/windows.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <string>

namespace ddb::viz {
namespace {

//-------------------------------------------------------------------------------------------------
// [SECTION] Field helpers
//-------------------------------------------------------------------------------------------------

const char* const kKeyTypes[] = {"String", "Number", "Binary"};

// What the field helpers need this frame.
struct FormContext {
  ViewState& state;
  const std::vector<DesignProblem>& problems;
  const std::vector<DerivedAttribute>& attributes;
  float label_w;  // width of the label column
  float right;    // screen x where fields end (inside a card: before its padding)
};

// std::string in an ImGui text field: grow the string when ImGui needs a bigger buffer.
int ResizeString(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* text = static_cast<std::string*>(data->UserData);
    text->resize(static_cast<size_t>(data->BufTextLen));
    data->Buf = text->data();
  }
  return 0;
}

bool InputString(const char* id, std::string* text, const char* hint) {
  return ImGui::InputTextWithHint(id, hint, text->data(), text->capacity() + 1,
                                  ImGuiInputTextFlags_CallbackResize, ResizeString, text);
}

bool HasProblem(const FormContext& c, const std::string& field) {
  return std::any_of(c.problems.begin(), c.problems.end(),
                     [&](const DesignProblem& p) { return p.field == field; });
}

// A red outline around the last widget.
void MarkLastItem(ImU32 color = palette::kError) {
  ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  ImGui::GetWindowDrawList()->AddRect(ImVec2(min.x - 1, min.y - 1), ImVec2(max.x + 1, max.y + 1),
                                      color, ImGui::GetStyle().FrameRounding + 1, 0, 1.5f);
}

float FieldWidth(const FormContext& c) { return std::max(c.right - ImGui::GetCursorScreenPos().x, 40.0f); }

// A row: the label in the label column, then the cursor where the field starts.
void Label(const FormContext& c, const char* label) {
  float x0 = ImGui::GetCursorPosX();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", label);
  ImGui::SameLine();
  ImGui::SetCursorPosX(x0 + c.label_w);
}

// The problems about `field`, in red under the field column.
void ProblemLines(const FormContext& c, const std::string& field) {
  for (const DesignProblem& p : c.problems) {
    if (p.field != field) continue;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + c.label_w);
    ImGui::PushTextWrapPos(c.right - ImGui::GetWindowPos().x + ImGui::GetScrollX());
    ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(palette::kError));
    ImGui::TextWrapped("\xE2\x9C\x95 %s", p.message.c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
  }
}

// The type combo of a key; outlined when the same name has another type elsewhere.
void KeyTypeCombo(const FormContext& c, const char* id, DesignKey* key, float width) {
  ImGui::SetNextItemWidth(width);
  ImGui::Combo(id, &key->type, kKeyTypes, 3);
  for (const DerivedAttribute& a : c.attributes) {
    if (a.name != key->name || a.conflict.empty()) continue;
    MarkLastItem();
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("'%s' is declared as %s and as %s: one attribute has one type.", a.name.c_str(),
                        a.type.c_str(), a.conflict.c_str());
  }
}

// Name field and type combo of a key, side by side; `field` outlines the name when it has a problem.
void KeyFields(const FormContext& c, const char* id, DesignKey* key, const char* hint,
               const std::string& field) {
  ImGui::PushID(id);
  float type_w = ImGui::GetFontSize() * 6.0f;
  ImGui::SetNextItemWidth(FieldWidth(c) - type_w - ImGui::GetStyle().ItemSpacing.x);
  InputString("##name", &key->name, hint);
  if (HasProblem(c, field)) MarkLastItem();
  ImGui::SameLine();
  KeyTypeCombo(c, "##type", key, type_w);
  ImGui::PopID();
}

// An optional key: a checkbox, then the key's fields (dimmed while unticked).
void OptionalKeyFields(const FormContext& c, const char* id, bool* enabled, DesignKey* key,
                       const char* hint, const std::string& field) {
  ImGui::PushID(id);
  ImGui::Checkbox("##on", enabled);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip(*enabled ? "Untick: no sort key" : "Tick to add a sort key");
  ImGui::SameLine();
  ImGui::BeginDisabled(!*enabled);
  KeyFields(c, "key", key, hint, field);
  ImGui::EndDisabled();
  ImGui::PopID();
}

// Two integer fields (RCU and WCU) sharing the field column.
void CapacityFields(const FormContext& c, int* read, int* write, bool bad) {
  float half = (FieldWidth(c) - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  ImGui::SetNextItemWidth(half);
  ImGui::InputInt("##rcu", read, 1, 10);
  if (bad && *read < 1) MarkLastItem();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Read capacity units (RCU)");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(half);
  ImGui::InputInt("##wcu", write, 1, 10);
  if (bad && *write < 1) MarkLastItem();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Write capacity units (WCU)");
}

// A section heading: bold title, a dim note (e.g. "1 / 5"), an optional button on the right, and
// a thin rule. Returns true when the button was clicked; its rectangle is recorded as `rect_name`.
bool Heading(const FormContext& c, const char* title, const char* note, const char* button,
             bool button_enabled, const char* rect_name = nullptr) {
  ImGui::Spacing();
  if (c.state.fonts.bold) ImGui::PushFont(c.state.fonts.bold);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(title);
  if (c.state.fonts.bold) ImGui::PopFont();
  float left = ImGui::GetItemRectMin().x;
  if (note) {
    ImGui::SameLine();
    ImGui::TextDisabled("%s", note);
  }
  bool clicked = false;
  if (button) {
    float w = ImGui::CalcTextSize(button).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SameLine();
    ImGui::SetCursorScreenPos(ImVec2(c.right - w, ImGui::GetCursorScreenPos().y));
    ImGui::BeginDisabled(!button_enabled);
    clicked = ImGui::Button(button);
    ImGui::EndDisabled();
    if (rect_name) RecordWidgetRect(c.state, rect_name);
  }
  float y = ImGui::GetItemRectMax().y + ImGui::GetStyle().ItemSpacing.y * 0.4f;
  ImGui::GetWindowDrawList()->AddLine(ImVec2(left, y), ImVec2(c.right, y), palette::kBorder);
  ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y * 0.3f));
  return clicked;
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Table
//-------------------------------------------------------------------------------------------------

void DrawPresets(ViewState& state, const FormContext& c) {
  Label(c, "Start from");
  for (const DesignPreset& p : kDesignPresets) {
    if (ImGui::Button(p.label)) {
      ApplyDesignPreset(p.id, &state.designer.design);
      state.designer.response = LastResponse{};
    }
    std::string rect = std::string("designer:preset:") + p.id;
    RecordWidgetRect(state, rect.c_str());
    ImGui::SameLine();
  }
  ImGui::NewLine();
}

void DrawTableSection(Engine& engine, const FormContext& c, TableDesign& d) {
  Heading(c, "Table", nullptr, nullptr, false);
  Label(c, "Table name");
  ImGui::SetNextItemWidth(FieldWidth(c));
  InputString("##name", &d.name, "3-255 letters, digits, _ - .");
  if (HasProblem(c, "name")) MarkLastItem();
  RecordWidgetRect(c.state, "designer:name");
  ProblemLines(c, "name");

  Label(c, "Partition key");
  KeyFields(c, "pk", &d.partition_key, "attribute name", "pk");
  ProblemLines(c, "pk");
  Label(c, "Sort key");
  OptionalKeyFields(c, "sk", &d.has_sort_key, &d.sort_key, "optional: sorts items of a partition", "sk");
  if (d.has_sort_key) ProblemLines(c, "sk");

  Label(c, "Capacity");
  int mode = d.on_demand ? 1 : 0;
  ImGui::RadioButton("Provisioned", &mode, 0);
  ImGui::SameLine();
  ImGui::RadioButton("On-demand", &mode, 1);
  d.on_demand = mode == 1;
  if (!d.on_demand) {
    Label(c, "Read / write");
    CapacityFields(c, &d.read_capacity, &d.write_capacity, HasProblem(c, "capacity"));
    ProblemLines(c, "capacity");
  }

  Label(c, "Scale profile");
  char default_label[96];
  std::snprintf(default_label, sizeof(default_label), "Simulation default (%s)",
                engine.options().profile.c_str());
  const char* profiles[] = {default_label, "real: 3,000 RCU, 1,000 WCU, 10 GB per partition",
                            "classroom: 30 RCU, 10 WCU, 64 KB per partition"};
  int profile = static_cast<int>(d.profile);
  ImGui::SetNextItemWidth(FieldWidth(c));
  if (ImGui::Combo("##profile", &profile, profiles, 3)) d.profile = static_cast<ProfileKind>(profile);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Sent as the tag ddbviz:profile: the partition limits this table is simulated with");

  Label(c, "Stream");
  int stream = static_cast<int>(d.stream);
  ImGui::SetNextItemWidth(FieldWidth(c));
  if (ImGui::Combo("##stream", &stream, kStreamLabels, IM_ARRAYSIZE(kStreamLabels)))
    d.stream = static_cast<StreamKind>(stream);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("StreamSpecification: what each change record carries (keys, new image, old image)");
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Indexes
//-------------------------------------------------------------------------------------------------

// Draws the content of `body` on a raised card the height of that content.
template <typename Body>
void Card(FormContext& c, Body body) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float pad = ImGui::GetStyle().FramePadding.x;
  ImVec2 start = ImGui::GetCursorScreenPos();
  float outer_right = c.right;
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  ImGui::Dummy(ImVec2(0, pad * 0.4f));
  ImGui::Indent(pad);
  c.right = outer_right - pad;
  body();
  c.right = outer_right;
  ImGui::Unindent(pad);
  float end_y = ImGui::GetCursorScreenPos().y;
  dl->ChannelsSetCurrent(0);
  dl->AddRectFilled(start, ImVec2(outer_right, end_y), palette::kPanelRaised, ImGui::GetStyle().FrameRounding);
  dl->AddRect(start, ImVec2(outer_right, end_y), palette::kBorder, ImGui::GetStyle().FrameRounding);
  dl->ChannelsMerge();
  ImGui::Dummy(ImVec2(0, pad * 0.2f));
}

void ProjectionFields(FormContext& c, DesignIndex& x, const std::string& prefix) {
  Label(c, "Projection");
  int projection = static_cast<int>(x.projection);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
  if (ImGui::Combo("##projection", &projection, kProjectionLabels, 3))
    x.projection = static_cast<ProjectionKind>(projection);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("KEYS_ONLY: table and index keys. INCLUDE: plus the attributes you list. ALL: every attribute.");
  if (x.projection == ProjectionKind::kInclude) {
    ImGui::SameLine();
    ImGui::SetNextItemWidth(FieldWidth(c));
    InputString("##nonkey", &x.non_key_attributes, "attributes, e.g. Total, Status");
    if (HasProblem(c, prefix + "nonkey")) MarkLastItem();
  }
  ProblemLines(c, prefix + "nonkey");
}

// The index's name field with a remove button at the end of the row. Returns true on remove.
bool IndexNameRow(FormContext& c, DesignIndex& x, const std::string& prefix, const char* badge) {
  Label(c, badge);
  float remove_w = ImGui::GetFrameHeight();
  ImGui::SetNextItemWidth(FieldWidth(c) - remove_w - ImGui::GetStyle().ItemSpacing.x);
  InputString("##name", &x.name, "index name");
  if (HasProblem(c, prefix + "name")) MarkLastItem();
  ImGui::SameLine();
  bool removed = DangerButton("\xE2\x9C\x95", ImVec2(remove_w, remove_w));
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this index");
  ProblemLines(c, prefix + "name");
  return removed;
}

void DrawLocalIndexes(FormContext& c, TableDesign& d) {
  char note[32];
  std::snprintf(note, sizeof(note), "%zu / %d", d.local_indexes.size(), kMaxLocalIndexes);
  if (Heading(c, "Local secondary indexes", note, "+ Add LSI",
              static_cast<int>(d.local_indexes.size()) < kMaxLocalIndexes,
              "designer:add-lsi")) {
    DesignIndex x;
    x.name = "Index" + std::to_string(d.local_indexes.size() + d.global_indexes.size() + 1);
    d.local_indexes.push_back(x);
  }
  if (d.local_indexes.empty()) {
    ImGui::PushTextWrapPos(c.right - ImGui::GetWindowPos().x);
    DimTextWrapped("None. An LSI sorts each partition's items by another attribute; it is made "
                   "with the table and shares its capacity.");
    ImGui::PopTextWrapPos();
  }
  ProblemLines(c, "lsi");
  int remove = -1;
  for (size_t i = 0; i < d.local_indexes.size(); ++i) {
    DesignIndex& x = d.local_indexes[i];
    std::string prefix = "lsi/" + std::to_string(i) + "/";
    ImGui::PushID(static_cast<int>(i));
    Card(c, [&] {
      char badge[16];
      std::snprintf(badge, sizeof(badge), "LSI %zu", i + 1);
      if (IndexNameRow(c, x, prefix, badge)) remove = static_cast<int>(i);
      Label(c, "Sort key");
      KeyFields(c, "sk", &x.sort_key, "attribute to sort by", prefix + "sk");
      ProblemLines(c, prefix + "sk");
      ProjectionFields(c, x, prefix);
    });
    ImGui::PopID();
  }
  if (remove >= 0) d.local_indexes.erase(d.local_indexes.begin() + remove);
}

void DrawGlobalIndexes(FormContext& c, TableDesign& d) {
  char note[32];
  std::snprintf(note, sizeof(note), "%zu / %d", d.global_indexes.size(), kMaxGlobalIndexes);
  if (Heading(c, "Global secondary indexes", note, "+ Add GSI",
              static_cast<int>(d.global_indexes.size()) < kMaxGlobalIndexes,
              "designer:add-gsi")) {
    DesignIndex x;
    x.name = "Index" + std::to_string(d.local_indexes.size() + d.global_indexes.size() + 1);
    x.has_sort_key = false;
    x.read_capacity = d.read_capacity;  // the docs advise GSI WCU >= table WCU (§7)
    x.write_capacity = d.write_capacity;
    d.global_indexes.push_back(x);
  }
  if (d.global_indexes.empty()) {
    ImGui::PushTextWrapPos(c.right - ImGui::GetWindowPos().x);
    DimTextWrapped("None. A GSI is a copy of the table keyed by other attributes, with its own "
                   "partitions and capacity.");
    ImGui::PopTextWrapPos();
  }
  ProblemLines(c, "gsi");
  int remove = -1;
  for (size_t i = 0; i < d.global_indexes.size(); ++i) {
    DesignIndex& x = d.global_indexes[i];
    std::string prefix = "gsi/" + std::to_string(i) + "/";
    ImGui::PushID(static_cast<int>(i + 100));
    Card(c, [&] {
      char badge[16];
      std::snprintf(badge, sizeof(badge), "GSI %zu", i + 1);
      if (IndexNameRow(c, x, prefix, badge)) remove = static_cast<int>(i);
      Label(c, "Partition key");
      KeyFields(c, "pk", &x.partition_key, "attribute name", prefix + "pk");
      ProblemLines(c, prefix + "pk");
      Label(c, "Sort key");
      OptionalKeyFields(c, "sk", &x.has_sort_key, &x.sort_key, "optional", prefix + "sk");
      if (x.has_sort_key) ProblemLines(c, prefix + "sk");
      ProjectionFields(c, x, prefix);
      if (!d.on_demand) {
        Label(c, "Read / write");
        CapacityFields(c, &x.read_capacity, &x.write_capacity, HasProblem(c, prefix + "capacity"));
        ProblemLines(c, prefix + "capacity");
      }
    });
    ImGui::PopID();
  }
  if (remove >= 0) d.global_indexes.erase(d.global_indexes.begin() + remove);
}

// Problems about the design as a whole (not one field): projected-attribute total, type conflicts.
void DrawDesignProblems(const FormContext& c) {
  for (const DesignProblem& p : c.problems) {
    if (p.field != "nonkey" && p.field.rfind("attr/", 0) != 0) continue;
    ImGui::PushTextWrapPos(c.right - ImGui::GetWindowPos().x);
    ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(palette::kError));
    ImGui::TextWrapped("\xE2\x9C\x95 %s", p.message.c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
  }
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Preview
//-------------------------------------------------------------------------------------------------

// Pretty JSON with member names and values in two colors (one member per line, as dump(2) writes).
void ColoredJson(const std::string& text) {
  const ImU32 key_color = palette::Rgb(0x8FB8FF), value_color = palette::Rgb(0xC9D4E8),
              punct_color = palette::kTextDim;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    const char* line = text.c_str() + begin;
    const char* line_end = text.c_str() + end;
    size_t indent = text.find_first_not_of(' ', begin) - begin;
    size_t colon = text.find("\": ", begin);
    if (text[begin + indent] == '"' && colon != std::string::npos && colon < end) {
      const char* split = text.c_str() + colon + 1;
      ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(key_color));
      ImGui::TextUnformatted(line, split);
      ImGui::PopStyleColor();
      ImGui::SameLine(0, 0);
      ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(value_color));
      ImGui::TextUnformatted(split, line_end);
      ImGui::PopStyleColor();
    } else {
      bool punctuation = line_end - line - static_cast<long>(indent) <= 2;
      ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(punctuation ? punct_color : value_color));
      ImGui::TextUnformatted(line, line_end);
      ImGui::PopStyleColor();
    }
    begin = end + 1;
  }
}

// A heading with a Copy button on the right; the button says "Copied" for a moment after a click.
void PreviewHeading(ViewState& state, const char* title, const char* what, const std::string& text) {
  TableDesignerState& s = state.designer;
  if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(title);
  if (state.fonts.bold) ImGui::PopFont();
  bool copied = s.copied == what && state.ui_time_s - s.copied_at_s < 1.5;
  char label[48];
  if (copied) {
    std::snprintf(label, sizeof(label), "\xE2\x9C\x93 Copied###copy%s", what);
  } else {
    std::snprintf(label, sizeof(label), "Copy %s###copy%s", what, what);
  }
  float w = ImGui::CalcTextSize("Copy JSON").x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - w);
  if (ImGui::Button(label, ImVec2(w, 0))) {
    // Native: the system clipboard through GLFW. Web: Emscripten's GLFW has no clipboard, so
    // main_web.cpp hands the text to the browser's navigator.clipboard.
    ImGui::SetClipboardText(text.c_str());
    s.copied = what;
    s.copied_at_s = state.ui_time_s;
  }
  std::string rect = std::string("designer:copy-") + what;
  RecordWidgetRect(state, rect.c_str());
}

void DrawPreview(ViewState& state, const TableDesign& d, float height) {
  std::string json_text = CreateTableJsonText(d);
  std::string cli_text = CreateTableCliText(d);
  const ImGuiStyle& style = ImGui::GetStyle();
  float line = ImGui::GetTextLineHeightWithSpacing();
  // The CLI box fits its text, wrapped at the box's width (at most 40% of the pane); the JSON box
  // takes the rest. Wrapping is for reading only: Copy CLI copies the command as formatted.
  float wrap_w = ImGui::GetContentRegionAvail().x - style.WindowPadding.x * 2 - style.ScrollbarSize;
  float cli_text_h = ImGui::CalcTextSize(cli_text.c_str(), nullptr, false, wrap_w).y;
  float cli_h = std::min(cli_text_h + style.WindowPadding.y * 2, height * 0.4f);
  float heading_h = ImGui::GetFrameHeightWithSpacing();
  float json_h = std::max(height - cli_h - heading_h * 2 - style.ItemSpacing.y * 2, line * 4);

  ImGui::PushStyleColor(ImGuiCol_ChildBg, ToVec4(palette::Rgb(0x0F131A)));
  PreviewHeading(state, "CreateTable request", "JSON", json_text);
  ImGui::BeginChild("json", ImVec2(0, json_h), true, ImGuiWindowFlags_HorizontalScrollbar);
  ColoredJson(json_text);
  ImGui::EndChild();
  PreviewHeading(state, "AWS CLI", "CLI", cli_text);
  ImGui::BeginChild("cli", ImVec2(0, cli_h), true);
  ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(palette::Rgb(0xC9D4E8)));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_w);
  ImGui::TextUnformatted(cli_text.c_str(), cli_text.c_str() + cli_text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Footer
//-------------------------------------------------------------------------------------------------

void DrawFooter(Engine& engine, ViewState& state, const std::vector<DesignProblem>& problems) {
  TableDesignerState& s = state.designer;
  float button_w = ImGui::CalcTextSize("Create table").x + ImGui::GetStyle().FramePadding.x * 4;
  ImGui::Separator();
  ImGui::AlignTextToFramePadding();
  if (problems.empty()) {
    ImGui::TextColored(ToVec4(palette::kSuccess), "\xE2\x9C\x93 Ready to send");
  } else {
    ImGui::TextColored(ToVec4(palette::kError), "\xE2\x9C\x95 %zu %s to fix: see the fields marked in red",
                       problems.size(), problems.size() == 1 ? "problem" : "problems");
  }
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - button_w);
  ImGui::BeginDisabled(!problems.empty());
  if (PrimaryButton("Create table", ImVec2(button_w, 0))) {
    const TableDesign& d = s.design;
    bool ok = RunRequest(engine, state, "CreateTable", CreateTableRequestToSend(d));
    s.response = state.last_response;
    if (ok) {
      state.selected_table = d.name;
      state.key_schemas.erase(d.name);
    }
  }
  ImGui::EndDisabled();
  RecordWidgetRect(state, "designer:create");

  const LastResponse& r = s.response;
  if (!r.has_value) {
    ImGui::TextDisabled("Create table sends this request to the simulated DynamoDB; its answer "
                        "appears here.");
    return;
  }
  if (r.ok) {
    ImGui::TextColored(ToVec4(palette::kSuccess), "\xE2\x9C\x93 200 OK");
    ImGui::SameLine();
    ImGui::TextDisabled("the table is CREATING and selected in Tables & items (full response there).");
    return;
  }
  ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(palette::kError));
  if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
  ImGui::TextUnformatted(r.error_type.c_str());
  if (state.fonts.bold) ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextWrapped("%s", r.error_message.c_str());
  ImGui::PopStyleColor();
}

}  // namespace

//-------------------------------------------------------------------------------------------------
// [SECTION] Window
//-------------------------------------------------------------------------------------------------

void DrawTableDesignerWindow(Engine& engine, ViewState& state, bool* p_open) {
  const ImVec2 display = state.layout.display_size;
  const float font = ImGui::GetFontSize();
  ImVec2 size(std::min(display.x - font * 2, font * 78), std::min(display.y - font * 4, font * 50));
  ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f + font), ImGuiCond_Appearing,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(size, ImGuiCond_Appearing);
  if (!ImGui::Begin("Table designer", p_open, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse)) {
    ImGui::End();
    return;
  }
  TableDesign& design = state.designer.design;
  // Validate before drawing, so every field knows its problems this frame.
  std::vector<DesignProblem> problems = ValidateDesign(design);
  std::vector<DerivedAttribute> attributes = DeriveAttributeDefinitions(design);

  const ImGuiStyle& style = ImGui::GetStyle();
  float line = ImGui::GetTextLineHeightWithSpacing();
  float footer_h = ImGui::GetFrameHeightWithSpacing() + line * 2 + style.ItemSpacing.y * 2;
  float body_h = std::max(ImGui::GetContentRegionAvail().y - footer_h, line * 6);
  float form_w = std::floor(ImGui::GetContentRegionAvail().x * 0.53f);

  ImGui::BeginChild("form", ImVec2(form_w, body_h), false);
  {
    float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x - style.ItemSpacing.x;
    FormContext c{state, problems, attributes, font * 7.6f, right};
    DrawPresets(state, c);
    DrawTableSection(engine, c, design);
    DrawLocalIndexes(c, design);
    DrawGlobalIndexes(c, design);
    DrawDesignProblems(c);
  }
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("preview", ImVec2(0, body_h), false);
  DrawPreview(state, design, body_h);
  ImGui::EndChild();
  DrawFooter(engine, state, problems);
  ImGui::End();
}

}  // namespace ddb::viz
