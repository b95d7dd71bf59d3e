// About ddbviz: what the product is, its version and the simulation's seed and profile.
#include "app/app.h"
#include "app/theme.h"
#include "windows/windows.h"

namespace ddb::viz {

void DrawAboutWindow(Engine& engine, ViewState& state, bool* p_open) {
  ImVec2 center(state.layout.display_size.x * 0.5f, state.layout.display_size.y * 0.45f);
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30.0f, 0), ImGuiCond_Appearing);
  if (!ImGui::Begin("About ddbviz", p_open,
                    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse |
                        ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::End();
    return;
  }
  if (state.fonts.large) ImGui::PushFont(state.fonts.large);
  ImGui::Text("%s %s", kProductName, DDBVIZ_VERSION);
  if (state.fonts.large) ImGui::PopFont();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
  ImGui::TextUnformatted(
      "DynamoDB internals you can watch: a deterministic simulation of tables, partitions and "
      "capacity, driven by the same JSON requests a DynamoDB client sends.");
  ImGui::PopTextWrapPos();
  ImGui::Separator();
  ImGui::TextDisabled("Seed");
  ImGui::SameLine(ImGui::GetFontSize() * 6);
  ImGui::Text("%llu", static_cast<unsigned long long>(engine.options().seed));
  ImGui::TextDisabled("Profile");
  ImGui::SameLine(ImGui::GetFontSize() * 6);
  ImGui::TextUnformatted(engine.options().profile.c_str());
  ImGui::TextDisabled("Dear ImGui");
  ImGui::SameLine(ImGui::GetFontSize() * 6);
  ImGui::TextUnformatted(ImGui::GetVersion());
  ImGui::End();
}

}  // namespace ddb::viz
