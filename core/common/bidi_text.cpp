#include "core/common/bidi_text.hpp"

#include <fribidi.h>

#include <algorithm>
#include <cassert>
#include <cstring>

#include "core/common/unicode_text.hpp"

namespace parley {

namespace {

constexpr char32_t kEllipsis = 0x2026;
constexpr char32_t kLigaturePlaceholder = 0xFEFF;  // what fribidi_shape leaves for a lam-alef's alef

bool IsRightToLeftLetter(char32_t c) {
  return (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) ||
         (c >= 0xFE70 && c <= 0xFEFC) || (c >= 0x10800 && c <= 0x10FFF) ||
         (c >= 0x1E800 && c <= 0x1EFFF);
}

bool IsBidiControl(char32_t c) {
  return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0x061C;
}

bool IsLamAlef(char32_t shaped) { return shaped >= 0xFEF5 && shaped <= 0xFEFC; }

// Never drawn: the controls have no glyph, and an alef joined into a lam-alef is inside it.
bool IsHidden(char32_t shaped) { return shaped == kLigaturePlaceholder || IsBidiControl(shaped); }

// One paragraph, shaped, still in logical order.
struct Paragraph {
  std::u32string logical;               // as stored
  std::vector<uint32_t> offsets;        // byte offset of each codepoint in the laid-out text
  uint32_t endOffset = 0;               // the byte offset where the paragraph ends
  std::u32string shaped;                // presentation forms, mirrored brackets
  std::vector<FriBidiCharType> types;
  std::vector<FriBidiLevel> levels;
  FriBidiParType base = FRIBIDI_PAR_LTR;
  bool plain = true;                    // nothing to reorder or shape
};

void Decode(std::string_view utf8, uint32_t base, Paragraph& p) {
  for (size_t i = 0; i < utf8.size();) {
    DecodedChar c = DecodeAt(utf8, i);
    p.logical.push_back(c.codePoint);
    p.offsets.push_back(base + static_cast<uint32_t>(i));
    i += c.length;
  }
  p.endOffset = base + static_cast<uint32_t>(utf8.size());
}

// FriBidi joins a lam and an alef into their ligature only side by side; Arabic joins them also
// across vowel marks (ألّا: a shadda on the lam), as HarfBuzz does. There the ligature takes the
// lam's place, so that the marks come before it in the drawn string as every mark before its
// base, and the placeholder the alef's.
void JoinLamAlefAcrossMarks(Paragraph& p) {
  constexpr char32_t kInitialLam = 0xFEDF, kMedialLam = 0xFEE0;
  struct Ligature {
    char32_t alef;      // the final form of an alef
    char32_t ligature;  // its ligature with an initial lam; with a medial lam, the next one
  };
  constexpr Ligature kLigatures[] = {{0xFE82, 0xFEF5}, {0xFE84, 0xFEF7}, {0xFE88, 0xFEF9}, {0xFE8E, 0xFEFB}};
  for (size_t lam = 0; lam < p.shaped.size(); ++lam) {
    if (p.shaped[lam] != kInitialLam && p.shaped[lam] != kMedialLam) continue;
    size_t alef = lam + 1;
    while (alef < p.shaped.size() && p.types[alef] == FRIBIDI_TYPE_NSM && p.levels[alef] == p.levels[lam]) ++alef;
    if (alef == lam + 1 || alef == p.shaped.size() || p.levels[alef] != p.levels[lam]) continue;
    for (const Ligature& l : kLigatures)
      if (p.shaped[alef] == l.alef) {
        p.shaped[lam] = l.ligature + (p.shaped[lam] == kMedialLam ? 1 : 0);
        p.shaped[alef] = kLigaturePlaceholder;
      }
  }
}

// Resolves the levels and shapes: the per-paragraph steps of the design note.
void Shape(Paragraph& p, TextDirection direction) {
  p.shaped = p.logical;
  p.plain = direction != TextDirection::RightToLeft &&
            std::none_of(p.logical.begin(), p.logical.end(),
                         [](char32_t c) { return IsRightToLeftLetter(c) || IsBidiControl(c); });
  const auto n = static_cast<FriBidiStrIndex>(p.logical.size());
  p.levels.assign(p.logical.size(), 0);
  if (p.plain || n == 0) {
    p.base = direction == TextDirection::RightToLeft ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
    return;
  }
  const FriBidiChar* text = reinterpret_cast<const FriBidiChar*>(p.logical.data());
  p.types.resize(p.logical.size());
  fribidi_get_bidi_types(text, n, p.types.data());
  std::vector<FriBidiBracketType> brackets(p.logical.size());
  fribidi_get_bracket_types(text, n, p.types.data(), brackets.data());
  p.base = direction == TextDirection::Auto          ? FRIBIDI_PAR_ON
           : direction == TextDirection::RightToLeft ? FRIBIDI_PAR_RTL
                                                     : FRIBIDI_PAR_LTR;
  if (!fribidi_get_par_embedding_levels_ex(p.types.data(), brackets.data(), n, &p.base,
                                           p.levels.data())) {
    // Only on allocation failure: the text is shown as stored rather than not at all.
    p.plain = true;
    p.levels.assign(p.logical.size(), 0);
    p.base = FRIBIDI_PAR_LTR;
    return;
  }
  std::vector<FriBidiArabicProp> joining(p.logical.size());
  fribidi_get_joining_types(text, n, joining.data());
  fribidi_join_arabic(p.types.data(), n, p.levels.data(), joining.data());
  // Not FRIBIDI_FLAG_REORDER_NSM: a zero-width mark must come before its base in the drawn
  // string for these fonts to put it on the right letter.
  fribidi_shape(FRIBIDI_FLAG_SHAPE_MIRRORING | FRIBIDI_FLAG_SHAPE_ARAB_PRES |
                    FRIBIDI_FLAG_SHAPE_ARAB_LIGA,
                p.levels.data(), n, joining.data(), reinterpret_cast<FriBidiChar*>(p.shaped.data()));
  JoinLamAlefAcrossMarks(p);
}

Paragraph ShapedParagraph(std::string_view utf8, uint32_t base, TextDirection direction) {
  Paragraph p;
  Decode(utf8, base, p);
  Shape(p, direction);
  return p;
}

// Codepoints [from, to) of `p` reordered for display.
VisualLine Reorder(const Paragraph& p, size_t from, size_t to, uint32_t endByte) {
  VisualLine line;
  line.rightToLeft = FRIBIDI_IS_RTL(p.base);
  line.begin = from < p.offsets.size() ? p.offsets[from] : endByte;
  line.end = to < p.offsets.size() ? p.offsets[to] : endByte;
  std::vector<FriBidiStrIndex> map(to - from);
  for (size_t i = 0; i < map.size(); ++i) map[i] = static_cast<FriBidiStrIndex>(from + i);
  std::u32string shown = p.shaped.substr(from, to - from);
  if (!p.plain && !map.empty()) {
    // fribidi_reorder_line changes the levels it is given (trailing white space takes the
    // paragraph's): a copy, indexed from the line's start.
    std::vector<FriBidiLevel> levels(p.levels.begin() + static_cast<ptrdiff_t>(from),
                                     p.levels.begin() + static_cast<ptrdiff_t>(to));
    // It fails only when out of memory, having changed nothing: the line stays in logical order.
    [[maybe_unused]] FriBidiLevel maxLevel = fribidi_reorder_line(
        0, p.types.data() + from, static_cast<FriBidiStrIndex>(map.size()), 0, p.base,
        levels.data(), reinterpret_cast<FriBidiChar*>(shown.data()), map.data());
    assert(maxLevel > 0);
  }
  line.glyphs.reserve(shown.size());
  for (size_t v = 0; v < shown.size(); ++v) {
    if (IsHidden(shown[v])) continue;
    auto i = static_cast<size_t>(map[v]);
    // FriBidi's lam-alef ligature stands in the alef's place, the placeholder in the lam's: it
    // shows both, from the lam on. (One joined across marks stands in the lam's place and counts
    // as the lam: its marks are glyphs of their own.)
    const size_t last = i;
    if (IsLamAlef(shown[v]) && i > 0 && p.shaped[i - 1] == kLigaturePlaceholder) --i;
    const uint32_t end = last + 1 < p.offsets.size() ? p.offsets[last + 1] : p.endOffset;
    line.glyphs.push_back({shown[v], p.offsets[i], (p.levels[i] & 1) != 0, end - p.offsets[i]});
    AppendCodePoint(shown[v], line.text);
  }
  return line;
}

bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000 || (c >= 0x2000 && c <= 0x200A); }

float AdvanceOf(char32_t shaped, const Advance& advance) {
  return IsHidden(shaped) ? 0.0f : advance(shaped);
}

// Breaks paragraph `p` at `width` in logical order and appends its lines to `lines`.
void BreakParagraph(const Paragraph& p, float width, const Advance& advance, uint32_t endByte,
                    std::vector<VisualLine>& lines) {
  const size_t n = p.shaped.size();
  if (n == 0 || width <= 0) {
    lines.push_back(Reorder(p, 0, n, endByte));
    return;
  }
  for (size_t start = 0; start < n;) {
    float used = 0;
    size_t wordStart = start;  // where the word being measured begins, after a space
    size_t next = n;           // where the next line begins
    for (size_t i = start; i < n; ++i) {
      char32_t c = p.shaped[i];
      float w = AdvanceOf(c, advance);
      if (IsSpace(c)) {  // spaces hang past the edge: a line never breaks for them
        used += w;
        wordStart = i + 1;
        continue;
      }
      if (used + w > width && i > start) {
        next = wordStart > start ? wordStart : i;
        break;
      }
      used += w;
    }
    size_t end = next;
    while (end > start && IsSpace(p.shaped[end - 1])) --end;
    lines.push_back(Reorder(p, start, end, endByte));
    start = next;
  }
}

}  // namespace

bool NeedsBidi(std::string_view utf8) {
  for (size_t i = 0; i < utf8.size();) {
    // ASCII, most of any text, eight bytes at a time: every view asks this of its text each
    // frame, to pass text without Arabic or Hebrew straight through.
    for (uint64_t word; i + 8 <= utf8.size(); i += 8) {
      std::memcpy(&word, utf8.data() + i, 8);
      if (word & 0x8080808080808080u) break;
    }
    if (i == utf8.size()) break;
    if (static_cast<unsigned char>(utf8[i]) < 0x80) {
      ++i;
      continue;
    }
    DecodedChar c = DecodeAt(utf8, i);
    if (IsRightToLeftLetter(c.codePoint) || IsBidiControl(c.codePoint)) return true;
    i += c.length;
  }
  return false;
}

std::vector<VisualLine> LayOutText(std::string_view utf8, float width, const Advance& advance,
                                   TextDirection direction) {
  std::vector<VisualLine> lines;
  size_t start = 0;
  while (true) {
    size_t stop = utf8.find('\n', start);
    size_t end = stop == std::string_view::npos ? utf8.size() : stop;
    Paragraph p = ShapedParagraph(utf8.substr(start, end - start), static_cast<uint32_t>(start),
                                  direction);
    BreakParagraph(p, width, advance, static_cast<uint32_t>(end), lines);
    if (stop == std::string_view::npos) break;
    start = stop + 1;
  }
  return lines;
}

VisualLine FitLine(std::string_view utf8, float width, const Advance& advance,
                   TextDirection direction) {
  std::string oneLine(utf8);
  std::replace(oneLine.begin(), oneLine.end(), '\n', ' ');
  const auto endByte = static_cast<uint32_t>(utf8.size());
  Paragraph whole = ShapedParagraph(oneLine, 0, direction);
  VisualLine line = Reorder(whole, 0, whole.shaped.size(), endByte);
  if (width <= 0 || LineWidth(line, advance) <= width) return line;

  // The longest logical beginning that leaves room for the ellipsis, shaped as in the whole
  // text (a word cut short keeps the joining forms it has there).
  const float room = width - advance(kEllipsis);
  size_t keep = 0;
  for (float used = 0; keep < whole.shaped.size(); ++keep) {
    used += AdvanceOf(whole.shaped[keep], advance);
    if (used > room) break;
  }
  while (keep > 0 && IsSpace(whole.logical[keep - 1])) --keep;
  const uint32_t cut = keep < whole.offsets.size() ? whole.offsets[keep] : endByte;
  Paragraph cutShort;
  cutShort.logical = whole.logical.substr(0, keep) + kEllipsis;
  cutShort.offsets.assign(whole.offsets.begin(), whole.offsets.begin() + static_cast<ptrdiff_t>(keep));
  cutShort.offsets.push_back(cut);
  cutShort.endOffset = cut;
  // The ellipsis takes the whole text's direction, not one the part kept would give.
  Shape(cutShort, FRIBIDI_IS_RTL(whole.base) ? TextDirection::RightToLeft : TextDirection::LeftToRight);
  std::copy_n(whole.shaped.begin(), keep, cutShort.shaped.begin());
  line = Reorder(cutShort, 0, cutShort.shaped.size(), cut);
  line.end = cut;
  return line;
}

float LineWidth(const VisualLine& line, const Advance& advance) {
  float width = 0;
  for (const VisualGlyph& g : line.glyphs) width += advance(g.shown);
  return width;
}

size_t VisualIndexOf(const VisualLine& line, uint32_t offset) {
  for (size_t v = 0; v < line.glyphs.size(); ++v)
    if (line.glyphs[v].logical == offset) return v;
  return line.glyphs.size();
}

size_t CaretSlot(const VisualLine& line, uint32_t offset) {
  size_t v = VisualIndexOf(line, offset);
  if (v < line.glyphs.size())
    return line.glyphs[v].rightToLeft ? v + 1 : v;
  // After the last character before `offset`: its logical end is its left edge when it runs
  // right to left.
  size_t before = line.glyphs.size();
  for (size_t g = 0; g < line.glyphs.size(); ++g)
    if (line.glyphs[g].logical < offset &&
        (before == line.glyphs.size() || line.glyphs[g].logical > line.glyphs[before].logical))
      before = g;
  if (before == line.glyphs.size()) return line.rightToLeft ? line.glyphs.size() : 0;
  return line.glyphs[before].rightToLeft ? before : before + 1;
}

float CaretX(const VisualLine& line, uint32_t offset, const Advance& advance) {
  size_t slot = CaretSlot(line, offset);
  float x = 0;
  for (size_t v = 0; v < slot; ++v) x += advance(line.glyphs[v].shown);
  return x;
}

uint32_t OffsetAtX(const VisualLine& line, float x, const Advance& advance) {
  float left = 0;
  for (size_t v = 0; v < line.glyphs.size(); ++v) {
    const VisualGlyph& g = line.glyphs[v];
    float w = advance(g.shown);
    if (x < left + w || v + 1 == line.glyphs.size()) {
      bool leftHalf = x < left + w / 2;
      if (leftHalf != g.rightToLeft) return g.logical;
      // After the glyph: the next logical character's start.
      uint32_t after = line.end;
      for (const VisualGlyph& o : line.glyphs)
        if (o.logical > g.logical && o.logical < after) after = o.logical;
      return after;
    }
    left += w;
  }
  return line.rightToLeft ? line.end : line.begin;
}

uint32_t CaretStep(const VisualLine& line, uint32_t offset, int step) {
  const auto n = static_cast<ptrdiff_t>(line.glyphs.size());
  // Each slot between two glyphs is the caret at one of the offsets on its sides: the one that
  // CaretSlot puts there. A slot none of them maps to is passed over.
  for (auto slot = static_cast<ptrdiff_t>(CaretSlot(line, offset)) + step; slot >= 0 && slot <= n; slot += step) {
    uint32_t sides[2] = {offset, offset};
    if (slot < n) {
      const VisualGlyph& right = line.glyphs[static_cast<size_t>(slot)];
      sides[0] = right.rightToLeft ? right.logical + right.length : right.logical;
    }
    if (slot > 0) {
      const VisualGlyph& left = line.glyphs[static_cast<size_t>(slot - 1)];
      sides[1] = left.rightToLeft ? left.logical : left.logical + left.length;
    }
    for (uint32_t side : sides)
      if (side != offset && CaretSlot(line, side) == static_cast<size_t>(slot)) return side;
  }
  return offset;
}

uint32_t CaretStop(const VisualLine& line, uint32_t offset, bool forward) {
  for (const VisualGlyph& g : line.glyphs)
    if (offset > g.logical && offset < g.logical + g.length) return forward ? g.logical + g.length : g.logical;
  return offset;
}

std::pair<uint32_t, uint32_t> RangeBetweenX(const VisualLine& line, float x0, float x1,
                                            const Advance& advance) {
  const float from = std::min(x0, x1), to = std::max(x0, x1);
  uint32_t first = UINT32_MAX, last = 0;
  float left = 0;
  for (const VisualGlyph& g : line.glyphs) {
    const float w = advance(g.shown), middle = left + w / 2;
    if (middle >= from && middle < to) {
      first = std::min(first, g.logical);
      last = std::max(last, g.logical + g.length);
    }
    left += w;
  }
  if (first == UINT32_MAX) {
    const uint32_t at = OffsetAtX(line, x1, advance);
    return {at, at};
  }
  return {first, last};
}

std::vector<std::pair<float, float>> SelectionSpans(const VisualLine& line, uint32_t from,
                                                    uint32_t to, const Advance& advance) {
  std::vector<std::pair<float, float>> spans;
  float left = 0;
  bool open = false;  // the last glyph was selected: a selected one extends its span
  for (const VisualGlyph& g : line.glyphs) {
    const float w = advance(g.shown);
    const bool selected = g.logical >= from && g.logical < to;
    if (selected && open)
      spans.back().second = left + w;
    else if (selected)
      spans.emplace_back(left, left + w);
    open = selected;
    left += w;
  }
  return spans;
}

}  // namespace parley
