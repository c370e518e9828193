// Ground rules and consent: the rules a workshop starts with, editing them, each participant's
// agreement and what a change of wording does to it, the phase's warnings, the facilitator's
// rules template, and the session log that records it all (append-only, outside undo).
//
// Sections: [standard] the rules of a new workshop  [editing] rule edits  [consent]
//           [wording] rule changes after consent  [warnings] PhaseWarnings  [undo]  [template]
//           [log]
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "core/common/error.hpp"
#include "core/method/ground_rules.hpp"
#include "core/method/phase_checks.hpp"
#include "core/store/workshop.hpp"
#include "room.hpp"
#include "temp_dir.hpp"
#include "workshop_probe.hpp"

using namespace parley;
using namespace parley::test;
using namespace std::chrono_literals;

namespace {

constexpr Id kSession = 1, kAmira = 1, kBoris = 2, kChen = 3;

// The room of these tests: participants 1 ("Amira") and 2 ("Boris") of party 1 and 3 ("Chen")
// of party 2.
struct RulesRoom : Room {
  RulesRoom() : Room(2, 1) {
    for (auto [id, name] :
         {std::pair<Id, const char*>{kAmira, "Amira"}, {kBoris, "Boris"}, {kChen, "Chen"}})
      W().SetText(Field::ParticipantName, id, name);
    REQUIRE(M().FindParticipant(kChen)->name == "Chen");
  }
};

std::vector<std::string> RuleTexts(const Model& m) {
  std::vector<std::string> texts;
  for (const Rule& r : m.rules) texts.push_back(r.text);
  return texts;
}

std::vector<Id> RuleIds(const Model& m) {
  std::vector<Id> ids;
  for (const Rule& r : m.rules) ids.push_back(r.id);
  return ids;
}

// The consent of `participant` in `session` (the test fails, rather than crash, when there is none).
const Consent& ConsentOf(const Model& m, Id session, Id participant) {
  const Consent* consent = m.FindConsent(session, participant);
  REQUIRE(consent != nullptr);
  return *consent;
}

int CountLog(Workshop& w, const std::string& kind) {
  const std::vector<LogEntry>& log = w.SessionLog();
  return int(std::count_if(log.begin(), log.end(), [&](const LogEntry& e) { return e.kind == kind; }));
}

bool Contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

// [standard] ----------------------------------------------------------------------------------

TEST_CASE("A new workshop starts with the standard ground rules") {
  SUBCASE("StandardRules reads assets/ground_rules.txt, one rule a paragraph, without comments") {
    std::vector<std::string> rules = StandardRules();
    REQUIRE_FALSE(rules.empty());
    CHECK(rules.front().rfind("What is said in this room stays in this room.", 0) == 0);
    for (const std::string& rule : rules) {
      CAPTURE(rule);
      CHECK_FALSE(rule.empty());
      CHECK(rule.front() != '#');
      CHECK(rule.find('\n') == std::string::npos);
    }
  }

  SUBCASE("Workshop::Create writes them in reading order, at revision 1, with nothing agreed") {
    RulesRoom room;
    CHECK(RuleTexts(room.M()) == StandardRules());
    CHECK(std::is_sorted(room.M().rules.begin(), room.M().rules.end(),
                         [](const Rule& a, const Rule& b) { return a.position < b.position; }));
    CHECK(room.M().info.rulesRevision == 1);
    CHECK(room.M().consents.empty());
    room.Reopen();
    CHECK(RuleTexts(room.M()) == StandardRules());
  }
}

// [editing] -----------------------------------------------------------------------------------

TEST_CASE("Editing the ground rules") {
  RulesRoom room;
  std::vector<std::string> standard = StandardRules();
  std::vector<Id> ids = RuleIds(room.M());
  REQUIRE(ids.size() >= 3);

  SUBCASE("AddRule adds a rule at the end") {
    Id added = room.W().AddRule("Nothing said here is used in court.");
    CHECK(room.M().rules.back().id == added);
    CHECK(room.M().rules.back().text == "Nothing said here is used in court.");
    CHECK(room.M().rules.size() == standard.size() + 1);
    room.Reopen();
    CHECK(room.M().rules.back().text == "Nothing said here is used in court.");
  }

  SUBCASE("AddRules adds a set after the rules already there") {
    room.W().AddRules({"Phones stay outside.", "We start on time."});
    std::vector<std::string> expected = standard;
    expected.insert(expected.end(), {"Phones stay outside.", "We start on time."});
    CHECK(RuleTexts(room.M()) == expected);
    room.Reopen();
    CHECK(RuleTexts(room.M()) == expected);
  }

  SUBCASE("SetText(RuleText) rewords one rule") {
    room.W().SetText(Field::RuleText, ids[1], "We speak for ourselves alone.");
    std::vector<std::string> expected = standard;
    expected[1] = "We speak for ourselves alone.";
    CHECK(RuleTexts(room.M()) == expected);
    room.Reopen();
    CHECK(RuleTexts(room.M()) == expected);
  }

  SUBCASE("RemoveRule removes one rule") {
    room.W().RemoveRule(ids[0]);
    CHECK(RuleTexts(room.M()) == std::vector<std::string>(standard.begin() + 1, standard.end()));
    room.Reopen();
    CHECK(RuleTexts(room.M()) == std::vector<std::string>(standard.begin() + 1, standard.end()));
  }

  SUBCASE("MoveRule swaps a rule with its neighbour") {
    room.W().MoveRule(ids[2], -1);
    std::vector<Id> expected = ids;
    std::swap(expected[1], expected[2]);
    CHECK(RuleIds(room.M()) == expected);
    room.W().MoveRule(ids[0], +1);
    std::swap(expected[0], expected[1]);
    CHECK(RuleIds(room.M()) == expected);
    room.Reopen();
    CHECK(RuleIds(room.M()) == expected);
  }

  SUBCASE("MoveRule past either end changes nothing and leaves no undo step") {
    std::string before = Record(room.M());
    std::string undoLabel = room.W().UndoLabel();
    room.W().MoveRule(ids.front(), -1);
    room.W().MoveRule(ids.back(), +1);
    CHECK(Record(room.M()) == before);
    CHECK(room.W().UndoLabel() == undoLabel);
  }
}

// [consent] -----------------------------------------------------------------------------------

TEST_CASE("Consent to the ground rules") {
  RulesRoom room;
  const Id s = kSession;

  SUBCASE("SetConsent records the time of the workshop's clock and the current wording, logged") {
    room.now = Room::Morning() + 5min;
    room.W().SetConsent(s, kAmira, true);
    const Consent* consent = room.M().FindConsent(s, kAmira);
    REQUIRE(consent != nullptr);
    CHECK(consent->agreedAt == "2026-10-12T09:05:00Z");
    CHECK(consent->rulesRevision == 1);
    CHECK(consent->note.empty());
    CHECK(room.M().FindConsent(s, kBoris) == nullptr);
    const LogEntry& entry = LastLog(room.W());
    CHECK(entry.kind == "consent");
    CHECK(entry.sessionId == s);
    CHECK(entry.at == "2026-10-12T09:05:00Z");
    CHECK(entry.text.find("Amira") != std::string::npos);
    room.Reopen();
    REQUIRE(room.M().FindConsent(s, kAmira) != nullptr);
    CHECK(ConsentOf(room.M(), s, kAmira).agreedAt == "2026-10-12T09:05:00Z");
  }

  SUBCASE("agreeing again to the same wording changes nothing and logs nothing") {
    room.W().SetConsent(s, kAmira, true);
    std::string before = Record(room.M());
    size_t logged = room.W().SessionLog().size();
    room.now += 10min;
    room.W().SetConsent(s, kAmira, true);
    CHECK(Record(room.M()) == before);
    CHECK(room.W().SessionLog().size() == logged);
  }

  SUBCASE("withdrawing deletes the consent and logs it") {
    room.W().SetConsent(s, kAmira, true);
    room.W().SetConsent(s, kChen, true);
    room.now += 1h;
    room.W().SetConsent(s, kAmira, false);
    CHECK(room.M().FindConsent(s, kAmira) == nullptr);
    CHECK(room.M().FindConsent(s, kChen) != nullptr);
    const LogEntry& entry = LastLog(room.W());
    CHECK(entry.kind == "consent");
    CHECK(entry.at == "2026-10-12T10:00:00Z");
    CHECK(entry.text.find("Amira") != std::string::npos);
    CHECK(entry.text.find("withdrawn") != std::string::npos);
    room.Reopen();
    CHECK(room.M().FindConsent(s, kAmira) == nullptr);
  }

  SUBCASE("withdrawing a consent never given changes nothing and logs nothing") {
    size_t logged = room.W().SessionLog().size();
    std::string undoLabel = room.W().UndoLabel();
    room.W().SetConsent(s, kBoris, false);
    CHECK(room.W().SessionLog().size() == logged);
    CHECK(room.W().UndoLabel() == undoLabel);
  }

  SUBCASE("a note is kept with the consent") {
    room.W().SetConsent(s, kChen, true);
    Id consent = ConsentOf(room.M(), s, kChen).id;
    room.W().SetText(Field::ConsentNote, consent, "agreed after discussing recording");
    CHECK(ConsentOf(room.M(), s, kChen).note == "agreed after discussing recording");
    room.Reopen();
    CHECK(ConsentOf(room.M(), s, kChen).note == "agreed after discussing recording");
  }
}

// [wording] -----------------------------------------------------------------------------------

namespace {

struct RuleEditCase {
  const char* name;
  std::function<void(Room&)> edit;
};

// Every kind of change to the rules; the ids are those of the standard rules in a new Room.
const std::vector<RuleEditCase>& RuleEdits() {
  static const std::vector<RuleEditCase> cases = {
      {"AddRule", [](Room& r) { r.W().AddRule("Nothing said here is used in court."); }},
      {"AddRules", [](Room& r) { r.W().AddRules({"Phones stay outside.", "We start on time."}); }},
      {"SetText(RuleText)",
       [](Room& r) { r.W().SetText(Field::RuleText, r.M().rules[1].id, "We speak for ourselves alone."); }},
      {"RemoveRule", [](Room& r) { r.W().RemoveRule(r.M().rules[0].id); }},
      {"MoveRule", [](Room& r) { r.W().MoveRule(r.M().rules[2].id, -1); }},
  };
  return cases;
}

}  // namespace

TEST_CASE("A change to the rules after consents makes them consents to an earlier wording") {
  for (const RuleEditCase& c : RuleEdits()) {
    SUBCASE(c.name) {
      RulesRoom room;
      room.W().SetConsent(kSession, kAmira, true);
      room.W().SetConsent(kSession, kChen, true);
      REQUIRE(room.M().info.rulesRevision == 1);
      int rulesLogged = CountLog(room.W(), "rules");

      c.edit(room);
      CHECK(room.M().info.rulesRevision == 2);
      CHECK(ConsentOf(room.M(), kSession, kAmira).rulesRevision == 1);
      std::vector<std::string> warnings = PhaseWarnings(room.M(), kSession, Phase::GroundRules);
      INFO("warnings: " << Join(warnings));
      CHECK(Contains(warnings, "2 participants agreed to an earlier wording of the rules"));
      CHECK(CountLog(room.W(), "rules") == rulesLogged + 1);
      room.Reopen();
      CHECK(room.M().info.rulesRevision == 2);
    }
  }
}

TEST_CASE("Rule changes and the rules revision") {
  RulesRoom room;
  const Id s = kSession;

  SUBCASE("changes before anyone agreed leave the revision at 1, unlogged") {
    room.W().AddRule("Nothing said here is used in court.");
    room.W().MoveRule(room.M().rules[2].id, -1);
    CHECK(room.M().info.rulesRevision == 1);
    CHECK(CountLog(room.W(), "rules") == 0);
    room.W().SetConsent(s, kAmira, true);
    CHECK(ConsentOf(room.M(), s, kAmira).rulesRevision == 1);
  }

  SUBCASE("setting a rule to the text it already has is no change: the consents stay current") {
    room.W().SetConsent(s, kAmira, true);
    std::string undoLabel = room.W().UndoLabel();
    const Rule& rule = room.M().rules[1];
    room.W().SetText(Field::RuleText, rule.id, std::string(rule.text));
    CHECK_MESSAGE(room.M().info.rulesRevision == 1,
                  "no word of the rules changed, yet Amira's consent is now to an earlier wording");
    std::vector<std::string> warnings = PhaseWarnings(room.M(), s, Phase::GroundRules);
    INFO("warnings: " << Join(warnings));
    CHECK(warnings == std::vector<std::string>{"2 participants present have not agreed to the ground rules"});
    CHECK(CountLog(room.W(), "rules") == 0);
    CHECK(room.W().UndoLabel() == undoLabel);
  }

  SUBCASE("several changes in a row after consents raise the revision only once") {
    room.W().SetConsent(s, kAmira, true);
    Id added = room.W().AddRule("Nothing said here is used in court.");
    room.W().MoveRule(added, -1);
    room.W().RemoveRule(room.M().rules[0].id);
    room.W().AddRules({"Phones stay outside."});
    CHECK(room.M().info.rulesRevision == 2);
    CHECK(CountLog(room.W(), "rules") == 1);
  }

  SUBCASE("agreeing again after the change is agreement to the current wording") {
    room.W().SetConsent(s, kAmira, true);
    room.W().SetConsent(s, kChen, true);
    room.W().AddRule("Nothing said here is used in court.");
    room.now = Room::Morning() + 2h;
    room.W().SetConsent(s, kAmira, true);
    const Consent& consent = ConsentOf(room.M(), s, kAmira);
    CHECK(consent.rulesRevision == 2);
    CHECK(consent.agreedAt == "2026-10-12T11:00:00Z");
    CHECK(LastLog(room.W()).kind == "consent");
    std::vector<std::string> warnings = PhaseWarnings(room.M(), s, Phase::GroundRules);
    INFO("warnings: " << Join(warnings));
    CHECK(Contains(warnings, "1 participant agreed to an earlier wording of the rules"));
    room.W().SetConsent(s, kChen, true);
    room.W().SetConsent(s, kBoris, true);
    CHECK(PhaseWarnings(room.M(), s, Phase::GroundRules).empty());
  }

  SUBCASE("a change after the consents to the new wording opens a third wording") {
    room.W().SetConsent(s, kAmira, true);
    room.W().AddRule("Nothing said here is used in court.");
    room.W().SetConsent(s, kAmira, true);
    room.W().AddRule("Phones stay outside.");
    CHECK(room.M().info.rulesRevision == 3);
  }

  SUBCASE("undo of the change brings the revision back, and the consents are current again") {
    room.W().SetConsent(s, kAmira, true);
    room.W().AddRule("Nothing said here is used in court.");
    REQUIRE(room.M().info.rulesRevision == 2);
    room.W().Undo();
    CHECK(room.M().info.rulesRevision == 1);
    CHECK(RuleTexts(room.M()) == StandardRules());
    std::vector<std::string> warnings = PhaseWarnings(room.M(), s, Phase::GroundRules);
    INFO("warnings: " << Join(warnings));
    CHECK(std::none_of(warnings.begin(), warnings.end(),
                       [](const std::string& w) { return w.find("earlier wording") != std::string::npos; }));
    room.Reopen();
    CHECK(room.M().info.rulesRevision == 1);
    room.W().Redo();
    CHECK(room.M().info.rulesRevision == 2);
  }
}

// [warnings] ----------------------------------------------------------------------------------

TEST_CASE("Phase warnings for the ground rules") {
  Room room(2, 1);

  SUBCASE("count those present who have not agreed") {
    room.W().SetConsent(room.session, room.a1, true);
    CHECK(room.Warnings(Phase::GroundRules) ==
          std::vector<std::string>{"2 participants present have not agreed to the ground rules"});
    room.W().SetConsent(room.session, room.b1, true);
    CHECK(room.Warnings(Phase::GroundRules) ==
          std::vector<std::string>{"1 participant present has not agreed to the ground rules"});
  }

  SUBCASE("everyone present agreed: no warning") {
    room.W().SetAttendance(room.session, room.a2, false);
    room.W().SetConsent(room.session, room.a1, true);
    room.W().SetConsent(room.session, room.b1, true);
    CHECK(room.Warnings(Phase::GroundRules).empty());
  }

  SUBCASE("consent in an earlier session does not count for one that asks the room to agree again") {
    for (Id p : {room.a1, room.a2, room.b1}) room.W().SetConsent(room.session, p, true);
    Id day2 = room.W().AddSession("2026-10-13", "Day 2");
    CHECK(room.Warnings(Phase::GroundRules, day2).empty());
    room.W().SetReaffirm(day2, true);
    CHECK(room.Warnings(Phase::GroundRules, day2) ==
          std::vector<std::string>{"3 participants present have not agreed to the ground rules"});
  }

  SUBCASE("no rules written down") {
    for (Id p : {room.a1, room.a2, room.b1}) room.W().SetConsent(room.session, p, true);
    std::vector<Id> rules;
    for (const Rule& r : room.M().rules) rules.push_back(r.id);
    for (Id r : rules) room.W().RemoveRule(r);
    std::vector<std::string> warnings = room.Warnings(Phase::GroundRules);
    INFO("warnings: " << Join(warnings));
    CHECK(std::find(warnings.begin(), warnings.end(), "No ground rules are written down") != warnings.end());
  }
}

// [undo] --------------------------------------------------------------------------------------

namespace {

const std::vector<EditCase>& EditCases() {
  auto agree = [](Room& r) { r.W().SetConsent(kSession, kAmira, true); };
  static const std::vector<EditCase> cases = {
      {"AddRule", {}, [](Room& r) { r.W().AddRule("Nothing said here is used in court."); }},
      {"AddRules", {}, [](Room& r) { r.W().AddRules({"Phones stay outside.", "We start on time."}); }},
      {"SetText(RuleText)", {},
       [](Room& r) { r.W().SetText(Field::RuleText, r.M().rules[1].id, "We speak for ourselves alone."); }},
      {"RemoveRule", {}, [](Room& r) { r.W().RemoveRule(r.M().rules[0].id); }},
      {"MoveRule", {}, [](Room& r) { r.W().MoveRule(r.M().rules[2].id, -1); }},
      {"AddRule after consents", agree, [](Room& r) { r.W().AddRule("Nothing said here is used in court."); }},
      {"SetConsent agree", {}, agree},
      {"SetConsent agree to a new wording",
       [agree](Room& r) {
         agree(r);
         r.W().AddRule("Nothing said here is used in court.");
         r.now += 1h;
       },
       agree},
      {"SetConsent withdraw", agree, [](Room& r) { r.W().SetConsent(kSession, kAmira, false); }},
      {"SetText(ConsentNote)", agree,
       [](Room& r) { r.W().SetText(Field::ConsentNote, r.M().consents[0].id, "agreed after discussing recording"); }},
  };
  return cases;
}

}  // namespace

TEST_CASE("Undo and redo of every rule and consent edit, also after reopening") {
  for (const EditCase& c : EditCases()) {
    SUBCASE(c.name) {
      CheckUndoRedo(c, RulesRoom());
    }
  }
}

// [template] ----------------------------------------------------------------------------------

TEST_CASE("The facilitator's rules template") {
  TempDir config;
  const std::vector<std::string> mine = {
      "Nothing said here is used in court, by anyone, for any side.",
      "We speak for ourselves; titles stay at the door.",
      "Names in other scripts stay as written: Олена, ნინო, Λένα.",
  };

  SUBCASE("without a saved template, RulesTemplate is the standard set") {
    CHECK(RulesTemplate(config.Path()) == StandardRules());
  }

  SUBCASE("SaveRulesTemplate then RulesTemplate gives the same rules back") {
    SaveRulesTemplate(config.Path(), mine);
    CHECK(RulesTemplate(config.Path()) == mine);
  }

  SUBCASE("saving again replaces the template") {
    SaveRulesTemplate(config.Path(), mine);
    SaveRulesTemplate(config.Path(), {"Only this rule."});
    CHECK(RulesTemplate(config.Path()) == std::vector<std::string>{"Only this rule."});
  }

  SUBCASE("a new workshop made with the template starts with its rules") {
    SaveRulesTemplate(config.Path(), mine);
    TempDir dir;
    auto workshop = Workshop::Create(dir.File("mine.parley"), "Mine", "2026-10-12", RulesTemplate(config.Path()));
    CHECK(RuleTexts(workshop->Model()) == mine);
    Reopen(workshop);
    CHECK(RuleTexts(workshop->Model()) == mine);
    CHECK(workshop->Model().info.rulesRevision == 1);
  }
}

// [log] ---------------------------------------------------------------------------------------

TEST_CASE("The session log is append-only and outside undo") {
  RulesRoom room;

  SUBCASE("undo and redo append an entry each and take no entry away") {
    room.W().SetConsent(kSession, kAmira, true);
    std::vector<LogEntry> before = room.W().SessionLog();
    REQUIRE(before.back().kind == "consent");
    room.now += 1min;
    room.W().Undo();
    REQUIRE(room.M().FindConsent(kSession, kAmira) == nullptr);
    REQUIRE(room.W().SessionLog().size() == before.size() + 1);
    for (size_t i = 0; i < before.size(); ++i) CHECK(room.W().SessionLog()[i].text == before[i].text);
    CHECK(LastLog(room.W()).kind == "undo");
    CHECK(LastLog(room.W()).at == "2026-10-12T09:01:00Z");
    CHECK(LastLog(room.W()).text.find("record consent") != std::string::npos);
    room.W().Redo();
    CHECK(room.W().SessionLog().size() == before.size() + 2);
    CHECK(LastLog(room.W()).kind == "undo");

    // The file holds the same log.
    std::vector<LogEntry> now = room.W().SessionLog();
    room.Reopen();
    REQUIRE(room.W().SessionLog().size() == now.size());
    for (size_t i = 0; i < now.size(); ++i) {
      CHECK(room.W().SessionLog()[i].id == now[i].id);
      CHECK(room.W().SessionLog()[i].kind == now[i].kind);
      CHECK(room.W().SessionLog()[i].text == now[i].text);
    }
  }

  SUBCASE("the file refuses to change or delete a log entry") {
    room.W().SetConsent(kSession, kAmira, true);
    room.W().SetConsent(kSession, kAmira, false);
    std::string path = room.W().Path();
    room.workshop.reset();
    RawDb raw(path);
    int64_t entries = raw.Int("SELECT count(*) FROM session_log");
    REQUIRE(entries == 2);
    std::string first = raw.Text("SELECT text FROM session_log ORDER BY id LIMIT 1");
    CHECK_THROWS(raw.Exec("UPDATE session_log SET text = 'rewritten'"));
    CHECK_THROWS(raw.Exec("DELETE FROM session_log"));
    CHECK_THROWS(raw.Exec("DELETE FROM session_log WHERE kind = 'consent'"));
    CHECK(raw.Int("SELECT count(*) FROM session_log") == entries);
    CHECK(raw.Text("SELECT text FROM session_log ORDER BY id LIMIT 1") == first);
  }
}

TEST_CASE("A consent to the same wording holds across the workshop's sessions") {
  RulesRoom room;
  for (Id p : {kAmira, kBoris, kChen}) room.W().SetConsent(kSession, p, true);
  Id day2 = room.W().AddSession("2026-10-13", "Day 2");
  CHECK(HeldConsent(room.M(), day2, kAmira) == room.M().FindConsent(kSession, kAmira));
  CHECK(PhaseWarnings(room.M(), day2, Phase::GroundRules).empty());

  SUBCASE("the room asked to reaffirm: only this session's consents hold") {
    room.W().SetReaffirm(day2, true);
    CHECK(HeldConsent(room.M(), day2, kAmira) == nullptr);
    CHECK(PhaseWarnings(room.M(), day2, Phase::GroundRules) ==
          std::vector<std::string>{"3 participants present have not agreed to the ground rules"});
    room.W().SetConsent(day2, kAmira, true);
    REQUIRE(HeldConsent(room.M(), day2, kAmira) != nullptr);
    CHECK(HeldConsent(room.M(), day2, kAmira)->sessionId == day2);
    CHECK(HeldConsent(room.M(), kSession, kAmira)->sessionId == kSession);  // day 1 keeps its own
    Model disk = Workshop::Open(room.W().Path())->Model();
    CHECK(disk.FindSession(day2)->reaffirm);
  }
  SUBCASE("a changed rule still marks them as given to an earlier wording") {
    room.W().SetText(Field::RuleText, room.M().rules.front().id, "Speak for yourself, not others.");
    CHECK(PhaseWarnings(room.M(), day2, Phase::GroundRules) ==
          std::vector<std::string>{"3 participants agreed to an earlier wording of the rules"});
  }
  SUBCASE("a consent given in a later session does not hold in an earlier one") {
    room.W().SetConsent(kSession, kChen, false);
    room.W().SetConsent(day2, kChen, true);
    CHECK(HeldConsent(room.M(), kSession, kChen) == nullptr);
  }
}
