#include "app/widgets.h"

#include "app/panel_tabs.h"
#include "app/theme.h"

#include <cfloat>
#include <string>

namespace ddb::viz {

void RecordWidgetRect(ViewState& state, const char* name) {
  ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  state.widget_rects[name] = {min.x, min.y, max.x - min.x, max.y - min.y};
}

bool PrimaryButton(const char* label, const ImVec2& size) {
  ImGui::PushStyleColor(ImGuiCol_Button, ToVec4(palette::kAccent));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ToVec4(palette::kAccentHover));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ToVec4(palette::kAccentActive));
  ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(palette::Rgb(0xFFFFFF)));
  bool pressed = ImGui::Button(label, size);
  ImGui::PopStyleColor(4);
  return pressed;
}

bool DangerButton(const char* label, const ImVec2& size) {
  ImGui::PushStyleColor(ImGuiCol_Button, ToVec4(palette::Rgb(0x5A2430)));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ToVec4(palette::Rgb(0x7A2E3C)));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ToVec4(palette::Rgb(0x933748)));
  bool pressed = ImGui::Button(label, size);
  ImGui::PopStyleColor(3);
  return pressed;
}

bool IconButton(const char* id, Icon icon, float size, bool accent) {
  ImVec2 pos = ImGui::GetCursorScreenPos();
  bool pressed = ImGui::InvisibleButton(id, ImVec2(size, size));
  bool hovered = ImGui::IsItemHovered(), held = ImGui::IsItemActive();
  ImU32 bg;
  if (accent) {
    bg = held ? palette::kAccentActive : (hovered ? palette::kAccentHover : palette::kAccent);
  } else {
    bg = ImGui::GetColorU32(held ? ImGuiCol_ButtonActive
                                 : (hovered ? ImGuiCol_ButtonHovered : ImGuiCol_Button));
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(pos, ImVec2(pos.x + size, pos.y + size), bg, ImGui::GetStyle().FrameRounding);
  ImU32 fg = palette::Rgb(0xFFFFFF);
  float cx = pos.x + size * 0.5f, cy = pos.y + size * 0.5f, r = size * 0.22f;
  switch (icon) {
    case Icon::kPlay:
      dl->AddTriangleFilled(ImVec2(cx - r * 0.8f, cy - r), ImVec2(cx - r * 0.8f, cy + r),
                            ImVec2(cx + r * 1.0f, cy), fg);
      break;
    case Icon::kPause: {
      float w = r * 0.55f;
      dl->AddRectFilled(ImVec2(cx - r * 0.85f, cy - r), ImVec2(cx - r * 0.85f + w, cy + r), fg, 1);
      dl->AddRectFilled(ImVec2(cx + r * 0.85f - w, cy - r), ImVec2(cx + r * 0.85f, cy + r), fg, 1);
      break;
    }
    case Icon::kStep:
      dl->AddTriangleFilled(ImVec2(cx - r, cy - r), ImVec2(cx - r, cy + r),
                            ImVec2(cx + r * 0.5f, cy), fg);
      dl->AddRectFilled(ImVec2(cx + r * 0.55f, cy - r), ImVec2(cx + r * 0.95f, cy + r), fg, 1);
      break;
  }
  return pressed;
}

void StatusPill(const std::string& status) {
  ImU32 color = StatusColor(status);
  const ImGuiStyle& style = ImGui::GetStyle();
  float font = ImGui::GetFontSize();
  ImVec2 text = ImGui::CalcTextSize(status.c_str());
  float pad_x = style.FramePadding.x * 0.9f, dot = font * 0.38f;
  ImVec2 size(pad_x * 2 + dot + style.ItemInnerSpacing.x + text.x, font + style.FramePadding.y);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  // Center vertically on a frame-height line so it aligns with neighbouring widgets.
  float offset_y = (ImGui::GetFrameHeight() - size.y) * 0.5f;
  pos.y += offset_y;
  ImGui::Dummy(ImVec2(size.x, ImGui::GetFrameHeight()));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), WithAlpha(color, 0.16f),
                    size.y * 0.5f);
  dl->AddCircleFilled(ImVec2(pos.x + pad_x + dot * 0.5f, pos.y + size.y * 0.5f), dot * 0.5f,
                      color);
  dl->AddText(ImVec2(pos.x + pad_x + dot + style.ItemInnerSpacing.x,
                     pos.y + (size.y - text.y) * 0.5f),
              color, status.c_str());
}

void SectionTitle(const ViewState& state, const char* title) {
  if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
  ImGui::TextUnformatted(title);
  if (state.fonts.bold) ImGui::PopFont();
  ImVec2 min = ImGui::GetItemRectMin();
  float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  float y = ImGui::GetItemRectMax().y + ImGui::GetStyle().ItemSpacing.y * 0.4f;
  ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, y), ImVec2(right, y), palette::kBorder);
  ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y * 0.3f));
}

void HelpMarker(const char* text) {
  ImGui::TextDisabled("(?)");
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

void DimTextWrapped(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(palette::kTextDim));
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

namespace {

struct BottomTabInfo {
  BottomTab tab;
  const char* label;
  bool open;
};

}  // namespace

void FixBottomTab(ViewState& state) {
  const OpenWindows& w = state.windows;
  BottomTabInfo tabs[] = {{BottomTab::kConsole, "Console", w.console},
                          {BottomTab::kItems, "Items", w.item_browser},
                          {BottomTab::kEventLog, "Event log", w.event_log}};
  for (const BottomTabInfo& t : tabs) {
    if (t.tab == state.bottom_tab && t.open) return;
  }
  for (const BottomTabInfo& t : tabs) {
    if (t.open) {
      state.bottom_tab = t.tab;
      return;
    }
  }
}

void DrawBottomTabs(ViewState& state) {
  const OpenWindows& w = state.windows;
  const PanelTab tabs[] = {{"Console", static_cast<int>(BottomTab::kConsole), w.console},
                           {"Items", static_cast<int>(BottomTab::kItems), w.item_browser},
                           {"Event log", static_cast<int>(BottomTab::kEventLog), w.event_log}};
  int active = static_cast<int>(state.bottom_tab);
  DrawPanelTabs(state, tabs, 3, &active);
  state.bottom_tab = static_cast<BottomTab>(active);
}

}  // namespace ddb::viz
