// The look of ddbviz: one dark palette used by the ImGui style and by every custom drawing, and
// the embedded DejaVu Sans fonts built at the display's scale (HiDPI: fonts are rasterised at
// size x scale and all style sizes are multiplied by scale, so text stays crisp).
#pragma once

#include "app/view_state.h"
#include "imgui.h"

#include <cstdint>

namespace ddb::viz {

namespace palette {
inline constexpr ImU32 Rgb(uint32_t hex, uint32_t alpha = 255) {
  return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, alpha);
}
inline constexpr ImU32 kBackground = Rgb(0x0E1117);
inline constexpr ImU32 kPanel = Rgb(0x151922);
inline constexpr ImU32 kPanelRaised = Rgb(0x1B2130);
inline constexpr ImU32 kFrame = Rgb(0x222938);
inline constexpr ImU32 kBorder = Rgb(0x2A3243);
inline constexpr ImU32 kText = Rgb(0xE6E9F0);
inline constexpr ImU32 kTextDim = Rgb(0x8C95A8);
inline constexpr ImU32 kAccent = Rgb(0x4C8DFF);
inline constexpr ImU32 kAccentHover = Rgb(0x6AA2FF);
inline constexpr ImU32 kAccentActive = Rgb(0x3A76E0);
inline constexpr ImU32 kSuccess = Rgb(0x3FCF8E);
inline constexpr ImU32 kWarning = Rgb(0xF5B94A);
inline constexpr ImU32 kError = Rgb(0xFF5C6C);
inline constexpr ImU32 kRead = Rgb(0x39C6D8);
}  // namespace palette

ImVec4 ToVec4(ImU32 color);
// Same color with alpha multiplied by `alpha` (0..1).
ImU32 WithAlpha(ImU32 color, float alpha);
// Mixes two colors, t = 0 gives a, t = 1 gives b.
ImU32 Mix(ImU32 a, ImU32 b, float t);
// A distinct, stable color per partition id.
ImU32 PartitionColor(int partition_id);
// Color of a table status (ACTIVE green, CREATING/UPDATING amber, DELETING red).
ImU32 StatusColor(const std::string& status);

// Applies the dark theme, with every size multiplied by `scale`.
void ApplyTheme(float scale);
// Rebuilds the font atlas for `scale`. The renderer must re-upload the atlas texture afterwards.
Fonts LoadFonts(float scale);

}  // namespace ddb::viz
