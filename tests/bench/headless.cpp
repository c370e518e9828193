#include "headless.hpp"

#include <imgui.h>

#include "views/fonts.hpp"
#include "views/workbench.hpp"

namespace parley::bench {

Headless::Headless() {
  m_context = ImGui::CreateContext();
  ImGui::SetCurrentContext(m_context);  // CreateContext keeps another current one current
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1440, 900);  // the window `parley` opens
  io.DeltaTime = 1.0f / 60.0f;
  ui::ApplyStyle(false);
  ui::LoadFonts(io.Fonts, 18.0f, kBasicLatin);  // the generated workshops write in Latin
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
}

Headless::~Headless() { ImGui::DestroyContext(m_context); }

void Headless::Frame(const std::function<void()>& draw) {
  ImGui::SetCurrentContext(m_context);
  ImGui::NewFrame();
  draw();
  ImGui::Render();
}

}  // namespace parley::bench
