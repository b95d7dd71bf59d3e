#include "app/layout.h"

#include <algorithm>
#include <cmath>

namespace ddb::viz {

void UpdateLayout(ViewState& state, ImVec2 display, float scale, float menu_height, bool side_panel) {
  Layout& l = state.layout;
  l.display_size = display;
  l.scale = scale;
  const ImGuiStyle& style = ImGui::GetStyle();
  float top = menu_height;
  float height = std::max(display.y - top, 1.0f);

  // Left column: wide enough for the forms, never more than 40% of a narrow screen.
  float left_w = std::clamp(display.x * 0.31f, 380.0f * scale, 480.0f * scale);
  left_w = std::min(left_w, display.x * 0.42f);
  left_w = std::floor(left_w);
  float right_x = left_w, right_w = std::max(display.x - left_w, 1.0f);

  // The capacity panel: on a wide display a full-height column on the right, as long as the
  // partition map keeps kMinMapWidth; otherwise it shares the bottom row with the console, so the
  // partition map keeps the full width.
  constexpr float kMinMapWidth = 760.0f;
  float side_column_w = std::floor(std::clamp(display.x * 0.28f, 380.0f * scale, 600.0f * scale));
  bool column = side_panel && right_w - side_column_w >= kMinMapWidth * scale;
  bool bottom = side_panel && !column;
  float middle_w = column ? right_w - side_column_w : right_w;

  // Time controls: title bar + one row of controls sized by the large font.
  float title_h = ImGui::GetFontSize() + style.FramePadding.y * 2;
  float row_h = std::max(ImGui::GetFrameHeight() * 1.35f, 22.0f * scale + style.FramePadding.y * 2);
  float time_h = std::floor(title_h + row_h + style.WindowPadding.y * 2);

  float rest = std::max(height - time_h, 1.0f);
  // The bottom panel (console, items, event log) gets a little less than half; a little more when
  // it shares its row with the capacity panel, whose charts need the height.
  float map_h = std::floor(rest * (bottom ? 0.5f : 0.56f));
  float log_h = rest - map_h;
  float log_w = bottom ? std::floor(right_w * 0.44f) : middle_w;

  l.tables_pos = ImVec2(0, top);
  l.tables_size = ImVec2(left_w, height);
  l.time_pos = ImVec2(right_x, top);
  l.time_size = ImVec2(middle_w, time_h);
  l.map_pos = ImVec2(right_x, top + time_h);
  l.map_size = ImVec2(middle_w, map_h);
  l.log_pos = ImVec2(right_x, top + time_h + map_h);
  l.log_size = ImVec2(log_w, log_h);
}

PanelRect SidePanelRect(const Layout& l) {
  // Whatever UpdateLayout left free: a column right of the map, or the end of the bottom row.
  float map_right = l.map_pos.x + l.map_size.x;
  if (map_right < l.display_size.x - 1.0f)
    return {ImVec2(map_right, l.tables_pos.y), ImVec2(l.display_size.x - map_right, l.tables_size.y)};
  float log_right = l.log_pos.x + l.log_size.x;
  return {ImVec2(log_right, l.log_pos.y), ImVec2(std::max(l.display_size.x - log_right, 0.0f), l.log_size.y)};
}

void PlaceNextWindow(ImVec2 pos, ImVec2 size) {
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always);
  ImGui::SetNextWindowSize(size, ImGuiCond_Always);
}

int DockedWindowFlags() {
  return ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
}

}  // namespace ddb::viz
