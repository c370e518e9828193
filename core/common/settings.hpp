#pragma once
#include <string>
#include <vector>

namespace parley {

// What Parley remembers between runs, kept in ConfigDir()/settings.ini as "key = value" lines.
struct Settings {
  float fontSize = 18.0f;            // pixels; View > Font size
  bool dark = false;                 // View > Dark
  std::vector<std::string> recent;   // workshop paths, most recent first
};

constexpr size_t kMaxRecent = 10;

// Reads the settings in `dir`; defaults for a missing file or an unknown line.
Settings LoadSettings(const std::string& dir);
// Writes them atomically (a temporary file renamed over the old one). Throws parley::Error.
void SaveSettings(const std::string& dir, const Settings& settings);
// Puts `path` first in the recent list, once, keeping at most kMaxRecent.
void AddRecent(Settings& settings, const std::string& path);

}  // namespace parley
