// Parley's executable: the command line, and the one file that knows about the platform
// (GLFW, OpenGL and ImGui's backends for them). Everything drawn comes from DrawWorkbench.
#define GLFW_INCLUDE_NONE
#include <GL/gl.h>
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <stb_image_write.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <optional>
#include <string>
#include <vector>

#include "core/cli/command_line.hpp"
#include "core/common/first_frame.hpp"
#include "core/common/paths.hpp"
#include "core/common/settings.hpp"
#include "core/common/window_placement.hpp"
#include "core/store/demo.hpp"
#include "views/fonts.hpp"
#include "views/keyboard.hpp"
#include "views/layout_file.hpp"
#include "views/workbench.hpp"

namespace {

constexpr const char* kNoDisplay = "no display: run it under xvfb-run, or set DISPLAY\n";
// Frames drawn before a screenshot, so that layout and popups have settled.
constexpr int kScreenshotFrames = 4;

// Reads the back buffer (width × height, bottom row first) into a PNG at `path`.
bool WritePng(const std::string& path, int width, int height) {
  std::vector<unsigned char> pixels(size_t(width) * size_t(height) * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  stbi_flip_vertically_on_write(1);
  return stbi_write_png(path.c_str(), width, height, 4, pixels.data(), width * 4) != 0;
}

// Text pasted into a field may be in a script the font lacks: the workbench sees it on its way
// in, through the platform's clipboard reader, which this one wraps.
struct Clipboard {
  const char* (*read)(void*) = nullptr;
  void* data = nullptr;
  parley::ui::Workbench* app = nullptr;
};
Clipboard g_clipboard;

const char* ReadClipboard(void*) {
  const char* text = g_clipboard.read(g_clipboard.data);
  if (text) g_clipboard.app->Saw(text);
  return text;
}

using SteadyClock = std::chrono::steady_clock;

// After input ImGui needs a few frames to settle: it opens a popup, moves the keyboard focus or
// sizes a window a frame after it was asked, and an edit asked for in a frame shows in the next.
constexpr int kSettleFrames = 2;  // after the frame that took the input
// While input goes on, frames come no faster than a display's refresh, also where swapping
// buffers does not wait for one (Xvfb).
constexpr auto kFrameInterval = std::chrono::microseconds(1'000'000 / 60);

// Set by every GLFW callback of the window: something happened that may change what is drawn.
bool g_input = false;

// The window's rectangle the last time it was neither maximised nor iconified: where it goes
// when restored, and what Parley remembers of it at quit.
parley::ScreenRect g_restored;

void NoteRestored(GLFWwindow* window) {
  if (glfwGetWindowAttrib(window, GLFW_MAXIMIZED) || glfwGetWindowAttrib(window, GLFW_ICONIFIED)) return;
  glfwGetWindowPos(window, &g_restored.x, &g_restored.y);
  glfwGetWindowSize(window, &g_restored.width, &g_restored.height);
}

// The work areas of the monitors (each screen less its panels), the primary first.
std::vector<parley::ScreenRect> WorkAreas() {
  int count = 0;
  GLFWmonitor** monitors = glfwGetMonitors(&count);
  std::vector<parley::ScreenRect> areas;
  for (int i = 0; i < count; ++i) {
    parley::ScreenRect area;
    glfwGetMonitorWorkarea(monitors[i], &area.x, &area.y, &area.width, &area.height);
    if (area.width > 0 && area.height > 0) areas.push_back(area);
  }
  return areas;
}

// A key event of the window, as GLFW gives it.
struct KeyEvent {
  GLFWwindow* window;
  int key, scancode, action, mods;
};
// Key releases held until the frame in which keys went down is drawn (parley::ui::KeyTaps).
parley::ui::KeyTaps<KeyEvent> g_keyTaps;

// Once a frame has seen its keys down (after ImGui::Render: ImGui refuses modifiers changed
// within a frame): the releases held for it reach ImGui, and another frame follows to see them.
void PassHeldReleases() {
  for (const KeyEvent& e : g_keyTaps.TakeWaiting()) {
    ImGui_ImplGlfw_KeyCallback(e.window, e.key, e.scancode, e.action, e.mods);
    g_input = true;
  }
}

// ImGui's own callbacks (not installed by its backend, so that these see every event), each
// after noting the input.
void InstallCallbacks(GLFWwindow* window) {
  glfwSetWindowFocusCallback(window, [](GLFWwindow* w, int focused) {
    g_input = true;
    ImGui_ImplGlfw_WindowFocusCallback(w, focused);
  });
  glfwSetCursorEnterCallback(window, [](GLFWwindow* w, int entered) {
    g_input = true;
    ImGui_ImplGlfw_CursorEnterCallback(w, entered);
  });
  glfwSetMouseButtonCallback(window, [](GLFWwindow* w, int button, int action, int mods) {
    g_input = true;
    ImGui_ImplGlfw_MouseButtonCallback(w, button, action, mods);
  });
  glfwSetScrollCallback(window, [](GLFWwindow* w, double x, double y) {
    g_input = true;
    ImGui_ImplGlfw_ScrollCallback(w, x, y);
  });
  glfwSetKeyCallback(window, [](GLFWwindow* w, int key, int scancode, int action, int mods) {
    g_input = true;
    if (g_keyTaps.PassNow(action == GLFW_PRESS, {w, key, scancode, action, mods}))
      ImGui_ImplGlfw_KeyCallback(w, key, scancode, action, mods);
  });
  glfwSetCharCallback(window, [](GLFWwindow* w, unsigned int c) {
    g_input = true;
    ImGui_ImplGlfw_CharCallback(w, c);
  });
  glfwSetMonitorCallback(ImGui_ImplGlfw_MonitorCallback);
  // ImGui reads the mouse position and the window's size itself, each frame.
  glfwSetCursorPosCallback(window, [](GLFWwindow*, double, double) { g_input = true; });
  glfwSetFramebufferSizeCallback(window, [](GLFWwindow*, int, int) { g_input = true; });
  glfwSetWindowRefreshCallback(window, [](GLFWwindow*) { g_input = true; });
  glfwSetWindowIconifyCallback(window, [](GLFWwindow*, int) { g_input = true; });
  glfwSetWindowContentScaleCallback(window, [](GLFWwindow*, float, float) { g_input = true; });
  // Moving or resizing draws nothing new by itself (a new size comes with a new framebuffer).
  glfwSetWindowPosCallback(window, [](GLFWwindow* w, int, int) { NoteRestored(w); });
  glfwSetWindowSizeCallback(window, [](GLFWwindow* w, int, int) { NoteRestored(w); });
}

// A key or a mouse button held down: ImGui repeats a key on its own clock, between the
// display's own repeats.
bool InputHeld() {
  const ImGuiIO& io = ImGui::GetIO();
  for (bool down : io.KeysDown)
    if (down) return true;
  for (bool down : io.MouseDown)
    if (down) return true;
  return false;
}

// Waits until the next frame is due: soon while input goes on or settles; otherwise at the next
// input, or when the screen changes by itself (UntilScreenChanges), or at `wake` (the idle
// count's end), whichever comes first. `settle` counts the frames still to draw after input.
void WaitForFrame(const parley::ui::Workbench& app, SteadyClock::time_point lastFrame, int* settle,
                  std::optional<SteadyClock::time_point> wake) {
  SteadyClock::time_point now = SteadyClock::now();
  if (*settle > 0 || InputHeld()) {
    *settle = std::max(0, *settle - 1);
    wake = lastFrame + kFrameInterval;
  } else if (std::optional<std::chrono::milliseconds> change = parley::ui::UntilScreenChanges(app)) {
    wake = std::min(wake.value_or(SteadyClock::time_point::max()), now + *change);
  }
  if (!wake)
    glfwWaitEvents();
  else if (*wake > now)
    glfwWaitEventsTimeout(std::chrono::duration<double>(*wake - now).count());
  else
    glfwPollEvents();
  if (g_input) *settle = kSettleFrames;
  g_input = false;
}

// The CPU time of the whole process (every thread: Mesa's software renderer draws on several).
double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// `parley --idle-frames` (make bench): the window is left alone for a while to settle, then the
// frames drawn in the next stretch of time are counted, with the CPU time they cost.
class IdleCount {
 public:
  explicit IdleCount(SteadyClock::time_point start) : m_from(start + kSettle), m_to(m_from + kCounted) {}

  // When the count ends: the loop must wake by then even if nothing is drawn.
  SteadyClock::time_point End() const { return m_to; }
  // Before the loop waits: the CPU time spent so far, which a wait adds nothing to.
  void Waiting() { m_cpuBeforeWait = CpuSeconds(); }
  // After it waited, before it draws: counts the frame, or prints the count and returns true
  // once the stretch has ended.
  bool Done() {
    SteadyClock::time_point now = SteadyClock::now();
    if (!m_counting && now >= m_from) {
      m_counting = true;
      m_cpuFrom = m_cpuBeforeWait;
    }
    if (now >= m_to) {
      std::printf(parley::kIdleFramesLine, m_frames, std::chrono::duration<double>(kCounted).count(),
                  CpuSeconds() - m_cpuFrom);
      std::fflush(stdout);
      return true;
    }
    if (m_counting) ++m_frames;
    return false;
  }

 private:
  static constexpr auto kSettle = std::chrono::seconds(2), kCounted = std::chrono::seconds(10);
  SteadyClock::time_point m_from, m_to;
  bool m_counting = false;
  int m_frames = 0;
  double m_cpuBeforeWait = 0, m_cpuFrom = 0;
};

// For `--idle-frames clock`: the Stories view, and the speaker clock running in the session in
// use, the first participant present given the floor. False when there is no session, or
// nobody in it.
bool StartSpeakerClock(parley::ui::Workbench& app) {
  if (!app.workshop || !app.workshop->Model().FindSession(app.sessionId)) return false;
  app.screen = parley::ui::Screen::Stories;
  for (const parley::Participant& p : app.workshop->Model().participants)
    if (app.workshop->Model().Attends(app.sessionId, p.id)) {
      app.workshop->QueueSpeaker(app.sessionId, p.id);
      break;
    }
  app.workshop->NextSpeaker(app.sessionId);
  const parley::Turn* turn = app.workshop->Model().CurrentTurn(app.sessionId);
  return turn && turn->runningSinceMs != 0;
}

}  // namespace

int main(int argc, char** argv) {
  parley::CommandLine cl = parley::ParseCommandLine(std::vector<std::string>(argv + 1, argv + argc));
  if (!cl.error.empty()) {
    std::fprintf(stderr, "parley: %s\n\n%s", cl.error.c_str(), parley::Usage());
    return 2;
  }
  if (cl.help) {
    std::fputs(parley::Usage(), stdout);
    return 0;
  }
  if (cl.version) {
    std::printf("parley %s\n", PARLEY_VERSION);
    return 0;
  }
  if (!cl.command.empty()) return parley::RunCommand(cl);
  // The view is shown once the workshop is open (ShowView); its name is checked before anything.
  parley::ui::Screen screen = parley::ui::Screen::Start;
  parley::ui::OptionsMode mode = parley::ui::OptionsMode::Brainstorm;
  if (!cl.view.empty() && !parley::ui::ScreenFromName(cl.view, &screen, &mode)) {
    std::fprintf(stderr, "parley: no view called %s\n\n%s", cl.view.c_str(), parley::Usage());
    return 2;
  }
  const char* display = std::getenv("DISPLAY");
  const char* wayland = std::getenv("WAYLAND_DISPLAY");
  if ((!display || !*display) && (!wayland || !*wayland)) {
    std::fputs(kNoDisplay, stderr);
    return 2;
  }
  parley::ui::Workbench app;
  app.configDir = parley::ConfigDir();
  app.dataDir = parley::DataDir();
  app.LoadSettings();
  for (const std::string& path : app.settings.recent) app.Saw(path);

  glfwSetErrorCallback([](int, const char* what) { std::fprintf(stderr, "parley: %s\n", what); });
  if (!glfwInit()) {
    std::fputs(kNoDisplay, stderr);
    return 2;
  }
  // Opening the workshop and rasterising the fonts for the scripts it is written in are
  // Parley's own start-up work, and opening the window is mostly waiting for the display: the
  // first happens on a thread of its own while the window opens. The atlas, with its texture
  // data ready, is handed to the ImGui context, and the workshop to the first frame, once both
  // are done. (Neither touches ImGui state.) The thread starts once glfwInit has read the X
  // input method's compose table, a few hundred thousand getc calls that the C library locks
  // one by one as soon as a process has a second thread: about 10 ms.
  ImFontAtlas fonts;
  parley::ui::FontMade fontMade;
  std::future<void> opened = std::async(std::launch::async, [&] {
    if (!cl.demo.empty())
      app.OpenDemo(*parley::FindDemo(cl.demo));
    else if (!cl.file.empty())
      app.OpenWorkshop(cl.file);
    parley::ui::RefreshFonts(&fonts, fontMade, app.settings.fontSize, parley::ui::ScreenScripts(app));
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    fonts.GetTexDataAsRGBA32(&pixels, &width, &height);
  });

  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  // A screenshot and the benchmarks are taken at one fixed size, wherever the window was left
  // last time, and leave nothing to remember. Otherwise the window opens as it was left, within
  // a monitor's work area (a laptop's small screen, a projector since unplugged).
  const bool measuring = !cl.screenshot.empty() || cl.firstFrame || !cl.idleFrames.empty();
  const parley::WindowPlacement placement =
      measuring ? parley::WindowPlacement{{0, 0, parley::kDefaultWindowWidth, parley::kDefaultWindowHeight}, false}
                : parley::PlaceWindow(WorkAreas(), app.settings.window);
  // Hidden until it is in place, so that it does not first appear where the display puts it.
  glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
  glfwWindowHint(GLFW_MAXIMIZED, placement.maximized ? GLFW_TRUE : GLFW_FALSE);
  GLFWwindow* window = glfwCreateWindow(placement.rect.width, placement.rect.height, "Parley", nullptr, nullptr);
  if (!window) {
    std::fputs("parley: could not open a window with OpenGL 3.3\n", stderr);
    glfwTerminate();
    return 2;
  }
  if (!measuring) glfwSetWindowPos(window, placement.rect.x, placement.rect.y);
  g_restored = placement.rect;
  glfwShowWindow(window);
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);

  IMGUI_CHECKVERSION();
  opened.get();
  ImGui::CreateContext(&fonts);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the layout is fixed; nothing to remember
  parley::ui::EnableKeyboard(io);
  parley::ui::ApplyStyle(app.settings.dark);
  ImGui_ImplGlfw_InitForOpenGL(window, false);
  InstallCallbacks(window);
  // A blinking text cursor would need a frame every few tenths of a second: it stays lit.
  io.ConfigInputTextCursorBlink = false;
  ImGui_ImplOpenGL3_Init("#version 330 core");
  g_clipboard = {io.GetClipboardTextFn, io.ClipboardUserData, &app};
  io.GetClipboardTextFn = ReadClipboard;

  if (!cl.view.empty() && app.workshop) parley::ui::ShowView(app, cl.view);

  int status = 0;
  std::optional<IdleCount> idle;
  if (!cl.idleFrames.empty()) {
    idle.emplace(SteadyClock::now());
    if (cl.idleFrames == "clock" && !StartSpeakerClock(app)) {
      std::fputs("parley: no speaker clock to start in this workshop\n", stderr);
      status = 1;
    }
  }
  std::optional<parley::ui::LayoutFile> layout;
  if (!cl.layout.empty()) layout.emplace(cl.layout);
  std::string title;
  int settle = kSettleFrames;  // the first frames lay the window out
  SteadyClock::time_point lastFrame;
  for (int frame = 0; status == 0 && !app.quitRequested; ++frame) {
    // The window's close button quits as Ctrl+Q does: asking first while typing waits for the
    // disk.
    if (glfwWindowShouldClose(window)) {
      glfwSetWindowShouldClose(window, GLFW_FALSE);
      app.WhenWorkshopMayGo([&app] { app.quitRequested = true; });
      if (app.quitRequested) break;
    }
    // A laptop on battery through a long day: a frame is drawn after input, or when something
    // on screen changes by itself, and otherwise the window waits. A screenshot is taken of
    // frames drawn one after the other.
    if (!cl.screenshot.empty()) {
      glfwPollEvents();
    } else {
      if (idle) idle->Waiting();
      WaitForFrame(app, lastFrame, &settle, idle ? std::optional(idle->End()) : std::nullopt);
    }
    if (idle && idle->Done()) break;
    lastFrame = SteadyClock::now();
    // A new size (View > Font size), or a script the font lacks (a name typed or pasted in
    // Greek, a workshop in Georgian opened): the atlas is made again, and its texture.
    if (parley::ui::RefreshFonts(io.Fonts, fontMade, app.settings.fontSize, parley::ui::ScreenScripts(app))) {
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // A screenshot shows no hover nor tooltip (the weigh view's first option showed its
    // tooltip in every screenshot of it, wherever the pointer was).
    if (!cl.screenshot.empty()) io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    parley::ui::BeforeNewFrame();
    ImGui::NewFrame();
    parley::ui::AfterNewFrame();
    const parley::Workshop* shown = app.workshop.get();
    const bool unlocking = app.passphraseDialog.Working();
    const auto asking = app.passphraseDialog.purpose;
    parley::ui::DrawWorkbench(app);
    // A key derived, or an idle workshop locked, changes the screen without input: what comes
    // in its place (a dialog appears hidden for a frame, then sizes itself) settles as after input.
    if (app.workshop.get() != shown || app.passphraseDialog.Working() != unlocking ||
        app.passphraseDialog.purpose != asking)
      settle = kSettleFrames;
    ImGui::Render();
    PassHeldReleases();
    if (layout) layout->FrameDone();

    // A sealed workshop's title stays out of the desktop's task bar and window lists: its
    // file name only, as in the recent list.
    std::string wanted = !app.workshop ? "Parley"
                         : app.sealed  ? std::filesystem::path(app.workshop->Path()).filename().string() + " - Parley"
                                       : app.workshop->Model().info.title + " - Parley";
    if (wanted != title) glfwSetWindowTitle(window, (title = wanted).c_str());

    int width = 0, height = 0;
    glfwGetFramebufferSize(window, &width, &height);
    glViewport(0, 0, width, height);
    ImVec4 paper = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    glClearColor(paper.x, paper.y, paper.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (!cl.screenshot.empty() && frame == kScreenshotFrames) {
      if (!WritePng(cl.screenshot, width, height)) {
        std::fprintf(stderr, "parley: could not write %s\n", cl.screenshot.c_str());
        status = 4;
      }
      // The window of a screenshot only opens a workshop: an error on it is a file that could
      // not be read or written (a refused workshop, a demo copy that could not be made), the
      // commands' status 4. The picture shows the error as the facilitator would see it.
      if (!app.errorWhat.empty()) {
        std::fprintf(stderr, "parley: %s\n%s\n", app.errorWhat.c_str(), app.errorAdvice.c_str());
        status = 4;
      }
      break;
    }
    glfwSwapBuffers(window);
    if (cl.firstFrame) {
      parley::ReportFirstFrame();
      break;
    }
  }

  if (!measuring) {
    app.settings.window = parley::WindowPlacement{g_restored, glfwGetWindowAttrib(window, GLFW_MAXIMIZED) == GLFW_TRUE};
    app.SaveSettings();
  }
  app.CloseWorkshop();  // a normal end: the workshop's place is no longer marked open
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return status;
}
