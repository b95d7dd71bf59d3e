#include "app/centre_tabs.h"

#include "app/panel_tabs.h"

namespace ddb::viz {
namespace {

bool TabShown(const OpenWindows& open, CentreTab tab) {
  switch (tab) {
    case CentreTab::kPartitionMap: return open.partition_map;
    case CentreTab::kIndexFlow: return open.index_flow;
  }
  return false;
}

}  // namespace

void DrawCentreTabs(ViewState& state) {
  const PanelTab tabs[] = {
      {"Partition map", static_cast<int>(CentreTab::kPartitionMap), state.windows.partition_map},
      {"Index flow", static_cast<int>(CentreTab::kIndexFlow), state.windows.index_flow},
  };
  int active = static_cast<int>(state.centre_tab);
  DrawPanelTabs(state, tabs, static_cast<int>(sizeof(tabs) / sizeof(tabs[0])), &active);
  state.centre_tab = static_cast<CentreTab>(active);
}

void FixCentreTab(ViewState& state) {
  if (TabShown(state.windows, state.centre_tab)) return;
  for (CentreTab t : {CentreTab::kPartitionMap, CentreTab::kIndexFlow}) {
    if (TabShown(state.windows, t)) {
      state.centre_tab = t;
      return;
    }
  }
}

}  // namespace ddb::viz
