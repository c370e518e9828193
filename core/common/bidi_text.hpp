#pragma once
// Text as it is drawn: the Unicode Bidirectional Algorithm (UAX #9) and Arabic joining, done by
// GNU FriBidi, so that a renderer drawing one codepoint after another from left to right (Dear
// ImGui) shows Arabic and Hebrew as they read. Each text is laid out on its own, its paragraphs
// (split at '\n') each taking their direction from their first strong letter: a bidi control
// inside a text (an unpaired override, an isolate never closed) reorders nothing outside it.
// What is stored is never touched: the layout only maps it. (Design: shared/design/
// arabic-hebrew-on-screen.md.) Measuring is the caller's, through an Advance, so no font here.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parley {

// The width of a codepoint as the screen's font draws it.
using Advance = std::function<float(char32_t)>;

enum class TextDirection : uint8_t {
  Auto,         // from the paragraph's first strong letter, left to right when it has none
  LeftToRight,
  RightToLeft,
};

// One codepoint as drawn.
struct VisualGlyph {
  char32_t shown = 0;    // the codepoint to draw: an Arabic presentation form, a mirrored bracket
  uint32_t logical = 0;  // the byte offset, in the text laid out, of the character it shows
  bool rightToLeft = false;  // its resolved level is odd: its logical start is its right edge
  uint32_t length = 0;   // the bytes it shows from `logical` on: a lam-alef both letters', an
                         //   ellipsis none
};

// One line of a laid-out text, left to right as it is drawn.
struct VisualLine {
  std::string text;                  // the glyphs' codepoints in UTF-8, ready to draw
  std::vector<VisualGlyph> glyphs;   // in drawing order; controls and the placeholders a
                                     //   lam-alef ligature leaves are not drawn, so not here
  uint32_t begin = 0, end = 0;       // the logical byte range it shows (trailing spaces of a
                                     //   wrapped line excluded)
  bool rightToLeft = false;          // its paragraph runs right to left: align it right
};

// Whether `utf8` needs the algorithm at all: it holds a right-to-left letter (Hebrew, Arabic,
// Syriac, Thaana, N'Ko, their presentation forms) or a bidi control. Text without is drawn as
// it is stored, which is most of it, at the cost of this scan.
bool NeedsBidi(std::string_view utf8);

// `utf8` laid out in lines no wider than `width` (no wrapping when width <= 0), one paragraph
// after another, its lines in reading order top to bottom. A line breaks after a space, or
// inside a word wider than the whole width, found in logical order on the shaped text; each
// line is then reordered on its own. An empty paragraph gives an empty line. Invalid UTF-8
// shows as U+FFFD. `direction` forces every paragraph's direction, or leaves it to UAX #9.
std::vector<VisualLine> LayOutText(std::string_view utf8, float width, const Advance& advance,
                                   TextDirection direction = TextDirection::Auto);

// `utf8` on one line (line breaks read as spaces) no wider than `width`: whole when it fits,
// else its logical beginning that fits with an ellipsis (U+2026) after it, which falls where
// the text ends: on the left of a right-to-left paragraph. The ellipsis glyph's `logical` is
// the byte where the text was cut.
VisualLine FitLine(std::string_view utf8, float width, const Advance& advance,
                   TextDirection direction = TextDirection::Auto);

// The width of `line` as drawn.
float LineWidth(const VisualLine& line, const Advance& advance);

// Where a caret at logical byte `offset` (begin <= offset <= end) stands on `line`: the number
// of glyphs to its left. Before a character it stands at that character's logical start (its
// right edge when it runs right to left); at the end of the line, after the last character.
// An offset inside a lam-alef ligature stands after it.
size_t CaretSlot(const VisualLine& line, uint32_t offset);
// The same as an x from the line's left edge.
float CaretX(const VisualLine& line, uint32_t offset, const Advance& advance);

// The logical byte offset a click at `x` (from the line's left edge) puts the caret at: before
// or after the glyph under it, by the half clicked and the glyph's direction.
uint32_t OffsetAtX(const VisualLine& line, float x, const Advance& advance);

// Where the caret goes from logical byte `offset` when it moves one glyph to the right (`step`
// 1) or to the left (-1) as the line is drawn, whatever the direction of the text under it:
// through an embedded run against the paragraph's direction too. `offset` itself at the line's
// edge. Never inside a lam-alef.
uint32_t CaretStep(const VisualLine& line, uint32_t offset, int step);

// `offset`, or when it falls inside a glyph that shows several characters (a lam-alef), the
// glyph's logical end (`forward`) or start: where a caret may stand.
uint32_t CaretStop(const VisualLine& line, uint32_t offset, bool forward);

// The logical byte range [first, second) of the glyphs whose middles lie between `x0` and `x1`
// (from the line's left edge, either first): what a drag from x0 to x1 selects. In mixed text it
// covers every character between the first and the last of them, some drawn outside the span.
// Empty, at the offset OffsetAtX gives x1, when no glyph's middle is between them.
std::pair<uint32_t, uint32_t> RangeBetweenX(const VisualLine& line, float x0, float x1,
                                            const Advance& advance);

// Where the logical byte range [from, to) is drawn on `line`: left and right x of each run of
// glyphs in it that stand side by side, left to right. Several in mixed text, none when empty.
std::vector<std::pair<float, float>> SelectionSpans(const VisualLine& line, uint32_t from,
                                                    uint32_t to, const Advance& advance);

// The visual index of the glyph showing the character at logical byte `offset`, or
// line.glyphs.size() when none does (a control, the alef of a lam-alef, past the line).
size_t VisualIndexOf(const VisualLine& line, uint32_t offset);

}  // namespace parley
