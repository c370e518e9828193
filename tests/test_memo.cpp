// The joint memo's drafting logic: what is still open, the "who met" paragraph written from the
// record without a name, and frozen versions compared paragraph by paragraph and word by word.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/common/error.hpp"
#include "core/store/demo.hpp"
#include "core/method/language_tag.hpp"
#include "core/method/memo.hpp"
#include "core/store/workshop.hpp"
#include "temp_dir.hpp"

using namespace parley;
using namespace parley::test;

namespace {

// The text of `pieces` as it stood before (without the added words) or after (without the removed).
std::string Joined(const std::vector<DiffPiece>& pieces, DiffPiece::Kind leftOut) {
  std::string text;
  for (const DiffPiece& piece : pieces)
    if (piece.kind != leftOut) text += piece.text;
  return text;
}

std::string Changed(const std::vector<DiffPiece>& pieces, DiffPiece::Kind kind) {
  std::string text;
  for (const DiffPiece& piece : pieces)
    if (piece.kind == kind) text += piece.text;
  return text;
}

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A workshop with one memo, its standard sections, and nothing in them.
struct MemoRoom {
  TempDir dir;
  std::unique_ptr<Workshop> w = Workshop::Create(dir.File("memo.parley"), "Memo", "2026-10-12");
  Id memo = w->AddMemo("Water and work", "2026-10-15");
  Id section = w->Model().sections.front().id;
};

}  // namespace

TEST_CASE("DiffWords marks the words removed and added, and gives back both texts") {
  std::string before = "The towns shall share the water results", after = "The two towns should share water results";
  std::vector<DiffPiece> pieces = DiffWords(before, after);
  CHECK(Joined(pieces, DiffPiece::Kind::Added) == before);
  CHECK(Joined(pieces, DiffPiece::Kind::Removed) == after);
  CHECK(Changed(pieces, DiffPiece::Kind::Removed) == "shall the ");
  CHECK(Changed(pieces, DiffPiece::Kind::Added) == "two should ");
  CHECK(DiffWords("same words", "same words").size() == 1);
}

TEST_CASE("OpenCount counts bracketed spans and bracketed paragraphs, not internal notes") {
  MemoRoom room;
  CHECK(IsClean(room.w->Model(), room.memo));
  room.w->AddParagraph(room.section, "The towns [shall/should] share [the] results.", ParagraphStatus::Agreed, "", 0);
  room.w->AddParagraph(room.section, "Not yet agreed.", ParagraphStatus::Bracketed, "", 0);
  room.w->AddParagraph(room.section, "[Ask the mayor first.]", ParagraphStatus::InternalNote, "", 0);
  CHECK(OpenCount(room.w->Model(), room.memo) == 3);
  CHECK_FALSE(IsClean(room.w->Model(), room.memo));
}

TEST_CASE("the \"who met\" paragraph counts the participants by side and names no one") {
  TempDir dir;
  auto demo = CreateFreshDemo(dir.File("demo.parley"));
  const Model& model = demo->Model();
  Memo memo = model.memos.front();
  memo.showPlace = memo.showDates = false;
  std::string text = WhoMetText(model, memo);
  CHECK(Contains(text, "Twelve participants from both communities"));
  CHECK(Contains(text, "six from " + ShortName(model.parties[0])));
  CHECK(Contains(text, "six from " + ShortName(model.parties[1])));
  CHECK(Contains(text, "They included a doctor, an engineer, a fish farmer, two former officials, "));
  for (const Participant& p : model.participants) {
    CAPTURE(p.name);
    CHECK_FALSE(Contains(text, p.name));
    CHECK_FALSE(Contains(text, p.role));  // the affiliation
  }
  CHECK_FALSE(Contains(text, model.info.venue));
  CHECK_FALSE(Contains(text, model.info.startDate));

  SUBCASE("roles are counted however they are written; one written with its article keeps it") {
    Model edited = model;
    edited.participants[0].generalRole = "an MP";
    edited.participants[1].generalRole = "Doctor";  // the demo has "doctor" once already
    text = WhoMetText(edited, memo);
    INFO(text);
    CHECK(Contains(text, "They included two doctors, "));
    CHECK(Contains(text, ", an MP, "));
  }

  memo.showPlace = memo.showDates = true;
  text = WhoMetText(model, memo);
  CHECK(Contains(text, " at " + model.info.venue));
  CHECK(Contains(text, "from " + model.info.startDate + " to " + model.info.endDate));
}

TEST_CASE("two frozen versions compare paragraph by paragraph, status included") {
  MemoRoom room;
  Workshop& w = *room.w;
  Id first = w.AddParagraph(room.section, "The towns [shall] share the results.", ParagraphStatus::Bracketed, "", 0);
  Id second = w.AddParagraph(room.section, "A laboratory both trust.", ParagraphStatus::Bracketed, "", 0);
  w.AddParagraph(room.section, "Meet again in spring.", ParagraphStatus::Agreed, "", 0);
  w.FreezeVersion(room.memo, "");
  w.SetText(Field::ParagraphText, first, "The towns should share the results.");
  w.SetParagraphStatus(second, ParagraphStatus::Agreed);  // same words, now agreed
  w.AddParagraph(room.section, "Ask the ministry to observe.", ParagraphStatus::Agreed, "", 0);
  w.FreezeVersion(room.memo, "");
  const Model& model = w.Model();
  REQUIRE(model.versions.size() == 2);

  std::vector<ParagraphChange> changes = CompareVersions(model, model.versions[0].id, model.versions[1].id);
  REQUIRE(changes.size() == 4);
  CHECK(changes[0].changed);
  CHECK(Changed(changes[0].pieces, DiffPiece::Kind::Removed) == "[shall] ");
  CHECK(Changed(changes[0].pieces, DiffPiece::Kind::Added) == "should ");
  CHECK(changes[1].changed);  // only its status changed
  CHECK(Changed(changes[1].pieces, DiffPiece::Kind::Added).empty());
  CHECK(changes[1].before == ParagraphStatus::Bracketed);
  CHECK(changes[1].after == ParagraphStatus::Agreed);
  CHECK_FALSE(changes[2].changed);
  CHECK(changes[3].changed);  // new in the second version
  CHECK_FALSE(changes[3].before.has_value());
  CHECK(Changed(changes[3].pieces, DiffPiece::Kind::Added) == "Ask the ministry to observe.");
}

TEST_CASE("a paragraph's open points are its top-level bracket pairs, a bracketed paragraph at least one") {
  CHECK(OpenPoints("[text [more] text]", ParagraphStatus::Bracketed) == 1);
  CHECK(OpenPoints("[text [more] text]", ParagraphStatus::Agreed) == 1);
  CHECK(OpenPoints("Not yet agreed.", ParagraphStatus::Bracketed) == 1);
  CHECK(OpenPoints("The towns [shall] share [the] results.", ParagraphStatus::Bracketed) == 2);
  CHECK(OpenPoints("Agreed words.", ParagraphStatus::Agreed) == 0);
  CHECK(OpenPoints("[Ask the mayor first.]", ParagraphStatus::InternalNote) == 0);

  MemoRoom room;
  room.w->AddParagraph(room.section, "[The towns [shall/should] share the results.]", ParagraphStatus::Bracketed, "", 0);
  CHECK(OpenCount(room.w->Model(), room.memo) == 1);
  try {
    BuildMemoDocument(room.w->Model(), room.memo, 0, true);
    FAIL("a final document was built with a bracketed paragraph");
  } catch (const Refusal& refusal) {
    CHECK(Contains(refusal.what(), "1 open point "));
  }
}

TEST_CASE("the memo names the parties by their names, not their short codes") {
  MemoRoom room;
  Workshop& w = *room.w;
  const std::vector<std::pair<std::string, std::string>> names = {
      {"Aldra Highlands", "AH"}, {"Bereni Estuary", "BE"}, {"Coastal Villages", "CV"}};
  std::vector<Id> parties;
  for (const Party& party : w.Model().parties) parties.push_back(party.id);
  while (parties.size() < names.size()) parties.push_back(w.AddParty());
  for (size_t i = 0; i < names.size(); ++i) {
    w.SetText(Field::PartyName, parties[i], names[i].first);
    w.SetText(Field::PartyShortName, parties[i], names[i].second);
    for (int n = 0; n < 3; ++n) w.AddParticipant(parties[i]);
  }
  const Model& model = w.Model();
  std::string text = WhoMetText(model, model.memos.front());
  INFO(text);
  CHECK(Contains(text, "(three from Aldra Highlands, three from Bereni Estuary and three from Coastal Villages)"));
  for (const auto& [name, code] : names) CHECK_FALSE(Contains(text, " " + code));

  SUBCASE("and so do the drafts from the record") {
    Id concern = w.AddConcern(1, parties[0], ConcernKind::Need, "clean water", 0);
    w.SetHeldBy(concern, parties[1], true);
    std::vector<RecordDraft> drafts = DraftsFromRecord(w.Model());
    REQUIRE_FALSE(drafts.empty());
    CHECK(drafts.front().text == "Aldra Highlands and Bereni Estuary need: clean water");
  }
}

TEST_CASE("the workshop's language as typed in set-up gives the memo's language tag") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"ar", "ar"},
      {"HE", "he"},
      {"he-IL", "he-IL"},
      {"sr-Latn-RS", "sr-Latn-RS"},
      {"Arabic", "ar"},
      {"  HEBREW ", "he"},
      {"العربية", "ar"},
      {"العربية والعبرية، مع ترجمة", "ar"},
      {"עברית וערבית", "he"},
      {"Hebrew and Arabic, with interpretation", "he"},
      {"Farsi", "fa"},
      {"فارسی", "fa"},
      {"Urdu", "ur"},
      {"اردو", "ur"},
      {"English, with interpretation", "en"},
      {"ქართული", "ka"},
      {"Ελληνικά και Τουρκικά", "el"},
      {"Русский", "ru"},
      {"with interpretation into Georgian", "ka"},
      {"", "und"},
      {"Klingon", "und"},
      {"en\" onload=\"x", "und"},  // not a tag, and no language's name
  };
  for (const auto& [typed, tag] : cases) {
    INFO("typed: " << typed);
    CHECK(LanguageTag(typed) == tag);
  }
}

TEST_CASE("the memo document carries the workshop's language, not a fixed one") {
  MemoRoom room;
  room.w->AddParagraph(room.section, "نحتاج إلى مياه نظيفة.", ParagraphStatus::Agreed, "", 0);
  room.w->SetText(Field::WorkshopLanguage, 0, "العربية والعبرية والإنجليزية");
  CHECK(BuildMemoDocument(room.w->Model(), room.memo, 0, false).language == "ar");
  room.w->SetText(Field::WorkshopLanguage, 0, "עברית");
  CHECK(BuildMemoDocument(room.w->Model(), room.memo, 0, false).language == "he");
  room.w->SetText(Field::WorkshopLanguage, 0, "");
  CHECK(BuildMemoDocument(room.w->Model(), room.memo, 0, false).language == "und");
}
