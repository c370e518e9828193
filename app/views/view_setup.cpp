// Set-up: the workshop's details, its parties, its participants and its sessions.
//
// [SECTION] Derived data (recomputed when the Model, the session or the open rows change)
// [SECTION] Workshop details
// [SECTION] Parties
// [SECTION] Participants
// [SECTION] Sessions
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <unordered_map>

#include "core/common/text.hpp"
#include "core/model/palette.hpp"
#include "views/rtl_text.hpp"
#include "views/view_setup.hpp"
#include "views/widgets.hpp"
#include "views/workbench.hpp"

namespace parley::ui {

namespace {

// A labelled one-line field bound to a workshop field; writes each change at once.
void Field1(Workbench& app, const char* label, Field field, Id id, const std::string& value,
            const char* hint = "") {
  if (ImGui::GetCurrentTable()) ImGui::SetNextItemWidth(-FLT_MIN);  // fill the table cell
  std::string edited;
  if (TextField(label, value, &edited, hint))
    app.Request([=](Workshop& w) { w.SetText(field, id, edited); });
}

// A date field of the record: written once the text typed is a whole date (or empty, where the
// field may be empty); until then the text stays in `drafts`.
void DateField1(Workbench& app, const char* label, Field field, Id id, const std::string& value,
                bool mayBeEmpty) {
  if (ImGui::GetCurrentTable()) ImGui::SetNextItemWidth(-FLT_MIN);  // fill the table cell
  std::string date;
  if (DateField(label, value, app.setup.dates, mayBeEmpty, &date))
    app.Request([=](Workshop& w) { w.SetText(field, id, date); });
}

void SectionTitle(const char* title) {
  ImGui::Spacing();
  ImGui::SetWindowFontScale(1.25f);
  ImGui::TextUnformatted(title);
  ImGui::SetWindowFontScale(1.0f);
  ImGui::Separator();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Derived data

constexpr Id kTopParts[] = {kDetailsPart, kPartiesPart, kParticipantsPart};  // above the tables

bool Stale(const SetupDerived& d, const Model& model, const SetupView& view, Id session) {
  return d.revision != model.revision || d.sessionId != session || d.expanded != view.expanded;
}

void Derive(const Model& model, const SetupView& view, Id session, SetupDerived& d) {
  d = SetupDerived{};
  d.revision = model.revision;
  d.sessionId = session;
  d.expanded = view.expanded;

  std::unordered_map<Id, int> partyIndex;
  for (size_t i = 0; i < model.parties.size(); ++i) {
    const Party& party = model.parties[i];
    partyIndex[party.id] = int(i);
    d.addLabels.push_back("Add participant to " + ShortName(party));
  }
  d.parts.Edit().assign(std::begin(kTopParts), std::end(kTopParts));
  for (const Party& party : model.parties) d.parts.Edit().push_back(party.id);
  d.rows.resize(model.parties.size());
  std::unordered_map<Id, size_t> participantIndex;
  for (size_t i = 0; i < model.participants.size(); ++i) {
    const Participant& person = model.participants[i];
    participantIndex[person.id] = i;
    auto party = partyIndex.find(person.partyId);
    d.partyOf.push_back(party == partyIndex.end() ? -1 : party->second);
    if (party == partyIndex.end()) continue;  // a table per party: no party, no row
    std::vector<SetupRow>& rows = d.rows[size_t(party->second)];
    rows.push_back(SetupRow{i, false});
    if (view.expanded.count(person.id)) rows.push_back(SetupRow{i, true});
  }
  // As Model::Attends and Model::CountPresent, for every row and session at once.
  std::unordered_map<Id, size_t> sessionIndex;
  for (size_t i = 0; i < model.sessions.size(); ++i) sessionIndex[model.sessions[i].id] = i;
  d.present.assign(model.participants.size(), false);
  d.presentCount.assign(model.sessions.size(), 0);
  for (const Attendance& a : model.attendance) {
    if (auto s = sessionIndex.find(a.sessionId); s != sessionIndex.end()) ++d.presentCount[s->second];
    if (a.sessionId != session) continue;
    if (auto p = participantIndex.find(a.participantId); p != participantIndex.end()) d.present[p->second] = true;
  }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Workshop details

// A long text of the workshop, read in full and opened as a field by a click, with its label.
void LongText(Workbench& app, int which, const char* label, Field field, const std::string& value, const char* hint) {
  std::string edited;
  if (EditableText(app.setup.open, 1, which, label, value, hint, ImGui::CalcItemWidth(), &edited, {.roomLines = 2}))
    app.Request([=](Workshop& w) { w.SetText(field, 1, edited); });
  ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
  ImGui::TextUnformatted(label);
}

void DrawDetails(Workbench& app) {
  const WorkshopInfo& info = app.workshop->Model().info;
  SectionTitle("Workshop");
  float em = ImGui::GetFontSize();
  ImGui::PushItemWidth(-em * 9);
  Field1(app, "Title", Field::WorkshopTitle, 1, info.title, "what the workshop is about");
  LongText(app, 1, "Context", Field::WorkshopContext, info.context, "what the conflict is, for the facilitators");
  Field1(app, "Venue", Field::WorkshopVenue, 1, info.venue, "kept internal unless you allow it");
  Field1(app, "Language", Field::WorkshopLanguage, 1, info.language, "working language(s)");
  ImGui::PopItemWidth();
  ImGui::SetNextItemWidth(em * 8);
  DateField1(app, "##start", Field::WorkshopStartDate, 1, info.startDate, true);
  ImGui::SameLine();
  ImGui::TextUnformatted("to");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(em * 8);
  DateField1(app, "Dates##end", Field::WorkshopEndDate, 1, info.endDate, true);
  ImGui::PushItemWidth(-em * 9);
  LongText(app, 2, "Confidentiality note", Field::WorkshopConfidentiality, info.confidentiality,
           "what the participants agreed about the record");
  ImGui::PopItemWidth();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Parties

void DrawColourPicker(Workbench& app, const Party& party) {
  float size = ImGui::GetFrameHeight();
  if (ImGui::ColorButton("##colour", ImGui::ColorConvertU32ToFloat4(ParseColour(party.colour)),
                         ImGuiColorEditFlags_NoTooltip, ImVec2(size, size)))
    ImGui::OpenPopup("colours");
  Track("Party colour");
  if (ImGui::BeginPopup("colours")) {
    ImGui::TextUnformatted("Colour");
    for (std::string_view colour : kPartyPalette) {
      ImGui::PushID(colour.data());
      ImVec4 rgba = ImGui::ColorConvertU32ToFloat4(ParseColour(colour));
      if (ImGui::ColorButton("##choice", rgba, ImGuiColorEditFlags_NoTooltip, ImVec2(size * 1.5f, size * 1.5f))) {
        app.Request([id = party.id, colour](Workshop& w) { w.SetText(Field::PartyColour, id, colour); });
        ImGui::CloseCurrentPopup();
      }
      Track("Colour choice");
      ImGui::PopID();
      ImGui::SameLine();
    }
    ImGui::NewLine();
    ImGui::EndPopup();
  }
}

// Up and down buttons; calls move(-1) or move(+1).
template <class Move>
void OrderButtons(Move move) {
  if (ImGui::ArrowButton("##up", ImGuiDir_Up)) move(-1);
  Track("Move up");
  ImGui::SameLine(0, 2);
  if (ImGui::ArrowButton("##down", ImGuiDir_Down)) move(+1);
  Track("Move down");
}

void DrawParties(Workbench& app) {
  const Model& model = app.workshop->Model();
  SectionTitle("Parties");
  Hint("Two to six sides. Each gets an equal column in every phase; the colours rank no one.");
  ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
  if (ImGui::BeginTable("parties", 5, flags)) {
    ImGui::TableSetupColumn("Colour", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Short name", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("Order", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    for (const Party& party : model.parties) {
      PushId(party.id);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      DrawColourPicker(app, party);
      ImGui::TableNextColumn();
      Field1(app, "##party name", Field::PartyName, party.id, party.name, "name of this side");
      ImGui::TableNextColumn();
      Field1(app, "##short name", Field::PartyShortName, party.id, party.shortName, "short");
      ImGui::TableNextColumn();
      OrderButtons([&](int delta) { app.Request([id = party.id, delta](Workshop& w) { w.MoveParty(id, delta); }); });
      ImGui::TableNextColumn();
      ImGui::BeginDisabled(int(model.parties.size()) <= kMinParties);
      if (SmallButton("Remove party")) app.Request([id = party.id](Workshop& w) { w.RemoveParty(id); });
      ImGui::EndDisabled();
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  ImGui::BeginDisabled(int(model.parties.size()) >= kMaxParties);
  if (Button("Add party")) app.Request([](Workshop& w) { w.AddParty(); });
  ImGui::EndDisabled();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Participants

void DrawPartyCombo(Workbench& app, const Participant& person, int partyOf) {
  const Model& model = app.workshop->Model();
  const Party* current = partyOf < 0 ? nullptr : &model.parties[size_t(partyOf)];
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (UserCombo("##party", current ? current->shortName.c_str() : "?")) {
    for (const Party& party : model.parties) {
      PushId(party.id);
      if (Selectable(party.name.c_str(), party.id == person.partyId))
        app.Request([id = person.id, to = party.id](Workshop& w) { w.SetParticipantParty(id, to); });
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  Track("Party of participant");
}

// A second row under a participant: what the memo may say of them, and what it must not.
void DrawParticipantDetails(Workbench& app, const Participant& person) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TableNextColumn();
  Field1(app, "##general role", Field::ParticipantGeneralRole, person.id, person.generalRole,
         "role in general terms, e.g. journalist");
  ImGui::TableNextColumn();
  Field1(app, "##contact", Field::ParticipantContact, person.id, person.contact, "contact details");
  ImGui::TableNextColumn();
  Field1(app, "##notes", Field::ParticipantNotes, person.id, person.notes, "notes");
  ImGui::TableSetColumnIndex(6);
  // What forgetting them would do is read now, once, so that the dialog opens in this frame: a
  // frame is drawn after input only while it settles.
  if (SmallButton("Forget this person..."))
    app.Try([&] { app.setup.forget = {person.id, PersonName(person), app.workshop->PlanForget(person.id), false}; });
}

// One point of a list, wrapped at the window's edge.
void Point(const std::string& text) {
  ImGui::Bullet();
  ImGui::TextWrapped("%s", text.c_str());
}

// The places that still name or describe someone being forgotten, one a line.
void DrawMentions(const std::vector<Mention>& remaining) {
  float em = ImGui::GetFontSize();
  ImGui::BeginChild("mentions", ImVec2(0, std::min(float(remaining.size()) + 0.5f, 8.0f) * ImGui::GetTextLineHeightWithSpacing() + em * 0.5f), true);
  for (const Mention& m : remaining) Point(m.place + ": \"" + m.found + "\" (" + m.why + ")");
  ImGui::EndChild();
}

// Forgetting someone who withdraws: what it does, said plainly, one confirmation, and what is left.
void DrawForgetDialog(Workbench& app) {
  ForgetDialog& dialog = app.setup.forget;
  constexpr const char* kTitle = "Forget this person";
  if (dialog.participant == 0) return;
  if (!ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
  float em = ImGui::GetFontSize();
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(em * 36, 0));
  if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  const ForgetReport& plan = dialog.plan;
  ImGui::PushTextWrapPos(0.0f);
  if (!dialog.done) {
    ImGui::Text("Forget %s for good?", dialog.name.c_str());
    ImGui::TextUnformatted("For someone who withdraws from the workshop. Parley will:");
    Point("call them \"" + plan.pseudonym + "\" in this file from now on, and empty their role, contact, notes "
          "and role in general terms;");
    if (plan.reworded > 0)
      Point("put \"" + plan.pseudonym + "\" in place of their name (" + JoinList(plan.names) + ") in " +
            Counted(plan.reworded, "text", "texts") + ": the record, the memo, the session log and text being typed;");
    if (plan.undoSteps > 0)
      Point("remove " + Counted(plan.undoSteps, "step", "steps") +
            " of the undo history that hold anything of theirs, or come before one that does;");
    Point("rebuild the file, so that no deleted copy of their name stays on the disk.");
    ImGui::TextUnformatted("The session log records that a participant was forgotten, without their name. "
                           "Copies of this file, and internal reports or JSON exports written before, are "
                           "files of their own that Parley cannot reach: delete them yourself.");
    ImGui::TextColored(WarningColour(), "This cannot be undone.");
    if (!plan.remaining.empty()) {
      ImGui::Spacing();
      ImGui::TextUnformatted("Left as they are (a part of a name can be a word of the text too). To have them "
                             "gone as well, cancel, reword them, then forget:");
      DrawMentions(plan.remaining);
    }
    ImGui::Spacing();
    if (Button("Forget them for good"))
      app.Request([&dialog](Workshop& w) {
        dialog.plan = w.Forget(dialog.participant);
        dialog.name.clear();  // not kept on screen, nor in memory, once forgotten
        dialog.done = true;
      });
    ImGui::SameLine();
    if (Button("Cancel")) {
      dialog = {};
      ImGui::CloseCurrentPopup();
    }
  } else {
    ImGui::Text("%s is forgotten.", plan.pseudonym.c_str());
    if (plan.remaining.empty()) {
      ImGui::TextUnformatted("Nothing in this file says who they were any more.");
    } else {
      ImGui::TextUnformatted("These still name or describe them; reword them yourself:");
      DrawMentions(plan.remaining);
    }
    if (Button("OK")) {
      dialog = {};
      ImGui::CloseCurrentPopup();
    }
  }
  ImGui::PopTextWrapPos();
  EndModal(app);
}

void DrawParticipantRow(Workbench& app, const Participant& person, size_t index) {
  const SetupDerived& d = app.setup.derived;
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  bool present = d.present[index];
  ImGui::BeginDisabled(app.sessionId == 0);
  if (Checkbox("##present", &present))
    app.Request([session = app.sessionId, id = person.id, present](Workshop& w) {
      w.SetAttendance(session, id, present);
    });
  ImGui::EndDisabled();
  ImGui::TableNextColumn();
  // As the derived rows are: a toggle shows from the next frame on, arrow and row together.
  bool open = d.expanded.count(person.id) != 0;
  if (ImGui::ArrowButton("##more", open ? ImGuiDir_Down : ImGuiDir_Right)) {
    if (open)
      app.setup.expanded.erase(person.id);
    else
      app.setup.expanded.insert(person.id);
  }
  Track("Participant details");
  ImGui::SameLine();
  if (app.setup.added == person.id) {
    ImGui::SetScrollHereY(0.5f);
    ImGui::SetKeyboardFocusHere();
    app.setup.added = 0;
  }
  Field1(app, "##name", Field::ParticipantName, person.id, person.name, "full name");
  ImGui::TableNextColumn();
  Field1(app, "##role", Field::ParticipantRole, person.id, person.role, "role or affiliation");
  ImGui::TableNextColumn();
  Field1(app, "##pseudonym", Field::ParticipantPseudonym, person.id, person.pseudonym);
  ImGui::TableNextColumn();
  DrawPartyCombo(app, person, d.partyOf[index]);
  ImGui::TableNextColumn();
  OrderButtons([&](int delta) {
    app.Request([id = person.id, delta](Workshop& w) { w.MoveParticipant(id, delta); });
  });
  ImGui::TableNextColumn();
  if (SmallButton("Remove")) app.Request([id = person.id](Workshop& w) { w.RemoveParticipant(id); });
}

void DrawParticipantsOf(Workbench& app, size_t partyIndex) {
  const Model& model = app.workshop->Model();
  const Party& party = model.parties[partyIndex];
  const std::vector<SetupRow>& rows = app.setup.derived.rows[partyIndex];
  PushId(party.id);
  ColourSwatch(party.colour);
  ImGui::SameLine();
  UserText(party.name);
  ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
  if (ImGui::BeginTable("participants", 7, flags)) {
    ImGui::TableSetupColumn("Present", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Role or affiliation", ImGuiTableColumnFlags_WidthStretch, 2.5f);
    ImGui::TableSetupColumn("Pseudonym (used outside)", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn("Party", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Order", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    // Every row, details row included, is one line of fields high: the clipper draws only
    // those in view.
    ImGuiListClipper clipper;
    clipper.Begin(int(rows.size()));
    // The row of a participant just added is drawn wherever it is, to be scrolled to.
    for (size_t r = 0; r < rows.size() && app.setup.added != 0; ++r)
      if (model.participants[rows[r].participant].id == app.setup.added)
        clipper.ForceDisplayRangeByIndices(int(r), int(r) + 1);
    while (clipper.Step()) {
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
        const SetupRow& row = rows[size_t(r)];
        const Participant& person = model.participants[row.participant];
        PushId(person.id);
        if (row.details)
          DrawParticipantDetails(app, person);
        else
          DrawParticipantRow(app, person, row.participant);
        ImGui::PopID();
      }
    }
    ImGui::EndTable();
  }
  if (SmallButton(app.setup.derived.addLabels[partyIndex].c_str()))
    app.Request(
        [&view = app.setup, id = party.id](Workshop& w) { view.added = w.AddParticipant(id); });
  Track("Add participant");
  ImGui::Spacing();
  ImGui::PopID();
}

void DrawParticipantsTitle() {
  SectionTitle("Participants");
  Hint("Names, roles and contact details stay in this file. Anything that leaves Parley uses the "
       "pseudonym, and the memo's \"who met\" only the role in general terms (open a row with its "
       "arrow). \"Present\" is attendance at the session in use.");
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Sessions

void DrawSessions(Workbench& app) {
  const Model& model = app.workshop->Model();
  const SetupDerived& d = app.setup.derived;
  SectionTitle("Sessions");
  Hint("Each sitting of the workshop is a session. What is recorded belongs to the session in use.");
  if (ImGui::BeginTable("sessions", 3, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
    ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Present", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;  // rows of one line of fields: only those in view are drawn
    clipper.Begin(int(model.sessions.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const Session& session = model.sessions[size_t(i)];
        PushId(session.id);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        DateField1(app, "##date", Field::SessionDate, session.id, session.date, false);
        ImGui::TableNextColumn();
        Field1(app, "##title", Field::SessionTitle, session.id, session.title, "e.g. Day 1, morning");
        ImGui::TableNextColumn();
        ImGui::Text("%d of %zu%s", d.presentCount[size_t(i)], model.participants.size(),
                    session.id == app.sessionId ? "  (in use)" : "");
        ImGui::PopID();
      }
    }
    ImGui::EndTable();
  }
}

// The height of a part never drawn yet, for the scroll bar: that of a party's table of the
// average length (the parts above the tables are drawn, and measured, before any table).
float TableEstimate(const SetupDerived& d) {
  size_t rows = 0;
  for (const std::vector<SetupRow>& table : d.rows) rows += table.size();
  float average = d.rows.empty() ? 0.0f : float(rows) / float(d.rows.size());
  const ImGuiStyle& style = ImGui::GetStyle();
  float row = ImGui::GetFrameHeight() + style.CellPadding.y * 2;
  float header = ImGui::GetTextLineHeight() + style.CellPadding.y * 2;
  // The party's name and "Add participant", a line each; the header and the rows; the spacing
  // after the table and the Spacing() that ends the part.
  return ImGui::GetTextLineHeightWithSpacing() * 2 + header + row * average + style.ItemSpacing.y * 2;
}

}  // namespace

void DrawSetupView(Workbench& app) {
  SetupView& view = app.setup;
  const Model& model = app.workshop->Model();
  if (Stale(view.derived, model, view, app.sessionId)) Derive(model, view, app.sessionId, view.derived);
  // With many participants and sessions most of the view is out of sight: only the parts in view
  // are drawn, and the clipper of each table draws only its rows in view. The sessions, last, are
  // always drawn (their clipper makes that cheap): a part below all others that was never in
  // view would be stood in for by an estimate, and the scroll bar be off until it was.
  const ItemIds& parts = view.derived.parts;
  DrawLazyList(view.parts, parts, TableEstimate(view.derived), [&](size_t i) {
    switch (parts[i]) {
      case kDetailsPart: DrawDetails(app); break;
      case kPartiesPart: DrawParties(app); break;
      case kParticipantsPart: DrawParticipantsTitle(); break;
      default: DrawParticipantsOf(app, i - std::size(kTopParts)); break;
    }
  });
  DrawSessions(app);
  DrawForgetDialog(app);
}

}  // namespace parley::ui
