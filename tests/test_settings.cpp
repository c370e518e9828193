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
    CHECK(settings.recent.empty());
    CHECK_FALSE(fs::exists(dir.File("never")));
  }

  SUBCASE("what is saved loads back, into a folder not yet made") {
    Settings saved;
    saved.fontSize = 21.5f;
    saved.dark = true;
    saved.recent = {"/home/facilitator/Aldra valley.parley", "/media/usb/Ольга = notes.parley"};
    std::string config = dir.File("config/parley");
    SaveSettings(config, saved);
    Settings loaded = LoadSettings(config);
    CHECK(loaded.fontSize == saved.fontSize);
    CHECK(loaded.dark == saved.dark);
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
    std::string text = "# written by hand\nfont_size = 400\ncolour = purple\ndark = 1\n";
    for (int i = 0; i < 15; ++i) text += "recent = /w" + std::to_string(i) + ".parley\n";
    WriteBytes(dir.File("settings.ini"), text);
    Settings loaded = LoadSettings(dir.Path());
    CHECK(loaded.fontSize == Settings().fontSize);
    CHECK(loaded.dark);
    REQUIRE(loaded.recent.size() == kMaxRecent);
    CHECK(loaded.recent.front() == "/w0.parley");
  }
}

TEST_CASE("AddRecent") {
  Settings settings;

  SUBCASE("puts the path first") {
    AddRecent(settings, "/a.parley");
    AddRecent(settings, "/b.parley");
    CHECK(settings.recent == std::vector<std::string>{"/b.parley", "/a.parley"});
  }

  SUBCASE("keeps a path once, moving it to the front") {
    for (const char* path : {"/a.parley", "/b.parley", "/c.parley", "/a.parley"}) AddRecent(settings, path);
    CHECK(settings.recent == std::vector<std::string>{"/a.parley", "/c.parley", "/b.parley"});
    AddRecent(settings, "/a.parley");
    CHECK(settings.recent.size() == 3);
  }

  SUBCASE("keeps at most kMaxRecent, dropping the oldest") {
    for (size_t i = 0; i < kMaxRecent + 3; ++i) AddRecent(settings, "/w" + std::to_string(i) + ".parley");
    REQUIRE(settings.recent.size() == kMaxRecent);
    CHECK(settings.recent.front() == "/w" + std::to_string(kMaxRecent + 2) + ".parley");
    CHECK(settings.recent.back() == "/w3.parley");
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
