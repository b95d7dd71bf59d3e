#include "platform/glfw_frame.h"

#include "app/theme.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

#ifdef __EMSCRIPTEN__
#define GLFW_INCLUDE_ES3
#endif
#include <GLFW/glfw3.h>

namespace ddb::viz {

bool InitImGui(GLFWwindow* window, const char* glsl_version) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  // No keyboard navigation: Space is the play/pause shortcut (Tab still moves between fields).
  if (!ImGui_ImplGlfw_InitForOpenGL(window, true)) return false;
  return ImGui_ImplOpenGL3_Init(glsl_version);
}

void ShutdownImGui() {
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
}

void RunFrame(App& app, float scale, double dt_seconds) {
  // New fonts need a new atlas texture: dropping the device objects makes the backend rebuild
  // them (with the new atlas) at the next NewFrame.
  if (app.SetScale(scale)) ImGui_ImplOpenGL3_DestroyDeviceObjects();
  app.Update(dt_seconds);

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  app.DrawFrame();
  ImGui::Render();

  ImVec2 size = ImGui::GetIO().DisplaySize;
  ImVec2 fb_scale = ImGui::GetIO().DisplayFramebufferScale;
  glViewport(0, 0, static_cast<int>(size.x * fb_scale.x), static_cast<int>(size.y * fb_scale.y));
  ImVec4 clear = ToVec4(palette::kBackground);
  glClearColor(clear.x, clear.y, clear.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace ddb::viz
