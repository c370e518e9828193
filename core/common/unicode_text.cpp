#include "core/common/unicode_text.hpp"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <mutex>

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
  std::array<char, 128> folded{};  // the byte's normalised form; ' ' for white space, 0 for a
                                   //   control character (dropped, as the exports drop it)
  std::array<bool, 128> word{};    // letter or digit
  constexpr AsciiTables() {
    for (int c = 0; c < 128; ++c) {
      bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
      bool control = !space && (c < 0x20 || c == 0x7F);
      folded[c] = space                    ? ' '
                  : control                ? '\0'
                  : (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a')
                                           : static_cast<char>(c);
      word[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
  }
};
constexpr AsciiTables kAscii;

bool IsSpace(char32_t cp) {
  if (cp < 128) return kAscii.folded[cp] == ' ';
  if (cp == 0x2028 || cp == 0x2029) return true;
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

// Characters no text needs, which the exports drop: C1 controls (U+0080..U+009F, U+0085 among
// them) and the noncharacters (ASCII controls are in the ASCII tables).
bool IsDropped(char32_t cp) {
  return (cp >= 0x80 && cp <= 0x9F) || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

bool IsAbjadScript(UScriptCode script) {
  return script == USCRIPT_ARABIC || script == USCRIPT_HEBREW || script == USCRIPT_SYRIAC ||
         script == USCRIPT_THAANA;
}

UScriptCode ScriptOf(char32_t cp) {
  UErrorCode error = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &error);
  return U_FAILURE(error) ? USCRIPT_INVALID_CODE : script;
}

// What a normalised character (case folded, no marks) below kFoldEnd becomes beyond utf8proc:
// the one or two ASCII letters it looks like (TR39 skeleton, from ICU's confusables), or the
// ASCII digit it is. Built once, from ICU, at the first use: a few thousand look-ups, about a
// millisecond. Above kFoldEnd (CJK, symbols) nothing passes for a Latin letter that NFKD has
// not already made one.
constexpr char32_t kFoldEnd = 0x2000;
struct FoldTable {
  std::array<std::array<char, 3>, kFoldEnd> to{};  // "" where nothing changes
  FoldTable() {
    UErrorCode error = U_ZERO_ERROR;
    USpoofChecker* checker = uspoof_open(&error);
    // Skeleton of one code point, when it is one or two ASCII letters (lower-cased).
    auto latinLike = [&](UChar32 cp, std::array<char, 3>& out) {
      if (U_FAILURE(error)) return false;
      UChar source[2];
      int32_t length = 0;
      U16_APPEND_UNSAFE(source, length, cp);
      UChar skeleton[8];
      UErrorCode status = U_ZERO_ERROR;
      int32_t n = uspoof_getSkeleton(checker, 0, source, length, skeleton, 8, &status);
      if (U_FAILURE(status) || n < 1 || n > 2) return false;
      for (int32_t k = 0; k < n; ++k) {
        UChar c = skeleton[k];
        if (c >= 'A' && c <= 'Z') c = static_cast<UChar>(c - 'A' + 'a');
        if (c < 'a' || c > 'z') return false;
        out[static_cast<size_t>(k)] = static_cast<char>(c);
      }
      return true;
    };
    for (char32_t cp = 0x80; cp < kFoldEnd; ++cp) {
      const auto c = static_cast<UChar32>(cp);
      if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
        to[cp][0] = static_cast<char>('0' + u_charDigitValue(c));
        continue;
      }
      if (!u_isalpha(c) || u_foldCase(c, U_FOLD_CASE_DEFAULT) != c) continue;
      // Latin letters are what the others are compared with; letters written right to left
      // never pass for Latin ones (Arabic alef is "l" to TR39).
      const auto direction = u_charDirection(c);
      if (ScriptOf(cp) == USCRIPT_LATIN || direction == U_RIGHT_TO_LEFT ||
          direction == U_RIGHT_TO_LEFT_ARABIC)
        continue;
      std::array<char, 3> latin{};
      if (latinLike(c, latin) || latinLike(u_toupper(c), latin)) to[cp] = latin;
    }
    if (checker) uspoof_close(checker);
  }
};

// What a normalised Arabic or Hebrew letter becomes: one letter for the forms that writers
// use for one another (the usual folding of Arabic search, and Persian and Urdu keyboards'
// letters for the Arabic ones that look the same), null for the rest. Arabic: Farsi yeh ی,
// Urdu yeh barree ے and alef maksura ى are yeh ي (a word's last yeh is written with or
// without its dots by habit as much as by rule); keheh ک and swash kaf ڪ are kaf ك; heh goal
// ہ, heh doachashmee ھ, ae ە and teh marbuta ة are heh ه (a word's last heh and teh marbuta
// are written either way); alef wasla ٱ and the wavy-hamza alefs are alef ا (the hamza forms
// أ إ آ already are, their hamza or madda being a mark); noon ghunna ں is noon ن. Hebrew:
// the final letters ך ם ן ף ץ are כ מ נ פ צ (a name is the same name whichever form its
// letters take), the Yiddish ligatures װ ױ ײ their two letters, and geresh ׳ and gershayim
// ״ the apostrophe and quotation mark that keyboards without them type.
const char* FoldAbjad(char32_t cp) {
  if (cp < 0x05DA || cp > 0x06D5) return nullptr;
  switch (cp) {
    case 0x06CC: case 0x06D2: case 0x0649: return "\u064A";
    case 0x06A9: case 0x06AA: return "\u0643";
    case 0x06C1: case 0x06BE: case 0x06D5: case 0x0629: return "\u0647";
    case 0x0671: case 0x0672: case 0x0673: return "\u0627";
    case 0x06BA: return "\u0646";
    case 0x05DA: return "\u05DB";
    case 0x05DD: return "\u05DE";
    case 0x05DF: return "\u05E0";
    case 0x05E3: return "\u05E4";
    case 0x05E5: return "\u05E6";
    case 0x05F0: return "\u05D5\u05D5";
    case 0x05F1: return "\u05D5\u05D9";
    case 0x05F2: return "\u05D9\u05D9";
    case 0x05F3: return "'";
    case 0x05F4: return "\"";
    default: return nullptr;
  }
}

const char* FoldBeyond(char32_t cp) {
  static const FoldTable table;
  if (cp < 0x80 || cp >= kFoldEnd) return nullptr;
  const char* to = table.to[cp].data();
  return *to ? to : nullptr;
}

}  // namespace

void AppendCodePoint(char32_t cp, std::string& out) {
  utf8proc_uint8_t bytes[4];
  utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), bytes);
  out.append(reinterpret_cast<const char*>(bytes), static_cast<size_t>(n));
}

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

bool IsUpperCase(char32_t cp) {
  return cp <= 0x10FFFF &&
         (u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp)));
}

bool IsLowerCase(char32_t cp) {
  return cp <= 0x10FFFF && u_islower(static_cast<UChar32>(cp));
}

bool IsNonLatinLetter(char32_t cp) {
  if (cp < 128 || cp > 0x10FFFF || !u_isalpha(static_cast<UChar32>(cp))) return false;
  UScriptCode script = ScriptOf(cp);
  return script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED &&
         script != USCRIPT_INVALID_CODE;
}

bool IsAbjadLetter(char32_t cp) {
  return cp >= 128 && cp <= 0x10FFFF && u_isalpha(static_cast<UChar32>(cp)) &&
         IsAbjadScript(ScriptOf(cp));
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
// runs collapsed) and, with kMap, their origins: up to the next non-ASCII byte, control
// character or a chunk's end, whichever comes first. Returns where it stopped.
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
    char folded = kAscii.folded[byte];
    if (folded == '\0') break;  // a control character: rare, dropped by the caller
    // Without branches: a space after a space is written, then overwritten.
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
  if (c.codePoint == kTatweel || IsDropped(c.codePoint)) return c.length;
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
    } else if (const char* abjad = FoldAbjad(piece)) {
      out += abjad;
    } else if (const char* folded = FoldBeyond(piece)) {
      out += folded;
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
    const auto byte = static_cast<unsigned char>(utf8[i]);
    if (byte < 128 && kAscii.folded[byte] == '\0') {  // a control character: dropped
      ++i;
      continue;
    }
    if (byte < 128) {  // the common case: a run of ASCII
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

namespace {

// Apostrophes and the like that a transliterator writes for a sign with no Latin letter
// (soft sign, hard sign, ayin, alef): left out, so that "Natal'ya" is "Natalya".
bool IsSpellingMark(UChar32 c) {
  return c == '\'' || c == '`' || c == 0x2018 || c == 0x2019 || c == 0x02B9 || c == 0x02BA ||
         c == 0x02BB || c == 0x02BC || c == 0x02BE || c == 0x02BF;
}

// `text` through `transliterator`, without spelling marks; "" when something not ASCII is
// left (the transliterator did not know a letter).
std::string Spelt(const icu::Transliterator& transliterator, std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  transliterator.transliterate(u);
  std::string out;
  for (int32_t i = 0; i < u.length(); ++i) {
    UChar c = u.charAt(i);
    if (IsSpellingMark(c)) continue;
    if (c >= 0x80) return "";
    out.push_back(static_cast<char>(c));
  }
  return out;
}

std::unique_ptr<icu::Transliterator> MakeTransliterator(const char* id) {
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
      icu::UnicodeString(id, -1, US_INV), UTRANS_FORWARD, error));
  if (U_FAILURE(error)) t.reset();
  return t;
}

constexpr const char* kAnyLatin = "Any-Latin; Latin-ASCII";

}  // namespace

// A copy of the transliterator `id` (null when ICU has none). Making one from its rules takes
// milliseconds, a copy microseconds: each is made once a process, and copied for each speller,
// since one may not be used by two threads at a time.
std::unique_ptr<icu::Transliterator> CopyOfTransliterator(const char* id) {
  static std::mutex mutex;
  static std::vector<std::pair<const char*, std::unique_ptr<icu::Transliterator>>> made;
  std::lock_guard lock(mutex);
  auto it = std::find_if(made.begin(), made.end(), [&](const auto& m) { return m.first == id; });
  if (it == made.end()) it = made.emplace(made.end(), id, MakeTransliterator(id));
  return std::unique_ptr<icu::Transliterator>(it->second ? it->second->clone() : nullptr);
}

struct LatinSpeller::Impl {
  std::vector<std::pair<const char*, std::unique_ptr<icu::Transliterator>>> made;
  // The transliterator `id`, copied at the first call; null when ICU has none.
  const icu::Transliterator* Get(const char* id) {
    for (const auto& [madeId, transliterator] : made)
      if (madeId == id) return transliterator.get();
    made.emplace_back(id, CopyOfTransliterator(id));
    return made.back().second.get();
  }
};

LatinSpeller::LatinSpeller() : m_impl(std::make_unique<Impl>()) {}
LatinSpeller::~LatinSpeller() = default;

std::string LatinSpeller::Spell(std::string_view utf8) {
  const icu::Transliterator* t = m_impl->Get(kAnyLatin);
  return t ? Spelt(*t, utf8) : std::string();
}

std::vector<std::string> LatinSpeller::Spellings(std::string_view utf8) {
  std::vector<UScriptCode> scripts;
  for (size_t i = 0; i < utf8.size();) {
    DecodedChar c = DecodeAt(utf8, i);
    i += c.length;
    if (IsNonLatinLetter(c.codePoint)) scripts.push_back(ScriptOf(c.codePoint));
  }
  if (scripts.empty()) return {};
  // The romanisations of the scripts in the name, after the general transliteration.
  std::vector<const char*> ids = {kAnyLatin};
  struct Romanisation {
    UScriptCode script;
    const char* id;
  };
  static constexpr Romanisation kRomanisations[] = {
      {USCRIPT_CYRILLIC, "Russian-Latin/BGN; Latin-ASCII"},
      {USCRIPT_CYRILLIC, "Ukrainian-Latin/BGN; Latin-ASCII"},
      {USCRIPT_GREEK, "Greek-Latin/UNGEGN; Latin-ASCII"},
      {USCRIPT_GEORGIAN, "Georgian-Latin/BGN; Latin-ASCII"},
      {USCRIPT_ARMENIAN, "Armenian-Latin/BGN; Latin-ASCII"},
      {USCRIPT_ARABIC, "Arabic-Latin/BGN; Latin-ASCII"},
      {USCRIPT_HEBREW, "Hebrew-Latin/BGN; Latin-ASCII"}};
  for (const Romanisation& r : kRomanisations)
    if (std::find(scripts.begin(), scripts.end(), r.script) != scripts.end()) ids.push_back(r.id);
  std::vector<std::string> spellings;
  for (const char* id : ids) {
    const icu::Transliterator* t = m_impl->Get(id);
    if (!t) continue;
    std::string spelt = Spelt(*t, utf8);
    if (!spelt.empty() && std::find(spellings.begin(), spellings.end(), spelt) == spellings.end())
      spellings.push_back(std::move(spelt));
  }
  return spellings;
}

std::string NormaliseForMatching(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  AppendNormalised(utf8, out, nullptr);
  return out;
}

}  // namespace parley
