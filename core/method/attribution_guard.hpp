#pragma once
// The non-attribution guard (METHOD.md, "Rules the software must keep"): before any export
// for outsiders is written, its text is checked for what would identify a participant.
//
// What counts, per participant (the terms):
//  - "name": the full name, and its words written together in order ("@OlenaHryniuk"; a name
//    of two words also the other way round, "#HryniukOlena");
//  - "part of a name": each word of a name of several words (words are runs of letters and
//    numbers, so "Kowalska-Nowak" gives "Kowalska" and "Nowak") longer than three letters;
//    letters are counted as characters that survive normalisation, so "José" and
//    "Jose\u0301" both have four and a Hangul syllable counts as one;
//  - "short part of a name, to confirm": a word of two or three letters ("Ana", the Hebrew
//    surname "לוי"), unless a particle such as "de", "al" or "bin". It is taken for a name
//    where it is written as one: with a capital letter, or in a script without case (so "Li
//    said" and "LI" hit, the verb "may" does not for "May Kaya"), with its last yeh written
//    as recorded, dotted or not (the preposition "على" is not "علي", Ali), and compared by its
//    letters, not by a Latin spelling, in its own abjad. One letter is an initial: no term;
//  - the same three for each Latin spelling of a name written in another script (ICU's
//    transliterators, LatinSpeller::Spellings: "Светлана Петрова" is also "Svetlana Petrova");
//  - "part of a name, by its consonants": a word of a name written in Arabic or Hebrew
//    letters, whose vowels no spelling is sure of, against the words of the text by their
//    consonants ("Khaled", "Khalid" for خالد; three consonants at least); and each word of a
//    Latin name against the words of the text written in Arabic or Hebrew letters, the same
//    way;
//  - "affiliation": the role split on commas and semicolons into phrases of four letters
//    or more, and the body named after a linking word inside a phrase ("the Kharkiv Media
//    Centre" of "Deputy director of the Kharkiv Media Centre", "Rustavi" of "Deputy mayor of
//    Rustavi": two words or more, or one with a capital, so not "water" of "ministry of
//    water");
//  - "contact detail": phone numbers in the contact (seven digits or more, of any script,
//    compared by their digits without leading zeros; a number in the text hits when its
//    digits end the recorded ones or the other way round, seven digits at least: "+995 555
//    123 456", "00995-555-123-456", "(555) 123 456" and "٥٥٥ ١٢٣ ٤٥٦" are the same number),
//    and the rest of the contact split on commas, semicolons and white space into tokens of
//    four letters or more ("olena@example.org", "Rustaveli"), plus each comma-separated
//    phrase of several tokens ("12 Rustaveli Avenue") so that an address hits as one.
// Left out because exports may say them: the pseudonyms, the roles in general terms, the
// parties' names and short names and the phrases of the venue; an affiliation or contact
// term equal to one of them is not a term (a name always is). Contact labels ("email",
// "phone", "mobile", "signal", ...) are not terms either.
//
// How it matches: on NormaliseForMatching text (case, accents, compatibility forms,
// typographic quotes and white space runs, look-alike letters of other scripts, the Arabic
// and Hebrew letters that writers use for one another (ی and ي, ة and ه, ך and כ...), the
// digits of other scripts, invisible and control characters do not matter), whole words only (the
// characters before and after a hit are not letters or numbers: "Anna" does not hit in
// "Hannah", "Hope" does hit in "we hope", which the facilitator may accept), a term's own
// edges trimmed of punctuation. One Aho–Corasick automaton over all terms (its failure links
// kept to word starts, folded into a full transition table) scans each text once, entered
// only at the words that begin a term (found by a filter of the terms' first bytes and a
// table of their first words), phone numbers in the same pass; the cost does not grow with
// the number of participants. More readings of a text are scanned only when it needs
// them: with the words that are split for the eye only joined (hyphenated at a line break,
// "Hry-\nniuk"; letters spaced out, "H r y n i u k", "H.R.Y.N.I.U.K"), when it has a line
// break or three one-letter words in a row; with the letters of a bidi override (U+202D,
// U+202E) in the order a reader sees them, when it has one (a Hebrew name typed backwards
// inside a left-to-right override reads forwards); with the letters that Arabic and Hebrew
// join to the front of a word for "and", "the", "to", "when"... taken off ("وسلمى", "ולנועה",
// "וכשלנועה", "للخطيب" read as "الخطيب" and, for a name recorded without its article, "خطيب")
// and the letters of a word of mixed scripts that look like a letter of the other script read
// as that letter (a Latin l for an Arabic alef, a Hebrew samekh for an o), where a word so read
// begins a term; and with its words of other scripts spelt in Latin letters, when it has any.
// Bidi controls and tatweel inside a word neither hide it nor split it, in any reading. The names' spellings and the tables of look-alikes are made
// once, when the guard is built (the look-alikes once per process).
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model/model.hpp"
#include "core/common/unicode_text.hpp"

namespace parley {

struct GuardHit {
  size_t paragraph = 0;  // index into the texts checked
  Id participantId = 0;  // whose name, affiliation or contact it is
  std::string term;      // the recorded term that matched, as recorded (e.g. "José Alvarenga")
  std::string found;     // the text as it stands in the paragraph (original, not normalised)
  size_t offset = 0;     // byte offset of `found` in the paragraph
  std::string why;       // "name", "part of a name", "short part of a name, to confirm",
                         //   "part of a name, by its consonants", "affiliation",
                         //   "contact detail"
};

class AttributionGuard {
 public:
  // Collects every participant's terms from `model` and builds the matcher once; the guard
  // keeps no reference to `model`.
  explicit AttributionGuard(const Model& model);

  // Every hit in `paragraphs`, ordered by paragraph, then offset, then longer first. A
  // participant gets one hit per place: where a longer term of theirs covers a shorter one
  // ("Ana Lopez" and "Lopez"), only the longer is reported, and of two on the same text the
  // stronger reason. Participants who share a term each get a hit. Invalid UTF-8 is checked
  // like text with U+FFFD in place of bad bytes. `found` and `offset` always quote the
  // paragraph as given, whichever reading of it hit.
  std::vector<GuardHit> Check(const std::vector<std::string>& paragraphs) const;

 private:
  struct Owner {
    Id participantId = 0;
    std::string recorded;  // the term as recorded
    int why = 0;           // index into the reasons; lower is stronger
  };
  struct Term {
    uint32_t length = 0;  // bytes of the normalised term
    std::vector<Owner> owners;
  };
  // A state of the automaton; where it goes on each byte is in m_next.
  struct Node {
    uint32_t fail = 0;    // the longest proper suffix of this state's string that begins
                          //   at a word start and is a state (see the .cpp)
    int32_t term = -1;    // the term that ends here, or -1
    int32_t output = -1;  // this state if a term ends here, else the nearest one down the
                          //   fail chain where one does, or -1
  };
  struct RawHit;
  struct Collector;  // gathers the terms while the guard is built
  struct Pending;    // a hit in a paragraph, before the covered ones are left out

  void Build(const std::vector<std::string>& patterns);
  // Whether a term may begin at `p` (false: none does; true: one may), `end` the text's end.
  bool MayStartTerm(const unsigned char* p, const unsigned char* end) const;
  // The transition into the state after the `n` bytes at `p` (a whole word, followed by
  // bytes up to `end`) when some term begins with that word; 0 when none does.
  uint32_t FindFirstWord(const unsigned char* p, size_t n, const unsigned char* end) const;
  // Candidate hits in normalised text, whole words only: the terms, and phone numbers.
  // `wordBits` is scratch space, kept between texts to save allocations.
  void Scan(const std::string& norm, std::vector<uint64_t>& wordBits,
            std::vector<RawHit>& hits) const;
  // The recorded phone numbers that a number in the text (its digits in `key`) is.
  void MatchPhone(size_t begin, size_t end, std::string_view key, std::vector<RawHit>& hits) const;
  // The words of ASCII letters in `norm` whose consonants are those of a word of a name in
  // Arabic or Hebrew letters.
  void MatchConsonants(const std::string& norm, std::vector<RawHit>& hits) const;
  // The other readings of the words of `text` that begin a term (see the .cpp).
  struct Reading;
  void WordReadings(std::string_view text, std::vector<Reading>& out) const;
  // A hit of `term` on text[begin, end) of paragraph `paragraph`, for each of its owners.
  void AddPending(size_t paragraph, const std::string& text, size_t begin, size_t end,
                  uint32_t term, std::vector<Pending>& out) const;
  // Appends the hits of one paragraph in `pending` to `hits`, less those covered (see Check).
  static void Keep(std::vector<Pending>& pending, std::vector<GuardHit>& hits);

  std::vector<Term> m_terms;  // every distinct term, with who recorded it and why
  std::vector<Node> m_nodes;  // the automaton's states; [0] is the root
  uint16_t m_byteClass[256] = {};  // each byte's column in m_next; 0 for bytes in no term
  size_t m_classes = 1;            // columns in m_next
  std::vector<uint32_t> m_next;    // state * m_classes + column: the transition to the next
                                   //   state (its row's offset and marks; see the .cpp)
  std::vector<uint64_t> m_startFilter;  // bits set by the terms' first (up to) four bytes
  unsigned m_startLengths = 0;          // bit n: some term has min(its length, 4) == n bytes
  // The terms' first words (up to their first character that is not a letter or number),
  // in an open-addressing table by their hash; transition 0 marks an empty slot.
  struct FirstWord {
    uint64_t hash = 0;
    uint32_t transition = 0;  // as in m_next
    uint32_t begin = 0;       // the word is m_firstWordBytes[begin, begin + length)
    uint32_t length = 0;
  };
  std::vector<FirstWord> m_firstWords;
  std::string m_firstWordBytes;
  // Phone numbers by their digits with leading zeros dropped, to term indices: whole
  // numbers, and every ending of seven digits or more of each number.
  std::unordered_map<std::string, std::vector<uint32_t>> m_phoneKeys;
  std::unordered_map<std::string, std::vector<uint32_t>> m_phoneEndings;
  // Consonant keys (see the .cpp) to term indices: of the words of names written in Arabic or
  // Hebrew letters, looked for in the words of the text; of the words of Latin names, looked
  // for in the words of the text written in Arabic or Hebrew letters.
  std::unordered_map<std::string, std::vector<uint32_t>> m_abjadNameKeys;
  std::unordered_map<std::string, std::vector<uint32_t>> m_latinNameKeys;
};

}  // namespace parley
