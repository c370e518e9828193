#pragma once
// Where the window opens: inside a monitor's work area (the screen less its panels), at the
// size and place it had when it was last closed, or at a default size that fits.
#include <optional>
#include <vector>

namespace parley {

// A rectangle in screen pixels; for the window, its content area (GLFW's position and size).
struct ScreenRect {
  int x = 0, y = 0, width = 0, height = 0;
  bool operator==(const ScreenRect&) const = default;
};

struct WindowPlacement {
  ScreenRect rect;         // when not maximised
  bool maximized = false;  // opens maximised; `rect` is where it goes when restored
  bool operator==(const WindowPlacement&) const = default;
};

// The size Parley opens at the first time, where the work area allows it.
constexpr int kDefaultWindowWidth = 1440, kDefaultWindowHeight = 900;
// Room left above the content for the title bar the window manager adds, so that the window
// can always be taken by it and moved.
constexpr int kTitleBarRoom = 40;
// The smallest window Parley opens, where the work area allows it.
constexpr int kMinWindowWidth = 800, kMinWindowHeight = 500;

// Where the window opens given the monitors' work areas (the primary first; none: no monitor
// known, the remembered or default placement as it is). The remembered placement is kept
// where it fits the work area it overlaps most; a window bigger than that area is shrunk to
// it, and one partly or wholly off it (a projector unplugged since) is moved inside. Without
// a remembered placement the default size, shrunk to fit, is centred on the primary work
// area. A maximised window keeps its flag, its restored rectangle brought inside the same way.
WindowPlacement PlaceWindow(const std::vector<ScreenRect>& workAreas,
                            const std::optional<WindowPlacement>& remembered);

}  // namespace parley
