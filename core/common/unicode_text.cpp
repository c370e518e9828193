#include "core/common/unicode_text.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cassert>

namespace parley {

namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr char32_t kTatweel = 0x0640;  // Arabic elongation: a letter by category, only a stretch

// What utf8proc does to each character (see the header). DECOMPOSE without COMPOSE: the
// result is the concatenation of each character's own decomposition.
constexpr utf8proc_option_t kOptions =
    static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                   UTF8PROC_STRIPMARK | UTF8PROC_IGNORE | UTF8PROC_LUMP);

// ASCII goes through tables: the same result as utf8proc (ASCII only folds case), much faster.
struct AsciiTables {
  std::array<char, 128> folded{};  // the byte's normalised form; ' ' for white space
  std::array<bool, 128> word{};    // letter or digit
  constexpr AsciiTables() {
    for (int c = 0; c < 128; ++c) {
      bool space = c == ' ' || (c >= '\t' && c <= '\r');
      folded[c] = space                    ? ' '
                  : (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a')
                                           : static_cast<char>(c);
      word[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
  }
};
constexpr AsciiTables kAscii;

bool IsSpace(char32_t cp) {
  if (cp < 128) return kAscii.folded[cp] == ' ';
  if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) return true;
  return cp <= 0x10FFFF &&
         utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_ZS;
}

// Latin letters that have no decomposition but are often written without their stroke or as
// two letters ("Łukasz" as "Lukasz", "Ørsted" as "Orsted"); already case-folded.
struct LatinFallback {
  char32_t letter;
  const char* plain;
};
constexpr LatinFallback kLatinFallbacks[] = {{U'æ', "ae"}, {U'ð', "d"}, {U'ø', "o"}, {U'þ', "th"},
                                             {U'đ', "d"},  {U'ħ', "h"}, {U'ı', "i"}, {U'ł', "l"},
                                             {U'œ', "oe"}, {U'ŧ', "t"}};

const char* PlainLatin(char32_t cp) {
  if (cp < 0xE6 || cp > 0x167) return nullptr;
  for (const LatinFallback& f : kLatinFallbacks)
    if (f.letter == cp) return f.plain;
  return nullptr;
}

void AppendCodePoint(char32_t cp, std::string& out) {
  utf8proc_uint8_t bytes[4];
  utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), bytes);
  out.append(reinterpret_cast<const char*>(bytes), static_cast<size_t>(n));
}

}  // namespace

bool IsWordCharacter(char32_t cp) {
  if (cp < 128) return kAscii.word[cp];
  if (cp > 0x10FFFF) return false;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

bool IsMark(char32_t cp) {
  if (cp < 128 || cp > 0x10FFFF) return false;
  utf8proc_category_t c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}

DecodedChar DecodeAt(std::string_view utf8, size_t offset) {
  assert(offset < utf8.size());
  auto byte = static_cast<unsigned char>(utf8[offset]);
  if (byte < 128) return {byte, 1};
  utf8proc_int32_t cp = 0;
  utf8proc_ssize_t n =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data() + offset),
                       static_cast<utf8proc_ssize_t>(utf8.size() - offset), &cp);
  if (n <= 0 || cp < 0) return {kReplacement, 1};
  return {static_cast<char32_t>(cp), static_cast<size_t>(n)};
}

char32_t CodePointBefore(std::string_view utf8, size_t end) {
  assert(end > 0 && end <= utf8.size());
  size_t start = end - 1;
  while (start > 0 && end - start < 4 && (static_cast<unsigned char>(utf8[start]) & 0xC0) == 0x80)
    --start;
  DecodedChar c = DecodeAt(utf8, start);
  return start + c.length == end ? c.codePoint : kReplacement;
}

namespace {

// Appends the normalised form of ASCII bytes from utf8[begin] (case folded, white space
// runs collapsed) and, with kMap, their origins: up to the next non-ASCII byte or a chunk's
// end, whichever comes first. Returns where it stopped.
template <bool kMap>
size_t AppendAscii(std::string_view utf8, size_t begin, std::string& out,
                   std::vector<uint32_t>* origins) {
  constexpr size_t kChunk = 64;  // writes go straight into `out`, grown a chunk at a time
  const size_t stop = std::min(utf8.size(), begin + kChunk);
  const size_t base = out.size();
  out.resize(base + (stop - begin));
  char* const first = out.data() + base;
  char* write = first;
  uint32_t* origin = nullptr;
  if constexpr (kMap) {
    origins->resize(base + (stop - begin));
    origin = origins->data() + base;
  }
  bool space = base > 0 && out[base - 1] == ' ';
  size_t i = begin;
  for (; i < stop; ++i) {
    auto byte = static_cast<unsigned char>(utf8[i]);
    if (byte >= 128) break;
    // Without branches: a space after a space is written, then overwritten.
    char folded = kAscii.folded[byte];
    bool isSpace = folded == ' ';
    bool keep = !(isSpace && space);
    space = isSpace;
    *write = folded;
    write += keep;
    if constexpr (kMap) {
      *origin = static_cast<uint32_t>(i);
      origin += keep;
    }
  }
  const auto written = static_cast<size_t>(write - first);
  out.resize(base + written);
  if constexpr (kMap) origins->resize(base + written);
  return i;
}

// Appends the normalised form of the non-ASCII character at utf8[offset]; returns its length.
size_t AppendOther(std::string_view utf8, size_t offset, std::string& out) {
  DecodedChar c = DecodeAt(utf8, offset);
  if (c.codePoint == kTatweel) return c.length;
  std::array<utf8proc_int32_t, 32> small;
  std::vector<utf8proc_int32_t> large;  // for the few characters that expand further
  const utf8proc_int32_t* pieces = small.data();
  utf8proc_ssize_t count =
      utf8proc_decompose_char(static_cast<utf8proc_int32_t>(c.codePoint), small.data(),
                              static_cast<utf8proc_ssize_t>(small.size()), kOptions, nullptr);
  if (count > static_cast<utf8proc_ssize_t>(small.size())) {
    large.resize(static_cast<size_t>(count));
    count = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(c.codePoint), large.data(), count,
                                    kOptions, nullptr);
    pieces = large.data();
  }
  if (count < 0) {  // cannot happen for a decoded code point; stay safe all the same
    AppendCodePoint(kReplacement, out);
    return c.length;
  }
  for (utf8proc_ssize_t k = 0; k < count; ++k) {
    auto piece = static_cast<char32_t>(pieces[k]);
    if (IsSpace(piece)) {
      if (out.empty() || out.back() != ' ') out.push_back(' ');
    } else if (const char* latin = PlainLatin(piece)) {
      out += latin;
    } else {
      AppendCodePoint(piece, out);
    }
  }
  return c.length;
}

}  // namespace

void AppendNormalised(std::string_view utf8, std::string& out, std::vector<uint32_t>* origins) {
  assert(utf8.size() <= UINT32_MAX);
  size_t i = 0;
  while (i < utf8.size()) {
    if (static_cast<unsigned char>(utf8[i]) < 128) {  // the common case: a run of ASCII
      i = origins ? AppendAscii<true>(utf8, i, out, origins)
                  : AppendAscii<false>(utf8, i, out, nullptr);
      continue;
    }
    const size_t before = out.size();
    const auto origin = static_cast<uint32_t>(i);
    i += AppendOther(utf8, i, out);
    if (origins) origins->insert(origins->end(), out.size() - before, origin);
  }
}

std::string NormaliseForMatching(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  AppendNormalised(utf8, out, nullptr);
  return out;
}

}  // namespace parley
