#pragma once
// A Dear ImGui context with Parley's style and fonts and no window or renderer: frames are
// NewFrame → draw → Render, the CPU work of a frame without the GPU's.
#include <functional>

struct ImGuiContext;

namespace parley::bench {

class Headless {
 public:
  Headless();
  ~Headless();
  Headless(const Headless&) = delete;
  Headless& operator=(const Headless&) = delete;

  void Frame(const std::function<void()>& draw);

 private:
  ImGuiContext* m_context = nullptr;
};

}  // namespace parley::bench
