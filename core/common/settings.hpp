#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/window_placement.hpp"

namespace parley {

// Where the facilitator is in a workshop, kept while it is open: a run that ends without closing
// it (a crash, a kill) leaves `open` set, and the next opening notices and goes back there.
struct WorkshopPlace {
  std::string path;     // as RecentPath gives it
  std::string screen;   // the screen's name as the command line's --view takes it
  int64_t session = 0;  // the session in use
  bool open = false;    // a Parley has it open, or ended without closing it
};

// What Parley remembers between runs, kept in ConfigDir()/settings.ini as "key = value" lines
// (font_size, dark, lock_after_minutes, recent once per entry, recent_sealed once per sealed entry,
// window_x, window_y, window_width, window_height, window_maximized, place once per workshop as
// "open session screen path"). Of a workshop, only its path and place: nothing of its record.
struct Settings {
  float fontSize = 18.0f;            // pixels; View > Font size
  bool dark = false;                 // View > Dark
  int lockAfterMinutes = 0;          // a sealed workshop locks after this long without input;
                                     //   0 never (View > Lock when idle)
  std::vector<std::string> recent;   // workshop paths, most recent first
  std::vector<std::string> sealedRecent;  // those of `recent` that were sealed when last opened
  std::optional<WindowPlacement> window;  // as the window was when Parley last quit; none
                                          //   before the first quit (see PlaceWindow)
  std::vector<WorkshopPlace> places;  // of recent workshops only
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
// Puts RecentPath(path) first in the recent list, once, keeping at most kMaxRecent, and notes
// whether it is `sealed`.
void AddRecent(Settings& settings, const std::string& path, bool sealed);
// What the window shows of the recent entry `path`: the path, but of a sealed workshop its file
// name only, so that the folders it is kept in (a country, a project) are not on screen either.
std::string RecentLabel(const Settings& settings, const std::string& path);
// The place kept for the workshop at `path` (any spelling of it), made when there is none.
WorkshopPlace& PlaceOf(Settings& settings, const std::string& path);

}  // namespace parley
