// The per-frame glue of the capacity views: reading new engine events into effects, remembering
// the selected table's partition lineage, and which tab of the right-hand panel shows. The
// windows themselves live in viz/windows/ (workload, heat timeline, capacity charts).
#pragma once

#include "app/capacity_views_state.h"
#include "app/view_state.h"
#include "ddb/engine.h"

namespace ddb::viz {

// Once per frame, after the clock moved: ingests new events (flashes, splits, chart markers) and
// records the selected table's partitions in the lineage.
void UpdateCapacityViews(const Engine& engine, const ViewState& state, CapacityViews* views);

// True when the side panel is open with at least one tab to show.
bool SidePanelVisible(const CapacityViews& views);
// If the selected tab's window is closed, selects the first open one.
void FixSideTab(CapacityViews* views);
// Draws the side panel's tab strip in place of a title bar (first thing inside the window).
void DrawSideTabs(ViewState& state, CapacityViews* views);

// The prologue every side-panel window shares: places the window in the side panel, begins it
// with `extra_flags`, draws the tab strip and snapshots the selected table into *table. Returns
// false when there is nothing more to draw (window collapsed, or no table: `no_table_hint` is
// shown); the caller then draws nothing else. Either way the caller ends with ImGui::End().
bool BeginSidePanelWindow(const char* title, Engine& engine, ViewState& state, CapacityViews& views, bool* p_open,
                          int extra_flags, const char* no_table_hint, TableSnapshot* table);

}  // namespace ddb::viz
