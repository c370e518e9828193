// The joint memo as PDF: Pango lays out and shapes the text (Arabic, Hebrew), cairo writes the
// file. Built as a module of its own, libparley_pdf.so, that Parley loads when it first writes
// a PDF: the window then starts without the thirty-odd libraries of Pango and cairo, through
// all of which every library loaded later (the OpenGL driver, at the window's start) would
// otherwise have its symbols looked up.
//
// [SECTION] The partial file, Pango blocks, pagination, drawing
// [SECTION] The entry point
#include <cairo-pdf.h>
#include <cairo.h>
#include <fcntl.h>
#include <pango/pangocairo.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "core/common/error.hpp"
#include "core/exports/pdf/memo_pdf.hpp"
#include "core/exports/memo_text.hpp"
#include "core/common/text.hpp"

namespace parley {
namespace {

// [SECTION] The partial file, Pango blocks, pagination, drawing ------------------------------

constexpr double kPointsPerCm = 72.0 / 2.54;
constexpr double kMargin = 2.0 * kPointsPerCm;
constexpr const char* kFamilies = "Noto Sans, DejaVu Sans";

struct PaperPoints {
  double width, height;
};
PaperPoints Points(PaperSize paper) {
  return paper == PaperSize::A4 ? PaperPoints{595.28, 841.89} : PaperPoints{612.0, 792.0};
}

// A font of kFamilies: "Bold", "Italic" or "" for regular, and a size in points.
struct Font {
  const char* style;
  double size;
};

struct Rgb {
  double r, g, b;
};
constexpr Rgb kInk{0.11, 0.13, 0.15};
constexpr Rgb kHeading{0.10, 0.20, 0.33};
constexpr Rgb kMuted{0.34, 0.36, 0.39};
constexpr Rgb kRule{0.77, 0.78, 0.80};
constexpr Rgb kMarkRed{0.54, 0.11, 0.11};
constexpr Rgb kOpenInk{0.42, 0.26, 0.0};
constexpr Rgb kOpenBackground{1.0, 0.95, 0.80};

struct GObjectUnref {
  void operator()(void* object) const { g_object_unref(object); }
};
struct CairoDestroy {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectUnref>;
using ContextPtr = std::unique_ptr<PangoContext, GObjectUnref>;
using CairoPtr = std::unique_ptr<cairo_t, CairoDestroy>;
using SurfacePtr = std::unique_ptr<cairo_surface_t, CairoDestroy>;

[[noreturn]] void ThrowPdfError(const std::string& path, const std::string& reason) {
  throw Error("Could not write the memo to " + path + ": " + reason + ".",
              "Check that the folder exists and is writable and that the disk has space, "
              "then export again.");
}

// The file cairo writes into: `path` + ".partial", removed unless Commit renamed it over
// `path`. Declared before the cairo surface so that the surface is finished first.
class PartialFile {
 public:
  explicit PartialFile(std::string path) : m_path(std::move(path)), m_partial(m_path + ".partial") {
    m_fd = ::open(m_partial.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (m_fd < 0) ThrowPdfError(m_path, std::strerror(errno));
  }
  PartialFile(const PartialFile&) = delete;
  PartialFile& operator=(const PartialFile&) = delete;
  ~PartialFile() {
    if (m_fd >= 0) ::close(m_fd);
    if (!m_committed) ::unlink(m_partial.c_str());  // made by the constructor, so ours to remove
  }

  // A cairo_write_func_t; `closure` is the PartialFile.
  static cairo_status_t Write(void* closure, const unsigned char* data, unsigned int length) {
    auto* self = static_cast<PartialFile*>(closure);
    for (unsigned int done = 0; done < length;) {
      ssize_t n = ::write(self->m_fd, data + done, length - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        if (self->m_errno == 0) self->m_errno = n < 0 ? errno : EIO;
        return CAIRO_STATUS_WRITE_ERROR;
      }
      done += unsigned(n);
    }
    return CAIRO_STATUS_SUCCESS;
  }

  // Why the first failed write failed, or `fallback` when none did.
  std::string Reason(const std::string& fallback) const {
    return m_errno != 0 ? std::strerror(m_errno) : fallback;
  }

  // Syncs, closes and renames the partial file over the path. Throws parley::Error.
  void Commit() {
    if (::fsync(m_fd) != 0) ThrowPdfError(m_path, std::strerror(errno));
    int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) ThrowPdfError(m_path, std::strerror(errno));
    if (std::rename(m_partial.c_str(), m_path.c_str()) != 0)
      ThrowPdfError(m_path, std::strerror(errno));
    m_committed = true;
  }

 private:
  std::string m_path;        // where the PDF goes
  std::string m_partial;     // where it is written first
  int m_fd = -1;             // open on m_partial until Commit
  int m_errno = 0;           // errno of the first failed write, 0 while none failed
  bool m_committed = false;  // true once m_partial is renamed to m_path
};

// One run of text laid out to the text width: the title, a heading, a paragraph.
struct Block {
  LayoutPtr layout;
  Rgb colour = kInk;
  double spaceBefore = 0;     // points above, dropped at the top of a page
  double spaceAfter = 0;      // points below
  bool keepWithNext = false;  // a heading: moves to the next page unless 2 lines after it fit
  bool ruleAfter = false;     // a thin rule below (ends the title block)
};

// Where one line of a block sits, in points from the block's layout origin.
struct LineBox {
  double top, bottom, baseline, x;
};

std::vector<LineBox> LineBoxes(PangoLayout* layout) {
  std::vector<LineBox> boxes;
  PangoLayoutIter* iter = pango_layout_get_iter(layout);
  do {
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(iter, nullptr, &logical);
    double baseline = pango_layout_iter_get_baseline(iter);
    boxes.push_back({double(logical.y) / PANGO_SCALE,
                     double(logical.y + logical.height) / PANGO_SCALE, baseline / PANGO_SCALE,
                     double(logical.x) / PANGO_SCALE});
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
  return boxes;
}

struct PlacedLine {
  PangoLayout* layout;  // owned by its Block
  int index;            // line of the layout
  double x, baseline;   // on the page, points
  Rgb colour;
};

struct Page {
  std::vector<PlacedLine> lines;
  std::vector<double> rules;  // y of each thin rule across the text width
};

// Places blocks line by line down the pages. A paragraph may cross a page, but leaves no
// single first line at a page's foot and no single last line at the next page's head.
class Paginator {
 public:
  Paginator(double left, double top, double bottom) : m_left(left), m_top(top), m_bottom(bottom) {
    NewPage();
  }

  void Place(const Block& block, const Block* next) {
    std::vector<LineBox> lines = LineBoxes(block.layout.get());
    if (!m_pageEmpty) m_cursor += block.spaceBefore;
    if (block.keepWithNext && !m_pageEmpty && m_cursor + KeptHeight(lines, next) > m_bottom)
      NewPage();
    size_t n = lines.size();
    for (size_t i = 0; i < n;) {
      double offset = lines[i].top;  // layout y at this page's first line of the block
      size_t fit = 0;
      while (i + fit < n && m_cursor + lines[i + fit].bottom - offset <= m_bottom + 0.01) ++fit;
      size_t rest = n - i - fit;
      if (rest > 0 && i == 0 && fit < 2 && !m_pageEmpty) {
        fit = 0;  // a lone first line at the foot: start on the next page
      } else if (rest == 1 && fit >= (i == 0 ? 3u : 2u)) {
        fit -= 1;  // a lone last line at the head: take one more along
      } else if (rest == 1 && i == 0 && !m_pageEmpty) {
        fit = 0;
      }
      if (fit == 0 && !m_pageEmpty) {
        NewPage();
        continue;
      }
      fit = std::max<size_t>(fit, 1);  // a line taller than the page still goes somewhere
      for (size_t k = i; k < i + fit; ++k)
        m_pages.back().lines.push_back({block.layout.get(), int(k), m_left + lines[k].x,
                                        m_cursor + lines[k].baseline - offset, block.colour});
      m_cursor += lines[i + fit - 1].bottom - offset;
      m_pageEmpty = false;
      i += fit;
      if (i < n) NewPage();
    }
    m_cursor += block.spaceAfter;
    if (block.ruleAfter) {
      m_pages.back().rules.push_back(m_cursor);
      m_cursor += 4;
    }
  }

  std::vector<Page> TakePages() { return std::move(m_pages); }

 private:
  void NewPage() {
    m_pages.emplace_back();
    m_cursor = m_top;
    m_pageEmpty = true;
  }

  // The height a heading needs at the foot of a page: itself and two lines of what follows.
  static double KeptHeight(const std::vector<LineBox>& lines, const Block* next) {
    double height = lines.back().bottom - lines.front().top;
    if (next) {
      std::vector<LineBox> after = LineBoxes(next->layout.get());
      size_t k = std::min<size_t>(2, after.size());
      height += next->spaceBefore + after[k - 1].bottom - after[0].top;
    }
    return height;
  }

  double m_left, m_top, m_bottom;  // the text area, points
  std::vector<Page> m_pages;       // never empty
  double m_cursor = 0;             // y where the next line may start
  bool m_pageEmpty = true;         // nothing placed on the last page yet
};

// Byte ranges of the top-level bracketed spans of `text` ("[...]" with what it nests; an
// unclosed '[' runs to the end).
std::vector<std::pair<size_t, size_t>> BracketedSpans(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> spans;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '[' && depth++ == 0) start = i;
    if (text[i] == ']' && depth > 0 && --depth == 0) spans.push_back({start, i + 1});
  }
  if (depth > 0) spans.push_back({start, text.size()});
  return spans;
}

guint16 Channel(double value) {
  return guint16(std::lround(value * 65535.0));
}

class PdfWriter {
 public:
  PdfWriter(const MemoDocument& memo, PaperSize paper, cairo_t* cr)
      : m_memo(memo), m_cr(cr), m_context(pango_cairo_create_context(cr)) {
    m_width = Points(paper).width;
    m_height = Points(paper).height;
    m_textWidth = m_width - 2 * kMargin;
    // Measure without hinting, so that lines break the same on every viewer and printer.
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(m_context.get(), options);
    cairo_font_options_destroy(options);
    pango_cairo_context_set_resolution(m_context.get(), 72);  // a point is a PDF unit (not 96 dpi)
    std::string language = Trim(memo.language);
    if (!language.empty())
      pango_context_set_language(m_context.get(), pango_language_from_string(language.c_str()));
    // A paragraph takes its direction from its first strong letter (auto_dir); one without
    // (a date, a number) and the running title and footer take the memo's.
    m_rtl = IsRightToLeft(language);
    pango_context_set_base_dir(m_context.get(), m_rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
    m_title = OneLine(memo.title);
    m_mark = OneLine(memo.pageMark);
    m_footer = Join(CleanLines(memo.footer), " ");
  }

  void Write() {
    std::vector<Block> blocks = Blocks();
    Paginator paginator(kMargin, kMargin, m_height - kMargin);
    for (size_t i = 0; i < blocks.size(); ++i)
      paginator.Place(blocks[i], i + 1 < blocks.size() ? &blocks[i + 1] : nullptr);
    std::vector<Page> pages = paginator.TakePages();
    for (size_t i = 0; i < pages.size(); ++i) DrawPage(pages[i], int(i) + 1, int(pages.size()));
  }

 private:
  // A layout of `text` in `font`, wrapped to `width` points (not wrapped when negative);
  // bracketed spans marked.
  LayoutPtr Layout(const std::string& text, Font font, double width, bool markBrackets = false) {
    LayoutPtr layout(pango_layout_new(m_context.get()));
    // The size is set apart from the string, which would be parsed with the locale's decimal sign.
    std::string name = std::string(kFamilies) + " " + font.style;
    PangoFontDescription* description = pango_font_description_from_string(name.c_str());
    pango_font_description_set_size(description, int(std::lround(font.size * PANGO_SCALE)));
    pango_layout_set_font_description(layout.get(), description);
    pango_font_description_free(description);
    pango_layout_set_width(layout.get(), width < 0 ? -1 : int(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_auto_dir(layout.get(), TRUE);
    // Pango aligns a paragraph of the context's direction as asked and flips the alignment of
    // one of the other direction: in a memo written right to left, "right" sets its own
    // paragraphs (and those without a strong letter) from the right, and Latin ones from the left.
    if (m_rtl) pango_layout_set_alignment(layout.get(), PANGO_ALIGN_RIGHT);
    pango_layout_set_text(layout.get(), text.c_str(), int(text.size()));
    if (markBrackets) {
      PangoAttrList* attributes = pango_attr_list_new();
      for (auto [start, end] : BracketedSpans(text)) {
        PangoAttribute* ink = pango_attr_foreground_new(Channel(kOpenInk.r), Channel(kOpenInk.g),
                                                        Channel(kOpenInk.b));
        PangoAttribute* background = pango_attr_background_new(
            Channel(kOpenBackground.r), Channel(kOpenBackground.g), Channel(kOpenBackground.b));
        for (PangoAttribute* attribute : {ink, background}) {
          attribute->start_index = guint(start);
          attribute->end_index = guint(end);
          pango_attr_list_insert(attributes, attribute);
        }
      }
      pango_layout_set_attributes(layout.get(), attributes);
      pango_attr_list_unref(attributes);
    }
    return layout;
  }

  std::vector<Block> Blocks() {
    std::vector<Block> blocks;
    auto add = [&](const std::string& text, Font font, Rgb colour, double before, double after,
                   bool markBrackets) -> Block& {
      Block& block = blocks.emplace_back();
      block.layout = Layout(text, font, m_textWidth, markBrackets);
      block.colour = colour;
      block.spaceBefore = before;
      block.spaceAfter = after;
      return block;
    };
    std::string subtitle = OneLine(m_memo.subtitle);
    if (!m_title.empty()) {
      Block& title = add(m_title, Font{"Bold", 20}, kHeading, 0, subtitle.empty() ? 14 : 4, false);
      pango_layout_set_line_spacing(title.layout.get(), 1.1f);
      title.ruleAfter = subtitle.empty();
    }
    if (!subtitle.empty()) add(subtitle, Font{"Italic", 12}, kMuted, 0, 14, false).ruleAfter = true;
    for (const auto& section : m_memo.sections) {
      std::string heading = OneLine(section.title);
      if (!heading.empty())
        add(heading, Font{"Bold", 13}, kHeading, 14, 5, false).keepWithNext = true;
      for (const auto& paragraph : section.paragraphs) {
        std::vector<std::string> lines = ShownLines(paragraph);
        if (lines.empty()) continue;
        Block& block = add(Join(lines, "\n"), Font{"", 11}, kInk, 0, 7, true);
        pango_layout_set_line_spacing(block.layout.get(), 1.12f);
      }
    }
    return blocks;
  }

  void SetColour(Rgb colour, double alpha = 1.0) {
    cairo_set_source_rgba(m_cr, colour.r, colour.g, colour.b, alpha);
  }

  void DrawPage(const Page& page, int number, int count) {
    DrawWatermark();
    DrawHeader(number);
    DrawFooter(number, count);
    for (const PlacedLine& line : page.lines) {
      SetColour(line.colour);
      cairo_move_to(m_cr, line.x, line.baseline);
      pango_cairo_show_layout_line(m_cr, pango_layout_get_line_readonly(line.layout, line.index));
    }
    SetColour(kRule);
    cairo_set_line_width(m_cr, 0.6);
    for (double y : page.rules) {
      cairo_move_to(m_cr, kMargin, y);
      cairo_line_to(m_cr, m_width - kMargin, y);
      cairo_stroke(m_cr);
    }
    cairo_show_page(m_cr);
  }

  // The page mark large, light and diagonal across the page, as outlines: it is a picture,
  // not text, so it is not read out or copied with the memo's text.
  void DrawWatermark() {
    if (m_mark.empty()) return;
    LayoutPtr probe = Layout(m_mark, Font{"Bold", 100}, -1);
    int width = 0, height = 0;
    pango_layout_get_size(probe.get(), &width, &height);
    double diagonal = std::hypot(m_width, m_height);
    double size = std::min(170.0, 100.0 * 0.62 * diagonal / (double(width) / PANGO_SCALE));
    LayoutPtr layout = Layout(m_mark, Font{"Bold", size}, -1);
    pango_layout_get_size(layout.get(), &width, &height);
    cairo_save(m_cr);
    cairo_translate(m_cr, m_width / 2, m_height / 2);
    cairo_rotate(m_cr, -std::atan2(m_height, m_width));
    cairo_move_to(m_cr, -double(width) / PANGO_SCALE / 2, -double(height) / PANGO_SCALE / 2);
    pango_cairo_layout_path(m_cr, layout.get());
    SetColour(kMarkRed, 0.07);
    cairo_fill(m_cr);
    cairo_restore(m_cr);
  }

  // Above the text: the running title from page 2 on at the start of the line (the left, or
  // the right in a memo written right to left), the page mark at its end, a rule.
  void DrawHeader(int number) {
    double ruleY = kMargin - 12;
    if (number > 1 && !m_title.empty()) {
      const double titleWidth = m_textWidth * 0.7;
      LayoutPtr title = Layout(m_title, Font{"", 8.5}, titleWidth);
      pango_layout_set_ellipsize(title.get(), PANGO_ELLIPSIZE_END);
      SetAtLineStart(title.get());
      DrawAbove(title.get(), m_rtl ? m_width - kMargin - titleWidth : kMargin, ruleY - 4, kMuted);
    }
    if (!m_mark.empty()) {
      LayoutPtr mark = Layout(m_mark, Font{"Bold", 9}, -1);
      int width = 0, height = 0;
      pango_layout_get_size(mark.get(), &width, &height);
      DrawAbove(mark.get(), m_rtl ? kMargin : m_width - kMargin - double(width) / PANGO_SCALE,
                ruleY - 4, kMarkRed);
    }
    if (number > 1 || !m_mark.empty()) {
      SetColour(kRule);
      cairo_set_line_width(m_cr, 0.6);
      cairo_move_to(m_cr, kMargin, ruleY);
      cairo_line_to(m_cr, m_width - kMargin, ruleY);
      cairo_stroke(m_cr);
    }
  }

  // Below the text: a rule, the footer text at the start of the line, "Page n of N" at its end
  // (the other way round in a memo written right to left).
  void DrawFooter(int number, int count) {
    double ruleY = m_height - kMargin + 12;
    SetColour(kRule);
    cairo_set_line_width(m_cr, 0.6);
    cairo_move_to(m_cr, kMargin, ruleY);
    cairo_line_to(m_cr, m_width - kMargin, ruleY);
    cairo_stroke(m_cr);
    std::string numbering = "Page " + std::to_string(number) + " of " + std::to_string(count);
    LayoutPtr pageNumber = Layout(numbering, Font{"", 8.5}, -1);
    int width = 0, height = 0;
    pango_layout_get_size(pageNumber.get(), &width, &height);
    double numberWidth = double(width) / PANGO_SCALE;
    DrawAt(pageNumber.get(), m_rtl ? kMargin : m_width - kMargin - numberWidth, ruleY + 5, kMuted);
    if (!m_footer.empty()) {
      LayoutPtr footer = Layout(m_footer, Font{"", 8.5}, m_textWidth - numberWidth - 24);
      SetAtLineStart(footer.get());
      DrawAt(footer.get(), m_rtl ? kMargin + numberWidth + 24 : kMargin, ruleY + 5, kMuted);
    }
  }

  // Sets the one paragraph of `layout` at the start of the memo's lines (the left, or the right
  // in a memo written right to left), in its own direction: an English footer in an Arabic
  // memo still ends with its full stop. Pango flips the alignment of a paragraph whose
  // direction is not the context's, so such a paragraph is given the other side.
  void SetAtLineStart(PangoLayout* layout) {
    const bool ownRtl = pango_layout_get_direction(layout, 0) == PANGO_DIRECTION_RTL;
    const bool left = ownRtl == m_rtl ? !m_rtl : m_rtl;
    pango_layout_set_alignment(layout, left ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
  }

  // Draws `layout` with its top-left corner at (x, y).
  void DrawAt(PangoLayout* layout, double x, double y, Rgb colour) {
    SetColour(colour);
    cairo_move_to(m_cr, x, y);
    pango_cairo_show_layout(m_cr, layout);
  }

  // Draws `layout` so that its bottom edge sits at `bottom`.
  void DrawAbove(PangoLayout* layout, double x, double bottom, Rgb colour) {
    int width = 0, height = 0;
    pango_layout_get_size(layout, &width, &height);
    DrawAt(layout, x, bottom - double(height) / PANGO_SCALE, colour);
  }

  const MemoDocument& m_memo;
  cairo_t* m_cr;                          // on the PDF surface
  ContextPtr m_context;                   // every layout's context: unhinted, memo's language
                                          //   and base direction
  bool m_rtl = false;                     // the memo's language is written right to left
  double m_width = 0, m_height = 0;       // the paper, points
  double m_textWidth = 0;                 // between the margins, points
  std::string m_title, m_mark, m_footer;  // cleaned, one line each
};

void WritePdf(const MemoDocument& memo, PaperSize paper, const std::string& path) {
  PartialFile file(path);
  SurfacePtr surface(cairo_pdf_surface_create_for_stream(
      &PartialFile::Write, &file, Points(paper).width, Points(paper).height));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
    ThrowPdfError(path, cairo_status_to_string(cairo_surface_status(surface.get())));
  if (std::string title = OneLine(memo.title); !title.empty())
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR,
                                 "Parley " PARLEY_VERSION);
  if (!memo.madeAt.empty())
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, memo.madeAt.c_str());
  {
    CairoPtr cr(cairo_create(surface.get()));
    PdfWriter(memo, paper, cr.get()).Write();
    if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS)
      ThrowPdfError(path, file.Reason(cairo_status_to_string(cairo_status(cr.get()))));
  }
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
    ThrowPdfError(path, file.Reason(cairo_status_to_string(cairo_surface_status(surface.get()))));
  file.Commit();
}

}  // namespace
}  // namespace parley

// [SECTION] The entry point ------------------------------------------------------------------

bool parley_write_memo_pdf(const parley::MemoDocument& memo, parley::PaperSize paper, const std::string& path,
                           std::string* what, std::string* advice) {
  try {
    parley::WritePdf(memo, paper, path);
    return true;
  } catch (const parley::Error& e) {
    *what = e.what();
    *advice = e.Advice();
  } catch (const std::exception& e) {
    *what = std::string("The PDF could not be written: ") + e.what() + ".";
    *advice = "Try again; if it fails again, export the memo as HTML or Markdown.";
  }
  return false;
}
