// The partition map: the selected table's 64-bit key space drawn as a horizontal bar, one box per
// partition sized by its hash range and coloured by its heat (consumed / the partition ceiling),
// every item a dot at the hash of its partition key. New writes (ItemWritten events) fall into
// their partition, deletes fade out, reads blink, and the capacity each request consumed floats up
// from the partition that served it. A partition that refuses requests (Throttled) flashes red; one
// that is splitting shows a dashed line, and when it splits its box divides and its items move to
// the children. Hovering shows exact numbers. Below, the same partitions as a table.
//
// Scale: with many items the dots give way to one density bar per pixel column (app/item_bins.h),
// item points are fetched only when the table changed (at most 4 times a second for large
// tables), and narrow boxes skip their labels, so 1,024 partitions and a million items stay cheap.
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
#include "app/center_tabs.h"
#include "app/format.h"
#include "app/heat.h"
#include "app/heat_widgets.h"
#include "app/item_bins.h"
#include "app/layout.h"
#include "app/partition_effects.h"
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
  float meter_h = 0;                  // bottom part of a box reserved for the heat meters
  float dot_radius = 0;
  float scale = 1;
  const KeySpaceLayout* layout = nullptr;  // where each partition's box is (never null once drawn)
};

// Boxes are at least this wide while the bar has room (key_space_layout.h).
constexpr float kMinBoxWidth = 28.0f;

// x of a hash on the bar (in the lowest partition holding it).
float HashToX(const MapGeometry& g, uint64_t hash) {
  if (g.layout) return g.layout->X(hash);
  double f = static_cast<double>(hash) / kKeySpace;
  return g.space_min_x + static_cast<float>(f * (g.space_max_x - g.space_min_x));
}

// x of a hash inside the box of the partition at `pos` in the snapshot (-1: unknown). Items of
// one hash can sit in different partitions (a collection split by sort key): this puts each in
// its own box.
float PartitionX(const MapGeometry& g, int pos, uint64_t hash) {
  return pos >= 0 && g.layout ? g.layout->XIn(static_cast<size_t>(pos), hash) : HashToX(g, hash);
}

// The band of a box where dots (or density bars) go: below the labels, above the meters.
float DotsTop(const MapGeometry& g) { return g.bar_top + g.label_h + g.dot_radius * 2; }
float DotsBottom(const MapGeometry& g) {
  return std::max(DotsTop(g), g.bar_bottom - g.meter_h - g.dot_radius * 2.5f);
}

// A stable vertical spread for dots, from the hash's low bits (x already uses the high bits).
// Items sharing a partition key (an item collection) have the same hash: the k-th of them is
// stacked k steps above the first, wrapping inside the box.
float DotY(const MapGeometry& g, uint64_t hash, int stack_index = 0) {
  uint64_t mixed = (hash ^ (hash >> 29)) * 0xBF58476D1CE4E5B9ull;
  float jitter = static_cast<float>((mixed >> 40) & 0xFFFFFF) / 16777215.0f;
  float top = DotsTop(g);
  float band = DotsBottom(g) - top;
  float offset = jitter * band - static_cast<float>(stack_index) * g.dot_radius * 2.4f;
  if (band > 0) offset = std::fmod(std::fmod(offset, band) + band, band);
  return top + offset;
}

// How many items share each hash (drawn as stacks).
using StackCounts = std::map<uint64_t, int>;

// Index of partition ids in the snapshot's (hash-ordered) partition list, for O(log n) lookups.
class PartitionIndex {
 public:
  explicit PartitionIndex(const TableSnapshot& t) {
    for (size_t i = 0; i < t.partitions.size(); ++i) ids_.emplace_back(t.partitions[i].id, i);
    std::sort(ids_.begin(), ids_.end());
  }
  // Position in t.partitions, or -1.
  int Find(int id) const {
    auto it = std::lower_bound(ids_.begin(), ids_.end(), std::make_pair(id, size_t{0}));
    return it != ids_.end() && it->first == id ? static_cast<int>(it->second) : -1;
  }

 private:
  std::vector<std::pair<int, size_t>> ids_;
};

// A split in progress on the map: the children of `parent` start as the parent's whole box and
// slide to their own ranges while their items take the children's colours.
struct ActiveSplit {
  int parent = -1;
  float t = 0;  // eased progress 0..1
  uint64_t lo = UINT64_MAX, hi = 0;  // the parent's range: the union of its children's
};

std::vector<ActiveSplit> ActiveSplits(const ViewState& state, const CapacityViews& views,
                                      const TableSnapshot& t) {
  std::vector<ActiveSplit> out;
  for (const SplitAnimation& s : views.effects.splits) {
    if (s.table != t.name) continue;
    ActiveSplit a{s.parent, EaseOutCubic(SplitProgress(s, state.ui_time_s))};
    for (const PartitionSnapshot& p : t.partitions) {
      if (p.parent != s.parent) continue;
      a.lo = std::min(a.lo, p.hash_lo);
      a.hi = std::max(a.hi, p.hash_hi);
    }
    if (a.lo <= a.hi) out.push_back(a);
  }
  return out;
}

const ActiveSplit* SplitOf(const std::vector<ActiveSplit>& splits, int parent) {
  for (const ActiveSplit& s : splits) {
    if (s.parent == parent) return &s;
  }
  return nullptr;
}

float Lerp(float a, float b, float t) { return a + (b - a) * t; }

// A dashed vertical line (ImDrawList has no dashes).
void DashedLine(ImDrawList* dl, float x, float y0, float y1, ImU32 color, float dash, float thickness) {
  for (float y = y0; y < y1; y += dash * 2) dl->AddLine(ImVec2(x, y), ImVec2(x, std::min(y + dash, y1)), color, thickness);
}

// A small rounded label with a coloured border, top-left at `pos`; returns its size.
ImVec2 Badge(ImDrawList* dl, ImVec2 pos, const char* text, ImU32 color, float s) {
  ImVec2 ts = ImGui::CalcTextSize(text);
  ImVec2 size(ts.x + 10.0f * s, ts.y + 2.0f * s);
  dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), Mix(palette::kBackground, color, 0.25f), 4.0f * s);
  dl->AddRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), color, 4.0f * s);
  dl->AddText(ImVec2(pos.x + 5.0f * s, pos.y + 1.0f * s), color, text);
  return size;
}

// The selected table's item points, fetched again when the event log moved on: every time for
// tables small enough for dots, at most every kItemRefetchSeconds up to kMaxLiveItemPoints, and
// beyond that only when another table is selected (walking a million items takes the engine the
// best part of a second; the density follows the partitions' live counts instead).
void RefreshItems(const Engine& engine, const ViewState& state, PartitionMapCache* c) {
  uint64_t seq = engine.events().last_seq();
  bool other_table = c->table != state.selected_table;
  size_t n = c->items.size();
  bool due = c->seq != seq && (n <= kMaxItemDots ||
                               (n <= kMaxLiveItemPoints && state.ui_time_s - c->fetched_ui_s >= kItemRefetchSeconds));
  if (!other_table && !due) return;
  c->table = state.selected_table;
  c->items = engine.ItemPoints(state.selected_table);
  c->seq = seq;
  c->fetched_ui_s = state.ui_time_s;
  c->bins_seq = UINT64_MAX;
}

const ItemBins& CachedBins(PartitionMapCache* c, int columns) {
  if (c->bins_seq != c->seq || c->bins_columns != columns) {
    c->bins = BinItems(c->items, columns);
    c->bins_columns = columns;
    c->bins_seq = c->seq;
  }
  return c->bins;
}

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

  // The scale profile, so the numbers on the boxes are never mistaken for DynamoDB's own; the heat
  // legend on the right.
  std::string profile = "Scale profile ";
  profile += ScaleProfileNote(t.profile, TableCeilings(t));
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(t.profile == "classroom" ? palette::kWarning : palette::kTextDim));
  ImGui::TextUnformatted(profile.c_str());
  ImGui::PopStyleColor();
  float bar = 90.0f * state.layout.scale;
  float legend_w = HeatLegendWidth(bar);
  float right = ImGui::GetWindowContentRegionMax().x;
  ImGui::SameLine();
  if (right - legend_w > ImGui::GetCursorPosX() + ImGui::GetStyle().ItemSpacing.x) {
    ImGui::SetCursorPosX(right - legend_w);
    HeatLegend(bar);
  } else {
    ImGui::NewLine();
  }
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

void ItemTooltip(const ItemPoint& item) {
  ImGui::BeginTooltip();
  ImGui::TextColored(ToVec4(PartitionColor(item.partition)), "Item in partition %d", item.partition);
  ImGui::TextDisabled("hash(partition key)");
  ImGui::Text("%s", FormatHashFull(item.key_hash).c_str());
  ImGui::Text("%u bytes", item.size_bytes);
  ImGui::EndTooltip();
}

void DrawAnimations(const ViewState& state, const PartitionIndex& index, const MapGeometry& g, const StackCounts& stacks,
                    ImDrawList* dl) {
  float s = g.scale, r = g.dot_radius;
  for (const ItemAnimation& a : state.animations) {
    if (a.table != state.selected_table) continue;
    float p = AnimationProgress(a, state.ui_time_s);
    // A write lands on top of its stack; a delete fades where the stack ended.
    auto stack = stacks.find(a.key_hash);
    int top = stack == stacks.end() ? 0 : stack->second - (a.kind == AnimationKind::kDelete ? 0 : 1);
    float x = PartitionX(g, index.Find(a.partition), a.key_hash), target_y = DotY(g, a.key_hash, std::max(top, 0));
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
void DrawCapacityLabels(const ViewState& state, const TableSnapshot& t, const PartitionIndex& index,
                        const MapGeometry& g, ImDrawList* dl) {
  float s = g.scale;
  ImFont* font = state.fonts.bold ? state.fonts.bold : ImGui::GetFont();
  float font_size = font->FontSize * 0.92f;
  for (const CapacityLabel& l : state.capacity_labels) {
    if (l.table != state.selected_table) continue;
    int found = index.Find(l.partition);
    if (found < 0) continue;
    float t01 = static_cast<float>(
        std::clamp((state.ui_time_s - l.start_s) / kCapacityLabelSeconds, 0.0, 1.0));
    float left = g.layout->Left(static_cast<size_t>(found)), right = g.layout->Right(static_cast<size_t>(found));
    float x = l.key_hash != 0 ? PartitionX(g, found, l.key_hash) : (left + right) * 0.5f;
    float y0 = l.key_hash != 0 ? DotY(g, l.key_hash) : (g.bar_top + g.bar_bottom) * 0.5f;
    float y = y0 - 10.0f * s - EaseOutCubic(t01) * 34.0f * s;
    float alpha = t01 < 0.6f ? 1.0f : 1.0f - (t01 - 0.6f) / 0.4f;
    alpha *= std::min(1.0f, t01 * 8.0f);  // quick fade in

    // Appended rather than "+" + FormatX(...): GCC 12's -Wrestrict misfires on operator+(const
    // char*, string&&).
    std::string text = "+";
    ImU32 color;
    if (l.write_units > 0) {
      text += FormatWriteUnits(l.write_units);
      color = palette::kSuccess;
    } else {
      text += FormatReadUnits(l.read_half_units);
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

// Dots, one per item, at the hash of its partition key; items of a partition that just split take
// their new partition's colour and hop over as the box divides. Returns the hovered item.
const ItemPoint* DrawItemDots(const ViewState& state, const TableSnapshot& t, const PartitionIndex& index,
                              const std::vector<ActiveSplit>& splits, const std::vector<ItemPoint>& items,
                              const MapGeometry& g, bool hovered, ImDrawList* dl, StackCounts* stacks,
                              float* hovered_y) {
  std::vector<uint64_t> falling;  // items still in the air: their static dot waits
  for (const ItemAnimation& a : state.animations) {
    if (a.table == state.selected_table && a.kind == AnimationKind::kWrite &&
        AnimationProgress(a, state.ui_time_s) < 0.6f)
      falling.push_back(a.key_hash);
  }
  std::sort(falling.begin(), falling.end());
  float s = g.scale;
  ImVec2 mouse = ImGui::GetIO().MousePos;
  const ItemPoint* hovered_item = nullptr;
  float best = g.dot_radius * 2.5f;
  float inset = g.dot_radius + 3.0f * s;
  for (const ItemPoint& item : items) {
    int stack_index = (*stacks)[item.key_hash]++;
    if (std::binary_search(falling.begin(), falling.end(), item.key_hash)) continue;
    const int pos = index.Find(item.partition);
    float x = std::clamp(PartitionX(g, pos, item.key_hash), g.space_min_x + inset, g.space_max_x - inset);
    float y = DotY(g, item.key_hash, stack_index);
    ImU32 base = PartitionColor(item.partition);
    if (!splits.empty()) {
      const ActiveSplit* split = pos >= 0 ? SplitOf(splits, t.partitions[static_cast<size_t>(pos)].parent) : nullptr;
      if (split) {
        base = Mix(PartitionColor(split->parent), base, split->t);
        y -= std::sin(split->t * 3.14159265f) * 7.0f * s;
      }
    }
    dl->AddCircleFilled(ImVec2(x, y), g.dot_radius, Mix(base, palette::Rgb(0xFFFFFF), 0.35f), 12);
    if (hovered) {
      float d = std::hypot(mouse.x - x, mouse.y - y);
      if (d < best) {
        best = d;
        hovered_item = &item;
        *hovered_y = y;
      }
    }
  }
  return hovered_item;
}

// Density bars, one per pixel column: height by log(items in the column), for tables with more
// items than dots can show. The sampled columns are scaled to the partitions' live item counts.
void DrawItemDensity(const ItemBins& bins, const TableSnapshot& t, const MapGeometry& g, ImDrawList* dl) {
  std::vector<float> counts = ScaleBinsToPartitions(bins, t.partitions);
  float max_count = 0;
  for (float n : counts) max_count = std::max(max_count, n);
  if (max_count <= 0) return;
  float top = DotsTop(g), bottom = DotsBottom(g);
  float band = std::max(bottom - top, 1.0f);
  double log_max = std::log1p(static_cast<double>(max_count));
  size_t part = 0;  // partitions are in hash order, like the columns
  for (size_t c = 0; c < counts.size(); ++c) {
    if (counts[c] <= 0) continue;
    while (part + 1 < t.partitions.size() &&
           HashColumn(t.partitions[part].hash_hi, static_cast<int>(counts.size())) < static_cast<int>(c))
      ++part;
    float h = static_cast<float>(std::log1p(static_cast<double>(counts[c])) / log_max) * band;
    // The column's first hash, where the layout puts it (a column per pixel of hash-true space).
    const double column_hash = static_cast<double>(c) / static_cast<double>(counts.size()) * kKeySpace;
    float x = HashToX(g, column_hash >= kKeySpace ? UINT64_MAX : static_cast<uint64_t>(column_hash));
    int id = t.partitions.empty() ? bins.partitions[c] : t.partitions[part].id;
    ImU32 color = Mix(PartitionColor(id), palette::Rgb(0xFFFFFF), 0.3f);
    dl->AddRectFilled(ImVec2(x, bottom - std::max(h, 1.0f)), ImVec2(x + 1.0f, bottom), WithAlpha(color, 0.85f));
  }
}

void DrawKeySpace(ViewState& state, const CapacityViews& views, PartitionMapCache* cache,
                  const TableSnapshot& t, float height) {
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
  g.meter_h = 14.0f * s;
  g.dot_radius = 3.2f * s;
  cache->layout.Build(t.partitions, g.space_min_x, g.space_max_x, kMinBoxWidth * s);
  g.layout = &cache->layout;

  dl->PushClipRect(g.canvas_min, g.canvas_max, true);
  dl->AddText(ImVec2(origin.x, origin.y + 2 * s), WithAlpha(palette::kTextDim, 0.85f),
              "Key space: hash(partition key), 0x0000\xE2\x80\xA6 to 0xFFFF\xE2\x80\xA6");
  DrawLegend(g, dl, ImVec2(g.canvas_max.x, origin.y + 2 * s));

  PartitionIndex index(t);
  std::vector<ActiveSplit> splits = ActiveSplits(state, views, t);

  // Flash partitions that just received a write.
  std::vector<float> flash(t.partitions.size(), 0.0f);
  for (const ItemAnimation& a : state.animations) {
    if (a.table != state.selected_table || a.kind != AnimationKind::kWrite) continue;
    float p = AnimationProgress(a, state.ui_time_s);
    int i = index.Find(a.partition);
    if (i >= 0 && p >= 0.6f) flash[static_cast<size_t>(i)] = std::max(flash[static_cast<size_t>(i)], 1.0f - (p - 0.6f) / 0.4f);
  }

  ImVec2 mouse = ImGui::GetIO().MousePos;
  int hovered_partition = -1;
  float gap = 2.0f * s, rounding = 6.0f * s, pad = 8.0f * s;
  struct PendingBadge {
    ImVec2 pos;
    const char* text;
    ImU32 color;
  };
  std::vector<PendingBadge> badges;
  ImFont* bold = state.fonts.bold ? state.fonts.bold : ImGui::GetFont();
  float line = ImGui::GetTextLineHeightWithSpacing();
  for (size_t i = 0; i < t.partitions.size(); ++i) {
    const PartitionSnapshot& p = t.partitions[i];
    ImU32 color = PartitionColor(p.id);
    ImVec2 a(std::floor(g.layout->Left(i)) + gap * 0.5f, g.bar_top);
    ImVec2 b(std::floor(g.layout->Right(i)) - gap * 0.5f, g.bar_bottom);
    // A child of a split in progress starts as its parent's whole box (its children's together)
    // and slides to its own.
    const ActiveSplit* split = splits.empty() ? nullptr : SplitOf(splits, p.parent);
    if (split) {
      float pa = a.x, pb = b.x;
      for (size_t j = 0; j < t.partitions.size(); ++j) {
        if (t.partitions[j].parent != p.parent) continue;
        pa = std::min(pa, std::floor(g.layout->Left(j)) + gap * 0.5f);
        pb = std::max(pb, std::floor(g.layout->Right(j)) - gap * 0.5f);
      }
      a.x = Lerp(pa, a.x, split->t);
      b.x = Lerp(pb, b.x, split->t);
    }
    if (b.x - a.x < 1) b.x = a.x + 1;
    float box_w = b.x - a.x;
    bool over = hovered && mouse.x >= a.x - gap && mouse.x < b.x + gap && mouse.y >= a.y && mouse.y <= b.y;
    if (over) hovered_partition = static_cast<int>(i);

    // Fill by heat: the colder the closer to the panel, the hotter the stronger the ramp colour.
    double heat = PartitionHeat(p.capacity);
    float strength = 0.22f + 0.55f * static_cast<float>(std::min(heat, 1.0));
    ImU32 fill = Mix(palette::kPanel, HeatColor(heat), strength);
    fill = Mix(fill, color, 0.18f * flash[i] + (over ? 0.05f : 0.0f));
    dl->AddRectFilled(a, b, fill, box_w > 8 ? rounding : 0.0f);
    const ThrottleFlash* throttle = FindFlash(views.effects, t.name, p.id);
    float red = throttle ? FlashStrength(*throttle, state.ui_time_s) : 0.0f;
    if (red > 0) dl->AddRectFilled(a, b, WithAlpha(palette::kError, 0.5f * red), box_w > 8 ? rounding : 0.0f);
    if (box_w < 6.0f) continue;  // 1,000+ partitions: a coloured sliver each, nothing more
    dl->AddRectFilled(a, ImVec2(b.x, a.y + 3.0f * s), color, rounding, ImDrawFlags_RoundCornersTop);
    ImU32 border = red > 0 ? Mix(WithAlpha(color, 0.45f), palette::kError, red) : WithAlpha(color, over ? 0.95f : 0.45f);
    dl->AddRect(a, b, border, rounding, 0, (over || red > 0 ? 1.5f : 1.0f) * s + red * 1.5f * s);
    if (split) {  // the dividing line, fading out as the children separate
      float x = p.hash_lo == split->lo ? b.x + gap * 0.5f : a.x - gap * 0.5f;
      dl->AddLine(ImVec2(x, a.y), ImVec2(x, b.y), WithAlpha(palette::Rgb(0xFFFFFF), 1.0f - split->t), 2.0f * s);
    }

    // Labels and meters, clipped to the box; skipped when there is no room to read them.
    dl->PushClipRect(ImVec2(a.x + 1, a.y), ImVec2(b.x - 1, b.y), true);
    if (box_w >= 36.0f * s) {
      ImVec2 text(a.x + pad, a.y + pad);
      char buf[128];
      std::snprintf(buf, sizeof(buf), "Partition %d", p.id);
      dl->AddText(bold, bold->FontSize, text, palette::kText, buf);
      float name_w = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0.0f, buf).x;
      std::snprintf(buf, sizeof(buf), "%.0f%%", heat * 100.0);
      float heat_w = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0.0f, buf).x;
      if (box_w - pad * 2 > name_w + heat_w + 8.0f * s)
        dl->AddText(bold, bold->FontSize, ImVec2(b.x - pad - heat_w, text.y), Mix(HeatColor(heat), palette::kText, 0.25f), buf);
      if (g.label_h > line * 2) {
        // A partition that begins inside an item collection says where: its first sort key.
        if (!p.first_sort_key.empty()) {
          std::snprintf(buf, sizeof(buf), "from %s \xC2\xB7 %s", p.first_partition_key.c_str(), p.first_sort_key.c_str());
        } else {
          std::snprintf(buf, sizeof(buf), "%s \xE2\x80\x93 %s", FormatHashShort(p.hash_lo).c_str(),
                        FormatHashShort(p.hash_hi).c_str());
        }
        dl->AddText(ImVec2(text.x, text.y + line), palette::kTextDim, buf);
        std::snprintf(buf, sizeof(buf), "%s item%s \xC2\xB7 %s", FormatCount(p.item_count).c_str(),
                      p.item_count == 1 ? "" : "s", FormatBytes(p.size_bytes).c_str());
        dl->AddText(ImVec2(text.x, text.y + line * 2), WithAlpha(palette::kText, 0.9f), buf);
      }
    }
    // Two meters at the bottom, writes then reads: consumed / ceiling, the tick at the allowance.
    if (box_w >= 30.0f * s) {
      const PartitionCapacity& c = p.capacity;
      float mx0 = a.x + pad * 0.75f, mx1 = b.x - pad * 0.75f, mh = 3.0f * s;
      float wy = b.y - g.meter_h + 2.0f * s, ry = wy + mh + 2.5f * s;
      double wtick = c.write_ceiling > 0 ? (c.write_share + c.write_boost) / c.write_ceiling : 0;
      double rtick = c.read_ceiling > 0 ? (c.read_share + c.read_boost) / c.read_ceiling : 0;
      DrawHeatMeter(dl, ImVec2(mx0, wy), ImVec2(mx1, wy + mh), Heat(c.consumed_write, c.write_ceiling), wtick);
      DrawHeatMeter(dl, ImVec2(mx0, ry), ImVec2(mx1, ry + mh), Heat(c.consumed_read, c.read_ceiling), rtick);
    }
    // Split state: a dashed line while splitting; badges (drawn last, above the items) for a
    // split in progress or refused, and for requests being refused.
    float badge_y = DotsBottom(g) - ImGui::GetTextLineHeight() - 4.0f * s;
    if (p.splitting) {
      DashedLine(dl, (a.x + b.x) * 0.5f, a.y + g.label_h, b.y - g.meter_h, palette::kWarning, 4.0f * s, 1.5f * s);
      if (box_w >= 80.0f * s) badges.push_back({ImVec2(a.x + pad, badge_y), "splitting\xE2\x80\xA6", palette::kWarning});
    } else if (const SplitNotice* n = FindNotice(views.effects, t.name, p.id); n && n->refused && box_w >= 100.0f * s) {
      badges.push_back({ImVec2(a.x + pad, badge_y), "split refused", palette::Rgb(0xFF9F6B)});
    }
    if (red > 0 && box_w >= 90.0f * s) {
      ImVec2 ts = ImGui::CalcTextSize("THROTTLED");
      badges.push_back({ImVec2(b.x - pad - ts.x - 10.0f * s, badge_y), "THROTTLED",
                        WithAlpha(palette::kError, 0.4f + 0.6f * red)});
    }
    dl->PopClipRect();
  }

  // Items: dots while they are few enough to tell apart, density bars beyond.
  const std::vector<ItemPoint>& items = cache->items;
  StackCounts stacks;
  const ItemPoint* hovered_item = nullptr;
  float hovered_y = 0;
  if (items.size() <= kMaxItemDots) {
    hovered_item = DrawItemDots(state, t, index, splits, items, g, hovered, dl, &stacks, &hovered_y);
    if (hovered_item) {
      float inset = g.dot_radius + 3.0f * s;
      float x = std::clamp(PartitionX(g, index.Find(hovered_item->partition), hovered_item->key_hash),
                           g.space_min_x + inset, g.space_max_x - inset);
      dl->AddCircle(ImVec2(x, hovered_y), g.dot_radius * 2.2f, palette::Rgb(0xFFFFFF), 16, 1.5f * s);
    }
  } else {
    int columns = std::max(1, static_cast<int>(g.space_max_x - g.space_min_x));
    DrawItemDensity(CachedBins(cache, columns), t, g, dl);
  }

  DrawAnimations(state, index, g, stacks, dl);
  DrawCapacityLabels(state, t, index, g, dl);
  for (const PendingBadge& b : badges) Badge(dl, b.pos, b.text, b.color, s);

  // Ruler under the bar.
  float ruler_y = g.bar_bottom + 4.0f * s;
  dl->AddLine(ImVec2(g.canvas_min.x, ruler_y), ImVec2(g.canvas_max.x, ruler_y), palette::kBorder);
  for (int i = 0; i <= 16; ++i) {
    // Hash-true ticks: where the boxes put hash i/16 of the key space.
    float x = i == 16 ? g.canvas_max.x - 1 : HashToX(g, static_cast<uint64_t>(i) << 60);
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
    ImGui::BeginTooltip();
    PartitionCapacityTooltip(t, t.partitions[static_cast<size_t>(hovered_partition)], views.effects,
                             state.ui_time_s);
    ImGui::EndTooltip();
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
  if (!ImGui::BeginTable("partitions", 8, flags, size)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Partition", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Hash range", ImGuiTableColumnFlags_WidthStretch, 3.2f);
  ImGui::TableSetupColumn("Key space", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Items", ImGuiTableColumnFlags_WidthStretch, 0.8f);
  ImGui::TableSetupColumn("Size", ImGuiTableColumnFlags_WidthStretch, 0.9f);
  ImGui::TableSetupColumn("Heat", ImGuiTableColumnFlags_WidthStretch, 0.9f);
  ImGui::TableSetupColumn("Throttled", ImGuiTableColumnFlags_WidthStretch, 0.9f);
  ImGui::TableSetupColumn("Parent", ImGuiTableColumnFlags_WidthStretch, 0.7f);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;  // 1,000+ partitions: only the visible rows are laid out
  clipper.Begin(static_cast<int>(t.partitions.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const PartitionSnapshot& p = t.partitions[static_cast<size_t>(row)];
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
      if (!p.first_sort_key.empty()) {  // a split by sort key: where inside the collection it begins
        ImGui::TextColored(ToVec4(palette::kWarning), "from %s \xC2\xB7 %s \xE2\x80\x93 %s", p.first_partition_key.c_str(),
                           p.first_sort_key.c_str(), FormatHashFull(p.hash_hi).c_str());
        if (ImGui::IsItemHovered()) {
          ImGui::SetTooltip("Split inside an item collection: from hash %s, this partition holds the items of %s\n"
                            "from sort key %s on; the partition before holds the earlier ones.",
                            FormatHashFull(p.hash_lo).c_str(), p.first_partition_key.c_str(), p.first_sort_key.c_str());
        }
      } else {
        ImGui::Text("%s \xE2\x80\x93 %s", FormatHashFull(p.hash_lo).c_str(), FormatHashFull(p.hash_hi).c_str());
      }
      ImGui::TableSetColumnIndex(2);
      double share = (static_cast<double>(p.hash_hi) - static_cast<double>(p.hash_lo) + 1.0) / kKeySpace;
      ImGui::Text("%.1f%%", share * 100.0);
      ImGui::TableSetColumnIndex(3);
      ImGui::TextUnformatted(FormatCount(p.item_count).c_str());
      ImGui::TableSetColumnIndex(4);
      ImGui::TextUnformatted(FormatBytes(p.size_bytes).c_str());
      ImGui::TableSetColumnIndex(5);
      HeatSwatchText(PartitionHeat(p.capacity));
      ImGui::TableSetColumnIndex(6);
      uint64_t throttled = p.capacity.throttled_reads + p.capacity.throttled_writes;
      if (throttled > 0) {
        ImGui::TextColored(ToVec4(palette::kError), "%s", FormatCount(throttled).c_str());
      } else {
        ImGui::TextDisabled("0");
      }
      ImGui::TableSetColumnIndex(7);
      if (p.parent >= 0) {
        ImGui::Text("%d", p.parent);
      } else {
        ImGui::TextDisabled("\xE2\x80\x93");
      }
    }
  }
  ImGui::EndTable();
}

}  // namespace

//-------------------------------------------------------------------------------------------------
// [SECTION] Window
//-------------------------------------------------------------------------------------------------

void DrawPartitionMapWindow(Engine& engine, ViewState& state, CapacityViews& views, bool* p_open) {
  PlaceNextWindow(state.layout.map_pos, state.layout.map_size);
  if (!ImGui::Begin("Partition map", p_open,
                    DockedWindowFlags() | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoTitleBar)) {
    ImGui::End();
    return;
  }
  DrawCenterTabs(state);
  TableSnapshot table;
  if (state.selected_table.empty() || !engine.SnapshotTable(state.selected_table, &table)) {
    DrawEmptyState(engine, state);
    ImGui::End();
    return;
  }
  DrawHeader(engine, state, table);
  RefreshItems(engine, state, &views.map);
  float s = state.layout.scale;
  float avail = ImGui::GetContentRegionAvail().y;
  float table_min = ImGui::GetFrameHeightWithSpacing() * 3.5f;
  float height = std::clamp(avail - table_min, 150.0f * s, 300.0f * s);
  if (height > avail) height = avail;
  DrawKeySpace(state, views, &views.map, table, height);
  ImGui::Spacing();
  DrawPartitionTable(table);
  ImGui::End();
}

}  // namespace ddb::viz
