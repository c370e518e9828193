// Participants from CSV: the variants spreadsheets write, the header's names, each row's
// problem in the preview, the import of the good rows only, and the command.
//
// Sections: [variants] the CSV dialects  [header]  [problems] rows and files  [import]
//           [limits] the scale a file may have, and what goes beyond it  [command]
#include <doctest/doctest.h>

#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/cli/command_line.hpp"
#include "core/store/demo.hpp"
#include "core/common/error.hpp"
#include "core/common/text.hpp"
#include "core/interchange/participants_csv.hpp"
#include "core/interchange/workshop_json.hpp"
#include "core/store/workshop.hpp"
#include "temp_dir.hpp"

using namespace parley;
using namespace parley::test;

namespace {

// The demo workshop's parties: 1 "Kestrel Ford (upstream)" (short "Kestrel Ford") and
// 2 "Sarvi (downstream)" (short "Sarvi"); its participants include Marta Kovač and
// Participant B1 is Олена Гринюк.
struct Demo {
  TempDir dir;
  std::unique_ptr<Workshop> workshop = CreateFreshDemo(dir.File("demo.parley"));
  const Model& M() const { return workshop->Model(); }
};

// The one row of a preview that must have exactly one row.
const PreviewRow& OnlyRow(const ParticipantsPreview& preview) {
  REQUIRE(preview.rows.size() == 1);
  return preview.rows[0];
}

// Every problem of `row`, joined, for checking one with Contains.
std::string Problems(const PreviewRow& row) {
  std::string out;
  for (const std::string& p : row.problems) out += p + "; ";
  return out;
}

const Participant* Named(const Model& model, const std::string& name) {
  for (const Participant& p : model.participants)
    if (p.name == name) return &p;
  return nullptr;
}

}  // namespace

// [variants] ----------------------------------------------------------------------------------

TEST_CASE("a CSV file in the variants spreadsheets write reads the same") {
  Demo demo;
  std::string csv;
  char delimiter = ',';
  SUBCASE("commas and LF") { csv = "name,party,role\nAnna Berg,Sarvi,Teacher\n"; }
  SUBCASE("commas, CRLF and a byte-order mark") { csv = "\xEF\xBB\xBFname,party,role\r\nAnna Berg,Sarvi,Teacher\r\n"; }
  SUBCASE("semicolons, as spreadsheets write them in many locales") {
    csv = "\xEF\xBB\xBFName;Party;Role\r\nAnna Berg;Sarvi;Teacher\r\n";
    delimiter = ';';
  }
  SUBCASE("tabs") {
    csv = "name\tparty\trole\nAnna Berg\tSarvi\tTeacher";
    delimiter = '\t';
  }
  SUBCASE("every cell quoted, no line break at the end") { csv = "\"name\",\"party\",\"role\"\n\"Anna Berg\",\"Sarvi\",\"Teacher\""; }
  SUBCASE("old Mac line breaks (CR)") { csv = "name,party,role\rAnna Berg,Sarvi,Teacher\r"; }
  SUBCASE("blank lines around the rows") { csv = "\nname,party,role\n\nAnna Berg,Sarvi,Teacher\n\n"; }
  auto preview = PreviewParticipants(csv, demo.M());
  CHECK(preview.problems.empty());
  CHECK(preview.delimiter == delimiter);
  const PreviewRow& row = OnlyRow(preview);
  CHECK(row.problems.empty());
  CHECK(row.participant.name == "Anna Berg");
  CHECK(row.participant.partyId == 2);
  CHECK(row.participant.role == "Teacher");
}

TEST_CASE("quoted cells hold delimiters, doubled quotes and line breaks") {
  Demo demo;
  auto preview = PreviewParticipants(
      "name;party;notes\r\n"
      "\"Berg; Anna\";Sarvi;\"Said \"\"not in my name\"\"\r\nSecond line; still notes\"\r\n"
      "Tom Hale;Sarvi;plain\r\n",
      demo.M());
  REQUIRE(preview.rows.size() == 2);
  CHECK(preview.rows[0].problems.empty());
  CHECK(preview.rows[0].participant.name == "Berg; Anna");
  CHECK(preview.rows[0].participant.notes == "Said \"not in my name\"\nSecond line; still notes");
  // A record with a line break in quotes is one spreadsheet row: Tom is row 3.
  CHECK(preview.rows[1].row == 3);
  CHECK(preview.rows[1].participant.notes == "plain");
}

TEST_CASE("names in Arabic, Cyrillic and Georgian are imported as written") {
  Demo demo;
  auto preview = PreviewParticipants(
      "name,party,pseudonym\n"
      "ليلى حداد,Sarvi,\n"
      "Богдан Шевчук,Kestrel Ford,\n"
      "გიორგი ლომიძე,Sarvi,მონაწილე 1\n",
      demo.M());
  CHECK(preview.GoodRows() == 3);
  // The screen font is made for them before the preview shows them.
  CHECK((preview.scripts & ScriptOf(U'Ш')) != 0);
  CHECK((preview.scripts & ScriptOf(U'ლ')) != 0);
  ImportParticipants(preview, WriterFor(*demo.workshop));
  auto reopened = Workshop::Open(demo.workshop->Path());
  REQUIRE(Named(reopened->Model(), "ليلى حداد"));
  CHECK(Named(reopened->Model(), "ليلى حداد")->partyId == 2);
  REQUIRE(Named(reopened->Model(), "Богдан Шевчук"));
  CHECK(Named(reopened->Model(), "Богдан Шевчук")->partyId == 1);
  REQUIRE(Named(reopened->Model(), "გიორგი ლომიძე"));
  CHECK(Named(reopened->Model(), "გიორგი ლომიძე")->pseudonym == "მონაწილე 1");
}

// [header] ------------------------------------------------------------------------------------

TEST_CASE("the header's names map to Parley's fields, ignoring case, spaces and common synonyms") {
  Demo demo;
  auto preview = PreviewParticipants(
      "Full Name,SIDE,Organisation,Code,Comment,E-mail,General role,Shoe size\n"
      "Anna Berg,sarvi,Clinic,S-9,met twice,anna@example.org,a doctor,38\n",
      demo.M());
  CHECK(preview.problems.empty());
  CHECK(preview.fields == std::vector<std::string>{"name", "party", "role or affiliation", "pseudonym", "notes",
                                                   "contact", "general role", ""});
  const NewParticipant& p = OnlyRow(preview).participant;
  CHECK(p.name == "Anna Berg");
  CHECK(p.partyId == 2);
  CHECK(p.role == "Clinic");
  CHECK(p.pseudonym == "S-9");
  CHECK(p.notes == "met twice");
  CHECK(p.contact == "anna@example.org");
  CHECK(p.generalRole == "a doctor");
}

TEST_CASE("first and last name columns make the name when there is no name column") {
  Demo demo;
  auto preview = PreviewParticipants("First name,Surname,Community\nAnna,Berg,Sarvi\n", demo.M());
  CHECK(OnlyRow(preview).participant.name == "Anna Berg");
  CHECK(OnlyRow(preview).problems.empty());
}

TEST_CASE("a party is found by its name or short name, in any case") {
  Demo demo;
  auto preview = PreviewParticipants(
      "name,party\nA One,Sarvi (downstream)\nA Two,  KESTREL FORD \nA Three,sarvi\n", demo.M());
  REQUIRE(preview.rows.size() == 3);
  CHECK(preview.rows[0].participant.partyId == 2);
  CHECK(preview.rows[1].participant.partyId == 1);
  CHECK(preview.rows[2].participant.partyId == 2);
}

// [problems] ----------------------------------------------------------------------------------

TEST_CASE("the preview gives each row's problem, by its row in the spreadsheet") {
  Demo demo;
  struct Case {
    const char* name;
    std::string line;  // the row after the header "name,party,pseudonym"
    const char* says;
  };
  const Case cases[] = {
      {"an unknown party", "Anna Berg,Lakeside,", "no party called \"Lakeside\" (the parties are Kestrel Ford (upstream), Sarvi (downstream))"},
      {"no party", "Anna Berg,,", "no party"},
      {"a missing name", " ,Sarvi,", "no name"},
      {"a duplicate of an existing participant", "marta  KOVAČ,Kestrel Ford,", "a duplicate of Participant A1 in the workshop"},
      {"a duplicate in capitals", "ОЛЕНА ГРИНЮК,Sarvi,", "a duplicate of Participant B1 in the workshop"},
      {"a duplicate with its accent as a combining mark", "Jose\u0301 Alvarenga,Kestrel Ford,",
       "a duplicate of Participant A2 in the workshop"},
      {"a duplicate in Georgian capitals (Mtavruli)", "\u1C9C\u1C98\u1C9C\u1C9D \u1C91\u1C94\u1CA0\u1C98\u1CAB\u1C94,Sarvi,",
       "a duplicate of Participant B2 in the workshop"},
      {"a pseudonym in use", "Anna Berg,Sarvi,participant b1", "the pseudonym \"participant b1\" is already used by Participant B1 in the workshop"},
      {"fewer cells than the header", "Anna Berg,Sarvi", "2 cells where the header has 3"},
      {"more cells than the header", "Anna Berg,Sarvi,,extra", "4 cells where the header has 3"},
      {"a quote never closed", "\"Anna Berg,Sarvi,\n", "a quote opened in cell 1 is never closed"},
      {"text after a closing quote", "\"Anna\" Berg,Sarvi,", "text after the closing quote of cell 1"},
      {"bytes that are not UTF-8 (Latin-1)", "Jos\xE9 Ruiz,Sarvi,", "cell 1 (name) is not UTF-8 text"},
      {"an overlong UTF-8 form", "\xC0\xAF,Sarvi,", "cell 1 (name) is not UTF-8 text"},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.name));
    auto preview = PreviewParticipants("name,party,pseudonym\n\n" + c.line, demo.M());
    const PreviewRow& row = OnlyRow(preview);
    CHECK(row.row == 3);  // the header is row 1, the blank line row 2
    CHECK_MESSAGE(Problems(row).find(c.says) != std::string::npos, Problems(row));
    CHECK(preview.GoodRows() == 0);
  }
}

TEST_CASE("columns chosen by the facilitator replace what Parley reads from the header") {
  Demo demo;
  std::string csv = "Nom,Partie,Remarque\nAnna Berg,Sarvi,arrives late\n";
  CHECK(PreviewParticipants(csv, demo.M()).GoodRows() == 0);
  auto preview = PreviewParticipants(csv, demo.M(), {"name", "party", "notes"});
  CHECK(preview.problems.empty());
  const PreviewRow& row = OnlyRow(preview);
  CHECK(row.participant.name == "Anna Berg");
  CHECK(row.participant.notes == "arrives late");
  // A field Parley does not have, or a choice for too few columns, is not a mapping.
  CHECK(PreviewParticipants(csv, demo.M(), {"name", "shoe size", ""}).fields ==
        std::vector<std::string>{"name", "", ""});
  CHECK(PreviewParticipants(csv, demo.M(), {"name"}).GoodRows() == 0);
}

TEST_CASE("a name or pseudonym twice in the file is a duplicate of its first row") {
  Demo demo;
  auto preview = PreviewParticipants("name,party,pseudonym\nAnna Berg,Sarvi,X1\nanna berg,Sarvi,\nTom Hale,Sarvi,x1\n", demo.M());
  REQUIRE(preview.rows.size() == 3);
  CHECK(preview.rows[0].problems.empty());
  CHECK(Problems(preview.rows[1]) == "a duplicate of row 2; ");
  CHECK(Problems(preview.rows[2]) == "the pseudonym \"x1\" is already used by row 2; ");
}

TEST_CASE("a file that cannot be read as participants says why") {
  Demo demo;
  std::string csv, says;
  SUBCASE("empty") { csv = "", says = "The file is empty"; }
  SUBCASE("blank lines only") { csv = "\r\n\r\n", says = "The file is empty"; }
  SUBCASE("UTF-16") { csv = std::string("\xFF\xFEn\0a\0m\0e\0", 10), says = "UTF-16"; }
  SUBCASE("no name column") { csv = "who,party\nAnna,Sarvi\n", says = "No column is the name"; }
  SUBCASE("no party column") { csv = "name,team\nAnna,Sarvi\n", says = "No column is the party"; }
  auto preview = PreviewParticipants(csv, demo.M());
  REQUIRE(preview.problems.size() == 1);
  CHECK(preview.problems[0].find(says) != std::string::npos);
  CHECK(preview.GoodRows() == 0);
}

// [import] ------------------------------------------------------------------------------------

TEST_CASE("the preview changes nothing; the import adds the good rows only") {
  Demo demo;
  const std::string csv =
      "name,party,role,pseudonym,notes\n"
      "Anna Berg,Sarvi,Clinic nurse,,\"first, and\nlast\"\n"
      "Lost Person,Lakeside,,,\n"
      ",Sarvi,nobody,,\n"
      "Tom Hale,Kestrel Ford,Miner,Participant A9,\n";
  size_t before = demo.M().participants.size();
  std::string path = demo.workshop->Path();
  auto preview = PreviewParticipants(csv, demo.M());
  CHECK(demo.M().participants.size() == before);
  CHECK(preview.GoodRows() == 2);

  std::vector<Id> ids = ImportParticipants(preview, WriterFor(*demo.workshop));
  CHECK(ids.size() == 2);
  demo.workshop.reset();
  auto reopened = Workshop::Open(path);
  const Model& m = reopened->Model();
  CHECK(m.participants.size() == before + 2);
  const Participant* anna = Named(m, "Anna Berg");
  REQUIRE(anna);
  CHECK(anna->id == ids[0]);
  CHECK(anna->partyId == 2);
  CHECK(anna->role == "Clinic nurse");
  CHECK(anna->notes == "first, and\nlast");
  CHECK(anna->pseudonym == "Participant B7");  // a fresh one: B1 to B6 are taken
  CHECK(m.Attends(m.sessions.back().id, anna->id));
  const Participant* tom = Named(m, "Tom Hale");
  REQUIRE(tom);
  CHECK(tom->pseudonym == "Participant A9");
  CHECK_FALSE(Named(m, "Lost Person"));
}

TEST_CASE("an import is one edit: one undo takes all of it back") {
  Demo demo;
  size_t before = demo.M().participants.size();
  auto preview = PreviewParticipants("name,party\nAnna Berg,Sarvi\nTom Hale,Kestrel Ford\nIra Lind,Sarvi\n", demo.M());
  ImportParticipants(preview, WriterFor(*demo.workshop));
  CHECK(demo.M().participants.size() == before + 3);
  CHECK(demo.workshop->UndoLabel() == "add 3 participants");
  demo.workshop->Undo();
  CHECK(demo.M().participants.size() == before);
  CHECK_FALSE(Named(demo.M(), "Anna Berg"));
  demo.workshop->Redo();
  CHECK(demo.M().participants.size() == before + 3);
}

TEST_CASE("an import that the workshop refuses adds no one") {
  Demo demo;
  size_t before = demo.M().participants.size();
  // The preview was made before someone took the pseudonym: the whole import is refused.
  auto preview = PreviewParticipants("name,party,pseudonym\nAnna Berg,Sarvi,\nTom Hale,Sarvi,Participant B9\n", demo.M());
  REQUIRE(preview.GoodRows() == 2);
  Id someone = demo.workshop->AddParticipant(2);
  demo.workshop->SetText(Field::ParticipantPseudonym, someone, "Participant B9");
  CHECK_THROWS_WITH_AS(ImportParticipants(preview, WriterFor(*demo.workshop)),
                       doctest::Contains("\"Participant B9\" is already in use"), Error);
  CHECK(demo.M().participants.size() == before + 1);
  CHECK_FALSE(Named(demo.M(), "Anna Berg"));
}

TEST_CASE("the import writes through the writer it is given, and only when there are good rows") {
  Demo demo;
  int calls = 0;
  std::vector<NewParticipant> written;
  ParticipantWriter record = [&](const std::vector<NewParticipant>& people) {
    ++calls;
    written = people;
    return std::vector<Id>(people.size(), 99);
  };
  CHECK(ImportParticipants(PreviewParticipants("name,party\nNobody,Lakeside\n", demo.M()), record).empty());
  CHECK(calls == 0);
  CHECK(ImportParticipants(PreviewParticipants("name,party\nA,Sarvi\nB,Nowhere\nC,Sarvi\n", demo.M()), record) ==
        std::vector<Id>{99, 99});
  CHECK(calls == 1);
  REQUIRE(written.size() == 2);
  CHECK(written[0].name == "A");
  CHECK(written[1].name == "C");
}

// [limits] ------------------------------------------------------------------------------------

namespace {

// `rows` data rows of names in Greek, Cyrillic, Georgian, Hebrew, Arabic and Latin, alternating
// between the demo's two parties (Sarvi first), each name unique.
std::string ManyPeople(size_t rows) {
  const char* names[] = {"Νίκος Παπαδόπουλος", "Светлана Петрова", "ნინო ბერიძე",
                         "יעל כהן",            "ليلى حداد",        "Marta Kovač"};
  std::string csv = "name,party,role\n";
  for (size_t i = 0; i < rows; ++i)
    csv += std::string(names[i % 6]) + " " + std::to_string(i) + (i % 2 ? ",Kestrel Ford" : ",Sarvi") +
           ",Journalist\n";
  return csv;
}

// The highest n of the pseudonyms "Participant <letter><n>" in `model`.
int LastNumber(const Model& model, char letter) {
  int last = 0;
  std::string prefix = std::string("Participant ") + letter;
  for (const Participant& p : model.participants)
    if (p.pseudonym.starts_with(prefix)) last = std::max(last, std::stoi(p.pseudonym.substr(prefix.size())));
  return last;
}

}  // namespace

TEST_CASE("100,000 rows, the most a file may have, are all previewed and imported, numbered on") {
  // Each new participant's pseudonym was found by counting from 1 past every one taken: this
  // import did not finish in five minutes. Its time is measured by `make bench` (import/csv).
  Demo demo;
  size_t before = demo.M().participants.size();
  int lastA = LastNumber(demo.M(), 'A'), lastB = LastNumber(demo.M(), 'B');
  auto preview = PreviewParticipants(ManyPeople(kMaxParticipantsCsvRows), demo.M());
  CHECK(preview.problems.empty());
  REQUIRE(preview.GoodRows() == kMaxParticipantsCsvRows);
  CHECK(ImportParticipants(preview, WriterFor(*demo.workshop)).size() == kMaxParticipantsCsvRows);
  const Model& m = demo.M();
  REQUIRE(m.participants.size() == before + kMaxParticipantsCsvRows);
  // Each party's new pseudonyms go on from its last one, with no gap and none twice.
  CHECK(m.participants.back().name == "יעל כהן 99999");
  CHECK(m.participants.back().pseudonym == "Participant A" + std::to_string(lastA + 50'000));
  CHECK(m.participants[before].pseudonym == "Participant B" + std::to_string(lastB + 1));
  CHECK(LastNumber(m, 'B') == lastB + 50'000);
  std::set<std::string> pseudonyms;
  for (const Participant& p : m.participants) pseudonyms.insert(p.pseudonym);
  CHECK(pseudonyms.size() == m.participants.size());
}

TEST_CASE("a file beyond a limit is refused whole, with the limit and what to do") {
  Demo demo;
  std::string csv, says;
  SUBCASE("more than 100,000 rows (blank lines do not count)") {
    csv = ManyPeople(kMaxParticipantsCsvRows + 1) + "\n\n";
    says = "more than 100,000 rows of participants, more than Parley imports from one file. Split it";
  }
  SUBCASE("a cell over 1 MB") {
    csv = "name,party,notes\nნინო ბერიძე,Sarvi,\"" + std::string(kMaxFieldBytes + 1, 'x') + "\"\n";
    says = "Row 2, cell 3 holds more than 1,048,576 bytes (1 MB) of text";
  }
  SUBCASE("a quote left open over the rest of a large file") {
    csv = "name,party\nΕλένη,\"Sarvi\n" + std::string(2 * kMaxFieldBytes, 'y');
    says = "a quote left open makes the rest of the file one cell";
  }
  SUBCASE("more than 2,000,000 cells") {
    csv = "name,party\nИра,Sarvi" + std::string(kMaxParticipantsCsvCells, ',') + "\n";
    says = "more than 2,000,000 cells";
  }
  auto preview = PreviewParticipants(csv, demo.M());
  REQUIRE(preview.problems.size() == 1);
  CHECK_MESSAGE(preview.problems[0].find(says) != std::string::npos, preview.problems[0]);
  CHECK(preview.rows.empty());
}

TEST_CASE("parley import-participants refuses a file beyond a limit and leaves the workshop as it was") {
  Demo demo;
  std::string path = demo.workshop->Path();
  demo.workshop.reset();
  std::string bytes = ReadBytes(path);
  auto run = [](std::vector<std::string> args) { return RunCommand(ParseCommandLine(args)); };
  SUBCASE("too many rows") {
    WriteBytes(demo.dir.File("many.csv"), ManyPeople(kMaxParticipantsCsvRows + 1));
    CHECK(run({"import-participants", path, demo.dir.File("many.csv")}) == 4);
  }
  SUBCASE("a file over 16 MB, refused unread") {
    WriteBytes(demo.dir.File("huge.csv"), "");
    std::filesystem::resize_file(demo.dir.File("huge.csv"), kMaxParticipantsCsvBytes + 1);
    CHECK_THROWS_WITH_AS(PreviewParticipantsFile(demo.dir.File("huge.csv"), Model{}),
                         doctest::Contains("Parley imports up to 16 MB from one file"), Error);
    CHECK(run({"import-participants", path, demo.dir.File("huge.csv")}) == 4);
  }
  CHECK(ReadBytes(path) == bytes);
}

TEST_CASE("whatever the CSV import accepts, the workshop's JSON export imports again") {
  // Each field at the most a cell may hold, in several scripts: the JSON import reads it back.
  Demo demo;
  auto atLimit = [](const std::string& letters) {
    std::string text;
    while (text.size() + letters.size() <= kMaxFieldBytes) text += letters;
    return text + std::string(kMaxFieldBytes - text.size(), '.');
  };
  std::string name = atLimit("ნინო Νίκος "), role = atLimit("Журналист صحفية "), notes = atLimit("עיתונאית ");
  REQUIRE(name.size() == kMaxFieldBytes);
  auto preview = PreviewParticipants("name,party,role,notes\n\"" + name + "\",Sarvi,\"" + role + "\",\"" +
                                         notes + "\"\n",
                                     demo.M());
  REQUIRE(preview.GoodRows() == 1);
  ImportParticipants(preview, WriterFor(*demo.workshop));
  std::string json = WorkshopToJson(demo.workshop->Path());
  WorkshopFromJson(json, demo.dir.File("again.parley"));
  auto again = Workshop::Open(demo.dir.File("again.parley"));
  CHECK(Named(again->Model(), Trim(name)));
  CHECK(WorkshopToJson(demo.dir.File("again.parley")) == json);

  SUBCASE("a name made of a first and a last name at the limit is refused as that row's problem") {
    std::string half = atLimit("Σ");
    auto made = PreviewParticipants("first name,last name,party\n" + half + "," + half + ",Sarvi\n", demo.M());
    CHECK(made.GoodRows() == 0);
    CHECK(Problems(OnlyRow(made)).find("longer than the 1,048,576 bytes a field holds") != std::string::npos);
  }
}

// [command] -----------------------------------------------------------------------------------

TEST_CASE("parley import-participants imports the good rows and reports the rest") {
  Demo demo;
  std::string path = demo.workshop->Path();
  demo.workshop.reset();
  auto run = [](std::vector<std::string> args) { return RunCommand(ParseCommandLine(args)); };
  auto count = [&] { return Workshop::Open(path)->Model().participants.size(); };
  size_t before = count();
  WriteBytes(demo.dir.File("people.csv"), "name;party\nAnna Berg;Sarvi\nLost Person;Lakeside\n");
  WriteBytes(demo.dir.File("bad.csv"), "name;party\nLost Person;Lakeside\n");
  WriteBytes(demo.dir.File("header.csv"), "name;party\n");

  SUBCASE("--dry-run changes nothing") {
    std::string bytes = ReadBytes(path);
    CHECK(run({"import-participants", path, demo.dir.File("people.csv"), "--dry-run"}) == 0);
    CHECK(ReadBytes(path) == bytes);
  }
  SUBCASE("good rows are imported; the bad ones are skipped") {
    CHECK(run({"import-participants", path, demo.dir.File("people.csv")}) == 0);
    CHECK(count() == before + 1);
  }
  SUBCASE("a file whose every row is bad is status 4, and changes nothing") {
    CHECK(run({"import-participants", path, demo.dir.File("bad.csv")}) == 4);
    CHECK(count() == before);
  }
  SUBCASE("a header without rows is nothing to import") {
    CHECK(run({"import-participants", path, demo.dir.File("header.csv")}) == 0);
  }
  SUBCASE("files that cannot be read are status 4") {
    CHECK(run({"import-participants", path, demo.dir.File("missing.csv")}) == 4);
    CHECK(run({"import-participants", demo.dir.File("missing.parley"), demo.dir.File("people.csv")}) == 4);
  }
  SUBCASE("usage errors are status 2") {
    CHECK(run({"import-participants", path}) == 2);
    CHECK(run({"import-participants", path, demo.dir.File("people.csv"), "--force"}) == 2);
  }
}
