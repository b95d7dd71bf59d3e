// The request console: a multi-line input where a learner types an AWS CLI command
// (aws dynamodb put-item --table-name Music --item '{...}') or raw DynamoDB JSON
// (PutItem {...}); Ctrl+Enter or Run sends it through ParseConsoleInput and Engine::Handle, and
// the scrollback shows the command, the capacity it consumed (from the engine's events, so even
// when the request did not ask for ConsumedCapacity), the response as indented JSON, errors with
// their type, the console's notes, and a parse error's bad text underlined. Up/Down on the first /
// last line browse the history; Tab completes commands, options and table names.
//
// Index of this file:
// [SECTION] Input callback
// [SECTION] Scrollback
// [SECTION] Input
// [SECTION] Window
#include "app/capacity.h"
#include "app/console.h"
#include "app/layout.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "ddb/console_syntax.h"
#include "windows/windows.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <cstring>
#include <string>

namespace ddb::viz {
namespace {

// Only the newest entries stay in the scrollback.
constexpr size_t kMaxEntries = 100;

constexpr const char* kExamples[] = {
    "aws dynamodb scan --table-name Music --return-consumed-capacity TOTAL",
    "aws dynamodb put-item --table-name Music --item '{\"Artist\": {\"S\": \"No One You Know\"}, "
    "\"SongTitle\": {\"S\": \"Call Me Today\"}, \"Year\": {\"N\": \"2021\"}}'",
    "aws dynamodb query --table-name Music --key-condition-expression \"Artist = :a\" "
    "--expression-attribute-values '{\":a\": {\"S\": \"No One You Know\"}}'",
    "GetItem {\"TableName\": \"Music\", \"Key\": {\"Artist\": {\"S\": \"No One You Know\"}, "
    "\"SongTitle\": {\"S\": \"Call Me Today\"}}}",
};

//-------------------------------------------------------------------------------------------------
// [SECTION] Input callback
//-------------------------------------------------------------------------------------------------

struct CallbackContext {
  ConsoleState* console;
  const std::vector<std::string>* table_names;
};

void ReplaceAll(ImGuiInputTextCallbackData* data, const std::string& text) {
  data->DeleteChars(0, data->BufTextLen);
  data->InsertChars(0, text.c_str(), text.c_str() + text.size());
  data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
}

int InputCallback(ImGuiInputTextCallbackData* data) {
  auto* ctx = static_cast<CallbackContext*>(data->UserData);
  ConsoleState& console = *ctx->console;
  if (data->EventFlag == ImGuiInputTextFlags_CallbackCompletion) {
    std::string before(data->Buf, static_cast<size_t>(data->CursorPos));
    std::vector<std::string> candidates = CompleteConsoleInput(before, *ctx->table_names);
    CompletionEdit edit = PlanCompletion(before, candidates);
    if (edit.changes) {
      int start = static_cast<int>(edit.word_start);
      data->DeleteChars(start, data->CursorPos - start);
      data->InsertChars(data->CursorPos, edit.replacement.c_str(),
                        edit.replacement.c_str() + edit.replacement.size());
    }
    console.completions = candidates.size() > 1 ? candidates : std::vector<std::string>();
    console.last_cursor = data->CursorPos;
    return 0;
  }
  // Multi-line inputs cannot use ImGui's history callback (Up/Down move between lines), so the
  // keys are checked here against the cursor of the previous frame, before the key moved it.
  bool up = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow));
  bool down = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow));
  if (up || down) {
    std::string text(data->Buf, static_cast<size_t>(data->BufTextLen));
    size_t prev = static_cast<size_t>(std::max(console.last_cursor, 0));
    std::string replacement;
    if (up && CursorOnFirstLine(text, prev) && HistoryOlder(console.history, text, &replacement)) {
      ReplaceAll(data, replacement);
    } else if (down && CursorOnLastLine(text, prev) &&
               HistoryNewer(console.history, &replacement)) {
      ReplaceAll(data, replacement);
    }
  }
  if (data->BufTextLen == 0) console.completions.clear();
  console.last_cursor = data->CursorPos;
  return 0;
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Scrollback
//-------------------------------------------------------------------------------------------------

// A rounded, tinted label that takes layout space like a widget.
void Badge(const char* text, ImU32 color, const char* tooltip = nullptr) {
  ImVec2 size = ImGui::CalcTextSize(text);
  float px = ImGui::GetFontSize() * 0.45f, py = ImGui::GetFontSize() * 0.1f;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  pos.y += (ImGui::GetTextLineHeight() - size.y) * 0.5f - py;
  ImVec2 end(pos.x + size.x + px * 2, pos.y + size.y + py * 2);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(pos, end, Mix(palette::kPanel, color, 0.22f), size.y);
  dl->AddRect(pos, end, WithAlpha(color, 0.65f), size.y);
  dl->AddText(ImVec2(pos.x + px, pos.y + py), color, text);
  ImGui::Dummy(ImVec2(end.x - pos.x, ImGui::GetTextLineHeight()));
  if (tooltip && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
}

// The submitted text, with the part a parse error points at marked in red and underlined.
void DrawInputText(const ConsoleEntry& e) {
  const std::string& text = e.input;
  if (e.error_offset < 0) {  // nothing to mark: let long commands wrap
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    ImGui::PopTextWrapPos();
    return;
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  size_t line_start = 0;
  size_t bad_lo = e.error_offset >= 0 ? static_cast<size_t>(e.error_offset) : std::string::npos;
  size_t bad_hi = bad_lo == std::string::npos ? bad_lo : bad_lo + static_cast<size_t>(e.error_length);
  float s = ImGui::GetFontSize() / 15.0f;
  while (line_start <= text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string::npos) line_end = text.size();
    const char* begin = text.c_str() + line_start;
    const char* end = text.c_str() + line_end;
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float h = ImGui::GetTextLineHeight();
    if (bad_lo != std::string::npos) {
      size_t lo = std::max(bad_lo, line_start), hi = std::min(bad_hi, line_end);
      // An error at the very end (e.g. a missing value) marks one blank cell after the text.
      bool at_end = bad_lo == line_end && bad_lo == text.size();
      if (lo < hi || at_end) {
        float x0 = pos.x + ImGui::CalcTextSize(begin, text.c_str() + lo).x;
        float x1 = at_end ? x0 + ImGui::CalcTextSize("  ").x
                          : pos.x + ImGui::CalcTextSize(begin, text.c_str() + hi).x;
        dl->AddRectFilled(ImVec2(x0, pos.y), ImVec2(x1, pos.y + h), WithAlpha(palette::kError, 0.22f),
                          2.0f * s);
        // A zig-zag underline, like a spell checker's.
        float y = pos.y + h + 1.0f * s, step = 2.5f * s;
        for (float x = x0; x < x1; x += step * 2) {
          dl->AddLine(ImVec2(x, y), ImVec2(std::min(x + step, x1), y - step * 0.8f),
                      palette::kError, 1.2f * s);
          dl->AddLine(ImVec2(std::min(x + step, x1), y - step * 0.8f),
                      ImVec2(std::min(x + step * 2, x1), y), palette::kError, 1.2f * s);
        }
      }
    }
    ImGui::TextUnformatted(begin, end);
    if (line_end == text.size()) break;
    line_start = line_end + 1;
  }
}

void DrawEntry(ViewState& state, const ConsoleEntry& e, size_t index) {
  ImGui::PushID(static_cast<int>(index));
  float s = state.layout.scale > 0 ? state.layout.scale : 1.0f;
  // Prompt and command.
  if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
  ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(palette::kAccentHover));
  ImGui::TextUnformatted(">");
  ImGui::PopStyleColor();
  if (state.fonts.bold) ImGui::PopFont();
  ImGui::SameLine();
  ImGui::BeginGroup();
  DrawInputText(e);
  ImGui::EndGroup();

  // Status line: operation, outcome, capacity badges, copy buttons.
  ImGui::Indent(ImGui::GetFontSize());
  if (!e.operation.empty()) {
    if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
    ImGui::TextUnformatted(e.operation.c_str());
    if (state.fonts.bold) ImGui::PopFont();
    ImGui::SameLine();
  }
  if (e.ok) {
    Badge("\xE2\x9C\x93 200 OK", palette::kSuccess);
  } else {
    Badge(e.operation.empty() ? "not sent" : "400", palette::kError,
          e.operation.empty() ? "The console could not read this entry: nothing reached the table"
                              : nullptr);
  }
  const char* capacity_tip =
      e.response_has_capacity
          ? "Capacity charged for this request (the response's ConsumedCapacity agrees)."
          : "Capacity charged for this request, measured from the engine's events. The response "
            "has no ConsumedCapacity: add --return-consumed-capacity TOTAL to see it there.";
  if (e.read_half_units > 0) {
    ImGui::SameLine();
    Badge(FormatReadUnits(e.read_half_units).c_str(), palette::kRead, capacity_tip);
  }
  if (e.write_units > 0) {
    ImGui::SameLine();
    Badge(FormatWriteUnits(e.write_units).c_str(), palette::kSuccess, capacity_tip);
  }
  if ((e.read_half_units > 0 || e.write_units > 0) && !e.response_has_capacity) {
    ImGui::SameLine();
    ImGui::TextDisabled("(from events)");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", capacity_tip);
  }
  if (!e.cli.empty()) {
    ImGui::SameLine();
    if (ImGui::SmallButton("Copy as CLI")) ImGui::SetClipboardText(e.cli.c_str());
    if (ImGui::IsItemHovered()) {
      ImGui::BeginTooltip();
      ImGui::TextDisabled("The same request as an AWS CLI command:");
      ImGui::TextUnformatted(e.cli.c_str());
      ImGui::EndTooltip();
    }
  }
  if (!e.body.empty()) {
    ImGui::SameLine();
    if (ImGui::SmallButton("Copy response")) ImGui::SetClipboardText(e.body.c_str());
  }

  for (const std::string& note : e.notes) {
    ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(WithAlpha(palette::kTextDim, 0.9f)));
    ImGui::TextWrapped("note: %s", note.c_str());
    ImGui::PopStyleColor();
  }
  if (!e.error_type.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(palette::kError));
    ImGui::TextWrapped("%s: %s", e.error_type.c_str(), e.error_message.c_str());
    ImGui::PopStyleColor();
  }
  if (!e.body.empty() && e.body != "{}") {
    // The response, indented, on a raised background.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImVec2 start = ImGui::GetCursorScreenPos();
    float pad = 6.0f * s;
    ImGui::SetCursorScreenPos(ImVec2(start.x + pad, start.y + pad));
    ImGui::BeginGroup();
    ImGui::TextUnformatted(e.body.c_str(), e.body.c_str() + e.body.size());
    ImGui::EndGroup();
    ImVec2 end = ImGui::GetItemRectMax();
    dl->ChannelsSetCurrent(0);
    float right = start.x + ImGui::GetContentRegionAvail().x;
    dl->AddRectFilled(start, ImVec2(std::max(right, end.x + pad), end.y + pad),
                      palette::kPanelRaised, 4.0f * s);
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(start.x, end.y + pad));
    ImGui::Dummy(ImVec2(0, 0));
  } else if (e.ok && e.body == "{}") {
    ImGui::TextDisabled(e.operation == "GetItem"
                            ? "{}  (an empty response: no item has this key)"
                            : "{}  (an empty response: writes return attributes only when "
                              "ReturnValues asks)");
  }
  ImGui::Unindent(ImGui::GetFontSize());
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Separator, ToVec4(palette::kBorder));
  ImGui::Separator();
  ImGui::PopStyleColor();
  ImGui::Spacing();
  ImGui::PopID();
}

void DrawWelcome(ViewState& state) {
  ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(palette::kTextDim));
  ImGui::TextWrapped(
      "Type a request as the AWS CLI takes it, or an operation name followed by its JSON. "
      "Ctrl+Enter runs it; Tab completes commands, options and table names; Up/Down recall "
      "earlier requests.");
  ImGui::PopStyleColor();
  ImGui::Spacing();
  ImGui::TextDisabled("Examples (click to edit):");
  for (const char* example : kExamples) {
    ImGui::PushID(example);
    ImGui::Bullet();
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(palette::kAccentHover));
    ImGui::TextWrapped("%s", example);
    ImGui::PopStyleColor();
    bool clicked = ImGui::IsItemClicked();
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (clicked) {
      std::snprintf(state.console.input, sizeof(state.console.input), "%s", example);
      state.console.focus_input = true;
    }
    ImGui::PopID();
  }
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Input
//-------------------------------------------------------------------------------------------------

void Submit(Engine& engine, ViewState& state) {
  ConsoleState& console = state.console;
  std::string text = console.input;
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return;
  console.entries.push_back(RunConsoleInput(engine, text));
  if (console.entries.size() > kMaxEntries)
    console.entries.erase(console.entries.begin(),
                          console.entries.end() - static_cast<long>(kMaxEntries));
  HistoryPush(console.history, text);
  console.input[0] = '\0';
  console.completions.clear();
  console.last_cursor = 0;
  console.focus_input = true;
  console.scroll_to_bottom = true;
}

void DrawInput(Engine& engine, ViewState& state, float height) {
  ConsoleState& console = state.console;
  const ImGuiStyle& style = ImGui::GetStyle();
  float button_w = ImGui::CalcTextSize("Ctrl+Enter").x + style.FramePadding.x * 4;
  float input_w = ImGui::GetContentRegionAvail().x - button_w - style.ItemSpacing.x;
  std::vector<std::string> tables = engine.TableNames();
  CallbackContext ctx{&console, &tables};
  if (console.focus_input) {
    ImGui::SetKeyboardFocusHere();
    console.focus_input = false;
  }
  ImVec2 input_pos = ImGui::GetCursorScreenPos();
  ImGuiInputTextFlags flags = ImGuiInputTextFlags_EnterReturnsTrue |
                              ImGuiInputTextFlags_CallbackCompletion |
                              ImGuiInputTextFlags_CallbackAlways;
  bool entered = ImGui::InputTextMultiline("##console_input", console.input, sizeof(console.input),
                                           ImVec2(input_w, height), flags, InputCallback, &ctx);
  RecordWidgetRect(state, "Console input");
  bool active = ImGui::IsItemActive();
  if (console.input[0] == '\0' && !active) {
    ImGui::GetWindowDrawList()->AddText(
        ImVec2(input_pos.x + style.FramePadding.x, input_pos.y + style.FramePadding.y),
        WithAlpha(palette::kTextDim, 0.7f),
        "aws dynamodb get-item --table-name Music --key '{...}'   or   GetItem {\"TableName\": ...}");
  }
  ImGui::SameLine();
  ImGui::BeginGroup();
  if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
  bool run = PrimaryButton("Run", ImVec2(button_w, ImGui::GetFrameHeight() * 1.3f));
  if (state.fonts.bold) ImGui::PopFont();
  RecordWidgetRect(state, "Console run");
  float hint_w = ImGui::CalcTextSize("Ctrl+Enter").x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (button_w - hint_w) * 0.5f);
  ImGui::TextDisabled("Ctrl+Enter");
  ImGui::EndGroup();
  if (entered || run) Submit(engine, state);
}

}  // namespace

//-------------------------------------------------------------------------------------------------
// [SECTION] Window
//-------------------------------------------------------------------------------------------------

void DrawConsoleWindow(Engine& engine, ViewState& state, bool* p_open) {
  PlaceNextWindow(state.layout.log_pos, state.layout.log_size);
  if (!ImGui::Begin("Console", p_open,
                    DockedWindowFlags() | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoTitleBar)) {
    ImGui::End();
    return;
  }
  DrawBottomTabs(state);
  ConsoleState& console = state.console;
  const ImGuiStyle& style = ImGui::GetStyle();
  float line = ImGui::GetTextLineHeight();
  float input_h = std::max(line * 3 + style.FramePadding.y * 2, ImGui::GetFrameHeight() * 2.6f);
  bool tool_row = !console.completions.empty() || !console.entries.empty();
  float completions_h = tool_row ? ImGui::GetFrameHeightWithSpacing() : 0.0f;
  float scroll_h = ImGui::GetContentRegionAvail().y - input_h - completions_h - style.ItemSpacing.y * 2;
  if (scroll_h > line * 2) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ToVec4(palette::Rgb(0x11151D)));
    ImGui::BeginChild("##scrollback", ImVec2(0, scroll_h), false);
    ImGui::Dummy(ImVec2(0, 2));
    if (console.entries.empty()) DrawWelcome(state);
    for (size_t i = 0; i < console.entries.size(); ++i) DrawEntry(state, console.entries[i], i);
    if (console.scroll_to_bottom) {
      ImGui::SetScrollHereY(1.0f);
      console.scroll_to_bottom = false;
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
  }
  if (tool_row) {
    // Clear on the right, Tab candidates on the left.
    float clear_w = ImGui::CalcTextSize("Clear").x + style.FramePadding.x * 2;
    float row_y = ImGui::GetCursorPosY();
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - clear_w);
    if (!console.entries.empty() && ImGui::SmallButton("Clear")) console.entries.clear();
    ImGui::SetCursorPosY(row_y);
  }
  if (!console.completions.empty()) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("Tab:");
    for (const std::string& c : console.completions) {
      ImGui::SameLine();
      ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(palette::kAccentHover));
      ImGui::TextUnformatted(c.c_str());
      ImGui::PopStyleColor();
      if (ImGui::GetCursorPosX() > ImGui::GetWindowContentRegionMax().x) break;
    }
  }
  DrawInput(engine, state, input_h);
  ImGui::End();
}

}  // namespace ddb::viz
