#include "core/common/window_placement.hpp"

#include <algorithm>

namespace parley {

namespace {

// In 64 bits: the numbers come from a settings file, which may hold anything.
long long Overlap(const ScreenRect& a, const ScreenRect& b) {
  auto span = [](long long from1, long long to1, long long from2, long long to2) {
    return std::max(0LL, std::min(to1, to2) - std::max(from1, from2));
  };
  return span(a.x, 0LL + a.x + a.width, b.x, 0LL + b.x + b.width) *
         span(a.y, 0LL + a.y + a.height, b.y, 0LL + b.y + b.height);
}

// `want` shrunk to fit `area` below a title bar, and moved inside it.
ScreenRect FitInto(ScreenRect want, const ScreenRect& area) {
  ScreenRect room{area.x, area.y + kTitleBarRoom, area.width,
                  std::max(1, area.height - kTitleBarRoom)};
  want.width = std::clamp(want.width, std::min(kMinWindowWidth, room.width), room.width);
  want.height = std::clamp(want.height, std::min(kMinWindowHeight, room.height), room.height);
  want.x = std::clamp(want.x, room.x, room.x + room.width - want.width);
  want.y = std::clamp(want.y, room.y, room.y + room.height - want.height);
  return want;
}

}  // namespace

WindowPlacement PlaceWindow(const std::vector<ScreenRect>& workAreas,
                            const std::optional<WindowPlacement>& remembered) {
  if (!remembered) {
    WindowPlacement placement{{0, 0, kDefaultWindowWidth, kDefaultWindowHeight}, false};
    if (workAreas.empty()) return placement;
    const ScreenRect& area = workAreas.front();
    ScreenRect fitted = FitInto(placement.rect, area);
    fitted.x = area.x + (area.width - fitted.width) / 2;
    fitted.y = area.y + kTitleBarRoom + (area.height - kTitleBarRoom - fitted.height) / 2;
    return {fitted, false};
  }
  if (workAreas.empty()) return *remembered;
  const ScreenRect* best = &workAreas.front();  // the primary, when it overlaps none
  for (const ScreenRect& area : workAreas)
    if (Overlap(area, remembered->rect) > Overlap(*best, remembered->rect)) best = &area;
  return {FitInto(remembered->rect, *best), remembered->maximized};
}

}  // namespace parley
