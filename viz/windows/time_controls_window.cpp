// Time controls: play/pause, step, speed and the current virtual time. While playing, App::Update
// advances the engine's clock by real dt x speed; stepping advances it at once.
#include "app/actions.h"
#include "app/format.h"
#include "app/layout.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "windows/windows.h"

#include <algorithm>
#include <cstdio>

namespace ddb::viz {

void DrawTimeControlsWindow(Engine& engine, ViewState& state, bool* p_open) {
  PlaceNextWindow(state.layout.time_pos, state.layout.time_size);
  if (!ImGui::Begin("Time", p_open, DockedWindowFlags() | ImGuiWindowFlags_NoScrollbar)) {
    ImGui::End();
    return;
  }
  const ImGuiStyle& style = ImGui::GetStyle();
  float button = ImGui::GetFrameHeight() * 1.25f;
  float row_y = ImGui::GetCursorPosY();
  auto center_y = [&](float h) { ImGui::SetCursorPosY(row_y + (button - h) * 0.5f); };

  if (IconButton("##play", state.playing ? Icon::kPause : Icon::kPlay, button, true))
    TogglePlaying(state);
  RecordWidgetRect(state, "Play/Pause");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip(state.playing ? "Pause (Space)" : "Play (Space)");
  ImGui::SameLine();
  if (IconButton("##step", Icon::kStep, button, false)) StepClock(engine, state, 100);
  RecordWidgetRect(state, "Step");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Step: advance virtual time by 100 ms");

  // Virtual time, large.
  ImGui::SameLine(0, style.ItemSpacing.x * 2.5f);
  if (state.fonts.large) ImGui::PushFont(state.fonts.large);
  std::string now = FormatVirtualTime(engine.now_ms());
  center_y(ImGui::GetFontSize());
  ImGui::TextUnformatted(now.c_str());
  if (state.fonts.large) ImGui::PopFont();
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Virtual time: %lld ms since the engine started",
                      static_cast<long long>(engine.now_ms()));
  ImGui::SameLine(0, style.ItemSpacing.x);
  center_y(ImGui::GetTextLineHeight());
  if (state.playing) {
    ImGui::TextColored(ToVec4(palette::kSuccess), "\xE2\x97\x8F running");
  } else {
    ImGui::TextColored(ToVec4(palette::kWarning), "\xE2\x96\xA0 paused");
  }

  // Speed: a logarithmic slider plus presets.
  ImGui::SameLine(0, style.ItemSpacing.x * 3.0f);
  center_y(ImGui::GetFrameHeight());
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("Speed");
  ImGui::SameLine();
  center_y(ImGui::GetFrameHeight());
  // The slider takes what the presets leave, up to a comfortable width.
  float presets_w = 0;
  for (const char* label : {"1x", "10x", "100x"})
    presets_w += ImGui::CalcTextSize(label).x + style.FramePadding.x * 2 + style.ItemInnerSpacing.x;
  float slider_w = ImGui::GetContentRegionAvail().x - presets_w - style.ItemSpacing.x;
  ImGui::SetNextItemWidth(std::clamp(slider_w, ImGui::GetFontSize() * 4.0f, ImGui::GetFontSize() * 10.0f));
  ImGui::SliderFloat("##speed", &state.speed, 0.25f, 100.0f, "%.2gx",
                     ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp);
  RecordWidgetRect(state, "Speed");
  const float kPresets[] = {1.0f, 10.0f, 100.0f};
  for (float preset : kPresets) {
    ImGui::SameLine(0, style.ItemInnerSpacing.x);
    center_y(ImGui::GetFrameHeight());
    char label[16];
    std::snprintf(label, sizeof(label), "%gx", preset);
    bool selected = state.speed == preset;
    if (selected) ImGui::PushStyleColor(ImGuiCol_Button, ToVec4(palette::Rgb(0x4C8DFF, 110)));
    if (ImGui::Button(label)) state.speed = preset;
    if (selected) ImGui::PopStyleColor();
  }
  ImGui::End();
}

}  // namespace ddb::viz
