// Checks that Parley draws every Arabic and Hebrew text of a workshop as pango draws it: each
// paragraph laid out by core/common/bidi_text (what the views hand Dear ImGui, one codepoint
// after another from the left) against the layout `pango-view` makes of it (HarfBuzz shaping,
// as in the memo's PDF) in the same font, DejaVu Sans, the screen's. They must agree on the
// paragraph's direction (right-aligned or not), on the characters from left to right, and on
// the letter drawn for each (its joining form, a mirrored bracket): Parley's codepoints taken
// through the font's character map against the glyphs pango's shaping chose. Both are compared
// unwrapped: where a line breaks depends on the fonts' sizes, not on the order.
// Two differences are known and counted apart, not failed: vowel marks (Parley has no mark
// placement, so a shadda and its vowel are two marks where HarfBuzz may take one glyph), and a
// lam with an alef carrying a hamza or madda, which Parley joins into the one glyph Arabic
// writes (U+FEF7) and DejaVu Sans's own shaping leaves as two letters.
// pango-view also leaves a PNG of each paragraph in OUT_DIR (text-N.png beside text-N.txt),
// to look at beside the window's screenshots.
// Usage: pango_order WORKSHOP.json FONT.ttf OUT_DIR (the workshop as `parley export --json`).
#include <ft2build.h>
#include FT_FREETYPE_H
#include <utf8proc.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/common/bidi_text.hpp"

namespace {

using nlohmann::json;

// A glyph as drawn, left to right: the font's glyph index and the byte offset in the paragraph
// of the first character of the cluster it belongs to.
struct Drawn {
  unsigned glyph = 0;
  uint32_t cluster = 0;
};

struct Layout {
  bool rightToLeft = false;
  std::vector<Drawn> glyphs;
};

// The font both are drawn in: its character map and its glyphs' advances.
class Font {
 public:
  explicit Font(FT_Face face) : m_face(face) {}
  unsigned Glyph(char32_t c) const { return FT_Get_Char_Index(m_face, c); }
  bool IsMark(unsigned glyph) {
    auto found = m_marks.find(glyph);
    if (found == m_marks.end())
      found = m_marks.emplace(glyph, FT_Load_Glyph(m_face, glyph, FT_LOAD_NO_SCALE) == 0 && m_face->glyph->advance.x == 0).first;
    return found->second;
  }

 private:
  FT_Face m_face;
  std::map<unsigned, bool> m_marks;
};

// The glyphs that may stand for `shown` as pango draws it: its own, and for an isolated
// presentation form (U+FE8D) also its letter's (U+0627), which pango's shaping takes for the
// isolated form; DejaVu Sans draws the two alike.
std::set<unsigned> GlyphsFor(const Font& font, char32_t shown) {
  std::set<unsigned> glyphs = {font.Glyph(shown)};
  if (utf8proc_get_property(utf8proc_int32_t(shown))->decomp_type == UTF8PROC_DECOMP_TYPE_ISOLATED) {
    // NFKC: the letter itself, U+0623 for U+FE83 (not the alef and hamza apart).
    utf8proc_int32_t letter[2];
    utf8proc_ssize_t length = utf8proc_decompose_char(utf8proc_int32_t(shown), letter, 2,
                                                      utf8proc_option_t(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT), nullptr);
    if (length > 0 && length <= 2 &&
        utf8proc_normalize_utf32(letter, length, utf8proc_option_t(UTF8PROC_COMPOSE | UTF8PROC_STABLE)) == 1)
      glyphs.insert(font.Glyph(char32_t(letter[0])));
  }
  return glyphs;
}

// Every paragraph of every text in `value` that needs the bidi algorithm, each once.
void CollectParagraphs(const json& value, std::set<std::string>* out) {
  if (value.is_string()) {
    std::istringstream text(value.get<std::string>());
    for (std::string paragraph; std::getline(text, paragraph);)
      if (parley::NeedsBidi(paragraph)) out->insert(paragraph);
  } else if (value.is_structured()) {
    for (const json& item : value) CollectParagraphs(item, out);
  }
}

// Marks and the alef of a lam-alef join their base's cluster, as in HarfBuzz: the cluster of a
// byte offset is the last cluster start at or before it.
uint32_t ClusterOf(const std::set<uint32_t>& starts, uint32_t offset) {
  auto after = starts.upper_bound(offset);
  return after == starts.begin() ? offset : *std::prev(after);
}

// The clusters left to right, each once: the order a reader sees the characters in.
std::vector<uint32_t> ClusterOrder(const std::vector<Drawn>& glyphs) {
  std::vector<uint32_t> order;
  for (const Drawn& d : glyphs)
    if (order.empty() || order.back() != d.cluster) order.push_back(d.cluster);
  return order;
}

// Pango's layout from pango-view's serialization (runs and glyphs in visual order), or what
// is wrong with it in `problem`.
Layout PangoLayout(const json& doc, std::string* problem) {
  Layout layout;
  const json& output = doc.at("output");
  if (output.at("unknown-glyphs").get<int>() != 0) *problem = "pango found no glyph for some characters";
  const json& lines = output.at("lines");
  if (lines.size() != 1) *problem = "pango made " + std::to_string(lines.size()) + " lines of it";
  if (lines.empty()) return layout;
  layout.rightToLeft = lines[0].value("direction", "ltr") == "rtl";
  for (const json& run : lines[0].at("runs")) {
    std::string font = run.at("font").at("description").get<std::string>();
    if (!font.starts_with("DejaVu Sans ")) *problem = "pango took " + font + " for \"" + run.at("text").get<std::string>() + "\"";
    uint32_t offset = run.at("offset").get<uint32_t>();
    for (const json& g : run.at("glyphs")) {
      unsigned glyph = g.at("glyph").get<unsigned>();
      if (glyph == 0x0FFFFFFF) continue;  // PANGO_GLYPH_EMPTY: a control, drawn as nothing
      layout.glyphs.push_back({glyph, offset + g.at("log-cluster").get<uint32_t>()});
    }
  }
  return layout;
}

// Where pango draws a final alef with hamza or madda (left) and a lam (right) unjoined, the
// lam-alef ligature Parley draws for the two, at the lam's cluster; `joined` counts them.
void JoinLamAlef(const Font& font, std::vector<Drawn>* glyphs, int* joined) {
  struct Pair {
    char32_t alef, isolated;  // the final alef form; its ligature after an initial lam (+1 after a medial one)
  };
  constexpr Pair kPairs[] = {{0xFE82, 0xFEF5}, {0xFE84, 0xFEF7}, {0xFE88, 0xFEF9}};
  const unsigned initialLam = font.Glyph(0xFEDF), medialLam = font.Glyph(0xFEE0);
  std::vector<Drawn> out;
  for (size_t i = 0; i < glyphs->size(); ++i) {
    const Drawn& alef = (*glyphs)[i];
    const Pair* pair = nullptr;
    if (i + 1 < glyphs->size()) {
      const Drawn& lam = (*glyphs)[i + 1];
      for (const Pair& p : kPairs)
        if (alef.glyph == font.Glyph(p.alef) && (lam.glyph == initialLam || lam.glyph == medialLam) &&
            lam.cluster < alef.cluster)
          pair = &p;
    }
    if (!pair) {
      out.push_back(alef);
      continue;
    }
    const Drawn& lam = (*glyphs)[++i];
    out.push_back({font.Glyph(pair->isolated + (lam.glyph == medialLam)), lam.cluster});
    ++*joined;
  }
  *glyphs = out;
}

// Parley's layout of `text`, each glyph with the glyphs that may stand for it, its clusters
// taken from pango's.
struct ParleyGlyph {
  std::set<unsigned> glyphs;
  uint32_t cluster = 0;
};
struct ParleyLayout {
  bool rightToLeft = false;
  std::vector<ParleyGlyph> glyphs;
  std::vector<Drawn> drawn;  // its own glyph each
};

ParleyLayout LayOut(const Font& font, const std::string& text, const std::set<uint32_t>& starts, std::string* problem) {
  ParleyLayout layout;
  std::vector<parley::VisualLine> lines = parley::LayOutText(text, 0, [](char32_t) { return 1.0f; });
  if (lines.size() != 1) *problem = "Parley made " + std::to_string(lines.size()) + " lines of it";
  if (lines.empty()) return layout;
  layout.rightToLeft = lines[0].rightToLeft;
  for (const parley::VisualGlyph& g : lines[0].glyphs) {
    layout.glyphs.push_back({GlyphsFor(font, g.shown), ClusterOf(starts, g.logical)});
    layout.drawn.push_back({font.Glyph(g.shown), layout.glyphs.back().cluster});
  }
  return layout;
}

// Whether the letters (glyphs with an advance), or else the marks (without: vowel points,
// shadda), of pango's and Parley's layouts stand for the same clusters in the same order, each
// Parley's glyph one that may stand for pango's.
bool Same(Font& font, const std::vector<Drawn>& pango, const ParleyLayout& parley, bool marks) {
  std::vector<const Drawn*> a;
  for (const Drawn& d : pango)
    if (font.IsMark(d.glyph) == marks) a.push_back(&d);
  std::vector<const ParleyGlyph*> b;
  for (size_t i = 0; i < parley.glyphs.size(); ++i)
    if (font.IsMark(parley.drawn[i].glyph) == marks) b.push_back(&parley.glyphs[i]);
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i]->cluster != b[i]->cluster || !b[i]->glyphs.contains(a[i]->glyph)) return false;
  return true;
}

std::string Describe(bool rightToLeft, const std::vector<Drawn>& glyphs) {
  std::string out = rightToLeft ? "right to left, glyph@byte:" : "left to right, glyph@byte:";
  for (const Drawn& d : glyphs) out += " " + std::to_string(d.glyph) + "@" + std::to_string(d.cluster);
  return out;
}

// Whether `text` holds a letter in [from, to].
bool Holds(const std::string& text, char32_t from, char32_t to) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  for (utf8proc_ssize_t at = 0, size = utf8proc_ssize_t(text.size()); at < size;) {
    utf8proc_int32_t c = 0;
    utf8proc_ssize_t length = utf8proc_iterate(p + at, size - at, &c);
    if (length <= 0) return false;
    if (char32_t(c) >= from && char32_t(c) <= to) return true;
    at += length;
  }
  return false;
}

// `text` as pango markup.
std::string Escaped(const std::string& text) {
  std::string out;
  for (char c : text) out += c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : std::string(1, c);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: pango_order WORKSHOP.json FONT.ttf OUT_DIR\n");
    return 2;
  }
  const std::string out = argv[3];
  std::set<std::string> paragraphs;
  {
    std::ifstream in(argv[1]);
    if (!in) {
      std::fprintf(stderr, "pango_order: cannot read %s\n", argv[1]);
      return 2;
    }
    CollectParagraphs(json::parse(in), &paragraphs);
  }
  FT_Library library = nullptr;
  FT_Face face = nullptr;
  if (FT_Init_FreeType(&library) != 0 || FT_New_Face(library, argv[2], 0, &face) != 0) {
    std::fprintf(stderr, "pango_order: cannot open the font %s\n", argv[2]);
    return 2;
  }
  Font font(face);
  int differ = 0, marks = 0, joined = 0, arabic = 0, hebrew = 0, mixed = 0, n = 0;
  for (const std::string& text : paragraphs) {
    std::string stem = out + "/text-" + std::to_string(++n);
    // Latin ligatures (ffi) off: Dear ImGui draws none. Arabic's required ones (lam-alef) stay.
    std::ofstream(stem + ".txt", std::ios::binary) << "<span font_features=\"liga=0\">" << Escaped(text) << "</span>";
    std::string command = "pango-view -q --markup --font='DejaVu Sans 20' --margin=8 -o '" + stem +
                          ".png' --serialize-to='" + stem + ".json' '" + stem + ".txt'";
    if (std::system(command.c_str()) != 0) {
      std::fprintf(stderr, "pango_order: %s failed\n", command.c_str());
      return 1;
    }
    std::ifstream serialized(stem + ".json");
    std::string problem;
    Layout pango = PangoLayout(json::parse(serialized), &problem);
    std::set<uint32_t> starts;
    for (const Drawn& d : pango.glyphs) starts.insert(d.cluster);
    JoinLamAlef(font, &pango.glyphs, &joined);
    ParleyLayout parley = LayOut(font, text, starts, &problem);
    if (problem.empty() && pango.rightToLeft != parley.rightToLeft) problem = "the paragraph's direction differs";
    if (problem.empty() && ClusterOrder(pango.glyphs) != ClusterOrder(parley.drawn))
      problem = "the characters come in another order";
    if (problem.empty() && !Same(font, pango.glyphs, parley, false)) problem = "the letters differ";
    if (!problem.empty()) {
      ++differ;
      std::printf("DIFFERS (%s): %s.txt\n  %s\n  pango:  %s\n  Parley: %s\n", problem.c_str(), stem.c_str(), text.c_str(),
                  Describe(pango.rightToLeft, pango.glyphs).c_str(), Describe(parley.rightToLeft, parley.drawn).c_str());
    } else if (!Same(font, pango.glyphs, parley, true)) {
      ++marks;
      std::printf("vowel marks drawn otherwise (no mark placement): %s.txt\n  %s\n", stem.c_str(), text.c_str());
    }
    bool ar = Holds(text, 0x0600, 0x06FF), he = Holds(text, 0x0590, 0x05FF);
    arabic += ar;
    hebrew += he;
    mixed += (ar || he) && (Holds(text, 'A', 'Z') || Holds(text, 'a', 'z'));
  }
  FT_Done_Face(face);
  FT_Done_FreeType(library);
  std::printf("%d paragraphs compared with pango (%d with Arabic, %d with Hebrew, %d mixed with Latin): %d differ; "
              "%d with vowel marks drawn otherwise; %d lam-alefs with hamza or madda joined where pango does not\n",
              n, arabic, hebrew, mixed, differ, marks, joined);
  // A workshop without all three kinds of text would let this pass without looking.
  if (arabic == 0 || hebrew == 0 || mixed == 0) {
    std::printf("pango_order: the workshop lacks Arabic, Hebrew or mixed text to compare\n");
    return 1;
  }
  return differ == 0 ? 0 : 1;
}
