// What the desktop and web mains share: setting up Dear ImGui on a GLFW window with the OpenGL 3
// backend, and one frame of update + draw + render. Each main owns its window and frame loop
// (a while loop natively, emscripten_set_main_loop in the browser).
#pragma once

#include "app/app.h"

struct GLFWwindow;

namespace ddb::viz {

// Creates the ImGui context and the GLFW + OpenGL 3 backends. `glsl_version` is "#version 130"
// on the desktop and "#version 300 es" for WebGL 2. No settings file: the layout is computed.
bool InitImGui(GLFWwindow* window, const char* glsl_version);
void ShutdownImGui();

// Runs one frame: applies `scale` (HiDPI; fonts rebuilt when it changes), advances the app by
// `dt_seconds`, draws the UI and renders it into the current framebuffer. Does not swap buffers.
void RunFrame(App& app, float scale, double dt_seconds);

}  // namespace ddb::viz
