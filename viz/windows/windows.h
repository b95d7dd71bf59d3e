// One free function per window (STYLE.md §17): each draws its window from the engine's public
// snapshots and the ViewState, and changes the engine only through Engine::Handle (via
// app/requests.h) or AdvanceClock. `p_open` is the window's bool in ViewState::windows.
#pragma once

#include "app/capacity_views_state.h"
#include "app/view_state.h"
#include "ddb/engine.h"

namespace ddb::viz {

void DrawMainMenuBar(Engine& engine, ViewState& state, CapacityViews& views);
void DrawTablesWindow(Engine& engine, ViewState& state, bool* p_open);
void DrawTimeControlsWindow(Engine& engine, ViewState& state, bool* p_open);
// The partition map reads the capacity effects (throttle flashes, splits) and caches item points.
void DrawPartitionMapWindow(Engine& engine, ViewState& state, CapacityViews& views, bool* p_open);
// Shares the partition map's rectangle as a centre tab: base partitions, GSI partitions and the
// updates travelling between them.
void DrawIndexFlowWindow(Engine& engine, ViewState& state, CapacityViews& views, bool* p_open);
// A tab of the centre area: the selected table's stream as conveyor belts (one per shard).
void DrawStreamBeltWindow(Engine& engine, ViewState& state, bool* p_open);
void DrawEventLogWindow(Engine& engine, ViewState& state, bool* p_open);
// The bottom panel's tabs: each window draws the shared tab strip in place of a title bar.
void DrawConsoleWindow(Engine& engine, ViewState& state, bool* p_open);
void DrawItemBrowserWindow(Engine& engine, ViewState& state, bool* p_open);
// The right-hand capacity panel's tabs: each draws the shared tab strip in place of a title bar.
void DrawWorkloadWindow(Engine& engine, ViewState& state, CapacityViews& views, bool* p_open);
void DrawHeatTimelineWindow(Engine& engine, ViewState& state, CapacityViews& views, bool* p_open);
void DrawCapacityChartWindow(Engine& engine, ViewState& state, CapacityViews& views, bool* p_open);
// A floating window: design a table, preview its CreateTable request, send it.
void DrawTableDesignerWindow(Engine& engine, ViewState& state, bool* p_open);
void DrawAboutWindow(Engine& engine, ViewState& state, bool* p_open);

}  // namespace ddb::viz
