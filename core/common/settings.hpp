#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/common/window_placement.hpp"

namespace parley {

// What Parley remembers between runs, kept in ConfigDir()/settings.ini as "key = value" lines
// (font_size, dark, recent once per entry, window_x, window_y, window_width, window_height,
// window_maximized).
struct Settings {
  float fontSize = 18.0f;            // pixels; View > Font size
  bool dark = false;                 // View > Dark
  std::vector<std::string> recent;   // workshop paths, most recent first
  std::optional<WindowPlacement> window;  // as the window was when Parley last quit; none
                                          //   before the first quit (see PlaceWindow)
};

constexpr size_t kMaxRecent = 10;

// Reads the settings in `dir`; defaults for a missing file or an unknown line. Recent entries
// are read as RecentPath gives them, each once.
Settings LoadSettings(const std::string& dir);
// Writes them atomically (a temporary file renamed over the old one). Throws parley::Error.
void SaveSettings(const std::string& dir, const Settings& settings);
// `path` as the recent list keeps it: absolute (a relative path is taken from the current
// folder), normalised, symbolic links resolved as far as the path exists, so that one file has
// one entry however it was opened.
std::string RecentPath(const std::string& path);
// Puts RecentPath(path) first in the recent list, once, keeping at most kMaxRecent.
void AddRecent(Settings& settings, const std::string& path);

}  // namespace parley
