// The screen font: made for the scripts on screen, and made again when text in another one
// arrives (a workshop opened, a name typed or pasted), keeping those it has.
#include <doctest/doctest.h>
#include <imgui.h>

#include "core/common/bidi_text.hpp"
#include "core/common/scripts.hpp"
#include "core/common/unicode_text.hpp"
#include "temp_dir.hpp"
#include "ui_harness.hpp"
#include "views/fonts.hpp"
#include "views/workbench.hpp"

namespace parley::test {

namespace {

bool Holds(const ImFontAtlas& atlas, ImWchar c) {
  for (const ImFont* font : atlas.Fonts)  // the text font and the large one
    if (!font->FindGlyphNoFallback(c)) return false;
  return true;
}

}  // namespace

TEST_CASE("the screen font holds the scripts asked for, and only grows") {
  const Scripts greek = ScriptOf(U'λ'), cyrillic = ScriptOf(U'ж');
  ImFontAtlas atlas;
  ui::FontMade made;
  REQUIRE(ui::RefreshFonts(&atlas, made, 18.0f, kBasicLatin));
  CHECK(Holds(atlas, 'a'));
  CHECK(Holds(atlas, 0xE9));          // é, Latin-1
  CHECK(Holds(atlas, 0x25CF));        // ●, a phase mark Parley draws
  CHECK_FALSE(Holds(atlas, U'λ'));
  CHECK_FALSE(ui::RefreshFonts(&atlas, made, 18.0f, kBasicLatin));  // nothing new: not made again

  CHECK(ui::RefreshFonts(&atlas, made, 18.0f, greek));
  CHECK(Holds(atlas, U'λ'));
  CHECK(Holds(atlas, 'a'));
  CHECK_FALSE(ui::RefreshFonts(&atlas, made, 18.0f, kBasicLatin));  // keeps Greek, nothing to do

  CHECK(ui::RefreshFonts(&atlas, made, 22.0f, cyrillic));  // a new size keeps the scripts held
  CHECK(Holds(atlas, U'λ'));
  CHECK(Holds(atlas, U'ж'));
  CHECK(atlas.Fonts[0]->FontSize == 22.0f);
}

TEST_CASE("the screen font made for Arabic and Hebrew holds every form their shaping draws") {
  ImFontAtlas atlas;
  ui::FontMade made;
  REQUIRE(ui::RefreshFonts(&atlas, made, 18.0f, ScriptsIn("سلمى נועה")));
  // Each Arabic letter alone, first, in the middle and last (joined through tatweel, U+0640),
  // the lam-alef ligatures, and the Hebrew letters, as the layout makes them to be drawn.
  std::string texts;
  // (U+063B-063F, letters of other languages with no presentation forms, are in no font here.)
  for (char32_t letter = 0x0621; letter <= 0x064A; letter = letter == 0x063A ? 0x0640 : letter + 1) {
    std::string l;
    AppendCodePoint(letter, l);
    texts += l + " " + l + "\u0640 \u0640" + l + "\u0640 \u0640" + l + "\n";
  }
  texts += "لا لأ لإ لآ بلا بلأ بلإ بلآ\n";
  for (char32_t letter = 0x05D0; letter <= 0x05EA; ++letter) AppendCodePoint(letter, texts);
  size_t glyphs = 0;
  for (const VisualLine& line : LayOutText(texts, 0, [](char32_t) { return 1.0f; }))
    for (const VisualGlyph& g : line.glyphs) {
      CAPTURE(uint32_t(g.shown));
      CHECK(Holds(atlas, ImWchar(g.shown)));
      ++glyphs;
    }
  CHECK(glyphs > 200);
  CHECK(Holds(atlas, 0x2026));  // the ellipsis of a text cut short
}

TEST_CASE("text in a new script on screen asks for it in the font") {
  TempDir dir;
  ui::Workbench app;
  app.dataDir = dir.Path();
  UiHarness ui{[&] { ui::DrawWorkbench(app); }, ImVec2(1440, 2400)};
  const Scripts greek = ScriptOf(U'λ'), georgian = ScriptOf(U'ნ');

  SUBCASE("a workshop whose record is in Georgian and Greek") {
    ui.Click("Open the demo workshop");
    CHECK((ui::ScreenScripts(app) & georgian) != 0);
    CHECK((ui::ScreenScripts(app) & greek) != 0);
  }
  SUBCASE("a name typed, before it reaches the record") {
    app.NewWorkshop(dir.File("new.parley"));
    REQUIRE(app.workshop);
    CHECK((ui::ScreenScripts(app) & greek) == 0);
    ui.Frame();
    ui.Click("Title");
    ui.Type("λ");
    CHECK((app.scripts & greek) != 0);
  }
  SUBCASE("a message naming a file") {
    app.OpenWorkshop(dir.File("Τίτλος.parley"));  // there is none: the error names it
    REQUIRE_FALSE(app.errorWhat.empty());
    ui.Frame();
    CHECK((ui::ScreenScripts(app) & greek) != 0);
  }
}

}  // namespace parley::test
