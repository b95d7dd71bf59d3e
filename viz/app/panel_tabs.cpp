#include "app/panel_tabs.h"

#include "app/theme.h"
#include "app/widgets.h"

#include <cfloat>
#include <string>

namespace ddb::viz {

void DrawPanelTabs(ViewState& state, const PanelTab* tabs, int count, int* active) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 pos = ImGui::GetWindowPos();
  float width = ImGui::GetWindowWidth();
  const ImGuiStyle& style = ImGui::GetStyle();
  float h = ImGui::GetFontSize() + style.FramePadding.y * 2;
  float s = state.layout.scale > 0 ? state.layout.scale : 1.0f;
  dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h), palette::kPanelRaised);
  dl->AddLine(ImVec2(pos.x, pos.y + h - 1), ImVec2(pos.x + width, pos.y + h - 1), palette::kBorder);
  float x = pos.x + style.WindowPadding.x * 0.5f;
  for (int i = 0; i < count; ++i) {
    const PanelTab& t = tabs[i];
    if (!t.shown) continue;
    bool is_active = t.id == *active;
    ImFont* font = is_active && state.fonts.bold ? state.fonts.bold : ImGui::GetFont();
    float text_w = font->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0.0f, t.label).x;
    float tab_w = text_w + style.FramePadding.x * 3;
    ImGui::SetCursorScreenPos(ImVec2(x, pos.y));
    ImGui::PushID(t.label);
    if (ImGui::InvisibleButton("##tab", ImVec2(tab_w, h))) *active = t.id;
    bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    std::string rect_name = std::string("tab:") + t.label;
    RecordWidgetRect(state, rect_name.c_str());
    if (is_active) {
      dl->AddRectFilled(ImVec2(x, pos.y), ImVec2(x + tab_w, pos.y + h), palette::kPanel);
      dl->AddRectFilled(ImVec2(x, pos.y), ImVec2(x + tab_w, pos.y + 2.0f * s), palette::kAccent);
    } else if (hovered) {
      dl->AddRectFilled(ImVec2(x, pos.y), ImVec2(x + tab_w, pos.y + h - 1), palette::kFrame);
    }
    ImU32 color = is_active || hovered ? palette::kText : palette::kTextDim;
    dl->AddText(font, ImGui::GetFontSize(), ImVec2(x + (tab_w - text_w) * 0.5f, pos.y + style.FramePadding.y),
                color, t.label);
    x += tab_w;
  }
  ImGui::SetCursorScreenPos(ImVec2(pos.x + style.WindowPadding.x, pos.y + h + style.WindowPadding.y));
}

}  // namespace ddb::viz
