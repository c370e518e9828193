// The workshop as a JSON document: the format covers the schema and its page, export then import
// then export gives the same bytes, an imported workshop opens as the same workshop, and every
// kind of bad document is refused by its JSON path with no file written.
//
// Sections: [format] in step with the schema and the page  [round trip]  [refused]
//           [versions]  [export]  [commands]
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "core/cli/command_line.hpp"
#include "core/store/demo.hpp"
#include "core/common/error.hpp"
#include "core/cli/generator.hpp"
#include "core/store/schema.hpp"
#include "core/store/workshop.hpp"
#include "core/store/workshop_tables.hpp"
#include "core/interchange/workshop_json.hpp"
#include "logical_text.hpp"
#include "room.hpp"
#include "temp_dir.hpp"
#include "workshop_probe.hpp"

using namespace parley;
using namespace parley::test;
using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;

namespace {

// `names` one a line, so that a difference reads in the failure message.
std::string Lines(const std::set<std::string>& names) {
  std::string out;
  for (const std::string& name : names) out += name + "\n";
  return out;
}

// The names in `dir`, to see that a refused import left nothing behind.
std::set<std::string> Listing(const std::string& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename().string());
  return names;
}

// A workshop with rows in every table of the format, made through the edit API as facilitators
// would make it (the generator leaves some tables empty). `scale` multiplies the participants,
// concerns, options and what hangs on them.
// Text with quotes, backslashes, control characters and several scripts tests the escaping.
std::unique_ptr<Workshop> FullWorkshop(const std::string& path, int scale) {
  auto w = Workshop::Create(path, "Full \"record\" \\ of a\tworkshop\nwith ☮ and 🕊", "2026-10-12");
  w->SetText(Field::WorkshopContext, 0, "Arabic حوار, Georgian დიალოგი, Cyrillic диалог, \x01 control");
  std::vector<Id> parties = {1, 2, w->AddParty()};
  Id day2 = w->AddSession("2026-10-13", "Day 2");
  std::vector<Id> people;
  for (int i = 0; i < 6 * scale; ++i) {
    Id p = w->AddParticipant(parties[size_t(i % 3)]);
    w->SetText(Field::ParticipantName, p, "Person " + std::to_string(i) + " Ölçer-Гринюк");
    w->SetText(Field::ParticipantNotes, p, "line one\r\nline two " + std::to_string(i));
    people.push_back(p);
  }
  w->RemoveParticipant(w->AddParticipant(parties[0]));  // ids with a gap
  w->SetAttendance(day2, people[0], false);
  for (size_t i = 0; i < people.size(); i += 2) w->SetConsent(1, people[i], true);
  w->SetText(Field::RuleText, w->Model().rules[1].id, "Reworded after consent");
  w->SetText(Field::ConsentNote, w->Model().consents[0].id, "agreed after discussing recording");
  w->SetPhaseStatus(1, Phase::GroundRules, PhaseStatus::Done);
  w->MoveOn(1, Phase::GroundRules, Phase::Stories, {"not everyone agreed"}, "time was short");
  w->AddLogNote(1, "a note for the log");
  w->AddLogNote(0, "a note about the whole workshop");  // session_id null
  w->QueueSpeaker(1, people[0]);
  w->QueueSpeaker(1, people[1]);
  w->QueueSpeaker(1, people[2]);
  w->NextSpeaker(1);
  w->NextSpeaker(1);
  Id story = w->AddStory(1, people[0], "How the flood took the orchard", {"land", "loss"});
  w->SetReflectedBy(story, people[1]);
  w->AddStory(1, people[1], "Unreflected", {});  // reflected_by_id null
  Id water = w->AddCategory("Water");
  std::vector<Id> concerns;
  for (int i = 0; i < 4 * scale; ++i) {
    Id party = parties[size_t(i % 3)];
    Id c = w->AddConcern(i % 2 ? day2 : 1, party, i % 2 ? ConcernKind::Fear : ConcernKind::Need,
                         "Concern " + std::to_string(i), i % 3 ? water : 0);
    if (i % 4 == 0) w->SetHeldBy(c, parties[size_t((i + 1) % 3)], true);
    if (i % 5 == 0) w->SetAcknowledged(c, true);
    if (i % 7 == 0) w->LinkStory(c, story);
    if (i % 6 == 0) w->SetInMatrix(c, 1);
    concerns.push_back(c);
  }
  Id cluster = w->AddCluster("Water quality");
  std::vector<Id> options;
  for (int i = 0; i < 3 * scale; ++i) {
    Id o = w->AddOption(1, "Option " + std::to_string(i), 0);
    if (i % 2) w->SetOptionCluster(o, cluster);
    options.push_back(o);
  }
  w->MergeOption(options[1], options[0]);
  for (size_t i = 0; i < options.size(); ++i) {
    w->SetScore(options[i], concerns[i % concerns.size()], int(i % 5) - 2);
    w->AddConstraint(options[i], parties[i % 3], ConstraintKind(i % 2), "Constraint " + std::to_string(i));
    Id step = w->AddStep(options[i], 1, "Step " + std::to_string(i));
    if (i % 2) w->SetStepWho(step, people[i % people.size()], 0);
  }
  Id memo = w->AddMemo("Joint memorandum", "2026-10-15");
  for (const MemoSection& section : std::vector<MemoSection>(w->Model().sections))
    w->AddParagraph(section.id, "[The parties] agree on " + section.title, ParagraphStatus::Bracketed);
  w->FreezeVersion(memo, "first draft");
  w->AddDistribution(w->Model().versions.back().id, "Both mayors", "2026-10-20", "by hand");
  w->AcceptHit(memo, "Sarvi", "p1", "Sarvi and Kestrel Ford agree.");
  w->SetDraft({.kind = DraftKind::Concern, .session = day2, .party = parties[2]}, "A fear that the \"wells\" run");
  return w;
}

// A document's text from `doc` as Parley writes one.
std::string Text(const Json& doc) { return doc.dump(2) + "\n"; }

// The export of a new workshop, as a document to change.
Json FreshDocument(const TempDir& dir) {
  std::string path = dir.File("fresh.parley");
  Workshop::Create(path, "Fresh", "2026-11-23").reset();
  return Json::parse(WorkshopToJson(path));
}

}  // namespace

// [format] ------------------------------------------------------------------------------------

TEST_CASE("the format lists every table and column of the workshop file, and its page documents each") {
  TempDir dir;
  std::string path = dir.File("fresh.parley");
  Workshop::Create(path, "Fresh", "2026-11-23").reset();
  RawDb raw(path, SQLITE_OPEN_READONLY);
  std::set<std::string> tables;
  std::string names = raw.Text("SELECT group_concat(name, ' ') FROM sqlite_schema WHERE type = 'table'");
  for (size_t at = 0; at < names.size();) {
    size_t end = std::min(names.find(' ', at), names.size());
    tables.insert(names.substr(at, end - at));
    at = end + 1;
  }
  // The undo history is SQLite changesets that mean something only in their own file.
  CHECK(tables.erase("undo_step") == 1);
  std::set<std::string> format(WorkshopJsonTables().begin(), WorkshopJsonTables().end());
  CHECK(Lines(format) == Lines(tables));

  std::string page = ReadBytes(std::string(PARLEY_SOURCE_DIR) + "/assets/json-format.md");
  REQUIRE_FALSE(page.empty());
  Json exported = Json::parse(WorkshopToJson(path));
  for (const std::string& table : tables) {
    CAPTURE(table);
    CHECK(exported["tables"].contains(table));
    size_t heading = page.find("\n### `" + table + "`\n");
    REQUIRE_MESSAGE(heading != std::string::npos, "json-format.md has no section for " << table);
    std::string section = page.substr(heading + 1, page.find("\n#", heading + 1) - heading - 1);
    std::string columns = raw.Text("SELECT group_concat(name, ' ') FROM pragma_table_info('" + table + "')");
    std::set<std::string> inSchema;
    for (size_t at = 0; at < columns.size();) {
      size_t end = std::min(columns.find(' ', at), columns.size());
      inSchema.insert(columns.substr(at, end - at));
      at = end + 1;
    }
    // Every row of the section's table of columns starts with "| `column` |".
    std::set<std::string> documented;
    for (size_t at = section.find("\n| `"); at != std::string::npos; at = section.find("\n| `", at + 1))
      documented.insert(section.substr(at + 4, section.find('`', at + 4) - at - 4));
    CHECK(Lines(documented) == Lines(inSchema));
  }
}

TEST_CASE("the page's example is a complete document exactly as Parley writes it") {
  TempDir dir;
  std::string page = ReadBytes(std::string(PARLEY_SOURCE_DIR) + "/assets/json-format.md");
  size_t start = page.find("```json\n");
  REQUIRE(start != std::string::npos);
  start += 8;
  std::string example = page.substr(start, page.find("```\n", start) - start);
  WorkshopFromJson(example, dir.File("example.parley"));
  CHECK(WorkshopToJson(dir.File("example.parley")) == example);
}

// [round trip] --------------------------------------------------------------------------------

TEST_CASE("export, import and export again give the same bytes, and the same workshop opens") {
  TempDir dir;
  std::unique_ptr<Workshop> original;
  SUBCASE("the demo workshop") { original = CreateFreshDemo(dir.File("original.parley")); }
  SUBCASE("the aquifer workshop, in Arabic, Hebrew and English") {
    original = CreateFreshDemo(dir.File("original.parley"), *FindDemo("aquifer"));
  }
  SUBCASE("a workshop with rows in every table") {
    original = FullWorkshop(dir.File("original.parley"), 2);
    Json doc = Json::parse(WorkshopToJson(original->Path()));
    for (std::string_view table : WorkshopJsonTables()) {
      CAPTURE(table);
      CHECK_FALSE(doc["tables"][std::string(table)].empty());
    }
  }
  SUBCASE("a generated workshop of typical size: 250 concerns, 800 scores, 2 memos") {
    GenerateWorkshop(dir.File("original.parley"), WorkshopSize::Typical, 7);
    original = Workshop::Open(dir.File("original.parley"));
    CHECK(original->Model().scores.size() >= 800);
  }
  std::string first = WorkshopToJson(original->Path());
  WorkshopFromJson(first, dir.File("imported.parley"));
  CHECK(WorkshopToJson(dir.File("imported.parley")) == first);
  // Every string of the JSON as typed: nothing the screen's shaping or reordering makes.
  std::function<void(const Json&)> logical = [&](const Json& value) {
    if (value.is_string()) {
      const std::string text = value.get<std::string>();
      INFO("string: " << text);
      CHECK(FirstNotLogical(text) == 0);
    }
    if (value.is_structured())  // a scalar iterates over itself
      for (const Json& item : value) logical(item);
  };
  logical(Json::parse(first));

  auto imported = Workshop::Open(dir.File("imported.parley"));
  CHECK(Record(imported->Model()) == Record(original->Model()));
  CHECK(imported->SessionLog().size() == original->SessionLog().size());
  CHECK(imported->Model().versionParagraphs.size() == original->Model().versionParagraphs.size());
  CHECK_FALSE(imported->CanUndo());  // the undo history stays with the file that recorded it
}

// Its own ctest entry (workshop_json_large): two minutes under the sanitizers.
TEST_CASE("a generated large workshop: export, import and export again give the same bytes") {
  TempDir dir;
  GenerateWorkshop(dir.File("large.parley"), WorkshopSize::Large, 11);
  std::string first = WorkshopToJson(dir.File("large.parley"));
  WorkshopFromJson(first, dir.File("imported.parley"));
  CHECK(WorkshopToJson(dir.File("imported.parley")) == first);
  auto original = Workshop::Open(dir.File("large.parley"));
  auto imported = Workshop::Open(dir.File("imported.parley"));
  CHECK(imported->Model().scores.size() == original->Model().scores.size());
  CHECK(imported->SessionLog().size() == original->SessionLog().size());
  CHECK(Record(imported->Model()) == Record(original->Model()));
}

TEST_CASE("a document starts with its format and version, and lists the tables in the format's order") {
  TempDir dir;
  Json doc = FreshDocument(dir);
  CHECK(doc["format"] == "parley-workshop");
  CHECK(doc["version"] == schema::CurrentVersion());
  std::vector<std::string> order;
  for (const auto& [table, rows] : doc["tables"].items()) order.push_back(table);
  CHECK(order == std::vector<std::string>(WorkshopJsonTables().begin(), WorkshopJsonTables().end()));
  CHECK(doc["tables"]["workshop"][0]["title"] == "Fresh");
  CHECK(doc["tables"]["session"][0]["date"] == "2026-11-23");
}

// [refused] -----------------------------------------------------------------------------------

namespace {

struct BadDocument {
  const char* name;
  std::function<std::string(Json&)> make;  // the document's text, from a fresh workshop's
  const char* says;                        // part of the message: the JSON path, and why
};

// Replaces the value at `pointer` and returns the document's text.
std::function<std::string(Json&)> Set(const char* pointer, Json value) {
  return [=](Json& doc) {
    doc[Json::json_pointer(pointer)] = value;
    return Text(doc);
  };
}

}  // namespace

TEST_CASE("a bad document is refused by its JSON path, and no file is written") {
  const BadDocument cases[] = {
      {"malformed JSON, with line and column",
       [](Json&) { return std::string("{\n  \"format\": \"parley-workshop\",\n  \"version\": 4\n  \"tables\": {}\n}\n"); },
       "line 4, column 10: syntax error while parsing object - unexpected string literal"},
      {"bytes that are not UTF-8", [](Json&) { return std::string("{\"format\": \"\xff\"}"); }, "line 1, column 13"},
      {"an empty file", [](Json&) { return std::string(); }, "line 1, column 1"},
      {"not an object", [](Json&) { return std::string("[1, 2]"); }, "where a workshop document is an object"},
      {"another format", Set("/format", "parley-memo"), "at /format, \"parley-memo\""},
      {"no format", [](Json& doc) { doc.erase("format"); return Text(doc); }, "at /format"},
      {"a newer version", Set("/version", schema::CurrentVersion() + 1), "made by a newer Parley"},
      {"a version that is text", Set("/version", "4"), "at /version, text"},
      {"version 0", Set("/version", 0), "at /version"},
      {"a member a document does not have", Set("/comment", "hi"), "at /comment"},
      {"tables not an object", Set("/tables", Json::array()), "at /tables, an array"},
      {"a missing table", [](Json& doc) { doc["tables"].erase("story"); return Text(doc); }, "at /tables/story, nothing"},
      {"an unknown table", Set("/tables/minutes", Json::array()), "at /tables/minutes, a table Parley does not have"},
      {"the undo history", Set("/tables/undo_step", Json::array()), "at /tables/undo_step"},
      {"a table that is not an array", Set("/tables/party", Json::object()), "at /tables/party, an object"},
      {"a row that is not an object", Set("/tables/party/1", 2), "at /tables/party/1, the number 2"},
      {"an unknown column", Set("/tables/party/1/leader", "x"), "at /tables/party/1/leader, party has no such column"},
      {"text where a number belongs", Set("/tables/party/0/position", "1"), "at /tables/party/0/position, text"},
      {"a fraction where a whole number belongs", Set("/tables/party/0/position", 1.5), "at /tables/party/0/position, the number 1.5"},
      {"a number where text belongs", Set("/tables/party/1/name", 7), "at /tables/party/1/name, the number 7"},
      {"true where a number belongs", Set("/tables/workshop/0/record_proposer", true), "at /tables/workshop/0/record_proposer, true"},
      {"a number too large", Set("/tables/party/0/position", uint64_t(1) << 63), "at /tables/party/0/position, the number 9223372036854775808"},
      {"null where a value is needed", Set("/tables/session/0/date", nullptr), "at /tables/session/0/date, null"},
      {"a missing required column",
       [](Json& doc) { doc["tables"]["party"][1].erase("name"); return Text(doc); },
       "at /tables/party/1, the column name is missing"},
      {"a missing id", [](Json& doc) { doc["tables"]["rule"][2].erase("id"); return Text(doc); }, "at /tables/rule/2, the column id is missing"},
      {"a duplicate id", Set("/tables/party/1/id", 1), "at /tables/party/1/id, the id 1, which /tables/party/0 has already"},
      {"an id of 0", Set("/tables/rule/0/id", 0), "at /tables/rule/0/id"},
      {"a reference to an id that does not exist", Set("/tables/attendance/0",
           Json{{"id", 1}, {"session_id", 1}, {"participant_id", 99}}),
       "at /tables/attendance/0/participant_id, a reference to participant 99, which is not in /tables/participant"},
      {"a row the schema refuses", Set("/tables/phase_progress/0", Json{{"id", 1}, {"session_id", 1}, {"phase", 9}, {"status", 0}}),
       "at /tables/phase_progress/0, a row the workshop file refuses (CHECK constraint failed"},
      {"two workshop rows", Set("/tables/workshop/1", Json{{"id", 2}, {"title", "Second"}}), "at /tables/workshop, 2 rows"},
      {"no workshop row", Set("/tables/workshop", Json::array()), "at /tables/workshop, 0 rows"},
      // Just over the limit: a 10 MB string is refused alike, only slower to read.
      {"a string over 1 MB", Set("/tables/workshop/0/context", std::string(kMaxFieldBytes + 1, 'x')),
       "at /tables/workshop/0/context, text of 1,048,577 bytes, where a field holds at most 1,048,576 bytes (1 MB)"},
  };
  TempDir dir;
  const Json fresh = FreshDocument(dir);
  for (const BadDocument& c : cases) {
    CAPTURE(std::string(c.name));
    Json doc = fresh;
    std::string text = c.make(doc);
    auto before = Listing(dir.Path());
    try {
      WorkshopFromJson(text, dir.File("new.parley"));
      FAIL_CHECK("the document was imported");
    } catch (const Error& e) {
      std::string what = e.what();
      CHECK_MESSAGE(what.find(c.says) != std::string::npos, what);
      CHECK_FALSE(e.Advice().empty());
    }
    CHECK(Lines(Listing(dir.Path())) == Lines(before));
  }
}

TEST_CASE("a document nested far deeper than a workshop's is refused before it is parsed") {
  // 10 MB of brackets: as a parsed tree it would take some hundreds of megabytes.
  TempDir dir;
  std::string text = "{\"format\": \"parley-workshop\", \"version\": 1, \"tables\": {\"x\": \"[{\",\n  \"y\": " +
                     std::string(10 << 20, '[');
  try {
    WorkshopFromJson(text, dir.File("new.parley"));
    FAIL("the document was imported");
  } catch (const Error& e) {
    // The brackets inside the string do not count; the ninth level opens at line 2, column 14.
    std::string what = e.what();
    CHECK_MESSAGE(what.find("at line 2, column 14, it nests arrays and objects more than 8 deep") != std::string::npos,
                  what);
  }
  CHECK_FALSE(fs::exists(dir.File("new.parley")));
}

TEST_CASE("an object or a table beyond a workshop's shape is refused before it is parsed") {
  // An object of 200,000 members took minutes to parse: nlohmann's ordered objects look for each
  // new member among all those before it. The scan refuses it before the parser starts.
  TempDir dir;
  std::string text = R"({"format": "parley-workshop", "version": 1, "tables": {"workshop": [{"id": 1)";
  std::string says;
  SUBCASE("an object of 200,000 members") {
    for (int i = 0; i < 200'000; ++i) text += ", \"Ελένη_Гоги_" + std::to_string(i) + "\": " + std::to_string(i);
    text += "}]}}";
    says = "at line 1, column 1380, an object has more than 64 members, where a workshop document's objects";
  }
  SUBCASE("a table of more than 1,000,000 rows") {
    text += "}], \"participant\": [";
    for (size_t i = 0; i <= kMaxTableRows; ++i) text += "{},";
    text += "{}]}}";
    says = "an array has more than 1,000,000 rows, more than Parley imports into one table";
  }
  try {
    WorkshopFromJson(text, dir.File("new.parley"));
    FAIL("the document was imported");
  } catch (const Error& e) {
    CHECK_MESSAGE(std::string(e.what()).find(says) != std::string::npos, std::string(e.what()));
    CHECK(e.Advice().find("No workshop file was written") != std::string::npos);
  }
  CHECK_FALSE(fs::exists(dir.File("new.parley")));
}

TEST_CASE("an object of as many members as the limit is read, and every table of the format fits it") {
  TempDir dir;
  std::string text = R"({"format": "parley-workshop", "version": 1, "tables": {"workshop": [{"id": 1)";
  for (size_t i = 1; i < kMaxJsonMembers; ++i) text += ", \"ნინო_" + std::to_string(i) + "\": 0";
  text += "}]}}";
  // Parsed and checked: refused by the first unknown column, not by the scan.
  CHECK_THROWS_WITH_AS(WorkshopFromJson(text, dir.File("new.parley")),
                       doctest::Contains("at /tables/workshop/0/ნინო_1, workshop has no such column"), Error);
  CHECK(WorkshopJsonTables().size() + 1 <= kMaxJsonMembers);  // the tables, and the undo table
  for (const TableSchema& table : WorkshopSchema(CurrentWorkshopVersion())) {
    CAPTURE(table.name);
    CHECK(table.columns.size() <= kMaxJsonMembers);
  }
}

TEST_CASE("export refuses a text the import would refuse, naming where it is, and writes nothing") {
  // A field typed or pasted in Parley has no limit; a document carries at most kMaxFieldBytes
  // in one, so that the export always imports again.
  TempDir dir;
  std::string path = dir.File("long.parley");
  auto w = Workshop::Create(path, "Ηπειρος", "2026-11-23");
  std::string context(kMaxFieldBytes - 1, 'x');
  context = "ა" + context.substr(3);  // Georgian: three bytes
  SUBCASE("at the limit: exported, and imported again") {
    w->SetText(Field::WorkshopContext, 0, context + "!");
    w.reset();
    ExportWorkshopJson(path, dir.File("out.json"));
    ImportWorkshopJson(dir.File("out.json"), dir.File("again.parley"));
    CHECK(Workshop::Open(dir.File("again.parley"))->Model().info.context.size() == kMaxFieldBytes);
  }
  SUBCASE("one byte over it: refused") {
    w->SetText(Field::WorkshopContext, 0, context + "!!");
    w.reset();
    CHECK_THROWS_WITH_AS(ExportWorkshopJson(path, dir.File("out.json")),
                         doctest::Contains("at /tables/workshop/0/context it holds text of 1,048,577 bytes, "
                                           "where a field of a document holds at most 1,048,576 (1 MB)"),
                         Error);
    CHECK_FALSE(fs::exists(dir.File("out.json")));
  }
}

TEST_CASE("a file over 256 MB is refused before it is read") {
  TempDir dir;
  std::string path = dir.File("huge.json");
  WriteBytes(path, "");
  fs::resize_file(path, uint64_t(2) << 30);  // sparse: takes no room on the disk
  try {
    ImportWorkshopJson(path, dir.File("new.parley"));
    FAIL("a 2 GB file was imported");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("2,048 MB: too large") != std::string::npos);
  }
  CHECK_FALSE(fs::exists(dir.File("new.parley")));
}

TEST_CASE("an import never overwrites a file") {
  TempDir dir;
  std::string text = Text(FreshDocument(dir));
  WriteBytes(dir.File("taken.parley"), "precious");
  CHECK_THROWS_AS(WorkshopFromJson(text, dir.File("taken.parley")), Error);
  CHECK(ReadBytes(dir.File("taken.parley")) == "precious");
  CHECK_THROWS_AS(WorkshopFromJson(text, dir.File("fresh.parley")), Error);  // a workshop, too
  CHECK(Workshop::Open(dir.File("fresh.parley"))->Model().info.title == "Fresh");
}

// [versions] ----------------------------------------------------------------------------------

TEST_CASE("a document of an older version imports; what came later is as in a new workshop") {
  TempDir dir;
  auto original = FullWorkshop(dir.File("original.parley"), 1);
  Json doc = Json::parse(WorkshopToJson(original->Path()));
  // As version 3 had it: no memo tables, no contact or general role of participants.
  doc["version"] = 3;
  for (const char* table : {"memo", "memo_section", "memo_paragraph", "memo_version", "version_paragraph",
                            "distribution", "accepted_hit"})
    doc["tables"].erase(table);
  for (Json& row : doc["tables"]["participant"]) {
    row.erase("contact");
    row.erase("general_role");
  }
  WorkshopFromJson(Text(doc), dir.File("imported.parley"));
  auto imported = Workshop::Open(dir.File("imported.parley"));
  CHECK(Record(imported->Model()) == Record(original->Model()));
  CHECK(imported->Model().memos.empty());

  SUBCASE("but it must hold the tables its version had") {
    doc["tables"].erase("concern");
    CHECK_THROWS_WITH_AS(WorkshopFromJson(Text(doc), dir.File("other.parley")),
                         doctest::Contains("at /tables/concern, nothing: a document of version 3"), Error);
  }
}

// [export] ------------------------------------------------------------------------------------

TEST_CASE("export refuses a value the format cannot carry, naming where it is, and writes nothing") {
  TempDir dir;
  std::string path = dir.File("changed.parley");
  CreateFreshDemo(path).reset();
  std::string says;
  SUBCASE("text in a whole-number column") {
    RawDb(path).Exec("UPDATE participant SET position = 'first' WHERE id = 3");
    says = "at /tables/participant/2/position, text where Parley keeps a whole number";
  }
  SUBCASE("text that is not UTF-8") {
    RawDb(path).Exec("UPDATE party SET name = CAST(X'4B65FF' AS TEXT) WHERE id = 2");
    says = "text that is not UTF-8, at /tables/party/1/name";
  }
  CHECK_THROWS_WITH_AS(ExportWorkshopJson(path, dir.File("out.json")), doctest::Contains(says.c_str()), Error);
  CHECK_FALSE(fs::exists(dir.File("out.json")));
}

// [commands] ----------------------------------------------------------------------------------

TEST_CASE("parley import makes a new workshop from a document") {
  TempDir dir;
  auto demo = CreateFreshDemo(dir.File("demo.parley"));
  ExportWorkshopJson(demo->Path(), dir.File("demo.json"));
  auto run = [](std::vector<std::string> args) { return RunCommand(ParseCommandLine(args)); };

  CHECK(run({"import", dir.File("demo.json"), "-o", dir.File("copy.parley")}) == 0);
  CHECK(WorkshopToJson(dir.File("copy.parley")) == ReadBytes(dir.File("demo.json")));
  CHECK(run({"import", dir.File("demo.json"), "-o", dir.File("copy.parley")}) == 4);  // exists
  CHECK(run({"import", dir.File("missing.json"), "-o", dir.File("other.parley")}) == 4);
  WriteBytes(dir.File("bad.json"), "{");
  CHECK(run({"import", dir.File("bad.json"), "-o", dir.File("other.parley")}) == 4);
  CHECK_FALSE(fs::exists(dir.File("other.parley")));
  CHECK(run({"import", dir.File("demo.json")}) == 2);
  CHECK(run({"import", "-o"}) == 2);
  CHECK(run({"import", dir.File("demo.json"), "-o", dir.File("x.parley"), "--force"}) == 2);
}

TEST_CASE("parley export --json writes the document, and export then import then export is the same") {
  TempDir dir;
  auto demo = CreateFreshDemo(dir.File("demo.parley"));
  const std::string path = demo->Path();
  demo.reset();
  auto run = [](std::vector<std::string> args) { return RunCommand(ParseCommandLine(args)); };

  CHECK(run({"export", path, "--json", "-o", dir.File("demo.json")}) == 0);
  CHECK(ReadBytes(dir.File("demo.json")) == WorkshopToJson(path));
  CHECK(run({"import", dir.File("demo.json"), "-o", dir.File("copy.parley")}) == 0);
  CHECK(run({"export", dir.File("copy.parley"), "--json", "-o", dir.File("copy.json")}) == 0);
  CHECK(ReadBytes(dir.File("copy.json")) == ReadBytes(dir.File("demo.json")));

  CHECK(run({"export", dir.File("missing.parley"), "--json", "-o", dir.File("x.json")}) == 4);
  CHECK(run({"export", path, "--json", "-o", dir.File("no-folder/x.json")}) == 4);
  CHECK(run({"export", path, "--json", "--format", "pdf", "-o", dir.File("x.json")}) == 2);
  CHECK(run({"export", path, "--json", "--memo", "-o", dir.File("x.json")}) == 2);
  CHECK(run({"export", path, "--json"}) == 2);
  CHECK_FALSE(fs::exists(dir.File("x.json")));
}
