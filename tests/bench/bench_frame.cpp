// Budget 2, frame cost: the CPU time of one headless frame of each view with the large
// workshop open, against a frame of ImGui's own demo window with all its sections open, the
// demo window as large as the display that the workbench fills. Each in a context of its own,
// frames of the two alternating. Measured beside it: typing, a keystroke's edit and the frame
// after it. The same on the large workshop written in Arabic and Hebrew, where every user text
// on screen is shaped (once, while it does not change).
#include <imgui.h>
#include <imgui_internal.h>

#include <string>

#include "benchmarks.hpp"
#include "core/store/workshop.hpp"
#include "headless.hpp"
#include "views/workbench.hpp"

namespace parley::bench {

namespace {

// The demo window's top-level sections in Dear ImGui 1.86.
constexpr const char* kDemoSections[] = {
    "Help",    "Configuration",       "Window options",
    "Widgets", "Layout & Scrolling",  "Popups & Modal windows",
    "Tables & Columns", "Filtering", "Inputs, Navigation & Focus"};

// The reference: the demo window, its sections open and as large as the workbench, which fills
// the display (a frame's cost follows what is on screen, and the demo's default size, 550 x 680,
// shows a third of the display).
class DemoScreen {
 public:
  DemoScreen() {
    Frame();
    // A collapsing header's open state lives in its window's storage, under the header's id.
    ImGuiWindow* demo = ImGui::FindWindowByName("Dear ImGui Demo");
    if (!demo) return;
    for (const char* section : kDemoSections) demo->StateStorage.SetInt(demo->GetID(section), 1);
    ImGui::SetWindowPos("Dear ImGui Demo", ImVec2(0, 0));
    ImGui::SetWindowSize("Dear ImGui Demo", ImGui::GetIO().DisplaySize);
    for (int i = 0; i < 3; ++i) Frame();  // layout settles
    m_open = true;
  }
  bool Open() const { return m_open; }
  void Frame() {
    m_ui.Frame([] { ImGui::ShowDemoWindow(); });
  }

 private:
  Headless m_ui;
  bool m_open = false;
};

// The workbench on `path`, showing `view`, after a few frames in which layout settles and the
// views' caches are made; false (the benchmark skipped) when the workshop did not open.
bool ShowView(benchmark::State& state, Headless& ui, ui::Workbench& app, const std::string& path,
              const std::string& view) {
  app.OpenWorkshop(path);
  if (!app.workshop) {
    state.SkipWithError(app.errorWhat.c_str());
    return false;
  }
  ui::ScreenFromName(view, &app.screen, &app.options.mode);
  for (int i = 0; i < 3; ++i) ui.Frame([&] { ui::DrawWorkbench(app); });
  return true;
}

void ViewFrame(benchmark::State& state, const std::string& path, const std::string& view) {
  DemoScreen demo;
  if (!demo.Open()) return state.SkipWithError("the demo window did not open");
  Headless ui;
  ui::Workbench app;
  if (!ShowView(state, ui, app, path, view)) return;
  Alternate(state, Clock::Cpu, [&] { ui.Frame([&] { ui::DrawWorkbench(app); }); }, [&] { demo.Frame(); });
}

// Measured beside the budget, what a facilitator feels while typing: a keystroke's edit of a
// concern's text (which changes the Model, so that what views derive from it is made again) and
// the frame after it, against the edit alone. `concernOf` picks the concern typed into and
// `typed(n)` is its text after the nth keystroke.
void Keystroke(benchmark::State& state, const std::string& path, const std::string& view,
               Id (*concernOf)(const Model&), std::string (*typed)(int64_t)) {
  Headless ui;
  ui::Workbench app;
  if (!ShowView(state, ui, app, path, view)) return;
  Id concern = concernOf(app.workshop->Model());
  if (!concern) return state.SkipWithError("no concern to type into");
  int64_t n = 0;
  auto edit = [&] { app.workshop->SetText(Field::ConcernText, concern, typed(++n)); };
  Alternate(
      state, Clock::Real,
      [&] {
        edit();
        ui.Frame([&] { ui::DrawWorkbench(app); });
      },
      edit);
}

Id FirstConcern(const Model& model) { return model.concerns.empty() ? 0 : model.concerns.front().id; }

// The first concern written in Arabic: its first letter's UTF-8 lead byte is that of U+0600-06FF.
Id FirstArabicConcern(const Model& model) {
  for (const Concern& concern : model.concerns)
    if (!concern.text.empty() && (unsigned char)concern.text[0] >= 0xD8 && (unsigned char)concern.text[0] <= 0xDB)
      return concern.id;
  return 0;
}

// An Arabic sentence that changes with each keystroke, so that each frame shapes it anew.
std::string TypedArabic(int64_t n) { return "ممر آمن لطاقم العيادة الليلي، مسودة " + std::to_string(n); }

}  // namespace

const std::vector<std::string>& KeystrokeViews() {
  static const std::vector<std::string> names = {"setup", "needs-fears", "options-weigh"};
  return names;
}

const std::vector<std::string>& Views() {
  static const std::vector<std::string> names = {"setup",         "ground-rules",  "stories", "needs-fears",
                                                 "options",       "options-weigh", "options-steps",
                                                 "memo",          "log"};
  return names;
}

void RegisterFrameBenchmarks(const Workloads& work) {
  for (const std::string& view : Views()) Add("frame/" + view, ViewFrame, work.large, view);
  for (const std::string& view : Views()) Add("frame-ar-he/" + view, ViewFrame, work.largeArabicHebrew, view);
  for (const std::string& view : KeystrokeViews())
    Add("keystroke/" + view, Keystroke, work.large, view, FirstConcern, Typed);
  Add("keystroke-ar-he/needs-fears", Keystroke, work.largeArabicHebrew, std::string("needs-fears"), FirstArabicConcern,
      TypedArabic);
}

}  // namespace parley::bench
