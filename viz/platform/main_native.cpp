// The desktop entry point: a CLI11 command line around the GLFW + OpenGL 3 window. With no
// subcommand `ddbviz` opens the window; --frames/--screenshot make it scriptable for tests.
// Further subcommands (exec, bench-frames, serve) plug in next to the GUI options in main().
#include "app/app.h"
#include "ddb/exec_session.h"
#include "platform/bench_frames.h"
#include "platform/exec_command.h"
#include "platform/glfw_frame.h"
#include "platform/png_writer.h"

#include <CLI/CLI.hpp>
#include <GLFW/glfw3.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace ddb::viz {
namespace {

struct GuiOptions {
  int frames = 0;          // 0 = run until the window is closed
  std::string screenshot;  // PNG written after the last frame (requires --frames)
  uint64_t seed = 1;
  std::string profile = "real";
  int sample_items = -1;  // >= 0: start with the sample table and this many items
  std::string script;     // exec lines run before the first frame
  std::string side_tab = "workload";  // the right-hand panel's tab
  std::string center_tab = "map";     // the centre area's tab
  std::string bottom_tab = "console";  // the bottom panel's tab
  std::string chart_index;             // a GSI the capacity charts show instead of the table
  std::vector<std::string> open;  // windows to open at start ("designer")
  std::string designer_preset;     // preset filling the table designer's form
  int sample_animated = 0;  // how many of them are still falling into place at start
  int width = 1280, height = 800;
};

void AddGuiOptions(CLI::App& cli, GuiOptions* o) {
  cli.add_option("--frames", o->frames, "Quit after N frames (tests, screenshots)")
      ->check(CLI::NonNegativeNumber);
  cli.add_option("--screenshot", o->screenshot, "Write the last frame to FILE.png")
      ->needs(cli.get_option("--frames"));
  cli.add_option("--seed", o->seed, "Seed of the simulation")->capture_default_str();
  cli.add_option("--profile", o->profile, "Scale profile of new tables")
      ->capture_default_str()
      ->check(CLI::IsMember({"real", "classroom"}));
  cli.add_option("--sample", o->sample_items,
                 "Start with the Music sample table holding N random items");
  cli.add_option("--animate", o->sample_animated,
                 "With --sample: the last N writes animate into their partitions")
      ->needs(cli.get_option("--sample"));
  cli.add_option("--script", o->script,
                 "Run FILE's `ddbviz exec` lines (manual clock) before the first frame: a scenario to show")
      ->check(CLI::ExistingFile);
  cli.add_option("--side-tab", o->side_tab, "Tab of the right-hand panel: workload, heat or capacity")
      ->check(CLI::IsMember({"workload", "heat", "capacity"}))
      ->capture_default_str();
  cli.add_option("--center-tab", o->center_tab,
                 "Tab of the centre area: map (partition map), index-flow or stream (stream belt)")
      ->check(CLI::IsMember({"map", "index-flow", "stream"}))
      ->capture_default_str();
  cli.add_option("--bottom-tab", o->bottom_tab, "Tab of the bottom panel: console, items (item browser) or events (event log)")
      ->check(CLI::IsMember({"console", "items", "events"}))
      ->capture_default_str();
  cli.add_option("--chart-index", o->chart_index,
                 "Show a global secondary index's own partitions in the capacity charts and heat timeline (its name)");
  cli.add_option("--open", o->open, "Open a window at start: designer (the table designer)")
      ->check(CLI::IsMember({"designer"}));
  cli.add_option("--designer-preset", o->designer_preset,
                 "Fill the table designer with a preset: music, orders-gsi or forum-lsi")
      ->check(CLI::IsMember({"music", "orders-gsi", "forum-lsi"}));
  cli.add_option("--width", o->width, "Window width in screen units")->capture_default_str();
  cli.add_option("--height", o->height, "Window height in screen units")->capture_default_str();
}

void PrintGlfwError(int code, const char* description) {
  std::fprintf(stderr, "ddbviz: GLFW error %d: %s\n", code, description);
}

// Reads the back buffer (bottom row first in GL) into top-first RGBA and writes it as PNG.
bool SaveScreenshot(GLFWwindow* window, const std::string& path) {
  int w = 0, h = 0;
  glfwGetFramebufferSize(window, &w, &h);
  if (w <= 0 || h <= 0) return false;
  std::vector<uint8_t> pixels(static_cast<size_t>(w) * h * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  std::vector<uint8_t> flipped(pixels.size());
  size_t row = static_cast<size_t>(w) * 4;
  for (int y = 0; y < h; ++y) {
    const uint8_t* src = pixels.data() + row * static_cast<size_t>(h - 1 - y);
    std::copy(src, src + row, flipped.begin() + static_cast<long>(row * static_cast<size_t>(y)));
  }
  for (size_t i = 3; i < flipped.size(); i += 4) flipped[i] = 255;  // opaque
  return WritePng(path, flipped.data(), w, h);
}

int RunGui(const GuiOptions& options) {
  glfwSetErrorCallback(PrintGlfwError);
  if (!glfwInit()) {
    std::fprintf(stderr,
                 "ddbviz: cannot open a window (no display?). Headless: xvfb-run -a ddbviz ...\n");
    return 1;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  GLFWwindow* window = glfwCreateWindow(options.width, options.height,
                                        "ddbviz \xE2\x80\x94 DynamoDB internals you can watch",
                                        nullptr, nullptr);
  if (!window) {
    glfwTerminate();
    return 1;
  }
  glfwMakeContextCurrent(window);
  // Scripted runs (--frames) go as fast as they can; interactive ones follow the display.
  glfwSwapInterval(options.frames > 0 ? 0 : 1);
  if (!InitImGui(window, "#version 130")) {
    std::fprintf(stderr, "ddbviz: ImGui initialisation failed\n");
    return 1;
  }

  int status = 0;
  {
    EngineOptions engine_options;
    engine_options.seed = options.seed;
    engine_options.profile = options.profile;
    App app(engine_options);
    if (options.sample_items >= 0) app.LoadSampleData(options.sample_items, options.sample_animated);
    if (!options.script.empty()) {
      // The scenario drives the engine through the same door as `ddbviz exec`; its output lines
      // (responses and errors) are not needed here.
      ExecSession session(app.engine(), /*manual_clock=*/true);
      std::ifstream in(options.script);
      for (std::string line; std::getline(in, line);) (void)session.HandleLine(line);
    }
    for (const std::string& name : options.open) {
      if (name == "designer") app.state().windows.table_designer = true;
    }
    if (!options.designer_preset.empty())
      ApplyDesignPreset(options.designer_preset, &app.state().designer.design);
    if (options.side_tab == "heat") app.capacity_views().tab = viz::SideTab::kHeatTimeline;
    if (options.side_tab == "capacity") app.capacity_views().tab = viz::SideTab::kCapacity;
    if (options.center_tab == "index-flow") app.state().center_tab = viz::CenterTab::kIndexFlow;
    if (options.center_tab == "stream") app.state().center_tab = viz::CenterTab::kStreamBelt;
    if (options.bottom_tab == "items") app.state().bottom_tab = viz::BottomTab::kItems;
    if (options.bottom_tab == "events") app.state().bottom_tab = viz::BottomTab::kEventLog;
    app.capacity_views().charts.scope.index = options.chart_index;
    app.capacity_views().timeline.index = options.chart_index;

    double last = glfwGetTime();
    for (int frame = 1; !glfwWindowShouldClose(window); ++frame) {
      glfwPollEvents();
      float scale_x = 1.0f, scale_y = 1.0f;
      glfwGetWindowContentScale(window, &scale_x, &scale_y);
      double now = glfwGetTime();
      // A fixed step in scripted runs keeps screenshots reproducible.
      double dt = options.frames > 0 ? 1.0 / 60.0 : now - last;
      last = now;
      RunFrame(app, scale_x, dt);
      bool last_frame = options.frames > 0 && frame >= options.frames;
      if (last_frame && !options.screenshot.empty() && !SaveScreenshot(window, options.screenshot)) {
        std::fprintf(stderr, "ddbviz: cannot write %s\n", options.screenshot.c_str());
        status = 1;
      }
      glfwSwapBuffers(window);
      if (last_frame) break;
    }
  }
  ShutdownImGui();
  glfwDestroyWindow(window);
  glfwTerminate();
  return status;
}

}  // namespace
}  // namespace ddb::viz

int main(int argc, char** argv) {
  CLI::App cli{"ddbviz: DynamoDB internals you can watch", "ddbviz"};
  cli.set_version_flag("--version", std::string("ddbviz ") + DDBVIZ_VERSION);
  ddb::viz::GuiOptions gui;
  ddb::viz::AddGuiOptions(cli, &gui);
  // Subcommands; without one, the window opens.
  ddb::viz::ExecOptions exec;
  CLI::App* exec_command = ddb::viz::AddExecCommand(cli, &exec);
  ddb::viz::BenchFramesOptions bench_frames;
  CLI::App* bench_frames_command = ddb::viz::AddBenchFramesCommand(cli, &bench_frames);
  CLI11_PARSE(cli, argc, argv);
  if (exec_command->parsed()) return ddb::viz::RunExec(exec);
  if (bench_frames_command->parsed()) return ddb::viz::RunBenchFrames(bench_frames);
  return ddb::viz::RunGui(gui);
}
