// The non-attribution guard.
//
// Sections: [text] normalised text mapped back to the original  [terms] what each participant
//           gives the guard to look for  [automaton] Aho–Corasick over the normalised terms
//           [phones] numbers compared by digits  [check] hits in the texts
#include "core/attribution_guard.hpp"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cstddef>
#include <cstring>
#include <unordered_set>

#include "core/text.hpp"

namespace parley {

namespace {

// Why a term identifies someone; the order is their strength (a participant's term that is
// both a part of their name and their affiliation is reported as a part of the name).
enum Why { kName = 0, kPart, kAffiliation, kContact };
constexpr const char* kReasons[] = {"name", "part of a name", "affiliation", "contact detail"};

constexpr size_t kMinLetters = 4;          // shorter name parts, phrases and tokens are no terms
constexpr size_t kMinPhoneDigits = 7;      // fewer digits are not taken for a phone number
constexpr char kPhoneKeyMark = '\xFF';     // starts a phone term's key: never in normalised text
constexpr unsigned kStartFilterBits = 16;  // the start filter has 2^16 bits

// Words in a contact field that say what the next detail is rather than being one.
constexpr std::string_view kContactLabels[] = {
    "email", "e-mail", "mail",   "phone",   "telephone", "mobile",   "cell",
    "home",  "work",   "office", "address", "signal",    "whatsapp", "telegram",
    "viber", "skype",  "wechat", "contact", "private",   "personal"};

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

// The first four bytes at `p` (zeros past `end`), the first byte lowest.
uint32_t Window(const unsigned char* p, const unsigned char* end) {
  if (end - p >= 4)
    return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 | uint32_t{p[3]} << 24;
  uint32_t window = 0;
  for (int k = 0; p + k < end; ++k) window |= uint32_t{p[k]} << (8 * k);
  return window;
}

// Where the first `length` (1 to 4) bytes of `window` fall in the start filter.
uint32_t StartFilterBit(uint32_t window, unsigned length) {
  uint32_t key = length == 4 ? window : window & ((1u << (8 * length)) - 1);
  return ((key + length) * 0x9E3779B1u) >> (32 - kStartFilterBits);
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
  std::vector<std::string> patterns;  // the normalised term by term index; "" for phones
  std::unordered_map<std::string, uint32_t> index;  // normalised term (or phone key) -> index
  std::unordered_set<std::string> allowed;          // what exports may say (see the header)

  // Registers `key` for `participant`; returns the term index and whether it is new.
  std::pair<uint32_t, bool> Add(std::string key, Id participant, std::string recorded, int why) {
    auto [it, inserted] =
        index.try_emplace(std::move(key), static_cast<uint32_t>(guard.m_terms.size()));
    if (inserted) {
      guard.m_terms.push_back({static_cast<uint32_t>(it->first.size()), {}});
      patterns.push_back(it->first[0] == kPhoneKeyMark ? std::string() : it->first);
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

  void Allow(std::string_view text) {
    Mapped m(text);
    for (Range piece : Split(m.norm, IsPhraseSeparator)) {
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

  void AddName(const Participant& p) {
    Mapped m(p.name);
    Range whole = TrimToWords(m.norm, {0, m.norm.size()});
    if (whole.Empty()) return;
    Add(Key(m, whole), p.id, Trim(p.name), kName);
    std::vector<Range> words = Split(std::string_view(m.norm).substr(0, whole.end), IsNotWord);
    if (words.size() < 2) return;
    for (Range word : words)
      if (Letters(m, word) >= kMinLetters) Add(Key(m, word), p.id, OriginalText(m, word), kPart);
  }

  void AddRole(const Participant& p) {
    Mapped m(p.role);
    for (Range phrase : Split(m.norm, IsPhraseSeparator)) AddDetail(m, phrase, p.id, kAffiliation);
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
  Collector collector{*this, {}, {}, {}};
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
// byte begins a character right after a non-word character. In the middle of a word the
// automaton idles in the root: one table look-up per byte. And at the start of a word it
// leaves the root only when the start filter (a bit set of the terms' first four bytes)
// says that a term may begin there, which most words do not.

void AttributionGuard::Build(const std::vector<std::string>& patterns) {
  // The trie, each state's edges kept sorted while inserting, and for each state whether
  // its string ends with a whole non-word character (a word may start right after it).
  std::vector<std::vector<Edge>> children(1);
  std::vector<int32_t> termAt(1, -1);
  std::vector<char> endsWithSeparator(1, 1);
  for (size_t t = 0; t < patterns.size(); ++t) {
    const std::string& pattern = patterns[t];
    if (pattern.empty()) continue;  // a phone number: not matched byte by byte
    uint32_t state = 0;
    for (size_t i = 0; i < pattern.size(); ++i) {
      auto byte = static_cast<unsigned char>(pattern[i]);
      std::vector<Edge>& edges = children[state];
      auto it = std::lower_bound(edges.begin(), edges.end(), byte,
                                 [](const Edge& e, unsigned char b) { return e.byte < b; });
      if (it != edges.end() && it->byte == byte) {
        state = it->target;
        continue;
      }
      auto added = static_cast<uint32_t>(children.size());
      edges.insert(it, Edge{byte, added});  // `edges` is not used after children grows
      children.emplace_back();
      termAt.push_back(-1);
      bool wholeCharacter =
          i + 1 == pattern.size() || (static_cast<unsigned char>(pattern[i + 1]) & 0xC0) != 0x80;
      endsWithSeparator.push_back(wholeCharacter &&
                                  !IsWordCharacter(CodePointBefore(pattern, i + 1)));
      state = added;
    }
    assert(termAt[state] == -1);  // terms are distinct
    termAt[state] = static_cast<int32_t>(t);
  }

  // Flattened: one array of states, one of edges.
  m_nodes.assign(children.size(), Node{});
  m_edges.clear();
  std::fill(std::begin(m_rootGoto), std::end(m_rootGoto), 0u);
  for (size_t s = 0; s < children.size(); ++s) {
    m_nodes[s].firstEdge = static_cast<uint32_t>(m_edges.size());
    m_nodes[s].edgeCount = static_cast<uint32_t>(children[s].size());
    m_nodes[s].term = termAt[s];
    m_edges.insert(m_edges.end(), children[s].begin(), children[s].end());
  }
  for (const Edge& e : children[0]) m_rootGoto[e.byte] = e.target;

  // The start filter: the first four bytes of each term (all of a shorter one).
  m_startFilter.assign((size_t{1} << kStartFilterBits) / 64, 0);
  m_startLengths = 0;
  for (const std::string& pattern : patterns) {
    if (pattern.empty()) continue;
    auto length = static_cast<unsigned>(std::min<size_t>(pattern.size(), 4));
    const auto* p = reinterpret_cast<const unsigned char*>(pattern.data());
    uint32_t bit = StartFilterBit(Window(p, p + pattern.size()), length);
    m_startFilter[bit / 64] |= uint64_t{1} << (bit % 64);
    m_startLengths |= 1u << length;
  }

  // Fail and output links, breadth first: a state's fail state is shallower, so it is done.
  std::vector<uint32_t> queue;
  queue.reserve(m_nodes.size());
  for (const Edge& e : children[0]) queue.push_back(e.target);  // their fail link is the root
  for (size_t q = 0; q < queue.size(); ++q) {
    const uint32_t state = queue[q];
    Node& node = m_nodes[state];
    const Node& fail = m_nodes[node.fail];
    node.output = node.term >= 0 ? static_cast<int32_t>(state) : fail.output;
    for (uint32_t e = node.firstEdge; e < node.firstEdge + node.edgeCount; ++e) {
      const Edge edge = m_edges[e];
      m_nodes[edge.target].fail = Step(node.fail, edge.byte, endsWithSeparator[state] != 0);
      queue.push_back(edge.target);
    }
  }
}

bool AttributionGuard::MayStartTerm(const unsigned char* p, const unsigned char* end) const {
  auto isSet = [&](uint32_t bit) { return (m_startFilter[bit / 64] >> (bit % 64) & 1) != 0; };
  const uint32_t window = Window(p, end);
  if (isSet(StartFilterBit(window, 4))) return true;
  for (unsigned length = 3; length >= 1 && (m_startLengths & 0xE) != 0; --length)  // short terms
    if ((m_startLengths & (1u << length)) && isSet(StartFilterBit(window, length))) return true;
  return false;
}

uint32_t AttributionGuard::Child(uint32_t state, unsigned char byte) const {
  assert(state != 0);
  const Node& node = m_nodes[state];
  const Edge* edge = m_edges.data() + node.firstEdge;
  const Edge* end = edge + node.edgeCount;
  if (node.edgeCount > 8)
    edge = std::lower_bound(edge, end, byte,
                            [](const Edge& e, unsigned char b) { return e.byte < b; });
  for (; edge != end && edge->byte <= byte; ++edge)
    if (edge->byte == byte) return edge->target;
  return 0;
}

uint32_t AttributionGuard::Step(uint32_t state, unsigned char byte, bool wordStart) const {
  for (; state != 0; state = m_nodes[state].fail)
    if (uint32_t next = Child(state, byte)) return next;
  return wordStart ? m_rootGoto[byte] : 0;
}

// For eight ASCII bytes (the first lowest): bit k set when byte k is a letter or a digit.
uint64_t AsciiWordFlags(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101u, kHigh = 0x8080808080808080u;
  // Per byte, with no carry between bytes (all are < 0x80): its high bit after adding
  // 0x80 - c is set when the byte is >= c.
  auto atLeast = [&](unsigned char c) { return x + kOnes * (0x80u - c); };
  uint64_t in = (atLeast('a') & ~atLeast('z' + 1)) | (atLeast('A') & ~atLeast('Z' + 1)) |
                (atLeast('0') & ~atLeast('9' + 1));
  // Gather the eight high bits into the low byte, byte k's into bit k.
  return (((in & kHigh) >> 7) * 0x0102040810204080u) >> 56;
}

// Marks in `bits` (bit i % 64 of word i / 64) every byte of `norm` that belongs to a word
// character: eight ASCII bytes at a time where it can, character by character elsewhere.
void MarkWordBytes(const std::string& norm, std::vector<uint64_t>& bits) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(norm.data());
  const size_t size = norm.size();
  bits.assign(size / 64 + 2, 0);
  auto mark = [&](size_t from, uint64_t flags) {  // flags: bit k for byte from + k, k < 8
    bits[from / 64] |= flags << (from % 64);
    if (from % 64 > 56) bits[from / 64 + 1] |= flags >> (64 - from % 64);
  };
  size_t i = 0;
  while (i < size) {
    if constexpr (std::endian::native == std::endian::little) {
      if (i + 8 <= size) {
        uint64_t eight;
        std::memcpy(&eight, bytes + i, 8);
        if ((eight & 0x8080808080808080u) == 0) {
          mark(i, AsciiWordFlags(eight));
          i += 8;
          continue;
        }
      }
    }
    DecodedChar c = DecodeAt(norm, i);
    if (IsWordCharacter(c.codePoint)) mark(i, (uint64_t{1} << c.length) - 1);
    i += c.length;
  }
}

// The scan has two speeds. In the root state it only visits word starts, found 64 bytes at a
// time in the bit set of word bytes, and leaves the root only where the start filter lets
// it. Out of the root it steps byte by byte until it falls back to it. Phone numbers begin
// at word starts too (with a digit).
void AttributionGuard::Scan(const std::string& norm, std::vector<uint64_t>& wordBits,
                            std::vector<RawHit>& hits) const {
  MarkWordBytes(norm, wordBits);
  const auto* bytes = reinterpret_cast<const unsigned char*>(norm.data());
  const size_t size = norm.size();
  auto isWordByte = [&](size_t i) { return i < size && (wordBits[i / 64] >> (i % 64) & 1) != 0; };

  const bool phones = !m_phoneKeys.empty();
  std::string digits;
  size_t phonesFrom = 0;          // where the last phone-like run ended
  auto phoneAt = [&](size_t i) {  // at a word start
    Range run;
    std::string_view key;
    if (i >= phonesFrom && IsDigit(static_cast<char>(bytes[i])) &&
        PhoneAt(norm, i, digits, run, key, phonesFrom))
      MatchPhone(run.begin, run.end, key, hits);
  };
  // Out of the root from `from` (a word start) on; returns where the automaton fell back.
  auto stepFrom = [&](size_t from) {
    uint32_t state = 0;
    for (size_t i = from; i < size; ++i) {
      const unsigned char byte = bytes[i];
      const bool wordStart = (byte < 0x80 || byte >= 0xC0) && (i == 0 || !isWordByte(i - 1));
      if (phones && wordStart && i > from) phoneAt(i);
      state = Step(state, byte, wordStart);
      for (int32_t at = m_nodes[state].output; at >= 0;
           at = m_nodes[m_nodes[static_cast<size_t>(at)].fail].output) {
        auto term = static_cast<uint32_t>(m_nodes[static_cast<size_t>(at)].term);
        size_t end = i + 1, begin = end - m_terms[term].length;
        assert(!WordBefore(norm, begin));  // states begin at word starts
        // Terms end with a word character: the text after a hit must not go on with one.
        if (!isWordByte(end)) hits.push_back({begin, end, term});
      }
      if (state == 0) return i;
    }
    return size;
  };

  size_t resume = 0;   // everything before has been looked at
  uint64_t carry = 0;  // whether the byte before the block belongs to a word character
  for (size_t block = 0; block * 64 < size; ++block) {
    const uint64_t word = wordBits[block];
    uint64_t starts = word & ~(word << 1 | carry);
    carry = word >> 63;
    while (starts != 0) {
      const size_t i = block * 64 + static_cast<size_t>(std::countr_zero(starts));
      starts &= starts - 1;
      if (i < resume) continue;
      if (phones) phoneAt(i);
      if (MayStartTerm(bytes + i, bytes + size)) resume = stepFrom(i) + 1;  // most words do not
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

std::vector<GuardHit> AttributionGuard::Check(const std::vector<std::string>& paragraphs) const {
  std::vector<GuardHit> hits;
  if (m_terms.empty()) return hits;
  std::string norm;
  std::vector<uint64_t> wordBits;
  std::vector<RawHit> raw;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    const std::string& text = paragraphs[p];
    norm.clear();
    raw.clear();
    AppendNormalised(text, norm, nullptr);
    Scan(norm, wordBits, raw);
    if (raw.empty()) continue;

    // Hits are rare: only now map the normalised text back to the paragraph.
    Mapped mapped(text);
    assert(mapped.norm == norm);
    const size_t first = hits.size();
    std::vector<size_t> ends;  // one past each hit's text, in the paragraph
    for (const RawHit& r : raw) {
      Range original = OriginalRange(mapped, {r.begin, r.end});
      for (const Owner& owner : m_terms[r.term].owners) {
        hits.push_back({p, owner.participantId, owner.recorded,
                        text.substr(original.begin, original.end - original.begin), original.begin,
                        kReasons[owner.why]});
        ends.push_back(original.end);
      }
    }
    // A participant's hit inside a longer hit of theirs says nothing more.
    std::vector<bool> covered(ends.size(), false);
    for (size_t a = 0; a < ends.size(); ++a)
      for (size_t b = 0; b < ends.size() && !covered[a]; ++b) {
        const GuardHit& x = hits[first + a];
        const GuardHit& y = hits[first + b];
        covered[a] = a != b && x.participantId == y.participantId && y.offset <= x.offset &&
                     ends[b] >= ends[a] && ends[b] - y.offset > ends[a] - x.offset;
      }
    size_t kept = first;
    for (size_t a = 0; a < ends.size(); ++a) {
      if (covered[a]) continue;
      if (kept != first + a) hits[kept] = std::move(hits[first + a]);
      ++kept;
    }
    hits.resize(kept);
    std::sort(hits.begin() + static_cast<std::ptrdiff_t>(first), hits.end(),
              [](const GuardHit& x, const GuardHit& y) {
                if (x.offset != y.offset) return x.offset < y.offset;
                if (x.found.size() != y.found.size()) return x.found.size() > y.found.size();
                if (x.participantId != y.participantId) return x.participantId < y.participantId;
                return x.term < y.term;
              });
  }
  return hits;
}

}  // namespace parley
