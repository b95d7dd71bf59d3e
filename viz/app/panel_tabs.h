// A strip of tabs drawn where a docked window's title bar would be, in the ddbviz look: one tab
// per open window of a panel, the active one highlighted with an accent line. Used by the
// right-hand capacity panel and, through DrawBottomTabs (widgets.h), by the bottom panel.
#pragma once

#include "app/view_state.h"

namespace ddb::viz {

struct PanelTab {
  const char* label;
  int id;      // returned through *active when clicked
  bool shown;  // false: the tab is skipped (its window is closed)
};

// REQUIRES: first thing inside the window. Sets *active to the clicked tab's id (shown from the
// next frame) and records each tab's rectangle as "tab:<label>" for the web test hook.
void DrawPanelTabs(ViewState& state, const PanelTab* tabs, int count, int* active);

}  // namespace ddb::viz
