// The main menu bar: product name and version, the Simulation / Tables / View / Help menus, and
// on the right a compact status (virtual time, playback, frame rate).
#include "app/actions.h"
#include "app/app.h"
#include "app/format.h"
#include "app/theme.h"
#include "windows/windows.h"

#include <cstdio>

namespace ddb::viz {

void DrawMainMenuBar(Engine& engine, ViewState& state, CapacityViews& views) {
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                      ImVec2(ImGui::GetStyle().FramePadding.x, ImGui::GetStyle().FramePadding.y * 1.4f));
  if (!ImGui::BeginMainMenuBar()) {
    ImGui::PopStyleVar();
    return;
  }
  ImGui::PopStyleVar();

  // Brand: a small key-space glyph, the name, the version.
  ImVec2 p = ImGui::GetCursorScreenPos();
  float h = ImGui::GetFrameHeight(), s = ImGui::GetFontSize();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float bx = p.x + 2, by = p.y + (h - s * 0.8f) * 0.5f, bw = s * 0.34f;
  dl->AddRectFilled(ImVec2(bx, by), ImVec2(bx + bw, by + s * 0.8f), PartitionColor(0), 2);
  dl->AddRectFilled(ImVec2(bx + bw + 2, by), ImVec2(bx + bw * 2 + 2, by + s * 0.8f),
                    PartitionColor(1), 2);
  dl->AddRectFilled(ImVec2(bx + bw * 2 + 4, by), ImVec2(bx + bw * 3 + 4, by + s * 0.8f),
                    PartitionColor(2), 2);
  ImGui::Dummy(ImVec2(bw * 3 + 8, 0));
  ImGui::SameLine(0, 4);
  if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
  ImGui::TextUnformatted(kProductName);
  if (state.fonts.bold) ImGui::PopFont();
  ImGui::SameLine(0, 6);
  ImGui::TextDisabled("v%s", DDBVIZ_VERSION);
  ImGui::SameLine(0, s * 1.2f);

  if (ImGui::BeginMenu("Simulation")) {
    if (ImGui::MenuItem(state.playing ? "Pause" : "Play", "Space")) TogglePlaying(state);
    if (ImGui::MenuItem("Step 100 ms")) StepClock(engine, state, 100);
    if (ImGui::MenuItem("Step 1 s")) StepClock(engine, state, 1000);
    ImGui::Separator();
    const float kSpeeds[] = {0.25f, 1.0f, 10.0f, 100.0f};
    for (float speed : kSpeeds) {
      char label[32];
      std::snprintf(label, sizeof(label), "Speed %gx", speed);
      if (ImGui::MenuItem(label, nullptr, state.speed == speed)) state.speed = speed;
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Tables")) {
    if (ImGui::MenuItem("Table designer...", nullptr, state.windows.table_designer))
      state.windows.table_designer = true;
    if (ImGui::MenuItem("Create sample table (Music)")) CreateSampleTable(engine, state);
    if (ImGui::MenuItem("Write 10 random items", nullptr, false, !state.selected_table.empty()))
      WriteRandomItems(engine, state, 10);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    ImGui::MenuItem("Tables & items", nullptr, &state.windows.tables);
    ImGui::MenuItem("Time controls", nullptr, &state.windows.time_controls);
    if (ImGui::MenuItem("Partition map", nullptr, &state.windows.partition_map) && state.windows.partition_map)
      state.center_tab = CenterTab::kPartitionMap;
    if (ImGui::MenuItem("Index flow (GSI propagation)", nullptr, &state.windows.index_flow) && state.windows.index_flow)
      state.center_tab = CenterTab::kIndexFlow;
    if (ImGui::MenuItem("Stream belt", nullptr, &state.windows.stream_belt) && state.windows.stream_belt)
      state.center_tab = CenterTab::kStreamBelt;
    if (ImGui::MenuItem("Request console", nullptr, &state.windows.console) && state.windows.console)
      state.bottom_tab = BottomTab::kConsole;
    if (ImGui::MenuItem("Item browser", nullptr, &state.windows.item_browser) &&
        state.windows.item_browser)
      state.bottom_tab = BottomTab::kItems;
    if (ImGui::MenuItem("Event log", nullptr, &state.windows.event_log) && state.windows.event_log)
      state.bottom_tab = BottomTab::kEventLog;
    ImGui::Separator();
    // The right-hand capacity panel; choosing one of its windows opens the panel on that tab.
    ImGui::MenuItem("Capacity panel", nullptr, &views.side_panel);
    struct SideItem {
      const char* label;
      bool* open;
      SideTab tab;
    };
    const SideItem side_items[] = {{"Workload", &views.windows.workload, SideTab::kWorkload},
                                   {"Heat timeline", &views.windows.heat_timeline, SideTab::kHeatTimeline},
                                   {"Capacity charts", &views.windows.capacity_charts, SideTab::kCapacity}};
    for (const SideItem& item : side_items) {
      bool shown = views.side_panel && *item.open && views.tab == item.tab;
      if (ImGui::MenuItem(item.label, nullptr, shown)) {
        *item.open = true;
        views.side_panel = true;
        views.tab = item.tab;
      }
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    if (ImGui::MenuItem("About ddbviz")) state.windows.about = true;
    ImGui::EndMenu();
  }

  // Right side: live status.
  char status[160];
  std::snprintf(status, sizeof(status), "%s   %s %gx   %.0f fps",
                FormatVirtualTime(engine.now_ms()).c_str(), state.playing ? "playing" : "paused",
                state.speed, ImGui::GetIO().Framerate);
  float width = ImGui::CalcTextSize(status).x;
  float right = ImGui::GetWindowContentRegionMax().x - ImGui::GetStyle().ItemSpacing.x;
  if (right - width > ImGui::GetCursorPosX()) {
    ImGui::SetCursorPosX(right - width);
    ImGui::TextDisabled("%s", status);
  }
  ImGui::EndMainMenuBar();
}

}  // namespace ddb::viz
