// The fixed, docked-looking layout: a tables column on the left; time controls, the partition
// map and the bottom panel (console, item browser and event log as tabs) stacked on the right. Computed from the display size and scale every
// frame (cheap), so a resize or a HiDPI change re-lays out at once.
#pragma once

#include "app/view_state.h"

namespace ddb::viz {

// Fills state.layout for a display of `display_size` pixels below a menu bar `menu_height` tall.
void UpdateLayout(ViewState& state, ImVec2 display_size, float scale, float menu_height);

// Pins the next window to the given rectangle.
void PlaceNextWindow(ImVec2 pos, ImVec2 size);

// Flags of a docked panel: fixed, no collapse, never saved.
int DockedWindowFlags();

}  // namespace ddb::viz
