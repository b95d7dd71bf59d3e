// Small reusable widgets in the ddbviz look: accent and danger buttons, icon buttons drawn with
// primitives (no icon font needed), status pills, section titles, and the recorder that keeps the
// screen rectangle of important widgets for the web test hook (window.ddbviz.widgetRect).
#pragma once

#include "app/view_state.h"
#include "imgui.h"

#include <string>

namespace ddb::viz {

enum class Icon { kPlay, kPause, kStep };

// Remembers the last item's rectangle under `name` (call right after drawing the widget).
void RecordWidgetRect(ViewState& state, const char* name);

// A filled accent-colored button for the main action of a panel.
bool PrimaryButton(const char* label, const ImVec2& size = ImVec2(0, 0));
// A red-tinted button for destructive actions.
bool DangerButton(const char* label, const ImVec2& size = ImVec2(0, 0));
// A square button showing a play / pause / step icon.
bool IconButton(const char* id, Icon icon, float size, bool accent);

// A rounded badge "● ACTIVE" in the status color; occupies layout space like a widget.
void StatusPill(const std::string& status);
// Bold title followed by a thin rule.
void SectionTitle(const ViewState& state, const char* title);
// A dimmed "(?)" that shows `text` when hovered.
void HelpMarker(const char* text);
// The tab strip at the top of a bottom-panel window (console, items, event log), drawn where a
// title bar would be: one tab per open window, the active one highlighted. Clicking a tab selects
// it in state.bottom_tab (shown from the next frame). REQUIRES: first thing inside the window.
void DrawBottomTabs(ViewState& state);
// If the selected bottom tab's window is closed, selects the first open one.
void FixBottomTab(ViewState& state);

// Text in the dim color, wrapped at the window edge.
void DimTextWrapped(const char* text);

}  // namespace ddb::viz
