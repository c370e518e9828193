// The non-attribution guard: what it normalises, which terms a participant gives it, that it
// matches whole words in any script, and what a hit tells the facilitator.
//
// Sections: [normalisation]  [scripts] names in several scripts  [parts] words of a name
//           [words] whole words only  [forms] accented and decomposed  [affiliation]
//           [contact]  [allowed] what exports may say  [report] paragraph, text, offset
//           [robust] bad input, empty model
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "core/common/unicode_text.hpp"
#include "core/method/attribution_guard.hpp"
#include "core/model/model.hpp"

using namespace parley;

namespace {

struct Person {
  std::string name;
  std::string role = "";
  std::string contact = "";
  std::string pseudonym = "";  // "" gives "Participant A<id>"
  std::string generalRole = "";
};

// A model with these participants, ids 1, 2, ... in order, all of party 1.
Model WithParticipants(const std::vector<Person>& people) {
  Model model;
  model.parties.push_back(Party{1, 0, "Riverside", "RS", "#336699"});
  model.parties.push_back(Party{2, 1, "Hillside", "HS", "#996633"});
  Id id = 0;
  for (const Person& p : people) {
    Participant row;
    row.id = ++id;
    row.partyId = 1;
    row.name = p.name;
    row.role = p.role;
    row.contact = p.contact;
    row.pseudonym = p.pseudonym.empty() ? "Participant A" + std::to_string(id) : p.pseudonym;
    row.generalRole = p.generalRole;
    model.participants.push_back(row);
  }
  return model;
}

std::vector<GuardHit> HitsIn(const Model& model, const std::string& text) {
  return AttributionGuard(model).Check({text});
}

// The single hit `text` gives against `model`; fails the test when there is not exactly one.
GuardHit OnlyHit(const Model& model, const std::string& text) {
  std::vector<GuardHit> hits = HitsIn(model, text);
  INFO("text: " << text);
  REQUIRE(hits.size() == 1);
  return hits[0];
}

bool IsValidUtf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

}  // namespace

// ---- [normalisation] ------------------------------------------------------------------------

TEST_CASE("normalisation for matching: one spelling for case, accents and decomposed forms") {
  CHECK(NormaliseForMatching("José") == "jose");
  CHECK(NormaliseForMatching("JOSE") == "jose");
  CHECK(NormaliseForMatching("Jose\u0301") == "jose");
  CHECK(NormaliseForMatching("Λένα Παππά") == NormaliseForMatching("ΛΕΝΑ ΠΑΠΠΑ"));
  CHECK(NormaliseForMatching("Παππάς") == NormaliseForMatching("ΠΑΠΠΑΣ"));  // final sigma
  CHECK(NormaliseForMatching("Олена") == NormaliseForMatching("ОЛЕНА"));
  CHECK(NormaliseForMatching("Strauß") == "strauss");
  CHECK(NormaliseForMatching("Łukasz Ørsted") == "lukasz orsted");       // no decomposition
  CHECK(NormaliseForMatching("ＪＯＳＥ") == "jose");                     // full-width forms
  CHECK(NormaliseForMatching("عُمَر") == NormaliseForMatching("عمر"));     // harakat
  CHECK(NormaliseForMatching("عمـــر") == NormaliseForMatching("عمر"));  // tatweel
  CHECK(NormaliseForMatching("Jo\u00ADsé") == "jose");                   // soft hyphen
}

TEST_CASE("normalisation for matching: white space runs and typographic punctuation") {
  CHECK(NormaliseForMatching("José \t\n  Alvarenga") == "jose alvarenga");
  CHECK(NormaliseForMatching("José\u00A0Alvarenga") == "jose alvarenga");  // no-break space
  CHECK(NormaliseForMatching("families\u2019 association") == "families' association");
  CHECK(NormaliseForMatching("Kowalska\u2013Nowak") == "kowalska-nowak");  // en dash
}

TEST_CASE("normalisation for matching: look-alikes, digits of any script, control characters") {
  CHECK(NormaliseForMatching("\u041Elena") == "olena");               // a Cyrillic capital O
  CHECK(NormaliseForMatching("Hryniu\u043A") == "hryniuk");           // a Cyrillic small ka
  CHECK(NormaliseForMatching("\u0420\u0430\u0441\u0435") == "pace");  // all four Cyrillic
  // One mapping whatever the case, so case still does not matter.
  CHECK(NormaliseForMatching("\u041D\u0410\u041D") == NormaliseForMatching("\u043D\u0430\u043D"));
  CHECK(NormaliseForMatching("ΛΕΝΑ ΠΑΠΠΑ") == NormaliseForMatching("λενα παππα"));
  // Arabic and Hebrew letters are left as they are (TR39 takes alef for an "l").
  CHECK(NormaliseForMatching("\u0627") == "\u0627");
  CHECK(NormaliseForMatching("٥٥٥ ١٢٣") == "555 123");  // Arabic-Indic
  CHECK(NormaliseForMatching("۵۵۵") == "555");          // Persian
  CHECK(NormaliseForMatching("५५५") == "555");          // Devanagari
  // Dropped, as the exports drop them: not taken for a gap between words.
  CHECK(NormaliseForMatching("Ole\u0085na") == "olena");
  CHECK(NormaliseForMatching("Ole\x01\x7F\fna") == "olena");
  CHECK(NormaliseForMatching("Ole\xEF\xBF\xBFna\uFDD0") == "olena");
  CHECK(NormaliseForMatching("a \x01 b") == "a b");
  CHECK(NormaliseForMatching("a\tb\r\nc") == "a b c");  // tab and line breaks are spaces
}

TEST_CASE("normalisation for matching: Arabic and Hebrew letters that writers use for one another") {
  CHECK(NormaliseForMatching("کریم") == NormaliseForMatching("كريم"));    // Persian keheh, yeh
  CHECK(NormaliseForMatching("ہانی") == NormaliseForMatching("هاني"));    // Urdu heh goal
  CHECK(NormaliseForMatching("ھاني") == NormaliseForMatching("هاني"));    // heh doachashmee
  CHECK(NormaliseForMatching("فاطمە") == NormaliseForMatching("فاطمة"));  // Kurdish ae
  CHECK(NormaliseForMatching("فاطمه") == NormaliseForMatching("فاطمة"));  // heh, teh marbuta
  CHECK(NormaliseForMatching("سلمي") == NormaliseForMatching("سلمى"));    // yeh, alef maksura
  CHECK(NormaliseForMatching("ٱلخطيب") == NormaliseForMatching("الخطيب"));  // alef wasla
  CHECK(NormaliseForMatching("أإآ") == "\u0627\u0627\u0627");          // hamza and madda
  CHECK(NormaliseForMatching("ﺳﻠﻤﻰ") == NormaliseForMatching("سلمى"));    // presentation forms
  CHECK(NormaliseForMatching("ךםןףץ") == NormaliseForMatching("כמנפצ"));  // final letters
  CHECK(NormaliseForMatching("װײ") == "\u05D5\u05D5\u05D9\u05D9");     // Yiddish ligatures
  CHECK(NormaliseForMatching("ג׳ורג׳") == NormaliseForMatching("ג'ורג'"));  // geresh
  // Letters that are not written for one another stay apart.
  CHECK(NormaliseForMatching("گ") != NormaliseForMatching("ك"));  // gaf is no kaf
  CHECK(NormaliseForMatching("ת") != NormaliseForMatching("ה"));
}

TEST_CASE("normalisation for matching: invalid UTF-8 becomes U+FFFD and never crashes") {
  const std::string bad[] = {"\xff\xfe",
                             "Jos\xC3",
                             "\xC0\x80",
                             "\xED\xA0\x80",
                             "\x80 x",
                             "\xF4\x90\x80\x80",
                             std::string("a\0b", 3),
                             "\xE2\x82"};
  for (const std::string& text : bad) {
    INFO("bytes: " << text.size());
    std::string out = NormaliseForMatching(text);
    CHECK(IsValidUtf8(out));
    bool replaced = out.find("\uFFFD") != std::string::npos;
    CHECK(replaced == (text.find('\0') == std::string::npos));
  }
  CHECK(NormaliseForMatching("Jos\xC3") == "jos\uFFFD");
}

// ---- [scripts] ------------------------------------------------------------------------------

TEST_CASE("attribution guard: names in several scripts hit in any case and with any accents") {
  SUBCASE("Latin with diacritics") {
    Model m = WithParticipants({{"Zoë Łukasiewicz-Ørsted"}});
    CHECK(OnlyHit(m, "As ZOE LUKASIEWICZ-ORSTED put it.").why == "name");
  }
  SUBCASE("Cyrillic") {
    Model m = WithParticipants({{"Олена Гринюк"}});
    GuardHit hit = OnlyHit(m, "Слово взяла ОЛЕНА ГРИНЮК.");
    CHECK(hit.found == "ОЛЕНА ГРИНЮК");
    CHECK(hit.term == "Олена Гринюк");
    CHECK(OnlyHit(m, "Гринюк сказала").why == "part of a name");
  }
  SUBCASE("Georgian") {
    Model m = WithParticipants({{"ნინო ბერიძე"}});
    CHECK(OnlyHit(m, "როგორც ნინო ბერიძე ამბობს").why == "name");
    CHECK(OnlyHit(m, "ბერიძე").why == "part of a name");
    CHECK(OnlyHit(m, "ᲜᲘᲜᲝ ᲑᲔᲠᲘᲫᲔ").why ==
          "name");  // Mtavruli capitals fold to Mkhedruli
  }
  SUBCASE("Greek, after case folding and accent stripping") {
    Model m = WithParticipants({{"Λένα Παππά"}});
    GuardHit hit = OnlyHit(m, "Η ΛΕΝΑ ΠΑΠΠΑ είπε");
    CHECK(hit.found == "ΛΕΝΑ ΠΑΠΠΑ");
    CHECK(hit.term == "Λένα Παππά");
    CHECK(hit.why == "name");
  }
  SUBCASE("Arabic") {
    Model m = WithParticipants({{"عمر خالد"}});
    CHECK(OnlyHit(m, "قال عُمَر خالد إن").why == "name");
    CHECK(OnlyHit(m, "قال خالد").why == "part of a name");
    // Three letters: a short part, flagged for the facilitator to confirm (it was passed).
    CHECK(OnlyHit(m, "قال عمر").why == "short part of a name, to confirm");
  }
  SUBCASE("Hebrew") {
    Model m = WithParticipants({{"נועה לוי"}});
    CHECK(OnlyHit(m, "לדברי נועה לוי").why == "name");
  }
}

// ---- [parts] --------------------------------------------------------------------------------

TEST_CASE("attribution guard: words of a multi-word name hit alone, short ones to confirm") {
  Model m = WithParticipants({{"Agnieszka Kowalska-Nowak"}, {"Ana Lopez"}});

  GuardHit first = OnlyHit(m, "Agnieszka disagreed.");
  CHECK(first.why == "part of a name");
  CHECK(first.term == "Agnieszka");
  CHECK(first.participantId == 1);
  CHECK(OnlyHit(m, "as Nowak said").term == "Nowak");  // hyphenated surnames split too
  CHECK(OnlyHit(m, "LOPEZ").participantId == 2);
  // "Ana" has three letters: flagged for confirmation, no longer passed silently.
  CHECK(OnlyHit(m, "Ana said").why == "short part of a name, to confirm");

  SUBCASE("the full name is one hit, not also its parts") {
    GuardHit hit = OnlyHit(m, "Ana Lopez said");
    CHECK(hit.why == "name");
    CHECK(hit.term == "Ana Lopez");
    CHECK(hit.found == "Ana Lopez");
  }
  SUBCASE("letters are counted after normalisation") {
    Model jose = WithParticipants({{"Jose\u0301 Li"}});  // four letters, one accent
    CHECK(OnlyHit(jose, "José").why == "part of a name");
    CHECK(OnlyHit(jose, "Li").why == "short part of a name, to confirm");
  }
}

TEST_CASE("attribution guard: overlapping terms of different participants all hit") {
  // "Ana Ana Lopez": the automaton must fall back from "ana a" to "ana" to find "Ana Lopez",
  // and report "Lopez", another participant's whole name, inside it. (The first "Ana" is a
  // short part of participant 1's name, to confirm.)
  Model m = WithParticipants({{"Ana Lopez"}, {"Lopez"}, {"Nino Beridze"}, {"Giorgi Beridze"}});
  std::vector<GuardHit> all = HitsIn(m, "Ana Ana Lopez");
  REQUIRE(all.size() == 3);
  CHECK(all[0].offset == 0);
  CHECK(all[0].why == "short part of a name, to confirm");
  std::vector<GuardHit> hits(all.begin() + 1, all.end());
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].participantId == 1);
  CHECK(hits[0].offset == 4);
  CHECK(hits[0].found == "Ana Lopez");
  CHECK(hits[1].participantId == 2);
  CHECK(hits[1].offset == 8);

  SUBCASE("a shared surname is reported for everyone who has it") {
    std::vector<GuardHit> shared = HitsIn(m, "the Beridze family");
    REQUIRE(shared.size() == 2);
    CHECK(shared[0].participantId == 3);
    CHECK(shared[1].participantId == 4);
    CHECK(shared[0].found == "Beridze");
  }
}

// ---- [words] --------------------------------------------------------------------------------

TEST_CASE("attribution guard: whole words only") {
  Model m = WithParticipants({{"Anna"}, {"Marta"}, {"Hope"}});
  CHECK(HitsIn(m, "Hannah and the annals of Martial law").empty());
  CHECK(HitsIn(m, "hopeful, hopes, Annabel, Martas").empty());
  CHECK(OnlyHit(m, "Anna's view").found == "Anna");  // an apostrophe ends a word
  CHECK(OnlyHit(m, "(marta)").found == "marta");
  CHECK(OnlyHit(m, "Anna").offset == 0);  // at both ends of the text

  // A common word that is a name hits: the facilitator may accept it as no reference.
  GuardHit hope = OnlyHit(m, "We hope the talks continue.");
  CHECK(hope.found == "hope");
  CHECK(hope.term == "Hope");
  CHECK(hope.why == "name");
  CHECK(hope.participantId == 3);
}

// ---- [forms] --------------------------------------------------------------------------------

TEST_CASE("attribution guard: accented, unaccented and decomposed forms of a name all hit") {
  Model m = WithParticipants({{"José Alvarenga"}});
  for (std::string text : {"José Alvarenga", "JOSE ALVARENGA", "Jose\u0301 Alvarenga",
                           "jose   alvarenga", "José\nAlvarenga", "José\u00A0Alvarenga"}) {
    GuardHit hit = OnlyHit(m, "said " + text + ", and");
    CHECK(hit.why == "name");
    CHECK(hit.found == text);  // quoted as written, accents (combining ones too) included
    CHECK(hit.offset == 5);
  }
  CHECK(OnlyHit(m, "JOSE\u0301").found == "JOSE\u0301");
}

// ---- [affiliation] --------------------------------------------------------------------------

TEST_CASE("attribution guard: affiliations hit as phrases, in any case") {
  Model m = WithParticipants({{"Ana Lopez", "Town councillor, mining families' association; MP"}});
  GuardHit hit = OnlyHit(m, "The Mining Families\u2019 Association has asked for this.");
  CHECK(hit.why == "affiliation");
  CHECK(hit.term == "mining families' association");
  CHECK(hit.found == "Mining Families\u2019 Association");
  CHECK(OnlyHit(m, "a TOWN COUNCILLOR").term == "Town councillor");
  CHECK(HitsIn(m, "the MP said").empty());      // shorter than four letters
  CHECK(HitsIn(m, "mining families").empty());  // a phrase hits whole
}

// ---- [contact] ------------------------------------------------------------------------------

TEST_CASE("attribution guard: contact details hit: e-mail addresses, phone numbers, address") {
  Model m = WithParticipants(
      {{"Ana Lopez", "",
        "Email: olena.h@example.org; mobile +995 555 123 456, 12 Rustaveli Avenue"}});

  GuardHit mail = OnlyHit(m, "Write to Olena.H@Example.org.");
  CHECK(mail.why == "contact detail");
  CHECK(mail.term == "olena.h@example.org");
  CHECK(mail.found == "Olena.H@Example.org");

  SUBCASE("a phone number, however it is written") {
    for (std::string number : {"+995 555 123 456", "+995-555-123-456", "00995 555 12 34 56",
                               "(555) 123 456", "555123456"}) {
      GuardHit hit = OnlyHit(m, "Call " + number + " today");
      CHECK(hit.why == "contact detail");
      CHECK(hit.term == "+995 555 123 456");
      CHECK(hit.found == number);
      CHECK(hit.offset == 5);
    }
    CHECK(HitsIn(m, "Call +995 555 123 457 today").empty());
    CHECK(HitsIn(m, "In 2023 some 123 456 people").empty());  // six digits: no phone
  }
  SUBCASE("an address line hits whole, a street name alone too") {
    CHECK(OnlyHit(m, "at 12 Rustaveli Avenue.").term == "12 Rustaveli Avenue");
    CHECK(OnlyHit(m, "on Rustaveli").term == "Rustaveli");
  }
  SUBCASE("labels in the contact field are not contact details") {
    CHECK(HitsIn(m, "a signal sent by email or mobile phone").empty());
  }
}

// ---- [allowed] ------------------------------------------------------------------------------

TEST_CASE("attribution guard: pseudonyms, roles in general terms and party names do not hit") {
  Model m = WithParticipants({{"Ana Lopez", "Journalist, Riverside; Hillside Herald", "",
                               "Participant A3", "journalist"}});
  CHECK(HitsIn(m, "Participant A3, a journalist from Riverside, met colleagues from Hillside.")
            .empty());
  CHECK(OnlyHit(m, "the Hillside Herald").why == "affiliation");

  SUBCASE("each part of a party's name given in two scripts") {
    m.parties[1].name = "רמת צפצפה (Ramat Tsaftsafa)";
    m.parties[1].shortName = "עין الدلب · Ein al-Dalb";
    m.participants[0].role = "Planning lawyer for the residents' committee of Ramat Tsaftsafa";
    CHECK(HitsIn(m, "Participants from Ramat Tsaftsafa and Ein al-Dalb met.").empty());
    CHECK(HitsIn(m, "משתתפים מרמת צפצפה נפגשו.").empty());
    CHECK(OnlyHit(m, "the residents' committee of Ramat Tsaftsafa").why == "affiliation");
  }
}

// ---- [report] -------------------------------------------------------------------------------

TEST_CASE("attribution guard: hits report the paragraph, the original text and its offset") {
  Model m = WithParticipants({{"José Alvarenga"}, {"Олена Гринюк", "Kharkiv Media Centre"}});
  std::vector<std::string> paragraphs = {
      "Joint memorandum", "Eleven participants met in their personal capacities.",
      "Both communities fear for water. Алварення? No: as ÓLENA GRINYUK? No: as Олена Гринюк and "
      "JOSÉ ALVARENGA said, the Kharkiv Media Centre",
      "Nothing here."};
  std::vector<GuardHit> all = AttributionGuard(m).Check(paragraphs);
  REQUIRE(all.size() == 4);
  for (const GuardHit& hit : all) {
    CHECK(hit.paragraph == 2);
    CHECK(paragraphs[2].substr(hit.offset, hit.found.size()) == hit.found);
  }
  // "ÓLENA GRINYUK", a Latin spelling of Олена Гринюк, passed before; now it is her name.
  CHECK(all[0].found == "ÓLENA GRINYUK");
  CHECK(all[0].participantId == 2);
  CHECK(all[0].term == "Олена Гринюк");
  CHECK(all[0].why == "name");
  std::vector<GuardHit> hits(all.begin() + 1, all.end());
  CHECK(hits[0].found == "Олена Гринюк");
  CHECK(hits[0].participantId == 2);
  CHECK(hits[0].offset == paragraphs[2].find("Олена"));
  CHECK(hits[1].found == "JOSÉ ALVARENGA");
  CHECK(hits[1].participantId == 1);
  CHECK(hits[1].term == "José Alvarenga");
  CHECK(hits[2].found == "Kharkiv Media Centre");
  CHECK(hits[2].why == "affiliation");
}

// ---- [robust] -------------------------------------------------------------------------------

TEST_CASE("attribution guard: invalid UTF-8 in a paragraph does not crash and hides no name") {
  Model m = WithParticipants({{"José Alvarenga", "\xC3(bad role", "\xff\xfe"}, {"\xE2\x82"}});
  std::string text = "\xff\xC0 José\xED\xA0\x80 Alvarenga \xE2\x82";
  std::vector<GuardHit> hits = AttributionGuard(m).Check({text, "\x80\x80\x80", "", "Jos\xC3"});
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].found == "José");
  CHECK(hits[0].offset == 3);
  CHECK(hits[1].found == "Alvarenga");
}

TEST_CASE("attribution guard: an empty model gives no hits") {
  CHECK(AttributionGuard(Model{}).Check({"José Alvarenga", "anything at all", ""}).empty());
  Model blank = WithParticipants({{}, {" ", " , ; ", "  "}});
  CHECK(HitsIn(blank, "Participant A1 and Participant A2 agreed, ; .").empty());
}

TEST_CASE("attribution guard: hits across the scanner's 64-byte blocks, after any text") {
  Model m = WithParticipants({{"Anna"}, {"Олена Гринюк"}, {"Li"}});
  for (const std::string filler : {"x", "é", "ж", "\xF0\x9F\x98\x80", " "}) {
    for (size_t count = 0; count < 140; ++count) {
      std::string before;
      for (size_t k = 0; k < count; ++k) before += filler;
      std::string text = before + " Anna, " + before + " ГРИНЮК " + before + " li";
      INFO("filler " << filler << " x " << count);
      std::vector<GuardHit> hits = HitsIn(m, text);
      REQUIRE(hits.size() == 3);
      CHECK(hits[0].offset == before.size() + 1);
      CHECK(hits[0].found == "Anna");
      CHECK(hits[1].found == "ГРИНЮК");
      CHECK(hits[2].found == "li");
      CHECK(hits[2].offset == text.size() - 2);
    }
  }
  // Glued to what comes before, a name is no word of its own, wherever a block begins.
  for (size_t count = 1; count < 140; ++count) {
    INFO("glued after " << count);
    CHECK(HitsIn(m, std::string(count, 'x') + "Anna " + std::string(count, 'y') + "li").empty());
    CHECK(HitsIn(m, std::string(count, 'x') + "олена гринюк").size() == 1);  // the surname alone
  }
}

namespace {

size_t CodePoints(const std::string& utf8) {
  size_t n = 0;
  for (char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// What the guard must find, worked out the slow way: every name, every part of a name of
// two letters or more (of two or three only where written with a capital), and the parts
// written together, searched one by one in the
// normalised text, whole words only,
// without a participant's hits that lie inside a longer hit of theirs. Returns, per
// participant, the normalised hit texts in order.
std::vector<std::vector<std::string>> SlowNameHits(const std::vector<std::string>& names,
                                                   const std::string& text) {
  std::string norm;
  std::vector<uint32_t> origins;
  AppendNormalised(text, norm, &origins);
  std::vector<std::vector<std::string>> found(names.size());
  for (size_t who = 0; who < names.size(); ++who) {
    std::vector<std::string> terms = {NormaliseForMatching(names[who])};
    std::vector<std::string> shortParts;  // taken for a name only where written with a capital
    if (terms[0].find(' ') != std::string::npos) {
      std::string rest = terms[0] + " ";
      std::vector<std::string> parts;
      for (size_t space; (space = rest.find(' ')) != std::string::npos; rest.erase(0, space + 1))
        parts.push_back(rest.substr(0, space));
      std::string joined;
      for (const std::string& part : parts) {
        if (CodePoints(part) >= 2 && std::find(terms.begin(), terms.end(), part) == terms.end()) {
          terms.push_back(part);  // of two or three letters: to confirm
          if (CodePoints(part) < 4) shortParts.push_back(part);
        }
        joined += part;
      }
      terms.push_back(joined);  // "@AnnaMaria"
      if (parts.size() == 2) terms.push_back(parts[1] + parts[0]);
    }
    std::vector<std::pair<size_t, size_t>> spans;
    for (const std::string& term : terms)
      for (size_t at = norm.find(term); at != std::string::npos; at = norm.find(term, at + 1)) {
        size_t end = at + term.size();
        bool before = at > 0 && IsWordCharacter(CodePointBefore(norm, at));
        bool after = end < norm.size() && IsWordCharacter(DecodeAt(norm, end).codePoint);
        const bool isShort =
            std::find(shortParts.begin(), shortParts.end(), term) != shortParts.end();
        if (isShort && IsLowerCase(DecodeAt(text, origins[at]).codePoint)) continue;
        if (!before && !after) spans.push_back({at, end});
      }
    std::sort(spans.begin(), spans.end());
    for (const std::pair<size_t, size_t>& span : spans) {
      bool inside =
          std::any_of(spans.begin(), spans.end(), [&](const std::pair<size_t, size_t>& other) {
            return other.first <= span.first && other.second >= span.second &&
                   other.second - other.first > span.second - span.first;
          });
      if (!inside) found[who].push_back(norm.substr(span.first, span.second - span.first));
    }
  }
  return found;
}

// The hit texts as one string, for the report of a failed check.
std::string Listed(const std::vector<std::string>& found) {
  std::string out;
  for (const std::string& f : found) out += "[" + f + "]";
  return out;
}

}  // namespace

TEST_CASE("attribution guard: finds what a name-by-name search finds, in random text") {
  const std::vector<std::string> names = {
      "Anna Maria",   "Maria Anna", "Ana Lopez", "Lopez",      "Li", "José",
      "Олена Гринюк", "ნინო",       "Anna",      "Ab Ab Abba", "Q",  "Kvaratskhelia Li"};
  std::vector<Person> people;
  for (const std::string& name : names) people.push_back({name});
  Model m = WithParticipants(people);
  AttributionGuard guard(m);

  const std::vector<std::string> words = {"Anna",
                                          "ANNA",
                                          "anna",
                                          "Maria",
                                          "MARIA",
                                          "Ana",
                                          "Lopez",
                                          "LOPEZ",
                                          "Li",
                                          "li",
                                          "José",
                                          "JOSE",
                                          "Jose\u0301",
                                          "Олена",
                                          "ГРИНЮК",
                                          "гринюк",
                                          "ნინო",
                                          "Hannah",
                                          "Annabel",
                                          "Lopezes",
                                          "Marias",
                                          "Ab",
                                          "Abba",
                                          "x",
                                          "é",
                                          "ß",
                                          "1",
                                          "42",
                                          "the",
                                          "and",
                                          "\xff",
                                          "Q",
                                          "q",
                                          "Kvaratskhelia",
                                          "KVARATSKHELIAS"};
  const std::vector<std::string> gaps = {" ", "  ", ", ", "\n", "'",      "-",
                                         "",  "",   "(",  ") ", "\u00A0", "\u00AD"};
  std::mt19937 rng(20261012);
  for (int round = 0; round < 400; ++round) {
    std::string text;
    size_t count = rng() % 60;
    for (size_t k = 0; k < count; ++k)
      text += words[rng() % words.size()] + gaps[rng() % gaps.size()];
    INFO("text: " << text);
    std::vector<std::vector<std::string>> expected = SlowNameHits(names, text);
    std::vector<std::vector<std::string>> actual(names.size());
    for (const GuardHit& hit : guard.Check({text})) {
      REQUIRE(hit.participantId >= 1);
      REQUIRE(text.substr(hit.offset, hit.found.size()) == hit.found);
      actual[static_cast<size_t>(hit.participantId - 1)].push_back(NormaliseForMatching(hit.found));
    }
    for (size_t who = 0; who < names.size(); ++who) {
      INFO("participant " << names[who]);
      CHECK(Listed(actual[who]) == Listed(expected[who]));
    }
  }
}

// ---- [bypasses] -----------------------------------------------------------------------------
//
// Every way found to get a name past the guard, one row each: who is recorded, what the memo
// says, and whether (and why) the guard must stop it. Rows that must not hit keep the false
// alarms in check. Add a row for every new finding.

namespace {

struct Bypass {
  const char* finding;
  Person person;
  std::string text;
  const char* why;  // the reason the hit must give; nullptr: no hit at all
};

constexpr const char* kName = "name";
constexpr const char* kPart = "part of a name";
constexpr const char* kShort = "short part of a name, to confirm";
constexpr const char* kSounds = "part of a name, by its consonants";
constexpr const char* kAffiliation = "affiliation";
constexpr const char* kContact = "contact detail";

std::string Bytes(std::string_view text) {
  return std::string(text);
}

const std::vector<Bypass>& Bypasses() {
  using namespace std::literals;
  static const std::vector<Bypass> rows = {
      // Control characters and noncharacters inside a name: the exports drop them, so the
      // guard must read the name whole.
      {"NEL inside a name", {"Olena Hryniuk"}, "As Ole\u0085na Hryniuk said", kName},
      {"SOH inside a part", {"Olena Hryniuk"}, "Ole\x01na agreed", kPart},
      {"DEL inside a part", {"Olena Hryniuk"}, "Hryn\x7Fiuk agreed", kPart},
      {"U+FFFF inside a part", {"Olena Hryniuk"}, "Hry\xEF\xBF\xBFniuk agreed", kPart},
      {"NUL inside a part", {"Olena Hryniuk"}, Bytes("Hryn\0iuk agreed"sv), kPart},
      {"form feed inside a part", {"Olena Hryniuk"}, "Hry\fniuk agreed", kPart},
      {"noncharacter U+FDD0", {"Olena Hryniuk"}, "Hry\uFDD0niuk agreed", kPart},
      {"zero-width space", {"Olena Hryniuk"}, "Hry\u200Bniuk agreed", kPart},
      {"NEL in a Cyrillic name", {"Олена Гринюк"}, "Слово взяла Оле\u0085на Гринюк", kName},
      {"C1 control in a Greek name", {"Λένα Παππά"}, "Η Λέ\u0090να Παππά είπε", kName},
      // Bidi controls and tatweel inside Arabic and Hebrew names.
      {"bidi embedding in Arabic", {"عمر خالد"}, "قال \u202Bعمر\u202C \u200Fخالد", kName},
      {"isolates in Hebrew", {"נועה לוי"}, "לדברי נו\u2067עה\u2069 ל\u200Fוי", kName},
      {"tatweel in Arabic", {"عمر خالد"}, "قال عمـــر خـــالد", kName},
      {"arabic letter mark", {"عمر خالد"}, "قال خا\u061Cلد", kPart},
      // Each bidi control (U+200E/F, U+202A-202E, U+2066-2069, U+061C) inside a word of an
      // Arabic or a Hebrew name, and between its words, and tatweel however long.
      {"LRM in an Arabic part", {"سلمى حداد"}, "قالت سل\u200Eمى", kPart},
      {"RLM in a Hebrew part", {"אברהם שטרן"}, "אמר שט\u200Fרן", kPart},
      {"LRE in an Arabic name", {"سلمى حداد"}, "قالت \u202Aسلمى حداد\u202C", kName},
      {"RLE in a Hebrew part", {"אברהם שטרן"}, "אמר אבר\u202Bהם", kPart},
      {"PDF in an Arabic part", {"سلمى حداد"}, "قالت حد\u202Cاد", kPart},
      {"LRO in a Hebrew part", {"אברהם שטרן"}, "אמר שטר\u202Dן\u202C", kPart},
      {"RLO in an Arabic part", {"سلمى حداد"}, "قالت ح\u202Eداد\u202C", kPart},
      {"LRI in a Hebrew part", {"אברהם שטרן"}, "אמר א\u2066ברהם\u2069", kPart},
      {"RLI in an Arabic part", {"سلمى حداد"}, "قالت \u2067سل\u2069مى", kPart},
      {"FSI in a Hebrew part", {"אברהם שטרן"}, "אמר שט\u2068רן\u2069", kPart},
      {"PDI alone in an Arabic part", {"سلمى حداد"}, "قالت حدا\u2069د", kPart},
      {"ALM in a Hebrew part", {"אברהם שטרן"}, "אמר אברה\u061Cם", kPart},
      {"a control between the words", {"אברהם שטרן"}, "אמר אברהם\u200F \u2067שטרן", kName},
      {"every control at once", {"سلمى حداد"},
       "\u200Eس\u200Fل\u202Aم\u202Bى\u202C \u202Dح\u202Eد\u2066ا\u2067د\u2068\u2069\u061C",
       kName},
      {"long tatweel in an Arabic part", {"سلمى حداد"}, "قالت حـــــــــــداد", kPart},
      {"tatweel and a mark", {"سلمى حداد"}, "قالت حـ\u200Fـداد", kPart},
      {"tatweel in a Hebrew part", {"אברהם שטרן"}, "אמר שט\u0640רן", kPart},
      {"controls in a Latin spelling", {"خالد الحسيني"}, "Kh\u200Fal\u2066ed agreed", kSounds},
      {"controls in Arabic for a Latin name", {"Omar Khaled"}, "قال خ\u200Fا\u0640لد", kSounds},
      // An override shows its letters in the other direction: typed backwards inside one, a
      // name reads forwards on screen and in every export ("\u202D" + "ןרטש" shows "שטרן").
      {"Hebrew name backwards in an LRO", {"אברהם שטרן"}, "אמר \u202Dןרטש\u202C", kPart},
      {"whole Hebrew name backwards", {"אברהם שטרן"}, "\u202Dןרטש םהרבא\u202C אמר", kName},
      {"Arabic name backwards in an LRO", {"سلمى حداد"}, "قالت \u202Dدادح ىملس", kName},
      {"Latin name backwards in an RLO", {"Olena Hryniuk"}, "as \u202Ekuinyrh\u202C said", kPart},
      {"an override with nothing backwards", {"אברהם שטרן"}, "אמר \u202Dמים\u202C", nullptr},
      // In its own script a name is compared by its letters, less those that also write vowels:
      // the Latin consonants of "ينشر" (publishes) and "ناصر" are the same, their letters not.
      {"an Arabic verb is no Arabic name", {"كريم ناصر"}, "وأن ينشر النتائج", nullptr},
      // The letters joined to the front of a word for "and", "the", "to", "from"...
      {"Arabic and + a name", {"سلمى الخطيب"}, "قال يوسف وسلمى", kPart},
      {"Arabic to + a name", {"سلمى الخطيب"}, "شكراً لسلمى", kPart},
      {"Arabic and + the + a name", {"سلمى الخطيب"}, "قال والخطيب", kPart},
      {"Arabic and + with + a name", {"سلمى الخطيب"}, "وبالخطيب التقينا", kPart},
      {"Hebrew and + a name", {"אברהם שטרן"}, "ושטרן אמר", kPart},
      {"Hebrew and + to + a name", {"אברהם שטרן"}, "ולאברהם יש", kPart},
      {"Hebrew from + a name", {"נועה ברגר"}, "מברגר שמענו", kPart},
      {"a prefix on a common word is no name", {"אברהם שטרן"}, "ושלום לכולם", nullptr},
      {"a Hebrew word is no Hebrew name", {"נועה ברגר"}, "הבורגר היה קר", nullptr},
      {"a Hebrew name spelt plene", {"יעקב כהן"}, "אמר כוהן", kSounds},
      // Look-alike letters of another script in a Latin name, and the other way round.
      {"Cyrillic O in a Latin name", {"Olena Hryniuk"}, "\u041Elena Hryniuk spoke", kName},
      {"Cyrillic k in a Latin part", {"Olena Hryniuk"}, "Hryniu\u043A spoke", kPart},
      {"Cyrillic a, e, p, c", {"Marco Pace"}, "the \u0420\u0430\u0441\u0435 family", kPart},
      {"Greek omicron", {"Nikos Papadopoulos"}, "Papad\u03BFpoulos agreed", kPart},
      {"Greek capital alpha", {"Alexis Papadopoulos"}, "\u0391lexis agreed", kPart},
      {"Armenian oh", {"Joseph Kouri"}, "J\u0585seph agreed", kPart},
      {"Cyrillic i and j", {"Ivan Jojic"}, "\u0406van agreed", kPart},
      {"recorded with a look-alike", {"\u041Elena Hryniuk"}, "Olena agreed", kPart},
      {"a Cyrillic word is not a Latin name", {"Olena Hryniuk"}, "Слово взяла Анна", nullptr},
      // A name in another script, written in Latin letters.
      {"Russian name in Latin", {"Светлана Петрова"}, "Svetlana Petrova said", kName},
      {"Russian surname in Latin", {"Светлана Петрова"}, "Ms Petrova said", kPart},
      {"Ukrainian name, BGN spelling", {"Олена Гринюк"}, "Olena Hrynyuk said", kName},
      {"Ukrainian name, general spelling", {"Олена Гринюк"}, "as Grinuk said", kPart},
      {"Greek name in Latin", {"Λένα Παππά"}, "Lena Pappa agreed", kName},
      {"Greek surname in Latin", {"Νίκος Παπαδόπουλος"}, "Papadopoulos agreed", kPart},
      {"Georgian name in Latin", {"ნინო ბერიძე"}, "Nino Beridze agreed", kName},
      {"Armenian name in Latin", {"Արամ Ղազարյան"}, "Aram Gazaryan agreed", kName},
      {"Arabic name, one English spelling", {"خالد الحسيني"}, "Khaled agreed", kSounds},
      {"Arabic name, another spelling", {"خالد الحسيني"}, "Khalid agreed", kSounds},
      {"Arabic Muhammad", {"محمد عمر"}, "Mohammed agreed", kSounds},
      {"Arabic Muhammad, again", {"محمد عمر"}, "Muhammad agreed", kSounds},
      {"Arabic feminine ending", {"فاطمة الزهراء"}, "Fatima agreed", kSounds},
      {"Hebrew Cohen", {"יעקב כהן"}, "Cohen agreed", kSounds},
      {"Hebrew Avraham", {"אברהם שטרן"}, "Abraham agreed", kSounds},
      {"Hebrew Stern", {"אברהם שטרן"}, "Stern agreed", kSounds},
      {"Latin name, Cyrillic text", {"Svetlana Petrova"}, "Светлана Петрова сказала", kName},
      {"Latin name, Greek text", {"Lena Pappa"}, "Η Λένα Παππά είπε", kName},
      {"Latin name, Georgian text", {"Nino Beridze"}, "ნინო ბერიძე ამბობს", kName},
      {"Latin name, Arabic text", {"Omar Khaled"}, "قال خالد", kSounds},
      {"Latin name, Hebrew text", {"Jacob Cohen"}, "אמר כהן", kSounds},
      {"a Cyrillic word is no Latin name", {"Svetlana Petrova"}, "Слово взяла Анна", nullptr},
      // Name parts of three letters or fewer: flagged for the facilitator to confirm.
      {"short Latin part", {"Ana Lopez"}, "Ana said", kShort},
      {"two letters", {"Li Wei"}, "Li agreed", kShort},
      {"Hebrew surname of three letters", {"נועה לוי"}, "לוי אמר", kShort},
      {"Hebrew Cohen of three letters", {"יעקב כהן"}, "אמר כהן", kShort},
      {"Arabic name of three letters", {"عمر خالد"}, "قال عمر", kShort},
      {"short part spelt in Latin", {"Лев Толстой"}, "Lev wrote", kShort},
      {"a particle is no name", {"Ana de la Cruz"}, "de facto, la vie", nullptr},
      {"a short part in lower case is a word", {"May Kaya"}, "we may agree", nullptr},
      {"a short part in capitals", {"May Kaya"}, "MAY agreed", kShort},
      {"an initial is no name", {"J. Smith"}, "option J", nullptr},
      // A name hyphenated at a line break.
      {"hyphen at a line break", {"Olena Hryniuk"}, "as Hry-\nniuk said", kPart},
      {"hyphen, spaces, CR LF", {"Olena Hryniuk"}, "as Hry- \r\n  niuk said", kPart},
      {"hyphen at a break, Cyrillic", {"Олена Гринюк"}, "как Гри-\nнюк", kPart},
      {"Unicode hyphen at a break", {"Olena Hryniuk"}, "as Hry\u2010\nniuk said", kPart},
      // A handle written together.
      {"handle", {"Olena Hryniuk"}, "follow @OlenaHryniuk", kName},
      {"handle, surname first", {"Olena Hryniuk"}, "#HryniukOlena", kName},
      {"handle of a Cyrillic name", {"Светлана Петрова"}, "@SvetlanaPetrova", kName},
      {"handle in Cyrillic", {"Светлана Петрова"}, "@СветланаПетрова", kName},
      // Letters spaced out.
      {"spaced letters", {"Olena Hryniuk"}, "H r y n i u k spoke", kPart},
      {"dotted letters", {"Olena Hryniuk"}, "H.R.Y.N.I.U.K. spoke", kPart},
      {"spaced full name", {"Olena Hryniuk"}, "O l e n a  H r y n i u k", kName},
      {"spaced Cyrillic", {"Олена Гринюк"}, "Г р и н ю к", kPart},
      {"a list of letters is no name", {"Olena Hryniuk"}, "options a, b and c", nullptr},
      // The body named in a longer affiliation.
      {"body in a longer affiliation",
       {"Ana Lopez", "Deputy director of the Kharkiv Media Centre"},
       "the Kharkiv Media Centre said",
       kAffiliation},
      {"place in an affiliation",
       {"Ana Lopez", "Deputy mayor of Rustavi"},
       "officials in Rustavi",
       kAffiliation},
      {"a common word of an affiliation",
       {"Ana Lopez", "Deputy director, ministry of water"},
       "water is scarce",
       nullptr},
      {"name inside a longer body", {"Olena Hryniuk"}, "the Olena Hryniuk Foundation", kName},
      // Phone numbers in other digits.
      {"Arabic-Indic digits",
       {"Ana Lopez", "", "+995 555 123 456"},
       "اتصل على ٥٥٥ ١٢٣ ٤٥٦",
       kContact},
      {"Persian digits", {"Ana Lopez", "", "+995 555 123 456"}, "شماره ۵۵۵۱۲۳۴۵۶", kContact},
      {"recorded in Arabic-Indic digits",
       {"Ana Lopez", "", "٠٥٥٥ ١٢٣ ٤٥٦"},
       "call 555 123 456",
       kContact},
      {"Devanagari digits", {"Ana Lopez", "", "+995 555 123 456"}, "call ५५५ १२३ ४५६", kContact},
      // The letters for "and", "to", "when"... as Arabic and Hebrew really stack them. Arabic
      // writes ل + ال ("to the") as لل, the article's alef dropped; a surname recorded without
      // its article is written with it in an Arabic sentence; Hebrew joins up to four letters
      // (ו + כש + ל: "and when ... had"); and a Latin name takes them too ("ולOlena").
      {"Arabic to the: lam-lam", {"سلمى الخطيب"}, "شكراً للخطيب", kPart},
      {"Arabic and + to the", {"سلمى الخطيب"}, "وللخطيب رأي آخر", kPart},
      {"Arabic to + a name that begins with lam", {"ليلى منصور"}, "شكراً لليلى", kPart},
      {"Arabic article on a name recorded without", {"محمد خطيب"}, "قال الخطيب", kPart},
      {"Arabic and + with the, recorded without", {"محمد خطيب"}, "وبالخطيب التقينا", kPart},
      {"Arabic to the, recorded without", {"محمد خطيب"}, "شكراً للخطيب", kPart},
      {"Hebrew and + when + a name", {"אברהם שטרן"}, "וכשאברהם הגיע", kPart},
      {"Hebrew and + when + to + a name", {"נועה ברגר"}, "וכשלנועה היה רעיון", kPart},
      {"Hebrew prefixes on a Latin name", {"Olena Hryniuk"}, "ולOlena יש רעיון", kPart},
      {"prefixes on a common Hebrew word", {"נועה ברגר"}, "וכשהבורגר הגיע", nullptr},
      {"a bidi mark after the prefix letter", {"سلمى الخطيب"}, "قال و\u200Fسلمى", kPart},
      {"a vowel mark on the prefix letter", {"سلمى الخطيب"}, "قال وَسلمى", kPart},
      {"tatweel after the prefix letter", {"سلمى الخطيب"}, "قال وـــسلمى", kPart},
      {"an isolate around a Hebrew prefix", {"אברהם שטרן"}, "אמר \u2067ו\u2069שטרן", kPart},
      {"lam-lam in presentation forms", {"سلمى الخطيب"}, "شكراً ﻟﻠﺨﻄﻴﺐ", kPart},
      // Persian and Urdu keyboards type their own letters for the Arabic ones that look the
      // same (ی for ي, ک for ك, ہ ھ ە for ه), and Arabic itself writes a word's end either way
      // (ى or ي, ة or ه) or its alef with a wasla; the hamza forms are alef already.
      {"Farsi yeh for yeh", {"سامي حداد"}, "قال سامی", kPart},
      {"keheh and Farsi yeh", {"كريم ناصر"}, "گفت کریم", kPart},
      {"heh goal for heh", {"هاني سعيد"}, "قال ہانی", kPart},
      {"ae for teh marbuta", {"فاطمة الزهراء"}, "گفت فاطمە", kPart},
      {"heh doachashmee for heh", {"هاني سعيد"}, "قال ھاني", kPart},
      {"alef maksura for final yeh", {"سامي حداد"}, "قال سامى", kPart},
      {"final yeh for alef maksura", {"سلمى الخطيب"}, "قالت سلمي", kPart},
      {"heh for teh marbuta", {"فاطمة الزهراء"}, "قالت فاطمه", kPart},
      {"teh marbuta for heh", {"طلحه حداد"}, "قال طلحة", kPart},
      {"alef wasla for alef", {"سلمى الخطيب"}, "قالت سلمى ٱلخطيب", kName},
      {"hamza forms dropped", {"أسامة إبراهيم"}, "قال اسامة ابراهيم", kName},
      {"hamza forms added", {"اسامة ابراهيم"}, "قال أسامة إبراهيم", kName},
      {"madda dropped", {"آمنة حداد"}, "قالت امنة", kPart},
      {"a short part written with the other final yeh", {"علي حداد"}, "وافق على الخطة", nullptr},
      {"a short part in Persian letters", {"علي حداد"}, "گفت علی", kShort},
      // Marks: harakat, shadda, the superscript alef, Hebrew niqqud, the dots of shin.
      {"harakat in an Arabic name", {"سلمى الخطيب"}, "قالت سَلْمَىٰ", kPart},
      {"shadda and tanwin", {"محمد عمر"}, "قال مُحَمَّدٌ", kPart},
      {"superscript alef", {"عبد الرحمن حداد"}, "قال الرحمٰن", kPart},
      {"niqqud in a Hebrew name", {"אברהם שטרן"}, "אמר אַבְרָהָם", kPart},
      {"shin dot and dagesh", {"אברהם שטרן"}, "אמר שְׁטֶרְן", kPart},
      // Hebrew's final letters in the wrong place, Yiddish ligatures, the geresh typed as an
      // apostrophe.
      {"a plain letter for a final one", {"אברהם שטרן"}, "אמר שטרנ", kPart},
      {"a final letter for a plain one", {"יעקב כהן"}, "אמר ךהן", kShort},
      {"Yiddish double vav", {"חווה לוי"}, "אמרה חװה", kPart},
      {"geresh typed as an apostrophe", {"ג׳ורג׳ חדד"}, "אמר ג'ורג' חדד", kName},
      // Presentation forms, as a text copied from a PDF holds them.
      {"Arabic presentation forms", {"سلمى الخطيب"}, "قالت ﺳﻠﻤﻰ ﺍﻟﺨﻄﻴﺐ", kName},
      {"lam-alef ligature", {"علاء منصور"}, "قال ﻋﻼء", kPart},
      {"presentation forms with a prefix", {"سلمى الخطيب"}, "قال ﻭﺳﻠﻤﻰ", kPart},
      {"Persian presentation forms", {"كريم ناصر"}, "گفت \uFB90\uFEAE\uFBFE\uFEE2", kPart},
      {"the ligature of Allah", {"عبدالله حداد"}, "قال عبدﷲ", kPart},
      {"Hebrew presentation forms", {"אליהו שטרן"}, "אמר ﭏיהו ﬠם ﬥﬡשׁ", kPart},
      // Joiners and the soft hyphen, which change nothing a reader sees.
      {"ZWJ in an Arabic name", {"سلمى الخطيب"}, "قالت سل\u200Dمى", kPart},
      {"ZWNJ in an Arabic name", {"سلمى الخطيب"}, "قالت سل\u200Cمى", kPart},
      {"soft hyphen in a Hebrew name", {"אברהם שטרן"}, "אמר שט\u00ADרן", kPart},
      {"word joiner and BOM", {"אברהם שטרן"}, "אמר א\u2060בר\uFEFFהם", kPart},
      {"Arabic-Indic digits and bidi marks",
       {"Ana Lopez", "", "+995 555 123 456"},
       "اتصل ٥٥٥\u200F١٢٣\u061C٤٥٦",
       kContact},
      // A letter of another script that looks the same, inside a word: a lone letter of the
      // other direction stands where it was typed, so nothing shows it.
      {"Latin l for alef", {"كريم ناصر"}, "قال نlصر", kPart},
      {"Arabic-Indic one for alef", {"كريم ناصر"}, "قال ن١صر", kPart},
      {"Latin I for vav", {"דוד מזרחי"}, "אמר דIד", kShort},
      {"Latin o for samekh", {"יוסף כהן"}, "אמר יוoף", kPart},
      {"alef for l in a Latin name", {"Olena Hryniuk"}, "O\u0627ena Hryniuk said", kName},
      {"samekh for o in a Latin name", {"Olena Hryniuk"}, "\u05E1lena agreed", kPart},
      {"Arabic-Indic five for o in a Latin name", {"Olena Hryniuk"}, "\u0665lena agreed", kPart},
      {"a Hebrew prefix on a Latin word is no name", {"Olena Hryniuk"}, "בZoom ולWhatsApp", nullptr},
  };
  return rows;
}

}  // namespace

TEST_CASE("attribution guard: every bypass found so far is stopped") {
  for (const Bypass& row : Bypasses()) {
    INFO("finding: " << std::string(row.finding) << "; text: " << row.text);
    Model m = WithParticipants({row.person});
    std::vector<GuardHit> hits = HitsIn(m, row.text);
    if (!row.why) {
      std::string found;
      for (const GuardHit& hit : hits) found += "[" + hit.found + " (" + hit.term + ", " + hit.why + ")]";
      INFO("hits: " << found);
      CHECK(hits.empty());
      continue;
    }
    CHECK(!hits.empty());  // every row is checked, not only those before the first that fails
    if (hits.empty()) continue;
    INFO("hit: " << hits[0].found << " (" << hits[0].term << ")");
    CHECK(hits[0].why == row.why);
    CHECK(hits[0].participantId == 1);
    // Quoted from the text as it stands.
    CHECK(row.text.substr(hits[0].offset, hits[0].found.size()) == hits[0].found);
  }
}

// ---- [false alarms] -------------------------------------------------------------------------

namespace {

// 120 participants named as in the workshops Parley serves: Latin names (some with parts of
// two or three letters, some that are English words: Hope, Grace, May), and names written in
// Cyrillic, Greek, Georgian, Armenian, Arabic and Hebrew letters; affiliations as facilitators
// record them.
Model FalseAlarmRoster() {
  const std::vector<std::string> first = {
      "Ana",   "Li",     "Kim",   "Joy",   "Eve",    "Ali",   "Dan",    "Noa",   "Mark", "Grace",
      "Rose",  "Victor", "Olena", "Nino",  "Giorgi", "Ahmed", "Fatima", "Yusuf", "Omar", "Leyla",
      "Maria", "Sofia",  "Ivan",  "Tamar", "David",  "Hope",  "Faith",  "Will",  "May",  "Rania"};
  const std::vector<std::string> last = {"Lopez",   "Wei",     "Park",   "Ortiz",  "Smith",
                                         "Hryniuk", "Beridze", "Haddad", "Cohen",  "Levi",
                                         "Mansour", "Petrova", "Rossi",  "Kaya",   "Demir",
                                         "Novak",   "Khalil",  "Saleh",  "Nasser", "Bakr"};
  const std::vector<std::string> otherScripts = {
      "Олена Гринюк",       "Светлана Петрова", "Иван Ким",        "Лев Толстой",   "Λένα Παππά",
      "Νίκος Παπαδόπουλος", "ნინო ბერიძე",      "გიორგი კაპანაძე", "عمر خالد",      "فاطمة الزهراء",
      "محمد حداد",          "خالد الحسيني",     "ليلى منصور",      "נועה לוי",      "יעקב כהן",
      "אברהם שטרן",         "תמר אבן",          "דוד מזרחי",       "Արամ Ղազարյան", "Անի Սարգսյան"};
  const std::vector<std::string> roles = {"Deputy director, ministry of water",
                                          "Shift engineer, river authority",
                                          "Head teacher, hill school",
                                          "District councillor, district council",
                                          "Editor, weekly paper",
                                          "Nurse, health centre",
                                          "Researcher, state university",
                                          "Organiser, farmers association"};
  std::vector<Person> people;
  for (size_t i = 0; i < 100; ++i)
    people.push_back(
        {first[i % first.size()] + " " + last[(i * 7) % last.size()], roles[i % roles.size()]});
  for (size_t i = 0; i < otherScripts.size(); ++i)
    people.push_back({otherScripts[i], roles[i % roles.size()]});
  return WithParticipants(people);
}

// A clean memo: 200 paragraphs of 40 words of a joint memo's vocabulary, naming no one (a
// few words are also names or sound like one: "hope", "may", "mark", "bottom").
std::vector<std::string> CleanMemo() {
  const std::vector<std::string> words = {
      "the",         "participants", "agreed",       "that",        "water",
      "access",      "for",          "both",         "communities", "should",
      "be",          "monitored",    "by",           "a",           "joint",
      "committee",   "of",           "experts",      "from",        "each",
      "side",        "they",         "will",         "meet",        "again",
      "in",          "spring",       "to",           "review",      "progress",
      "on",          "river",        "and",          "road",        "between",
      "towns",       "families",     "who",          "lost",        "land",
      "may",         "seek",         "compensation", "through",     "an",
      "independent", "panel",        "we",           "hope",        "talks",
      "continue",    "trust",        "remains",      "fragile",     "but",
      "there",       "is",           "shared",       "concern",     "about",
      "safety",      "children",     "schools",      "health",      "clinics",
      "jobs",        "mine",         "valley",       "orchard",     "market",
      "council",     "ministry",     "plan",         "recognition", "security",
      "voice",       "justice",      "respect",      "repair",      "future",
      "clean",       "fair",         "dignity",      "flood",       "dam",
      "fish",        "bottom-up",    "process",      "mark",        "this",
      "step",        "as",           "important",    "period",      "rose",
      "sharply",     "since",        "last",         "year",        "was",
      "visible",     "when",         "leaders",      "spoke",       "together",
      "dialogue",    "sessions",     "held",         "under",       "Chatham",
      "House",       "rule",         "no",           "statement",   "here",
      "attributed",  "any",          "person",       "memo",        "records",
      "points",      "not",          "yet",          "brackets",    "remain",
      "open",        "questions",    "include",      "timing",      "funding",
      "oversight",   "roles",        "women",        "youth",       "elders",
      "returnees",   "displaced",    "people",       "school",      "teachers"};
  std::mt19937 rng(20261207);
  std::vector<std::string> paragraphs;
  for (int p = 0; p < 200; ++p) {
    std::string text;
    for (int k = 0; k < 40; ++k) text += (k ? " " : "") + words[rng() % words.size()];
    paragraphs.push_back(text + ".");
  }
  return paragraphs;
}

}  // namespace

TEST_CASE("attribution guard: a clean 200-paragraph memo gets few enough false alarms") {
  // Measured on this roster and memo (2026-12-07).
  // Before Parley 9: 802 hits, all parts of a name of four letters or more that are English
  // words: "hope" 192, "mark" 244, "rose" 189, "will" 177.
  // After: 860 hits: the same 802, and 58 of "bottom" (in "bottom-up"), whose consonants
  // (b t m) are those of فاطمة spelt without its feminine ending ("Fatima"). The short
  // parts add none: "may" (147 times) is written in lower case, which a short part written as
  // a name is not ("May", "MAY" and any caseless script are flagged). Each hit is accepted
  // once per paragraph wording, as "we hope" always was.
  Model roster = FalseAlarmRoster();
  REQUIRE(roster.participants.size() == 120);
  std::vector<GuardHit> hits = AttributionGuard(roster).Check(CleanMemo());
  std::map<std::string, size_t> byWhy;
  std::map<std::string, size_t> byWord;
  for (const GuardHit& hit : hits) {
    ++byWhy[hit.why];
    ++byWord[NormaliseForMatching(hit.found) + " (" + hit.term + ")"];
  }
  for (const auto& [why, count] : byWhy) MESSAGE(why << ": " << count);
  for (const auto& [word, count] : byWord) MESSAGE(word << ": " << count);
  CHECK(byWhy["short part of a name, to confirm"] == 0);
  CHECK(byWhy["part of a name, by its consonants"] <= 58);
  CHECK(hits.size() <= 860);
}
