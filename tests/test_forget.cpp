// Forgetting a participant who withdraws (issue 18, "At rest"): no byte of their name stays in
// the file, its -wal or its -shm; undo cannot bring it back; the rest of the workshop stays.
// And what an edit deletes is zeroed on disk (secure_delete).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "core/cli/command_line.hpp"
#include "core/cli/commands.hpp"
#include "core/store/sealed_testing.hpp"
#include "room.hpp"
#include "sealed_run.hpp"
#include "workshop_probe.hpp"

namespace parley::test {

namespace {

// Which of `needles` occur, byte for byte, in the file at `path` or its -wal or -shm.
std::vector<std::string> FoundOnDisk(const std::string& path, const std::vector<std::string>& needles) {
  std::vector<std::string> found;
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::string bytes = ReadBytes(path + suffix);
    for (const std::string& needle : needles)
      if (bytes.find(needle) != std::string::npos) found.push_back(needle + " in " + path + suffix);
  }
  return found;
}

// The text `member` of the row `id` of `rows` ("" when there is none).
template <class Row>
std::string TextOf(const std::vector<Row>& rows, Id id, std::string Row::*member) {
  auto it = std::find_if(rows.begin(), rows.end(), [&](const Row& r) { return r.id == id; });
  return it == rows.end() ? std::string() : (*it).*member;
}

// Every field of a participant, to compare.
std::string Row(const Participant& p) {
  return p.name + "|" + p.role + "|" + p.pseudonym + "|" + p.notes + "|" + p.contact + "|" + p.generalRole + "|" +
         std::to_string(p.partyId) + "|" + std::to_string(p.position);
}

// Opens the room's file again after its workshop was closed.
void OpenAgain(Room& room) {
  room.workshop = Workshop::Open(room.dir.File("room.parley"));
  room.UseTestClock();
}

// Moves the room's clock past the undo history's merge window, so that the next edit of the
// same field is an undo step of its own.
void Later(Room& room) {
  room.now += std::chrono::seconds(10);
}

// A room whose first participant, a1, was "Нино Беридзе" and is now "ნინო ბერიძე", named in the
// session log under both names, in a log note, in a draft, in the memo in Latin letters, and by
// her first name alone in a story. The others are named in Greek, Hebrew and Arabic.
struct NamedRoom : Room {
  static constexpr const char* kOldName = "Нино Беридзе";
  static constexpr const char* kName = "ნინო ბერიძე";
  static constexpr const char* kLatinName = "Nino Beridze";
  static constexpr const char* kRole = "Редактор, Gori Free Press";
  static constexpr const char* kContact = "nino.beridze@example.ge, +995 555 123 456";
  static constexpr const char* kNotes = "Её брат в парламенте";
  Id paragraph = 0, story = 0;

  NamedRoom() : Room(2, 2) {
    W().SetText(Field::ParticipantName, a2, "Layla حداد");
    W().SetText(Field::ParticipantRole, a2, "Редактор");  // one phrase of a1's role
    W().SetText(Field::ParticipantName, b1, "Νίκος Παπαδόπουλος");
    W().SetText(Field::ParticipantName, b2, "דוד לוי");
    W().SetText(Field::ParticipantName, a1, kOldName);
    W().SetText(Field::ParticipantRole, a1, kRole);
    W().SetText(Field::ParticipantContact, a1, kContact);
    W().SetText(Field::ParticipantNotes, a1, kNotes);
    W().SetConsent(session, a1, true);  // logged under the old name
    Later(*this);
    W().SetText(Field::ParticipantName, a1, kName);  // the old name is in the undo history now
    Speak(session, a1, 60000);                         // "ნინო ბერიძე has the floor."
    W().AddLogNote(session, std::string(kOldName) + " asked to leave at noon.");
    W().SetDraft({.kind = DraftKind::Option, .session = session}, std::string("Ask ") + kName + " about the bridge");
    story = W().AddStory(session, a1, "ნინო told of the bridge at Gori.", {});
    W().AddMemo("Joint memo", "");
    paragraph = W().AddParagraph(M().sections.front().id,
                                 std::string("[As ") + kLatinName + " put it, the bridge is ours.]",
                                 ParagraphStatus::Bracketed);
    Later(*this);
  }
  std::vector<std::string> Identifying() const {
    return {kOldName, kName, kLatinName, "Gori Free Press", "nino.beridze@example.ge", "555 123 456", kNotes};
  }
};

}  // namespace

TEST_CASE("forgetting a participant leaves no byte of their names or details in the file") {
  sealed::PlainWorkshopsForTests plain;  // a plain file, where the names can be seen on disk
  NamedRoom room;
  const std::string path = room.W().Path();
  const std::vector<Participant> others = {*room.M().FindParticipant(room.b1),
                                           *room.M().FindParticipant(room.b2),
                                           *room.M().FindParticipant(room.a2)};
  const std::string pseudonym = room.M().FindParticipant(room.a1)->pseudonym;
  room.W().SetText(Field::PartyName, Room::kPartyB, "Ἀνατολή");  // after every mention of her
  // Every name is on disk before: the test can see one.
  room.workshop.reset();
  REQUIRE(FoundOnDisk(path, {NamedRoom::kOldName, NamedRoom::kName}).size() >= 2);
  OpenAgain(room);

  ForgetReport plan = room.W().PlanForget(room.a1);
  CHECK(plan.pseudonym == pseudonym);
  CHECK(plan.names == std::vector<std::string>{NamedRoom::kOldName, NamedRoom::kName});
  CHECK(room.M().FindParticipant(room.a1)->name == NamedRoom::kName);  // the plan changes nothing
  CHECK(room.W().UndoLabel() == "rename party");

  ForgetReport done = room.W().Forget(room.a1);
  CHECK(done.reworded == plan.reworded);
  CHECK(done.undoSteps == plan.undoSteps);
  // the session log's consent, floor and note lines, the draft and the memo paragraph
  CHECK(done.reworded == 5);

  SUBCASE("the file, its -wal and its -shm hold none of it, open and after closing") {
    CHECK(FoundOnDisk(path, room.Identifying()).empty());
    CHECK(std::filesystem::file_size(path + "-wal") == 0);
    room.workshop.reset();
    CHECK(FoundOnDisk(path, room.Identifying()).empty());
  }
  SUBCASE("their row keeps the pseudonym only; the record names the pseudonym where it named them") {
    room.Reopen();
    const Participant& her = *room.M().FindParticipant(room.a1);
    CHECK(her.name == pseudonym);
    CHECK(her.role.empty());
    CHECK(her.contact.empty());
    CHECK(her.notes.empty());
    CHECK(room.M().Draft({.kind = DraftKind::Option, .session = room.session}) == "Ask " + pseudonym + " about the bridge");
    CHECK(TextOf(room.M().paragraphs, room.paragraph, &MemoParagraph::text) ==
          "[As " + pseudonym + " put it, the bridge is ours.]");
    const std::vector<LogEntry>& log = room.W().SessionLog();
    CHECK(std::any_of(log.begin(), log.end(), [&](const LogEntry& e) { return e.text == pseudonym + " has the floor."; }));
    CHECK(log.back().kind == "forget");
    CHECK(log.back().text.find(pseudonym) == 0);
  }
  SUBCASE("what is short of a whole name is reported, where it stands, and left") {
    bool story = std::any_of(done.remaining.begin(), done.remaining.end(), [](const Mention& m) {
      return m.place == "a story" && m.found == "ნინო" && m.why == "part of a name";
    });
    CHECK(story);
    // Another participant's role is theirs, whatever it shares with hers.
    CHECK(std::none_of(done.remaining.begin(), done.remaining.end(),
                       [](const Mention& m) { return m.place.starts_with("another participant"); }));
    CHECK(TextOf(room.M().stories, room.story, &Story::summary) == "ნინო told of the bridge at Gori.");
  }
  SUBCASE("undo cannot bring them back: the steps that held them are gone, later ones stay") {
    CHECK(done.undoSteps > 0);
    REQUIRE(room.W().CanUndo());
    CHECK(room.W().UndoLabel() == "rename party");
    room.W().Undo();
    CHECK(room.M().FindParty(Room::kPartyB)->name == "Second party");
    CHECK_FALSE(room.W().CanUndo());
    room.W().Redo();
    CHECK(room.M().FindParticipant(room.a1)->name == pseudonym);
    CHECK(FoundOnDisk(path, room.Identifying()).empty());
  }
  SUBCASE("the rest of the workshop is whole") {
    room.workshop.reset();
    {
      RawDb raw(path);
      CHECK(raw.Text("PRAGMA integrity_check") == "ok");
      CHECK_THROWS(raw.Exec("UPDATE session_log SET text = ''"));  // append-only again
    }
    OpenAgain(room);
    CHECK(Row(*room.M().FindParticipant(room.b1)) == Row(others[0]));
    CHECK(Row(*room.M().FindParticipant(room.b2)) == Row(others[1]));
    CHECK(Row(*room.M().FindParticipant(room.a2)) == Row(others[2]));
    CHECK(room.M().participants.size() == 4);
    CHECK(room.M().consents.size() == 1);
    CHECK(room.M().FindParty(Room::kPartyB)->name == "Ἀνατολή");
  }
}

TEST_CASE("parley forget FILE --participant PSEUDONYM: the same from the command line") {
  NamedRoom room;
  const std::string path = room.W().Path();
  const std::string pseudonym = room.M().FindParticipant(room.a1)->pseudonym;
  room.workshop.reset();
  auto run = [](const std::vector<std::string>& args) {
    return RunCommand(ParseCommandLine(parley::test::WithSealedRunPassphrase(args)));
  };

  SUBCASE("--dry-run, an unknown pseudonym and a missing one change nothing") {
    const std::string before = ReadBytes(path);
    CHECK(run({"forget", path, "--participant", pseudonym, "--dry-run"}) == kExitDone);
    CHECK(run({"forget", path, "--participant", "Participant Z9"}) == kExitUsage);
    CHECK(run({"forget", path}) == kExitUsage);
    CHECK(ReadBytes(path) == before);
  }
  SUBCASE("forgets them") {
    CHECK(run({"forget", path, "--participant", pseudonym}) == kExitDone);
    CHECK(FoundOnDisk(path, room.Identifying()).empty());
    OpenAgain(room);
    CHECK(room.M().FindParticipant(room.a1)->name == pseudonym);
  }
}

TEST_CASE("a frozen memo version that names them stays as it was sent, and is reported") {
  Room room;
  room.W().SetText(Field::ParticipantName, room.a1, "Νίκος Παπαδόπουλος");
  const std::string pseudonym = room.M().FindParticipant(room.a1)->pseudonym;
  Id memo = room.W().AddMemo("Joint memo", "");
  Id paragraph = room.W().AddParagraph(room.M().sections.front().id, "[Νίκος Παπαδόπουλος spoke first.]",
                                       ParagraphStatus::Bracketed);
  room.W().FreezeVersion(memo, "sent to the mediators");
  ForgetReport done = room.W().Forget(room.a1);
  CHECK(std::any_of(done.remaining.begin(), done.remaining.end(), [](const Mention& m) {
    return m.place == "a frozen memo version (it cannot change)" && m.found == "Νίκος Παπαδόπουλος" && m.why == "name";
  }));
  CHECK(TextOf(room.M().paragraphs, paragraph, &MemoParagraph::text) == "[" + pseudonym + " spoke first.]");
}

TEST_CASE("forgetting someone unknown changes nothing") {
  Room room;
  std::string before = Record(room.M());
  CHECK_THROWS_AS(room.W().Forget(999), Error);
  CHECK(Record(room.M()) == before);
}

// Debian's SQLite is built with secure_delete on by default; Parley turns it on for every
// connection so that this holds with any SQLite, and this test holds it to that.
TEST_CASE("what an edit deletes is zeroed on disk (secure_delete)") {
  Room room;
  const std::string path = room.W().Path();
  room.W().SetDraft({.kind = DraftKind::Rule}, "Ζωή Κάππα will not come back");
  room.W().SetDraft({.kind = DraftKind::Rule}, "");
  room.workshop.reset();  // the last connection checkpoints the -wal into the file
  CHECK(FoundOnDisk(path, {"Ζωή Κάππα"}).empty());
}

}  // namespace parley::test
