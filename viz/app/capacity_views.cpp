#include "app/capacity_views.h"

#include "app/layout.h"
#include "app/panel_tabs.h"
#include "app/widgets.h"

#include <imgui.h>

namespace ddb::viz {

void UpdateCapacityViews(const Engine& engine, const ViewState& state, CapacityViews* views) {
  IngestEffects(engine.events(), state.ui_time_s, /*animate=*/true, &views->effects);
  if (state.selected_table.empty()) return;
  TableSnapshot table;
  if (!engine.SnapshotTable(state.selected_table, &table)) return;
  RecordLineage(table.partitions, &views->effects.lineage[state.selected_table]);
  for (const IndexSnapshot& index : table.indexes) {  // a GSI's own partitions split too
    if (index.kind == "GSI")
      RecordLineage(index.partitions, &views->effects.lineage[LineageKey(state.selected_table, index.name)]);
  }
}

bool SidePanelVisible(const CapacityViews& v) {
  return v.side_panel && (v.windows.workload || v.windows.heat_timeline || v.windows.capacity_charts);
}

namespace {

bool TabShown(const CapacityViews& v, SideTab tab) {
  switch (tab) {
    case SideTab::kWorkload: return v.windows.workload;
    case SideTab::kHeatTimeline: return v.windows.heat_timeline;
    case SideTab::kCapacity: return v.windows.capacity_charts;
  }
  return false;
}

}  // namespace

void FixSideTab(CapacityViews* v) {
  if (TabShown(*v, v->tab)) return;
  for (SideTab t : {SideTab::kWorkload, SideTab::kHeatTimeline, SideTab::kCapacity}) {
    if (TabShown(*v, t)) {
      v->tab = t;
      return;
    }
  }
}

void DrawSideTabs(ViewState& state, CapacityViews* v) {
  const PanelTab tabs[] = {
      {"Workload", static_cast<int>(SideTab::kWorkload), v->windows.workload},
      {"Heat timeline", static_cast<int>(SideTab::kHeatTimeline), v->windows.heat_timeline},
      {"Capacity", static_cast<int>(SideTab::kCapacity), v->windows.capacity_charts},
  };
  int active = static_cast<int>(v->tab);
  DrawPanelTabs(state, tabs, 3, &active);
  v->tab = static_cast<SideTab>(active);
}

bool BeginSidePanelWindow(const char* title, Engine& engine, ViewState& state, CapacityViews& views, bool* p_open,
                          int extra_flags, const char* no_table_hint, TableSnapshot* table) {
  PanelRect rect = SidePanelRect(state.layout);
  PlaceNextWindow(rect.pos, rect.size);
  if (!ImGui::Begin(title, p_open, DockedWindowFlags() | ImGuiWindowFlags_NoTitleBar | extra_flags)) return false;
  DrawSideTabs(state, &views);
  if (state.selected_table.empty() || !engine.SnapshotTable(state.selected_table, table)) {
    ImGui::Spacing();
    DimTextWrapped(no_table_hint);
    return false;
  }
  return true;
}

}  // namespace ddb::viz
