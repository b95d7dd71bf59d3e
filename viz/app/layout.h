// The fixed, docked-looking layout: a tables column on the left; time controls, the partition
// map and the bottom panel (console, item browser and event log as tabs) stacked in the middle;
// and, when open, the capacity panel (workload, heat timeline, capacity charts as tabs): a
// full-height column on the right of a wide display, else the right part of the bottom row, so
// the partition map never gets narrow. Computed from the display size and scale every frame (cheap), so a resize
// or a HiDPI change re-lays out at once.
#pragma once

#include "app/view_state.h"

namespace ddb::viz {

// Fills state.layout for a display of `display_size` pixels below a menu bar `menu_height` tall,
// leaving room on the right for the capacity panel when `side_panel` is true.
void UpdateLayout(ViewState& state, ImVec2 display_size, float scale, float menu_height,
                  bool side_panel = false);

// The rectangle UpdateLayout left free for the capacity panel (zero width when it is closed).
struct PanelRect {
  ImVec2 pos, size;
};
PanelRect SidePanelRect(const Layout& layout);

// Pins the next window to the given rectangle.
void PlaceNextWindow(ImVec2 pos, ImVec2 size);

// Flags of a docked panel: fixed, no collapse, never saved.
int DockedWindowFlags();

}  // namespace ddb::viz
