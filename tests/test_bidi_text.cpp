// Text as drawn (core/common/bidi_text.hpp): order, Arabic joining, wrapping, cutting, and the
// maps between what is stored and what is shown, with every glyph ten pixels wide.
#include <doctest/doctest.h>

#include "core/common/bidi_text.hpp"

#include <cstdio>

using namespace parley;

// A failed check shows the codepoints.
template <>
struct doctest::StringMaker<std::u32string> {
  static String convert(const std::u32string& s) {
    std::string hex;
    char code[12];
    for (char32_t c : s) {
      std::snprintf(code, sizeof code, "%s%04X", hex.empty() ? "" : " ", unsigned(c));
      hex += code;
    }
    return hex.c_str();
  }
};

namespace {

const Advance kTen = [](char32_t) { return 10.0f; };

std::u32string Shown(const VisualLine& line) {
  std::u32string s;
  for (const VisualGlyph& g : line.glyphs) s += g.shown;
  return s;
}

std::u32string OneLine(std::string_view utf8) {
  std::vector<VisualLine> lines = LayOutText(utf8, 0, kTen);
  REQUIRE(lines.size() == 1);
  return Shown(lines[0]);
}

std::vector<uint32_t> Logicals(const VisualLine& line) {
  std::vector<uint32_t> v;
  for (const VisualGlyph& g : line.glyphs) v.push_back(g.logical);
  return v;
}

}  // namespace

TEST_CASE("Known texts become the codepoints drawn left to right") {
  SUBCASE("Arabic letters take their joined forms, in visual order") {
    CHECK(OneLine("محمد") == U"\uFEAA\uFEE4\uFEA4\uFEE3");
    CHECK(OneLine("لا") == U"\uFEFB");  // lam-alef: one ligature, the alef's placeholder gone
  }
  SUBCASE("A lam and an alef join across the vowel marks between them, as pango joins them") {
    // ألّا: alef with hamza, lam, shadda, alef. The shadda comes before the ligature, as every
    // mark before its base; the space after the alef keeps its own place.
    VisualLine line = LayOutText("ألّا ب", 0, kTen)[0];
    CHECK(Shown(line) == U"\uFE8F \u0651\uFEFB\uFE83");
    CHECK(Logicals(line) == std::vector<uint32_t>{9, 8, 4, 2, 0});
    CHECK(OneLine("بلّا") == U"\u0651\uFEFC\uFE91");  // after a joining letter: the final ligature
    CHECK(OneLine("لَّ ا") == U"\uFE8D \u0651\u064E\uFEDD");  // a space between: no ligature
  }
  SUBCASE("Hebrew comes out reversed") { CHECK(OneLine("שלום") == U"םולש"); }
  SUBCASE("Latin, Greek, Georgian and Cyrillic stay as they are") {
    CHECK(OneLine("Λένα ნინო Олена") == U"Λένα ნინო Олена");
    CHECK_FALSE(NeedsBidi("Λένα ნინო Олена"));
    CHECK(NeedsBidi("Anna שלום"));
    CHECK(NeedsBidi("a\u200Fb"));  // a control alone needs the algorithm
    CHECK(NeedsBidi("Participant twelve, שלום"));  // after whole words of ASCII
    CHECK_FALSE(NeedsBidi("Participant twelve, Λένα"));
  }
  SUBCASE("The UTF-8 to draw is the glyphs' codepoints") {
    std::vector<VisualLine> lines = LayOutText("שלום", 0, kTen);
    CHECK(lines[0].text == "םולש");
    CHECK(lines[0].rightToLeft);
  }
}

TEST_CASE("A paragraph takes its direction from its first strong letter") {
  SUBCASE("A Latin name inside a Hebrew sentence keeps its order, numbers follow it") {
    CHECK(OneLine("נועה Cohen 2026") == U"Cohen 2026 העונ");
  }
  SUBCASE("Numbers in an Arabic sentence read left to right where an Arabic reader puts them") {
    CHECK(OneLine("عدد 123") == U"123 \uFEA9\uFEAA\uFECB");
  }
  SUBCASE("Brackets are mirrored in a right-to-left paragraph") {
    CHECK(OneLine("שלום (עולם)") == U"(םלוע) םולש");
  }
  SUBCASE("A Hebrew word inside an English sentence is reversed in place") {
    std::vector<VisualLine> lines = LayOutText("Hello שלום world", 0, kTen);
    CHECK(Shown(lines[0]) == U"Hello םולש world");
    CHECK_FALSE(lines[0].rightToLeft);
  }
  SUBCASE("Each paragraph has its own direction") {
    std::vector<VisualLine> lines = LayOutText("سلمى\nAnna\nנועה", 0, kTen);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].rightToLeft);
    CHECK_FALSE(lines[1].rightToLeft);
    CHECK(lines[2].rightToLeft);
    CHECK(Shown(lines[1]) == U"Anna");
    CHECK(lines[1].begin == 9);  // "سلمى\n": 8 bytes and the line break
  }
  SUBCASE("A direction can be forced") {
    CHECK(Shown(LayOutText("abc", 0, kTen, TextDirection::RightToLeft)[0]) == U"abc");
    CHECK(LayOutText("abc", 0, kTen, TextDirection::RightToLeft)[0].rightToLeft);
    CHECK(Shown(LayOutText("abc שלום", 0, kTen, TextDirection::RightToLeft)[0]) == U"םולש abc");
  }
}

TEST_CASE("Bidi controls reorder nothing outside their own text, and are not drawn") {
  SUBCASE("An override never closed ends with its paragraph") {
    std::vector<VisualLine> lines = LayOutText("\u202Eabc\ndef", 0, kTen);
    REQUIRE(lines.size() == 2);
    CHECK(Shown(lines[0]) == U"cba");
    CHECK(Shown(lines[1]) == U"def");
  }
  SUBCASE("An override inside a name reverses only what follows it in that text") {
    CHECK(OneLine("Anna \u202Ehtims") == U"Anna smith");
  }
  SUBCASE("An isolate never closed and a pop without a push draw nothing") {
    CHECK(OneLine("\u2067a\u202Cbc") == U"abc");
  }
  SUBCASE("A right-to-left mark at the start turns the paragraph") {
    std::vector<VisualLine> lines = LayOutText("\u200Fabc", 0, kTen);
    CHECK(lines[0].rightToLeft);
    CHECK(Shown(lines[0]) == U"abc");
  }
}

TEST_CASE("A long Arabic paragraph wraps in logical order, each line reordered on its own") {
  const std::string text = "سلمى حداد تحب الماء";
  SUBCASE("Two words a line") {
    std::vector<VisualLine> lines = LayOutText(text, 90, kTen);
    REQUIRE(lines.size() == 2);
    // سلمى حداد, right to left: the first word on the right.
    CHECK(Shown(lines[0]) == U"\uFEA9\uFE8D\uFEAA\uFEA3 \uFEF0\uFEE4\uFEE0\uFEB3");
    CHECK(lines[0].begin == 0);
    CHECK(lines[0].end == 17);  // the space after حداد is not on either line
    CHECK(lines[1].begin == 18);
    CHECK(lines[1].end == text.size());
    CHECK(lines[1].rightToLeft);
  }
  SUBCASE("One word a line") {
    std::vector<VisualLine> lines = LayOutText(text, 50, kTen);
    REQUIRE(lines.size() == 4);
    CHECK(Shown(lines[0]) == U"\uFEF0\uFEE4\uFEE0\uFEB3");
    CHECK(Shown(lines[3]) == U"\u0621\uFE8E\uFEE4\uFEDF\uFE8D");  // الماء: hamza joins nothing, stays
  }
  SUBCASE("At every width, no line is wider than the width, and none is lost") {
    for (float width : {30.0f, 60.0f, 100.0f, 140.0f, 1000.0f}) {
      CAPTURE(width);
      std::vector<VisualLine> lines = LayOutText(text, width, kTen);
      size_t glyphs = 0;
      uint32_t previousEnd = 0;
      for (const VisualLine& line : lines) {
        CHECK(LineWidth(line, kTen) <= width);
        CHECK(line.begin >= previousEnd);
        previousEnd = line.end;
        glyphs += line.glyphs.size();
      }
      size_t spacesInside = width >= 190 ? 3 : width >= 90 ? 2 : 0;
      CHECK(glyphs == 16 + spacesInside);
      CHECK(previousEnd == text.size());
    }
  }
  SUBCASE("A word wider than the line is broken inside it") {
    std::vector<VisualLine> lines = LayOutText("محمد", 20, kTen);
    REQUIRE(lines.size() == 2);
    CHECK(Shown(lines[0]) == U"\uFEA4\uFEE3");  // the joined forms of the whole word stay
    CHECK(Shown(lines[1]) == U"\uFEAA\uFEE4");
  }
  SUBCASE("An empty paragraph is an empty line") {
    CHECK(LayOutText("a\n\nb", 100, kTen).size() == 3);
    CHECK(LayOutText("", 100, kTen).size() == 1);
  }
}

TEST_CASE("Logical and visual positions map both ways") {
  // a b c ' ' ש ל ו ם: one byte each for Latin, two for Hebrew.
  const std::string text = "abc שלום";
  VisualLine line = LayOutText(text, 0, kTen)[0];
  CHECK(Logicals(line) == std::vector<uint32_t>{0, 1, 2, 3, 10, 8, 6, 4});
  CHECK(VisualIndexOf(line, 4) == 7);   // ש is drawn last
  CHECK(VisualIndexOf(line, 10) == 4);  // ם first after the space
  CHECK(VisualIndexOf(line, 12) == line.glyphs.size());

  SUBCASE("Carets") {
    CHECK(CaretSlot(line, 0) == 0);
    CHECK(CaretSlot(line, 2) == 2);
    CHECK(CaretSlot(line, 4) == 8);   // before ש: its right edge
    CHECK(CaretSlot(line, 6) == 7);   // before ל
    CHECK(CaretSlot(line, 12) == 4);  // the end: after ם, its left edge
    CHECK(CaretX(line, 6, kTen) == 70.0f);
  }
  SUBCASE("Clicks") {
    CHECK(OffsetAtX(line, 12, kTen) == 1);   // the left half of b: before it
    CHECK(OffsetAtX(line, 18, kTen) == 2);   // its right half: after it
    CHECK(OffsetAtX(line, 78, kTen) == 4);   // the right half of ש: before it
    CHECK(OffsetAtX(line, 72, kTen) == 6);   // its left half: after it
    CHECK(OffsetAtX(line, 500, kTen) == 4);  // past the end, on ש's right
    CHECK(OffsetAtX(line, -5, kTen) == 0);
  }
  SUBCASE("A lam-alef is one glyph for two characters") {
    VisualLine la = LayOutText("لا", 0, kTen)[0];
    REQUIRE(la.glyphs.size() == 1);
    CHECK(la.glyphs[0].logical == 0);
    CHECK(CaretSlot(la, 0) == 1);  // before lam: the right edge
    CHECK(CaretSlot(la, 2) == 0);  // inside it: after it
    CHECK(CaretSlot(la, 4) == 0);
  }
  SUBCASE("Carets in a right-to-left paragraph") {
    VisualLine rtl = LayOutText("שלום abc", 0, kTen)[0];
    CHECK(Shown(rtl) == U"abc םולש");
    CHECK(CaretSlot(rtl, 0) == 8);     // the start is at the right edge
    CHECK(CaretSlot(rtl, 9) == 0);     // before a: its left edge
    CHECK(CaretSlot(rtl, 12) == 3);    // the end: after c
  }
}

TEST_CASE("A text cut at a cell's edge is cut at its logical end") {
  SUBCASE("Text that fits is whole") {
    CHECK(Shown(FitLine("Anna", 40, kTen)) == U"Anna");
    CHECK(Shown(FitLine("Anna", 0, kTen)) == U"Anna");
  }
  SUBCASE("Left to right: the ellipsis on the right") {
    VisualLine line = FitLine("Anna Smith", 60, kTen);
    CHECK(Shown(line) == U"Anna…");
    CHECK(line.end == 4);
  }
  SUBCASE("Right to left: the beginning kept, the ellipsis on the left") {
    VisualLine line = FitLine("سلمى حداد", 60, kTen);
    CHECK(Shown(line) == U"…\uFEF0\uFEE4\uFEE0\uFEB3");
    CHECK(line.rightToLeft);
    CHECK(line.glyphs[0].logical == 8);  // the ellipsis stands where the text was cut
  }
  SUBCASE("A word cut short keeps the forms it has in the whole text") {
    CHECK(Shown(FitLine("محمد", 30, kTen)) == U"…\uFEA4\uFEE3");
  }
  SUBCASE("An English sentence ending in Hebrew: the ellipsis after its logical end, on the right") {
    CHECK(Shown(FitLine("Hi שלום עולם", 80, kTen)) == U"Hi םולש…");
  }
  SUBCASE("Line breaks read as spaces") {
    CHECK(Shown(FitLine("a\nb", 0, kTen)) == U"a b");
  }
}

TEST_CASE("A caret moves glyph by glyph the way the line is drawn, and never into a lam-alef") {
  // Steps of the caret from `offset`, `count` of them, `step` 1 to the right or -1 to the left.
  auto walk = [](const VisualLine& line, uint32_t offset, int step, int count) {
    std::vector<uint32_t> seen;
    for (int i = 0; i < count; ++i) seen.push_back(offset = CaretStep(line, offset, step));
    return seen;
  };
  SUBCASE("Right through a left-to-right paragraph: across the Hebrew word from its end") {
    VisualLine line = LayOutText("abc שלום", 0, kTen)[0];
    CHECK(walk(line, 0, 1, 9) == std::vector<uint32_t>{1, 2, 3, 12, 10, 8, 6, 4, 4});
    CHECK(walk(line, 4, -1, 9) == std::vector<uint32_t>{6, 8, 10, 12, 3, 2, 1, 0, 0});
  }
  SUBCASE("Left through a right-to-left paragraph: on into the Latin word from its end") {
    VisualLine line = LayOutText("שלום abc", 0, kTen)[0];
    CHECK(walk(line, 0, -1, 9) == std::vector<uint32_t>{2, 4, 6, 8, 12, 11, 10, 9, 9});
    CHECK(walk(line, 9, 1, 9) == std::vector<uint32_t>{10, 11, 12, 8, 6, 4, 2, 0, 0});
  }
  SUBCASE("In mixed text each step moves the caret on to the left, to the line's left end") {
    VisualLine line = LayOutText("שלום Anna 12 עולם", 0, kTen)[0];
    uint32_t offset = 0;  // the paragraph's start: its right edge
    size_t slot = CaretSlot(line, offset), steps = 0;
    REQUIRE(slot == line.glyphs.size());
    while (slot > 0 && steps++ < line.glyphs.size()) {
      offset = CaretStep(line, offset, -1);
      CHECK(CaretSlot(line, offset) < slot);
      slot = CaretSlot(line, offset);
    }
    CHECK(slot == 0);
    CHECK(steps >= line.glyphs.size() - 2);  // a slot between two runs may show no offset
  }
  SUBCASE("A lam-alef is stepped over whole") {
    VisualLine line = LayOutText("سلام", 0, kTen)[0];  // seen, lam, alef, meem: two bytes each
    REQUIRE(line.glyphs.size() == 3);
    CHECK(line.glyphs[1].length == 4);
    CHECK(walk(line, 0, -1, 3) == std::vector<uint32_t>{2, 6, 8});
    CHECK(walk(line, 8, 1, 3) == std::vector<uint32_t>{6, 2, 0});
    CHECK(CaretStop(line, 4, true) == 6);
    CHECK(CaretStop(line, 4, false) == 2);
    CHECK(CaretStop(line, 2, true) == 2);
  }
}

TEST_CASE("A drag selects the characters under it, and a selection is drawn where they are") {
  // Drawn: a b c ' ' ם ו ל ש, ten pixels each; stored: a b c ' ' ש ל ו ם.
  VisualLine line = LayOutText("abc שלום", 0, kTen)[0];
  SUBCASE("A drag within one direction selects what it passed over") {
    CHECK(RangeBetweenX(line, 2, 28, kTen) == std::pair<uint32_t, uint32_t>{0, 3});
    CHECK(RangeBetweenX(line, 78, 52, kTen) == std::pair<uint32_t, uint32_t>{4, 10});  // ש ל ו
  }
  SUBCASE("Across the two: every character from the first to the last passed over") {
    CHECK(RangeBetweenX(line, 25, 65, kTen) == std::pair<uint32_t, uint32_t>{2, 12});
  }
  SUBCASE("Less than half a glyph selects nothing: the caret where the pointer is") {
    CHECK(RangeBetweenX(line, 12, 14, kTen) == std::pair<uint32_t, uint32_t>{1, 1});
  }
  SUBCASE("Spans") {
    using Spans = std::vector<std::pair<float, float>>;
    CHECK(SelectionSpans(line, 2, 12, kTen) == Spans{{20, 80}});
    CHECK(SelectionSpans(line, 0, 6, kTen) == Spans{{0, 40}, {70, 80}});  // "abc ש"
    CHECK(SelectionSpans(line, 6, 10, kTen) == Spans{{50, 70}});           // ל ו
    CHECK(SelectionSpans(line, 3, 3, kTen).empty());
  }
}
