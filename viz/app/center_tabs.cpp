#include "app/center_tabs.h"

#include "app/panel_tabs.h"

namespace ddb::viz {
namespace {

constexpr CenterTab kTabs[] = {CenterTab::kPartitionMap, CenterTab::kIndexFlow, CenterTab::kStreamBelt};

bool TabShown(const OpenWindows& open, CenterTab tab) {
  switch (tab) {
    case CenterTab::kPartitionMap: return open.partition_map;
    case CenterTab::kIndexFlow: return open.index_flow;
    case CenterTab::kStreamBelt: return open.stream_belt;
  }
  return false;
}

}  // namespace

void DrawCenterTabs(ViewState& state) {
  const OpenWindows& w = state.windows;
  const PanelTab tabs[] = {
      {"Partition map", static_cast<int>(CenterTab::kPartitionMap), w.partition_map},
      {"Index flow", static_cast<int>(CenterTab::kIndexFlow), w.index_flow},
      {"Stream belt", static_cast<int>(CenterTab::kStreamBelt), w.stream_belt},
  };
  int active = static_cast<int>(state.center_tab);
  DrawPanelTabs(state, tabs, static_cast<int>(sizeof(tabs) / sizeof(tabs[0])), &active);
  state.center_tab = static_cast<CenterTab>(active);
}

void FixCenterTab(ViewState& state) {
  if (TabShown(state.windows, state.center_tab)) return;
  for (CenterTab t : kTabs) {
    if (TabShown(state.windows, t)) {
      state.center_tab = t;
      return;
    }
  }
}

}  // namespace ddb::viz
