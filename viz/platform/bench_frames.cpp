// `ddbviz bench-frames` (see bench_frames.h). The table is provisioned so that DynamoDB's formula
// gives exactly the requested partition count, loaded at a pace that never throttles, and kept
// busy by a workload whose rate swings, so that the frames draw live, uneven heat.
//
// Index of this file:
// [SECTION] Table and traffic
// [SECTION] Statistics
// [SECTION] Measurement
// [SECTION] Index flow
// [SECTION] Command
#include "platform/bench_frames.h"

#include "app/app.h"
#include "app/partition_effects.h"
#include "app/theme.h"
#include "ddb/engine.h"
#include "platform/glfw_frame.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

#include <CLI/CLI.hpp>
#include <GLFW/glfw3.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace ddb::viz {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr const char* kTable = "Bench";
constexpr const char* kKeyPrefix = "item";  // items are "item#0", "item#1", ... as workloads name keys
// The window matches the Xvfb screen `make bench` starts (tools/bench.sh).
constexpr int kWindowWidth = 1600, kWindowHeight = 900;
// The fixed step the app advances by per frame, as in scripted runs of the desktop app (60 fps).
constexpr double kFrameSeconds = 1.0 / 60.0;

//-------------------------------------------------------------------------------------------------
// [SECTION] Table and traffic
//-------------------------------------------------------------------------------------------------

// DynamoDB sizes a new provisioned table at ceil(RCU / 3000 + WCU / 1000) partitions
// (dynamodb-model §6.1): 1500 RCU and 500 WCU per partition make that exactly `partitions`.
constexpr int kReadUnitsPerPartition = 1500;
constexpr int kWriteUnitsPerPartition = 500;

// With `stream`, the table has a NEW_AND_OLD_IMAGES stream (the stream belt's run).
bool CreateTable(Engine& engine, int partitions, const char* table = kTable, bool stream = false) {
  json request = {
      {"TableName", table},
      {"AttributeDefinitions", {{{"AttributeName", "pk"}, {"AttributeType", "S"}}}},
      {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}}}},
      {"ProvisionedThroughput",
       {{"ReadCapacityUnits", kReadUnitsPerPartition * partitions},
        {"WriteCapacityUnits", kWriteUnitsPerPartition * partitions}}}};
  if (stream) request["StreamSpecification"] = {{"StreamEnabled", true}, {"StreamViewType", "NEW_AND_OLD_IMAGES"}};
  auto created = engine.Handle("CreateTable", request);
  if (!created.ok()) {
    std::fprintf(stderr, "ddbviz: CreateTable failed: %s\n", created.error().message.c_str());
    return false;
  }
  // CreateTable is asynchronous: let virtual time run until the table is ACTIVE (bounded).
  TableSnapshot snapshot;
  for (int i = 0; i < 600; ++i) {
    if (engine.SnapshotTable(table, &snapshot) && snapshot.status == "ACTIVE") return true;
    engine.AdvanceClock(100);
  }
  std::fprintf(stderr, "ddbviz: the table did not become ACTIVE\n");
  return false;
}

// Writes `items` one-unit items through the typed door (Engine::PutItem), at 80 % of the table's
// write capacity: each partition's allocated bucket holds a second of its share, which absorbs
// the uneven spread of keys over partitions, so no write is throttled. Returns the writes that
// failed (any error, throttling included).
int64_t LoadItems(Engine& engine, int items, int partitions, const char* table = kTable) {
  // 80 % of 500 WCU per partition is 400 writes per second, 4 per partition every 10 ms.
  constexpr int64_t kStepMs = 10;
  const int writes_per_step = 4 * partitions;
  int64_t failed = 0;
  for (int i = 0; i < items; ++i) {
    PutItemInput input;
    input.table_name = table;
    input.item["pk"] = AttributeValue(std::string(kKeyPrefix) + "#" + std::to_string(i));
    if (!engine.PutItem(std::move(input)).ok()) ++failed;
    if (i % writes_per_step == writes_per_step - 1) engine.AdvanceClock(kStepMs);
  }
  return failed;
}

// Live traffic for the frames: per partition between 1 and 8 requests a second (a 60 s wave), a
// quarter of them reads, writes of 1 KB to 40 KB (1 to 40 WCU, about 20 on average) over the first
// 10,000 items. At the crest that is about 6 x 20 = 120 WCU per partition per second, a quarter of
// the 500 WCU share (partitions holding more of the keys get two or three times that), so nothing
// is throttled; but sizes, rates and key counts vary, so neighbouring cells of the heat timeline
// differ (its cost grows with the runs of equal colour it draws, see heat_timeline_model.h). Few
// large writes rather than many small ones: the same heat costs the engine less time to simulate.
constexpr int kTroughPerPartition = 1, kCrestPerPartition = 8;
constexpr int64_t kWaveSeconds = 60;
constexpr int kWorkloadKeys = 10'000;
// Traffic run before the first frame: the heat timeline's default view (300 s) is full of it.
constexpr int64_t kHistorySeconds = 300;

bool StartWorkload(Engine& engine, int items, int partitions, const char* table = kTable) {
  json request = {{"TableName", table},
                  {"WorkloadName", "live"},
                  {"Rate",
                   {{"Shape", "DAILY"},
                    {"RequestsPerSecond", kTroughPerPartition * partitions},
                    {"PeakRequestsPerSecond", kCrestPerPartition * partitions},
                    {"PeriodSeconds", kWaveSeconds}}},
                  {"ReadFraction", 0.25},
                  {"ItemSize", {{"Distribution", "UNIFORM"}, {"MinBytes", 1000}, {"MaxBytes", 40'000}}},
                  {"Keys",
                   {{"Distribution", "UNIFORM"},
                    {"KeyCount", std::min(items, kWorkloadKeys)},
                    {"Prefix", kKeyPrefix}}}};
  auto started = engine.Handle("StartWorkload", request);
  if (!started.ok()) {
    std::fprintf(stderr, "ddbviz: StartWorkload failed: %s\n", started.error().message.c_str());
    return false;
  }
  return true;
}

struct WorkloadCounts {
  double sent = 0, throttled = 0, failed = 0;
};

// The workload's counters from ListWorkloads; false when they cannot be read.
bool ReadWorkload(Engine& engine, WorkloadCounts* out) {
  auto list = engine.Handle("ListWorkloads", json::object());
  if (!list.ok() || !list.value().is_object()) return false;
  const json& body = list.value();
  auto workloads = body.find("Workloads");
  if (workloads == body.end() || !workloads->is_array() || workloads->empty()) return false;
  const json& w = workloads->front();
  auto number = [&](const char* name, double* value) {
    auto it = w.find(name);
    if (it == w.end() || !it->is_number()) return false;
    *value = it->get<double>();
    return true;
  };
  return number("RequestsSent", &out->sent) && number("Throttled", &out->throttled) &&
         number("Failed", &out->failed);
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Statistics
//-------------------------------------------------------------------------------------------------

double Milliseconds(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

// Nearest-rank percentile (p in (0, 1]) of `sorted`. REQUIRES: sorted is not empty.
double Percentile(const std::vector<double>& sorted, double p) {
  auto rank = static_cast<size_t>(std::ceil(p * static_cast<double>(sorted.size())));
  return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

void ReportFor(const char* name, std::vector<double> ms, const char* what, int count, int partitions) {
  std::sort(ms.begin(), ms.end());
  std::printf("bench frame %-16s median %.2f ms  p95 %.2f ms  max %.2f ms  (%d %s, %d partitions, %zu frames)\n",
              name, Percentile(ms, 0.5), Percentile(ms, 0.95), ms.back(), count, what, partitions, ms.size());
}

void Report(const char* name, std::vector<double> ms, const BenchFramesOptions& o) {
  ReportFor(name, std::move(ms), "items", o.items, o.partitions);
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Measurement
//-------------------------------------------------------------------------------------------------

void PrintGlfwError(int code, const char* description) {
  std::fprintf(stderr, "ddbviz: GLFW error %d: %s\n", code, description);
}

// The frame timings of one run, in milliseconds.
struct Series {
  std::vector<double> partition_map, heat_timeline, index_flow, stream_belt, whole, gl;
};

// One frame as RunFrame (glfw_frame.h) runs it, with a clock read between the app's CPU work
// (Update, which advances virtual time as the app does while playing, then ImGui's frame and draw
// lists) and the submission to OpenGL. Under Xvfb that submission runs Mesa's software renderer
// (llvmpipe) on the CPU, standing in for a GPU: not what a browser's main thread pays, so it is
// kept apart from the whole frame.
void TimedFrame(App& app, float scale, Series* into) {
  const auto start = Clock::now();
  if (app.SetScale(scale)) ImGui_ImplOpenGL3_DestroyDeviceObjects();
  app.Update(kFrameSeconds);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  app.DrawFrame();
  ImGui::Render();
  const auto drawn = Clock::now();

  const ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  const ImVec4 clear = ToVec4(palette::kBackground);
  glClearColor(clear.x, clear.y, clear.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

  into->partition_map.push_back(Milliseconds(app.draw_timings().partition_map));
  into->heat_timeline.push_back(Milliseconds(app.draw_timings().heat_timeline));
  into->index_flow.push_back(Milliseconds(app.draw_timings().index_flow));
  into->stream_belt.push_back(Milliseconds(app.draw_timings().stream_belt));
  into->whole.push_back(Milliseconds(drawn - start));
  into->gl.push_back(Milliseconds(Clock::now() - drawn));
}

// Runs frames 0..frames of `app`: the first one (it opens the views and fetches what they show
// once) into *first, the others into *series.
void RunFrames(GLFWwindow* window, App& app, int frames, Series* first, Series* series) {
  float scale_x = 1.0f, scale_y = 1.0f;
  glfwGetWindowContentScale(window, &scale_x, &scale_y);
  for (int frame = 0; frame <= frames; ++frame) {
    glfwPollEvents();
    TimedFrame(app, scale_x, frame == 0 ? first : series);
    glfwSwapBuffers(window);
    // llvmpipe rasterizes on threads of its own: let it finish here, outside the measurement, so
    // it does not compete with the next frame for the CPU.
    glFinish();
  }
}

// Loads the table, runs the frames and fills `series` (the first frame apart in `first`).
// Returns false when the setup did not hold.
bool Measure(GLFWwindow* window, const BenchFramesOptions& o, Series* first, Series* series) {
  App app(EngineOptions{});
  Engine& engine = app.engine();
  if (!CreateTable(engine, o.partitions)) return false;

  const auto load_start = Clock::now();
  const int64_t load_from_ms = engine.now_ms();
  const int64_t failed_writes = LoadItems(engine, o.items, o.partitions);
  std::printf("bench frames: %d items written in %.1f virtual s (%.1f s), %lld failed or throttled\n", o.items,
              static_cast<double>(engine.now_ms() - load_from_ms) / 1000.0,
              std::chrono::duration<double>(Clock::now() - load_start).count(),
              static_cast<long long>(failed_writes));
  if (failed_writes > 0 || !StartWorkload(engine, o.items, o.partitions)) return false;
  for (int64_t ms = 0; ms < kHistorySeconds * 1000; ms += 100) engine.AdvanceClock(100);

  // The frames show the loaded table as it is: nothing of the loading animates (as for the
  // desktop app's --sample), only the traffic from now on.
  ViewState& state = app.state();
  state.selected_table = kTable;
  state.playing = true;
  state.speed = 1.0f;
  state.last_event_seq = engine.events().last_seq();
  IngestEffects(engine.events(), state.ui_time_s, /*animate=*/false, &app.capacity_views().effects);
  app.capacity_views().tab = SideTab::kHeatTimeline;

  // The first frame fetches every item point and the whole metric history once (what selecting a
  // table costs), so it is reported on its own.
  RunFrames(window, app, o.frames, first, series);
  if (series->partition_map.back() <= 0.0 || series->heat_timeline.back() <= 0.0) {
    std::fprintf(stderr, "ddbviz: the partition map or the heat timeline was not drawn\n");
    return false;
  }

  WorkloadCounts counts;
  TableSnapshot table;
  if (!ReadWorkload(engine, &counts) || !engine.SnapshotTable(kTable, &table)) {
    std::fprintf(stderr, "ddbviz: cannot read the workload or the table back\n");
    return false;
  }
  std::printf("bench frames: workload sent %.0f requests, %.0f throttled, %.0f failed; the table has %zu partitions, "
              "%llu items\n",
              counts.sent, counts.throttled, counts.failed, table.partitions.size(),
              static_cast<unsigned long long>(table.item_count));
  if (counts.throttled > 0 || counts.failed > 0 || table.partitions.size() != static_cast<size_t>(o.partitions)) {
    std::fprintf(stderr, "ddbviz: the traffic was throttled or the partitions changed: the figures do not "
                         "describe the table asked for\n");
    return false;
  }
  return true;
}

// The stream belt's run: a table whose stream receives `stream_records` writes (one record each)
// while a trigger reads it 10 records per invocation, far slower than they arrive, so most of them
// are still in flight (appended, not delivered) when the frames start; the workload keeps adding
// records (INSERT and MODIFY) during the frames.
constexpr const char* kStreamTable = "BenchStream";
constexpr int kStreamPartitions = 16;

bool MeasureStreamBelt(GLFWwindow* window, const BenchFramesOptions& o, Series* first, Series* series) {
  App app(EngineOptions{});
  Engine& engine = app.engine();
  if (!CreateTable(engine, kStreamPartitions, kStreamTable, /*stream=*/true)) return false;
  auto trigger = engine.Handle("CreateStreamTrigger", {{"TriggerName", "slow-reader"},
                                                       {"TableName", kStreamTable},
                                                       {"StartingPosition", "TRIM_HORIZON"},
                                                       {"BatchSize", 10},
                                                       {"Handler", {{"Type", "NONE"}}}});
  if (!trigger.ok()) {
    std::fprintf(stderr, "ddbviz: CreateStreamTrigger failed: %s\n", trigger.error().message.c_str());
    return false;
  }
  const int64_t failed_writes = LoadItems(engine, o.stream_records, kStreamPartitions, kStreamTable);
  if (failed_writes > 0 || !StartWorkload(engine, o.stream_records, kStreamPartitions, kStreamTable)) return false;
  engine.AdvanceClock(10'000);

  ViewState& state = app.state();
  state.selected_table = kStreamTable;
  state.playing = true;
  state.speed = 1.0f;
  state.last_event_seq = engine.events().last_seq();
  IngestEffects(engine.events(), state.ui_time_s, /*animate=*/false, &app.capacity_views().effects);
  state.center_tab = CenterTab::kStreamBelt;

  RunFrames(window, app, o.frames, first, series);
  StreamSnapshot stream;
  if (series->stream_belt.back() <= 0.0 || !engine.SnapshotStream(kStreamTable, &stream, 0) ||
      stream.triggers.empty()) {
    std::fprintf(stderr, "ddbviz: the stream belt was not drawn or the stream is gone\n");
    return false;
  }
  uint64_t appended = 0;
  for (const ShardSnapshot& shard : stream.shards) appended += shard.record_count;
  const uint64_t delivered = stream.triggers.front().records_delivered;
  std::printf("bench frames: stream of %zu shards, %llu records appended, %llu delivered, %llu in flight; "
              "iterator age %.1f s\n",
              stream.shards.size(), static_cast<unsigned long long>(appended),
              static_cast<unsigned long long>(delivered),
              static_cast<unsigned long long>(appended - std::min(appended, delivered)),
              static_cast<double>(stream.triggers.front().iterator_age_ms) / 1000.0);
  return true;
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Index flow
//-------------------------------------------------------------------------------------------------

// The Index flow tab with about 100k GSI updates in flight. A GSI applies at most its partitions'
// ceiling (1,000 WCU/s each) and holds back base writes only when its queue exceeds a second of its
// share plus its banked burst (300 s of its share), so: a GSI of 500 WCU (2 partitions, 75,000
// units of burst each after 300 idle seconds) behind a 60,000 WCU table taking 40,000 writes a
// second. 130,000 writes in 3.25 virtual seconds leave about 123,000 queued; the frames (5 virtual
// seconds at 1x) drain about 10,000 more. The snapshot carries the oldest 512 as dots.
constexpr const char* kFlowTable = "Flow";
constexpr int kFlowWrites = 130'000;
constexpr int kFlowIndexPartitions = 2;  // ceil(3000/3000 + 500/1000) for the GSI

bool CreateFlowTable(Engine& engine) {
  json request = json::parse(R"({"TableName":"Flow",
    "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"grp","AttributeType":"S"}],
    "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],
    "ProvisionedThroughput":{"ReadCapacityUnits":3000,"WriteCapacityUnits":60000},
    "GlobalSecondaryIndexes":[{"IndexName":"ByGroup","KeySchema":[{"AttributeName":"grp","KeyType":"HASH"}],
      "Projection":{"ProjectionType":"KEYS_ONLY"},
      "ProvisionedThroughput":{"ReadCapacityUnits":3000,"WriteCapacityUnits":500}}]})");
  if (!engine.Handle("CreateTable", request).ok()) return false;
  TableSnapshot snapshot;
  for (int i = 0; i < 600 && !(engine.SnapshotTable(kFlowTable, &snapshot) && snapshot.status == "ACTIVE"); ++i)
    engine.AdvanceClock(100);
  if (snapshot.status != "ACTIVE") return false;
  for (int s = 0; s < 300; ++s) engine.AdvanceClock(1000);  // 300 idle seconds bank the index's burst
  return true;
}

uint64_t PendingUpdates(const Engine& engine) {
  TableSnapshot t;
  if (!engine.SnapshotTable(kFlowTable, &t) || t.indexes.empty()) return 0;
  return t.indexes.front().pending_updates;
}

// Runs the Index flow frames; fills *ms with its CPU time per frame.
bool MeasureIndexFlow(GLFWwindow* window, const BenchFramesOptions& o, Series* first, Series* series) {
  App app(EngineOptions{});
  Engine& engine = app.engine();
  if (!CreateFlowTable(engine)) {
    std::fprintf(stderr, "ddbviz: the index flow table could not be created\n");
    return false;
  }
  int64_t refused = 0;
  for (int i = 0; i < kFlowWrites; ++i) {
    PutItemInput input;
    input.table_name = kFlowTable;
    input.item["pk"] = AttributeValue("order#" + std::to_string(i));
    input.item["grp"] = AttributeValue("group#" + std::to_string(i % 1000));
    if (!engine.PutItem(std::move(input)).ok()) ++refused;
    if (i % 400 == 399) engine.AdvanceClock(10);  // 40,000 writes a second
  }
  const uint64_t pending_before = PendingUpdates(engine);
  ViewState& state = app.state();
  state.selected_table = kFlowTable;
  state.playing = true;
  state.speed = 1.0f;
  state.center_tab = CenterTab::kIndexFlow;
  state.last_event_seq = engine.events().last_seq();
  state.index_flow.effects.last_seq = engine.events().last_seq();
  IngestEffects(engine.events(), state.ui_time_s, /*animate=*/false, &app.capacity_views().effects);
  RunFrames(window, app, o.frames, first, series);
  const uint64_t pending_after = PendingUpdates(engine);
  std::printf("bench frames: index flow: %d writes (%lld refused by back-pressure), GSI updates in flight %llu at "
              "the first frame, %llu at the last\n",
              kFlowWrites, static_cast<long long>(refused), static_cast<unsigned long long>(pending_before),
              static_cast<unsigned long long>(pending_after));
  if (series->index_flow.empty() || series->index_flow.back() <= 0.0 || pending_after < 100'000) {
    std::fprintf(stderr, "ddbviz: the index flow was not drawn with 100k updates in flight\n");
    return false;
  }
  return true;
}

}  // namespace

//-------------------------------------------------------------------------------------------------
// [SECTION] Command
//-------------------------------------------------------------------------------------------------

CLI::App* AddBenchFramesCommand(CLI::App& cli, BenchFramesOptions* o) {
  CLI::App* bench = cli.add_subcommand(
      "bench-frames", "Measure the CPU time per frame of the partition map and the heat timeline on a big "
                      "table, the index flow with 100k GSI updates in flight and the stream belt (needs a display: "
                      "xvfb-run -a ddbviz bench-frames)");
  bench->add_option("--items", o->items, "Items loaded into the table")
      ->capture_default_str()
      ->check(CLI::Range(1, 10'000'000));
  bench->add_option("--partitions", o->partitions, "Partitions of the table")
      ->capture_default_str()
      ->check(CLI::Range(1, 4096));
  bench->add_option("--frames", o->frames, "Frames measured")->capture_default_str()->check(CLI::Range(1, 100'000));
  bench->add_option("--stream-records", o->stream_records,
                    "Records written to the stream belt's table before its frames (0: skip that run)")
      ->capture_default_str()
      ->check(CLI::Range(0, 10'000'000));
  bench->add_flag("--stream-only", o->stream_only, "Only the stream belt's run");
  return bench;
}

int RunBenchFrames(const BenchFramesOptions& options) {
  glfwSetErrorCallback(PrintGlfwError);
  if (!glfwInit()) {
    std::fprintf(stderr, "ddbviz: cannot open a window (no display?). Headless: xvfb-run -a ddbviz bench-frames\n");
    return 1;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);  // frames are rendered, never shown
  GLFWwindow* window = glfwCreateWindow(kWindowWidth, kWindowHeight, "ddbviz bench-frames", nullptr, nullptr);
  if (!window) {
    glfwTerminate();
    return 1;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(0);  // as fast as it goes: the display's refresh must not pace the frames
  if (!InitImGui(window, "#version 130")) {
    std::fprintf(stderr, "ddbviz: ImGui initialisation failed\n");
    glfwDestroyWindow(window);
    glfwTerminate();
    return 1;
  }

  Series first, series;
  bool ok = options.stream_only || Measure(window, options, &first, &series);
  if (ok && !options.stream_only) {
    std::printf("bench frames: first frame (opens the views): partition map %.1f ms, heat timeline %.1f ms, "
                "whole frame %.1f ms\n",
                first.partition_map.front(), first.heat_timeline.front(), first.whole.front());
    Report("partition map", series.partition_map, options);
    Report("heat timeline", series.heat_timeline, options);
    Report("whole frame", series.whole, options);
    Report("gl (llvmpipe)", series.gl, options);
  }
  if (ok && options.stream_records > 0) {
    Series stream_first, stream_series;
    ok = MeasureStreamBelt(window, options, &stream_first, &stream_series);
    if (ok) {
      std::printf("bench frames: first frame (opens the stream belt): stream belt %.1f ms, whole frame %.1f ms\n",
                  stream_first.stream_belt.front(), stream_first.whole.front());
      ReportFor("stream belt", stream_series.stream_belt, "records", options.stream_records, kStreamPartitions);
      ReportFor("whole frame", stream_series.whole, "records", options.stream_records, kStreamPartitions);
    }
  }
  if (ok && !options.stream_only) {
    Series flow_first, flow_series;
    ok = MeasureIndexFlow(window, options, &flow_first, &flow_series);
    if (ok) {
      std::printf("bench frames: first frame (opens the index flow): index flow %.1f ms, whole frame %.1f ms\n",
                  flow_first.index_flow.front(), flow_first.whole.front());
      ReportFor("index flow", flow_series.index_flow, "GSI writes", kFlowWrites, kFlowIndexPartitions);
      ReportFor("whole frame", flow_series.whole, "GSI writes", kFlowWrites, kFlowIndexPartitions);
    }
  }
  ShutdownImGui();
  glfwDestroyWindow(window);
  glfwTerminate();
  return ok ? 0 : 1;
}

}  // namespace ddb::viz
