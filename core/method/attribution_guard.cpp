// The non-attribution guard.
//
// Sections: [text] normalised text mapped back to the original  [terms] what each participant
//           gives the guard to look for  [automaton] Aho–Corasick over the normalised terms
//           [phones] numbers compared by digits  [check] hits in the texts
#include "core/method/attribution_guard.hpp"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cstddef>
#include <cstring>
#include <memory>
#include <unordered_set>
#include <utility>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/common/text.hpp"

namespace parley {

namespace {

// Why a term identifies someone; the order is their strength (a participant's term that is
// both a part of their name and their affiliation is reported as a part of the name).
enum Why { kName = 0, kPart, kShortPart, kConsonants, kAffiliation, kContact };
constexpr const char* kReasons[] = {"name",
                                    "part of a name",
                                    "short part of a name, to confirm",
                                    "part of a name, by its consonants",
                                    "affiliation",
                                    "contact detail"};

constexpr size_t kMinLetters = 4;           // shorter phrases and tokens are no terms; shorter
                                            //   name parts are terms to confirm
constexpr size_t kMinShortLetters = 2;      // a one-letter name part is an initial: no term
constexpr size_t kMinConsonants = 3;        // fewer consonants match too many words
constexpr size_t kMinPhoneDigits = 7;       // fewer digits are not taken for a phone number
constexpr char kPhoneKeyMark = '\xFF';      // starts a phone term's key: never in normalised text
constexpr char kConsonantKeyMark = '\xFE';  // starts a consonant key's term: never in it either
constexpr unsigned kStartFilterBits = 16;   // the start filter has 2^16 bits
// Marks on a transition of the automaton (the rest is the offset of the next state's row).
constexpr uint32_t kOutputMark = 1u << 31;     // a term ends in the next state
constexpr uint32_t kWordStartMark = 1u << 30;  // only a term that begins at this byte is live
constexpr uint32_t kRowMask = kWordStartMark - 1;

// Words in a contact field that say what the next detail is rather than being one.
constexpr std::string_view kContactLabels[] = {
    "email", "e-mail", "mail",   "phone",   "telephone", "mobile",   "cell",
    "home",  "work",   "office", "address", "signal",    "whatsapp", "telegram",
    "viber", "skype",  "wechat", "contact", "private",   "personal"};

// Short words in names that name no one alone (particles, "son of"): no terms to confirm.
constexpr std::string_view kNameParticles[] = {"al",  "el",  "de",  "da",  "di",  "do",  "du",
                                               "la",  "le",  "del", "der", "den", "van", "von",
                                               "bin", "ibn", "ben", "bat", "abu", "y"};

// Words after which an affiliation names the body it is held in ("Deputy director of the
// Kharkiv Media Centre"), and the articles that may begin that name.
constexpr std::string_view kAffiliationLinks[] = {"of", "at",  "for", "in",  "from", "with",
                                                  "de", "del", "du",  "des", "di"};
constexpr std::string_view kArticles[] = {"the", "a", "an", "la", "le", "el", "les", "los"};

template <size_t N>
bool IsOneOf(std::string_view word, const std::string_view (&words)[N]) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

// ---- [text] ---------------------------------------------------------------------------------

struct Range {
  size_t begin = 0;
  size_t end = 0;
  bool Empty() const { return begin >= end; }
};

// A text with its normalised form and, for each normalised byte, where in the text it came from.
struct Mapped {
  std::string_view original;
  std::string norm;
  std::vector<uint32_t> origins;
  explicit Mapped(std::string_view text) : original(text) {
    norm.reserve(text.size());
    origins.reserve(text.size());
    AppendNormalised(text, norm, &origins);
  }
};

size_t EncodedLength(char32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

bool WordBefore(std::string_view norm, size_t offset) {
  return offset > 0 && IsWordCharacter(CodePointBefore(norm, offset));
}
bool WordAt(std::string_view norm, size_t offset) {
  return offset < norm.size() && IsWordCharacter(DecodeAt(norm, offset).codePoint);
}

// Bytes of `text` before its first character that is not a letter or number.
size_t FirstWordLength(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && WordAt(text, i)) i += DecodeAt(text, i).length;
  return i;
}

// `range` of `norm` shrunk to begin and end with a word character; empty when it has none.
Range TrimToWords(std::string_view norm, Range range) {
  while (range.begin < range.end && !WordAt(norm, range.begin))
    range.begin += DecodeAt(norm, range.begin).length;
  while (range.end > range.begin && !WordBefore(norm, range.end))
    range.end -= EncodedLength(CodePointBefore(norm, range.end));
  return range;
}

// The pieces of `norm` between separators (which `isSeparator` picks out).
template <typename IsSeparator>
std::vector<Range> Split(std::string_view norm, IsSeparator isSeparator) {
  std::vector<Range> pieces;
  size_t begin = 0;
  for (size_t i = 0; i < norm.size();) {
    DecodedChar c = DecodeAt(norm, i);
    if (isSeparator(c.codePoint)) {
      if (i > begin) pieces.push_back({begin, i});
      begin = i + c.length;
    }
    i += c.length;
  }
  if (norm.size() > begin) pieces.push_back({begin, norm.size()});
  return pieces;
}

// Commas and semicolons, also the Arabic and ideographic ones (the full-width ones are ','
// and ';' once normalised).
bool IsPhraseSeparator(char32_t cp) {
  return cp == ',' || cp == ';' || cp == 0x060C || cp == 0x061B || cp == 0x3001;
}
bool IsTokenSeparator(char32_t cp) {
  return cp == ' ' || IsPhraseSeparator(cp);
}
bool IsNotWord(char32_t cp) {
  return !IsWordCharacter(cp);
}

// Letters in `range`: characters of the original text that gave something to it, so that
// "José" and "Jose\u0301" have four, "Strauß" six and the Hangul "민준" two.
size_t Letters(const Mapped& text, Range range) {
  size_t count = 0;
  uint32_t last = UINT32_MAX;
  for (size_t i = range.begin; i < range.end; i += DecodeAt(text.norm, i).length) {
    if (text.origins[i] != last) ++count;
    last = text.origins[i];
  }
  return count;
}

// One past the original character at `lastOrigin` and the combining marks after it (which
// normalisation stripped), so that a hit on "Jose\u0301" quotes the accent too.
size_t OriginalEnd(std::string_view original, size_t lastOrigin) {
  size_t end = lastOrigin + DecodeAt(original, lastOrigin).length;
  while (end < original.size()) {
    DecodedChar c = DecodeAt(original, end);
    if (!IsMark(c.codePoint)) break;
    end += c.length;
  }
  return end;
}

Range OriginalRange(const Mapped& text, Range normRange) {
  assert(!normRange.Empty() && normRange.end <= text.origins.size());
  return {text.origins[normRange.begin],
          OriginalEnd(text.original, text.origins[normRange.end - 1])};
}

std::string OriginalText(const Mapped& text, Range normRange) {
  Range r = OriginalRange(text, normRange);
  return std::string(text.original.substr(r.begin, r.end - r.begin));
}

// Phone numbers: runs of digits and separators in the normalised text.

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}
bool IsPhoneSeparator(char c) {
  return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/';
}

// The phone number whose first digit is at `begin` of `norm`, a word start: a run of digits
// and separators with seven digits or more, not followed by a word character, taken to begin
// at a '+' or '(' just before the digit ("+995 ...", "(555) ..."). Returns false when there
// is none. `key` gets its digits, leading zeros (trunk and international prefixes) dropped,
// in `digits`' storage; `next` is where to look on from either way.
bool PhoneAt(std::string_view norm, size_t begin, std::string& digits, Range& run,
             std::string_view& key, size_t& next) {
  assert(IsDigit(norm[begin]));
  digits.clear();
  size_t i = begin, end = begin;
  for (; i < norm.size() && (IsDigit(norm[i]) || IsPhoneSeparator(norm[i])); ++i) {
    if (!IsDigit(norm[i])) continue;
    digits.push_back(norm[i]);
    end = i + 1;
  }
  next = end;
  if (digits.size() < kMinPhoneDigits || WordAt(norm, end)) return false;
  size_t zeros = digits.find_first_not_of('0');
  if (zeros == std::string::npos || digits.size() - zeros < kMinPhoneDigits) return false;
  const size_t firstDigit = begin;
  while (begin > 0 && firstDigit - begin < 2 && (norm[begin - 1] == '+' || norm[begin - 1] == '('))
    --begin;
  run = {begin, end};
  key = std::string_view(digits).substr(zeros);
  return true;
}

// Every phone number in `norm`, as PhoneAt finds them.
template <typename OnPhone>
void ForEachPhone(std::string_view norm, OnPhone onPhone) {
  std::string digits;
  Range run;
  std::string_view key;
  for (size_t i = 0; i < norm.size();) {
    if (!IsDigit(norm[i]) || WordBefore(norm, i)) {
      ++i;
      continue;
    }
    size_t next = i + 1;
    if (PhoneAt(norm, i, digits, run, key, next)) onPhone(run, key);
    i = std::max(next, i + 1);
  }
}

// The `n` (at most eight) bytes at `p` as a number, the first byte lowest; `end` is where the
// bytes that may be read end.
uint64_t Load(const unsigned char* p, size_t n, const unsigned char* end) {
  uint64_t x = 0;
  if (std::endian::native == std::endian::little && end - p >= 8) {
    std::memcpy(&x, p, 8);
    return n == 8 ? x : x & ((uint64_t{1} << (8 * n)) - 1);
  }
  for (size_t k = 0; k < n; ++k) x |= uint64_t{p[k]} << (8 * k);
  return x;
}

// A hash of the `n` bytes at `p`, eight at a time.
uint64_t HashBytes(const unsigned char* p, size_t n, const unsigned char* end) {
  uint64_t h = n;
  for (size_t k = 0; k < n; k += 8) {
    h = (h ^ Load(p + k, std::min<size_t>(n - k, 8), end)) * 0x9E3779B97F4A7C15u;
    h ^= h >> 29;
  }
  h *= 0xFF51AFD7ED558CCDu;  // so that the low bits, which pick the slot, depend on all
  return h ^ (h >> 32);
}

// Where the first `length` (1 to 4) bytes at `p` fall in the start filter.
uint32_t StartFilterBit(const unsigned char* p, unsigned length, const unsigned char* end) {
  uint32_t key;
  if (std::endian::native == std::endian::little && length == 4 && end - p >= 4) {
    std::memcpy(&key, p, 4);  // as Load gives them, in one load: the scan's usual case
  } else {
    key = static_cast<uint32_t>(Load(p, std::min<size_t>(length, end - p), end));
  }
  return ((key + length) * 0x9E3779B1u) >> (32 - kStartFilterBits);
}

// Names in Arabic and Hebrew letters: their Latin spellings differ mostly in the vowels, which
// those scripts leave unwritten ("Khaled", "Khalid" and خالد's "khald"). Such a name and a
// Latin word are compared by their consonants, in classes of the letters that spellings
// exchange (b p f v; c k q; g j; d t; s z x), a repeated class once, vowels, w and y left
// out (they are vowels as often as not: "Yousef", يوسف's "ywsf"), and an h at the end or
// after an s.
// Returns "" for a word that is not ASCII letters or has fewer than kMinConsonants classes.
std::string ConsonantKey(std::string_view word) {
  std::string key;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') return "";
    char cls = 0;
    switch (c) {
      case 'a':
      case 'e':
      case 'i':
      case 'o':
      case 'u':
      case 'w':
      case 'y':
        break;
      case 'h':  // "sh" is one sound, spelt so in every spelling of it
        cls = i + 1 == word.size() || (i > 0 && (word[i - 1] | 0x20) == 's') ? 0 : 'h';
        break;
      case 'b':
      case 'p':
      case 'f':
      case 'v':
        cls = 'b';
        break;
      case 'c':
      case 'k':
      case 'q':
        cls = 'k';
        break;
      case 'g':
      case 'j':
        cls = 'j';
        break;
      case 'd':
      case 't':
        cls = 't';
        break;
      case 's':
      case 'z':
        cls = 's';
        break;
      case 'x':
        key += key.empty() || key.back() != 'k' ? "ks" : "s";
        continue;
      default:
        cls = c;
        break;  // l m n r
    }
    if (cls != 0 && (key.empty() || key.back() != cls)) key.push_back(cls);
  }
  return key.size() >= kMinConsonants ? key : "";
}

// The consonant keys of a word of a name: of an Arabic or Hebrew name's Latin spelling also
// without its last consonant when that is a t, which stands for the feminine ending that
// English spellings leave out (فاطمة, "fatmt", is "Fatima").
std::vector<std::string> ConsonantKeys(std::string_view word, bool abjad) {
  std::vector<std::string> keys;
  if (std::string key = ConsonantKey(word); !key.empty()) keys.push_back(std::move(key));
  if (abjad && word.size() > 1 && (word.back() == 't' || word.back() == 'T'))
    if (std::string key = ConsonantKey(word.substr(0, word.size() - 1));
        !key.empty() && (keys.empty() || keys[0] != key))
      keys.push_back(std::move(key));
  return keys;
}

bool HasAbjadLetter(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    DecodedChar c = DecodeAt(text, i);
    if (IsAbjadLetter(c.codePoint)) return true;
    i += c.length;
  }
  return false;
}

// Whether bit `bit` of the bit set `bits` is set.
bool IsSet(const uint64_t* bits, uint32_t bit) {
  return (bits[bit / 64] >> (bit % 64) & 1) != 0;
}

}  // namespace

// ---- [terms] --------------------------------------------------------------------------------

struct AttributionGuard::RawHit {
  size_t begin = 0;  // normalised bytes
  size_t end = 0;
  uint32_t term = 0;
};

struct AttributionGuard::Collector {
  AttributionGuard& guard;
  std::vector<std::string> patterns;  // the normalised term by term index; "" for phone
                                      //   numbers and consonant keys (no automaton terms)
  std::unordered_map<std::string, uint32_t> index;  // normalised term (or key) -> index
  std::unordered_set<std::string> allowed;          // what exports may say (see the header)
  LatinSpeller speller;  // the names' Latin spellings, its transliterators made once

  // Registers `key` for `participant`; returns the term index and whether it is new.
  std::pair<uint32_t, bool> Add(std::string key, Id participant, std::string recorded, int why) {
    auto [it, inserted] =
        index.try_emplace(std::move(key), static_cast<uint32_t>(guard.m_terms.size()));
    if (inserted) {
      guard.m_terms.push_back({static_cast<uint32_t>(it->first.size()), {}});
      const bool key = it->first[0] == kPhoneKeyMark || it->first[0] == kConsonantKeyMark;
      patterns.push_back(key ? std::string() : it->first);
    }
    Term& term = guard.m_terms[it->second];
    auto same = std::find_if(term.owners.begin(), term.owners.end(),
                             [&](const Owner& o) { return o.participantId == participant; });
    if (same == term.owners.end()) {
      term.owners.push_back({participant, std::move(recorded), why});
    } else if (why < same->why) {
      *same = {participant, std::move(recorded), why};
    }
    return {it->second, inserted};
  }

  static std::string Key(const Mapped& text, Range range) {
    return text.norm.substr(range.begin, range.end - range.begin);
  }

  // Each phrase of `text`, also each part of a name given in two languages or scripts:
  // "רמת צפצפה (Ramat Tsaftsafa)", "الماء · המים", "Sarvi/Sarvy".
  void Allow(std::string_view text) {
    Mapped m(text);
    auto separator = [](char32_t c) {
      return IsPhraseSeparator(c) || c == '(' || c == ')' || c == '/' || c == 0x00B7;
    };
    for (Range piece : Split(m.norm, separator)) {
      Range r = TrimToWords(m.norm, piece);
      if (!r.Empty()) allowed.insert(Key(m, r));
    }
  }

  void AllowPublicTexts(const Model& model) {
    for (const Party& party : model.parties) {
      Allow(party.name);
      Allow(party.shortName);
    }
    for (const Participant& p : model.participants) {
      Allow(p.pseudonym);
      Allow(p.generalRole);
    }
    Allow(model.info.venue);
    for (std::string_view label : kContactLabels) allowed.insert(std::string(label));
  }

  // An affiliation or contact term, unless it is short or something exports may say.
  void AddDetail(const Mapped& text, Range piece, Id participant, int why) {
    Range r = TrimToWords(text.norm, piece);
    if (r.Empty() || Letters(text, r) < kMinLetters) return;
    std::string key = Key(text, r);
    if (!allowed.count(key)) Add(std::move(key), participant, OriginalText(text, r), why);
  }

  // The name as written, then in each Latin spelling of it when it is in another script
  // (LatinSpeller::Spellings); a name in Arabic or Hebrew letters also by its consonants.
  void AddName(const Participant& p) {
    const std::string recorded = Trim(p.name);
    AddNameTerms(p.name, p.id, recorded, "");
    std::vector<std::string> spellings = speller.Spellings(p.name);
    for (const std::string& spelling : spellings)
      AddNameTerms(spelling, p.id, recorded, " (" + recorded + ")");
    const bool abjad = HasAbjadLetter(p.name);
    for (const std::string& spelling :
         abjad ? spellings : std::vector<std::string>{NormaliseForMatching(p.name)})
      for (Range word : Split(spelling, IsNotWord)) {
        std::string_view part =
            std::string_view(spelling).substr(word.begin, word.end - word.begin);
        for (const std::string& key : ConsonantKeys(part, abjad)) {
          // The two kinds of key are looked for in different words: kept apart.
          std::string mark = {kConsonantKeyMark, abjad ? 'a' : 'l'};
          auto [term, isNew] =
              Add(mark + key, p.id, std::string(part) + " (" + recorded + ")", kConsonants);
          if (isNew) (abjad ? guard.m_abjadNameKeys : guard.m_latinNameKeys)[key].push_back(term);
        }
      }
  }

  // The terms of one spelling of a name: the whole, each word (four letters or more: a part;
  // two or three: a short part to confirm, unless a particle such as "de" or "bin"), and the
  // words written together in either order ("@OlenaHryniuk").
  void AddNameTerms(std::string_view name, Id participant, const std::string& recorded,
                    const std::string& suffix) {
    Mapped m(name);
    Range whole = TrimToWords(m.norm, {0, m.norm.size()});
    if (whole.Empty()) return;
    Add(Key(m, whole), participant, recorded, kName);
    std::vector<Range> words = Split(std::string_view(m.norm).substr(0, whole.end), IsNotWord);
    if (words.size() < 2) return;
    std::string joined, reversed;
    for (Range word : words) {
      const size_t letters = Letters(m, word);
      std::string key = Key(m, word);
      joined += key;
      reversed.insert(0, key);
      if (letters >= kMinLetters)
        Add(key, participant, OriginalText(m, word) + suffix, kPart);
      else if (letters >= kMinShortLetters && !IsOneOf(key, kNameParticles))
        Add(key, participant, OriginalText(m, word) + suffix, kShortPart);
    }
    Add(joined, participant, recorded, kName);
    if (words.size() == 2) Add(reversed, participant, recorded, kName);
  }

  // Each phrase of the affiliation, and the body named after a linking word inside one
  // ("the Kharkiv Media Centre" of "Deputy director of the Kharkiv Media Centre"): of two
  // words or more, or one that is written with a capital ("Rustavi"), so that "water" of
  // "ministry of water" is no term of its own.
  void AddRole(const Participant& p) {
    Mapped m(p.role);
    for (Range phrase : Split(m.norm, IsPhraseSeparator)) {
      AddDetail(m, phrase, p.id, kAffiliation);
      Range r = TrimToWords(m.norm, phrase);
      std::vector<Range> words = Split(std::string_view(m.norm).substr(0, r.end), IsNotWord);
      words.erase(
          std::remove_if(words.begin(), words.end(), [&](Range w) { return w.begin < r.begin; }),
          words.end());
      for (size_t k = 1; k + 1 < words.size(); ++k) {
        if (!IsOneOf(Key(m, words[k]), kAffiliationLinks)) continue;
        size_t from = k + 1;
        while (from + 1 < words.size() && IsOneOf(Key(m, words[from]), kArticles)) ++from;
        const bool capital =
            IsUpperCase(DecodeAt(m.original, m.origins[words[from].begin]).codePoint);
        if (words.size() - from >= 2 || capital)
          AddDetail(m, {words[from].begin, r.end}, p.id, kAffiliation);
      }
    }
  }

  void AddContact(const Participant& p) {
    Mapped m(p.contact);
    // Phone numbers first, compared by digits; then the rest without them, token by token,
    // and each comma-separated phrase of several tokens (an address line) as a whole.
    std::string rest = m.norm;
    ForEachPhone(m.norm, [&](Range run, std::string_view key) {
      auto [term, isNew] =
          Add(kPhoneKeyMark + std::string(key), p.id, OriginalText(m, run), kContact);
      if (isNew) {
        guard.m_phoneKeys[std::string(key)].push_back(term);
        for (size_t k = 0; key.size() - k >= kMinPhoneDigits; ++k)
          guard.m_phoneEndings[std::string(key.substr(k))].push_back(term);
      }
      std::fill(rest.begin() + static_cast<std::ptrdiff_t>(run.begin),
                rest.begin() + static_cast<std::ptrdiff_t>(run.end), ',');
    });
    for (Range token : Split(rest, IsTokenSeparator)) AddDetail(m, token, p.id, kContact);
    for (Range phrase : Split(rest, IsPhraseSeparator)) {
      Range r = TrimToWords(m.norm, phrase);
      if (Key(m, r).find(' ') != std::string::npos) AddDetail(m, r, p.id, kContact);
    }
  }
};

AttributionGuard::AttributionGuard(const Model& model) {
  Collector collector{*this, {}, {}, {}, {}};
  collector.AllowPublicTexts(model);
  for (const Participant& p : model.participants) {
    collector.AddName(p);
    collector.AddRole(p);
    collector.AddContact(p);
  }
  Build(collector.patterns);
}

// ---- [automaton] ----------------------------------------------------------------------------
//
// Aho–Corasick with its failure links restricted to word starts. A hit must begin where a
// word begins, so the automaton only tracks the longest suffix of the text read so far that
// begins at a word start (after a non-word character, or at the start of the text) and is a
// prefix of a term. A state's fail link is the next shorter such suffix of its own string;
// past the last one there is the empty suffix, which may start a term only when the next
// byte begins a character right after a non-word character. The fail links are folded into
// a full transition table (one row per state, one column per byte that occurs in a term and
// one for all other bytes), so that a step costs one look-up.
//
// The scan does not step through most of the text. A hit begins at a word start with one of
// the terms' first words, whole; so at each word start a bit set of the terms' first four
// bytes (the start filter) turns away most words, and a table of the first words turns away
// the rest or gives the state after the word. Only from there does the automaton step, byte
// by byte, until it falls back to the root or to a state one byte deep (where only a term
// that begins at that word start is live, which the table answers for again).

void AttributionGuard::Build(const std::vector<std::string>& patterns) {
  // The trie, and for each state whether its string ends with a whole non-word character (a
  // word may start right after it).
  std::vector<std::vector<std::pair<unsigned char, uint32_t>>> children(1);
  std::vector<int32_t> termAt(1, -1);
  std::vector<char> endsWithSeparator(1, 1);
  std::vector<std::pair<std::string_view, uint32_t>> firstWords;  // each term's, and its state
  std::fill(std::begin(m_byteClass), std::end(m_byteClass), uint16_t{0});
  m_classes = 1;  // class 0: the bytes of no term
  for (size_t t = 0; t < patterns.size(); ++t) {
    const std::string& pattern = patterns[t];
    if (pattern.empty()) continue;  // a phone number: not matched byte by byte
    const size_t firstWord = FirstWordLength(pattern);
    assert(firstWord > 0);  // terms begin with a word character
    uint32_t state = 0;
    for (size_t i = 0; i < pattern.size(); ++i) {
      if (i == firstWord) firstWords.emplace_back(std::string_view(pattern).substr(0, i), state);
      auto byte = static_cast<unsigned char>(pattern[i]);
      if (m_byteClass[byte] == 0) m_byteClass[byte] = static_cast<uint16_t>(m_classes++);
      auto& edges = children[state];
      auto it = std::find_if(edges.begin(), edges.end(),
                             [&](const auto& edge) { return edge.first == byte; });
      if (it != edges.end()) {
        state = it->second;
        continue;
      }
      auto added = static_cast<uint32_t>(children.size());
      edges.emplace_back(byte, added);  // `edges` is not used after children grows
      children.emplace_back();
      termAt.push_back(-1);
      bool wholeCharacter =
          i + 1 == pattern.size() || (static_cast<unsigned char>(pattern[i + 1]) & 0xC0) != 0x80;
      endsWithSeparator.push_back(wholeCharacter &&
                                  !IsWordCharacter(CodePointBefore(pattern, i + 1)));
      state = added;
    }
    if (firstWord == pattern.size()) firstWords.emplace_back(pattern, state);
    assert(termAt[state] == -1);  // terms are distinct
    termAt[state] = static_cast<int32_t>(t);
  }

  // The start filter: the first four bytes of each term (all of a shorter one).
  m_startFilter.assign((size_t{1} << kStartFilterBits) / 64, 0);
  m_startLengths = 0;
  for (const std::string& pattern : patterns) {
    if (pattern.empty()) continue;
    auto length = static_cast<unsigned>(std::min<size_t>(pattern.size(), 4));
    const auto* p = reinterpret_cast<const unsigned char*>(pattern.data());
    uint32_t bit = StartFilterBit(p, length, p + pattern.size());
    m_startFilter[bit / 64] |= uint64_t{1} << (bit % 64);
    m_startLengths |= 1u << length;
  }

  // The rows, breadth first: a state's fail state is shallower, so its row is done. Where a
  // state has no edge for a byte, it goes where its fail state goes; from the empty suffix,
  // a byte starts a term only at a word start. The root's row is read only at word starts.
  m_nodes.assign(children.size(), Node{});
  m_next.assign(children.size() * m_classes, 0);
  std::vector<unsigned char> byteOf(m_classes, 0);
  for (unsigned b = 0; b < 256; ++b) byteOf[m_byteClass[b]] = static_cast<unsigned char>(b);
  for (const auto& [byte, target] : children[0]) m_next[m_byteClass[byte]] = target;
  std::vector<uint32_t> queue;
  queue.reserve(m_nodes.size());
  for (const auto& edge : children[0]) queue.push_back(edge.second);  // they fail to the root
  for (size_t q = 0; q < queue.size(); ++q) {
    const uint32_t state = queue[q];
    Node& node = m_nodes[state];
    node.term = termAt[state];
    node.output = node.term >= 0 ? static_cast<int32_t>(state) : m_nodes[node.fail].output;
    uint32_t* row = &m_next[state * m_classes];
    const uint32_t* failRow = &m_next[node.fail * m_classes];
    for (size_t c = 1; c < m_classes; ++c) {
      const bool startsCharacter = (byteOf[c] & 0xC0) != 0x80;
      row[c] = node.fail != 0                                ? failRow[c]
               : endsWithSeparator[state] && startsCharacter ? m_next[c]
                                                             : 0;
    }
    for (const auto& [byte, target] : children[state]) {
      m_nodes[target].fail = row[m_byteClass[byte]];  // before the edge is written over it
      row[m_byteClass[byte]] = target;
      queue.push_back(target);
    }
  }
  // What the scan reads: each state as the offset of its row, marked where a term ends and
  // where the state is one byte deep (the automaton fell back to the root at a word start).
  assert(m_next.size() <= kRowMask);  // the offsets leave the marks' bits free
  std::vector<char> oneDeep(m_nodes.size(), 0);
  for (const auto& edge : children[0]) oneDeep[edge.second] = 1;
  auto transition = [&](uint32_t target) {
    return target * static_cast<uint32_t>(m_classes) |
           (m_nodes[target].output >= 0 ? kOutputMark : 0);
  };
  for (uint32_t& target : m_next)
    target = transition(target) | (oneDeep[target] ? kWordStartMark : 0);

  // The first words, in a table with twice as many slots as words, at least.
  size_t slots = 16;
  while (slots < 2 * firstWords.size()) slots *= 2;
  m_firstWords.assign(slots, FirstWord{});
  m_firstWordBytes.clear();
  for (const auto& [word, state] : firstWords) {
    const auto* p = reinterpret_cast<const unsigned char*>(word.data());
    if (FindFirstWord(p, word.size(), p + word.size()) != 0) continue;  // one term's already
    const uint64_t hash = HashBytes(p, word.size(), p + word.size());
    size_t slot = hash & (slots - 1);
    while (m_firstWords[slot].transition != 0) slot = (slot + 1) & (slots - 1);
    m_firstWords[slot] = {hash, transition(state), static_cast<uint32_t>(m_firstWordBytes.size()),
                          static_cast<uint32_t>(word.size())};
    m_firstWordBytes += word;
  }
}

// Inlined: the scan asks it at word starts (where it can, it asks the four bytes' bit alone).
[[gnu::always_inline]] inline bool AttributionGuard::MayStartTerm(const unsigned char* p,
                                                                  const unsigned char* end) const {
  auto isSet = [&](uint32_t bit) { return IsSet(m_startFilter.data(), bit); };
  if (isSet(StartFilterBit(p, 4, end))) return true;
  if ((m_startLengths & 0xE) == 0) return false;  // no term is shorter than four bytes
  for (unsigned length = 3; length >= 1; --length)
    if ((m_startLengths & (1u << length)) && isSet(StartFilterBit(p, length, end))) return true;
  return false;
}

uint32_t AttributionGuard::FindFirstWord(const unsigned char* p, size_t n,
                                         const unsigned char* end) const {
  const uint64_t hash = HashBytes(p, n, end);
  const size_t mask = m_firstWords.size() - 1;
  for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    const FirstWord& word = m_firstWords[slot];
    if (word.transition == 0) return 0;
    if (word.hash == hash && word.length == n &&
        std::memcmp(m_firstWordBytes.data() + word.begin, p, n) == 0)
      return word.transition;
  }
}

namespace {

constexpr size_t kBlock = 64;  // bytes per word of the scan's bit sets

// What BlockFlags finds in 64 bytes: bit k set when byte k is, in `word`, an ASCII letter or
// digit; in `digits`, an ASCII digit; in `nonAscii`, not ASCII.
struct BlockBits {
  uint64_t word = 0;
  uint64_t digits = 0;
  uint64_t nonAscii = 0;
};

#if defined(__SSE2__)
// The bits of the 64 bytes at `p` (the first lowest), sixteen bytes a step.
BlockBits BlockFlags(const unsigned char* p) {
  __m128i v[4];
  for (size_t k = 0; k < 4; ++k)
    v[k] = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
  // Whether x is in [low, low + n): moved by 0x80 - low, that range (and it alone, whatever
  // the byte) lands on the n lowest signed bytes, so one signed compare tells.
  auto in = [](__m128i x, char low, int n) {
    const __m128i moved = _mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - low)));
    return _mm_cmplt_epi8(moved, _mm_set1_epi8(static_cast<char>(-128 + n)));
  };
  // The four masks of sixteen bits, each the high bits of `flags`(v[k]), as one.
  auto bits = [&](auto flags) {
    uint64_t all = 0;
    for (size_t k = 0; k < 4; ++k)
      all |= uint64_t{static_cast<uint32_t>(_mm_movemask_epi8(flags(v[k])))} << (16 * k);
    return all;
  };
  // 'A'-'Z' to 'a'-'z' (no other byte becomes a lower-case letter), then 'a'-'z'.
  auto letter = [&](__m128i x) { return in(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 26); };
  BlockBits b;
  b.digits = bits([&](__m128i x) { return in(x, '0', 10); });
  b.word = b.digits | bits(letter);
  // Most blocks are all ASCII: one look at their high bits together tells.
  const __m128i any = _mm_or_si128(_mm_or_si128(v[0], v[1]), _mm_or_si128(v[2], v[3]));
  if (_mm_movemask_epi8(any) != 0) b.nonAscii = bits([](__m128i x) { return x; });
  return b;
}
#else
// The bits of the 64 bytes at `p` (the first lowest), eight bytes a step.
BlockBits BlockFlags(const unsigned char* p) {
  constexpr uint64_t kOnes = 0x0101010101010101u, kHigh = 0x8080808080808080u;
  // The eight high bits gathered into the low byte, byte k's into bit k.
  auto gather = [](uint64_t high) { return ((high >> 7) * 0x0102040810204080u) >> 56; };
  BlockBits b;
  for (size_t k = 0; k < kBlock; k += 8) {
    const uint64_t x = Load(p + k, 8, p + k + 8);
    const uint64_t low = x & ~kHigh, ascii = ~x & kHigh;
    // Per byte of `low`, with no carry between bytes (all are < 0x80): its high bit after
    // adding 0x80 - c is set when the byte is >= c.
    auto atLeast = [&](unsigned char c) { return low + kOnes * (0x80u - c); };
    const uint64_t digit = atLeast('0') & ~atLeast('9' + 1) & ascii;
    const uint64_t letter =
        ((atLeast('a') & ~atLeast('z' + 1)) | (atLeast('A') & ~atLeast('Z' + 1))) & ascii;
    b.word |= gather(letter | digit) << k;
    b.digits |= gather(digit) << k;
    b.nonAscii |= gather(x & kHigh) << k;
  }
  return b;
}
#endif

// Fills `bits` (the scan's scratch space) with the bit sets of `norm`, by blocks of 64 bytes
// (byte i is bit i % 64 of block i / 64); returns the number of blocks. Word b marks the bytes
// that belong to a word character in block b, word `blocks` is 0 (so that a search for the
// end of a word stops there) and word blocks + 1 + b marks the ASCII digits in block b. The
// ASCII bytes of a block are done all at once, the other characters one by one (the last
// one may run on into the next block).
size_t MarkWordBytes(const std::string& norm, std::vector<uint64_t>& bits) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(norm.data());
  const size_t size = norm.size();
  const size_t blocks = (size + kBlock - 1) / kBlock;
  bits.resize(2 * blocks + 1);  // each word is written below: no need to clear them first
  uint64_t spill = 0;           // the marks of a character of the last block that runs on
  size_t skip = 0;              //   into this one, and how many of this block's bytes it has
  for (size_t block = 0; block < blocks; ++block) {
    const size_t from = block * kBlock;
    const unsigned char* p = bytes + from;
    size_t shift = 0;  // for the last block: how many bytes of the 64 read come before it
    unsigned char padded[kBlock];
    if (from + kBlock > size) {
      if (size >= kBlock) {  // the 64 bytes that end the text
        p = bytes + size - kBlock;
        shift = from + kBlock - size;
      } else {  // a short text, padded with zeros (which are no word characters)
        std::memset(padded, 0, kBlock);
        std::memcpy(padded, bytes, size);
        p = padded;
      }
    }
    const BlockBits b = BlockFlags(p);
    uint64_t word = b.word >> shift, nonAscii = b.nonAscii >> shift;
    if (nonAscii != 0) {  // (a character that ran on from the last block has bytes here too)
      word |= spill;
      nonAscii &= ~uint64_t{0} << skip;  // that character is done
      spill = 0;
      skip = 0;
      while (nonAscii != 0) {
        const auto k = static_cast<size_t>(std::countr_zero(nonAscii));
        const DecodedChar c = DecodeAt(norm, from + k);
        const size_t end = k + c.length;
        if (IsWordCharacter(c.codePoint)) {
          const uint64_t ones = (uint64_t{1} << c.length) - 1;
          word |= ones << k;
          if (end > kBlock) spill = ones >> (kBlock - k);
        }
        if (end >= kBlock) {
          skip = end - kBlock;
          break;
        }
        nonAscii &= ~uint64_t{0} << end;
      }
    }
    bits[block] = word;
    bits[blocks + 1 + block] = b.digits >> shift;
  }
  assert(spill == 0);  // the text ends with a whole character
  bits[blocks] = 0;
  return blocks;
}

// Where the automaton stopped walking: at `at`, on the transition `entry`.
struct Stop {
  size_t at = 0;
  uint32_t entry = 0;
};

// Steps the automaton from the state whose row begins at `row` over bytes[i, size) while
// nothing needs looking at: the loop that text inside terms runs through, kept free of
// everything else so that a byte costs one look-up.
Stop Walk(const uint32_t* next, const uint16_t* byteClass, const unsigned char* bytes, size_t i,
          size_t size, uint32_t row) {
  for (; i < size; ++i) {
    const uint32_t entry = next[row + byteClass[bytes[i]]];
    if (entry - 1 >= kWordStartMark - 1) return {i, entry};  // the root, or a mark
    row = entry;
  }
  return {size, 0};
}

// The bits of `starts` (bit k for the byte at p + k) for which `may(p + k)` holds: it asks at
// every word start, so in a loop of its own, out of line, where what it needs stays in
// registers.
template <typename May>
[[gnu::noinline]] uint64_t Select(const unsigned char* p, uint64_t starts, May may) {
  uint64_t chosen = 0;
  for (; starts != 0; starts &= starts - 1)
    if (may(p + std::countr_zero(starts))) chosen |= starts & (~starts + 1);  // the lowest
  return chosen;
}

// The first byte at or after `i` that is not marked in `bits`.
size_t NextUnmarked(const std::vector<uint64_t>& bits, size_t i) {
  size_t block = i / 64;
  uint64_t unmarked = ~bits[block] & (~uint64_t{0} << (i % 64));
  while (unmarked == 0) unmarked = ~bits[++block];
  return block * 64 + static_cast<size_t>(std::countr_zero(unmarked));
}

}  // namespace

// The scan visits the word starts, found 64 bytes at a time in the bit set of word bytes,
// and steps the automaton only from the words that begin a term (see [automaton]). Phone
// numbers begin at word starts too (with a digit). A block's word starts are first sifted
// all together: most of them are turned away there, at a few instructions each.
void AttributionGuard::Scan(const std::string& norm, std::vector<uint64_t>& wordBits,
                            std::vector<RawHit>& hits) const {
  const size_t blocks = MarkWordBytes(norm, wordBits);
  const uint64_t* digitBits = wordBits.data() + blocks + 1;
  const auto* bytes = reinterpret_cast<const unsigned char*>(norm.data());
  const size_t size = norm.size();
  auto isWordByte = [&](size_t i) { return i < size && (wordBits[i / 64] >> (i % 64) & 1) != 0; };

  const bool phones = !m_phoneKeys.empty();
  std::string digits;
  size_t phonesFrom = 0;          // where the last phone-like run ended
  auto phoneAt = [&](size_t i) {  // at a word start, a digit
    Range run;
    std::string_view key;
    if (i >= phonesFrom && PhoneAt(norm, i, digits, run, key, phonesFrom))
      MatchPhone(run.begin, run.end, key, hits);
  };
  // The terms that end at bytes[i], in the state whose row begins at `row`.
  auto report = [&](uint32_t row, size_t i) {
    for (int32_t at = m_nodes[row / m_classes].output; at >= 0;
         at = m_nodes[m_nodes[static_cast<size_t>(at)].fail].output) {
      auto term = static_cast<uint32_t>(m_nodes[static_cast<size_t>(at)].term);
      size_t end = i + 1, begin = end - m_terms[term].length;
      assert(!WordBefore(norm, begin));  // states begin at word starts
      // Terms end with a word character: the text after a hit must not go on with one.
      if (!isWordByte(end)) hits.push_back({begin, end, term});
    }
  };
  // On from the transition `entry`, taken at bytes[i]; returns where the next word start
  // to look up may be.
  auto walkOn = [&](uint32_t entry, size_t i) {
    for (;;) {
      const uint32_t row = entry & kRowMask;
      if (entry & kOutputMark) report(row, i);
      const Stop stop = Walk(m_next.data(), m_byteClass, bytes, i + 1, size, row);
      if (stop.at == size || stop.entry == 0) return stop.at + 1;
      if (stop.entry & kWordStartMark) return stop.at;  // only a term from this word is live
      entry = stop.entry;
      i = stop.at;
    }
  };

  // Whether a term may begin at `q`. The start filter reads four bytes there, which all but
  // the text's last ones have; and most sets of terms have no term shorter than that, which
  // spares MayStartTerm's further looks: then one look at the filter is all.
  auto mayStartTerm = [&](const unsigned char* q) { return MayStartTerm(q, bytes + size); };
  auto fourBytesMay = [filter = m_startFilter.data()](const unsigned char* q) {
    return IsSet(filter, StartFilterBit(q, 4, q + 4));
  };
  const bool shortTerms = (m_startLengths & 0xE) != 0;
  size_t resume = 0;   // word starts before it have been looked at
  uint64_t carry = 0;  // whether the byte before the block belongs to a word character
  for (size_t block = 0; block < blocks; ++block) {
    const size_t from = block * kBlock;
    const uint64_t word = wordBits[block];
    const uint64_t starts = word & ~(word << 1 | carry);
    carry = word >> 63;
    // The word starts where a term may begin (the filter turns most words away), and those
    // where a phone number may.
    const uint64_t terms = from + kBlock + 3 <= size && !shortTerms
                               ? Select(bytes + from, starts, fourBytesMay)
                               : Select(bytes + from, starts, mayStartTerm);
    const uint64_t phoneStarts = phones ? starts & digitBits[block] : 0;
    for (uint64_t worth = terms | phoneStarts; worth != 0; worth &= worth - 1) {
      const auto k = static_cast<unsigned>(std::countr_zero(worth));
      const size_t i = from + k;
      if (phoneStarts >> k & 1) phoneAt(i);
      if ((terms >> k & 1) == 0 || i < resume) continue;
      const size_t end = NextUnmarked(wordBits, i);
      if (uint32_t entry = FindFirstWord(bytes + i, end - i, bytes + size))
        resume = walkOn(entry, end - 1);
    }
  }
}

// ---- [phones] -------------------------------------------------------------------------------

void AttributionGuard::MatchPhone(size_t begin, size_t end, std::string_view key,
                                  std::vector<RawHit>& hits) const {
  std::vector<uint32_t> terms;
  // The number in the text is the end of a recorded one ("555 123 456" for "+995 555 ...")
  if (auto it = m_phoneEndings.find(std::string(key)); it != m_phoneEndings.end())
    terms = it->second;
  // ... or a recorded number is the end of the one in the text.
  for (size_t k = 1; key.size() - k >= kMinPhoneDigits; ++k)
    if (auto it = m_phoneKeys.find(std::string(key.substr(k))); it != m_phoneKeys.end())
      terms.insert(terms.end(), it->second.begin(), it->second.end());
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  for (uint32_t term : terms) hits.push_back({begin, end, term});
}

// ---- [check] --------------------------------------------------------------------------------
//
// Each paragraph is read in several ways: as written (the scan above: one pass, the only one
// most paragraphs need); with the words that are split only for the eye joined, when it has a
// line break or what may be letters spaced out; with the letters of bidi overrides in the order
// a reader sees them, when it has an override; with its words of Arabic or Hebrew letters (or
// of mixed scripts) read another way ("וכשנועה", and when Noa; "للخطيب", to al-Khatib; "نlصر"
// with a Latin l for alef), when a word so read begins a term, which is rare; and with its
// words of other scripts spelt in Latin letters, when it has any. All but the first are rewritten
// copies of the paragraph that keep, for each byte, where it came from, so that every hit
// quotes the paragraph itself.

namespace {

// A paragraph rewritten, with the part of the paragraph each byte came from.
struct Variant {
  std::string text;
  std::vector<uint32_t> from;  // per byte of `text`: where what gave it begins in the paragraph
  std::vector<uint32_t> to;    //   and one past where it ends
  void Clear() {
    text.clear();
    from.clear();
    to.clear();
  }
  void Copy(std::string_view paragraph, size_t begin, size_t end) {
    text.append(paragraph.substr(begin, end - begin));
    for (size_t i = begin; i < end; ++i) {
      from.push_back(static_cast<uint32_t>(i));
      to.push_back(static_cast<uint32_t>(i + 1));
    }
  }
  void Replace(std::string_view with, size_t begin, size_t end) {
    text.append(with);
    from.insert(from.end(), with.size(), static_cast<uint32_t>(begin));
    to.insert(to.end(), with.size(), static_cast<uint32_t>(end));
  }
};

// Characters that change nothing a reader sees of the letters around them: the bidi marks,
// embeddings, overrides and isolates, the zero-width characters, the soft hyphen, and tatweel,
// which only stretches a joined Arabic letter. Normalisation drops them; inside a word they
// must not split it either, or a name typed with one in it would be spelt as two words.
bool IsInvisibleInWord(char32_t c) {
  return c == 0x00AD || c == 0x061C || c == 0x0640 || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF;
}

// A paragraph cut into words (letters and numbers, with the marks and the characters
// IsInvisibleInWord on them) and the gaps between them, by byte offsets.
struct Token {
  size_t begin = 0;
  size_t end = 0;
  bool word = false;
  size_t characters = 0;  // not counting marks
};

std::vector<Token> Tokens(std::string_view text) {
  std::vector<Token> tokens;
  for (size_t i = 0; i < text.size();) {
    DecodedChar c = DecodeAt(text, i);
    const bool unseen = IsMark(c.codePoint) || IsInvisibleInWord(c.codePoint);
    const bool word = IsWordCharacter(c.codePoint) || (unseen && !tokens.empty() && tokens.back().word);
    if (tokens.empty() || tokens.back().word != word) tokens.push_back({i, i, word, 0});
    tokens.back().end = i + c.length;
    tokens.back().characters += !unseen;
    i += c.length;
  }
  return tokens;
}

// Whether the gap `text` is a hyphen at a line break ("-\n", " -\r\n  ").
bool IsHyphenAtBreak(std::string_view text) {
  size_t i = 0;
  auto skip = [&](auto is) {
    while (i < text.size() && is(DecodeAt(text, i).codePoint)) i += DecodeAt(text, i).length;
  };
  auto blank = [](char32_t c) { return c == ' ' || c == '\t'; };
  skip(blank);
  if (i == text.size()) return false;
  const char32_t hyphen = DecodeAt(text, i).codePoint;
  if (hyphen != '-' && hyphen != 0x2010 && hyphen != 0x2011 && hyphen != 0x00AD) return false;
  i += DecodeAt(text, i).length;
  skip(blank);
  const size_t breakAt = i;
  skip([](char32_t c) { return c == '\r' || c == '\n' || c == 0x2028; });
  if (i == breakAt) return false;
  skip(blank);
  return i == text.size();
}

// Whether the gap `text` may stand between letters spaced out: one to three spaces, dots,
// hyphens, underscores or middle dots.
bool IsLetterSpacing(std::string_view text) {
  size_t count = 0;
  for (size_t i = 0; i < text.size(); ++count) {
    const char32_t c = DecodeAt(text, i).codePoint;
    if (c != ' ' && c != '.' && c != '-' && c != '_' && c != 0x00B7 && c != 0x00A0 && c != '\t')
      return false;
    i += DecodeAt(text, i).length;
  }
  return count >= 1 && count <= 3;
}

constexpr size_t kMinSpacedLetters = 3;

// `text` with the words split only for the eye joined: a word hyphenated at a line break
// ("Pet-\nrova") and letters spaced out ("P e t r o v a", "P.E.T.R.O.V.A": three one-letter
// words or more). False when there are none.
bool JoinSplitWords(std::string_view text, Variant& out) {
  out.Clear();
  const std::vector<Token> tokens = Tokens(text);
  bool joined = false;
  for (size_t t = 0; t < tokens.size(); ++t) {
    const Token& token = tokens[t];
    if (!token.word && t > 0 && t + 1 < tokens.size() &&
        IsHyphenAtBreak(text.substr(token.begin, token.end - token.begin))) {
      joined = true;
      continue;
    }
    size_t last = t;  // the last one-letter word of a spaced run from here
    while (tokens[last].word && tokens[last].characters == 1 && last + 2 < tokens.size() &&
           tokens[last + 2].word && tokens[last + 2].characters == 1 &&
           IsLetterSpacing(
               text.substr(tokens[last + 1].begin, tokens[last + 1].end - tokens[last + 1].begin)))
      last += 2;
    if ((last - t) / 2 + 1 >= kMinSpacedLetters) {
      for (size_t k = t; k <= last; k += 2) out.Copy(text, tokens[k].begin, tokens[k].end);
      joined = true;
      t = last;
      continue;
    }
    out.Copy(text, token.begin, token.end);
  }
  return joined;
}

// Whether `norm` may hold letters spaced out, from the bit set of its word bytes that the scan
// left in `bits`: three words of one character each (of ASCII or another script, or a
// look-alike folded to ASCII) in a chain, each beginning two to six bytes after the last. A
// quick test 64 bytes at a time, and of each two blocks' 32 bytes on either side of their
// border; a false alarm (at a border) only costs a closer look.
bool MaySpaceLetters(const std::string& norm, const std::vector<uint64_t>& bits) {
  const size_t blocks = (norm.size() + kBlock - 1) / kBlock;
  // Bit i of the result: bit i of `x`, and some bit of `x` two to six places later.
  auto followed = [](uint64_t x) {
    return x & ((x >> 2) | (x >> 3) | (x >> 4) | (x >> 5) | (x >> 6));
  };
  uint64_t previous = 0;  // the last block's one-character words
  for (size_t b = 0; b < blocks; ++b) {
    const uint64_t w = bits[b];
    const uint64_t starts = w & ~(w << 1);
    uint64_t single = starts & ~(w >> 1);  // one byte: one ASCII character
    // Two or three bytes: one character when the first is a lead byte of that length.
    uint64_t longer = starts & (w >> 1) & ~((w >> 2) & (w >> 3));
    for (; longer != 0; longer &= longer - 1) {
      const auto k = static_cast<size_t>(std::countr_zero(longer));
      if (b * kBlock + k >= norm.size()) break;
      const auto lead = static_cast<unsigned char>(norm[b * kBlock + k]);
      const size_t length = k + 2 < kBlock && (w >> (k + 2) & 1) != 0 ? 3 : 2;
      if ((length == 2 && (lead & 0xE0) == 0xC0) || (length == 3 && (lead & 0xF0) == 0xE0))
        single |= longer & (~longer + 1);
    }
    if (followed(followed(single)) != 0 || followed(followed(single << 32 | previous >> 32)) != 0)
      return true;
    previous = single;
  }
  return false;
}

bool HasNonAscii(std::string_view text) {
  uint64_t any = 0;
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t eight;
    std::memcpy(&eight, text.data() + i, 8);
    any |= eight;
  }
  for (; i < text.size(); ++i) any |= static_cast<unsigned char>(text[i]);
  return (any & 0x8080808080808080u) != 0;
}

// `word` without the characters IsInvisibleInWord, which the transliterators would keep.
std::string WithoutInvisible(std::string_view word) {
  std::string out;
  for (size_t i = 0; i < word.size();) {
    DecodedChar c = DecodeAt(word, i);
    if (!IsInvisibleInWord(c.codePoint)) out.append(word.substr(i, c.length));
    i += c.length;
  }
  return out;
}

// Whether `text` has a bidi override (LRO U+202D or RLO U+202E: E2 80 AD, E2 80 AE), in one
// pass that skips from one E2 byte to the next.
bool HasOverride(std::string_view text) {
  for (size_t i = text.find('\xE2'); i != std::string_view::npos && i + 2 < text.size(); i = text.find('\xE2', i + 1))
    if (text[i + 1] == '\x80' && (text[i + 2] == '\xAD' || text[i + 2] == '\xAE')) return true;
  return false;
}

// `text` with the letters of each bidi override in the order a reader sees them. An override
// lays its letters out in one direction whatever their own, so letters of the other direction
// typed backwards inside one read forwards: "\u202D" "ןרטש" shows "שטרן", "\u202E" "kuinyrh"
// shows "hryniuk". Each override runs to the PDF (U+202C) that closes it, to the PDI (U+2069)
// of an isolate open before it, or to the end of the line; its characters are written in
// reverse order, each byte of them quoting the whole run. False when there is none.
bool ShowOverrides(std::string_view text, Variant& out) {
  out.Clear();
  bool any = false;
  int isolates = 0;  // isolates open before the current character, on this line
  size_t copied = 0;
  for (size_t i = 0; i < text.size();) {
    const DecodedChar c = DecodeAt(text, i);
    i += c.length;
    if (c.codePoint == '\n' || c.codePoint == 0x2029) isolates = 0;
    if (c.codePoint >= 0x2066 && c.codePoint <= 0x2068) ++isolates;
    if (c.codePoint == 0x2069 && isolates > 0) --isolates;
    if (c.codePoint != 0x202D && c.codePoint != 0x202E) continue;
    const size_t begin = i;
    int embeddings = 1, inner = 0;  // open in the run: embeddings and overrides, isolates
    size_t end = begin;
    std::vector<std::string_view> characters;
    while (end < text.size()) {
      const DecodedChar d = DecodeAt(text, end);
      const char32_t x = d.codePoint;
      if (x == '\n' || x == 0x2029) break;
      if (x == 0x202C && --embeddings == 0) break;
      if (x == 0x2069 && inner == 0 && isolates > 0) break;
      embeddings += x >= 0x202A && x <= 0x202E && x != 0x202C;
      inner += (x >= 0x2066 && x <= 0x2068) - (x == 0x2069 && inner > 0);
      characters.push_back(text.substr(end, d.length));
      end += d.length;
    }
    if (characters.empty()) continue;
    std::string shown;
    for (auto it = characters.rbegin(); it != characters.rend(); ++it) shown += *it;
    out.Copy(text, copied, begin);
    out.Replace(shown, begin, end);
    copied = end;
    any = true;
    i = end;
  }
  out.Copy(text, copied, text.size());
  return any;
}

// Whether `text` has a letter of the Latin script.
bool HasLatinLetter(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const DecodedChar c = DecodeAt(text, i);
    const char32_t x = c.codePoint;
    const bool latin = x < 128 ? (x | 0x20) >= 'a' && (x | 0x20) <= 'z'
                               : (IsUpperCase(x) || IsLowerCase(x)) && !IsNonLatinLetter(x);
    if (latin) return true;
    i += c.length;
  }
  return false;
}

// Which of the two abjads `text` is written in, by its first letter of either: 'a' Arabic,
// 'h' Hebrew, 0 neither.
char AbjadOf(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const DecodedChar c = DecodeAt(text, i);
    if (IsAbjadLetter(c.codePoint))
      return (c.codePoint >= 0x0590 && c.codePoint <= 0x05FF) || (c.codePoint >= 0xFB1D && c.codePoint <= 0xFB4F)
                 ? 'h'
                 : 'a';
    i += c.length;
  }
  return 0;
}

// A word in Arabic or Hebrew letters without what its spellings add or leave out: the letters
// that also write vowels (Arabic alef, waw, yeh and hamza; Hebrew alef, vav, yod: "כוהן" and
// "כהן" are one name). Normalised first, which makes hamza forms their letters, alef maksura a
// yeh and Hebrew final letters the others.
std::string AbjadSkeleton(std::string_view word) {
  const std::string norm = NormaliseForMatching(word);
  std::string out;
  for (size_t i = 0; i < norm.size();) {
    const DecodedChar c = DecodeAt(norm, i);
    const char32_t x = c.codePoint;
    const bool vowelLetter = x == 0x0627 || x == 0x0648 || x == 0x064A || x == 0x0621 ||
                             x == 0x05D0 || x == 0x05D5 || x == 0x05D9;
    if (!vowelLetter && IsWordCharacter(x)) out.append(norm, i, c.length);
    i += c.length;
  }
  return out;
}

// Whether `word` of the text, written in the same abjad as the name `recorded` (a term by
// consonants records the Latin spelling of a word, then the name: "nasr (كريم ناصر)"), is a
// word of that name with other vowel letters, after up to three letters that stand for "and",
// "with", "the"... (Arabic و ف ب ل ك and the article ال; Hebrew ו ה ב ל מ ש כ). Two words in
// one script are compared by their letters: their Latin spellings' consonants would take
// "ينشر" (publishes) for "ناصر" (Nasser), ش and ص both being spelt with an s.
bool SameAbjadWord(std::string_view recorded, std::string_view word) {
  const size_t open = recorded.rfind(" (");
  const std::string_view name = open == std::string_view::npos ? recorded : recorded.substr(open + 2);
  const std::string text = AbjadSkeleton(word);
  for (Range part : Split(name, IsNotWord)) {
    const std::string skeleton = AbjadSkeleton(name.substr(part.begin, part.end - part.begin));
    if (skeleton.empty() || text.size() < skeleton.size()) continue;
    // The word, or a prefix of one to three letters (two bytes each: "وال") and the word.
    const size_t prefix = text.size() - skeleton.size();
    if (prefix <= 6 && prefix % 2 == 0 && text.compare(prefix, std::string::npos, skeleton) == 0) return true;
  }
  return false;
}

// ---- word readings: what a word of Arabic or Hebrew letters, or of mixed scripts, may be

// Whether `c` (normalised) is a letter that Hebrew writes joined to the front of the next word
// for "and", "the", "in", "as", "to", "from", "that" (ו ה ב כ ל מ ש; "when" is כש).
bool IsHebrewPrefix(char32_t c) {
  return c == 0x05D5 || c == 0x05D4 || c == 0x05D1 || c == 0x05DB || c == 0x05DC || c == 0x05DE ||
         c == 0x05E9;
}
// ... that Arabic writes so for "and", "so", "with", "as", "to" (و ف ب ك ل).
bool IsArabicPrefix(char32_t c) {
  return c == 0x0648 || c == 0x0641 || c == 0x0628 || c == 0x0643 || c == 0x0644;
}
constexpr char32_t kAlef = 0x0627, kLam = 0x0644;
constexpr size_t kMaxHebrewPrefix = 4;  // ו + כש + ל: "and when ... had"
constexpr size_t kMaxArabicPrefix = 2;  // و + ب, before the article: "and with the"
constexpr size_t kMinReadLetters = 2;   // what is left of a word after its prefix letters

// Which script a character of a word belongs to, as far as look-alikes go: 'l' ASCII letters
// and digits, 'a' Arabic letters, 'd' Arabic-Indic digits (of either set), 'h' Hebrew letters,
// 0 anything else.
char LookAlikeClass(char32_t c) {
  if (c < 128) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 'l' : c >= '0' && c <= '9' ? 'l' : 0;
  if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9)) return 'd';
  if (c >= 0x05D0 && c <= 0x05F2) return 'h';
  if (c >= 0x0600 && c <= 0x06FF && IsWordCharacter(c)) return 'a';
  return 0;
}

// The letters that pass for one another across those scripts, by their shape: a stroke (Latin
// l and I, the digit one, Arabic alef, Hebrew vav) or a ring (Latin o and O, the digit zero,
// Arabic-Indic five, Arabic heh, Hebrew samekh). 0 for the rest.
char ShapeOf(char32_t c) {
  switch (c) {
    case 'l': case 'I': case '1': case 0x0661: case 0x06F1: case 0x0627: case 0x05D5:
      return '|';
    case 'o': case 'O': case '0': case 0x0665: case 0x06F5: case 0x0647: case 0x05E1:
      return 'o';
    default:
      return 0;
  }
}

// `word` with each letter of a shape (ShapeOf) written as the letter of that shape in
// `script` ('l' Latin, 'a' Arabic, 'h' Hebrew), and the characters IsInvisibleInWord left out.
std::string WithShapesAs(std::string_view word, char script) {
  static constexpr const char* kStroke[] = {"l", "\u0627", "\u05D5"};
  static constexpr const char* kRing[] = {"o", "\u0647", "\u05E1"};
  const size_t k = script == 'l' ? 0 : script == 'a' ? 1 : 2;
  std::string out;
  for (size_t i = 0; i < word.size();) {
    const DecodedChar c = DecodeAt(word, i);
    const char shape = ShapeOf(c.codePoint);
    if (shape == '|') out += kStroke[k];
    else if (shape == 'o') out += kRing[k];
    else if (!IsInvisibleInWord(c.codePoint)) out.append(word.substr(i, c.length));
    i += c.length;
  }
  return out;
}

// Whether the bytes of `text` may hold an Arabic or Hebrew character (U+0590..U+06FF, lead
// bytes D6..DB; or a presentation form, U+FB1D..U+FEFC, lead byte EF): most words of other
// scripts (and most paragraphs) are turned away here. Eight bytes at a time pass at one look
// when they are all ASCII.
bool MayHoldAbjad(std::string_view text) {
  auto abjadLead = [](unsigned char byte) { return (byte >= 0xD6 && byte <= 0xDB) || byte == 0xEF; };
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t eight;
    std::memcpy(&eight, text.data() + i, 8);
    if ((eight & 0x8080808080808080u) == 0) continue;
    for (size_t k = i; k < i + 8; ++k)
      if (abjadLead(static_cast<unsigned char>(text[k]))) return true;
  }
  for (; i < text.size(); ++i)
    if (abjadLead(static_cast<unsigned char>(text[i]))) return true;
  return false;
}

// Appends to `out` the readings of a normalised word (its code points `c`) with
// the letters that Arabic or Hebrew joins to the front of a word taken off: one to four of
// ו ה ב כ ל מ ש; one or two of و ف ب ك ل, then also the article ال, and ل + ال written
// لل read as the article ("للخطيب": "الخطيب" and "خطيب"). Each leaves two letters or more.
void PrefixReadings(const std::vector<char32_t>& c, std::vector<std::string>& out) {
  auto add = [&](std::initializer_list<char32_t> first, size_t from) {
    if (c.size() < from || first.size() + c.size() - from < kMinReadLetters) return;
    std::string reading;
    for (char32_t x : first) AppendCodePoint(x, reading);
    for (size_t k = from; k < c.size(); ++k) AppendCodePoint(c[k], reading);
    out.push_back(std::move(reading));
  };
  for (size_t k = 1; k <= kMaxHebrewPrefix && k < c.size() && IsHebrewPrefix(c[k - 1]); ++k)
    add({}, k);
  for (size_t k = 0; k <= kMaxArabicPrefix && k < c.size(); ++k) {
    if (k > 0 && !IsArabicPrefix(c[k - 1])) break;
    if (k > 0) add({}, k);
    if (k + 1 < c.size() && c[k] == kAlef && c[k + 1] == kLam) add({}, k + 2);
    if (k > 0 && c[k - 1] == kLam && c[k] == kLam) {
      add({kAlef}, k);
      add({}, k + 1);
    }
  }
}

}  // namespace

// A word of the paragraph read another way (see WordReadings).
struct AttributionGuard::Reading {
  size_t begin = 0;  // the word, in the paragraph
  size_t end = 0;
  size_t rank = 0;   // its first reading that begins a term is 0, the next 1...
  std::string text;  // normalised
};

// The readings of the words of `text` that may hide a name, kept where they are the first word
// of some term (so that the paragraph is read again only when one may hit). A word of Arabic
// or Hebrew letters is read with its prefix letters taken off (PrefixReadings); a word that
// mixes Latin, Arabic or Hebrew letters, or Arabic-Indic digits, with each letter of a shape
// that another script shares (ShapeOf) taken for that script's letter ("نlصر", a Latin l for
// the alef, as "ناصر"; "Oاena", an alef for the l, as "Olena": a lone letter of the other
// direction stands where it was typed, so nothing shows it), then with its prefix letters
// taken off too.
void AttributionGuard::WordReadings(std::string_view text, std::vector<Reading>& out) const {
  std::string norm, asLatin, asAbjad;
  std::vector<std::string> candidates;
  std::vector<char32_t> letters;
  for (const Token& token : Tokens(text)) {
    const std::string_view word = text.substr(token.begin, token.end - token.begin);
    if (!token.word || !MayHoldAbjad(word)) continue;
    unsigned classes = 0;  // bit per LookAlikeClass met
    char abjad = 0;        // 'a' or 'h', by the first letter of either
    for (size_t i = 0; i < word.size();) {
      const DecodedChar d = DecodeAt(word, i);
      const char cls = LookAlikeClass(d.codePoint);
      classes |= cls == 'l' ? 1u : cls == 'a' ? 2u : cls == 'd' ? 4u : cls == 'h' ? 8u : 0u;
      if (abjad == 0 && (cls == 'a' || cls == 'h')) abjad = cls;
      i += d.length;
    }
    std::vector<std::string_view> bases = {word};
    if (std::popcount(classes) >= 2) {  // mixed: each shape read as each script's letter
      asLatin = WithShapesAs(word, 'l');
      bases.push_back(asLatin);
      if (abjad != 0) {
        asAbjad = WithShapesAs(word, abjad);
        bases.push_back(asAbjad);
      }
    }
    candidates.clear();
    std::string original;
    for (size_t b = 0; b < bases.size(); ++b) {
      norm.clear();
      AppendNormalised(bases[b], norm, nullptr);
      if (b == 0) original = norm;
      else candidates.push_back(norm);
      letters.clear();
      for (size_t i = 0; i < norm.size();) {
        const DecodedChar d = DecodeAt(norm, i);
        letters.push_back(d.codePoint);
        i += d.length;
      }
      PrefixReadings(letters, candidates);
    }
    size_t rank = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
      const std::string& reading = candidates[k];
      if (reading.empty() || reading == original ||
          std::find(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(k), reading) !=
              candidates.begin() + static_cast<std::ptrdiff_t>(k))
        continue;
      const auto* p = reinterpret_cast<const unsigned char*>(reading.data());
      if (FirstWordLength(reading) != reading.size() || FindFirstWord(p, reading.size(), p + reading.size()) == 0)
        continue;
      out.push_back({token.begin, token.end, rank++, reading});
    }
  }
}

namespace {

// A word of another script, spelt in Latin letters.
struct SpeltWord {
  Range original;        // in the paragraph
  std::string spelling;  // ASCII
  bool abjad = false;    // written in Arabic or Hebrew letters
};

// `text` with each word that has a letter of another script spelt in Latin letters (by
// `speller`, made at the first such word; each word spelt once into `spelt`), and those words
// in `words`. False when there are none.
bool SpellInLatin(std::string_view text, std::unique_ptr<LatinSpeller>& speller,
                  std::unordered_map<std::string, std::string>& spelt, Variant& out,
                  std::vector<SpeltWord>& words) {
  out.Clear();
  words.clear();
  for (const Token& token : Tokens(text)) {
    std::string_view word = text.substr(token.begin, token.end - token.begin);
    bool other = false, abjad = false;
    for (size_t i = 0; token.word && i < word.size();) {
      DecodedChar c = DecodeAt(word, i);
      other = other || IsNonLatinLetter(c.codePoint);
      abjad = abjad || IsAbjadLetter(c.codePoint);
      i += c.length;
    }
    if (!other) {
      out.Copy(text, token.begin, token.end);
      continue;
    }
    if (!speller) speller = std::make_unique<LatinSpeller>();
    auto [it, isNew] = spelt.try_emplace(std::string(word));
    if (isNew) it->second = speller->Spell(WithoutInvisible(word));
    if (it->second.empty()) {
      out.Copy(text, token.begin, token.end);
      continue;
    }
    out.Replace(it->second, token.begin, token.end);
    words.push_back({{token.begin, token.end}, it->second, abjad});
  }
  return !words.empty();
}

}  // namespace

struct AttributionGuard::Pending {
  GuardHit hit;
  size_t end = 0;  // one past the hit's text, in the paragraph
  int why = 0;
};

void AttributionGuard::MatchConsonants(const std::string& norm, std::vector<RawHit>& hits) const {
  auto isLetter = [](char c) { return (c >= 'a' && c <= 'z'); };
  for (size_t i = 0; i < norm.size();) {
    if (!isLetter(norm[i]) || WordBefore(norm, i)) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < norm.size() && isLetter(norm[end])) ++end;
    if (end - i >= kMinConsonants && !WordAt(norm, end))
      if (auto it = m_abjadNameKeys.find(ConsonantKey(std::string_view(norm).substr(i, end - i)));
          it != m_abjadNameKeys.end())
        for (uint32_t term : it->second) hits.push_back({i, end, term});
    i = end + 1;
  }
}

namespace {

// How the last letter of `text` writes a final yeh: 'm' without its dots (alef maksura ى),
// 'y' with them (ي), 0 neither (Persian ی, which is both, among them).
char FinalYeh(std::string_view text) {
  char32_t last = 0;
  for (size_t i = 0; i < text.size();) {
    const DecodedChar c = DecodeAt(text, i);
    if (IsWordCharacter(c.codePoint)) last = c.codePoint;
    i += c.length;
  }
  if (last == 0x0649 || last == 0xFEEF || last == 0xFEF0) return 'm';
  if (last == 0x064A || (last >= 0xFEF1 && last <= 0xFEF4)) return 'y';
  return 0;
}

}  // namespace

void AttributionGuard::AddPending(size_t paragraph, const std::string& text, size_t begin,
                                  size_t end, uint32_t term, std::vector<Pending>& out) const {
  // A short part of a name is taken for one where it is written as a name: with a capital, or
  // in a script without case ("may" is not "May", "لوي" is always flagged). Matching takes ى
  // and ي for one letter, as writers of Arabic do at a word's end; but in a short word the
  // dots tell words apart, so a short part is not taken for one where its last yeh is written
  // the other way than recorded ("على", on, is not "علي", Ali), as "may" is not "May".
  const std::string_view found(text.data() + begin, end - begin);
  const bool lowerCase = IsLowerCase(DecodeAt(text, begin).codePoint);
  const char yeh = FinalYeh(found);
  for (const Owner& owner : m_terms[term].owners)
    if (owner.why != kShortPart ||
        (!lowerCase && (yeh == 0 || FinalYeh(owner.recorded) == 0 || FinalYeh(owner.recorded) == yeh)))
      out.push_back({{paragraph, owner.participantId, owner.recorded,
                      text.substr(begin, end - begin), begin, kReasons[owner.why]},
                     end,
                     owner.why});
}

std::vector<GuardHit> AttributionGuard::Check(const std::vector<std::string>& paragraphs) const {
  std::vector<GuardHit> hits;
  if (m_terms.empty()) return hits;
  std::string norm;
  std::vector<uint64_t> wordBits;
  std::vector<RawHit> raw;
  std::vector<Pending> pending;
  Variant variant;
  std::vector<SpeltWord> speltWords;
  std::vector<Reading> readings;
  std::unique_ptr<LatinSpeller> speller;               // made at the first word that needs it
  std::unordered_map<std::string, std::string> spelt;  // each word of another script, spelt
  // Scans `checked` (the paragraph or a variant of it) and reports what it finds; `inLatin`: the
  // variant is the paragraph spelt in Latin letters.
  auto scan = [&](size_t p, const std::string& checked, const Variant* from, bool inLatin = false) {
    norm.clear();
    raw.clear();
    AppendNormalised(checked, norm, nullptr);
    Scan(norm, wordBits, raw);
    const size_t byConsonants = raw.size();  // the hits from here on are MatchConsonants'
    if (!m_abjadNameKeys.empty()) MatchConsonants(norm, raw);
    if (raw.empty()) return;
    // Hits are rare: only now map the normalised text back to what was checked.
    Mapped mapped(checked);
    for (size_t k = 0; k < raw.size(); ++k) {
      const RawHit& r = raw[k];
      Range range = OriginalRange(mapped, {r.begin, r.end});
      if (from) range = {from->from[range.begin], from->to[range.end - 1]};
      // Words of the name's own abjad are compared by their letters: by consonants, with
      // SameAbjadWord; a short part spelt in Latin letters, not at all (the paragraph and its
      // other readings compare it), for the spelling of a word of three letters loses what
      // tells it from others: "على" (on) and "علي" (Ali) are both "ly". (The same goes for
      // "ينشر", publishes, and "ناصر", Nasser, by consonants.)
      const Owner& owner = m_terms[r.term].owners.front();
      if (k >= byConsonants || (inLatin && owner.why == kShortPart)) {
        const std::string_view word = std::string_view(paragraphs[p]).substr(range.begin, range.end - range.begin);
        const char script = AbjadOf(word);
        if (script != 0 && script == AbjadOf(owner.recorded) &&
            (k >= byConsonants ? !SameAbjadWord(owner.recorded, word) : !HasLatinLetter(word)))
          continue;
      }
      AddPending(p, paragraphs[p], range.begin, range.end, r.term, pending);
    }
  };
  // `variant`: `text` with each word that has a reading of rank `rank` read so (the whole word
  // quoted); false when none has.
  auto readWords = [&](const std::string& text, size_t rank) {
    auto ranked = [&](const Reading& reading) { return reading.rank == rank; };
    if (std::none_of(readings.begin(), readings.end(), ranked)) return false;
    variant.Clear();
    size_t copied = 0;
    for (const Reading& reading : readings) {
      if (!ranked(reading)) continue;
      variant.Copy(text, copied, reading.begin);
      variant.Replace(reading.text, reading.begin, reading.end);
      copied = reading.end;
    }
    variant.Copy(text, copied, text.size());
    return true;
  };
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    const std::string& text = paragraphs[p];
    pending.clear();
    readings.clear();  // (WordReadings appends)
    scan(p, text, nullptr);
    const bool mayJoin = std::memchr(text.data(), '\n', text.size()) != nullptr ||
                         std::memchr(text.data(), '\r', text.size()) != nullptr ||
                         MaySpaceLetters(norm, wordBits);
    const bool otherScripts = HasNonAscii(norm);  // (Arabic-Indic digits are ASCII by now)
    if (mayJoin && JoinSplitWords(text, variant)) scan(p, variant.text, &variant);
    if (HasOverride(text) && ShowOverrides(text, variant))
      scan(p, variant.text, &variant);
    if (MayHoldAbjad(text)) WordReadings(text, readings);
    for (size_t rank = 0; readWords(text, rank); ++rank) scan(p, variant.text, &variant);
    if (otherScripts && SpellInLatin(text, speller, spelt, variant, speltWords)) {
      scan(p, variant.text, &variant, true);
      // A Latin name against a word of Arabic or Hebrew letters, by their consonants.
      for (const SpeltWord& word : speltWords)
        for (const std::string& key :
             word.abjad ? ConsonantKeys(word.spelling, true) : std::vector<std::string>{})
          if (auto it = m_latinNameKeys.find(key); it != m_latinNameKeys.end())
            for (uint32_t term : it->second)
              AddPending(p, text, word.original.begin, word.original.end, term, pending);
    }
    Keep(pending, hits);
  }
  return hits;
}

void AttributionGuard::Keep(std::vector<Pending>& pending, std::vector<GuardHit>& hits) {
  // A participant's hit inside a longer hit of theirs says nothing more; of two on the same
  // text (found as written and spelt in Latin letters, say), the stronger reason is kept.
  auto covers = [&](size_t b, size_t a) {
    const Pending& x = pending[a];
    const Pending& y = pending[b];
    if (a == b || x.hit.participantId != y.hit.participantId || y.hit.offset > x.hit.offset ||
        y.end < x.end)
      return false;
    const size_t lengthX = x.end - x.hit.offset, lengthY = y.end - y.hit.offset;
    if (lengthY != lengthX) return lengthY > lengthX;
    return y.why < x.why || (y.why == x.why && b < a);
  };
  std::vector<bool> covered(pending.size(), false);
  for (size_t a = 0; a < pending.size(); ++a)
    for (size_t b = 0; b < pending.size() && !covered[a]; ++b) covered[a] = covers(b, a);
  const size_t first = hits.size();
  for (size_t a = 0; a < pending.size(); ++a)
    if (!covered[a]) hits.push_back(std::move(pending[a].hit));
  std::sort(hits.begin() + static_cast<std::ptrdiff_t>(first), hits.end(),
            [](const GuardHit& x, const GuardHit& y) {
              if (x.offset != y.offset) return x.offset < y.offset;
              if (x.found.size() != y.found.size()) return x.found.size() > y.found.size();
              if (x.participantId != y.participantId) return x.participantId < y.participantId;
              return x.term < y.term;
            });
}

}  // namespace parley
