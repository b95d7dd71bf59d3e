#include "app/theme.h"

#include <cstddef>

namespace ddb::viz {

// Generated from DejaVu Sans by viz/cmake/embed_file.cmake (subset by pyftsubset when available).
extern const unsigned char kFontRegular[];
extern const size_t kFontRegularSize;
extern const unsigned char kFontBold[];
extern const size_t kFontBoldSize;

namespace {

constexpr float kBaseFontSize = 15.0f;
constexpr float kLargeFontSize = 22.0f;

// The glyphs the UI uses; the build subsets the font to the same set (viz/CMakeLists.txt).
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF,  // Basic Latin + Latin-1
    0x2010, 0x2027,  // dashes, quotes, bullet, ellipsis
    0x2190, 0x2193,  // arrows
    0x25A0, 0x25CF,  // squares, triangles, circles
    0x2713, 0x2713,  // check mark
    0x2715, 0x2715,  // multiplication x
    0,
};

// Partition hues: distinguishable on the dark background, none of them the error red.
constexpr ImU32 kPartitionColors[] = {
    palette::Rgb(0x4C8DFF), palette::Rgb(0xA27CF6), palette::Rgb(0x3FCF8E),
    palette::Rgb(0xF5B94A), palette::Rgb(0x39C6D8), palette::Rgb(0xE58BFF),
    palette::Rgb(0x9BD45A), palette::Rgb(0xFF9F6B),
};

ImFont* AddEmbeddedFont(const unsigned char* data, size_t size, float pixels) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // static data: the atlas must not free it
  config.OversampleH = 2;
  config.OversampleV = 1;
  config.PixelSnapH = false;
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data),
                                                    static_cast<int>(size), pixels, &config,
                                                    kGlyphRanges);
}

}  // namespace

ImVec4 ToVec4(ImU32 color) { return ImGui::ColorConvertU32ToFloat4(color); }

ImU32 WithAlpha(ImU32 color, float alpha) {
  ImVec4 v = ToVec4(color);
  v.w *= alpha < 0 ? 0 : (alpha > 1 ? 1 : alpha);
  return ImGui::ColorConvertFloat4ToU32(v);
}

ImU32 Mix(ImU32 a, ImU32 b, float t) {
  ImVec4 va = ToVec4(a), vb = ToVec4(b);
  return ImGui::ColorConvertFloat4ToU32(ImVec4(va.x + (vb.x - va.x) * t, va.y + (vb.y - va.y) * t,
                                               va.z + (vb.z - va.z) * t, va.w + (vb.w - va.w) * t));
}

ImU32 PartitionColor(int partition_id) {
  int n = static_cast<int>(sizeof(kPartitionColors) / sizeof(kPartitionColors[0]));
  return kPartitionColors[partition_id < 0 ? 0 : partition_id % n];
}

ImU32 StatusColor(const std::string& status) {
  if (status == "ACTIVE") return palette::kSuccess;
  if (status == "DELETING") return palette::kError;
  return palette::kWarning;
}

void ApplyTheme(float scale) {
  ImGuiStyle style;  // fresh defaults, so repeated calls do not compound the scaling
  style.WindowPadding = ImVec2(14, 12);
  style.FramePadding = ImVec2(9, 5);
  style.ItemSpacing = ImVec2(9, 7);
  style.ItemInnerSpacing = ImVec2(7, 5);
  style.CellPadding = ImVec2(7, 4);
  style.IndentSpacing = 16;
  style.ScrollbarSize = 12;
  style.GrabMinSize = 10;
  style.WindowBorderSize = 1;
  style.ChildBorderSize = 1;
  style.PopupBorderSize = 1;
  style.FrameBorderSize = 0;
  style.WindowRounding = 0;
  style.ChildRounding = 4;
  style.FrameRounding = 4;
  style.PopupRounding = 4;
  style.ScrollbarRounding = 6;
  style.GrabRounding = 4;
  style.TabRounding = 4;
  style.WindowTitleAlign = ImVec2(0.0f, 0.5f);
  style.WindowMenuButtonPosition = ImGuiDir_None;
  style.ScaleAllSizes(scale);

  ImVec4* c = style.Colors;
  using namespace palette;
  c[ImGuiCol_Text] = ToVec4(kText);
  c[ImGuiCol_TextDisabled] = ToVec4(kTextDim);
  c[ImGuiCol_WindowBg] = ToVec4(kPanel);
  c[ImGuiCol_ChildBg] = ToVec4(Rgb(0x11151D));
  c[ImGuiCol_PopupBg] = ToVec4(Rgb(0x1A1F2B, 250));
  c[ImGuiCol_Border] = ToVec4(kBorder);
  c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = ToVec4(kFrame);
  c[ImGuiCol_FrameBgHovered] = ToVec4(Rgb(0x2A3345));
  c[ImGuiCol_FrameBgActive] = ToVec4(Rgb(0x313B50));
  c[ImGuiCol_TitleBg] = ToVec4(kPanelRaised);
  c[ImGuiCol_TitleBgActive] = ToVec4(kPanelRaised);
  c[ImGuiCol_TitleBgCollapsed] = ToVec4(kPanelRaised);
  c[ImGuiCol_MenuBarBg] = ToVec4(Rgb(0x0B0E14));
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = ToVec4(Rgb(0x2E3648));
  c[ImGuiCol_ScrollbarGrabHovered] = ToVec4(Rgb(0x3A4459));
  c[ImGuiCol_ScrollbarGrabActive] = ToVec4(Rgb(0x48536B));
  c[ImGuiCol_CheckMark] = ToVec4(kAccentHover);
  c[ImGuiCol_SliderGrab] = ToVec4(kAccent);
  c[ImGuiCol_SliderGrabActive] = ToVec4(kAccentHover);
  c[ImGuiCol_Button] = ToVec4(Rgb(0x263044));
  c[ImGuiCol_ButtonHovered] = ToVec4(Rgb(0x2F3B54));
  c[ImGuiCol_ButtonActive] = ToVec4(Rgb(0x384663));
  c[ImGuiCol_Header] = ToVec4(Rgb(0x4C8DFF, 60));
  c[ImGuiCol_HeaderHovered] = ToVec4(Rgb(0x4C8DFF, 90));
  c[ImGuiCol_HeaderActive] = ToVec4(Rgb(0x4C8DFF, 120));
  c[ImGuiCol_Separator] = ToVec4(kBorder);
  c[ImGuiCol_SeparatorHovered] = ToVec4(kAccent);
  c[ImGuiCol_SeparatorActive] = ToVec4(kAccentHover);
  c[ImGuiCol_ResizeGrip] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ResizeGripHovered] = ToVec4(kAccent);
  c[ImGuiCol_ResizeGripActive] = ToVec4(kAccentHover);
  c[ImGuiCol_Tab] = ToVec4(kFrame);
  c[ImGuiCol_TabHovered] = ToVec4(Rgb(0x2F3B54));
  c[ImGuiCol_TabActive] = ToVec4(Rgb(0x2A3550));
  c[ImGuiCol_TabUnfocused] = ToVec4(kFrame);
  c[ImGuiCol_TabUnfocusedActive] = ToVec4(Rgb(0x2A3550));
  c[ImGuiCol_PlotLines] = ToVec4(kAccent);
  c[ImGuiCol_PlotLinesHovered] = ToVec4(kAccentHover);
  c[ImGuiCol_PlotHistogram] = ToVec4(kAccent);
  c[ImGuiCol_PlotHistogramHovered] = ToVec4(kAccentHover);
  c[ImGuiCol_TableHeaderBg] = ToVec4(Rgb(0x1C2231));
  c[ImGuiCol_TableBorderStrong] = ToVec4(kBorder);
  c[ImGuiCol_TableBorderLight] = ToVec4(Rgb(0x222938));
  c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_TableRowBgAlt] = ToVec4(Rgb(0xFFFFFF, 6));
  c[ImGuiCol_TextSelectedBg] = ToVec4(Rgb(0x4C8DFF, 90));
  c[ImGuiCol_DragDropTarget] = ToVec4(kWarning);
  c[ImGuiCol_NavHighlight] = ToVec4(kAccent);
  c[ImGuiCol_NavWindowingHighlight] = ToVec4(kAccent);
  c[ImGuiCol_NavWindowingDimBg] = ToVec4(Rgb(0x000000, 120));
  c[ImGuiCol_ModalWindowDimBg] = ToVec4(Rgb(0x000000, 140));
  ImGui::GetStyle() = style;
}

Fonts LoadFonts(float scale) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  Fonts fonts;
  fonts.regular = AddEmbeddedFont(kFontRegular, kFontRegularSize, kBaseFontSize * scale);
  fonts.bold = AddEmbeddedFont(kFontBold, kFontBoldSize, kBaseFontSize * scale);
  fonts.large = AddEmbeddedFont(kFontBold, kFontBoldSize, kLargeFontSize * scale);
  atlas->Build();
  return fonts;
}

}  // namespace ddb::viz
