// The stream belt: the selected table's DynamoDB stream as conveyor belts, one per shard, laid out
// as the shard lineage tree (a child's belt indented under its parent's, with a connector), so a
// partition split shows the parent belt closing and one child belt per child partition opening.
// Every change is a card on its shard's belt (INSERT / MODIFY / REMOVE by colour, the key on it),
// the newest at the belt's head on the right, older ones further left: cards travel right to left
// as new ones arrive. Every trigger is a reader sitting on each shard before the record it will
// deliver next, warmer as its iterator age grows. Hovering a card shows its sequence number, size,
// time and images; hovering a reader shows its state.
//
// Scale: the snapshot holds a bounded number of recent records per shard (kRecentPerShard), is
// refetched only when the engine moved on, only the cards that fit a belt and only the rows
// that are scrolled into view are drawn (ImGuiListClipper), so 100k records stay cheap.
//
// Index of this file:
// [SECTION] Data
// [SECTION] Header, legend, triggers
// [SECTION] Belts
// [SECTION] Window
#include "app/format.h"
#include "app/layout.h"
#include "app/stream_belt_model.h"
#include "app/theme.h"
#include "app/center_tabs.h"
#include "app/widgets.h"
#include "windows/windows.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <string>

namespace ddb::viz {
namespace {

// More than a wide belt holds (about 30 cards on a 2,000-pixel belt), few enough to copy each time
// the engine moves on.
constexpr size_t kRecentPerShard = 48;
// Iterator ages move with virtual time even when no event arrives: refetch at least this often.
constexpr int64_t kRefetchMs = 250;
// Under heavy traffic the engine moves on every frame: refetch at most 10 times a second.
constexpr double kMinRefetchS = 0.1;

//-------------------------------------------------------------------------------------------------
// [SECTION] Data
//-------------------------------------------------------------------------------------------------

void Refresh(const Engine& engine, ViewState& state) {
  StreamBeltState& b = state.stream_belt;
  const uint64_t seq = engine.events().last_seq();
  IngestShardCloses(engine.events(), state.selected_table, &b.closes);
  if (b.table == state.selected_table) {
    const bool moved = b.fetched_seq != seq || engine.now_ms() - b.fetched_ms >= kRefetchMs;
    if (!moved || state.ui_time_s - b.fetched_ui_s < kMinRefetchS) return;
  }
  b.table = state.selected_table;
  b.fetched_seq = seq;
  b.fetched_ms = engine.now_ms();
  b.fetched_ui_s = state.ui_time_s;
  b.has_stream = engine.SnapshotStream(b.table, &b.stream, kRecentPerShard);
  if (b.has_stream) {
    LayoutBeltRows(b.stream, &b.rows);
  } else {
    b.rows.clear();
  }
  auto schema = state.key_schemas.find(b.table);
  if (schema != state.key_schemas.end()) {
    b.partition_key = schema->second.partition_key;
  } else {
    TableSnapshot table;
    if (engine.SnapshotTable(b.table, &table)) b.partition_key = table.partition_key;
  }
}

ImU32 KindColor(RecordKind kind) {
  switch (kind) {
    case RecordKind::kInsert: return palette::kSuccess;
    case RecordKind::kModify: return palette::kAccent;
    case RecordKind::kRemove: return palette::kError;
  }
  return palette::kAccent;
}

// Cool (fresh) to warm (a minute behind or more).
ImU32 AgeColor(int64_t age_ms) {
  const float heat = AgeHeat(age_ms);
  return heat < 0.5f ? Mix(palette::kRead, palette::kWarning, heat * 2.0f)
                     : Mix(palette::kWarning, palette::kError, (heat - 0.5f) * 2.0f);
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Header, legend, triggers
//-------------------------------------------------------------------------------------------------

void DrawEmpty(const ViewState& state, const char* title, const char* hint) {
  ImGui::Spacing();
  if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
  ImGui::TextUnformatted(title);
  if (state.fonts.bold) ImGui::PopFont();
  DimTextWrapped(hint);
}

void DrawHeader(const ViewState& state) {
  const StreamSnapshot& stream = state.stream_belt.stream;
  const StreamTotals totals = SumStream(stream);
  if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
  ImGui::Text("Stream of %s", state.stream_belt.table.c_str());
  if (state.fonts.bold) ImGui::PopFont();
  ImGui::SameLine();
  StatusPill(stream.status);
  ImGui::SameLine();
  ImGui::TextDisabled("%s  \xC2\xB7  %s", stream.view_type.c_str(), stream.arn.c_str());
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Stream label %s", stream.label.c_str());
  ImGui::Text("%s records  \xC2\xB7  %s retained  \xC2\xB7  %s trimmed (records live 24 h)  \xC2\xB7  %d open, %d closed shards",
              FormatCount(totals.appended).c_str(), FormatCount(totals.retained).c_str(),
              FormatCount(totals.trimmed).c_str(), totals.open_shards, totals.closed_shards);
  DimTextWrapped("Each change is an ordered record on its partition's shard (newest at right); a split closes "
                 "the shard and opens one per new partition; triggers read shards in order.");
}

// A small swatch and its label, on the current line.
void LegendSwatch(ImU32 color, const char* label, bool dim = false) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float h = ImGui::GetTextLineHeight();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  dl->AddRectFilled(ImVec2(p.x, p.y + h * 0.2f), ImVec2(p.x + h * 1.2f, p.y + h * 0.85f),
                    dim ? WithAlpha(color, 0.35f) : color, 2.0f);
  ImGui::Dummy(ImVec2(h * 1.3f, h));
  ImGui::SameLine(0, 4);
  ImGui::TextDisabled("%s", label);
  ImGui::SameLine(0, h);
}

void DrawReaderGlyph(ImDrawList* dl, float x, float y, float size, ImU32 color) {
  // A downward triangle (the reader looks at the belt below it).
  dl->AddTriangleFilled(ImVec2(x - size * 0.5f, y), ImVec2(x + size * 0.5f, y), ImVec2(x, y + size * 0.8f), color);
}

void DrawLegend() {
  LegendSwatch(KindColor(RecordKind::kInsert), "INSERT");
  LegendSwatch(KindColor(RecordKind::kModify), "MODIFY");
  LegendSwatch(KindColor(RecordKind::kRemove), "REMOVE");
  LegendSwatch(palette::kTextDim, "closed shard", /*dim=*/true);
  const float h = ImGui::GetTextLineHeight();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  DrawReaderGlyph(dl, p.x + h * 0.4f, p.y + h * 0.15f, h * 0.8f, AgeColor(0));
  DrawReaderGlyph(dl, p.x + h * 1.3f, p.y + h * 0.15f, h * 0.8f, AgeColor(10'000));
  DrawReaderGlyph(dl, p.x + h * 2.2f, p.y + h * 0.15f, h * 0.8f, AgeColor(60'000));
  ImGui::Dummy(ImVec2(h * 2.7f, h));
  ImGui::SameLine(0, 4);
  ImGui::TextDisabled("trigger reader, by iterator age (how old its next record is)");
}

void DrawTriggers(const ViewState& state) {
  const StreamSnapshot& stream = state.stream_belt.stream;
  if (stream.triggers.empty()) {
    ImGui::TextDisabled("No trigger reads this stream: add one with CreateStreamTrigger in the console.");
    return;
  }
  for (const TriggerSnapshot& t : stream.triggers) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float h = ImGui::GetTextLineHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    DrawReaderGlyph(dl, p.x + h * 0.5f, p.y + h * 0.15f, h * 0.8f, AgeColor(t.iterator_age_ms));
    ImGui::Dummy(ImVec2(h, h));
    ImGui::SameLine(0, 4);
    ImGui::Text("%s", t.name.c_str());
    ImGui::SameLine();
    std::string target = t.target_table.empty() ? std::string() : " \xE2\x86\x92 " + t.target_table;
    ImGui::TextDisabled("%s%s, batch size %lld", t.handler.c_str(), target.c_str(),
                        static_cast<long long>(t.batch_size));
    ImGui::SameLine();
    ImGui::TextColored(ToVec4(AgeColor(t.iterator_age_ms)), "iterator age %s", FormatAge(t.iterator_age_ms).c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%s invocations, %s delivered, %s failed, %s retries%s",
                        FormatCount(t.invocations).c_str(), FormatCount(t.records_delivered).c_str(),
                        FormatCount(t.failures).c_str(), FormatCount(t.retries).c_str(),
                        t.records_discarded > 0 ? (", " + FormatCount(t.records_discarded) + " discarded").c_str() : "");
  }
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Belts
//-------------------------------------------------------------------------------------------------

// Lines under a belt for the readers' labels: two labels share a line when they do not overlap.
size_t ReaderLanes(size_t triggers) { return std::max<size_t>(1, (triggers + 1) / 2); }

struct BeltGeometry {
  float scale = 1;
  float row_h = 0;     // one shard: the belt and the readers' labels under it
  float belt_h = 0;
  float label_w = 0;   // the lineage column left of the belts
  float indent = 0;    // per lineage level
  float card_w = 0, pitch = 0;
};

BeltGeometry MakeGeometry(const ViewState& state, size_t triggers) {
  BeltGeometry g;
  g.scale = state.layout.scale > 0 ? state.layout.scale : 1.0f;
  const float line = ImGui::GetTextLineHeight();
  g.belt_h = line * 1.9f;
  g.row_h = g.belt_h + line * 0.3f + line * static_cast<float>(ReaderLanes(triggers)) * 1.05f + 2 * g.scale;
  g.label_w = 190 * g.scale;
  g.indent = 16 * g.scale;
  g.card_w = 88 * g.scale;
  g.pitch = g.card_w + 4 * g.scale;
  return g;
}

// The record with its images, fetched once per hovered card (images can be large, so the belt's
// snapshot leaves them out).
const StreamRecordSummary& WithImages(const Engine& engine, StreamBeltState& b, const ShardSnapshot& shard,
                                      const StreamRecordSummary& r) {
  if (b.image_shard != shard.id || b.image_sequence != r.sequence_number) {
    b.image_shard = shard.id;
    b.image_sequence = r.sequence_number;
    b.image_record = r;
    StreamSnapshot full;
    if (engine.SnapshotStream(b.table, &full, kRecentPerShard, /*images=*/true)) {
      for (const ShardSnapshot& sh : full.shards) {
        if (sh.id != shard.id) continue;
        for (const StreamRecordSummary& x : sh.recent) {
          if (x.sequence_number == r.sequence_number) b.image_record = x;
        }
      }
    }
  }
  return b.image_record;
}

void CardTooltip(const StreamRecordSummary& r, const std::string& key, const std::string& view_type) {
  ImGui::BeginTooltip();
  ImGui::TextColored(ToVec4(KindColor(RecordKindOf(r.event_name))), "%s  %s", r.event_name.c_str(), key.c_str());
  ImGui::Text("sequence number %s", r.sequence_number.c_str());
  ImGui::Text("%s, committed at %s", FormatBytes(r.size_bytes).c_str(), FormatVirtualTime(r.time_ms).c_str());
  if (r.new_image.empty() && r.old_image.empty()) {
    ImGui::TextDisabled("Keys only: %s keeps no image of this change", view_type.c_str());
  }
  if (!r.old_image.empty()) {
    ImGui::TextDisabled("OldImage");
    ImGui::TextUnformatted(ImageLines(r.old_image).c_str());
  }
  if (!r.new_image.empty()) {
    ImGui::TextDisabled("NewImage");
    ImGui::TextUnformatted(ImageLines(r.new_image).c_str());
  }
  ImGui::EndTooltip();
}

// The shard's name and state in the lineage column, with a connector to its parent's row.
void DrawShardLabel(const ViewState& state, const BeltGeometry& g, const BeltRow& row, const ShardSnapshot& shard,
                    ImVec2 origin, float row_top_of_parent) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float line = ImGui::GetTextLineHeight();
  const float x = origin.x + g.indent * static_cast<float>(row.depth);
  const float mid = origin.y + g.belt_h * 0.5f;
  if (row.parent_row >= 0) {
    // From under the parent's label down to this row, then right to the label.
    const float px = x - g.indent + 5 * g.scale;
    const ImU32 link = WithAlpha(palette::kTextDim, 0.7f);
    dl->AddLine(ImVec2(px, row_top_of_parent), ImVec2(px, mid), link, 1.5f * g.scale);
    dl->AddLine(ImVec2(px, mid), ImVec2(x + 2 * g.scale, mid), link, 1.5f * g.scale);
  }
  const ImU32 color = PartitionColor(shard.partition);
  dl->AddCircleFilled(ImVec2(x + 7 * g.scale, mid), 4.5f * g.scale, shard.open ? color : WithAlpha(color, 0.35f));
  ImFont* bold = state.fonts.bold ? state.fonts.bold : ImGui::GetFont();
  char name[64];
  std::snprintf(name, sizeof name, "%s  P%d", ShortShardId(shard.id).c_str(), shard.partition);
  dl->AddText(bold, ImGui::GetFontSize(), ImVec2(x + 15 * g.scale, mid - line * 1.0f),
              shard.open ? palette::kText : palette::kTextDim, name);
  auto reason = state.stream_belt.closes.reasons.find(shard.id);
  std::string status = shard.open ? "open" : CloseReasonLabel(reason == state.stream_belt.closes.reasons.end()
                                                                  ? CloseReason::kUnknown
                                                                  : reason->second);
  status += "  \xC2\xB7  " + FormatCount(shard.record_count) + (shard.record_count == 1 ? " record" : " records");
  dl->AddText(ImVec2(x + 15 * g.scale, mid), shard.open ? palette::kSuccess : palette::kTextDim, status.c_str());
}

// One belt: the conveyor, its cards, its readers, and the tooltip of what is hovered.
void DrawBelt(const Engine& engine, ViewState& state, const BeltGeometry& g, const ShardSnapshot& shard,
              ImVec2 belt_min, float belt_w) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  StreamBeltState& b = state.stream_belt;
  const float s = g.scale;
  const ImVec2 belt_max(belt_min.x + belt_w, belt_min.y + g.belt_h);
  const float alpha = shard.open ? 1.0f : 0.4f;
  dl->AddRectFilled(belt_min, belt_max, WithAlpha(shard.open ? palette::kPanelRaised : palette::kFrame, alpha), 5 * s);
  dl->AddRect(belt_min, belt_max, WithAlpha(palette::kBorder, shard.open ? 1.0f : 0.6f), 5 * s);
  // Chevrons along an open belt drift towards the tail (left), as the cards do when records arrive.
  if (shard.open) {
    const float step = 26 * s;
    const float shift = std::fmod(static_cast<float>(state.ui_time_s) * 12.0f * s, step);
    for (float x = belt_max.x - 6 * s - shift; x > belt_min.x + 6 * s; x -= step) {
      const float y = belt_min.y + g.belt_h * 0.5f;
      dl->AddLine(ImVec2(x + 3 * s, y - 4 * s), ImVec2(x - 1 * s, y), WithAlpha(palette::kBorder, 0.9f), 1.2f * s);
      dl->AddLine(ImVec2(x - 1 * s, y), ImVec2(x + 3 * s, y + 4 * s), WithAlpha(palette::kBorder, 0.9f), 1.2f * s);
    }
  }
  const float head_pad = 8 * s;
  const float cards_w = belt_w - head_pad * 2;
  const VisibleCards visible = CardsThatFit(shard.recent.size(), cards_w, g.pitch);
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  int hovered = -1;
  auto card_left = [&](size_t index) {
    return belt_max.x - head_pad - static_cast<float>(SlotOf(index, shard.recent.size()) + 1) * g.pitch + 4 * s;
  };
  const float card_top = belt_min.y + 4 * s, card_bottom = belt_max.y - 4 * s;
  std::string key;
  for (size_t i = visible.first; i < visible.first + visible.count; ++i) {
    const StreamRecordSummary& r = shard.recent[i];
    const float x0 = card_left(i), x1 = x0 + g.card_w;
    const ImU32 color = KindColor(RecordKindOf(r.event_name));
    dl->AddRectFilled(ImVec2(x0, card_top), ImVec2(x1, card_bottom), WithAlpha(Mix(palette::kPanel, color, 0.55f), alpha),
                      3 * s);
    dl->AddRectFilled(ImVec2(x0, card_top), ImVec2(x0 + 3 * s, card_bottom), WithAlpha(color, alpha), 3 * s);
    key = KeyLabel(r.keys, b.partition_key, 9);
    const ImVec2 clip_min(x0 + 5 * s, card_top), clip_max(x1 - 2 * s, card_bottom);
    dl->PushClipRect(clip_min, clip_max, true);
    dl->AddText(ImVec2(x0 + 6 * s, card_top + (card_bottom - card_top - ImGui::GetFontSize()) * 0.5f),
                WithAlpha(palette::kText, shard.open ? 1.0f : 0.6f), key.c_str());
    dl->PopClipRect();
    if (mouse.x >= x0 && mouse.x < x1 && mouse.y >= card_top && mouse.y < card_bottom && ImGui::IsWindowHovered())
      hovered = static_cast<int>(i);
  }
  if (visible.first > 0 || shard.record_count > shard.recent.size()) {
    // Older records go on past the tail: fade the belt out there.
    const float fade_w = g.pitch * 0.8f;
    dl->AddRectFilledMultiColor(belt_min, ImVec2(belt_min.x + fade_w, belt_max.y), palette::kPanel,
                                WithAlpha(palette::kPanel, 0.0f), WithAlpha(palette::kPanel, 0.0f), palette::kPanel);
  }
  if (shard.recent.empty()) {
    const char* text = shard.record_count > 0 ? "records trimmed" : (shard.open ? "no records yet" : "no records");
    dl->AddText(ImVec2(belt_min.x + 10 * s, belt_min.y + (g.belt_h - ImGui::GetFontSize()) * 0.5f),
                palette::kTextDim, text);
  }
  if (!shard.open) {
    // A closed shard takes no more records: its head is barred.
    dl->AddRectFilled(ImVec2(belt_max.x - 5 * s, belt_min.y + 2 * s), ImVec2(belt_max.x - 2 * s, belt_max.y - 2 * s),
                      palette::kWarning, 1.5f * s);
  }

  // Readers: one per trigger that reads this shard, labelled under the belt (labels share lanes).
  const float line = ImGui::GetTextLineHeight();
  const float lanes_top = belt_max.y + line * 0.3f;
  std::vector<std::vector<LabelSpan>> lanes(ReaderLanes(b.stream.triggers.size()));
  int hovered_reader = -1;
  for (size_t ti = 0; ti < b.stream.triggers.size(); ++ti) {
    const TriggerSnapshot& t = b.stream.triggers[ti];
    auto rs = std::find_if(t.shards.begin(), t.shards.end(),
                           [&](const TriggerShardSnapshot& x) { return x.shard_id == shard.id; });
    if (rs == t.shards.end()) continue;
    const ReaderMark mark = LocateReader(shard, *rs);
    float x = belt_min.x + 6 * s;  // kBeforeShown: at the tail
    if (mark.where == ReaderMark::Where::kAtRecord) {
      x = mark.record >= visible.first ? card_left(mark.record) - 2 * s : belt_min.x + 6 * s;
    } else if (mark.where == ReaderMark::Where::kCaughtUp || mark.where == ReaderMark::Where::kFinished) {
      x = belt_max.x - head_pad + 2 * s;
    }
    const ImU32 color = rs->pending_attempts > 0 ? palette::kError : AgeColor(rs->iterator_age_ms);
    char text[200];
    std::snprintf(text, sizeof text, "%s  \xC2\xB7  age %s  \xC2\xB7  %s", t.name.c_str(),
                  FormatAge(rs->iterator_age_ms).c_str(), ReaderStatus(*rs, mark, WaitsForParent(t, shard)).c_str());
    const ImVec2 size = ImGui::CalcTextSize(text);
    // The label starts at the marker, or ends there when the marker is near the head.
    float tx = x + 5 * s;
    if (tx + size.x > belt_max.x) tx = x - 5 * s - size.x;
    const size_t lane = PlaceLabel(&lanes, tx, size.x, belt_min.x, belt_max.x, 14 * s, &tx);
    const float label_y = lanes_top + static_cast<float>(lane) * line * 1.05f;
    dl->AddLine(ImVec2(x, belt_min.y - 2 * s), ImVec2(x, label_y + line * 0.5f), WithAlpha(color, 0.9f), 2.0f * s);
    DrawReaderGlyph(dl, x, belt_min.y - 9 * s, 10 * s, color);
    dl->AddText(ImVec2(tx, label_y), color, text);
    if (mouse.y >= label_y && mouse.y < label_y + line && mouse.x >= std::min(tx, x) &&
        mouse.x < std::max(tx + size.x, x) && ImGui::IsWindowHovered())
      hovered_reader = static_cast<int>(ti);
  }
  if (hovered >= 0) {
    const StreamRecordSummary& r = shard.recent[static_cast<size_t>(hovered)];
    CardTooltip(WithImages(engine, b, shard, r), KeyLabel(r.keys, b.partition_key, 40), b.stream.view_type);
  } else if (hovered_reader >= 0) {
    const TriggerSnapshot& t = b.stream.triggers[static_cast<size_t>(hovered_reader)];
    ImGui::BeginTooltip();
    ImGui::Text("Trigger %s (%s handler)", t.name.c_str(), t.handler.c_str());
    ImGui::TextDisabled("Reads this shard in order, at most %lld records per invocation; a failing batch is "
                        "retried and blocks the shard.",
                        static_cast<long long>(t.batch_size));
    ImGui::EndTooltip();
  }
}

void DrawBelts(const Engine& engine, ViewState& state) {
  const StreamBeltState& b = state.stream_belt;
  const BeltGeometry g = MakeGeometry(state, b.stream.triggers.size());
  if (!ImGui::BeginChild("##belts", ImVec2(0, 0), false)) {
    ImGui::EndChild();
    return;
  }
  const float width = ImGui::GetContentRegionAvail().x;
  // The lineage column grows with the deepest visible level, up to half the width.
  int max_depth = 0;
  for (const BeltRow& r : b.rows) max_depth = std::max(max_depth, r.depth);
  const float label_w = std::min(g.label_w + g.indent * static_cast<float>(max_depth), width * 0.5f);
  const float belt_w = std::max(width - label_w - 4 * g.scale, g.pitch);
  const float top_pad = ImGui::GetTextLineHeight() * 0.55f;  // room for the readers' glyphs
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float row_pitch = g.row_h + top_pad;

  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(b.rows.size()), row_pitch);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const BeltRow& row = b.rows[static_cast<size_t>(i)];
      const ShardSnapshot& shard = b.stream.shards[row.shard];
      const float y = origin.y + static_cast<float>(i) * row_pitch + top_pad;
      const float parent_bottom =
          row.parent_row >= 0 ? origin.y + static_cast<float>(row.parent_row) * row_pitch + top_pad + g.belt_h * 0.5f +
                                    ImGui::GetTextLineHeight()
                              : y;
      ImGui::SetCursorScreenPos(ImVec2(origin.x, y - top_pad));
      ImGui::Dummy(ImVec2(width, row_pitch));
      DrawShardLabel(state, g, row, shard, ImVec2(origin.x, y), parent_bottom);
      DrawBelt(engine, state, g, shard, ImVec2(origin.x + label_w, y), belt_w);
    }
  }
  clipper.End();
  ImGui::EndChild();
}

}  // namespace

//-------------------------------------------------------------------------------------------------
// [SECTION] Window
//-------------------------------------------------------------------------------------------------

void DrawStreamBeltWindow(Engine& engine, ViewState& state, bool* p_open) {
  PlaceNextWindow(state.layout.map_pos, state.layout.map_size);
  if (!ImGui::Begin("Stream belt", p_open, DockedWindowFlags() | ImGuiWindowFlags_NoTitleBar)) {
    ImGui::End();
    return;
  }
  DrawCenterTabs(state);
  if (state.selected_table.empty()) {
    DrawEmpty(state, "No table selected",
              "Create a table with a stream (table designer, or CreateTable with a StreamSpecification): its "
              "shards and records show here.");
    ImGui::End();
    return;
  }
  Refresh(engine, state);
  if (!state.stream_belt.has_stream) {
    DrawEmpty(state, "No stream",
              "Streams are off for this table: enable with UpdateTable StreamSpecification or in the table designer. "
              "Then every write shows here as a record on the belt of its partition's shard, and triggers "
              "(CreateStreamTrigger) as readers on the belts.");
    ImGui::End();
    return;
  }
  DrawHeader(state);
  DrawLegend();
  DrawTriggers(state);
  ImGui::Spacing();
  DrawBelts(engine, state);
  ImGui::End();
}

}  // namespace ddb::viz
