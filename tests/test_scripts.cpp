// The blocks of Unicode a text uses (core/scripts.hpp), and the workshop's own, kept as it is
// loaded and edited: what the screen font is made for.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "core/common/scripts.hpp"
#include "core/store/workshop.hpp"
#include "temp_dir.hpp"

using namespace parley;
using namespace parley::test;

namespace {

Scripts BlockOf(char32_t c) {
  Scripts s = ScriptOf(c);
  REQUIRE(s != 0);
  return s;
}

}  // namespace

TEST_CASE("The scripts a text is written in") {
  const Scripts greek = BlockOf(U'λ'), cyrillic = BlockOf(U'ж'), georgian = BlockOf(U'ნ');
  CHECK(greek != cyrillic);
  CHECK(ScriptsIn("") == 0);
  CHECK(ScriptsIn("Marta Kovacs") == kBasicLatin);
  CHECK(ScriptsIn("José") == kBasicLatin);  // Latin-1
  CHECK(ScriptsIn("Kovač") == (kBasicLatin | BlockOf(U'č')));
  CHECK(ScriptsIn("Λένα Παππά") == (kBasicLatin | greek));
  CHECK(ScriptsIn("Олена and ნინო") == (kBasicLatin | cyrillic | georgian));
  CHECK(ScriptsIn("Əliyev") == (kBasicLatin | BlockOf(U'Ə')));
  CHECK(ScriptsIn("נועה כהן") == (kBasicLatin | BlockOf(U'נ')));
  CHECK(ScriptsIn("سلمى") == BlockOf(U'س'));
  CHECK(BlockOf(U'س') != BlockOf(U'נ'));
  CHECK(ScriptsIn("\uFEFB") == BlockOf(U'\uFEFB'));  // a presentation form pasted as it is
  CHECK(ScriptOf(U'😀') == 0);                             // no font of Parley's has it
  CHECK(ScriptsIn("\xCE") == 0);                           // a sequence cut short: skipped
  CHECK(ScriptsIn("a\xFF\xFEλ") == (kBasicLatin | greek));  // bad bytes skipped, the rest read
}

TEST_CASE("Each script is found wherever it stands in a long mixed text") {
  const std::string ascii(37, 'a');  // a run of ASCII read a word at a time, ended off a word's edge
  const std::vector<std::pair<std::string, char32_t>> scripts = {
      {"ნინო", U'ნ'}, {"Λένα", U'λ'}, {"Олена", U'ж'}, {"נועה", U'נ'}, {"سلمى", U'س'}, {"Անի", U'Ա'}};
  Scripts all = kBasicLatin;
  std::string text;
  for (const auto& [word, letter] : scripts) {
    CAPTURE(word);
    CHECK(ScriptsIn(ascii + word + ascii) == (kBasicLatin | BlockOf(letter)));
    CHECK(ScriptsIn(ascii + word) == (kBasicLatin | BlockOf(letter)));  // at the very end
    all |= BlockOf(letter);
    text += ascii + word + " ";
  }
  CHECK(ScriptsIn(text) == all);
  CHECK(ScriptsIn(text + "\xD8") == all);  // a lead byte with nothing after it: skipped
  CHECK(ScriptsIn("\xC0\xB1\xC1\x81") == 0);  // overlong forms of ASCII are not letters
}

TEST_CASE("Every letter written in two bytes is found in its block") {
  for (char32_t c = 0x80; c < 0x800; ++c) {
    CAPTURE(uint32_t(c));
    std::string letter{char(0xC0 | (c >> 6)), char(0x80 | (c & 0x3F))};
    CHECK(ScriptsIn(letter) == ScriptOf(c));
  }
}

TEST_CASE("A workshop knows the scripts of its text, from the file and from each edit") {
  TempDir dir;
  std::string path = dir.File("scripts.parley");
  const Scripts greek = ScriptOf(U'λ'), georgian = ScriptOf(U'ნ');
  {
    auto workshop = Workshop::Create(path, "Water and trust", "2026-11-23");
    CHECK(workshop->Model().scripts == kBasicLatin);
    Id person = workshop->AddParticipant(workshop->Model().parties[0].id);
    workshop->SetText(Field::ParticipantName, person, "Λένα Παππά");
    CHECK((workshop->Model().scripts & greek) != 0);
    CHECK((workshop->Model().scripts & georgian) == 0);
    workshop->SetText(Field::WorkshopVenue, 0, "თბილისი");
    CHECK((workshop->Model().scripts & georgian) != 0);
  }
  Scripts reopened = Workshop::Open(path)->Model().scripts;
  CHECK((reopened & greek) != 0);
  CHECK((reopened & georgian) != 0);
}
