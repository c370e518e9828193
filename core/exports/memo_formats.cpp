// The joint memo's export formats.
//
// [SECTION] Markdown (CommonMark)
// [SECTION] HTML
// [SECTION] PDF: the module that writes it, loaded on first use
#include "core/exports/memo_formats.hpp"

#include <dlfcn.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <string_view>
#include <vector>

#include "core/common/error.hpp"
#include "core/exports/pdf/memo_pdf.hpp"
#include "core/exports/memo_text.hpp"
#include "core/common/text.hpp"

namespace parley {
namespace {

// [SECTION] Markdown (CommonMark) -----------------------------------------------------------

// True when text[i] == '&' starts something CommonMark would read as an entity ("&amp;",
// "&#38;"), so that the '&' must be escaped to stay literal.
bool StartsEntity(std::string_view text, size_t i) {
  size_t j = i + 1;
  if (j < text.size() && text[j] == '#') ++j;
  size_t first = j;
  while (j < text.size() && std::isalnum(static_cast<unsigned char>(text[j]))) ++j;
  return j > first && j < text.size() && text[j] == ';';
}

// `text` with every character that CommonMark (or a common extension: tables, strikethrough)
// could read as inline markup backslash-escaped. `escapeHash` also escapes '#', for headings,
// whose closing '#'s would otherwise be dropped.
std::string MarkdownInline(std::string_view text, bool escapeHash = false) {
  static constexpr auto kMayEscape = [] {  // the characters that may need a backslash
    std::array<bool, 256> may{};
    for (unsigned char c : std::string_view("\\`*_[]<>~|#&")) may[c] = true;
    return may;
  }();
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t i = 0; i < text.size(); ++i) {
    size_t plain = i;  // a run that needs no escape, most of a text, is kept as it is
    while (plain < text.size() && !kMayEscape[static_cast<unsigned char>(text[plain])]) ++plain;
    out.append(text.substr(i, plain - i));
    if ((i = plain) == text.size()) break;
    char c = text[i];
    if ((c != '#' && c != '&') || (c == '#' && escapeHash) || (c == '&' && StartsEntity(text, i)))
      out += '\\';
    out += c;
  }
  return out;
}

// One line of a paragraph, escaped so that neither its characters nor its start make a block:
// no heading ('#'), list ("-", "+", "1."), setext underline ('=', '-') or quote ('>').
std::string MarkdownLine(std::string_view line) {
  std::string out = MarkdownInline(line);
  if (line.empty()) return out;
  if (std::string_view("#-+=").find(line[0]) != std::string_view::npos) return "\\" + out;
  size_t digits = 0;
  while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
  if (digits > 0 && digits < line.size() && (line[digits] == '.' || line[digits] == ')'))
    out.insert(digits, "\\");  // the digits came through MarkdownInline unchanged
  return out;
}

// Lines of one paragraph, each kept on its own line by a hard break ("\" at the line's end).
std::string MarkdownParagraph(const std::vector<std::string>& lines) {
  std::vector<std::string> escaped;
  for (const auto& line : lines) escaped.push_back(MarkdownLine(line));
  return Join(escaped, "\\\n");
}

// [SECTION] HTML ------------------------------------------------------------------------------

// Appends `c` to `out` as HTML text.
void AppendHtmlEscaped(std::string& out, char c) {
  switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      out += c;
  }
}

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) AppendHtmlEscaped(out, c);
  return out;
}

// Lines of a paragraph as HTML: escaped, joined with <br>, every bracketed span (nested ones
// too) in a <span class="open"> that keeps its brackets; an unclosed '[' runs to the end.
std::string HtmlParagraph(const std::vector<std::string>& lines) {
  std::string text = Join(lines, "\n"), out;
  out.reserve(text.size() + text.size() / 8);
  int depth = 0;
  for (char c : text) {
    if (c == '[') {
      out += "<span class=\"open\">[";
      ++depth;
    } else if (c == ']' && depth > 0) {
      out += "]</span>";
      --depth;
    } else if (c == '\n') {
      out += "<br>\n";
    } else {
      AppendHtmlEscaped(out, c);
    }
  }
  for (; depth > 0; --depth) out += "</span>";
  return out;
}

// `language` when it looks like a BCP 47 tag ("en", "ar", "sr-Latn-RS"), else "und".
std::string HtmlLanguage(std::string_view language) {
  std::string tag = Trim(language);
  bool ok = !tag.empty() && tag.size() <= 35 && std::isalpha(static_cast<unsigned char>(tag[0]));
  for (char c : tag) ok = ok && (std::isalnum(static_cast<unsigned char>(c)) || c == '-');
  return ok ? tag : "und";
}

// Reads on a phone (one fluid column), prints with 2 cm margins; the watermark is the page mark,
// fixed so that print repeats it on every page; browsers with @page margin boxes also number
// the pages and (MemoToHtml adds it) repeat the mark in the header.
constexpr std::string_view kHtmlStyle = R"css(
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1c2127; font-family: "Noto Sans", "DejaVu Sans", system-ui, sans-serif; font-size: 1.05rem; line-height: 1.6; -webkit-text-size-adjust: 100%; }
.memo { position: relative; z-index: 1; max-width: 42rem; margin: 0 auto; padding: 1.25rem 1.1rem 2.5rem; }
.mark-line { margin: 0 0 1rem; text-align: center; border-bottom: 2px solid #8a1c1c; padding-bottom: 0.3rem; }
.mark { color: #8a1c1c; font-weight: 700; letter-spacing: 0.2em; }
h1 { font-size: 1.65rem; line-height: 1.25; color: #1a3354; margin: 0.4rem 0 0.3rem; }
.subtitle { color: #555b63; font-style: italic; margin: 0 0 1.4rem; padding-bottom: 0.8rem; border-bottom: 1px solid #c4c8cd; }
h2 { font-size: 1.2rem; line-height: 1.3; color: #1a3354; margin: 1.8rem 0 0.5rem; }
p { margin: 0 0 0.85rem; overflow-wrap: break-word; }
.open { background: #fff2cc; color: #6b4200; border-radius: 2px; }
.open .open { background: none; }
.footer { margin-top: 2.2rem; padding-top: 0.6rem; border-top: 1px solid #c4c8cd; color: #555b63; font-size: 0.9rem; }
.watermark { position: fixed; top: 50%; left: 50%; z-index: 0; transform: translate(-50%, -50%) rotate(-35deg); font-size: min(7rem, 15vw); font-weight: 700; letter-spacing: 0.1em; white-space: nowrap; color: rgba(138, 28, 28, 0.07); pointer-events: none; user-select: none; }
@page { margin: 2cm; @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; } }
@media print {
  body { font-size: 10.5pt; line-height: 1.45; }
  .memo { max-width: none; padding: 0; }
  h1, h2 { break-after: avoid; page-break-after: avoid; }
  p { orphans: 2; widows: 2; }
  .open { background: none; color: #6b4200; text-decoration: underline dotted; }
  .watermark { font-size: 6rem; color: rgba(138, 28, 28, 0.08); print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
)css";

// `text` as a CSS string literal that is also safe inside <style>: quotes, backslashes and
// '<' (which could close the element) are CSS escapes.
std::string CssString(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '<') {
      out += "\\3C ";
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace

std::string MemoToMarkdown(const MemoDocument& memo) {
  std::vector<std::string> blocks;
  std::string mark = OneLine(memo.pageMark);
  std::string markLine = mark.empty() ? "" : "**" + MarkdownInline(mark) + "**";
  if (!markLine.empty()) blocks.push_back(markLine);
  if (std::string title = OneLine(memo.title); !title.empty())
    blocks.push_back("# " + MarkdownInline(title, true));
  if (std::string subtitle = OneLine(memo.subtitle); !subtitle.empty())
    blocks.push_back("*" + MarkdownInline(subtitle) + "*");
  for (const auto& section : memo.sections) {
    if (std::string heading = OneLine(section.title); !heading.empty())
      blocks.push_back("## " + MarkdownInline(heading, true));
    for (const auto& paragraph : section.paragraphs) {
      std::vector<std::string> lines = ShownLines(paragraph);
      if (!lines.empty()) blocks.push_back(MarkdownParagraph(lines));
    }
  }
  std::vector<std::string> footer = CleanLines(memo.footer);
  if (!markLine.empty() || !footer.empty()) {
    blocks.push_back("---");
    std::vector<std::string> lines;
    if (!markLine.empty()) lines.push_back(markLine);
    for (size_t i = 0; i < footer.size(); ++i) {
      if (i == 0 && !markLine.empty())
        lines.front() += " — " + MarkdownInline(footer[0]);  // mid-line: no block escapes
      else
        lines.push_back(MarkdownLine(footer[i]));
    }
    blocks.push_back(Join(lines, "\\\n"));
  }
  return Join(blocks, "\n\n") + "\n";
}

std::string MemoToHtml(const MemoDocument& memo) {
  std::string title = OneLine(memo.title), subtitle = OneLine(memo.subtitle);
  std::string rawMark = OneLine(memo.pageMark), mark = HtmlEscape(rawMark);
  std::string out;
  const std::string language = HtmlLanguage(memo.language);
  out += "<!DOCTYPE html>\n<html lang=\"" + HtmlEscape(language) + "\"" +
         (IsRightToLeft(language) ? " dir=\"rtl\"" : "") + ">\n";
  out += "<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>" + HtmlEscape(title.empty() ? "Memorandum" : title) + "</title>\n";
  out += "<style>";
  out += kHtmlStyle;
  if (!mark.empty())
    out += "@page { @top-right { content: " + CssString(rawMark) +
           "; color: #8a1c1c; font-weight: 700; font-size: 9pt; } }\n";
  out += "</style>\n</head>\n<body>\n";
  if (!mark.empty()) out += "<div class=\"watermark\" aria-hidden=\"true\">" + mark + "</div>\n";
  out += "<div class=\"memo\">\n";
  if (!mark.empty())
    out += "<div class=\"mark-line\"><span class=\"mark\">" + mark + "</span></div>\n";
  if (!title.empty()) out += "<h1 dir=\"auto\">" + HtmlEscape(title) + "</h1>\n";
  if (!subtitle.empty())
    out += "<p class=\"subtitle\" dir=\"auto\">" + HtmlEscape(subtitle) + "</p>\n";
  for (const auto& section : memo.sections) {
    out += "<div class=\"section\">\n";
    if (std::string heading = OneLine(section.title); !heading.empty())
      out += "<h2 dir=\"auto\">" + HtmlEscape(heading) + "</h2>\n";
    for (const auto& paragraph : section.paragraphs) {
      std::vector<std::string> lines = ShownLines(paragraph);
      if (!lines.empty()) out += "<p dir=\"auto\">" + HtmlParagraph(lines) + "</p>\n";
    }
    out += "</div>\n";
  }
  std::vector<std::string> footer = CleanLines(memo.footer);
  if (!mark.empty() || !footer.empty()) {
    out += "<div class=\"footer\">\n<p dir=\"auto\">";
    if (!mark.empty()) out += "<span class=\"mark\">" + mark + "</span>";
    if (!mark.empty() && !footer.empty()) out += " — ";
    for (size_t i = 0; i < footer.size(); ++i)
      out += (i > 0 ? "<br>\n" : "") + HtmlEscape(footer[i]);
    out += "</p>\n</div>\n";
  }
  out += "</div>\n</body>\n</html>\n";
  return out;
}

void WriteMemoPdf(const MemoDocument& memo, PaperSize paper, const std::string& path) {
  // Looked for next to the executable, then where the package installs it (<prefix>/lib/parley
  // beside <prefix>/bin, whatever the prefix), then where this build made it
  // (PARLEY_PDF_MODULE); once.
  static const auto [write, failure] = []() -> std::pair<WriteMemoPdfFunction*, std::string> {
    std::error_code ec;
    std::filesystem::path bin = std::filesystem::read_symlink("/proc/self/exe", ec).parent_path();
    std::string failure;
    for (const std::string& place : {ec ? std::string() : (bin / kPdfModule).string(),
                                     ec ? std::string() : (bin / "../lib/parley" / kPdfModule).string(),
                                     std::string(PARLEY_PDF_MODULE)}) {
      if (place.empty()) continue;
      void* module = dlopen(place.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (!module) {
        if (failure.empty()) failure = dlerror();
        continue;
      }
      if (void* entry = dlsym(module, kWriteMemoPdfSymbol)) return {reinterpret_cast<WriteMemoPdfFunction*>(entry), ""};
      failure = std::string(place) + " has no " + kWriteMemoPdfSymbol;
    }
    return {nullptr, failure};
  }();
  if (!write)
    throw Error("Parley's PDF writer could not be loaded (" + failure + ").",
                "Build Parley again (make run), or export the memo as HTML or Markdown meanwhile.");
  std::string what, advice;
  if (!write(memo, paper, path, &what, &advice)) throw Error(what, advice);
}

}  // namespace parley
