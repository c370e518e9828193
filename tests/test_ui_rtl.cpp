// Arabic and Hebrew on every screen, as a reader of them reads: what the views draw is, glyph
// for glyph (found in the draw list through the glyphs' texture coordinates), the text in
// visual order with Arabic letters joined, right-to-left paragraphs ending at their column's
// right edge; and typing stores only the text as typed.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>

#include "core/common/bidi_text.hpp"
#include "core/common/unicode_text.hpp"
#include "core/store/demo.hpp"
#include "ui_window.hpp"
#include "views/file_dialog.hpp"
#include "views/widgets.hpp"

namespace parley::test {

namespace {

const std::string kArabicName = "سلمى حداد";
const std::string kHebrewName = "נועה כהן";
// Their glyphs as drawn (no space draws a quad): the Arabic letters in their joined forms.
const std::u32string kArabicDrawn = U"\uFEA9\uFE8D\uFEAA\uFEA3\uFEF0\uFEE4\uFEE0\uFEB3";
const std::u32string kHebrewDrawn = U"ןהכהעונ";
// Longer texts, mixed with Latin, numbers and brackets, whose expected glyphs the layout gives
// (core/common/bidi_text.hpp, tested to the codepoint in test_bidi_text.cpp).
const std::string kArabicConcern = "نحتاج إلى الماء من بئر Ein Gedi (٣ آبار)";
const std::string kHebrewConcern = "אנחנו צריכים מים נקיים, 20 ליטר ליום";

std::u32string Codepoints(const std::vector<UiHarness::Glyph>& glyphs) {
  std::u32string s;
  for (const UiHarness::Glyph& g : glyphs) s += g.c;
  return s;
}

// The glyphs `text` shows on one line, as drawn: without spaces.
std::u32string DrawnOf(std::string_view text) {
  std::u32string s;
  for (const VisualLine& line : LayOutText(text, 0, [](char32_t) { return 1.0f; }))
    for (const VisualGlyph& g : line.glyphs)
      if (g.shown != ' ') s += g.shown;
  return s;
}

// Glyph after glyph, on one line (a glyph's quad starts as high as its ink does).
bool LeftToRight(const std::vector<UiHarness::Glyph>& glyphs) {
  for (size_t i = 1; i < glyphs.size(); ++i)
    if (!(glyphs[i].min.x > glyphs[i - 1].min.x) ||
        std::abs(glyphs[i].max.y - glyphs[0].max.y) > ImGui::GetFontSize() * 0.5f)
      return false;
  return true;
}

// The glyphs for a failed check's message.
std::string Described(const std::vector<UiHarness::Glyph>& glyphs) {
  std::string s;
  char one[48];
  for (const UiHarness::Glyph& g : glyphs) {
    std::snprintf(one, sizeof one, "U+%04X@%.0f,%.0f ", unsigned(g.c), g.min.x, g.min.y);
    s += one;
  }
  return s;
}

// Checks that the widget `label` (nth) shows `drawn` on one line, in order, ending at its
// right edge inside the frame's padding (the ink of a last glyph ends a pixel or two before its
// advance does).
void CheckRightAligned(UiHarness& ui, const std::string& label, int nth, const std::u32string& drawn) {
  CAPTURE(label);
  CAPTURE(nth);
  auto [min, max] = ui.Rect(label, nth);
  std::vector<UiHarness::Glyph> glyphs = ui.GlyphsIn(min, max);
  std::string described = Described(glyphs) + " in " + std::to_string(min.x) + "," + std::to_string(min.y) +
                          " - " + std::to_string(max.x) + "," + std::to_string(max.y);
  CAPTURE(described);
  CHECK(Codepoints(glyphs) == drawn);
  CHECK(LeftToRight(glyphs));
  REQUIRE_FALSE(glyphs.empty());
  float right = max.x - ImGui::GetStyle().FramePadding.x;
  CHECK(glyphs.back().max.x <= right + 0.5f);
  CHECK(glyphs.back().max.x >= right - 3.0f);
  CHECK(glyphs.front().min.x > min.x + 40.0f);  // not where a left-to-right text starts
}

// Whether the last frame drew `drawn` somewhere on one line, in order, glyph after glyph.
bool DrawnSomewhere(UiHarness& ui, const std::u32string& drawn) {
  std::vector<UiHarness::Glyph> all = ui.GlyphsIn(ImVec2(0, 0), ImVec2(1e6f, 1e6f));
  std::u32string codes = Codepoints(all);
  for (size_t at = codes.find(drawn); at != std::u32string::npos; at = codes.find(drawn, at + 1)) {
    std::vector<UiHarness::Glyph> run(all.begin() + ptrdiff_t(at), all.begin() + ptrdiff_t(at + drawn.size()));
    if (LeftToRight(run)) return true;
  }
  return false;
}

// A new workshop, two parties with two participants each, the first of each named in Arabic
// and Hebrew, and the font made for them.
struct RtlWindow : Window {
  Id salma = 0, noa = 0;
  explicit RtlWindow(ImVec2 display = ImVec2(1440, 2400)) : Window(display) {
    NewWorkshop("rtl.parley");
    AddParticipants(2);
    salma = Live().participants[0].id;
    noa = Live().participants[2].id;
    W().SetText(Field::ParticipantName, salma, kArabicName);
    W().SetText(Field::ParticipantName, noa, kHebrewName);
    ui.UseFontFor(kArabicName + kHebrewName + kArabicConcern + kHebrewConcern);
    ui.Frame();
  }
  Id Party(size_t n) const { return Live().parties.at(n).id; }

  // The set-up view, the keyboard in its Venue field.
  void OpenVenue() {
    GoTo("Set-up");
    REQUIRE(app.screen == ui::Screen::Setup);
    ui.Click("Venue");
  }

  // Clicks `label` in the sidebar after a frame that shows the edits made through core (a
  // phase's label counts its warnings), then takes the pointer away: no tooltip over the view.
  void GoTo(const std::string& label) {
    ui.Frame();
    ui.Click(label);
    ImGui::GetIO().MousePos = ImVec2(-100, -100);
    ui.Frames(2);
  }
};


// The frame of the one-line field `label` (nth), without the label drawn after it.
std::pair<ImVec2, ImVec2> FrameOf(UiHarness& ui, const std::string& label, int nth = 0) {
  auto [min, max] = ui.Rect(label, nth);
  if (!label.starts_with("##")) max.x -= ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().ItemInnerSpacing.x;
  return {min, max};
}

ImU32 Ink() { return ImGui::GetColorU32(ImGuiCol_Text); }
ImU32 Highlight() { return ImGui::GetColorU32(ImGuiCol_TextSelectedBg); }

// The carets drawn in [min, max] last frame: one-pixel-wide boxes in the text colour.
std::vector<UiHarness::Box> CaretsIn(UiHarness& ui, ImVec2 min, ImVec2 max) {
  std::vector<UiHarness::Box> carets;
  for (const UiHarness::Box& box : ui.BoxesIn(min, max, Ink()))
    if (box.max.x - box.min.x == 1.0f) carets.push_back(box);
  return carets;
}
// Those drawn over the field `label`.
std::vector<UiHarness::Box> CaretsIn(UiHarness& ui, const std::string& label) {
  auto [min, max] = FrameOf(ui, label);
  return CaretsIn(ui, min, max);
}

// How many of `glyphs` stand left of the one caret drawn over `label`; -1 when there is not
// exactly one.
int CaretSlotOf(UiHarness& ui, const std::string& label, const std::vector<UiHarness::Glyph>& glyphs) {
  std::vector<UiHarness::Box> carets = CaretsIn(ui, label);
  if (carets.size() != 1) return -1;
  int slot = 0;
  for (const UiHarness::Glyph& g : glyphs) slot += (g.min.x + g.max.x) / 2 < carets[0].min.x;
  return slot;
}

// Which of `glyphs` a highlight covers (its middle inside one of `boxes`), as a string of
// 1s and 0s from left to right.
std::string CoveredBy(const std::vector<UiHarness::Box>& boxes, const std::vector<UiHarness::Glyph>& glyphs) {
  std::string covered;
  for (const UiHarness::Glyph& g : glyphs) {
    const ImVec2 middle((g.min.x + g.max.x) / 2, (g.min.y + g.max.y) / 2);
    bool in = false;
    for (const UiHarness::Box& b : boxes)
      in = in || (middle.x > b.min.x && middle.x < b.max.x && middle.y > b.min.y && middle.y < b.max.y);
    covered += in ? '1' : '0';
  }
  return covered;
}

}  // namespace

TEST_CASE("the screen font holds what the layout draws for these texts") {
  RtlWindow w;
  for (char32_t c : DrawnOf(kArabicConcern + kHebrewConcern + kArabicName + kHebrewName)) {
    CAPTURE(uint32_t(c));
    CHECK(ImGui::GetFont()->FindGlyphNoFallback(ImWchar(c)) != nullptr);
  }
}

TEST_CASE("concerns in Arabic and Hebrew read right to left in their party's column") {
  RtlWindow w;
  w.W().AddConcern(w.app.sessionId, w.Party(0), ConcernKind::Need, kArabicName, 0);
  w.W().AddConcern(w.app.sessionId, w.Party(1), ConcernKind::Fear, kHebrewName, 0);
  w.GoTo("Needs & fears");
  REQUIRE(w.app.screen == ui::Screen::NeedsFears);
  CheckRightAligned(w.ui, "Concern wording", 0, kArabicDrawn);
  CheckRightAligned(w.ui, "Concern wording", 1, kHebrewDrawn);

  SUBCASE("Parley's own English sentences run left to right, a party's name in them in its order") {
    w.W().SetText(Field::PartyName, w.Party(1), "עיר הגבעה");
    w.ui.Frames(2);
    CHECK(DrawnSomewhere(w.ui, DrawnOf("עיר הגבעה") + U"hasstatedno"));  // the phase's warnings
  }

  SUBCASE("a longer one, with a Latin name, numbers and brackets, wraps line by line") {
    w.W().SetText(Field::ConcernText, w.Live().concerns[0].id, kArabicConcern);
    w.W().SetText(Field::ConcernText, w.Live().concerns[1].id, kHebrewConcern);
    w.ui.Frame();
    auto [min, max] = w.ui.Rect("Concern wording", 1);
    std::vector<UiHarness::Glyph> glyphs = w.ui.GlyphsIn(min, max);
    CHECK(Codepoints(glyphs) == DrawnOf(kHebrewConcern));
    CHECK(LeftToRight(glyphs));
    CHECK(DrawnSomewhere(w.ui, U"EinGedi"));  // the Latin name in its own order
  }
}

TEST_CASE("ground rules and the consent grid show Arabic and Hebrew as they read") {
  RtlWindow w;
  w.W().AddRule(kArabicName);
  w.W().AddRule(kHebrewName);
  w.GoTo("Ground rules");
  REQUIRE(w.app.screen == ui::Screen::GroundRules);
  int rules = w.ui.Count("##rule");
  REQUIRE(rules >= 2);
  CheckRightAligned(w.ui, "##rule", rules - 2, kArabicDrawn);
  CheckRightAligned(w.ui, "##rule", rules - 1, kHebrewDrawn);
  CHECK(DrawnSomewhere(w.ui, kArabicDrawn));  // and the names in the consent grid
  CHECK(DrawnSomewhere(w.ui, kHebrewDrawn));
}

TEST_CASE("options in Arabic and Hebrew read right to left on the brainstorm") {
  RtlWindow w;
  w.W().AddOption(w.app.sessionId, kArabicName, 0);
  w.W().AddOption(w.app.sessionId, kHebrewName, 0);
  w.GoTo("Options");
  w.GoTo("Brainstorm");
  REQUIRE(w.ui.Count("##option text") == 2);
  CheckRightAligned(w.ui, "##option text", 0, kArabicDrawn);
  CheckRightAligned(w.ui, "##option text", 1, kHebrewDrawn);
}

TEST_CASE("the session log, the sidebar and the stories show Arabic and Hebrew as they read") {
  RtlWindow w;
  w.W().SetText(Field::WorkshopTitle, 0, kHebrewConcern);
  w.W().AddLogNote(w.app.sessionId, kArabicConcern);
  w.GoTo("Session log");
  REQUIRE(w.app.screen == ui::Screen::Log);
  CHECK(DrawnSomewhere(w.ui, DrawnOf(kArabicConcern)));
  CHECK(DrawnSomewhere(w.ui, DrawnOf(kHebrewConcern)));  // the sidebar's title

  w.W().AddStory(w.app.sessionId, w.salma, kHebrewName, {});
  w.GoTo("Stories");
  REQUIRE(w.app.screen == ui::Screen::Stories);
  CHECK(DrawnSomewhere(w.ui, kArabicDrawn));  // the teller's name
  CHECK(DrawnSomewhere(w.ui, kHebrewDrawn));  // the story
}

TEST_CASE("a log line Parley writes reads as the English sentence it is, whatever name it begins with") {
  Window w;
  w.app.OpenDemo(*FindDemo("aquifer"));
  REQUIRE(w.app.workshop != nullptr);
  const std::string title = w.Live().memos.at(0).title;  // Arabic, then Hebrew, then English
  w.W().AddLogNote(w.app.sessionId, kArabicName + " asked for a pause.");  // a note: as typed
  w.ui.UseFontFor(title + kArabicName);
  REQUIRE(ui::ShowView(w.app, "log"));
  w.ui.Frames(4);
  // Parley's sentence as a left-to-right paragraph lays it out: the quoted title, then "frozen
  // as Draft 1." on its right. Taking its direction from the title's first letter, it would
  // read from the right, the English words on the left.
  auto drawn = [](std::string_view text, TextDirection direction) {
    std::u32string s;
    std::vector<VisualLine> lines = LayOutText(text, 0, [](char32_t) { return 1.0f; }, direction);
    for (const VisualGlyph& g : lines.at(0).glyphs)
      if (g.shown != ' ') s += g.shown;
    return s;
  };
  // (Between the quotes: a quotation mark's quad ends higher than a letter's, which
  // DrawnSomewhere would take for another line.)
  std::string frozen = "\"" + title + "\" frozen as Draft 1.";
  std::u32string ltr = drawn(frozen, TextDirection::LeftToRight), rtl = drawn(frozen, TextDirection::Auto);
  ltr = ltr.substr(1, ltr.rfind(U'"') - 1);                              // the title, the English last
  rtl = rtl.substr(rtl.find(U'"') + 1, rtl.rfind(U'"') - rtl.find(U'"') - 1);  // "frozen as Draft 1", the title
  CHECK(DrawnSomewhere(w.ui, ltr));
  CHECK_FALSE(DrawnSomewhere(w.ui, rtl));
  // The facilitator's note takes its direction from its first letter, as all typed text does.
  CHECK(DrawnSomewhere(w.ui, DrawnOf(kArabicName + " asked for a pause.")));
}

TEST_CASE("a story's session title wider than its column shows its beginning, cut where it ends") {
  Window w;
  w.app.OpenDemo(*FindDemo("aquifer"));
  REQUIRE(w.app.workshop != nullptr);
  // "اليوم الأول: القواعد والقصص · יום ראשון: כללים וסיפורים", day 1's, not the session in use.
  const std::string title = w.Live().sessions.at(0).title;
  w.ui.UseFontFor(title + w.Live().sessions.at(1).title);
  REQUIRE(ui::ShowView(w.app, "stories"));
  REQUIRE(w.app.stories.allSessions);
  w.ui.Frames(4);
  CHECK(DrawnSomewhere(w.ui, DrawnOf("اليوم الأول")));
  CHECK_FALSE(DrawnSomewhere(w.ui, DrawnOf("יום ראשון: כללים וסיפורים")));  // its end, cut
}

TEST_CASE("a story's themes in Arabic and Hebrew read right on their chips") {
  RtlWindow w;
  w.W().AddStory(w.app.sessionId, w.salma, "The well went dry in August", {kArabicName, kHebrewName});
  w.GoTo("Stories");
  REQUIRE(w.app.screen == ui::Screen::Stories);
  CHECK(DrawnSomewhere(w.ui, DrawnOf(kArabicName + "  \xC3\x97")));  // the name, then its ×
  CHECK(DrawnSomewhere(w.ui, DrawnOf(kHebrewName + "  \xC3\x97")));
}

TEST_CASE("the comparison of two memo versions marks the right words of an Arabic paragraph") {
  RtlWindow w;
  Id memo = w.W().AddMemo("مذكرة", "");
  Id paragraph = w.W().AddParagraph(w.Live().sections.front().id, "الماء حق للجميع", ParagraphStatus::Agreed);
  w.W().FreezeVersion(memo, "");
  w.W().SetText(Field::ParagraphText, paragraph, "الماء حق لكل الناس");
  w.W().FreezeVersion(memo, "");
  w.GoTo("Joint memo");
  w.ui.Click("Versions");
  w.app.memo.compareA = w.Live().versions.at(0).id;
  w.app.memo.compareB = w.Live().versions.at(1).id;
  w.ui.Frames(2);
  // The words as the diff gives them (kept, added, removed) read as one Arabic paragraph, each
  // joined within itself, on one line from the right.
  CHECK(DrawnSomewhere(w.ui, DrawnOf("الماء حق لكل الناس للجميع")));
}

TEST_CASE("a text cut at a cell's edge keeps its beginning, the ellipsis where it ends") {
  const std::string longName = kArabicName + " " + kArabicName + " " + kArabicName + " " + kArabicName;
  const std::string english = "Salma Haddad, Salma Haddad, Salma Haddad, Salma Haddad";
  UiHarness ui{[&] {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(240, 200));
    ImGui::Begin("cell", nullptr, ImGuiWindowFlags_NoDecoration);
    ui::LineText(longName, IM_COL32_WHITE);
    ui::LineText(english, IM_COL32_WHITE);
    ImGui::End();
  }};
  ui.UseFontFor(longName);
  ui.Frame();
  // The first line's glyphs start above the second line's top.
  const float second = ImGui::GetStyle().WindowPadding.y + ImGui::GetTextLineHeightWithSpacing();
  const float right = 240 - ImGui::GetStyle().WindowPadding.x;
  std::vector<UiHarness::Glyph> arabic = ui.GlyphsIn(ImVec2(0, 0), ImVec2(240, second));
  std::string described = Described(arabic);
  CAPTURE(described);
  REQUIRE(arabic.size() > 4);
  CHECK(arabic.front().c == U'…');  // on the left, where a right-to-left text ends
  CHECK(LeftToRight(arabic));
  CHECK(arabic.back().max.x <= right + 0.5f);
  CHECK(arabic.back().max.x >= right - 3.0f);
  // What is left of it is the beginning: the first name, on the right, as it is drawn whole.
  CHECK(Codepoints(arabic).ends_with(kArabicDrawn));
  std::vector<UiHarness::Glyph> latin = ui.GlyphsIn(ImVec2(0, second), ImVec2(240, second * 2));
  REQUIRE_FALSE(latin.empty());
  CHECK(latin.front().c == U'S');  // Latin text keeps its start...
  CHECK(latin.back().c == U'…');   // ...and shows where it was cut
  CHECK(latin.back().max.x <= right + 0.5f);
  CHECK(Codepoints(latin).starts_with(U"SalmaHaddad,Salma"));  // spaces draw no glyph
}

namespace {

// The glyphs a combo (`label`, tracked) shows in its preview, left of its arrow, and the
// preview's right edge.
std::pair<std::vector<UiHarness::Glyph>, float> ComboPreview(UiHarness& ui, const std::string& label) {
  auto [min, max] = ui.Rect(label);
  const float right = max.x - ImGui::GetFrameHeight() - ImGui::GetStyle().FramePadding.x;
  return {ui.GlyphsIn(min, ImVec2(max.x - ImGui::GetFrameHeight(), max.y)), right};
}

// Checks that the combo `label` shows a right-to-left `whole` cut as it reads: the glyphs of its
// logical beginning `start` on the right, ending at the preview's right edge, the ellipsis on the
// left where the text ends, and not all of it.
void CheckCutAtItsEnd(UiHarness& ui, const std::string& label, const std::string& start, const std::string& whole) {
  CAPTURE(label);
  auto [glyphs, right] = ComboPreview(ui, label);
  std::string described = Described(glyphs);
  CAPTURE(described);
  REQUIRE(glyphs.size() > 4);
  CHECK(glyphs.front().c == U'…');
  CHECK(LeftToRight(glyphs));
  CHECK(Codepoints(glyphs).ends_with(DrawnOf(start)));
  CHECK(glyphs.size() - 1 < DrawnOf(whole).size());
  CHECK(glyphs.back().max.x <= right + 0.5f);
  CHECK(glyphs.back().max.x >= right - 3.0f);
}

}  // namespace

TEST_CASE("a combo's name too long for it keeps its beginning, the ellipsis where it ends") {
  RtlWindow w;
  const std::string date = w.Live().FindSession(w.app.sessionId)->date + "  ";  // the session combo shows the date first
  auto thrice = [](const std::string& s) { return s + " " + s + " " + s; };

  SUBCASE("a session named in Arabic, in the sidebar") {
    w.W().SetText(Field::SessionTitle, w.app.sessionId, thrice(kArabicConcern));
    w.ui.Frames(2);
    CheckCutAtItsEnd(w.ui, "Session in use", date + "نحتاج إلى الماء", date + thrice(kArabicConcern));
  }
  SUBCASE("a session named in Hebrew, in the sidebar") {
    w.W().SetText(Field::SessionTitle, w.app.sessionId, thrice(kHebrewConcern));
    w.ui.Frames(2);
    CheckCutAtItsEnd(w.ui, "Session in use", date + "אנחנו צריכים מים", date + thrice(kHebrewConcern));
  }
  SUBCASE("a memo named in Hebrew, and a version noted in Arabic in a sentence of Parley's") {
    Id memo = w.W().AddMemo(thrice(kHebrewConcern), "");
    w.app.memo.memoId = memo;
    w.W().FreezeVersion(memo, thrice(kArabicName + " " + kArabicName));
    w.GoTo("Joint memo");
    REQUIRE(w.app.screen == ui::Screen::Memo);
    CheckCutAtItsEnd(w.ui, "Memo", "אנחנו צריכים מים", thrice(kHebrewConcern));
    w.ui.Click("Versions");
    w.app.memo.compareA = w.Live().versions.at(0).id;
    w.ui.Frames(2);
    // "Draft 1  <date>  <note>" runs left to right: cut on the right, the note's first word kept.
    auto [glyphs, right] = ComboPreview(w.ui, "##compare a");
    std::string described = Described(glyphs);
    CAPTURE(described);
    REQUIRE(glyphs.size() > 4);
    CHECK(glyphs.front().c == U'D');
    CHECK(glyphs.back().c == U'…');
    CHECK(Codepoints(glyphs).find(DrawnOf("سلمى")) != std::u32string::npos);
    CHECK(glyphs.back().max.x <= right + 0.5f);
  }
  SUBCASE("a Latin name is cut by the combo's edge as before, from its start") {
    w.W().SetText(Field::SessionTitle, w.app.sessionId, thrice("Morning of the second day, the aquifer"));
    w.ui.Frames(2);
    auto [glyphs, right] = ComboPreview(w.ui, "Session in use");
    REQUIRE_FALSE(glyphs.empty());
    CHECK(glyphs.front().c == char32_t(date.at(0)));
    CHECK(Codepoints(glyphs).find(U'…') == std::u32string::npos);
  }
}

TEST_CASE("a one-line field at rest shows Arabic and Hebrew as they read, right-aligned") {
  RtlWindow w;
  w.GoTo("Set-up");
  REQUIRE(w.app.screen == ui::Screen::Setup);
  // The participants' names, in the set-up table's fields, in the order they were added.
  CheckRightAligned(w.ui, "##name", 0, kArabicDrawn);
  CheckRightAligned(w.ui, "##name", 2, kHebrewDrawn);

  SUBCASE("in its frame, not over the label beside it") {
    w.W().SetText(Field::WorkshopVenue, 0, kHebrewName);
    w.ui.Frames(2);
    auto [min, max] = w.ui.Rect("Venue");  // the frame and its label
    std::vector<UiHarness::Glyph> glyphs = w.ui.GlyphsIn(min, max);
    CHECK(Codepoints(glyphs) == kHebrewDrawn + U"Venue");
    float frameRight = min.x + (max.x - min.x) - ImGui::CalcTextSize("Venue").x -
                       ImGui::GetStyle().ItemInnerSpacing.x - ImGui::GetStyle().FramePadding.x;
    REQUIRE(glyphs.size() > kHebrewDrawn.size());
    CHECK(glyphs[kHebrewDrawn.size() - 1].max.x <= frameRight + 0.5f);
    CHECK(glyphs[kHebrewDrawn.size() - 1].max.x >= frameRight - 3.0f);
  }
}

TEST_CASE("a field's hint that carries a party's Arabic or Hebrew short name reads right") {
  RtlWindow w;
  w.W().SetText(Field::PartyShortName, w.Party(0), kArabicName);
  w.W().SetText(Field::PartyShortName, w.Party(1), kHebrewName);
  w.GoTo("Needs & fears");
  REQUIRE(w.app.screen == ui::Screen::NeedsFears);
  // The empty capture fields' hints, English sentences with the name in its own order.
  CHECK(DrawnSomewhere(w.ui, DrawnOf("a need of " + kArabicName + ", then Enter")));
  CHECK(DrawnSomewhere(w.ui, DrawnOf("a need of " + kHebrewName + ", then Enter")));

  SUBCASE("it follows a new short name and a switch of kind, kept between frames until then") {
    w.W().SetText(Field::PartyShortName, w.Party(1), "גבעות");
    w.app.needsFears.capture[w.Party(0)].kind = ConcernKind::Fear;
    w.ui.Frames(2);
    CHECK(DrawnSomewhere(w.ui, DrawnOf("a fear of " + kArabicName + ", then Enter")));
    CHECK(DrawnSomewhere(w.ui, DrawnOf("a need of גבעות, then Enter")));
    CHECK_FALSE(DrawnSomewhere(w.ui, DrawnOf("a need of " + kHebrewName + ", then Enter")));
  }
}

TEST_CASE("in a one-line field whose text runs right to left the arrows move the way they look") {
  RtlWindow w;
  w.OpenVenue();
  w.ui.Type("سلم");  // the caret after the meem, at the text's left end as it reads
  w.ui.Press(key::Right);  // to the right: back over the meem
  w.ui.Type("ا");
  w.ui.Frames(2);
  CHECK(w.OnDisk().info.venue == "سلام");

  SUBCASE("Left goes on through the text, with Shift it selects, Backspace deletes the selection") {
    w.ui.Press(key::Left);  // past the meem, to the end
    w.ui.Type("ة");
    w.ui.Frames(2);
    CHECK(w.OnDisk().info.venue == "سلامة");
    w.ui.Press(key::Right, false, true);  // selects the taa marbuta and the meem, right of the caret
    w.ui.Press(key::Right, false, true);
    w.ui.Press(key::Backspace);
    w.ui.Frames(2);
    CHECK(w.OnDisk().info.venue == "سلا");
  }

  SUBCASE("in a text that runs left to right they stay as they are, an Arabic name in it or not") {
    w.ui.Press(key::Home);
    w.ui.Type("Hotel ");
    w.ui.Frames(2);
    REQUIRE(w.OnDisk().info.venue == "Hotel سلام");
    w.ui.Press(key::Home);
    w.ui.Press(key::Right);
    w.ui.Type("-");
    w.ui.Frames(2);
    CHECK(w.OnDisk().info.venue == "H-otel سلام");
  }
}

TEST_CASE("a click on a one-line field's Arabic text puts the caret at the letter under the pointer") {
  RtlWindow w;
  const std::string sun = "شمس";
  w.W().SetText(Field::WorkshopVenue, 0, sun);
  w.GoTo("Set-up");
  REQUIRE(w.app.screen == ui::Screen::Setup);
  auto [min, max] = w.ui.Rect("Venue");  // the frame and its label
  // Drawn left to right: the final seen, the medial meem, the initial sheen (the first letter).
  std::vector<UiHarness::Glyph> glyphs = w.ui.GlyphsIn(min, max);
  REQUIRE(Codepoints(glyphs).starts_with(DrawnOf(sun)));
  auto clickIn = [&](size_t glyph, bool rightHalf) {
    const UiHarness::Glyph& g = glyphs[glyph];
    w.ui.ClickAt(ImVec2(rightHalf ? g.max.x - 1.0f : g.min.x + 1.0f, (g.min.y + g.max.y) / 2));
  };

  SUBCASE("the right half of the first letter: before it") {
    clickIn(2, true);
    w.ui.Type("ب");
    w.ui.Frames(2);
    CHECK(w.OnDisk().info.venue == "بشمس");
  }
  SUBCASE("the left half of the last letter: after it") {
    clickIn(0, false);
    w.ui.Type("ة");
    w.ui.Frames(2);
    CHECK(w.OnDisk().info.venue == "شمسة");
  }
  SUBCASE("the left half of the meem: between it and the seen") {
    clickIn(1, false);
    w.ui.Type("ي");
    w.ui.Frames(2);
    CHECK(w.OnDisk().info.venue == "شميس");
  }
}

TEST_CASE("typing Arabic and Hebrew stores the text as typed: no presentation forms, no controls") {
  RtlWindow w;
  w.GoTo("Set-up");
  REQUIRE(w.app.screen == ui::Screen::Setup);
  w.ui.Click("Title");
  w.ui.Press(key::End);
  for (int i = 0; i < 20; ++i) w.ui.Press(key::Backspace);
  w.ui.Type("لا سلام");
  // What is typed shows as it reads, right under the multi-line field, while it is typed in.
  CHECK(DrawnSomewhere(w.ui, DrawnOf("لا سلام")));
  CHECK(DrawnSomewhere(w.ui, U"\uFEE1\uFEFC\uFEB3\uFEFB"));
  w.ui.Press(key::Right);  // back over the meem: in a right-to-left text, Right goes back
  w.ui.Press(key::Backspace);
  w.ui.Type("א");
  w.ui.Frames(2);
  CHECK(w.OnDisk().info.title == "\u0644\u0627 \u0633\u0644\u05D0\u0645");  // لا سلאم
  CHECK(w.Live().info.title == w.OnDisk().info.title);
}

}  // namespace parley::test

namespace parley::test {

TEST_CASE("typing Arabic or Hebrew in a one-line field shows it shaped in the field itself, no box under it") {
  RtlWindow w;
  w.OpenVenue();
  std::string typed;
  SUBCASE("Arabic") { typed = "بئر الماء"; }
  SUBCASE("Hebrew") { typed = "באר המים"; }
  const std::u32string drawn = DrawnOf(typed);
  CAPTURE(typed);
  w.ui.Type(typed);
  auto [min, max] = FrameOf(w.ui, "Venue");
  std::vector<UiHarness::Glyph> glyphs = w.ui.GlyphsIn(min, max);
  std::string described = Described(glyphs);
  CAPTURE(described);
  CHECK(Codepoints(glyphs) == drawn);
  CHECK(LeftToRight(glyphs));
  REQUIRE_FALSE(glyphs.empty());
  const float right = max.x - ImGui::GetStyle().FramePadding.x;  // right-aligned, as at rest
  CHECK(glyphs.back().max.x <= right + 0.5f);
  CHECK(glyphs.back().max.x >= right - 3.0f);
  // Drawn once on the whole screen: no preview of it anywhere, and nothing of it under the field.
  std::u32string everything = Codepoints(w.ui.GlyphsIn(ImVec2(0, 0), ImVec2(1e6f, 1e6f)));
  CHECK(everything.find(drawn) == everything.rfind(drawn));
  for (const UiHarness::Glyph& g : w.ui.GlyphsIn(ImVec2(min.x, max.y), ImVec2(max.x, max.y + 200)))
    CHECK(g.c < 0x590);
  CHECK(CaretsIn(w.ui, "Venue").size() == 1);
  w.ui.Frames(2);
  CHECK(w.OnDisk().info.venue == typed);
}

TEST_CASE("the caret of a one-line field stands where it looks after Home, End and the arrows") {
  RtlWindow w;
  w.OpenVenue();
  auto glyphs = [&] {
    auto [min, max] = FrameOf(w.ui, "Venue");
    return w.ui.GlyphsIn(min, max);
  };

  SUBCASE("Hebrew") {
    w.ui.Type("שלום");  // drawn ם ו ל ש, the caret after ם at the left end
    REQUIRE(Codepoints(glyphs()) == U"םולש");
    CHECK(CaretSlotOf(w.ui, "Venue", glyphs()) == 0);
    w.ui.Press(key::Home);  // the start: the right end
    CHECK(CaretSlotOf(w.ui, "Venue", glyphs()) == 4);
    w.ui.Press(key::Left);
    CHECK(CaretSlotOf(w.ui, "Venue", glyphs()) == 3);
    w.ui.Press(key::Left);
    CHECK(CaretSlotOf(w.ui, "Venue", glyphs()) == 2);
    w.ui.Press(key::Right);
    CHECK(CaretSlotOf(w.ui, "Venue", glyphs()) == 3);
    w.ui.Press(key::End);
    CHECK(CaretSlotOf(w.ui, "Venue", glyphs()) == 0);
    w.ui.Press(key::Right);  // back over ם
    CHECK(CaretSlotOf(w.ui, "Venue", glyphs()) == 1);
    w.ui.Type("א");
    w.ui.Frames(2);
    CHECK(w.OnDisk().info.venue == "שלואם");
  }

  SUBCASE("a Latin name and digits inside Hebrew: the arrows go through them the way they point") {
    w.ui.Type("שלום Anna 12");  // drawn "Anna 12 םולש"
    REQUIRE(Codepoints(glyphs()) == U"Anna12םולש");
    CHECK(CaretSlotOf(w.ui, "Venue", glyphs()) == 6);  // the end: after the 2, left of ם
    w.ui.Press(key::Left);
    CHECK(CaretSlotOf(w.ui, "Venue", glyphs()) == 5);
    w.ui.Press(key::Left);  // before the 1, in stored order too
    CHECK(CaretSlotOf(w.ui, "Venue", glyphs()) == 4);
    w.ui.Type("3");
    w.ui.Frames(2);
    CHECK(w.OnDisk().info.venue == "שלום Anna 312");
    w.ui.Press(key::Home);  // the right end
    CHECK(CaretSlotOf(w.ui, "Venue", glyphs()) == 11);
    for (int i = 0; i < 4; ++i) w.ui.Press(key::Left);  // over ש ל ו ם
    CHECK(CaretSlotOf(w.ui, "Venue", glyphs()) == 7);
  }
}

TEST_CASE("Shift and the arrows select in a one-line field, highlighted over exactly the glyphs selected") {
  RtlWindow w;
  w.OpenVenue();
  auto [min, max] = FrameOf(w.ui, "Venue");
  auto covered = [&, min = min, max = max] {
    return CoveredBy(w.ui.BoxesIn(min, max, Highlight()), w.ui.GlyphsIn(min, max));
  };

  SUBCASE("Arabic") {
    w.ui.Type("شمس");  // drawn: the final seen, the medial meem, the initial sheen
    CHECK(covered() == "000");
    w.ui.Press(key::Right, false, true);  // the seen, on the left: the last letter
    CHECK(covered() == "100");
    w.ui.Press(key::Right, false, true);
    CHECK(covered() == "110");
    w.ui.Press(key::Backspace);
    w.ui.Frames(2);
    CHECK(w.OnDisk().info.venue == "ش");
  }

  SUBCASE("Hebrew in a Latin sentence: one selection in stored order, two rectangles on screen") {
    w.ui.Type("ab שלום cd");  // drawn "ab םולש cd"
    w.ui.Press(key::Home);
    // Over a and b, then one glyph on past the space: to the right of ם, which is before it in
    // stored order, so the selection holds the space and ש ל ו but not ם
    for (int i = 0; i < 3; ++i) w.ui.Press(key::Right, false, true);
    CHECK(w.ui.BoxesIn(min, max, Highlight()).size() == 2);
    CHECK(covered() == "11011100");  // a b ו ל ש, not ם c d
    w.ui.Press(key::Delete);
    w.ui.Frames(2);
    CHECK(w.OnDisk().info.venue == "ם cd");
  }
}

TEST_CASE("a drag over a one-line field's text selects the letters under the pointer") {
  RtlWindow w;

  SUBCASE("Arabic, from the first letter on the right to the third") {
    w.W().SetText(Field::WorkshopVenue, 0, kArabicName);
    w.GoTo("Set-up");
    REQUIRE(w.app.screen == ui::Screen::Setup);
    auto [min, max] = FrameOf(w.ui, "Venue");
    std::vector<UiHarness::Glyph> glyphs = w.ui.GlyphsIn(min, max);
    REQUIRE(Codepoints(glyphs) == kArabicDrawn);
    const float y = (min.y + max.y) / 2;
    w.ui.Drag(ImVec2(glyphs[7].max.x + 1, y), ImVec2(glyphs[5].min.x + 1, y));
    CHECK(CoveredBy(w.ui.BoxesIn(min, max, Highlight()), w.ui.GlyphsIn(min, max)) == "00000111");
    w.ui.Press(key::Delete);
    w.ui.Frames(2);
    CHECK(w.OnDisk().info.venue == "ى حداد");
  }

  SUBCASE("across Latin and Hebrew: every letter stored between the first and the last passed over") {
    w.W().SetText(Field::WorkshopVenue, 0, "ab שלום cd");
    w.GoTo("Set-up");
    auto [min, max] = FrameOf(w.ui, "Venue");
    std::vector<UiHarness::Glyph> glyphs = w.ui.GlyphsIn(min, max);
    REQUIRE(Codepoints(glyphs) == U"abםולשcd");
    const float y = (min.y + max.y) / 2;
    // From between a and b to between ו and ל, from left to right: b, the space, ם and ו, which
    // in stored order run on to the end of the Hebrew word.
    w.ui.Drag(ImVec2((glyphs[0].max.x + glyphs[1].min.x) / 2, y), ImVec2((glyphs[3].max.x + glyphs[4].min.x) / 2, y));
    CHECK(CoveredBy(w.ui.BoxesIn(min, max, Highlight()), w.ui.GlyphsIn(min, max)) == "01111100");
    w.ui.Press(key::Backspace);
    w.ui.Frames(2);
    CHECK(w.OnDisk().info.venue == "a cd");
  }
}

TEST_CASE("a one-line field's Arabic text longer than the field scrolls so that the caret stays in it") {
  RtlWindow w;
  std::string text = kArabicConcern;
  for (int i = 0; i < 5; ++i) text += " " + kArabicConcern;
  w.W().SetText(Field::WorkshopVenue, 0, text);
  w.OpenVenue();
  auto [min, max] = FrameOf(w.ui, "Venue");
  const std::u32string drawn = DrawnOf(text);
  auto caretInside = [&, min = min, max = max] {
    std::vector<UiHarness::Box> carets = CaretsIn(w.ui, "Venue");
    REQUIRE(carets.size() == 1);
    CHECK(carets[0].min.x >= min.x);
    CHECK(carets[0].max.x <= max.x);
  };
  w.ui.Press(key::End);  // the end of the text: its left end, scrolled to
  caretInside();
  std::vector<UiHarness::Glyph> glyphs = w.ui.GlyphsIn(min, max);
  REQUIRE_FALSE(glyphs.empty());
  CHECK(glyphs.front().c == drawn.front());
  CHECK(glyphs.size() < drawn.size());  // only what the field has room for
  w.ui.Press(key::Home);  // the start: its right end
  caretInside();
  glyphs = w.ui.GlyphsIn(min, max);
  REQUIRE_FALSE(glyphs.empty());
  CHECK(glyphs.back().c == drawn.back());
  w.ui.Type("و");
  w.ui.Frames(2);
  CHECK(w.OnDisk().info.venue == "و" + text);
  for (int i = 0; i < 60; ++i) w.ui.Press(key::Left);  // on into the text, scrolling as it goes
  caretInside();
}

TEST_CASE("a concern's wording opened for typing is edited in place, Arabic shaped in its own field") {
  RtlWindow w;
  w.W().AddConcern(w.app.sessionId, w.Party(0), ConcernKind::Need, "ماء", 0);
  w.GoTo("Needs & fears");
  REQUIRE(w.app.screen == ui::Screen::NeedsFears);
  w.ui.Click("Concern wording");  // opens it as a field with the keyboard
  w.ui.Press(key::End);
  w.ui.Type(" نظيف");
  w.ui.Press(key::Right);  // back over the last letter, on the left
  w.ui.Type("ا");
  w.ui.Frames(2);
  CHECK(w.OnDisk().concerns.at(0).text == "ماء نظياف");
  auto [min, max] = w.ui.Rect("Concern wording");  // the open field
  std::vector<UiHarness::Glyph> glyphs = w.ui.GlyphsIn(min, max);
  std::string described = Described(glyphs);
  CAPTURE(described);
  CHECK(Codepoints(glyphs) == DrawnOf("ماء نظياف"));
  CHECK(LeftToRight(glyphs));
  CHECK(CaretsIn(w.ui, min, max).size() == 1);
  for (const UiHarness::Glyph& g : w.ui.GlyphsIn(ImVec2(min.x, max.y), ImVec2(max.x, max.y + 200)))
    CHECK(g.c < 0x590);  // no preview under it
}

TEST_CASE("copy, paste and undo in a one-line Arabic field act on the text as stored") {
  RtlWindow w;
  w.OpenVenue();
  w.ui.Type("شمس");
  w.ui.Press(key::Right, false, true);  // the seen, drawn on the left: the last letter stored
  w.ui.Press('C', true);
  w.ui.Press(key::Home);
  w.ui.Press('V', true);
  w.ui.Frames(2);
  CHECK(w.OnDisk().info.venue == "سشمس");  // before the first letter, in stored order
  auto [min, max] = FrameOf(w.ui, "Venue");
  CHECK(Codepoints(w.ui.GlyphsIn(min, max)) == DrawnOf("سشمس"));
  w.ui.Press('Z', true);
  w.ui.Frames(2);
  CHECK(w.OnDisk().info.venue == "شمس");
}

// The codepoint drawn for the character at byte `offset` of `text`, and whether it runs right
// to left (its logical start is its right edge).
std::pair<char32_t, bool> ShownAt(std::string_view text, uint32_t offset) {
  for (const VisualLine& line : LayOutText(text, 0, [](char32_t) { return 1.0f; }))
    for (const VisualGlyph& g : line.glyphs)
      if (g.logical == offset) return {g.shown, g.rightToLeft};
  return {0, false};
}

// Clicks the text `label` shows at rest on the character at byte `offset` of `text`, in the
// half of its glyph where it starts as it reads (so the caret goes before it), then types "X".
// The character's glyph is drawn once in the text; `belowFirstLine`: not on the text's first
// line.
void ClickBeforeAndType(RtlWindow& w, const std::string& label, std::string_view text, uint32_t offset,
                        bool belowFirstLine = false) {
  auto [min, max] = w.ui.Rect(label);
  std::vector<UiHarness::Glyph> glyphs = w.ui.GlyphsIn(min, max);
  REQUIRE_FALSE(glyphs.empty());
  const auto [shown, rightToLeft] = ShownAt(text, offset);
  std::vector<UiHarness::Glyph> under;
  for (const UiHarness::Glyph& g : glyphs)
    if (g.c == shown) under.push_back(g);
  REQUIRE(under.size() == 1);
  const UiHarness::Glyph& g = under[0];
  if (belowFirstLine) REQUIRE(g.min.y > glyphs[0].max.y);
  const float start = rightToLeft ? 0.75f : 0.25f;
  w.ui.ClickAt(ImVec2(g.min.x + (g.max.x - g.min.x) * start, (g.min.y + g.max.y) / 2));
  w.ui.Type("X");
  w.ui.Frames(2);
}

// A concern's wording, at rest, then clicked on the character at byte `offset`: "X" typed goes
// in before it.
std::string ConcernTypedAt(const std::string& text, uint32_t offset) {
  RtlWindow w;
  w.ui.UseFontFor(text);
  w.W().AddConcern(w.app.sessionId, w.Party(0), ConcernKind::Need, text, 0);
  w.GoTo("Needs & fears");
  REQUIRE(w.app.screen == ui::Screen::NeedsFears);
  ClickBeforeAndType(w, "Concern wording", text, offset);
  return w.OnDisk().concerns.at(0).text;
}

TEST_CASE("a click that opens a concern's wording puts the caret at the letter clicked") {
  SUBCASE("Latin: before the third letter") {
    CHECK(ConcernTypedAt("Grain for winter", 2) == "GrXain for winter");
  }
  SUBCASE("Greek") {
    CHECK(ConcernTypedAt("Νερό για όλους", 4) == "ΝεXρό για όλους");
  }
  SUBCASE("Arabic: the third letter as it reads, the hamza") {
    CHECK(ConcernTypedAt("ماء نظيف", 4) == "ماXء نظيف");
  }
  SUBCASE("Hebrew: the third letter as it reads, the final mem") {
    CHECK(ConcernTypedAt("מים לכולנו", 4) == "מיXם לכולנו");
  }
  const std::string mixed = "מים לכולנו from Ein Gedi";
  SUBCASE("Hebrew with Latin: the third letter of a Latin word in the right-to-left line") {
    const auto d = uint32_t(mixed.find('d'));
    CHECK(ConcernTypedAt(mixed, d) == mixed.substr(0, d) + "X" + mixed.substr(d));
  }
  SUBCASE("Hebrew with Latin: the third Hebrew letter") {
    CHECK(ConcernTypedAt(mixed, 4) == "מיXם לכולנו from Ein Gedi");
  }
}

TEST_CASE("a click that opens a text of several lines puts the caret at the letter clicked on its line") {
  RtlWindow w;
  // The text, and a letter drawn once in it, on a line below the first.
  std::string text, letter = "z";
  SUBCASE("Latin, wrapped where Dear ImGui wraps it") {
    text = "Water rights along the river have been argued over for decades, and every summer the "
           "wells run low before the rains come back; the wells of Kfar Ezra ran dry last year.";
  }
  SUBCASE("Arabic, wrapped and shaped") {
    const std::string sentence = "نحتاج إلى الماء من البئر كل يوم ونخاف أن تجف الآبار في الصيف ";
    text = sentence + sentence + "فلا يبقى شيء لأطفالنا ولا للأرض";
    letter = "ض";
  }
  SUBCASE("Hebrew with a Latin name, wrapped and ordered") {
    const std::string sentence = "אנחנו צריכים מים נקיים לבתים ולשדות בכל ימות השנה, גם בקיץ ";
    text = sentence + sentence + "כמו שהיה בבארות של Kfar Ezra לפני שנים";
  }
  const auto at = uint32_t(text.find(letter));
  w.ui.UseFontFor(text);
  w.W().SetText(Field::WorkshopContext, 1, text);
  w.GoTo("Set-up");
  REQUIRE(w.app.screen == ui::Screen::Setup);
  ClickBeforeAndType(w, "Context", text, at, true);
  CHECK(w.OnDisk().info.context == text.substr(0, at) + "X" + text.substr(at));
}

TEST_CASE("a field with Latin text only is ImGui's own, as before: nothing drawn over it") {
  RtlWindow w;
  w.OpenVenue();
  w.ui.Type("Hotel Ararat");
  auto [min, max] = FrameOf(w.ui, "Venue");
  CHECK(Codepoints(w.ui.GlyphsIn(min, max)) == U"HotelArarat");
  CHECK(CaretsIn(w.ui, "Venue").empty());  // ImGui's caret is a line, not the box drawn over
  w.ui.Frames(2);
  CHECK(w.OnDisk().info.venue == "Hotel Ararat");
}

namespace {
// The first word of the first line among `records`' texts that begins with a letter of the
// block [first, last]: a word every view draws whole, at its text's beginning, even when it
// cuts the rest.
template <typename Records>
std::string FirstWordIn(const Records& records, char32_t first, char32_t last) {
  for (const auto& record : records) {
    std::string_view text = record.text;
    while (!text.empty()) {
      std::string_view line = text.substr(0, text.find('\n'));
      text.remove_prefix(std::min(text.size(), line.size() + 1));
      const char32_t letter = line.empty() ? 0 : DecodeAt(line, 0).codePoint;
      if (letter >= first && letter <= last)
        return std::string(line.substr(0, line.find(' ')));
    }
  }
  return "";
}
}  // namespace

TEST_CASE("the weighing matrix, an option's constraints, the memo and read aloud show Arabic and Hebrew as they read") {
  Window w;
  w.app.OpenDemo(*FindDemo("aquifer"));
  REQUIRE(w.app.workshop != nullptr);
  const Model& m = w.Live();
  // Constraints & steps shows one option's: the option of the first constraint in Arabic.
  Id option = 0;
  for (const Constraint& c : m.constraints)
    if (option == 0 && !FirstWordIn(std::vector<Constraint>{c}, 0x0600, 0x06FF).empty()) option = c.optionId;
  w.app.options.steps.option = option;
  std::vector<Constraint> worked;
  for (const Constraint& c : m.constraints)
    if (c.optionId == option) worked.push_back(c);
  struct Seen {
    const char* view;
    std::string arabic, hebrew;
  };
  const Seen seen[] = {
      {"options-weigh", FirstWordIn(m.options, 0x0600, 0x06FF), FirstWordIn(m.options, 0x0590, 0x05FF)},
      {"options-steps", FirstWordIn(worked, 0x0600, 0x06FF), FirstWordIn(worked, 0x0590, 0x05FF)},
      {"memo", FirstWordIn(m.paragraphs, 0x0600, 0x06FF), FirstWordIn(m.paragraphs, 0x0590, 0x05FF)},
      {"read-aloud", FirstWordIn(m.rules, 0x0600, 0x06FF), FirstWordIn(m.rules, 0x0590, 0x05FF)},
  };
  std::string all;
  for (const Seen& s : seen) all += s.arabic + s.hebrew;
  w.ui.UseFontFor(all);
  for (const Seen& s : seen) {
    const std::string view = s.view;
    CAPTURE(view);
    CAPTURE(s.arabic);
    CAPTURE(s.hebrew);
    REQUIRE_FALSE(s.arabic.empty());
    REQUIRE_FALSE(s.hebrew.empty());
    REQUIRE(ui::ShowView(w.app, s.view));
    w.ui.Frames(4);
    CHECK(DrawnSomewhere(w.ui, DrawnOf(s.arabic)));
    CHECK(DrawnSomewhere(w.ui, DrawnOf(s.hebrew)));
  }
}

}  // namespace parley::test

namespace parley::test {

TEST_CASE("the file dialog and the status bar show a folder and a file named in Hebrew and Arabic as they read") {
  Window w;
  const std::string folder = w.dir.File("מים");
  std::filesystem::create_directory(folder);
  w.app.NewWorkshop(folder + "/سلمى.parley");
  REQUIRE(w.app.workshop);
  w.ui.UseFontFor("מים سلمى");
  w.ui.Frames(2);
  CHECK(DrawnSomewhere(w.ui, DrawnOf(w.app.workshop->Path())));  // the status bar's path
  ui::StartFileDialog(w.app, ui::FileDialog::Purpose::Open);
  w.ui.Frames(4);
  CHECK(DrawnSomewhere(w.ui, DrawnOf("سلمى.parley")));  // the file, listed
  CHECK(DrawnSomewhere(w.ui, DrawnOf("מים")));           // its folder, in the folder's path
}

}  // namespace parley::test
