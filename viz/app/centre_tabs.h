// The centre area's tabs: the partition map and the views that share its rectangle (Index flow),
// one shown at a time, picked from a tab strip drawn where the window's title bar would be.
#pragma once

#include "app/view_state.h"

namespace ddb::viz {

// REQUIRES: first thing inside a centre window (drawn without a title bar). Clicking a tab selects
// it in state.centre_tab (shown from the next frame).
void DrawCentreTabs(ViewState& state);
// If the selected centre tab's window is closed, selects the first open one.
void FixCentreTab(ViewState& state);

}  // namespace ddb::viz
