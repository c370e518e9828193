#include "core/common/settings.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/common/atomic_file.hpp"

namespace parley {

Settings LoadSettings(const std::string& dir) {
  Settings settings;
  // The window's place is kept only when all four numbers are there.
  std::optional<int> windowX, windowY, windowWidth, windowHeight;
  bool maximized = false;
  auto number = [](const std::string& value) -> std::optional<int> {
    int n = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size()) return std::nullopt;
    return n;
  };
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
    } else if (key == "lock_after_minutes") {
      if (auto minutes = number(value); minutes && *minutes >= 0) settings.lockAfterMinutes = int(*minutes);
    } else if (key == "recent" && settings.recent.size() < kMaxRecent) {
      // A list written before entries were normalised may hold a file twice, once as it was
      // typed: it is kept once, where it came first.
      std::string path = RecentPath(value);
      if (std::find(settings.recent.begin(), settings.recent.end(), path) == settings.recent.end())
        settings.recent.push_back(std::move(path));
    } else if (key == "recent_sealed") {
      settings.sealedRecent.push_back(RecentPath(value));
    } else if (key == "window_x") {
      windowX = number(value);
    } else if (key == "window_y") {
      windowY = number(value);
    } else if (key == "window_width") {
      windowWidth = number(value);
    } else if (key == "window_height") {
      windowHeight = number(value);
    } else if (key == "window_maximized") {
      maximized = value == "1";
    } else if (key == "place") {
      std::istringstream fields(value);
      WorkshopPlace place;
      int open = 0;
      if (fields >> open >> place.session >> place.screen && std::getline(fields >> std::ws, place.path)) {
        place.open = open == 1;
        settings.places.push_back(std::move(place));
      }
    }
  }
  if (windowX && windowY && windowWidth.value_or(0) > 0 && windowHeight.value_or(0) > 0)
    settings.window = WindowPlacement{{*windowX, *windowY, *windowWidth, *windowHeight}, maximized};
  return settings;
}

void SaveSettings(const std::string& dir, const Settings& settings) {
  std::ostringstream out;
  out << "font_size = " << settings.fontSize << "\n";
  out << "dark = " << (settings.dark ? 1 : 0) << "\n";
  out << "lock_after_minutes = " << settings.lockAfterMinutes << "\n";
  for (const auto& path : settings.recent) out << "recent = " << path << "\n";
  for (const auto& path : settings.sealedRecent) out << "recent_sealed = " << path << "\n";
  if (settings.window) {
    const ScreenRect& rect = settings.window->rect;
    out << "window_x = " << rect.x << "\n";
    out << "window_y = " << rect.y << "\n";
    out << "window_width = " << rect.width << "\n";
    out << "window_height = " << rect.height << "\n";
    out << "window_maximized = " << (settings.window->maximized ? 1 : 0) << "\n";
  }
  for (const WorkshopPlace& place : settings.places)
    if (std::find(settings.recent.begin(), settings.recent.end(), place.path) != settings.recent.end())
      out << "place = " << (place.open ? 1 : 0) << " " << place.session << " "
          << (place.screen.empty() ? "setup" : place.screen) << " " << place.path << "\n";
  WriteFileAtomically(dir + "/settings.ini", out.str(), MissingFolder::Create);
}

std::string RecentPath(const std::string& path) {
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  if (ec) return path;
  std::filesystem::path normal = std::filesystem::weakly_canonical(absolute, ec);
  return (ec ? absolute.lexically_normal() : normal).string();
}

void AddRecent(Settings& settings, const std::string& path, bool sealed) {
  std::string entry = RecentPath(path);
  std::erase(settings.recent, entry);
  std::erase(settings.sealedRecent, entry);
  if (sealed) settings.sealedRecent.push_back(entry);
  settings.recent.insert(settings.recent.begin(), std::move(entry));
  if (settings.recent.size() > kMaxRecent) settings.recent.resize(kMaxRecent);
  std::erase_if(settings.sealedRecent, [&](const std::string& sealedPath) {
    return std::find(settings.recent.begin(), settings.recent.end(), sealedPath) == settings.recent.end();
  });
}

std::string RecentLabel(const Settings& settings, const std::string& path) {
  bool sealed = std::find(settings.sealedRecent.begin(), settings.sealedRecent.end(), path) != settings.sealedRecent.end();
  return sealed ? std::filesystem::path(path).filename().string() : path;
}

WorkshopPlace& PlaceOf(Settings& settings, const std::string& path) {
  std::string entry = RecentPath(path);
  for (WorkshopPlace& place : settings.places)
    if (place.path == entry) return place;
  return settings.places.emplace_back(WorkshopPlace{entry, "", 0, false});
}

}  // namespace parley
