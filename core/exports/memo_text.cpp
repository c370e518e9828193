#include "core/exports/memo_text.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

#include "core/common/text.hpp"

namespace parley {

namespace {

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += char(c);
  } else if (c < 0x800) {
    out += char(0xC0 | (c >> 6));
    out += char(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += char(0xE0 | (c >> 12));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  } else {
    out += char(0xF0 | (c >> 18));
    out += char(0x80 | ((c >> 12) & 0x3F));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  }
}

// The code point starting at text[i] and its length in bytes; a malformed sequence (bad lead,
// overlong, surrogate, beyond U+10FFFF, cut short) is U+FFFD of length 1.
std::pair<char32_t, size_t> DecodeUtf8(std::string_view text, size_t i) {
  constexpr std::pair<char32_t, size_t> kBad{0xFFFD, 1};
  unsigned char lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x80) return {lead, 1};
  size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  if (length == 0 || lead > 0xF4 || i + length > text.size()) return kBad;
  char32_t c = lead & (0x7F >> length);
  for (size_t k = 1; k < length; ++k) {
    unsigned char next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) return kBad;
    c = (c << 6) | (next & 0x3F);
  }
  constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < kSmallest[length] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return kBad;
  return {c, length};
}

}  // namespace

std::string CleanText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t printable = i;  // a run of printable ASCII, most of a text, is kept as it is
    while (printable < text.size() && text[printable] >= 0x20 && text[printable] < 0x7F)
      ++printable;
    out.append(text.substr(i, printable - i));
    i = printable;
    if (i == text.size()) break;
    auto [c, length] = DecodeUtf8(text, i);
    i += length;
    if (c == '\r') {
      if (i < text.size() && text[i] == '\n') ++i;
      c = '\n';
    }
    if (c == '\t') c = ' ';
    bool control = (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F);
    bool noncharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    if (control || noncharacter) continue;
    AppendUtf8(out, c);
  }
  return out;
}

MemoDocument CleanDocument(MemoDocument doc) {
  for (std::string* text :
       {&doc.title, &doc.subtitle, &doc.language, &doc.pageMark, &doc.footer, &doc.madeAt})
    *text = CleanText(*text);
  for (MemoDocumentSection& section : doc.sections) {
    section.title = CleanText(section.title);
    for (MemoDocumentParagraph& paragraph : section.paragraphs)
      paragraph.text = CleanText(paragraph.text);
  }
  return doc;
}

bool IsRightToLeft(std::string_view language) {
  std::vector<std::string> subtags;
  for (size_t start = 0; start <= language.size();) {
    size_t end = std::min(language.find('-', start), language.size());
    std::string subtag(language.substr(start, end - start));
    for (char& c : subtag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    subtags.push_back(subtag);
    start = end + 1;
  }
  for (size_t i = 1; i < subtags.size(); ++i)
    if (subtags[i].size() == 4)  // a script subtag decides
      return subtags[i] == "arab" || subtags[i] == "hebr" || subtags[i] == "syrc" || subtags[i] == "thaa";
  for (const char* rtl : {"ar", "he", "iw", "fa", "ur", "ps", "yi", "ckb", "sd", "ug", "dv", "syr", "arc"})
    if (subtags[0] == rtl) return true;
  return false;
}

std::vector<std::string> CleanLines(std::string_view text) {
  std::vector<std::string> lines;
  std::string clean = CleanText(text);
  size_t start = 0;
  while (start <= clean.size()) {
    size_t end = clean.find('\n', start);
    if (end == std::string::npos) end = clean.size();
    std::string line = Trim(std::string_view(clean).substr(start, end - start));
    if (!line.empty()) lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += separator;
    out += parts[i];
  }
  return out;
}

std::string OneLine(std::string_view text) {
  return Join(CleanLines(text), " ");
}

bool WhollyBracketed(std::string_view text) {
  if (text.size() < 2 || text.front() != '[' || text.back() != ']') return false;
  int depth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '[') ++depth;
    if (text[i] == ']' && --depth == 0 && i + 1 != text.size()) return false;
  }
  return depth == 0;
}

std::vector<std::string> ShownLines(const MemoDocumentParagraph& paragraph) {
  std::vector<std::string> lines = CleanLines(paragraph.text);
  if (paragraph.bracketed && !lines.empty() && !WhollyBracketed(Join(lines, "\n"))) {
    lines.front().insert(0, "[");
    lines.back() += "]";
  }
  return lines;
}

}  // namespace parley
