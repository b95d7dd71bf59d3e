// The browser entry point: GLFW (Emscripten's port) on a WebGL 2 canvas, driven by
// emscripten_set_main_loop. The canvas fills the page; its backing store follows the CSS size x
// devicePixelRatio, so the UI is crisp on HiDPI screens (Emscripten 3.1.6's GLFW has no content
// scale, so the scale is devicePixelRatio). web/bindings.cpp exposes the JS test hook.
#include "app/app.h"
#include "platform/glfw_frame.h"
#include "web/bindings.h"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>

#include <cmath>
#include <cstdio>
#include <string>

// Emscripten 3.1.6's GLFW keeps no clipboard (glfwSetClipboardString does nothing), so ImGui's
// copy (the table designer's Copy JSON / Copy CLI, Ctrl+C in text fields) goes to the browser's
// asynchronous clipboard API instead. It needs a secure page (https or localhost) and a recent
// user gesture; a refusal is ignored (the text stays available to paste inside ddbviz).
EM_JS(void, ddbviz_write_clipboard, (const char* text), {
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(UTF8ToString(text)).catch(function() {});
  }
});

namespace ddb::viz {
namespace {

std::string g_clipboard;  // what ImGui last copied, for pasting inside ddbviz

void SetClipboard(void*, const char* text) {
  g_clipboard = text ? text : "";
  ddbviz_write_clipboard(g_clipboard.c_str());
}

const char* GetClipboard(void*) { return g_clipboard.c_str(); }

struct WebLoop {
  GLFWwindow* window = nullptr;
  App* app = nullptr;
  double last_time = 0.0;
};

// The canvas's CSS size x devicePixelRatio, in device pixels.
void CanvasPixelSize(double dpr, int* w, int* h) {
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  *w = static_cast<int>(std::lround((css_w > 0 ? css_w : 1280) * dpr));
  *h = static_cast<int>(std::lround((css_h > 0 ? css_h : 800) * dpr));
}

void Frame(void* arg) {
  WebLoop* loop = static_cast<WebLoop*>(arg);
  double dpr = emscripten_get_device_pixel_ratio();
  int want_w = 0, want_h = 0, have_w = 0, have_h = 0;
  CanvasPixelSize(dpr, &want_w, &want_h);
  glfwGetWindowSize(loop->window, &have_w, &have_h);
  if (want_w != have_w || want_h != have_h) glfwSetWindowSize(loop->window, want_w, want_h);

  double now = glfwGetTime();
  double dt = now - loop->last_time;
  loop->last_time = now;
  RunFrame(*loop->app, static_cast<float>(dpr), dt);
}

}  // namespace
}  // namespace ddb::viz

int main() {
  using namespace ddb::viz;
  if (!glfwInit()) {
    std::fprintf(stderr, "ddbviz: glfwInit failed\n");
    return 1;
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  int w = 0, h = 0;
  CanvasPixelSize(emscripten_get_device_pixel_ratio(), &w, &h);
  GLFWwindow* window = glfwCreateWindow(w, h, "ddbviz", nullptr, nullptr);
  if (!window) {
    std::fprintf(stderr, "ddbviz: cannot create a WebGL 2 context\n");
    return 1;
  }
  glfwMakeContextCurrent(window);
  if (!InitImGui(window, "#version 300 es")) return 1;
  ImGui::GetIO().SetClipboardTextFn = SetClipboard;
  ImGui::GetIO().GetClipboardTextFn = GetClipboard;

  // Lives as long as the page: the main loop never returns.
  static WebLoop loop;
  loop.window = window;
  loop.app = new App(ddb::EngineOptions{});
  loop.last_time = glfwGetTime();
  SetBindingsApp(loop.app);
  emscripten_set_main_loop_arg(Frame, &loop, 0, true);
  return 0;
}
