// The ddbviz application, independent of the platform: it owns the Engine, the ViewState and the
// capacity views' state, moves virtual time while playing, turns new engine events into
// animations and capacity effects, and draws one frame by dispatching to the window functions in
// viz/windows/ (ImGui-demo style). The platform mains
// (viz/platform/) own the window, the GL context and the frame loop.
#pragma once

#include "app/capacity_views_state.h"
#include "app/view_state.h"
#include "ddb/engine.h"

#include <chrono>
#include <cstdint>

namespace ddb::viz {

inline constexpr const char* kProductName = "ddbviz";

// Wall time the last DrawFrame() spent in the two heaviest windows, for `ddbviz bench-frames`:
// the partition map and the heat timeline must stay within a few milliseconds with a million items
// and a thousand partitions for the browser to keep 60 fps. Zero for a window that was not drawn.
// Only the CPU side is measured (ImGui building draw lists); the GPU's work comes later, in
// rendering. Two steady_clock reads per window per frame cost next to nothing, so they always run.
struct DrawTimings {
  std::chrono::steady_clock::duration partition_map{};
  std::chrono::steady_clock::duration heat_timeline{};
  std::chrono::steady_clock::duration index_flow{};
  std::chrono::steady_clock::duration stream_belt{};
};

class App {
 public:
  explicit App(EngineOptions options);
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  Engine& engine() { return engine_; }
  const Engine& engine() const { return engine_; }
  ViewState& state() { return state_; }
  CapacityViews& capacity_views() { return capacity_; }
  const DrawTimings& draw_timings() const { return draw_timings_; }

  // Rebuilds fonts and style for a new display scale (HiDPI). Returns true when the font atlas
  // changed, in which case the renderer must upload it again before the next frame.
  // REQUIRES: an ImGui context.
  bool SetScale(float scale);

  // Moves UI time by `dt_seconds` and, while playing, virtual time by dt x speed; then ingests
  // the engine's new events. Long pauses (a hidden browser tab) are capped to a quarter second.
  void Update(double dt_seconds);

  // Draws every open window. REQUIRES: between ImGui::NewFrame() and ImGui::Render().
  void DrawFrame();

  // Creates the sample table, waits (in virtual time) until it is ACTIVE and writes `items`
  // random songs: the --sample option and the screenshots start from this. The last
  // `animated` writes are left to animate (falling into their partitions); the rest appear
  // already in place.
  void LoadSampleData(int items, int animated = 0);

 private:
  Engine engine_;
  ViewState state_;
  CapacityViews capacity_;
  DrawTimings draw_timings_;
  float scale_ = 0.0f;
};

}  // namespace ddb::viz
