// Budget 2, frame cost: the CPU time of one headless frame of each view with the large
// workshop open, against a frame of ImGui's own demo window with all its sections open, the
// demo window as large as the display that the workbench fills.
#include <imgui.h>
#include <imgui_internal.h>

#include <string>

#include "benchmarks.hpp"
#include "headless.hpp"
#include "views/workbench.hpp"

namespace parley::bench {

namespace {

// The demo window's top-level sections in Dear ImGui 1.86.
constexpr const char* kDemoSections[] = {
    "Help",    "Configuration",       "Window options",
    "Widgets", "Layout & Scrolling",  "Popups & Modal windows",
    "Tables & Columns", "Filtering", "Inputs, Navigation & Focus"};

void DemoFrame(benchmark::State& state) {
  Headless ui;
  ui.Frame([] { ImGui::ShowDemoWindow(); });
  // A collapsing header's open state lives in its window's storage, under the header's id.
  ImGuiWindow* demo = ImGui::FindWindowByName("Dear ImGui Demo");
  if (!demo) return state.SkipWithError("the demo window did not open");
  for (const char* section : kDemoSections) demo->StateStorage.SetInt(demo->GetID(section), 1);
  // As large as the workbench, which fills the display: a frame's cost follows what is on
  // screen, and the demo's default size (550 x 680) shows a third of the display.
  ImGui::SetWindowPos("Dear ImGui Demo", ImVec2(0, 0));
  ImGui::SetWindowSize("Dear ImGui Demo", ImGui::GetIO().DisplaySize);
  for (int i = 0; i < 3; ++i) ui.Frame([] { ImGui::ShowDemoWindow(); });
  for (auto _ : state) ui.Frame([] { ImGui::ShowDemoWindow(); });
}

void ViewFrame(benchmark::State& state, const std::string& path, const std::string& view) {
  Headless ui;
  ui::Workbench app;
  app.OpenWorkshop(path);
  if (!app.workshop) return state.SkipWithError(app.errorWhat.c_str());
  ui::ScreenFromName(view, &app.screen, &app.options.mode);
  // A few frames first: layout settles and the views' caches are made.
  for (int i = 0; i < 3; ++i) ui.Frame([&] { ui::DrawWorkbench(app); });
  for (auto _ : state) ui.Frame([&] { ui::DrawWorkbench(app); });
}

}  // namespace

const std::vector<std::string>& Views() {
  static const std::vector<std::string> names = {"setup",         "ground-rules",  "stories", "needs-fears",
                                                 "options",       "options-weigh", "options-steps",
                                                 "memo",          "log"};
  return names;
}

void RegisterFrameBenchmarks(const Workloads& work) {
  Add("frame/imgui demo", Clock::Cpu, DemoFrame);
  for (const std::string& view : Views()) Add("frame/" + view, Clock::Cpu, ViewFrame, work.large, view);
}

}  // namespace parley::bench
