// The ground rules view and the phase stepper, driven by clicks and typing; effects checked in
// the workshop file.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/method/phase_checks.hpp"
#include "core/store/workshop.hpp"
#include "temp_dir.hpp"
#include "ui_window.hpp"
#include "views/fonts.hpp"

namespace parley::test {

namespace {

// A new workshop with two participants in each party, all present, on the Ground rules view.
struct GroundRulesWindow : Window {
  GroundRulesWindow() {
    NewWorkshop("rules.parley");
    AddParticipants(2);
    ui.Frame();
    ui.Click("Ground rules");
  }
};

}  // namespace

TEST_CASE("a facilitator ticks consents and sees them outdated by a rule change") {
  GroundRulesWindow w;
  REQUIRE(w.app.screen == ui::Screen::GroundRules);
  Id session = w.app.sessionId;
  int rows = w.ui.Count("##agreed");
  REQUIRE(rows == 4);
  for (int i = 0; i < rows; ++i) w.ui.Click("##agreed", i);
  Model disk = w.OnDisk();
  CHECK(disk.consents.size() == 4);
  for (const Participant& p : disk.participants) CHECK(disk.FindConsent(session, p.id) != nullptr);
  CHECK(PhaseWarnings(disk, session, Phase::GroundRules).empty());
  const std::vector<LogEntry> log = w.LogOnDisk();
  CHECK(std::count_if(log.begin(), log.end(), [](const LogEntry& e) { return e.kind == "consent"; }) == 4);

  SUBCASE("a note on a consent") {
    w.ui.Click("##note", 0);
    w.ui.Type("agreed after discussing recording");
    CHECK(w.OnDisk().consents.front().note == "agreed after discussing recording");
  }
  SUBCASE("editing a rule after consent marks every consent as given to an earlier wording") {
    w.ui.Click("##rule", 0);
    w.ui.Type(" (amended)");
    disk = w.OnDisk();
    CHECK(disk.info.rulesRevision == 2);
    CHECK(w.ui.Count("Agrees now") == 4);
    w.ui.Click("Agrees now", 0);
    CHECK(w.OnDisk().consents.front().rulesRevision == 2);
    CHECK(w.ui.Count("Agrees now") == 3);
  }
  SUBCASE("unticking withdraws a consent") {
    w.ui.Click("##agreed", 0);
    CHECK(w.OnDisk().consents.size() == 3);
  }
}

TEST_CASE("adding a rule by typing and Enter") {
  GroundRulesWindow w;
  int enter = key::Enter;
  SUBCASE("Enter") {}
  SUBCASE("Enter on the keypad") { enter = key::KeyPadEnter; }
  size_t before = w.app.workshop->Model().rules.size();
  w.ui.Click("##new rule");
  w.ui.Type("Phones stay outside the room.");
  w.ui.Press(enter);
  Model disk = w.OnDisk();
  REQUIRE(disk.rules.size() == before + 1);
  CHECK(disk.rules.back().text == "Phones stay outside the room.");
}

TEST_CASE("moving on despite warnings asks for a reason and logs it") {
  GroundRulesWindow w;
  w.ui.Click("##agreed", 0);  // one of four agrees
  w.ui.Click("Move on to Stories");
  REQUIRE(w.app.moveOn.open);
  w.ui.Click("Reason");
  w.ui.Type("two participants arrive this afternoon");
  w.ui.Click("Move on to Stories anyway");
  Model disk = w.OnDisk();
  Id session = w.app.sessionId;
  CHECK(ShownStatus(disk, session, Phase::GroundRules) == PhaseStatus::Done);
  CHECK(ShownStatus(disk, session, Phase::Stories) == PhaseStatus::InProgress);
  const std::vector<LogEntry> log = w.LogOnDisk();
  auto over = std::find_if(log.begin(), log.end(), [](const LogEntry& e) { return e.kind == "override"; });
  REQUIRE(over != log.end());
  CHECK(over->text.find("3 participants present have not agreed") != std::string::npos);
  CHECK(over->text.find("two participants arrive this afternoon") != std::string::npos);
  CHECK(w.app.screen == ui::Screen::Stories);
}

TEST_CASE("going to a later phase in the phase list is moving on too, or only looking") {
  GroundRulesWindow w;
  w.ui.Click("Stories");  // in the sidebar's phase list
  REQUIRE(w.app.moveOn.open);
  CHECK(w.app.screen == ui::Screen::GroundRules);

  SUBCASE("moving on: logged with the reason") {
    w.ui.Click("Reason");
    w.ui.Type("the room wants to start");
    w.ui.Click("Move on to Stories anyway");
    Model disk = w.OnDisk();
    CHECK(ShownStatus(disk, w.app.sessionId, Phase::Stories) == PhaseStatus::InProgress);
    const std::vector<LogEntry> log = w.LogOnDisk();
    CHECK(std::any_of(log.begin(), log.end(), [](const LogEntry& e) {
      return e.kind == "override" && e.text.find("the room wants to start") != std::string::npos;
    }));
    CHECK(w.app.screen == ui::Screen::Stories);
  }
  SUBCASE("only looking: nothing recorded") {
    w.ui.Click("Only look at Stories");
    CHECK(w.app.screen == ui::Screen::Stories);
    CHECK(w.OnDisk().progress.empty());
    w.ui.Click("Ground rules");  // back is never moving on
    CHECK_FALSE(w.app.moveOn.open);
    CHECK(w.app.screen == ui::Screen::GroundRules);
  }
}

TEST_CASE("staying keeps the phase as it was") {
  GroundRulesWindow w;
  w.ui.Click("Move on to Stories");
  w.ui.Click("Stay");
  CHECK_FALSE(w.app.moveOn.open);
  CHECK(w.OnDisk().progress.empty());
  CHECK(w.app.screen == ui::Screen::GroundRules);
}

TEST_CASE("read-aloud mode steps through the rules with the keyboard") {
  GroundRulesWindow w;
  REQUIRE(w.app.workshop->Model().rules.size() >= 2);
  w.ui.Click("Read aloud");
  CHECK(w.app.groundRules.readAloud);
  w.ui.Press(key::Right);
  CHECK(w.app.groundRules.readAloudIndex == 1);
  w.ui.Press(key::Left);
  CHECK(w.app.groundRules.readAloudIndex == 0);
  w.ui.Press(key::Escape);
  CHECK_FALSE(w.app.groundRules.readAloud);
}

TEST_CASE("read-aloud mode leaves half a line between a rule's paragraphs, one language from the next") {
  GroundRulesWindow w;
  // Letters without ascenders, all as high, that no label of read-aloud mode holds.
  Id rule = w.W().AddRule("nnnn\nzzzz\nqqqq");
  w.ui.Frame();
  w.app.groundRules.readAloud = true;
  w.app.groundRules.readAloudIndex = int(w.Live().rules.size()) - 1;
  REQUIRE(w.Live().rules.back().id == rule);
  w.ui.Frames(2);
  // The top of each paragraph as read aloud (drawn last, over the view that also lists the
  // rule): between two paragraphs more than a line.
  auto top = [&](char32_t c) {
    std::vector<UiHarness::Glyph> glyphs = w.ui.GlyphsIn(ImVec2(0, 0), ImVec2(1e6f, 1e6f));
    for (auto g = glyphs.rbegin(); g != glyphs.rend(); ++g)
      if (g->c == c) return g->min.y;
    FAIL("no glyph drawn for " << unsigned(c));
    return 0.0f;
  };
  float line = ui::LargeFont()->FontSize;
  CHECK(top('z') - top('n') >= line * 1.4f);
  CHECK(top('q') - top('z') >= line * 1.4f);
}

TEST_CASE("saving the rules as the template for new workshops") {
  GroundRulesWindow w;
  w.app.configDir = w.dir.File("config");
  w.ui.Click("##new rule");
  w.ui.Type("Tea at eleven.");
  w.ui.Click("Add rule");
  w.ui.Click("Save as my template");
  auto rules = RulesTemplate(w.app.configDir);
  REQUIRE(!rules.empty());
  CHECK(rules.back() == "Tea at eleven.");
}

TEST_CASE("consents given on day 1 hold on day 2, until the facilitator asks the room to agree again") {
  GroundRulesWindow w;
  Id day1 = w.app.sessionId;
  for (int i = 0; i < 4; ++i) w.ui.Click("##agreed", i);

  // A new session asks for its date and title first.
  w.ui.Click("Start a new session...");
  CHECK(w.app.sessionId == day1);
  w.ui.Click("Date");
  w.ui.Press('A', /*ctrl=*/true);
  w.ui.Type("2031-05-06");
  w.ui.Click("Title");
  w.ui.Press('A', /*ctrl=*/true);
  w.ui.Type("Day 2");
  w.ui.Click("Start the session");
  Id day2 = w.app.sessionId;
  REQUIRE(day2 != day1);
  Model disk = w.OnDisk();
  CHECK(disk.FindSession(day2)->date == "2031-05-06");
  CHECK(disk.FindSession(day2)->title == "Day 2");
  CHECK(w.app.screen == ui::Screen::GroundRules);

  // Everyone's consent holds, with when and where it was given.
  CHECK(PhaseWarnings(disk, day2, Phase::GroundRules).empty());
  CHECK(w.app.groundRules.derived.agreedLine == "4 of 4 present have agreed to the current wording");
  CHECK(w.ui.Count("Agrees again") == 4);
  const ui::ConsentRow& row = w.app.groundRules.derived.rows[0][0];
  CHECK(row.agreedAt.rfind("session 1, ", 0) == 0);
  CHECK(row.givenWhere.find(disk.FindSession(day1)->date) != std::string::npos);
  CHECK(row.givenWhere.find(disk.FindSession(day1)->title) != std::string::npos);

  SUBCASE("one agrees again: the consent is recorded in this session") {
    w.ui.Click("Agrees again", 0);
    CHECK(w.OnDisk().consents.size() == 5);
    CHECK(w.ui.Count("Agrees again") == 3);
  }
  SUBCASE("the room asked to agree again: day 1's consents no longer hold here") {
    w.ui.Click("Ask the room to agree again in this session");
    disk = w.OnDisk();
    CHECK(disk.FindSession(day2)->reaffirm);
    CHECK(PhaseWarnings(disk, day2, Phase::GroundRules).front() ==
          "4 participants present have not agreed to the ground rules");
    CHECK(w.ui.Count("Agrees again") == 0);
    w.ui.Click("##agreed", 0);
    CHECK(w.OnDisk().FindConsent(day2, w.OnDisk().consents.back().participantId) != nullptr);
  }
}

TEST_CASE("after a restart, going from the set-up past a phase with warnings asks the reason") {
  GroundRulesWindow w;
  w.ui.Click("Move on to Stories");
  w.ui.Click("Move on to Stories anyway");
  REQUIRE(w.app.screen == ui::Screen::Stories);
  REQUIRE_FALSE(PhaseWarnings(w.Live(), w.app.sessionId, Phase::Stories).empty());

  w.app.OpenWorkshop(w.app.workshop->Path());  // as Parley opens it again
  REQUIRE(w.app.screen == ui::Screen::Setup);
  w.ui.Frame();
  w.ui.Click(PhaseName(Phase::NeedsFears));
  CHECK(w.app.moveOn.open);
  CHECK(w.app.moveOn.from == Phase::Stories);
  CHECK(w.app.screen == ui::Screen::Setup);
}

}  // namespace parley::test
