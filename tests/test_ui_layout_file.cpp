// `parley --layout FILE` (the window test's map of the controls): the file it writes is
// readable by its owner only, as every file Parley writes, since a control's label can be a
// participant's name.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "ui_window.hpp"
#include "views/layout_file.hpp"

using namespace parley;
using namespace parley::test;
namespace fs = std::filesystem;

TEST_CASE("the layout file names the controls drawn and is readable by its owner only") {
  Window w;
  w.NewWorkshop("Διάλογος.parley");
  std::string path = w.dir.File("layout.tsv");
  {
    ui::LayoutFile layout(path);
    w.ui.Frame();
    layout.FrameDone();
  }
  REQUIRE(fs::exists(path));
  CHECK(ReadBytes(path).find("Add party\t0\t") != std::string::npos);
  CHECK((fs::status(path).permissions() & fs::perms::mask) ==
        (fs::perms::owner_read | fs::perms::owner_write));
}
