#include "app/actions.h"
#include "app/app.h"

#include "app/animations.h"
#include "app/capacity_views.h"
#include "app/center_tabs.h"
#include "app/layout.h"
#include "app/requests.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "windows/windows.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace ddb::viz {

App::App(EngineOptions options) : engine_(std::move(options)) {}

bool App::SetScale(float scale) {
  scale = std::clamp(scale, 0.5f, 4.0f);
  if (scale == scale_) return false;
  scale_ = scale;
  ApplyTheme(scale);
  state_.fonts = LoadFonts(scale);
  ImGui::GetIO().FontDefault = state_.fonts.regular;
  return true;
}

void App::Update(double dt_seconds) {
  dt_seconds = std::clamp(dt_seconds, 0.0, 0.25);
  state_.ui_time_s += dt_seconds;
  if (state_.playing) {
    double ms = dt_seconds * 1000.0 * state_.speed + state_.clock_carry_ms;
    double whole = std::floor(ms);
    state_.clock_carry_ms = ms - whole;
    if (whole >= 1.0) engine_.AdvanceClock(static_cast<int64_t>(whole));
  }
  IngestEvents(engine_, state_);
  UpdateCapacityViews(engine_, state_, &capacity_);
  IngestIndexFlowEvents(engine_.events(), state_.ui_time_s, &state_.index_flow.effects);
}

void App::DrawFrame() {
  ++state_.frame;
  state_.widget_rects.clear();
  using Clock = std::chrono::steady_clock;
  draw_timings_ = DrawTimings{};

  // Keep the selection on an existing table (tables come and go through the API too).
  std::vector<std::string> names = engine_.TableNames();
  if (std::find(names.begin(), names.end(), state_.selected_table) == names.end())
    state_.selected_table = names.empty() ? std::string() : names.front();
  // Forget cached key schemas of tables that are gone (a new table may reuse the name).
  std::erase_if(state_.key_schemas, [&](const auto& entry) {
    return std::find(names.begin(), names.end(), entry.first) == names.end();
  });

  DrawMainMenuBar(engine_, state_, capacity_);
  FixSideTab(&capacity_);
  bool side_panel = SidePanelVisible(capacity_);
  UpdateLayout(state_, ImGui::GetIO().DisplaySize, scale_, ImGui::GetFrameHeight(), side_panel);

  OpenWindows& open = state_.windows;
  if (open.tables) DrawTablesWindow(engine_, state_, &open.tables);
  if (open.time_controls) DrawTimeControlsWindow(engine_, state_, &open.time_controls);
  // The centre area shows one of its tabs.
  FixCenterTab(state_);
  if (state_.center_tab == CenterTab::kPartitionMap && open.partition_map) {
    const Clock::time_point start = Clock::now();
    DrawPartitionMapWindow(engine_, state_, capacity_, &open.partition_map);
    draw_timings_.partition_map = Clock::now() - start;
  }
  if (state_.center_tab == CenterTab::kIndexFlow && open.index_flow) {
    const Clock::time_point start = Clock::now();
    DrawIndexFlowWindow(engine_, state_, capacity_, &open.index_flow);
    draw_timings_.index_flow = Clock::now() - start;
  }
  if (state_.center_tab == CenterTab::kStreamBelt && open.stream_belt) {
    const Clock::time_point start = Clock::now();
    DrawStreamBeltWindow(engine_, state_, &open.stream_belt);
    draw_timings_.stream_belt = Clock::now() - start;
  }
  // The capacity panel (a right-hand column, or the right of the bottom row) shows one of its tabs.
  if (side_panel) {
    SidePanelWindows& side = capacity_.windows;
    switch (capacity_.tab) {
      case SideTab::kWorkload: DrawWorkloadWindow(engine_, state_, capacity_, &side.workload); break;
      case SideTab::kHeatTimeline: {
        const Clock::time_point start = Clock::now();
        DrawHeatTimelineWindow(engine_, state_, capacity_, &side.heat_timeline);
        draw_timings_.heat_timeline = Clock::now() - start;
        break;
      }
      case SideTab::kCapacity:
        DrawCapacityChartWindow(engine_, state_, capacity_, &side.capacity_charts);
        break;
    }
  }
  // The bottom panel shows one of its tabs.
  FixBottomTab(state_);
  if (state_.bottom_tab == BottomTab::kConsole && open.console)
    DrawConsoleWindow(engine_, state_, &open.console);
  if (state_.bottom_tab == BottomTab::kItems && open.item_browser)
    DrawItemBrowserWindow(engine_, state_, &open.item_browser);
  if (state_.bottom_tab == BottomTab::kEventLog && open.event_log)
    DrawEventLogWindow(engine_, state_, &open.event_log);
  if (open.table_designer) DrawTableDesignerWindow(engine_, state_, &open.table_designer);
  if (open.about) DrawAboutWindow(engine_, state_, &open.about);

  // Space toggles playback unless a text field has the keyboard.
  if (!ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space), false))
    TogglePlaying(state_);
}

void App::LoadSampleData(int items, int animated) {
  CreateSampleTable(engine_, state_);
  // CreateTable is asynchronous: let virtual time run until the table is ACTIVE (bounded).
  TableSnapshot snapshot;
  for (int i = 0; i < 600; ++i) {
    if (engine_.SnapshotTable(kSampleTableName, &snapshot) && snapshot.status == "ACTIVE") break;
    engine_.AdvanceClock(100);
  }
  animated = std::clamp(animated, 0, std::max(items, 0));
  if (items - animated > 0) LoadRandomItems(engine_, state_, items - animated);
  // Preloaded data is already in place: do not animate it (chart markers are still kept).
  state_.last_event_seq = engine_.events().last_seq();
  IngestEffects(engine_.events(), state_.ui_time_s, /*animate=*/false, &capacity_.effects);
  if (animated > 0) LoadRandomItems(engine_, state_, animated);
}

}  // namespace ddb::viz
