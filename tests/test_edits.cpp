// Every edit of Workshop: its effect on the Model and in the file once reopened, what it
// refuses without changing anything, and its undo and redo, also across a reopen.
//
// Sections: [fields] SetText  [parties]  [participants]  [sessions]  [undo] Undo and Redo
//           [typing] merged undo steps  [conflicts] steps that no longer fit  [writes] LastWrite
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/store/cell_changeset.hpp"
#include "core/store/db.hpp"
#include "core/store/demo.hpp"
#include "core/common/error.hpp"
#include "core/model/palette.hpp"
#include "core/store/workshop.hpp"
#include "temp_dir.hpp"
#include "workshop_probe.hpp"

using namespace parley;
using namespace parley::test;

namespace {

// The demo workshop (sessions/demo.sql): parties 1 (A) and 2 (B); participants 1-6 in party 1
// and 7-12 in party 2; sessions 1-3, where participant 2 missed session 2 and 11 missed 3.
std::unique_ptr<Workshop> Demo(const TempDir& dir) { return CreateFreshDemo(dir.File("demo.parley")); }

// A new workshop: two parties (ids 1 and 2), no participants, one session.
std::unique_ptr<Workshop> Fresh(const TempDir& dir) {
  return Workshop::Create(dir.File("fresh.parley"), "Fresh", "2026-11-23");
}

// The ids of the participants of `party`, in screen order.
std::vector<Id> MembersOf(const Model& model, Id party) {
  std::vector<Id> ids;
  for (const Participant& p : model.participants)
    if (p.partyId == party) ids.push_back(p.id);
  return ids;
}

std::vector<Id> PartyOrder(const Model& model) {
  std::vector<Id> ids;
  for (const Party& p : model.parties) ids.push_back(p.id);
  return ids;
}

// Checks that `refused` throws parley::Error with advice and changes neither the Model, nor
// the undo history, nor a byte of the file. Leaves `workshop` open on the same file.
void CheckRefused(std::unique_ptr<Workshop>& workshop, const std::function<void(Workshop&)>& refused) {
  std::string path = workshop->Path();
  workshop.reset();
  std::string bytes = ReadBytes(path);
  workshop = Workshop::Open(path);
  std::string model = Dump(workshop->Model());
  std::string undoLabel = workshop->UndoLabel();
  try {
    refused(*workshop);
    FAIL("the edit was not refused");
  } catch (const Error& e) {
    INFO("what: " << std::string(e.what()));
    CHECK_FALSE(e.Advice().empty());
  }
  CHECK(Dump(workshop->Model()) == model);
  CHECK(workshop->UndoLabel() == undoLabel);
  workshop.reset();
  CHECK_MESSAGE((ReadBytes(path) == bytes), "the refused edit changed the file");
  workshop = Workshop::Open(path);
  CHECK(Dump(workshop->Model()) == model);
}

// [fields] ------------------------------------------------------------------------------------

struct FieldCase {
  const char* name;
  Field field;
  Id id;              // ignored by Workshop for the Workshop* fields
  const char* value;  // different from the demo's
};

const FieldCase kFields[] = {
    {"workshop title", Field::WorkshopTitle, 99, "Water, work and trust"},
    {"workshop context", Field::WorkshopContext, 0, "Two towns, one river."},
    {"workshop venue", Field::WorkshopVenue, 0, "Lakeside house"},
    {"workshop language", Field::WorkshopLanguage, 0, "English and Finnish"},
    {"workshop start date", Field::WorkshopStartDate, 0, "2027-03-01"},
    {"workshop end date", Field::WorkshopEndDate, 0, "2027-03-04"},
    {"workshop confidentiality", Field::WorkshopConfidentiality, 0, "Strictly internal."},
    {"party name", Field::PartyName, 2, "Sarvi"},
    {"party short name", Field::PartyShortName, 2, "SV"},
    {"party colour", Field::PartyColour, 2, "#009E73"},
    {"participant name", Field::ParticipantName, 8, "Нино Беридзе"},
    {"participant role", Field::ParticipantRole, 8, "Paediatrician"},
    {"participant pseudonym", Field::ParticipantPseudonym, 8, "Participant B9"},
    {"participant notes", Field::ParticipantNotes, 8, "Prefers to speak last."},
    {"session date", Field::SessionDate, 2, "2026-10-16"},
    {"session title", Field::SessionTitle, 2, "Day 2: needs, fears and hopes"},
};

// The value of `field` of row `id` as the Model shows it, for the fields of kFields.
std::string ValueOf(const Model& m, Field field, Id id) {
  const Party* party = m.FindParty(id);
  const Participant* participant = m.FindParticipant(id);
  const Session* session = m.FindSession(id);
  switch (field) {
    case Field::WorkshopTitle: return m.info.title;
    case Field::WorkshopContext: return m.info.context;
    case Field::WorkshopVenue: return m.info.venue;
    case Field::WorkshopLanguage: return m.info.language;
    case Field::WorkshopStartDate: return m.info.startDate;
    case Field::WorkshopEndDate: return m.info.endDate;
    case Field::WorkshopConfidentiality: return m.info.confidentiality;
    case Field::PartyName: return party ? party->name : "<no party>";
    case Field::PartyShortName: return party ? party->shortName : "<no party>";
    case Field::PartyColour: return party ? party->colour : "<no party>";
    case Field::ParticipantName: return participant ? participant->name : "<no participant>";
    case Field::ParticipantRole: return participant ? participant->role : "<no participant>";
    case Field::ParticipantPseudonym: return participant ? participant->pseudonym : "<no participant>";
    case Field::ParticipantNotes: return participant ? participant->notes : "<no participant>";
    case Field::SessionDate: return session ? session->date : "<no session>";
    case Field::SessionTitle: return session ? session->title : "<no session>";
    default: return "<a field kFields does not cover>";
  }
}

}  // namespace

TEST_CASE("SetText changes one field, in the Model and in the file") {
  for (const FieldCase& c : kFields) {
    SUBCASE(c.name) {
      TempDir dir;
      auto workshop = Demo(dir);
      std::string value = c.value;
      std::string original = ValueOf(workshop->Model(), c.field, c.id);
      std::string demo = Dump(workshop->Model());
      REQUIRE(original != value);

      workshop->SetText(c.field, c.id, value);
      CHECK(ValueOf(workshop->Model(), c.field, c.id) == value);
      CHECK(workshop->CanUndo());
      CHECK_FALSE(workshop->UndoLabel().empty());

      Reopen(workshop);
      CHECK(ValueOf(workshop->Model(), c.field, c.id) == value);
      // Nothing else changed: putting the old value back gives the demo's model again.
      workshop->SetText(c.field, c.id, original);
      CHECK(Dump(workshop->Model()) == demo);
    }
  }
}

TEST_CASE("A text edit's undo record is the changeset SQLite's session extension records") {
  TempDir dir;
  Demo(dir).reset();
  // The same edits on two copies of the demo: one written by UpdateCell, one recorded by a
  // session of the session extension, as every other edit is.
  std::filesystem::copy_file(dir.File("demo.parley"), dir.File("direct.parley"));
  std::filesystem::copy_file(dir.File("demo.parley"), dir.File("recorded.parley"));
  db::Connection direct(dir.File("direct.parley"), SQLITE_OPEN_READWRITE, SealedRunVfs(dir.File("direct.parley")));
  db::Connection recorded(dir.File("recorded.parley"), SQLITE_OPEN_READWRITE, SealedRunVfs(dir.File("recorded.parley")));
  struct Edit {
    const char* table;
    const char* column;
    Id id;
    std::string text;
  };
  const Edit edits[] = {
      {"concern", "text", 1, "Water for both towns, \u0645\u0627\u0621 \u10EC\u10E7\u10D0\u10DA\u10D8"},
      {"participant", "notes", 2, ""},  // to empty text
      {"workshop", "venue", 1, std::string(300, 'v')},  // a length of two varint bytes
      {"score", "note", 1, "meets it, with a guarantee"},
      {"rule", "text", 1, "One voice at a time"}};
  for (const Edit& e : edits) {
    INFO(e.table << "." << e.column);
    std::string written = UpdateCell(direct, e.table, ColumnsOf(direct, e.table), e.column, e.id, e.text);
    sqlite3_session* session = nullptr;
    REQUIRE(sqlite3session_create(recorded.Handle(), "main", &session) == SQLITE_OK);
    sqlite3session_attach(session, nullptr);
    db::Statement(recorded, std::string("UPDATE ") + e.table + " SET " + e.column + " = ? WHERE id = ?")
        .Bind(1, e.text).Bind(2, e.id).Run();
    int size = 0;
    void* bytes = nullptr;
    REQUIRE(sqlite3session_changeset(session, &size, &bytes) == SQLITE_OK);
    std::string expected(static_cast<char*>(bytes), size_t(size));
    sqlite3_free(bytes);
    sqlite3session_delete(session);
    CHECK_FALSE(expected.empty());
    CHECK(written == expected);
  }
  // The same text again, or a row that is not there: no change, and no changeset.
  TableColumns concern = ColumnsOf(direct, "concern");
  CHECK(UpdateCell(direct, "concern", concern, "text", 1, edits[0].text).empty());
  CHECK(UpdateCell(direct, "concern", concern, "text", 999999, "anything").empty());
}

TEST_CASE("SetText refuses a party colour that is not #rrggbb") {
  TempDir dir;
  auto workshop = Demo(dir);
  for (std::string bad : {"red", "", "#12345", "#1234567", "#12345G", "123456#"}) {
    CAPTURE(bad);
    CheckRefused(workshop, [&](Workshop& w) { w.SetText(Field::PartyColour, 1, bad); });
  }
  CHECK(workshop->Model().FindParty(1)->colour == "#E69F00");
}

// Every field that holds a date, with a row of the demo that has it.
struct DateField {
  const char* name;
  Field field;
  Id id;
  bool mayBeEmpty;
};
const DateField kDateFields[] = {
    {"workshop start date", Field::WorkshopStartDate, 1, true},
    {"workshop end date", Field::WorkshopEndDate, 1, true},
    {"session date", Field::SessionDate, 2, false},
    {"step due date", Field::StepDue, 1, true},
    {"memo date", Field::MemoDate, 1, true},
};

TEST_CASE("SetText refuses a date that is not a day of the calendar, in every date field") {
  TempDir dir;
  auto workshop = Demo(dir);
  for (const DateField& f : kDateFields) {
    CAPTURE(std::string(f.name));
    for (std::string bad : {"2026-02-30", "2027-02-29", "2026-13-01", "2026-00-10", "2026-11-3",
                            "30.11.2026", "2026/11/30", " 2026-11-30", "tomorrow"}) {
      CAPTURE(bad);
      CheckRefused(workshop, [&](Workshop& w) { w.SetText(f.field, f.id, bad); });
    }
    bool refused = false;
    try {
      workshop->SetText(f.field, f.id, "Friday");
    } catch (const Error& e) {  // says what to type
      refused = true;
      CHECK(e.Advice().find("YYYY-MM-DD") != std::string::npos);
    }
    CHECK(refused);
    if (!f.mayBeEmpty) CheckRefused(workshop, [&](Workshop& w) { w.SetText(f.field, f.id, ""); });
  }
}

TEST_CASE("SetText writes a real date, and an empty one where the field may be empty") {
  TempDir dir;
  auto workshop = Demo(dir);
  const Model& m = workshop->Model();
  auto valueOf = [&](Field field) {
    switch (field) {
      case Field::WorkshopStartDate: return m.info.startDate;
      case Field::WorkshopEndDate: return m.info.endDate;
      case Field::SessionDate: return m.FindSession(2)->date;
      case Field::StepDue:
        return std::find_if(m.steps.begin(), m.steps.end(), [](const Step& x) { return x.id == 1; })->due;
      default: return m.memos.at(0).date;
    }
  };
  for (const DateField& f : kDateFields) {
    CAPTURE(std::string(f.name));
    workshop->SetText(f.field, f.id, "2028-02-29");  // a leap day
    CHECK(valueOf(f.field) == "2028-02-29");
    if (f.mayBeEmpty) {
      workshop->SetText(f.field, f.id, "");
      CHECK(valueOf(f.field).empty());
    }
  }
}

TEST_CASE("New sessions, memos, distributions and workshops refuse a date that is not one") {
  TempDir dir;
  auto workshop = Demo(dir);
  CheckRefused(workshop, [](Workshop& w) { w.AddSession("2026-10-32", "Day 4"); });
  CheckRefused(workshop, [](Workshop& w) { w.AddSession("", "Day 4"); });
  CheckRefused(workshop, [](Workshop& w) { w.AddMemo("Second memo", "next week"); });
  CheckRefused(workshop, [](Workshop& w) { w.AddDistribution(1, "Ministry", "14/10/2026", ""); });
  CHECK(workshop->AddMemo("Second memo", "") != 0);
  CHECK(workshop->AddDistribution(1, "Ministry", "", "") != 0);
  CHECK_THROWS_AS(Workshop::Create(dir.File("new.parley"), "New", "2026-02-29"), Error);
  CHECK_FALSE(std::filesystem::exists(dir.File("new.parley")));
}

// [parties] -----------------------------------------------------------------------------------

TEST_CASE("Parties") {
  TempDir dir;

  SUBCASE("AddParty adds a party at the end with an unused colour") {
    auto workshop = Fresh(dir);
    Id added = workshop->AddParty();
    const Party* party = workshop->Model().FindParty(added);
    REQUIRE(party != nullptr);
    CHECK(workshop->Model().parties.size() == 3);
    CHECK(workshop->Model().parties.back().id == added);
    CHECK(party->colour == kPartyPalette[2]);
    CHECK_FALSE(party->name.empty());
    std::string model = Dump(workshop->Model());
    Reopen(workshop);
    CHECK(Dump(workshop->Model()) == model);
  }

  SUBCASE("a seventh party is refused") {
    auto workshop = Fresh(dir);
    for (int i = 0; i < 4; ++i) workshop->AddParty();
    REQUIRE(workshop->Model().parties.size() == size_t(kMaxParties));
    std::vector<std::string> colours;
    for (const Party& p : workshop->Model().parties) colours.push_back(p.colour);
    std::sort(colours.begin(), colours.end());
    CHECK(std::unique(colours.begin(), colours.end()) == colours.end());
    CheckRefused(workshop, [](Workshop& w) { w.AddParty(); });
  }

  SUBCASE("RemoveParty removes an empty party") {
    auto workshop = Fresh(dir);
    Id added = workshop->AddParty();
    workshop->RemoveParty(added);
    CHECK(workshop->Model().FindParty(added) == nullptr);
    CHECK(workshop->Model().parties.size() == 2);
    Reopen(workshop);
    CHECK(workshop->Model().FindParty(added) == nullptr);
    CHECK(workshop->Model().parties.size() == 2);
  }

  SUBCASE("removing one of the last two parties is refused") {
    auto workshop = Fresh(dir);
    CheckRefused(workshop, [](Workshop& w) { w.RemoveParty(1); });
  }

  SUBCASE("removing a party that has participants is refused") {
    auto workshop = Demo(dir);
    workshop->AddParty();
    CheckRefused(workshop, [](Workshop& w) { w.RemoveParty(1); });
  }

  SUBCASE("MoveParty swaps a party with its neighbour") {
    auto workshop = Demo(dir);
    Id third = workshop->AddParty();
    workshop->MoveParty(third, -1);
    CHECK(PartyOrder(workshop->Model()) == std::vector<Id>{1, third, 2});
    workshop->MoveParty(1, +1);
    CHECK(PartyOrder(workshop->Model()) == std::vector<Id>{third, 1, 2});
    Reopen(workshop);
    CHECK(PartyOrder(workshop->Model()) == std::vector<Id>{third, 1, 2});
  }

  SUBCASE("MoveParty past either end changes nothing") {
    auto workshop = Demo(dir);
    std::string model = Dump(workshop->Model());
    workshop->MoveParty(1, -1);
    workshop->MoveParty(2, +1);
    CHECK(Dump(workshop->Model()) == model);
    CHECK_FALSE(workshop->CanUndo());
  }
}

// [participants] ------------------------------------------------------------------------------

TEST_CASE("Participants") {
  TempDir dir;
  auto workshop = Demo(dir);

  SUBCASE("AddParticipant gives a pseudonym no one has and marks them present in the latest session") {
    // Someone of party B already carries the pseudonym A7 would get.
    workshop->SetText(Field::ParticipantPseudonym, 12, "Participant A7");
    Id added = workshop->AddParticipant(1);
    const Participant* p = workshop->Model().FindParticipant(added);
    REQUIRE(p != nullptr);
    CHECK(p->partyId == 1);
    CHECK(p->pseudonym == "Participant A8");
    CHECK(MembersOf(workshop->Model(), 1).back() == added);
    CHECK(workshop->Model().Attends(3, added));
    CHECK_FALSE(workshop->Model().Attends(1, added));
    CHECK_FALSE(workshop->Model().Attends(2, added));
    std::string after = Dump(workshop->Model());
    Reopen(workshop);
    CHECK(Dump(workshop->Model()) == after);
  }

  SUBCASE("AddParticipant to a party that does not exist is refused") {
    CheckRefused(workshop, [](Workshop& w) { w.AddParticipant(42); });
  }

  SUBCASE("SetParticipantParty moves them to the end of the other party") {
    workshop->SetParticipantParty(3, 2);
    CHECK(workshop->Model().FindParticipant(3)->partyId == 2);
    CHECK(MembersOf(workshop->Model(), 2).back() == 3);
    CHECK(MembersOf(workshop->Model(), 1) == std::vector<Id>{1, 2, 4, 5, 6});
    Reopen(workshop);
    CHECK(workshop->Model().FindParticipant(3)->partyId == 2);
    CHECK(MembersOf(workshop->Model(), 2).back() == 3);
  }

  SUBCASE("RemoveParticipant removes someone added by mistake, and their attendance") {
    Id added = workshop->AddParticipant(1);  // present in session 3
    workshop->SetAttendance(1, added, true);
    workshop->RemoveParticipant(added);
    CHECK(workshop->Model().FindParticipant(added) == nullptr);
    CHECK(workshop->Model().participants.size() == 12);
    for (Id session : {1, 2, 3}) CHECK_FALSE(workshop->Model().Attends(session, added));
    CHECK(workshop->Model().CountPresent(1) == 12);
    Reopen(workshop);
    CHECK(workshop->Model().FindParticipant(added) == nullptr);
    CHECK(workshop->Model().CountPresent(1) == 12);
  }

  SUBCASE("RemoveParticipant is refused for someone who is part of the record") {
    CheckRefused(workshop, [](Workshop& w) { w.RemoveParticipant(4); });  // told a story
  }

  SUBCASE("MoveParticipant swaps them with the neighbour of their party") {
    workshop->MoveParticipant(2, -1);
    CHECK(MembersOf(workshop->Model(), 1) == std::vector<Id>{2, 1, 3, 4, 5, 6});
    workshop->MoveParticipant(9, +1);
    CHECK(MembersOf(workshop->Model(), 2) == std::vector<Id>{7, 8, 10, 9, 11, 12});
    Reopen(workshop);
    CHECK(MembersOf(workshop->Model(), 1) == std::vector<Id>{2, 1, 3, 4, 5, 6});
    CHECK(MembersOf(workshop->Model(), 2) == std::vector<Id>{7, 8, 10, 9, 11, 12});
  }

  SUBCASE("MoveParticipant passes over members of other parties") {
    workshop->SetParticipantParty(7, 1);  // now listed after all of party B
    workshop->MoveParticipant(7, -1);
    CHECK(MembersOf(workshop->Model(), 1) == std::vector<Id>{1, 2, 3, 4, 5, 7, 6});
    CHECK(MembersOf(workshop->Model(), 2) == std::vector<Id>{8, 9, 10, 11, 12});
    Reopen(workshop);
    CHECK(MembersOf(workshop->Model(), 1) == std::vector<Id>{1, 2, 3, 4, 5, 7, 6});
  }

  SUBCASE("MoveParticipant past the ends of their party changes nothing") {
    std::string before = Dump(workshop->Model());
    workshop->MoveParticipant(1, -1);
    workshop->MoveParticipant(6, +1);   // next in the list is party B's first
    workshop->MoveParticipant(7, -1);   // previous in the list is party A's last
    workshop->MoveParticipant(12, +1);
    CHECK(Dump(workshop->Model()) == before);
    CHECK_FALSE(workshop->CanUndo());
  }
}

// [sessions] ----------------------------------------------------------------------------------

TEST_CASE("Sessions and attendance") {
  TempDir dir;
  auto workshop = Demo(dir);

  SUBCASE("AddSession starts from the attendance of the latest session") {
    Id added = workshop->AddSession("2026-10-15", "Day 4: next steps");
    const Session* s = workshop->Model().FindSession(added);
    REQUIRE(s != nullptr);
    CHECK(s->date == "2026-10-15");
    CHECK(s->title == "Day 4: next steps");
    CHECK(workshop->Model().sessions.back().id == added);
    CHECK(workshop->Model().CountPresent(added) == 11);
    CHECK_FALSE(workshop->Model().Attends(added, 11));  // missed session 3
    CHECK(workshop->Model().Attends(added, 2));         // missed session 2, back in 3
    std::string after = Dump(workshop->Model());
    Reopen(workshop);
    CHECK(Dump(workshop->Model()) == after);
  }

  SUBCASE("SetAttendance marks someone absent, then present again") {
    workshop->SetAttendance(1, 5, false);
    CHECK_FALSE(workshop->Model().Attends(1, 5));
    CHECK(workshop->Model().CountPresent(1) == 11);
    Reopen(workshop);
    CHECK_FALSE(workshop->Model().Attends(1, 5));
    workshop->SetAttendance(1, 5, true);
    CHECK(workshop->Model().Attends(1, 5));
    CHECK(workshop->Model().CountPresent(1) == 12);
    Reopen(workshop);
    CHECK(workshop->Model().Attends(1, 5));
  }

  SUBCASE("SetAttendance to what it already is changes nothing") {
    std::string before = Dump(workshop->Model());
    workshop->SetAttendance(1, 5, true);
    workshop->SetAttendance(2, 2, false);
    CHECK(Dump(workshop->Model()) == before);
    CHECK_FALSE(workshop->CanUndo());
  }

  SUBCASE("SetAttendance in a session that does not exist is refused") {
    CheckRefused(workshop, [](Workshop& w) { w.SetAttendance(42, 5, true); });
  }
}

// [undo] --------------------------------------------------------------------------------------

namespace {

struct EditCase {
  const char* name;
  std::function<void(Workshop&)> prepare;  // edits before the one under test
  std::function<void(Workshop&)> edit;
};

const std::vector<EditCase>& EditCases() {
  static const std::vector<EditCase> cases = {
      {"SetText", {}, [](Workshop& w) { w.SetText(Field::ParticipantRole, 3, "Headteacher"); }},
      {"AddParty", {}, [](Workshop& w) { w.AddParty(); }},
      {"RemoveParty", [](Workshop& w) { w.AddParty(); },
       [](Workshop& w) { w.RemoveParty(w.Model().parties.back().id); }},
      {"MoveParty", {}, [](Workshop& w) { w.MoveParty(2, -1); }},
      {"AddParticipant", {}, [](Workshop& w) { w.AddParticipant(2); }},
      {"SetParticipantParty", {}, [](Workshop& w) { w.SetParticipantParty(1, 2); }},
      {"RemoveParticipant", [](Workshop& w) { w.AddParticipant(2); },
       [](Workshop& w) { w.RemoveParticipant(w.Model().participants.back().id); }},
      {"MoveParticipant", {}, [](Workshop& w) { w.MoveParticipant(5, -1); }},
      {"AddSession", {}, [](Workshop& w) { w.AddSession("2026-10-15", "Day 4"); }},
      {"SetAttendance absent", {}, [](Workshop& w) { w.SetAttendance(3, 1, false); }},
      {"SetAttendance present", {}, [](Workshop& w) { w.SetAttendance(3, 11, true); }},
  };
  return cases;
}

}  // namespace

TEST_CASE("Undo and redo of every kind of edit, also after reopening") {
  for (const EditCase& c : EditCases()) {
    SUBCASE(c.name) {
      TempDir dir;
      auto workshop = Demo(dir);
      if (c.prepare) c.prepare(*workshop);
      std::string before = Dump(workshop->Model());
      c.edit(*workshop);
      std::string after = Dump(workshop->Model());
      REQUIRE(after != before);
      REQUIRE(workshop->CanUndo());
      std::string label = workshop->UndoLabel();
      CHECK_FALSE(label.empty());

      workshop->Undo();
      CHECK(Dump(workshop->Model()) == before);
      CHECK(workshop->RedoLabel() == label);
      workshop->Redo();
      CHECK(Dump(workshop->Model()) == after);
      CHECK_FALSE(workshop->CanRedo());

      // The history is in the file: undo and redo carry on after a reopen.
      Reopen(workshop);
      CHECK(workshop->UndoLabel() == label);
      workshop->Undo();
      CHECK(Dump(workshop->Model()) == before);
      Reopen(workshop);
      CHECK(Dump(workshop->Model()) == before);
      CHECK(workshop->RedoLabel() == label);
      workshop->Redo();
      CHECK(Dump(workshop->Model()) == after);
      Reopen(workshop);
      CHECK(Dump(workshop->Model()) == after);
    }
  }
}

TEST_CASE("Undo history") {
  TempDir dir;
  auto workshop = Demo(dir);
  std::string demo = Dump(workshop->Model());

  SUBCASE("undo steps back through several edits in order, and redo forward") {
    workshop->AddParty();
    std::string one = Dump(workshop->Model());
    workshop->SetAttendance(1, 1, false);
    std::string two = Dump(workshop->Model());
    workshop->Undo();
    CHECK(Dump(workshop->Model()) == one);
    workshop->Undo();
    CHECK(Dump(workshop->Model()) == demo);
    CHECK_FALSE(workshop->CanUndo());
    workshop->Undo();  // nothing left: changes nothing
    CHECK(Dump(workshop->Model()) == demo);
    workshop->Redo();
    workshop->Redo();
    CHECK(Dump(workshop->Model()) == two);
    CHECK_FALSE(workshop->CanRedo());
  }

  SUBCASE("a new edit clears what could be redone") {
    workshop->SetText(Field::WorkshopVenue, 0, "Somewhere else");
    workshop->Undo();
    REQUIRE(workshop->CanRedo());
    workshop->SetAttendance(1, 1, false);
    CHECK_FALSE(workshop->CanRedo());
    std::string now = Dump(workshop->Model());
    workshop->Redo();
    CHECK(Dump(workshop->Model()) == now);
    Reopen(workshop);
    CHECK_FALSE(workshop->CanRedo());
  }
}

// [typing] ------------------------------------------------------------------------------------

TEST_CASE("Typing in one field is one undo step") {
  TempDir dir;
  auto workshop = Demo(dir);
  std::string demo = Dump(workshop->Model());

  SUBCASE("a burst of SetText calls on one field undoes at once") {
    for (const char* typed : {"M", "Ma", "Mar", "Mart", "Marta", "Marta K."})
      workshop->SetText(Field::ParticipantName, 1, typed);
    CHECK(workshop->Model().FindParticipant(1)->name == "Marta K.");
    workshop->Undo();
    CHECK(workshop->Model().FindParticipant(1)->name == "Marta Kovač");
    CHECK_FALSE(workshop->CanUndo());
    workshop->Redo();
    CHECK(workshop->Model().FindParticipant(1)->name == "Marta K.");
  }

  SUBCASE("the merged step is kept in the file") {
    for (const char* typed : {"S", "Sa", "Sal"}) workshop->SetText(Field::WorkshopVenue, 0, typed);
    Reopen(workshop);
    workshop->Undo();
    CHECK(Dump(workshop->Model()) == demo);
  }

  SUBCASE("another field in between starts a new step") {
    workshop->SetText(Field::ParticipantName, 1, "Marta K.");
    workshop->SetText(Field::ParticipantRole, 1, "Councillor");
    workshop->SetText(Field::ParticipantName, 1, "Marta Kovac");
    workshop->Undo();
    CHECK(workshop->Model().FindParticipant(1)->name == "Marta K.");
    CHECK(workshop->Model().FindParticipant(1)->role == "Councillor");
    workshop->Undo();
    CHECK(workshop->Model().FindParticipant(1)->role != "Councillor");
    CHECK(workshop->Model().FindParticipant(1)->name == "Marta K.");
  }

  SUBCASE("the same field of another row is another step") {
    workshop->SetText(Field::ParticipantName, 1, "Marta K.");
    workshop->SetText(Field::ParticipantName, 2, "José A.");
    workshop->Undo();
    CHECK(workshop->Model().FindParticipant(2)->name == "José Alvarenga");
    CHECK(workshop->Model().FindParticipant(1)->name == "Marta K.");
  }

  SUBCASE("fields of the same name in different tables are different steps") {
    // The workshop's title and session 1's title; a party's name and participant 1's name.
    workshop->SetText(Field::WorkshopTitle, 0, "New workshop title");
    workshop->SetText(Field::SessionTitle, 1, "New session title");
    workshop->Undo();
    CHECK(workshop->Model().FindSession(1)->title == "Day 1: opening and stories");
    CHECK(workshop->Model().info.title == "New workshop title");

    workshop->SetText(Field::PartyName, 1, "Upstream");
    workshop->SetText(Field::ParticipantName, 1, "Marta K.");
    workshop->Undo();
    CHECK(workshop->Model().FindParticipant(1)->name == "Marta Kovač");
    CHECK(workshop->Model().FindParty(1)->name == "Upstream");
  }

  SUBCASE("typing after an undo starts a new step") {
    workshop->SetText(Field::WorkshopVenue, 0, "First");
    workshop->Undo();
    workshop->SetText(Field::WorkshopVenue, 0, "Second");
    workshop->SetText(Field::WorkshopVenue, 0, "Second try");
    workshop->Undo();
    CHECK(Dump(workshop->Model()) == demo);
    CHECK_FALSE(workshop->CanUndo());
  }
}

// [conflicts] ---------------------------------------------------------------------------------

TEST_CASE("A step that no longer matches the record is refused, changing nothing") {
  TempDir dir;
  auto workshop = Demo(dir);
  std::string path = workshop->Path();

  SUBCASE("undo after another program changed the same field") {
    workshop->SetText(Field::ParticipantName, 1, "Marta K.");
    workshop.reset();
    RawDb(path).Exec("UPDATE participant SET name = 'Changed elsewhere' WHERE id = 1");
    workshop = Workshop::Open(path);
    CheckRefused(workshop, [](Workshop& w) { w.Undo(); });
    CHECK(workshop->Model().FindParticipant(1)->name == "Changed elsewhere");
    CHECK(workshop->CanUndo());
  }

  SUBCASE("undo of an added participant after another program recorded their attendance") {
    Id added = workshop->AddParticipant(1);
    workshop.reset();
    RawDb(path).Exec("INSERT INTO attendance (session_id, participant_id) VALUES (1, " +
                     std::to_string(added) + ")");
    workshop = Workshop::Open(path);
    CheckRefused(workshop, [](Workshop& w) { w.Undo(); });
    CHECK(workshop->Model().FindParticipant(added) != nullptr);
  }

  SUBCASE("redo after another program took the row's id") {
    Id added = workshop->AddParticipant(2);
    workshop->Undo();
    workshop.reset();
    RawDb(path).Exec("INSERT INTO participant (id, position, party_id, name) VALUES (" +
                     std::to_string(added) + ", 99, 1, 'Someone else')");
    workshop = Workshop::Open(path);
    CheckRefused(workshop, [](Workshop& w) { w.Redo(); });
    CHECK(workshop->Model().FindParticipant(added)->name == "Someone else");
    CHECK(workshop->CanRedo());
  }
}

// [writes] ------------------------------------------------------------------------------------

TEST_CASE("LastWrite") {
  TempDir dir;
  auto workshop = Demo(dir);

  SUBCASE("is empty after opening and set by an edit") {
    CHECK_FALSE(workshop->LastWrite().has_value());
    auto start = std::chrono::system_clock::now();
    workshop->SetAttendance(1, 1, false);
    auto end = std::chrono::system_clock::now();
    REQUIRE(workshop->LastWrite().has_value());
    CHECK(*workshop->LastWrite() >= start);
    CHECK(*workshop->LastWrite() <= end);
    Reopen(workshop);
    CHECK_FALSE(workshop->LastWrite().has_value());
  }

  SUBCASE("is set by undo") {
    workshop->SetAttendance(1, 1, false);
    Reopen(workshop);
    workshop->Undo();
    CHECK(workshop->LastWrite().has_value());
  }

  SUBCASE("stays empty after an edit that changes nothing, which leaves no undo step") {
    workshop->SetText(Field::WorkshopTitle, 0, workshop->Model().info.title);
    workshop->SetParticipantParty(1, 1);
    workshop->RemoveParticipant(4242);
    CHECK_FALSE(workshop->LastWrite().has_value());
    CHECK_FALSE(workshop->CanUndo());
  }
}
