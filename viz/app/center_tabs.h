// The center area's tabs: the partition map and the views that share its rectangle (Index flow,
// Stream belt), one shown at a time, picked from a tab strip drawn where the window's title bar
// would be.
#pragma once

#include "app/view_state.h"

namespace ddb::viz {

// REQUIRES: first thing inside a center window (drawn without a title bar). Clicking a tab selects
// it in state.center_tab (shown from the next frame).
void DrawCenterTabs(ViewState& state);
// If the selected center tab's window is closed, selects the first open one.
void FixCenterTab(ViewState& state);

}  // namespace ddb::viz
