// File > Import participants, driven by clicks and typing: the preview shows each row and its
// problem, nothing is written until Import, and then the good rows are in the workshop file.
#include <doctest/doctest.h>

#include <string>

#include "core/store/workshop.hpp"
#include "temp_dir.hpp"
#include "ui_window.hpp"

namespace parley::test {

namespace {

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
  w.ChooseFile("Import participants from CSV...", csv, "Preview");

  REQUIRE(w.app.importParticipants.open);
  const ParticipantsPreview& preview = w.app.importParticipants.preview;
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
  CHECK_FALSE(w.app.importParticipants.open);
  CHECK(w.app.notice == "Imported 3 participants from " + csv);
  Model disk = w.OnDisk();
  CHECK(disk.participants.size() == 15);
  CHECK(Has(disk, "Anna Berg"));
  CHECK(Has(disk, "Богдан Шевчук"));
  CHECK(Has(disk, "ნინო ცერცვაძე"));
  CHECK_FALSE(Has(disk, "Lost Person"));
  CHECK(disk.participants.back().role == "Teacher; school 2");
  CHECK(disk.Attends(disk.sessions.back().id, disk.participants.back().id));
}

TEST_CASE("headers Parley does not read are mapped by the facilitator, column by column") {
  Window w;
  w.ui.Click("Open the demo workshop");
  w.ui.Frame();
  std::string csv = w.dir.File("uchastniki.csv");
  WriteBytes(csv, "Имя;Сторона;Должность\nБогдан Шевчук;Kestrel Ford;Шахтёр\nАнна Берг;Sarvi;\n");
  w.ChooseFile("Import participants from CSV...", csv, "Preview");
  REQUIRE(w.app.importParticipants.open);
  const ParticipantsPreview& preview = w.app.importParticipants.preview;
  CHECK(preview.GoodRows() == 0);
  REQUIRE_FALSE(preview.problems.empty());
  CHECK(preview.problems.front().starts_with("No column is the name"));

  w.ui.Click("Column Имя");
  w.ui.Click("name");
  w.ui.Click("Column Сторона");
  w.ui.Click("party");
  w.ui.Click("Column Должность");
  w.ui.Click("role or affiliation");
  CHECK(preview.problems.empty());
  CHECK(preview.GoodRows() == 2);
  SUBCASE("a file that cannot be read leaves the preview and its columns as they were") {
    w.app.importParticipants.path = w.dir.File("missing.csv");
    ui::PreviewParticipantsCsv(w.app, w.app.importParticipants);
    w.app.errorWhat.clear();
    w.ui.Frame();
    w.ui.Click("Column Сторона");
    w.ui.Click("party");  // chosen again: the file previewed is read again, not the one typed
    CHECK(w.app.errorWhat.empty());
    CHECK(preview.GoodRows() == 2);
    CHECK(preview.rows[0].participant.role == "Шахтёр");
  }
  w.ui.Click("Import 2 participants");
  w.ui.Frames(2);
  Model disk = w.OnDisk();
  REQUIRE(disk.participants.size() == 14);
  CHECK(Has(disk, "Богдан Шевчук"));
  CHECK(disk.participants[12].role == "Шахтёр");
}

// The importer takes up to kMaxParticipantsCsvRows rows: the preview draws those in view only.
TEST_CASE("a file of 100,000 rows: a frame draws the rows in view, and scrolls to the others") {
  Window w(ImVec2(1440, 900));
  w.ui.Click("Open the demo workshop");
  w.ui.Frame();
  const char* names[] = {"Νίκος Παπαδόπουλος", "Богдан Шевчук", "ნინო ცერცვაძე", "דוד כהן", "سارة حداد"};
  std::string text = "name,party,role\n";
  for (int i = 0; i < 100'000; ++i) {
    // Row 1000, 2000, ... names no party: skipped, its reason shown.
    const char* party = i % 1000 == 999 ? "" : i % 2 ? "Kestrel Ford" : "Sarvi";
    text += std::string(names[i % 5]) + " " + std::to_string(i) + "," + party + "," + (i % 3 ? "Шахтёр" : "Teacher") + "\n";
  }
  std::string csv = w.dir.File("many.csv");
  WriteBytes(csv, text);
  w.ChooseFile("Import participants from CSV...", csv, "Preview");
  REQUIRE(w.app.importParticipants.preview.rows.size() == 100'000);
  w.ui.Frame();
  CHECK(w.ui.Count("Import 99900 participants") == 1);

  // The rows a frame draws, of the first 400 of the file (its row 1 is the header).
  auto drawn = [&w] {
    int count = 0;
    for (int row = 2; row <= 401; ++row) count += w.ui.Count("Preview row " + std::to_string(row));
    return count;
  };
  int first = drawn();
  CHECK(first >= 5);
  CHECK(first <= 40);  // the table's height in rows, not the file's
  CHECK(w.ui.Count("Preview row 2") == 1);
  CHECK(w.ui.Count("Preview row 100001") == 0);

  w.ui.Wheel(w.ui.Centre("Preview row 2"), -20.0f);
  w.ui.Frames(2);
  CHECK(w.ui.Count("Preview row 2") == 0);
  int later = drawn();
  CHECK(later >= 5);
  CHECK(later <= 40);
  CHECK(w.OnDisk().participants.size() == 12);  // nothing imported before Import
}

TEST_CASE("Cancel imports nothing") {
  Window w;
  w.ui.Click("Open the demo workshop");
  w.ui.Frame();
  WriteBytes(w.dir.File("one.csv"), "name,party\nAnna Berg,Sarvi\n");
  w.ChooseFile("Import participants from CSV...", w.dir.File("one.csv"), "Preview");
  REQUIRE(w.app.importParticipants.preview.rows.size() == 1);
  w.ui.Click("Cancel");
  w.ui.Frames(2);
  CHECK_FALSE(w.app.importParticipants.open);
  CHECK(w.OnDisk().participants.size() == 12);
}

TEST_CASE("a file that is not there gets the error dialog, and no preview") {
  Window w;
  w.ui.Click("Open the demo workshop");
  w.ui.Frame();
  w.ChooseFile("Import participants from CSV...", w.dir.File("missing.csv"), "Preview");
  CHECK(w.app.errorWhat == "There is no file at " + w.dir.File("missing.csv") + ".");
  CHECK(w.app.importParticipants.previewed.empty());
  CHECK(w.ui.Count("Import 0 participants") == 1);  // disabled: nothing to import
}

TEST_CASE("Enter on the keypad takes the file name typed, as Enter does") {
  Window w;
  w.ui.Click("Open the demo workshop");
  w.ui.Frame();
  w.ui.Click("File");
  w.ui.Frame();
  w.ui.Click("Import participants from CSV...");
  w.ui.Frames(2);
  w.ui.Click("File name");
  w.ui.Press(key::End);
  for (int i = 0; i < 80; ++i) w.ui.Press(key::Backspace);
  w.ui.Type(w.dir.File("missing.csv"));
  w.ui.Press(key::KeyPadEnter);
  w.ui.Frames(2);
  // The file was taken, and the error dialog it brings stays: the Enter that ended the field is
  // not the one that closes it.
  CHECK(w.app.errorWhat == "There is no file at " + w.dir.File("missing.csv") + ".");
}

}  // namespace parley::test
