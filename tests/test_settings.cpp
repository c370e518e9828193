// Settings between runs, the recent list, and the atomic file write beneath them.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/common/atomic_file.hpp"
#include "core/common/error.hpp"
#include "core/common/settings.hpp"
#include "temp_dir.hpp"

using namespace parley;
using namespace parley::test;
namespace fs = std::filesystem;

TEST_CASE("Loading and saving settings") {
  TempDir dir;

  SUBCASE("a folder without settings gives the defaults") {
    Settings settings = LoadSettings(dir.File("never/made"));
    Settings defaults;
    CHECK(settings.fontSize == defaults.fontSize);
    CHECK(settings.dark == defaults.dark);
    CHECK(settings.lockAfterMinutes == 0);  // a sealed workshop never locks by itself unless asked
    CHECK(settings.recent.empty());
    CHECK_FALSE(fs::exists(dir.File("never")));
  }

  SUBCASE("what is saved loads back, into a folder not yet made") {
    Settings saved;
    saved.fontSize = 21.5f;
    saved.dark = true;
    saved.lockAfterMinutes = 15;
    saved.recent = {"/home/facilitator/Aldra valley.parley", "/media/usb/Ольга = notes.parley"};
    std::string config = dir.File("config/parley");
    SaveSettings(config, saved);
    Settings loaded = LoadSettings(config);
    CHECK(loaded.fontSize == saved.fontSize);
    CHECK(loaded.dark == saved.dark);
    CHECK(loaded.lockAfterMinutes == 15);
    CHECK(loaded.recent == saved.recent);
    CHECK_FALSE(fs::exists(config + "/settings.ini.partial"));
  }

  SUBCASE("saving again replaces the old settings") {
    Settings first;
    first.dark = true;
    first.recent = {"/a.parley", "/b.parley"};
    SaveSettings(dir.Path(), first);
    Settings second;
    second.recent = {"/c.parley"};
    SaveSettings(dir.Path(), second);
    Settings loaded = LoadSettings(dir.Path());
    CHECK_FALSE(loaded.dark);
    CHECK(loaded.recent == std::vector<std::string>{"/c.parley"});
  }

  SUBCASE("unknown lines and a font size out of range are ignored, the recent list is capped") {
    std::string text = "# written by hand\nfont_size = 400\ncolour = purple\ndark = 1\nlock_after_minutes = -5\n";
    for (int i = 0; i < 15; ++i) text += "recent = /w" + std::to_string(i) + ".parley\n";
    WriteBytes(dir.File("settings.ini"), text);
    Settings loaded = LoadSettings(dir.Path());
    CHECK(loaded.fontSize == Settings().fontSize);
    CHECK(loaded.lockAfterMinutes == 0);
    CHECK(loaded.dark);
    REQUIRE(loaded.recent.size() == kMaxRecent);
    CHECK(loaded.recent.front() == "/w0.parley");
  }
}

TEST_CASE("AddRecent") {
  Settings settings;

  SUBCASE("puts the path first") {
    AddRecent(settings, "/a.parley", false);
    AddRecent(settings, "/b.parley", false);
    CHECK(settings.recent == std::vector<std::string>{"/b.parley", "/a.parley"});
  }

  SUBCASE("keeps a path once, moving it to the front") {
    for (const char* path : {"/a.parley", "/b.parley", "/c.parley", "/a.parley"}) AddRecent(settings, path, false);
    CHECK(settings.recent == std::vector<std::string>{"/a.parley", "/c.parley", "/b.parley"});
    AddRecent(settings, "/a.parley", false);
    CHECK(settings.recent.size() == 3);
  }

  SUBCASE("keeps at most kMaxRecent, dropping the oldest") {
    for (size_t i = 0; i < kMaxRecent + 3; ++i) AddRecent(settings, "/w" + std::to_string(i) + ".parley", false);
    REQUIRE(settings.recent.size() == kMaxRecent);
    CHECK(settings.recent.front() == "/w" + std::to_string(kMaxRecent + 2) + ".parley");
    CHECK(settings.recent.back() == "/w3.parley");
  }

  SUBCASE("a sealed workshop is shown by its file name only, and reopens by its whole path") {
    const std::string sealed = "/home/facilitator/Აფხაზეთი · Абхазия 2026/Ανάμνηση.parley";
    const std::string plain = "/home/facilitator/שיחות/حوار.parley";
    AddRecent(settings, sealed, true);
    AddRecent(settings, plain, false);
    CHECK(settings.recent == std::vector<std::string>{plain, sealed});
    CHECK(RecentLabel(settings, sealed) == "Ανάμνηση.parley");
    CHECK(RecentLabel(settings, plain) == plain);

    SUBCASE("kept so between runs, with nothing but the paths") {
      TempDir dir;
      SaveSettings(dir.Path(), settings);
      Settings loaded = LoadSettings(dir.Path());
      CHECK(loaded.recent == settings.recent);
      CHECK(RecentLabel(loaded, sealed) == "Ανάμνηση.parley");
      CHECK(RecentLabel(loaded, plain) == plain);
    }
    SUBCASE("unsealed, it shows its path again") {
      AddRecent(settings, sealed, false);
      CHECK(RecentLabel(settings, sealed) == sealed);
      CHECK(settings.sealedRecent.empty());
    }
    SUBCASE("dropped from the list, it is no longer kept as sealed") {
      for (size_t i = 0; i < kMaxRecent; ++i) AddRecent(settings, "/w" + std::to_string(i) + ".parley", false);
      CHECK(settings.sealedRecent.empty());
    }
  }
}

TEST_CASE("WriteFileAtomically") {
  TempDir dir;
  std::string path = dir.File("settings.ini");

  SUBCASE("replaces the file's contents, leaving no temporary file") {
    WriteBytes(path, "old contents\n");
    WriteFileAtomically(path, "new contents\n");
    CHECK(ReadBytes(path) == "new contents\n");
    CHECK_FALSE(fs::exists(path + ".partial"));
  }

  SUBCASE("leaves the old file intact when the folder is not writable") {
    WriteBytes(path, "old contents\n");
    fs::permissions(dir.Path(), fs::perms::owner_read | fs::perms::owner_exec);
    // Root writes into a folder whatever its permission bits say: then there is nothing to test.
    std::string probe = dir.File("probe");
    int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT, 0600);
    if (fd >= 0) {
      ::close(fd);
      ::unlink(probe.c_str());
      MESSAGE("skipped the unwritable-folder check: this process (root?) writes into a 0500 folder");
    } else {
      CHECK_THROWS_AS(WriteFileAtomically(path, "new contents\n"), Error);
      CHECK(ReadBytes(path) == "old contents\n");
      CHECK_FALSE(fs::exists(path + ".partial"));
    }
    fs::permissions(dir.Path(), fs::perms::owner_all);
  }

  SUBCASE("leaves a folder at the path as it was") {
    fs::create_directory(path);
    WriteBytes(path + "/inside.txt", "kept\n");
    try {
      WriteFileAtomically(path, "new contents\n");
      FAIL("wrote over a folder");
    } catch (const Error& e) {
      CHECK_FALSE(e.Advice().empty());
    }
    CHECK(fs::is_directory(path));
    CHECK(ReadBytes(path + "/inside.txt") == "kept\n");
    CHECK_FALSE(fs::exists(path + ".partial"));
  }

  SUBCASE("fails without writing when the folder is a file") {
    WriteBytes(dir.File("plain"), "a file, not a folder\n");
    CHECK_THROWS_AS(WriteFileAtomically(dir.File("plain/settings.ini"), "new contents\n"), Error);
    CHECK(ReadBytes(dir.File("plain")) == "a file, not a folder\n");
  }
}

TEST_CASE("the window's size, place and maximised state are remembered") {
  TempDir dir;

  SUBCASE("none before the first quit") { CHECK_FALSE(LoadSettings(dir.Path()).window.has_value()); }

  SUBCASE("what is saved loads back") {
    Settings saved;
    saved.window = WindowPlacement{{-1200, 30, 1100, 700}, true};
    SaveSettings(dir.Path(), saved);
    CHECK(LoadSettings(dir.Path()).window == saved.window);
  }

  SUBCASE("a place with a number missing or unreadable is not used") {
    WriteBytes(dir.File("settings.ini"), "window_x = 10\nwindow_y = 20\nwindow_width = 900\n");
    CHECK_FALSE(LoadSettings(dir.Path()).window.has_value());
    WriteBytes(dir.File("settings.ini"), "window_x = 10\nwindow_y = 2O\nwindow_width = 900\nwindow_height = 600\n");
    CHECK_FALSE(LoadSettings(dir.Path()).window.has_value());
    WriteBytes(dir.File("settings.ini"), "window_x = 10\nwindow_y = 20\nwindow_width = 0\nwindow_height = 600\n");
    CHECK_FALSE(LoadSettings(dir.Path()).window.has_value());
  }
}

TEST_CASE("PlaceWindow opens the window inside a monitor's work area") {
  // A laptop of 1280×800 with a panel of 28 pixels at the top.
  const ScreenRect laptop{0, 28, 1280, 772};

  SUBCASE("the first time: the default size where it fits, else the work area below a title bar") {
    WindowPlacement big = PlaceWindow({{0, 0, 1920, 1080}}, std::nullopt);
    CHECK(big.rect == ScreenRect{240, 110, kDefaultWindowWidth, kDefaultWindowHeight});
    CHECK_FALSE(big.maximized);
    WindowPlacement small = PlaceWindow({laptop}, std::nullopt);
    CHECK(small.rect == ScreenRect{0, 28 + kTitleBarRoom, 1280, 772 - kTitleBarRoom});
    WindowPlacement narrow = PlaceWindow({{0, 0, 1366, 768}}, std::nullopt);
    CHECK(narrow.rect == ScreenRect{0, kTitleBarRoom, 1366, 768 - kTitleBarRoom});
  }

  SUBCASE("a remembered place that fits is kept as it was") {
    WindowPlacement left{{100, 120, 1000, 600}, false};
    CHECK(PlaceWindow({laptop}, left) == left);
  }

  SUBCASE("a remembered window bigger than the work area is shrunk and moved inside it") {
    WindowPlacement remembered{{0, 0, 1440, 900}, false};
    CHECK(PlaceWindow({laptop}, remembered).rect == ScreenRect{0, 28 + kTitleBarRoom, 1280, 772 - kTitleBarRoom});
  }

  SUBCASE("a window left on a projector since unplugged comes back to the laptop, whole") {
    WindowPlacement onProjector{{1500, 100, 1200, 700}, false};
    ScreenRect placed = PlaceWindow({laptop}, onProjector).rect;
    CHECK(placed == ScreenRect{80, 100, 1200, 700});
  }

  SUBCASE("with the projector still there, it stays on the projector") {
    WindowPlacement onProjector{{1500, 100, 1200, 700}, false};
    CHECK(PlaceWindow({laptop, {1280, 0, 1920, 1080}}, onProjector) == onProjector);
  }

  SUBCASE("a window half off the bottom of the screen is moved up") {
    CHECK(PlaceWindow({laptop}, WindowPlacement{{200, 500, 900, 600}, false}).rect == ScreenRect{200, 200, 900, 600});
  }

  SUBCASE("a maximised window stays maximised, its restored place brought inside") {
    WindowPlacement maximized{{-2000, -50, 1000, 600}, true};
    WindowPlacement placed = PlaceWindow({laptop}, maximized);
    CHECK(placed.maximized);
    CHECK(placed.rect == ScreenRect{0, 28 + kTitleBarRoom, 1000, 600});
  }

  SUBCASE("a remembered size too small to work in grows to the smallest window") {
    CHECK(PlaceWindow({laptop}, WindowPlacement{{100, 100, 200, 100}, false}).rect ==
          ScreenRect{100, 100, kMinWindowWidth, kMinWindowHeight});
  }

  SUBCASE("numbers far out of range (a settings file edited by hand) still give a window on the screen") {
    constexpr int kHuge = 2'147'483'000;
    CHECK(PlaceWindow({laptop}, WindowPlacement{{kHuge, -kHuge, kHuge, kHuge}, false}).rect ==
          ScreenRect{0, 28 + kTitleBarRoom, 1280, 772 - kTitleBarRoom});
  }

  SUBCASE("no monitor known: the remembered place as it is") {
    WindowPlacement remembered{{100, 100, 1000, 600}, false};
    CHECK(PlaceWindow({}, remembered) == remembered);
  }
}

TEST_CASE("the recent list keeps one absolute entry per file, however it was opened") {
  TempDir dir;
  fs::create_directory(dir.File("workshops"));
  WriteBytes(dir.File("workshops/aldra.parley"), "");
  const std::string absolute = fs::weakly_canonical(dir.File("workshops/aldra.parley")).string();
  Settings settings;

  SUBCASE("a relative path is stored as the absolute one") {
    const fs::path before = fs::current_path();
    fs::current_path(dir.File("workshops"));
    AddRecent(settings, "aldra.parley", false);
    AddRecent(settings, absolute, false);
    AddRecent(settings, "./../workshops/aldra.parley", false);
    fs::current_path(before);
    CHECK(settings.recent == std::vector<std::string>{absolute});
  }

  SUBCASE("a path through a symbolic link is stored as the file's own") {
    fs::create_directory_symlink(dir.File("workshops"), dir.File("link"));
    AddRecent(settings, dir.File("link/aldra.parley"), false);
    AddRecent(settings, absolute, false);
    CHECK(settings.recent == std::vector<std::string>{absolute});
  }

  SUBCASE("an old list with a file twice is read with it once, where it came first") {
    WriteBytes(dir.File("settings.ini"), "recent = " + dir.File("workshops/../workshops/aldra.parley") +
                                             "\nrecent = /elsewhere/b.parley\nrecent = " + absolute + "\n");
    CHECK(LoadSettings(dir.Path()).recent == std::vector<std::string>{absolute, "/elsewhere/b.parley"});
  }
}
