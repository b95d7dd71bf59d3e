// The partition map: the selected table's 64-bit key space drawn as a horizontal bar, one box per
// partition sized by its hash range, every item a dot at the hash of its partition key. New
// writes (ItemWritten events) fall into their partition, deletes fade out, reads blink, and the
// capacity each request consumed floats up from the partition that served it; hovering shows
// exact numbers. Below, the same partitions as a table.
//
// Index of this file:
// [SECTION] Geometry
// [SECTION] Empty state
// [SECTION] Header
// [SECTION] Key space
// [SECTION] Partition table
// [SECTION] Window
#include "app/actions.h"
#include "app/animations.h"
#include "app/capacity.h"
#include "app/format.h"
#include "app/layout.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "windows/windows.h"

#include <algorithm>
#include <map>
#include <cmath>
#include <cfloat>
#include <cstdio>

namespace ddb::viz {
namespace {

//-------------------------------------------------------------------------------------------------
// [SECTION] Geometry
//-------------------------------------------------------------------------------------------------

constexpr double kKeySpace = 18446744073709551616.0;  // 2^64 positions

// Where things go on the canvas, computed once per frame.
struct MapGeometry {
  ImVec2 canvas_min, canvas_max;
  float space_min_x = 0, space_max_x = 0;  // the key space, inset so edge dots are not clipped
  float bar_top = 0, bar_bottom = 0;  // the partition boxes
  float label_h = 0;                  // top part of a box reserved for its labels
  float dot_radius = 0;
  float scale = 1;
};

float HashToX(const MapGeometry& g, uint64_t hash) {
  double f = static_cast<double>(hash) / kKeySpace;
  return g.space_min_x + static_cast<float>(f * (g.space_max_x - g.space_min_x));
}

float PartitionRightX(const MapGeometry& g, uint64_t hash_hi) {
  return hash_hi == UINT64_MAX ? g.space_max_x : HashToX(g, hash_hi + 1);
}

// A stable vertical spread for dots, from the hash's low bits (x already uses the high bits).
// Items sharing a partition key (an item collection) have the same hash: the k-th of them is
// stacked k steps above the first, wrapping inside the box.
float DotY(const MapGeometry& g, uint64_t hash, int stack_index = 0) {
  uint64_t mixed = (hash ^ (hash >> 29)) * 0xBF58476D1CE4E5B9ull;
  float jitter = static_cast<float>((mixed >> 40) & 0xFFFFFF) / 16777215.0f;
  float top = g.bar_top + g.label_h + g.dot_radius * 2;
  float bottom = g.bar_bottom - g.dot_radius * 2.5f;
  if (bottom < top) bottom = top;
  float band = bottom - top;
  float offset = jitter * band - static_cast<float>(stack_index) * g.dot_radius * 2.4f;
  if (band > 0) offset = std::fmod(std::fmod(offset, band) + band, band);
  return top + offset;
}

// How many items share each hash (drawn as stacks).
using StackCounts = std::map<uint64_t, int>;

//-------------------------------------------------------------------------------------------------
// [SECTION] Empty state
//-------------------------------------------------------------------------------------------------

void DrawEmptyState(Engine& engine, ViewState& state) {
  float s = state.layout.scale;
  ImVec2 avail = ImGui::GetContentRegionAvail();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  float content_w = std::min(avail.x * 0.8f, 520.0f * s);
  float block_h = 230.0f * s;
  float top = std::max(0.0f, (avail.y - block_h) * 0.45f);
  float left = (avail.x - content_w) * 0.5f;
  ImDrawList* dl = ImGui::GetWindowDrawList();

  // A faint illustration of a key space split into three partitions.
  float bar_y = origin.y + top, bar_h = 34.0f * s;
  float x = origin.x + left;
  const float kShares[] = {0.38f, 0.27f, 0.35f};
  for (int i = 0; i < 3; ++i) {
    float w = content_w * kShares[i];
    ImU32 c = PartitionColor(i);
    dl->AddRectFilled(ImVec2(x + 2 * s, bar_y), ImVec2(x + w - 2 * s, bar_y + bar_h),
                      Mix(palette::kPanel, c, 0.16f), 5 * s);
    dl->AddRect(ImVec2(x + 2 * s, bar_y), ImVec2(x + w - 2 * s, bar_y + bar_h), WithAlpha(c, 0.5f),
                5 * s);
    for (int d = 0; d < 5; ++d) {
      float fx = x + w * (0.15f + 0.17f * d), fy = bar_y + bar_h * (0.35f + 0.3f * ((d * 7 + i) % 3) / 2.0f);
      dl->AddCircleFilled(ImVec2(fx, fy), 2.6f * s, WithAlpha(c, 0.8f));
    }
    x += w;
  }

  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + top + bar_h + 22 * s);
  auto centered_text = [&](const char* text, ImFont* font, ImU32 color) {
    if (font) ImGui::PushFont(font);
    float w = ImGui::CalcTextSize(text).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail.x - w) * 0.5f);
    ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(color));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    if (font) ImGui::PopFont();
  };
  float base_x = ImGui::GetCursorPosX();
  centered_text("No tables yet", state.fonts.large, palette::kText);
  ImGui::SetCursorPosX(base_x);
  centered_text("DynamoDB spreads a table's items over partitions by the hash of their partition key.",
                nullptr, palette::kTextDim);
  ImGui::SetCursorPosX(base_x);
  centered_text("Create a table and watch every write land in its partition.", nullptr,
                palette::kTextDim);
  ImGui::Dummy(ImVec2(0, 10 * s));
  ImVec2 button(240.0f * s, ImGui::GetFrameHeight() * 1.45f);
  ImGui::SetCursorPosX(base_x + (avail.x - button.x) * 0.5f);
  if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
  if (PrimaryButton("Create sample table", button)) CreateSampleTable(engine, state);
  if (state.fonts.bold) ImGui::PopFont();
  RecordWidgetRect(state, "Create sample table");
  ImGui::Dummy(ImVec2(0, 2 * s));
  ImGui::SetCursorPosX(base_x);
  centered_text("Music \xC2\xB7 Artist (partition key) + SongTitle (sort key) \xC2\xB7 5 RCU / 5 WCU",
                nullptr, WithAlpha(palette::kTextDim, 0.8f));
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Header
//-------------------------------------------------------------------------------------------------

void DrawHeader(Engine& engine, ViewState& state, const TableSnapshot& t) {
  std::vector<std::string> names = engine.TableNames();
  ImGui::AlignTextToFramePadding();
  if (names.size() > 1) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11.0f);
    if (ImGui::BeginCombo("##table", state.selected_table.c_str())) {
      for (const std::string& name : names) {
        if (ImGui::Selectable(name.c_str(), name == state.selected_table))
          state.selected_table = name;
      }
      ImGui::EndCombo();
    }
  } else {
    if (state.fonts.large) ImGui::PushFont(state.fonts.large);
    ImGui::TextUnformatted(t.name.c_str());
    if (state.fonts.large) ImGui::PopFont();
  }
  ImGui::SameLine();
  StatusPill(t.status);
  ImGui::SameLine();
  char stats[256];
  std::string capacity =
      t.billing_mode == "PAY_PER_REQUEST"
          ? std::string("on-demand")
          : std::to_string(t.read_capacity) + " RCU / " + std::to_string(t.write_capacity) + " WCU";
  std::snprintf(stats, sizeof(stats), "%s  \xC2\xB7  %s item%s  \xC2\xB7  %s  \xC2\xB7  %zu partition%s",
                capacity.c_str(), FormatCount(t.item_count).c_str(), t.item_count == 1 ? "" : "s",
                FormatBytes(t.size_bytes).c_str(), t.partitions.size(),
                t.partitions.size() == 1 ? "" : "s");
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", stats);
  if (t.status == "CREATING") {
    ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(palette::kWarning));
    ImGui::TextWrapped(state.playing
                           ? "Creating: the table becomes ACTIVE after a few virtual seconds. "
                             "Writes are refused until then."
                           : "Creating: time is paused. Press Play (Space) or Step to let the "
                             "table become ACTIVE.");
    ImGui::PopStyleColor();
  }
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Key space
//-------------------------------------------------------------------------------------------------

void PartitionTooltip(const PartitionSnapshot& p) {
  ImGui::BeginTooltip();
  ImGui::TextColored(ToVec4(PartitionColor(p.id)), "Partition %d", p.id);
  if (p.parent >= 0) ImGui::TextDisabled("split from partition %d", p.parent);
  ImGui::Separator();
  ImGui::TextDisabled("Hash range");
  ImGui::Text("%s", FormatHashFull(p.hash_lo).c_str());
  ImGui::Text("%s", FormatHashFull(p.hash_hi).c_str());
  double share = (static_cast<double>(p.hash_hi) - static_cast<double>(p.hash_lo) + 1.0) / kKeySpace;
  ImGui::TextDisabled("%.2f%% of the key space", share * 100.0);
  ImGui::Separator();
  ImGui::Text("%s item%s", FormatCount(p.item_count).c_str(), p.item_count == 1 ? "" : "s");
  ImGui::Text("%s (%s bytes)", FormatBytes(p.size_bytes).c_str(), FormatCount(p.size_bytes).c_str());
  ImGui::EndTooltip();
}

void ItemTooltip(const ItemPoint& item) {
  ImGui::BeginTooltip();
  ImGui::TextColored(ToVec4(PartitionColor(item.partition)), "Item in partition %d", item.partition);
  ImGui::TextDisabled("hash(partition key)");
  ImGui::Text("%s", FormatHashFull(item.key_hash).c_str());
  ImGui::Text("%u bytes", item.size_bytes);
  ImGui::EndTooltip();
}

void DrawAnimations(const ViewState& state, const MapGeometry& g, const StackCounts& stacks,
                    ImDrawList* dl) {
  float s = g.scale, r = g.dot_radius;
  for (const ItemAnimation& a : state.animations) {
    if (a.table != state.selected_table) continue;
    float p = AnimationProgress(a, state.ui_time_s);
    // A write lands on top of its stack; a delete fades where the stack ended.
    auto stack = stacks.find(a.key_hash);
    int top = stack == stacks.end() ? 0 : stack->second - (a.kind == AnimationKind::kDelete ? 0 : 1);
    float x = HashToX(g, a.key_hash), target_y = DotY(g, a.key_hash, std::max(top, 0));
    ImU32 color = Mix(PartitionColor(a.partition), palette::Rgb(0xFFFFFF), 0.35f);
    switch (a.kind) {
      case AnimationKind::kWrite: {
        constexpr float kFall = 0.6f;  // share of the animation spent falling
        float start_y = g.canvas_min.y + r * 2;
        float t = std::min(p / kFall, 1.0f);
        float y = start_y + (target_y - start_y) * t * t;  // accelerating, like a drop
        if (p < kFall) {
          float trail = 22.0f * s * t;
          dl->AddRectFilledMultiColor(ImVec2(x - r * 0.45f, y - trail), ImVec2(x + r * 0.45f, y),
                                      WithAlpha(color, 0.0f), WithAlpha(color, 0.0f),
                                      WithAlpha(color, 0.55f), WithAlpha(color, 0.55f));
          dl->AddCircleFilled(ImVec2(x, y), r * 2.0f, WithAlpha(color, 0.22f));
          dl->AddCircleFilled(ImVec2(x, y), r * 1.15f, palette::Rgb(0xFFFFFF));
        } else {
          float q = (p - kFall) / (1.0f - kFall);
          dl->AddCircle(ImVec2(x, target_y), r + q * 14.0f * s, WithAlpha(color, 1.0f - q), 24,
                        1.5f * s);
          dl->AddCircleFilled(ImVec2(x, target_y), r * (1.0f + 0.6f * (1.0f - q)),
                              Mix(palette::Rgb(0xFFFFFF), color, q));
        }
        break;
      }
      case AnimationKind::kDelete: {
        float alpha = 1.0f - EaseOutCubic(p);
        float rr = r * (1.0f + p * 1.5f);
        dl->AddCircleFilled(ImVec2(x, target_y), rr, WithAlpha(palette::kError, alpha * 0.8f));
        float k = rr * 1.4f;
        dl->AddLine(ImVec2(x - k, target_y - k), ImVec2(x + k, target_y + k),
                    WithAlpha(palette::kError, alpha), 1.5f * s);
        dl->AddLine(ImVec2(x - k, target_y + k), ImVec2(x + k, target_y - k),
                    WithAlpha(palette::kError, alpha), 1.5f * s);
        break;
      }
      case AnimationKind::kRead:
        dl->AddCircle(ImVec2(x, target_y), r + p * 10.0f * s, WithAlpha(palette::kRead, 1.0f - p),
                      20, 1.5f * s);
        break;
    }
  }
}

// "+1 WCU" / "+0.5 RCU" pills rising from where each request was served and fading out, so the
// cost of every request is seen on the partition that paid it.
void DrawCapacityLabels(const ViewState& state, const TableSnapshot& t, const MapGeometry& g,
                        ImDrawList* dl) {
  float s = g.scale;
  ImFont* font = state.fonts.bold ? state.fonts.bold : ImGui::GetFont();
  float font_size = font->FontSize * 0.92f;
  for (const CapacityLabel& l : state.capacity_labels) {
    if (l.table != state.selected_table) continue;
    const PartitionSnapshot* part = nullptr;
    for (const PartitionSnapshot& p : t.partitions) {
      if (p.id == l.partition) part = &p;
    }
    if (!part) continue;
    float t01 = static_cast<float>(
        std::clamp((state.ui_time_s - l.start_s) / kCapacityLabelSeconds, 0.0, 1.0));
    float left = HashToX(g, part->hash_lo), right = PartitionRightX(g, part->hash_hi);
    float x = l.key_hash != 0 ? HashToX(g, l.key_hash) : (left + right) * 0.5f;
    float y0 = l.key_hash != 0 ? DotY(g, l.key_hash) : (g.bar_top + g.bar_bottom) * 0.5f;
    float y = y0 - 10.0f * s - EaseOutCubic(t01) * 34.0f * s;
    float alpha = t01 < 0.6f ? 1.0f : 1.0f - (t01 - 0.6f) / 0.4f;
    alpha *= std::min(1.0f, t01 * 8.0f);  // quick fade in

    std::string text;
    ImU32 color;
    if (l.write_units > 0) {
      text = "+" + FormatWriteUnits(l.write_units);
      color = palette::kSuccess;
    } else {
      text = "+" + FormatReadUnits(l.read_half_units);
      color = palette::kRead;
    }
    if (l.condition_failed) {
      text = "\xE2\x9C\x95 " + text;
      color = palette::Rgb(0xFF9F6B);
    }
    ImVec2 ts = font->CalcTextSizeA(font_size, FLT_MAX, 0.0f, text.c_str());
    float pad_x = 5.0f * s, pad_y = 2.0f * s;
    float bx = std::clamp(x - ts.x * 0.5f - pad_x, std::max(left, g.space_min_x) + 2.0f * s,
                          std::max(std::min(right, g.space_max_x) - ts.x - pad_x * 2 - 2.0f * s,
                                   std::max(left, g.space_min_x) + 2.0f * s));
    float by = std::max(y - ts.y * 0.5f - pad_y, g.bar_top + 2.0f * s);
    ImVec2 a(bx, by), b(bx + ts.x + pad_x * 2, by + ts.y + pad_y * 2);
    dl->AddRectFilled(a, b, WithAlpha(Mix(palette::kBackground, color, 0.22f), alpha * 0.92f),
                      4.0f * s);
    dl->AddRect(a, b, WithAlpha(color, alpha * 0.9f), 4.0f * s, 0, 1.0f * s);
    dl->AddText(font, font_size, ImVec2(a.x + pad_x, a.y + pad_y), WithAlpha(color, alpha),
                text.c_str());
  }
}

// A right-aligned legend ending at `right_top`: item, write, read, delete.
void DrawLegend(const MapGeometry& g, ImDrawList* dl, ImVec2 right_top) {
  float s = g.scale, r = g.dot_radius, line = ImGui::GetTextLineHeight();
  const char* labels[] = {"item", "write", "read", "delete"};
  float gap = 14.0f * s, mark = r * 2 + 5.0f * s, width = 0;
  for (const char* label : labels) width += mark + ImGui::CalcTextSize(label).x + gap;
  float x = right_top.x - width + gap, cy = right_top.y + line * 0.5f;
  for (int i = 0; i < 4; ++i) {
    ImVec2 c(x + r, cy);
    switch (i) {
      case 0: dl->AddCircleFilled(c, r, Mix(PartitionColor(0), palette::Rgb(0xFFFFFF), 0.35f)); break;
      case 1:
        dl->AddCircleFilled(c, r * 1.8f, WithAlpha(palette::Rgb(0xFFFFFF), 0.2f));
        dl->AddCircleFilled(c, r * 1.1f, palette::Rgb(0xFFFFFF));
        break;
      case 2: dl->AddCircle(c, r * 1.4f, palette::kRead, 16, 1.5f * s); break;
      case 3: {
        float k = r * 1.2f;
        dl->AddLine(ImVec2(c.x - k, c.y - k), ImVec2(c.x + k, c.y + k), palette::kError, 1.5f * s);
        dl->AddLine(ImVec2(c.x - k, c.y + k), ImVec2(c.x + k, c.y - k), palette::kError, 1.5f * s);
        break;
      }
    }
    x += mark;
    dl->AddText(ImVec2(x, right_top.y), WithAlpha(palette::kTextDim, 0.85f), labels[i]);
    x += ImGui::CalcTextSize(labels[i]).x + gap;
  }
}

void DrawKeySpace(ViewState& state, const TableSnapshot& t, const std::vector<ItemPoint>& items,
                  float height) {
  float s = state.layout.scale;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  float width = ImGui::GetContentRegionAvail().x;
  if (width < 40.0f * s || height < 60.0f * s) return;  // window too small to draw a map
  float drop_h = 38.0f * s, ruler_h = ImGui::GetTextLineHeight() + 12.0f * s;
  ImGui::InvisibleButton("##keyspace", ImVec2(width, height));
  bool hovered = ImGui::IsItemHovered();

  MapGeometry g;
  g.scale = s;
  g.canvas_min = origin;
  g.canvas_max = ImVec2(origin.x + width, origin.y + height);
  g.space_min_x = origin.x + 1.0f;
  g.space_max_x = origin.x + width - 1.0f;
  g.bar_top = origin.y + drop_h;
  g.bar_bottom = g.canvas_max.y - ruler_h;
  g.label_h = ImGui::GetTextLineHeightWithSpacing() * 3 + 8.0f * s;
  if (g.bar_bottom - g.bar_top < g.label_h * 1.6f) g.label_h = ImGui::GetTextLineHeightWithSpacing() + 6 * s;
  g.dot_radius = 3.2f * s;

  dl->PushClipRect(g.canvas_min, g.canvas_max, true);
  dl->AddText(ImVec2(origin.x, origin.y + 2 * s), WithAlpha(palette::kTextDim, 0.85f),
              "Key space: hash(partition key), 0x0000\xE2\x80\xA6 to 0xFFFF\xE2\x80\xA6");
  DrawLegend(g, dl, ImVec2(g.canvas_max.x, origin.y + 2 * s));

  // Flash partitions that just received a write.
  std::vector<float> flash(t.partitions.size(), 0.0f);
  std::vector<uint64_t> falling;  // items still in the air: their static dot waits
  for (const ItemAnimation& a : state.animations) {
    if (a.table != state.selected_table || a.kind != AnimationKind::kWrite) continue;
    float p = AnimationProgress(a, state.ui_time_s);
    if (p < 0.6f) falling.push_back(a.key_hash);
    for (size_t i = 0; i < t.partitions.size(); ++i) {
      if (t.partitions[i].id == a.partition && p >= 0.6f)
        flash[i] = std::max(flash[i], 1.0f - (p - 0.6f) / 0.4f);
    }
  }
  std::sort(falling.begin(), falling.end());

  ImVec2 mouse = ImGui::GetIO().MousePos;
  int hovered_partition = -1;
  float gap = 2.0f * s, rounding = 6.0f * s, pad = 8.0f * s;
  for (size_t i = 0; i < t.partitions.size(); ++i) {
    const PartitionSnapshot& p = t.partitions[i];
    ImU32 color = PartitionColor(p.id);
    ImVec2 a(std::floor(HashToX(g, p.hash_lo)) + gap * 0.5f, g.bar_top);
    ImVec2 b(std::floor(PartitionRightX(g, p.hash_hi)) - gap * 0.5f, g.bar_bottom);
    if (b.x - a.x < 1) b.x = a.x + 1;
    bool over = hovered && mouse.x >= a.x - gap && mouse.x < b.x + gap && mouse.y >= a.y &&
                mouse.y <= b.y;
    if (over) hovered_partition = static_cast<int>(i);
    float fill = 0.13f + 0.22f * flash[i] + (over ? 0.05f : 0.0f);
    dl->AddRectFilled(a, b, Mix(palette::kPanel, color, fill), rounding);
    dl->AddRectFilled(a, ImVec2(b.x, a.y + 3.0f * s), color, rounding, ImDrawFlags_RoundCornersTop);
    dl->AddRect(a, b, WithAlpha(color, over ? 0.95f : 0.45f), rounding, 0, over ? 1.5f * s : 1.0f * s);

    // Labels, clipped to the box.
    dl->PushClipRect(ImVec2(a.x + 1, a.y), ImVec2(b.x - 1, b.y), true);
    float line = ImGui::GetTextLineHeightWithSpacing();
    ImVec2 text(a.x + pad, a.y + pad);
    char buf[128];
    std::snprintf(buf, sizeof(buf), "Partition %d", p.id);
    ImFont* bold = state.fonts.bold ? state.fonts.bold : ImGui::GetFont();
    dl->AddText(bold, bold->FontSize, text, palette::kText, buf);
    if (g.label_h > line * 2) {
      std::snprintf(buf, sizeof(buf), "%s \xE2\x80\x93 %s", FormatHashShort(p.hash_lo).c_str(),
                    FormatHashShort(p.hash_hi).c_str());
      dl->AddText(ImVec2(text.x, text.y + line), palette::kTextDim, buf);
      std::snprintf(buf, sizeof(buf), "%s item%s \xC2\xB7 %s", FormatCount(p.item_count).c_str(),
                    p.item_count == 1 ? "" : "s", FormatBytes(p.size_bytes).c_str());
      dl->AddText(ImVec2(text.x, text.y + line * 2), WithAlpha(palette::kText, 0.9f), buf);
    }
    dl->PopClipRect();
  }

  // Items, as dots at their hash.
  const ItemPoint* hovered_item = nullptr;
  float hovered_y = 0, best = g.dot_radius * 2.5f;
  StackCounts stacks;
  float inset = g.dot_radius + 3.0f * s;
  for (const ItemPoint& item : items) {
    int index = stacks[item.key_hash]++;
    if (std::binary_search(falling.begin(), falling.end(), item.key_hash)) continue;
    float x = std::clamp(HashToX(g, item.key_hash), g.space_min_x + inset, g.space_max_x - inset);
    float y = DotY(g, item.key_hash, index);
    ImU32 color = Mix(PartitionColor(item.partition), palette::Rgb(0xFFFFFF), 0.35f);
    dl->AddCircleFilled(ImVec2(x, y), g.dot_radius, color, 12);
    if (hovered) {
      float d = std::hypot(mouse.x - x, mouse.y - y);
      if (d < best) {
        best = d;
        hovered_item = &item;
        hovered_y = y;
      }
    }
  }
  if (hovered_item) {
    float x = std::clamp(HashToX(g, hovered_item->key_hash), g.space_min_x + inset,
                         g.space_max_x - inset);
    dl->AddCircle(ImVec2(x, hovered_y), g.dot_radius * 2.2f, palette::Rgb(0xFFFFFF), 16, 1.5f * s);
  }

  DrawAnimations(state, g, stacks, dl);
  DrawCapacityLabels(state, t, g, dl);

  // Ruler under the bar.
  float ruler_y = g.bar_bottom + 4.0f * s;
  dl->AddLine(ImVec2(g.canvas_min.x, ruler_y), ImVec2(g.canvas_max.x, ruler_y), palette::kBorder);
  for (int i = 0; i <= 16; ++i) {
    float x = g.canvas_min.x + (g.canvas_max.x - g.canvas_min.x) * i / 16.0f;
    if (i == 16) x -= 1;
    bool major = i % 4 == 0;
    dl->AddLine(ImVec2(x, ruler_y), ImVec2(x, ruler_y + (major ? 6.0f : 3.0f) * s),
                major ? palette::kTextDim : palette::kBorder);
    if (!major) continue;
    const char* labels[] = {"0x0000\xE2\x80\xA6", "0x4000\xE2\x80\xA6", "0x8000\xE2\x80\xA6",
                            "0xC000\xE2\x80\xA6", "0xFFFF\xE2\x80\xA6"};
    const char* label = labels[i / 4];
    float w = ImGui::CalcTextSize(label).x;
    float lx = i == 0 ? x : (i == 16 ? x - w : x - w * 0.5f);
    dl->AddText(ImVec2(lx, ruler_y + 7.0f * s), palette::kTextDim, label);
  }
  dl->PopClipRect();

  if (hovered_item) {
    ItemTooltip(*hovered_item);
  } else if (hovered_partition >= 0) {
    PartitionTooltip(t.partitions[static_cast<size_t>(hovered_partition)]);
  }
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Partition table
//-------------------------------------------------------------------------------------------------

void DrawPartitionTable(const TableSnapshot& t) {
  ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuterH |
                          ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                          ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  ImVec2 size(0, ImGui::GetContentRegionAvail().y);
  if (size.y < ImGui::GetFrameHeight() * 2) return;
  if (!ImGui::BeginTable("partitions", 6, flags, size)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Partition", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Hash range", ImGuiTableColumnFlags_WidthStretch, 3.2f);
  ImGui::TableSetupColumn("Key space", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Items", ImGuiTableColumnFlags_WidthStretch, 0.8f);
  ImGui::TableSetupColumn("Size", ImGuiTableColumnFlags_WidthStretch, 0.9f);
  ImGui::TableSetupColumn("Parent", ImGuiTableColumnFlags_WidthStretch, 0.7f);
  ImGui::TableHeadersRow();
  for (const PartitionSnapshot& p : t.partitions) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float h = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(pos.x, pos.y + h * 0.2f),
                                              ImVec2(pos.x + h * 0.6f, pos.y + h * 0.8f),
                                              PartitionColor(p.id), 2);
    ImGui::Dummy(ImVec2(h * 0.6f, h));
    ImGui::SameLine();
    ImGui::Text("%d", p.id);
    ImGui::TableSetColumnIndex(1);
    ImGui::Text("%s \xE2\x80\x93 %s", FormatHashFull(p.hash_lo).c_str(),
                FormatHashFull(p.hash_hi).c_str());
    ImGui::TableSetColumnIndex(2);
    double share = (static_cast<double>(p.hash_hi) - static_cast<double>(p.hash_lo) + 1.0) / kKeySpace;
    ImGui::Text("%.1f%%", share * 100.0);
    ImGui::TableSetColumnIndex(3);
    ImGui::TextUnformatted(FormatCount(p.item_count).c_str());
    ImGui::TableSetColumnIndex(4);
    ImGui::TextUnformatted(FormatBytes(p.size_bytes).c_str());
    ImGui::TableSetColumnIndex(5);
    if (p.parent >= 0) {
      ImGui::Text("%d", p.parent);
    } else {
      ImGui::TextDisabled("\xE2\x80\x93");
    }
  }
  ImGui::EndTable();
}

}  // namespace

//-------------------------------------------------------------------------------------------------
// [SECTION] Window
//-------------------------------------------------------------------------------------------------

void DrawPartitionMapWindow(Engine& engine, ViewState& state, bool* p_open) {
  PlaceNextWindow(state.layout.map_pos, state.layout.map_size);
  if (!ImGui::Begin("Partition map", p_open, DockedWindowFlags() | ImGuiWindowFlags_NoScrollbar)) {
    ImGui::End();
    return;
  }
  TableSnapshot table;
  if (state.selected_table.empty() || !engine.SnapshotTable(state.selected_table, &table)) {
    DrawEmptyState(engine, state);
    ImGui::End();
    return;
  }
  DrawHeader(engine, state, table);
  std::vector<ItemPoint> items = engine.ItemPoints(state.selected_table);
  float s = state.layout.scale;
  float avail = ImGui::GetContentRegionAvail().y;
  float table_min = ImGui::GetFrameHeightWithSpacing() * 3.5f;
  float height = std::clamp(avail - table_min, 150.0f * s, 300.0f * s);
  if (height > avail) height = avail;
  DrawKeySpace(state, table, items, height);
  ImGui::Spacing();
  DrawPartitionTable(table);
  ImGui::End();
}

}  // namespace ddb::viz
