// File > Export the whole workshop as JSON, and File > Import a workshop from JSON
// (app/views/file_dialog.cpp), driven by clicks and typing: a JSON export imports back as the
// same workshop, and an import never overwrites a file.
#include <doctest/doctest.h>

#include <string>

#include "core/interchange/workshop_json.hpp"
#include "core/store/workshop.hpp"
#include "temp_dir.hpp"
#include "ui_window.hpp"

namespace parley::test {

TEST_CASE("File > Export as JSON, then File > Import from JSON, opens the same workshop") {
  Window w;
  w.ui.Click("Open the demo workshop");
  w.ui.Frame();
  const std::string demo = w.app.workshop->Path();
  w.ChooseFile("Export the whole workshop as JSON...", w.dir.File("archive"), "Export");
  REQUIRE(w.app.errorWhat.empty());
  CHECK(ReadBytes(w.dir.File("archive.json")) == WorkshopToJson(demo));  // ".json" added
  CHECK(w.app.notice == "Exported the whole workshop to " + w.dir.File("archive.json"));

  w.ChooseFile("Import a workshop from JSON...", w.dir.File("archive.json"), "Next");
  REQUIRE(w.app.fileDialog.purpose == ui::FileDialog::Purpose::ImportJsonTo);
  CHECK(w.app.fileDialog.name == "archive.parley");  // proposed beside the export
  w.ui.Click("Import");
  w.ui.Frames(2);
  REQUIRE(w.app.errorWhat.empty());
  REQUIRE(w.app.workshop);
  CHECK(w.app.workshop->Path() == w.dir.File("archive.parley"));
  CHECK(WorkshopToJson(w.dir.File("archive.parley")) == ReadBytes(w.dir.File("archive.json")));

  // A second import to the same name is refused: nothing is overwritten.
  w.ChooseFile("Import a workshop from JSON...", w.dir.File("archive.json"), "Next");
  w.ui.Click("Import");
  w.ui.Frames(2);
  CHECK(w.app.errorWhat.find("already") != std::string::npos);
  CHECK(WorkshopToJson(w.dir.File("archive.parley")) == ReadBytes(w.dir.File("archive.json")));
}

}  // namespace parley::test
