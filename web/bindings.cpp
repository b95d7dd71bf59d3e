// C exports for the JS test hook (window.ddbviz in index.html). Strings are returned as UTF-8 in
// a buffer owned here and valid until the next call; ccall(..., 'string', ...) copies them.
#include "web/bindings.h"

#include "app/app.h"
#include "app/requests.h"
#include "imgui.h"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <string>

namespace ddb::viz {
namespace {

App* bound_app = nullptr;
std::string result_buffer;  // backs the const char* returned to JS

const char* Return(std::string text) {
  result_buffer = std::move(text);
  return result_buffer.c_str();
}

}  // namespace

void SetBindingsApp(App* app) { bound_app = app; }

}  // namespace ddb::viz

using ddb::viz::bound_app;
using ddb::viz::Return;

extern "C" {

// Frames drawn so far: the page is "ready" once a few frames have been presented.
EMSCRIPTEN_KEEPALIVE int ddbviz_frame_count() {
  return bound_app ? static_cast<int>(bound_app->state().frame) : 0;
}

// Engine::StateJson() as text.
EMSCRIPTEN_KEEPALIVE const char* ddbviz_state_json() {
  if (!bound_app) return Return("null");
  return Return(ddb::viz::DumpJson(bound_app->engine().StateJson()));
}

// Runs one DynamoDB operation: the response JSON, or {"error":{"type","message"}}.
EMSCRIPTEN_KEEPALIVE const char* ddbviz_request(const char* operation, const char* request_json) {
  if (!bound_app) return Return(R"({"error":{"type":"InternalServerError","message":"not ready"}})");
  auto result = bound_app->engine().HandleText(operation, request_json);
  if (result.ok()) return Return(result.value());
  nlohmann::json error = {{"error",
                           {{"type", std::string(ddb::ErrorTypeName(result.error().type))},
                            {"message", result.error().message}}}};
  return Return(ddb::viz::DumpJson(error));
}

// {"x","y","w","h"} in CSS pixels relative to the canvas, of the widget recorded under `label`
// during the last frame; null if it was not drawn.
EMSCRIPTEN_KEEPALIVE const char* ddbviz_widget_rect(const char* label) {
  if (!bound_app) return Return("null");
  const auto& rects = bound_app->state().widget_rects;
  auto it = rects.find(label);
  if (it == rects.end()) return Return("null");
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  float fb_w = ImGui::GetIO().DisplaySize.x;
  double k = fb_w > 0 && css_w > 0 ? css_w / fb_w : 1.0;
  const ddb::viz::WidgetRect& r = it->second;
  nlohmann::json rect = {{"x", r.x * k}, {"y", r.y * k}, {"w", r.w * k}, {"h", r.h * k}};
  return Return(ddb::viz::DumpJson(rect));
}

// Moves virtual time forward at once (tests need not wait for tables to become ACTIVE).
EMSCRIPTEN_KEEPALIVE void ddbviz_advance_clock(double ms) {
  if (bound_app && ms > 0) bound_app->engine().AdvanceClock(static_cast<int64_t>(ms));
}

// The Music sample table with `items` random songs, ready at once (screenshots, demos); the last
// `animated` of them fall into place.
EMSCRIPTEN_KEEPALIVE void ddbviz_load_sample(int items, int animated) {
  if (bound_app) bound_app->LoadSampleData(items, animated);
}

EMSCRIPTEN_KEEPALIVE void ddbviz_set_playing(int playing) {
  if (bound_app) bound_app->state().playing = playing != 0;
}

}  // extern "C"
