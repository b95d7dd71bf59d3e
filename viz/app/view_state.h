// Everything the viz remembers between frames, in one place: which windows are open, the
// selection, playback, form contents, running animations and the last response. The engine holds
// the simulated world; ViewState holds only how we look at it (STYLE.md §5), so no window keeps
// function-local static state and a test can build a ViewState, draw a frame and inspect it.
#pragma once

#include "app/index_flow_model.h"
#include "app/stream_belt_model.h"
#include "app/table_designer_model.h"
#include "imgui.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ddb::viz {

// Which windows are open (ImGui-demo style: one bool per window).
struct OpenWindows {
  bool partition_map = true;
  bool time_controls = true;
  bool tables = true;
  bool event_log = true;
  bool console = true;
  bool item_browser = true;
  bool about = false;
  bool table_designer = false;  // a floating window, opened from Tables or the tables list
  bool index_flow = true;       // a tab of the centre area, next to the partition map
  bool stream_belt = true;      // likewise
};

// The Index flow view (windows/index_flow_window.cpp): the table snapshot and the model, refilled
// every frame into reused buffers, and the stale-read / back-pressure flags read from the event log.
struct IndexFlowView {
  TableSnapshot snapshot;
  IndexFlowModel model;
  IndexFlowEffects effects;
};

// The centre area holds the partition map and the views that share its place as tabs.
enum class CenterTab { kPartitionMap, kIndexFlow, kStreamBelt };

// The bottom panel holds several windows as tabs (console, items, event log); one shows at a time.
enum class BottomTab { kConsole, kItems, kEventLog };

// Screen rectangles of the fixed, docked-looking layout, recomputed when the display size or the
// scale changes.
struct Layout {
  ImVec2 display_size = {0, 0};
  float scale = 0.0f;
  ImVec2 tables_pos, tables_size;
  ImVec2 time_pos, time_size;
  ImVec2 map_pos, map_size;
  ImVec2 log_pos, log_size;
};

// The fonts built for the current scale (owned by ImGui's font atlas).
struct Fonts {
  ImFont* regular = nullptr;
  ImFont* bold = nullptr;
  ImFont* large = nullptr;  // bold, for the clock and empty-state titles
};

// A dot moving in the partition map: a write falls into its partition, a delete fades out.
enum class AnimationKind { kWrite, kDelete, kRead };
struct ItemAnimation {
  AnimationKind kind = AnimationKind::kWrite;
  std::string table;
  int partition = -1;
  uint64_t key_hash = 0;
  double start_s = 0.0;  // ViewState::ui_time_s when the event was seen
};

enum class KeyType { kS = 0, kN = 1, kB = 2 };

struct CreateTableForm {
  char name[256] = "Orders";
  char partition_key[256] = "CustomerId";
  int partition_key_type = 0;  // KeyType
  bool has_sort_key = true;
  char sort_key[256] = "OrderDate";
  int sort_key_type = 0;  // KeyType
  bool on_demand = false;  // PAY_PER_REQUEST instead of PROVISIONED
  int read_capacity = 5;
  int write_capacity = 5;
};

struct ItemForm {
  char partition_value[1024] = "";
  char sort_value[1024] = "";
  char extra_json[4096] = "";  // DynamoDB JSON object of non-key attributes, may be empty
};

// The key schema of a table as DescribeTable reports it ("S", "N" or "B" types).
struct KeySchema {
  std::string partition_key, partition_type;
  std::string sort_key, sort_type;  // empty when the table has no sort key
};

// What the last request from the UI returned.
struct LastResponse {
  bool has_value = false;
  std::string operation;
  bool ok = false;
  std::string body;           // pretty JSON of the response (ok) or of the error body
  std::string error_type;     // e.g. "ValidationException"
  std::string error_message;
};

// The table designer window: the design being edited and what the engine answered to it.
struct TableDesignerState {
  TableDesign design;
  LastResponse response;         // the designer's own last CreateTable, kept apart from other requests
  std::string copied;            // "JSON" or "CLI": which Copy button shows "Copied" for a moment
  double copied_at_s = -1.0;     // ViewState::ui_time_s of that click
};

// One console submission and what came back, as the scrollback shows it.
struct ConsoleEntry {
  std::string input;      // the text as typed
  std::string operation;  // "PutItem"; empty when the text did not parse
  bool ok = false;
  std::string body;       // pretty JSON of the response, or of the request when it did not parse
  std::string error_type;     // "ValidationException"
  std::string error_message;
  int error_offset = -1;      // byte range of `input` a parse error points at, -1 when none
  int error_length = 0;
  std::vector<std::string> notes;  // what the console adapted (ConsoleRequest::notes)
  // Capacity the engine charged, summed from the events the request produced.
  int64_t read_half_units = 0;
  int64_t write_units = 0;
  bool response_has_capacity = false;  // the response itself carried ConsumedCapacity
  std::string cli;  // the request as an AWS CLI command (FormatAsCli)
};

// Up/Down history of console submissions, shell style: `pos` == entries.size() is the draft.
struct ConsoleHistory {
  std::vector<std::string> entries;
  size_t pos = 0;
  std::string draft;  // what was being typed before browsing the history
};

struct ConsoleState {
  char input[16384] = "";
  ConsoleHistory history;
  std::vector<ConsoleEntry> entries;
  std::vector<std::string> completions;  // candidates of the last Tab press (shown under the input)
  int last_cursor = 0;        // input cursor at the previous frame (first/last line test)
  bool focus_input = false;   // give the input the keyboard next frame
  bool scroll_to_bottom = false;
  bool run_requested = false;  // Ctrl+Enter seen inside the input callback
};

// A capacity label floating up from a partition of the map ("+1 WCU"), ~1.5 s of real time.
struct CapacityLabel {
  std::string table;
  int partition = -1;
  uint64_t key_hash = 0;  // 0 when the event was not about one key (a Query or Scan page)
  int64_t read_half_units = 0;
  int64_t write_units = 0;
  bool condition_failed = false;
  double start_s = 0.0;
};

// One row of the item browser: a collection header or an item.
struct ItemBrowserRow {
  bool header = false;
  size_t index = 0;  // into ItemBrowserModel::collections (header) or ::items (item)
};

struct BrowserItem {
  std::string partition_value, sort_value;  // display text of the key values
  std::string json;                         // compact DynamoDB JSON of the whole item
  uint32_t size_bytes = 0;
  int partition = -1;
};

struct ItemCollection {
  std::string partition_value;
  uint64_t key_hash = 0;
  int partition = -1;
  size_t first = 0, count = 0;  // range in ItemBrowserModel::items
  uint64_t size_bytes = 0;
};

// The selected table's items grouped into item collections, rebuilt only when the table or the
// event log moved on.
struct ItemBrowserModel {
  std::string table;
  uint64_t built_at_seq = UINT64_MAX;  // EventLog::last_seq() when built; MAX = never built
  std::string built_filter;            // the filter the rows were built with
  std::string partition_key, sort_key;
  std::vector<BrowserItem> items;
  std::vector<ItemCollection> collections;
  std::vector<ItemBrowserRow> rows;
};

// The stream belt view: the selected table's stream as last fetched, and what it learnt from the
// event log (why shards closed). The snapshot and rows are kept between frames and refetched only
// when the engine moved on, so their buffers are reused.
struct StreamBeltState {
  std::string table;
  uint64_t fetched_seq = UINT64_MAX;  // EventLog::last_seq() when fetched; MAX = never
  int64_t fetched_ms = -1;            // virtual time when fetched (iterator ages move with it)
  double fetched_ui_s = -1e9;         // ViewState::ui_time_s when fetched
  bool has_stream = false;
  std::string partition_key;  // of the table, to put the partition key first on the cards
  StreamSnapshot stream;
  std::vector<BeltRow> rows;
  ShardCloseLog closes;
  // The hovered card's record with its images (fetched only for the card under the mouse).
  std::string image_shard, image_sequence;
  StreamRecordSummary image_record;
};

// A widget's rectangle in framebuffer pixels, recorded when drawn (web test hook, screenshots).
struct WidgetRect {
  float x = 0, y = 0, w = 0, h = 0;
};

struct ViewState {
  // Playback of virtual time.
  bool playing = true;          // CreateTable needs a few virtual seconds: play by default
  float speed = 1.0f;           // virtual ms per real ms, 0.25 .. 100
  double clock_carry_ms = 0.0;  // sub-millisecond remainder between frames
  double ui_time_s = 0.0;       // real (or fixed-step) seconds since start, drives animations
  uint64_t frame = 0;

  OpenWindows windows;
  Layout layout;
  Fonts fonts;

  std::string selected_table;
  std::map<std::string, KeySchema> key_schemas;  // cache of DescribeTable key schemas

  // Events already turned into animations.
  uint64_t last_event_seq = 0;
  std::vector<ItemAnimation> animations;

  CreateTableForm create_form;
  TableDesignerState designer;
  ItemForm item_form;
  LastResponse last_response;
  uint64_t random_item_counter = 0;  // deterministic source for "Write 10 random items"

  // Event log window.
  char event_filter[128] = "";
  bool event_show_reads = true;
  bool event_autoscroll = true;

  BottomTab bottom_tab = BottomTab::kConsole;
  CenterTab center_tab = CenterTab::kPartitionMap;
  IndexFlowView index_flow;
  StreamBeltState stream_belt;
  ConsoleState console;
  std::vector<CapacityLabel> capacity_labels;
  ItemBrowserModel item_browser;
  char item_filter[128] = "";

  std::map<std::string, WidgetRect> widget_rects;
};

}  // namespace ddb::viz
