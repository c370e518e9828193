// The Needs & fears view, driven by keys, clicks and a drag: concerns captured as fast as they
// are said, acknowledgement, common ground, positions reworded as needs, priority, filters and
// equal columns. Every effect on the record is checked in the workshop file, read back through
// a second opening.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/store/workshop.hpp"
#include "temp_dir.hpp"
#include "ui_window.hpp"

namespace parley::test {

namespace {

constexpr int kCtrlF = 'F';  // GLFW's key codes of letters and digits are their ASCII codes

// A new workshop (two parties, one session) with the Needs & fears view open.
struct NeedsFearsWindow : Window {
  explicit NeedsFearsWindow(ImVec2 display = ImVec2(1440, 2400)) : Window(display) {
    NewWorkshop("concerns.parley");
    ui.Frame();
    ui.Click("Needs & fears");
    REQUIRE(app.screen == ui::Screen::NeedsFears);
  }

  Id Party(size_t n) const { return Live().parties.at(n).id; }
  Id CategoryAt(size_t n) const { return Live().categories.at(n).id; }

  // Records a concern directly in the file, as if captured earlier.
  Id Add(size_t party, ConcernKind kind, const std::string& text, Id category = 0) {
    Id id = app.workshop->AddConcern(app.sessionId, Party(party), kind, text, category);
    ui.Frames(2);
    return id;
  }

  // Types a concern into the capture field that has the keyboard and presses Enter.
  void Capture(const std::string& text) {
    ui.Type(text);
    ui.Press(key::Enter);
  }
  void Ctrl(int keyCode) { ui.Press(keyCode, true); }
  void Alt(int keyCode) {
    ImGui::GetIO().KeyAlt = true;
    ui.Press(keyCode);
    ImGui::GetIO().KeyAlt = false;
    ui.Frame();
  }

  // Drags with the left button from the centre of one widget to another's, over a few frames,
  // as ImGui 1.86 needs to see a drag begin.
  void Drag(const std::string& from, int fromNth, const std::string& to, int toNth) {
    ImGuiIO& io = ImGui::GetIO();
    ImVec2 a = ui.Centre(from, fromNth), b = ui.Centre(to, toNth);
    io.MousePos = a;
    ui.Frame();
    io.MouseDown[0] = true;
    ui.Frame();
    for (int step = 1; step <= 8; ++step) {
      float t = float(step) / 8.0f;
      io.MousePos = ImVec2(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
      ui.Frame();
    }
    ui.Frame();  // the target sees the payload over it
    io.MouseDown[0] = false;
    ui.Frame();  // released: dropped
    ui.Frames(2);
  }
};

// A party's concerns in priority order.
std::vector<Concern> ConcernsOf(const Model& model, Id party) {
  std::vector<Concern> found;
  for (const Concern& c : model.concerns)
    if (c.partyId == party) found.push_back(c);
  return found;
}

std::vector<std::string> TextsOf(const Model& model, Id party) {
  std::vector<std::string> texts;
  for (const Concern& c : ConcernsOf(model, party)) texts.push_back(c.text);
  return texts;
}

}  // namespace

TEST_CASE("needs & fears: a facilitator captures concerns for two parties from the keyboard") {
  NeedsFearsWindow w;
  w.ui.Click("##capture", 0);  // the first party's field; from here on only keys
  w.Ctrl('1');
  w.Capture("Safety for our families in the border villages");
  w.Ctrl(kCtrlF);
  w.ui.Type("Being written out of the history taught in schools");
  w.Ctrl('2');  // the category may come after the wording, before Enter
  w.ui.Press(key::Enter);
  w.Capture("Losing the land a second time");  // the kind stays a fear; the category does not

  w.ui.Click("##capture", 1);
  w.Ctrl('2');
  w.Capture("Recognition of our language in public life");
  w.Ctrl('4');
  w.Capture("Work for the young, so they need not leave");
  w.Ctrl(kCtrlF);
  w.Ctrl('1');
  w.Capture("Reprisals against those who sign an agreement");

  Model disk = w.OnDisk();
  REQUIRE(disk.concerns.size() == 6);
  std::vector<Concern> a = ConcernsOf(disk, w.Party(0)), b = ConcernsOf(disk, w.Party(1));
  REQUIRE(a.size() == 3);
  REQUIRE(b.size() == 3);
  CHECK(a[0].text == "Safety for our families in the border villages");
  CHECK(a[0].kind == ConcernKind::Need);
  CHECK(a[0].categoryId == w.CategoryAt(0));
  CHECK(a[1].text == "Being written out of the history taught in schools");
  CHECK(a[1].kind == ConcernKind::Fear);
  CHECK(a[1].categoryId == w.CategoryAt(1));
  CHECK(a[2].text == "Losing the land a second time");
  CHECK(a[2].kind == ConcernKind::Fear);
  CHECK(a[2].categoryId == 0);
  CHECK(b[0].text == "Recognition of our language in public life");
  CHECK(b[0].kind == ConcernKind::Need);
  CHECK(b[0].categoryId == w.CategoryAt(1));
  CHECK(b[1].text == "Work for the young, so they need not leave");
  CHECK(b[1].kind == ConcernKind::Need);
  CHECK(b[1].categoryId == w.CategoryAt(3));
  CHECK(b[2].text == "Reprisals against those who sign an agreement");
  CHECK(b[2].kind == ConcernKind::Fear);
  CHECK(b[2].categoryId == w.CategoryAt(0));
  for (const Concern& c : disk.concerns) CHECK(c.sessionId == w.app.sessionId);
  // Priority follows the order in which they were said.
  CHECK(a[0].position < a[1].position);
  CHECK(a[1].position < a[2].position);
  CHECK(b[0].position < b[1].position);
  CHECK(b[1].position < b[2].position);
  // Each column lists its own, and the fields are empty again.
  CHECK(w.ui.Count("Concern wording") == 6);
  CHECK(w.Live().Draft({.kind = DraftKind::Concern, .session = w.app.sessionId, .party = w.Party(0)}).empty());
  CHECK(w.Live().Draft({.kind = DraftKind::Concern, .session = w.app.sessionId, .party = w.Party(1)}).empty());
}

TEST_CASE("needs & fears: Escape leaves the capture field without losing what was typed") {
  NeedsFearsWindow w;
  w.ui.Click("##capture", 0);
  w.ui.Type("Half a sentence");
  w.ui.Press(key::Escape);
  CHECK(w.Live().Draft({.kind = DraftKind::Concern, .session = w.app.sessionId, .party = w.Party(0)}) == "Half a sentence");
  CHECK(w.OnDisk().concerns.empty());
  w.ui.Frames(30);  // half a second: the next click is not a double click, which selects a word
  w.ui.Click("##capture", 0);
  w.ui.Press(key::End);
  w.ui.Type(" and the rest");
  w.ui.Press(key::Enter);
  Model disk = w.OnDisk();
  REQUIRE(disk.concerns.size() == 1);
  CHECK(disk.concerns[0].text == "Half a sentence and the rest");
}

TEST_CASE("needs & fears: a workshop adds its own category, and the next shortcut picks it") {
  NeedsFearsWindow w;
  int enter = key::Enter;
  SUBCASE("Enter") {}
  SUBCASE("Enter on the keypad") { enter = key::KeyPadEnter; }
  size_t standard = w.Live().categories.size();
  REQUIRE(standard == 8);
  w.ui.Click("New category");
  w.ui.Type("Water");
  w.ui.Press(enter);
  Model disk = w.OnDisk();
  REQUIRE(disk.categories.size() == standard + 1);
  CHECK(disk.categories.back().name == "Water");

  w.ui.Click("##capture", 1);
  w.Ctrl('9');
  w.Capture("Clean water in every season");
  disk = w.OnDisk();
  REQUIRE(disk.concerns.size() == 1);
  CHECK(disk.concerns[0].categoryId == disk.categories.back().id);
}

TEST_CASE("needs & fears: acknowledging a concern keeps the restatement") {
  NeedsFearsWindow w;
  w.Add(0, ConcernKind::Need, "Safety for our families");
  w.Add(1, ConcernKind::Fear, "Reprisals after an agreement");
  CHECK(w.ui.Count("Restatement") == 0);
  w.ui.Click("Acknowledged", 1);  // the second party's concern
  REQUIRE(w.ui.Count("Restatement") == 1);
  w.ui.Click("Restatement");
  w.ui.Type("You fear that whoever signs will be punished by their own side");
  Model disk = w.OnDisk();
  std::vector<Concern> b = ConcernsOf(disk, w.Party(1));
  REQUIRE(b.size() == 1);
  CHECK(b[0].acknowledged);
  CHECK(b[0].restatement == "You fear that whoever signs will be punished by their own side");
  CHECK_FALSE(ConcernsOf(disk, w.Party(0))[0].acknowledged);
}

TEST_CASE("needs & fears: a concern held by another party too shows once in the common-ground band") {
  NeedsFearsWindow w;
  w.Add(0, ConcernKind::Need, "Safety for our families");
  Id shared = w.Add(0, ConcernKind::Need, "Clean water for the valley");
  w.Add(1, ConcernKind::Need, "Recognition of our language");
  CHECK(w.ui.Count("Common ground concern") == 0);
  w.ui.Click("Details", 1);
  std::string label = "Also held by " + w.Live().parties[1].name;
  REQUIRE(w.ui.Count(label) == 1);  // only the other party is offered
  CHECK(w.ui.Count("Also held by " + w.Live().parties[0].name) == 0);
  w.ui.Click(label);
  CHECK(w.ui.Count("Common ground concern") == 1);
  CHECK(w.ui.Count("Concern wording") == 3);  // still in its own party's column, once

  Model disk = w.OnDisk();
  REQUIRE(disk.holders.size() == 1);
  CHECK(disk.holders[0].concernId == shared);
  CHECK(disk.holders[0].partyId == w.Party(1));

  SUBCASE("and unticking takes it out again") {
    w.ui.Click(label);
    CHECK(w.ui.Count("Common ground concern") == 0);
    CHECK(w.OnDisk().holders.empty());
  }
}

TEST_CASE("needs & fears: a position is reworded as the need beneath it, keeping both wordings") {
  NeedsFearsWindow w;
  w.ui.Click("##capture", 1);
  w.Ctrl(kCtrlF);  // it was said as a demand, noted as it came
  w.Capture("We demand the return of every village");
  w.ui.Click("Details", 0);
  CHECK(w.ui.Count("Stated position") == 0);
  w.ui.Click("Stated as a position");  // kept as said, flagged until reworded
  CHECK(ConcernsOf(w.OnDisk(), w.Party(1)).at(0).positionOpen);
  CHECK(w.ui.Count("Unreworded position") == 1);
  w.ui.Click("##reword");
  w.ui.Type("A safe home our families can return to");
  w.ui.Click("Reword as need");
  Model disk = w.OnDisk();
  std::vector<Concern> b = ConcernsOf(disk, w.Party(1));
  REQUIRE(b.size() == 1);
  CHECK(b[0].text == "A safe home our families can return to");
  CHECK(b[0].statedPosition == "We demand the return of every village");
  CHECK(b[0].kind == ConcernKind::Need);
  CHECK(w.ui.Count("Stated position") == 1);  // the position stays in view, editable
  CHECK(w.ui.Count("Unreworded position") == 0);
  // Rewording again, "Reword as need" says it replaces the need, and the position stays as said.
  std::string tip = ui::RewordTooltip(b[0]);
  CHECK(tip.find("in place of \"A safe home our families can return to\"") != std::string::npos);
  CHECK(tip.find("\"We demand the return of every village\" stays the position") != std::string::npos);
  CHECK(tip.find("\"A safe home our families can return to\" as the position") == std::string::npos);
}

TEST_CASE("needs & fears: before a position is reworded, the tooltip keeps its wording as the position") {
  Concern said;
  said.text = "Мы требуем вернуть все сёла";  // a position in Russian, marked, not yet reworded
  said.statedPosition = said.text;
  said.positionOpen = true;
  CHECK(ui::RewordTooltip(said) ==
        "Keeps \"Мы требуем вернуть все сёла\" as the position it was stated as, and makes this the need.");
  Concern unmarked;
  unmarked.text = "ασφάλεια των χωριών";
  CHECK(ui::RewordTooltip(unmarked).find("Keeps \"ασφάλεια των χωριών\" as the position") == 0);
}

TEST_CASE("needs & fears: a concern is removed from its details") {
  NeedsFearsWindow w;
  w.Add(0, ConcernKind::Need, "kept");
  w.Add(0, ConcernKind::Fear, "said by mistake");
  w.ui.Click("Details", 1);
  w.ui.Click("Remove concern");
  CHECK(TextsOf(w.OnDisk(), w.Party(0)) == std::vector<std::string>{"kept"});
  CHECK(w.ui.Count("Concern wording") == 1);
}

TEST_CASE("needs & fears: priority is changed with the arrows, by keyboard and by drag and drop") {
  NeedsFearsWindow w;
  w.Add(0, ConcernKind::Need, "first");
  w.Add(0, ConcernKind::Fear, "second");
  w.Add(0, ConcernKind::Need, "third");
  w.Add(1, ConcernKind::Need, "theirs");
  using Texts = std::vector<std::string>;

  SUBCASE("arrow buttons in the details") {
    w.ui.Click("Details", 2);
    REQUIRE(w.ui.Count("Raise priority") == 1);
    w.ui.Click("Raise priority");
    CHECK(TextsOf(w.OnDisk(), w.Party(0)) == Texts{"first", "third", "second"});
    w.ui.Click("Raise priority");
    CHECK(TextsOf(w.OnDisk(), w.Party(0)) == Texts{"third", "first", "second"});
    w.ui.Click("Lower priority");
    CHECK(TextsOf(w.OnDisk(), w.Party(0)) == Texts{"first", "third", "second"});
  }
  SUBCASE("Alt+Up and Alt+Down on the concern picked by its handle") {
    w.ui.Click("Priority", 2);
    w.Alt(key::Up);
    CHECK(TextsOf(w.OnDisk(), w.Party(0)) == Texts{"first", "third", "second"});
    w.Alt(key::Up);
    CHECK(TextsOf(w.OnDisk(), w.Party(0)) == Texts{"third", "first", "second"});
    w.Alt(key::Down);
    CHECK(TextsOf(w.OnDisk(), w.Party(0)) == Texts{"first", "third", "second"});
  }
  SUBCASE("Alt+Up while editing the wording") {
    w.ui.Click("Concern wording", 1);
    w.Alt(key::Up);
    CHECK(TextsOf(w.OnDisk(), w.Party(0)) == Texts{"second", "first", "third"});
  }
  SUBCASE("dragging a concern's handle onto another concern of the party takes its place") {
    w.Drag("Priority", 2, "Concern wording", 0);
    CHECK(TextsOf(w.OnDisk(), w.Party(0)) == Texts{"third", "first", "second"});
    w.Drag("Priority", 0, "Concern wording", 2);
    CHECK(TextsOf(w.OnDisk(), w.Party(0)) == Texts{"first", "second", "third"});
  }
  SUBCASE("a drop on another party's column changes nothing") {
    w.Drag("Priority", 0, "Concern wording", 3);
    Model disk = w.OnDisk();
    CHECK(TextsOf(disk, w.Party(0)) == Texts{"first", "second", "third"});
    CHECK(TextsOf(disk, w.Party(1)) == Texts{"theirs"});
  }
}

TEST_CASE("needs & fears: three parties get three equal columns, each with its own capture") {
  NeedsFearsWindow w;
  Id third = w.app.workshop->AddParty();
  w.ui.Frames(2);
  REQUIRE(w.ui.Count("##capture") == 3);
  float x0 = w.ui.Centre("##capture", 0).x, x1 = w.ui.Centre("##capture", 1).x, x2 = w.ui.Centre("##capture", 2).x;
  CHECK(x0 < x1);
  CHECK(x1 < x2);
  CHECK(std::fabs((x1 - x0) - (x2 - x1)) < 1.5f);  // same width, same layout in every column

  // By mouse this time: each click gives the keyboard back to the field, ready to type.
  w.ui.Click("Capture kind", 2);
  w.ui.Click("Capture category", 2);
  w.ui.Click(w.Live().categories.at(6).name);
  w.Capture("Being left out of whatever the other two agree");
  Model disk = w.OnDisk();
  std::vector<Concern> c = ConcernsOf(disk, third);
  REQUIRE(c.size() == 1);
  CHECK(c[0].text == "Being left out of whatever the other two agree");
  CHECK(c[0].kind == ConcernKind::Fear);
  CHECK(c[0].categoryId == w.CategoryAt(6));
  CHECK(ConcernsOf(disk, w.Party(0)).empty());
  CHECK(ConcernsOf(disk, w.Party(1)).empty());
}

TEST_CASE("needs & fears: filters by type, category and session change what the columns show") {
  NeedsFearsWindow w;
  Id security = w.CategoryAt(0), dignity = w.CategoryAt(2), justice = w.CategoryAt(5);
  w.Add(0, ConcernKind::Need, "Safety for our families", security);
  w.Add(0, ConcernKind::Fear, "Those who did wrong walk free", justice);
  w.Add(1, ConcernKind::Need, "No more raids at night", security);
  w.Add(1, ConcernKind::Need, "To be treated as equals at checkpoints", dignity);
  REQUIRE(w.ui.Count("Concern wording") == 4);

  w.ui.Click("Needs only");
  CHECK(w.ui.Count("Concern wording") == 3);
  w.ui.Click("Fears only");
  CHECK(w.ui.Count("Concern wording") == 1);
  w.ui.Click("Needs and fears");
  CHECK(w.ui.Count("Concern wording") == 4);

  w.ui.Click("Category filter");
  w.ui.Click(w.Live().categories[0].name);
  CHECK(w.ui.Count("Concern wording") == 2);
  w.ui.Click("Needs only");
  CHECK(w.ui.Count("Concern wording") == 2);
  w.ui.Click("Category filter");
  w.ui.Click("All categories");
  CHECK(w.ui.Count("Concern wording") == 3);
  w.ui.Click("Needs and fears");

  // A second session: "This session" shows only what was said in it.
  w.app.sessionId = w.app.workshop->AddSession("2031-05-02", "Day 2");
  w.Add(1, ConcernKind::Fear, "That nothing said here reaches home");
  CHECK(w.ui.Count("Concern wording") == 5);
  w.ui.Click("This session");
  CHECK(w.ui.Count("Concern wording") == 1);
  w.ui.Click("All sessions");
  CHECK(w.ui.Count("Concern wording") == 5);
  // The filtered lists are cached for the Model's revision, not rebuilt each frame.
  CHECK(w.app.needsFears.derived.revision == w.Live().revision);
}


TEST_CASE("needs & fears: Enter on the keypad adds a concern and rewords a position, as Enter does") {
  NeedsFearsWindow w;
  SUBCASE("a concern") {
    w.ui.Click("##capture", 0);
    w.ui.Type("Safety for our families in the border villages");
    w.ui.Press(key::KeyPadEnter);
    Model disk = w.OnDisk();
    REQUIRE(disk.concerns.size() == 1);
    CHECK(disk.concerns[0].text == "Safety for our families in the border villages");
  }
  SUBCASE("a position reworded as a need") {
    w.ui.Click("##capture", 1);
    w.Ctrl(kCtrlF);
    w.Capture("We demand the return of every village");
    w.ui.Click("Details", 0);
    w.ui.Click("Stated as a position");
    w.ui.Click("##reword");
    w.ui.Type("A safe home our families can return to");
    w.ui.Press(key::KeyPadEnter);
    std::vector<Concern> b = ConcernsOf(w.OnDisk(), w.Party(1));
    REQUIRE(b.size() == 1);
    CHECK(b[0].text == "A safe home our families can return to");
    CHECK(b[0].kind == ConcernKind::Need);
  }
}

TEST_CASE("needs & fears: with three or four parties every party's column is as wide, all in a 1280x800 window") {
  for (size_t parties : {size_t(3), size_t(4)}) {
    CAPTURE(parties);
    NeedsFearsWindow w(ImVec2(1280, 800));
    while (w.Live().parties.size() < parties) w.app.workshop->AddParty();
    w.app.workshop->SetText(Field::PartyName, w.Party(2), "Ελληνική κοινότητα της κοιλάδας");
    for (size_t p = 0; p < parties; ++p)
      for (int i = 0; i < 3; ++i)
        w.Add(p, ConcernKind::Need, "A need worded at the length a party words it, number " + std::to_string(i));
    REQUIRE(w.ui.Count("##capture") == int(parties));
    auto [firstMin, firstMax] = w.ui.Rect("##capture", 0);
    for (size_t p = 0; p < parties; ++p) {
      CAPTURE(p);
      auto [min, max] = w.ui.Rect("##capture", int(p));
      CHECK(max.x - min.x == firstMax.x - firstMin.x);
      CHECK(max.x <= 1280.0f);
    }
  }
}

}  // namespace parley::test
