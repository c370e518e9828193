#include "core/common/settings.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/common/atomic_file.hpp"

namespace parley {

Settings LoadSettings(const std::string& dir) {
  Settings settings;
  std::ifstream in(dir + "/settings.ini");
  std::string line;
  while (std::getline(in, line)) {
    auto eq = line.find(" = ");
    if (eq == std::string::npos) continue;
    std::string key = line.substr(0, eq), value = line.substr(eq + 3);
    if (key == "font_size") {
      float size = std::strtof(value.c_str(), nullptr);
      if (size >= 10.0f && size <= 48.0f) settings.fontSize = size;
    } else if (key == "dark") {
      settings.dark = value == "1";
    } else if (key == "recent" && settings.recent.size() < kMaxRecent) {
      settings.recent.push_back(value);
    }
  }
  return settings;
}

void SaveSettings(const std::string& dir, const Settings& settings) {
  std::ostringstream out;
  out << "font_size = " << settings.fontSize << "\n";
  out << "dark = " << (settings.dark ? 1 : 0) << "\n";
  for (const auto& path : settings.recent) out << "recent = " << path << "\n";
  WriteFileAtomically(dir + "/settings.ini", out.str(), MissingFolder::Create);
}

void AddRecent(Settings& settings, const std::string& path) {
  std::erase(settings.recent, path);
  settings.recent.insert(settings.recent.begin(), path);
  if (settings.recent.size() > kMaxRecent) settings.recent.resize(kMaxRecent);
}

}  // namespace parley
