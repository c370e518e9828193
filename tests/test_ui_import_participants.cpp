// File > Import participants, driven by clicks and typing: the preview shows each row and its
// problem, nothing is written until Import, and then the good rows are in the workshop file.
#include <doctest/doctest.h>

#include <string>

#include "core/workshop.hpp"
#include "temp_dir.hpp"
#include "ui_harness.hpp"
#include "views/view_import_participants.hpp"
#include "views/workbench.hpp"

namespace parley::test {

namespace {

struct Window {
  TempDir dir;
  ui::Workbench app;
  ui::ImportParticipantsDialog dialog;  // opened by File > Import participants in the program
  UiHarness ui{[this] {
    ui::DrawWorkbench(app);
    ui::DrawImportParticipantsDialog(app, dialog);
  }};

  Window() { app.dataDir = dir.Path(); }
  Model OnDisk() const { return Workshop::Open(app.workshop->Path())->Model(); }
};

bool Has(const Model& model, const std::string& name) {
  for (const Participant& p : model.participants)
    if (p.name == name) return true;
  return false;
}

}  // namespace

TEST_CASE("a CSV file with two bad rows: the preview says why, Import adds the other rows") {
  Window w;
  w.ui.Click("Open the demo workshop");
  w.ui.Frame();
  std::string csv = w.dir.File("participants.csv");
  WriteBytes(csv,
             "\xEF\xBB\xBFName;Side;Affiliation\r\n"
             "Anna Berg;Sarvi;Clinic nurse\r\n"
             "Lost Person;Lakeside;\r\n"
             "Богдан Шевчук;Kestrel Ford;Miner\r\n"
             ";Sarvi;nobody\r\n"
             "ნინო ცერცვაძე;Sarvi;\"Teacher; school 2\"\r\n");
  w.dialog.open = true;
  w.ui.Frames(2);
  w.ui.Click("CSV file");
  w.ui.Type(csv);
  w.ui.Click("Preview");
  w.ui.Frame();

  const ParticipantsPreview& preview = w.dialog.preview;
  REQUIRE(preview.rows.size() == 5);
  CHECK(preview.GoodRows() == 3);
  CHECK(preview.rows[1].row == 3);
  CHECK(preview.rows[1].problems.front().starts_with("no party called \"Lakeside\""));
  CHECK(preview.rows[3].row == 5);
  CHECK(preview.rows[3].problems.front() == "no name");
  CHECK(w.OnDisk().participants.size() == 12);  // nothing imported before Import

  REQUIRE(w.ui.Count("Import 3 participants") == 1);
  w.ui.Click("Import 3 participants");
  w.ui.Frames(2);
  CHECK_FALSE(w.dialog.open);
  Model disk = w.OnDisk();
  CHECK(disk.participants.size() == 15);
  CHECK(Has(disk, "Anna Berg"));
  CHECK(Has(disk, "Богдан Шевчук"));
  CHECK(Has(disk, "ნინო ცერცვაძე"));
  CHECK_FALSE(Has(disk, "Lost Person"));
  CHECK(disk.participants.back().role == "Teacher; school 2");
}

TEST_CASE("Cancel imports nothing") {
  Window w;
  w.ui.Click("Open the demo workshop");
  w.ui.Frame();
  WriteBytes(w.dir.File("one.csv"), "name,party\nAnna Berg,Sarvi\n");
  w.dialog.open = true;
  w.ui.Frames(2);
  w.ui.Click("CSV file");
  w.ui.Type(w.dir.File("one.csv"));
  w.ui.Click("Preview");
  w.ui.Frame();
  w.ui.Click("Cancel");
  w.ui.Frames(2);
  CHECK_FALSE(w.dialog.open);
  CHECK(w.OnDisk().participants.size() == 12);
}

}  // namespace parley::test
