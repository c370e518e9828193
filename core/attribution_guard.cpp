// The non-attribution guard.
//
// Sections: [text] normalised text mapped back to the original  [terms] what each participant
//           gives the guard to look for  [automaton] Aho–Corasick over the normalised terms
//           [phones] numbers compared by digits  [check] hits in the texts
#include "core/attribution_guard.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstddef>
#include <unordered_set>

#include "core/text.hpp"

namespace parley {

namespace {

// Why a term identifies someone; the order is their strength (a participant's term that is
// both a part of their name and their affiliation is reported as a part of the name).
enum Why { kName = 0, kPart, kAffiliation, kContact };
constexpr const char* kReasons[] = {"name", "part of a name", "affiliation", "contact detail"};

constexpr size_t kMinLetters = 4;       // shorter name parts, phrases and tokens are no terms
constexpr size_t kMinPhoneDigits = 7;   // fewer digits are not taken for a phone number
constexpr char kPhoneKeyMark = '\xFF';  // starts a phone term's key: never in normalised text

// Words in a contact field that say what the next detail is rather than being one.
constexpr std::string_view kContactLabels[] = {
    "email", "e-mail", "mail", "phone", "telephone", "mobile", "cell", "home", "work",
    "office", "address", "signal", "whatsapp", "telegram", "viber", "skype", "wechat",
    "contact", "private", "personal"};

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

size_t EncodedLength(char32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

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
bool IsTokenSeparator(char32_t cp) { return cp == ' ' || IsPhraseSeparator(cp); }
bool IsNotWord(char32_t cp) { return !IsWordCharacter(cp); }

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
  return {text.origins[normRange.begin], OriginalEnd(text.original, text.origins[normRange.end - 1])};
}

std::string OriginalText(const Mapped& text, Range normRange) {
  Range r = OriginalRange(text, normRange);
  return std::string(text.original.substr(r.begin, r.end - r.begin));
}

// Phone numbers: found in the normalised text as runs of digits and separators.

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
// ASCII letters and digits, by byte (false for every byte of a multi-byte character).
constexpr auto kAsciiWordByte = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 128; ++c) table[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return table;
}();
bool IsPhoneSeparator(char c) {
  return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/';
}

bool StartsPhone(char c) { return c == '+' || c == '(' || IsDigit(c); }

// The phone number starting at `begin` of `norm`, where StartsPhone and no word character
// is just before: a run of digits and separators ('+' first) with seven digits or more,
// not followed by a word character. Returns false when there is none. `key` gets its
// digits, leading zeros (trunk and international prefixes) dropped, in `digits`' storage;
// `next` is where to look on from either way.
bool PhoneAt(std::string_view norm, size_t begin, std::string& digits, Range& run, std::string_view& key,
             size_t& next) {
  digits.clear();
  size_t i = begin, end = begin;
  if (norm[i] == '+') ++i;
  for (; i < norm.size() && (IsDigit(norm[i]) || IsPhoneSeparator(norm[i])); ++i) {
    if (!IsDigit(norm[i])) continue;
    digits.push_back(norm[i]);
    end = i + 1;
  }
  next = std::max(i, begin + 1);
  if (digits.size() < kMinPhoneDigits || WordAt(norm, end)) return false;
  size_t zeros = digits.find_first_not_of('0');
  if (zeros == std::string::npos || digits.size() - zeros < kMinPhoneDigits) return false;
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
    if (!StartsPhone(norm[i]) || WordBefore(norm, i)) {
      ++i;
      continue;
    }
    size_t next = i + 1;
    if (PhoneAt(norm, i, digits, run, key, next)) onPhone(run, key);
    i = next;
  }
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
    auto [it, inserted] = index.try_emplace(std::move(key), static_cast<uint32_t>(guard.m_terms.size()));
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
      auto [term, isNew] = Add(kPhoneKeyMark + std::string(key), p.id, OriginalText(m, run), kContact);
      if (isNew) {
        guard.m_phoneKeys[std::string(key)].push_back(term);
        for (size_t k = 0; key.size() - k >= kMinPhoneDigits; ++k)
          guard.m_phoneEndings[std::string(key.substr(k))].push_back(term);
      }
      std::fill(rest.begin() + static_cast<std::ptrdiff_t>(run.begin), rest.begin() + static_cast<std::ptrdiff_t>(run.end), ',');
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
// automaton idles in the root: one table look-up per byte.

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
      bool wholeCharacter = i + 1 == pattern.size() || (static_cast<unsigned char>(pattern[i + 1]) & 0xC0) != 0x80;
      endsWithSeparator.push_back(wholeCharacter && !IsWordCharacter(CodePointBefore(pattern, i + 1)));
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

uint32_t AttributionGuard::Child(uint32_t state, unsigned char byte) const {
  assert(state != 0);
  const Node& node = m_nodes[state];
  const Edge* edge = m_edges.data() + node.firstEdge;
  const Edge* end = edge + node.edgeCount;
  if (node.edgeCount > 8)
    edge = std::lower_bound(edge, end, byte, [](const Edge& e, unsigned char b) { return e.byte < b; });
  for (; edge != end && edge->byte <= byte; ++edge)
    if (edge->byte == byte) return edge->target;
  return 0;
}

uint32_t AttributionGuard::Step(uint32_t state, unsigned char byte, bool wordStart) const {
  for (; state != 0; state = m_nodes[state].fail)
    if (uint32_t next = Child(state, byte)) return next;
  return wordStart ? m_rootGoto[byte] : 0;
}

void AttributionGuard::Scan(std::string_view norm, std::vector<RawHit>& hits) const {
  const bool phones = !m_phoneKeys.empty();
  std::string digits;
  size_t phonesFrom = 0;  // where the last phone-like run ended
  const auto* bytes = reinterpret_cast<const unsigned char*>(norm.data());
  const size_t size = norm.size();
  uint32_t state = 0;
  bool lastWord = false;  // the last character read is a letter or a number
  for (size_t i = 0; i < size; ++i) {
    if (state == 0 && lastWord) {  // inside a word: nothing can begin before its end
      while (i < size && kAsciiWordByte[bytes[i]]) ++i;
      if (i == size) break;
    }
    const unsigned char byte = bytes[i];
    bool wordStart = false;  // a character starts here, after a non-word character
    if (byte < 0x80) {
      wordStart = !lastWord;
      lastWord = kAsciiWordByte[byte];
    } else if (byte >= 0xC0) {
      wordStart = !lastWord;
      lastWord = IsWordCharacter(DecodeAt(norm, i).codePoint);
    }
    if (!wordStart) {
      if (state == 0) continue;
    } else if (phones && i >= phonesFrom && StartsPhone(static_cast<char>(byte))) {
      Range run;
      std::string_view key;
      if (PhoneAt(norm, i, digits, run, key, phonesFrom)) MatchPhone(run.begin, run.end, key, hits);
    }
    state = Step(state, byte, wordStart);
    for (int32_t at = m_nodes[state].output; at >= 0; at = m_nodes[m_nodes[static_cast<size_t>(at)].fail].output) {
      auto term = static_cast<uint32_t>(m_nodes[static_cast<size_t>(at)].term);
      size_t end = i + 1, begin = end - m_terms[term].length;
      assert(!WordBefore(norm, begin));  // states begin at word starts
      // Terms end with a word character: the text after a hit must not go on with one.
      if (!WordAt(norm, end)) hits.push_back({begin, end, term});
    }
  }
}

// ---- [phones] -------------------------------------------------------------------------------

void AttributionGuard::MatchPhone(size_t begin, size_t end, std::string_view key, std::vector<RawHit>& hits) const {
  std::vector<uint32_t> terms;
  // The number in the text is the end of a recorded one ("555 123 456" for "+995 555 ...")
  if (auto it = m_phoneEndings.find(std::string(key)); it != m_phoneEndings.end()) terms = it->second;
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
  std::vector<RawHit> raw;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    const std::string& text = paragraphs[p];
    norm.clear();
    raw.clear();
    AppendNormalised(text, norm, nullptr);
    Scan(norm, raw);
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
    std::sort(hits.begin() + static_cast<std::ptrdiff_t>(first), hits.end(), [](const GuardHit& x, const GuardHit& y) {
      if (x.offset != y.offset) return x.offset < y.offset;
      if (x.found.size() != y.found.size()) return x.found.size() > y.found.size();
      if (x.participantId != y.participantId) return x.participantId < y.participantId;
      return x.term < y.term;
    });
  }
  return hits;
}

}  // namespace parley
