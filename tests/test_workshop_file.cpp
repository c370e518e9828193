// The workshop file: creating it, opening it again, bringing an older file up to date, and the
// demo workshop. Refusing what is not a healthy workshop is test_damaged_files.cpp's.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "core/store/demo.hpp"
#include "core/common/error.hpp"
#include "core/method/phase_checks.hpp"
#include "core/method/speaking_order.hpp"
#include "core/store/schema.hpp"
#include "core/store/workshop.hpp"
#include "temp_dir.hpp"
#include "workshop_probe.hpp"

using namespace parley;
using namespace parley::test;
namespace fs = std::filesystem;

namespace {

// A real workshop at `path`, closed again.
void MakeWorkshop(const std::string& path) {
  Workshop::Create(path, "Water and trust", "2026-11-23");
}

// A workshop file at `version` as that Parley would have left it: its application id, WAL, and
// the first `version` migrations, then the rows `fill` writes.
void MakeFileAtVersion(const std::string& path, int64_t version,
                       const std::function<void(RawDb&)>& fill) {
  RawDb raw(path);
  raw.Exec("PRAGMA application_id = " + std::to_string(schema::kApplicationId) + ";"
           "PRAGMA journal_mode = WAL; BEGIN;");
  for (int64_t i = 0; i < version; ++i) raw.Exec(std::string(schema::Migrations()[size_t(i)]));
  raw.Exec("PRAGMA user_version = " + std::to_string(version));
  fill(raw);
  raw.Exec("COMMIT");
}

// The writing system of the first letter of `text` (UTF-8), by Unicode block.
std::string ScriptOf(const std::string& text) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  char32_t c = 0;
  if (text.empty()) return "none";
  if (byte(0) < 0x80)
    c = byte(0);
  else if ((byte(0) & 0xE0) == 0xC0 && text.size() >= 2)
    c = char32_t(byte(0) & 0x1F) << 6 | (byte(1) & 0x3F);
  else if ((byte(0) & 0xF0) == 0xE0 && text.size() >= 3)
    c = char32_t(byte(0) & 0x0F) << 12 | char32_t(byte(1) & 0x3F) << 6 | (byte(2) & 0x3F);
  if (c < 0x250) return "Latin";
  if (c >= 0x370 && c < 0x400) return "Greek";
  if (c >= 0x400 && c < 0x530) return "Cyrillic";
  if (c >= 0x10A0 && c < 0x1100) return "Georgian";
  return "other";
}

}  // namespace

TEST_CASE("Creating a workshop") {
  TempDir dir;
  std::string path = dir.File("new.parley");

  SUBCASE("stores the title, two parties and one session dated today") {
    auto workshop = Workshop::Create(path, "Water and trust", "2026-11-23");
    const Model& model = workshop->Model();
    CHECK(model.info.title == "Water and trust");
    CHECK_FALSE(model.info.confidentiality.empty());
    REQUIRE(model.parties.size() == 2);
    CHECK(model.parties[0].colour != model.parties[1].colour);
    CHECK(model.participants.empty());
    REQUIRE(model.sessions.size() == 1);
    CHECK(model.sessions[0].date == "2026-11-23");
    CHECK_FALSE(workshop->CanUndo());
    CHECK_FALSE(workshop->CanRedo());
  }

  SUBCASE("marks the file as a Parley workshop of the current format, in WAL mode") {
    MakeWorkshop(path);
    RawDb raw(path, SQLITE_OPEN_READONLY);
    CHECK(raw.Int("PRAGMA application_id") == schema::kApplicationId);
    CHECK(raw.Int("PRAGMA user_version") == schema::CurrentVersion());
    CHECK(raw.Text("PRAGMA journal_mode") == "wal");
    CHECK(raw.Text("SELECT title FROM workshop") == "Water and trust");
    CHECK(raw.Int("SELECT count(*) FROM party") == 2);
    CHECK(raw.Int("SELECT count(*) FROM session") == 1);
  }

  SUBCASE("reopening shows the same model") {
    auto workshop = Workshop::Create(path, "Water and trust", "2026-11-23");
    std::string created = Dump(workshop->Model());
    workshop.reset();
    CHECK(DumpFile(path) == created);
  }

  SUBCASE("refuses an existing file and leaves it as it was") {
    MakeWorkshop(path);
    std::string before = ReadBytes(path);
    try {
      Workshop::Create(path, "Another workshop", "2026-12-01");
      FAIL("Create overwrote an existing file");
    } catch (const Error& e) {
      CHECK_FALSE(e.Advice().empty());
    }
    CHECK_MESSAGE((ReadBytes(path) == before), "the existing file's bytes changed");
    CHECK(Workshop::Open(path)->Model().info.title == "Water and trust");
  }

  SUBCASE("from SQL that fails leaves no file behind") {
    CHECK_THROWS_AS(Workshop::CreateFromSql(path, "INSERT INTO no_such_table VALUES (1);"), Error);
    CHECK_FALSE(fs::exists(path));
    CHECK_FALSE(fs::exists(path + "-wal"));
    CHECK_FALSE(fs::exists(path + "-shm"));
  }
}

TEST_CASE("Version 5 closes an undo history that holds a freeze, and keeps one that does not") {
  TempDir dir;
  for (bool frozen : {true, false}) {
    CAPTURE(frozen);
    std::string path = dir.File(frozen ? "frozen.parley" : "plain.parley");
    MakeFileAtVersion(path, 4, [&](RawDb& raw) {
      raw.Exec("INSERT INTO workshop (id, title) VALUES (1, 'Undo across the update');"
               "INSERT INTO undo_step (label, changeset, at) VALUES ('add party', x'', '2026-10-12T09:00:00Z');");
      if (frozen)
        raw.Exec("INSERT INTO undo_step (label, changeset, at) VALUES ('freeze memo version', x'', "
                 "'2026-10-12T09:01:00Z')");
    });
    Workshop::Open(path).reset();
    CHECK(RawDb(path).Int("SELECT count(*) FROM undo_step") == (frozen ? 0 : 1));
  }
}

TEST_CASE("Opening a workshop of an older file format") {
  TempDir dir;
  std::string path = dir.File("old.parley");
  const int64_t current = schema::CurrentVersion();
  REQUIRE(current >= 1);

  // Every released version, from the previous one back to 1 (none while there is only one).
  for (int64_t version = current - 1; version >= 1; --version) {
    SUBCASE(("brings version " + std::to_string(version) + " up to date, keeping its data").c_str()) {
      MakeFileAtVersion(path, version, [](RawDb& raw) {
        // Version 1's tables, which later versions keep.
        raw.Exec("INSERT INTO workshop (id, title, venue) VALUES (1, 'Kept across the update', 'Lake');"
                 "INSERT INTO party (id, position, name, colour) VALUES (1, 1, 'North', '#E69F00'),"
                 "  (2, 2, 'South', '#56B4E9');"
                 "INSERT INTO participant (id, position, party_id, name, pseudonym)"
                 "  VALUES (1, 1, 2, 'Ana', 'Participant B1');"
                 "INSERT INTO session (id, date, title) VALUES (1, '2026-01-05', 'Day 1');"
                 "INSERT INTO attendance (session_id, participant_id) VALUES (1, 1);");
      });
      {
        auto workshop = Workshop::Open(path);
        const Model& model = workshop->Model();
        CHECK(model.info.title == "Kept across the update");
        CHECK(model.info.venue == "Lake");
        CHECK(model.parties.size() == 2);
        REQUIRE(model.FindParticipant(1) != nullptr);
        CHECK(model.FindParticipant(1)->pseudonym == "Participant B1");
        CHECK(model.Attends(1, 1));
      }
      CHECK(RawDb(path).Int("PRAGMA user_version") == current);
      MakeWorkshop(dir.File("fresh.parley"));
      CHECK(SchemaOf(path) == SchemaOf(dir.File("fresh.parley")));
    }
  }

}

TEST_CASE("The demo workshop") {
  TempDir dir;
  std::string path = dir.File("demo.parley");

  SUBCASE("opens with twelve participants of two parties, in several scripts, and three sessions") {
    CreateFreshDemo(path).reset();
    auto demo = Workshop::Open(path);
    const Model& model = demo->Model();
    REQUIRE(model.parties.size() == 2);
    CHECK(model.participants.size() == 12);
    std::set<Id> partiesUsed;
    std::set<std::string> scripts;
    for (const Participant& p : model.participants) {
      CHECK(model.FindParty(p.partyId) != nullptr);
      partiesUsed.insert(p.partyId);
      scripts.insert(ScriptOf(p.name));
    }
    CHECK(partiesUsed.size() == 2);
    std::string scriptList;
    for (const std::string& script : scripts) scriptList += script + " ";
    INFO("scripts: " << scriptList);
    CHECK(scripts.size() >= 2);
    CHECK(scripts.count("other") == 0);
    CHECK(model.sessions.size() == 3);
  }

  SUBCASE("replaces an edited copy with a fresh one") {
    auto demo = CreateFreshDemo(path);
    std::string fresh = Dump(demo->Model());
    demo->SetText(Field::WorkshopTitle, 0, "Scribbled over");
    demo.reset();
    demo = CreateFreshDemo(path);
    CHECK(Dump(demo->Model()) == fresh);
    CHECK_FALSE(demo->CanUndo());
  }
}

TEST_CASE("The demo workshop has a record of the ground rules and stories phases") {
  TempDir dir;
  auto demo = CreateFreshDemo(dir.File("demo.parley"));
  const Model& m = demo->Model();
  const Id day1 = 1, day2 = 2;
  REQUIRE(m.FindSession(day1) != nullptr);
  REQUIRE(m.FindSession(day2) != nullptr);
  auto partyOf = [&](Id participant) { return m.FindParticipant(participant)->partyId; };

  SUBCASE("seven ground rules, at their second wording") {
    CHECK(m.rules.size() == 7);
    CHECK(m.info.rulesRevision == 2);
  }

  SUBCASE("on day 1 everyone agreed, one of them to an earlier wording, and one consent has a note") {
    for (const Participant& p : m.participants) {
      CAPTURE(p.name);
      CHECK(m.FindConsent(day1, p.id) != nullptr);
    }
    CHECK(PhaseWarnings(m, day1, Phase::GroundRules) ==
          std::vector<std::string>{"1 participant agreed to an earlier wording of the rules"});
    CHECK(std::any_of(m.consents.begin(), m.consents.end(), [](const Consent& c) { return !c.note.empty(); }));
  }

  SUBCASE("on day 2 two of those present agreed on day 1 only, which holds unless the room is asked again") {
    CHECK(PhaseWarnings(m, day2, Phase::GroundRules).empty());
    Model asked = m;
    REQUIRE(asked.sessions[1].id == day2);
    asked.sessions[1].reaffirm = true;
    CHECK(PhaseWarnings(asked, day2, Phase::GroundRules) ==
          std::vector<std::string>{"2 participants present have not agreed to the ground rules"});
  }

  SUBCASE("day 1 has both phases done, day 2 both in progress") {
    CHECK(ShownStatus(m, day1, Phase::GroundRules) == PhaseStatus::Done);
    CHECK(ShownStatus(m, day1, Phase::Stories) == PhaseStatus::Done);
    CHECK(ShownStatus(m, day2, Phase::GroundRules) == PhaseStatus::InProgress);
    CHECK(ShownStatus(m, day2, Phase::Stories) == PhaseStatus::InProgress);
  }

  SUBCASE("the log has entries of every kind the facilitators meet, dated on their session's day") {
    std::set<std::string> kinds;
    for (const LogEntry& e : demo->SessionLog()) {
      kinds.insert(e.kind);
      if (const Session* s = m.FindSession(e.sessionId)) {
        CAPTURE(e.text);
        CHECK(e.at.rfind(s->date + "T", 0) == 0);
      }
    }
    CHECK(demo->SessionLog().size() >= 12);
    for (const char* kind : {"phase", "consent", "override", "floor", "note"}) {
      CAPTURE(kind);
      CHECK(kinds.count(kind) == 1);
    }
  }

  SUBCASE("on day 1 every participant held the floor for 3 to 9 minutes and told a story") {
    for (const Participant& p : m.participants) {
      CAPTURE(p.name);
      auto turn = std::find_if(m.turns.begin(), m.turns.end(),
                               [&](const Turn& t) { return t.sessionId == day1 && t.participantId == p.id; });
      REQUIRE(turn != m.turns.end());
      CHECK(turn->heldMs >= 3 * 60'000);
      CHECK(turn->heldMs <= 9 * 60'000);
      CHECK(turn->runningSinceMs == 0);
      CHECK(std::any_of(m.stories.begin(), m.stories.end(),
                        [&](const Story& s) { return s.sessionId == day1 && s.tellerId == p.id; }));
    }
    std::vector<int64_t> floor = FloorTimeByParty(m, day1, 0);
    REQUIRE(floor.size() == 2);
    CHECK(floor[0] != floor[1]);
    CHECK(std::abs(floor[0] - floor[1]) * 10 < std::max(floor[0], floor[1]));  // within 10%
  }

  SUBCASE("stories share themes across the parties, and about half were reflected back") {
    std::set<std::string> themesOf[2];
    int reflected = 0;
    for (const Story& s : m.stories) {
      CAPTURE(s.summary);
      CHECK(std::any_of(m.themes.begin(), m.themes.end(), [&](const StoryTheme& t) { return t.storyId == s.id; }));
      for (const StoryTheme& t : m.themes)
        if (t.storyId == s.id) themesOf[partyOf(s.tellerId) == 1 ? 0 : 1].insert(t.theme);
      if (s.reflectedById != 0) {
        ++reflected;
        CHECK(partyOf(s.reflectedById) != partyOf(s.tellerId));
        CHECK_FALSE(s.restatement.empty());
      }
    }
    std::vector<std::string> shared;
    std::set_intersection(themesOf[0].begin(), themesOf[0].end(), themesOf[1].begin(), themesOf[1].end(),
                          std::back_inserter(shared));
    CHECK(shared.size() >= 3);
    CHECK(reflected * 2 >= int(m.stories.size()) - 2);
    CHECK(reflected * 2 <= int(m.stories.size()) + 2);
  }

  SUBCASE("story summaries and restatements name no participant") {
    for (const Story& s : m.stories)
      for (const Participant& p : m.participants) {
        std::string firstName = p.name.substr(0, p.name.find(' '));
        CAPTURE(s.summary);
        CHECK(s.summary.find(firstName) == std::string::npos);
        CHECK(s.restatement.find(firstName) == std::string::npos);
      }
  }

  SUBCASE("three present participants wait to speak on day 2") {
    std::vector<Id> waiting;
    for (const QueueEntry& e : m.queue)
      if (e.sessionId == day2) waiting.push_back(e.participantId);
    CHECK(waiting.size() == 3);
    for (Id p : waiting) CHECK(m.Attends(day2, p));
    CHECK(QueueImbalance(m, day2).empty());
  }
}
