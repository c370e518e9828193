// Set-up: the workshop's details, its parties, its participants and its sessions.
//
// [SECTION] Workshop details
// [SECTION] Parties
// [SECTION] Participants
// [SECTION] Sessions
#include <imgui.h>
#include <imgui_internal.h>

#include <string>

#include "core/palette.hpp"
#include "views/views.hpp"
#include "views/widgets.hpp"

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

void SectionTitle(const char* title) {
  ImGui::Spacing();
  ImGui::SetWindowFontScale(1.25f);
  ImGui::TextUnformatted(title);
  ImGui::SetWindowFontScale(1.0f);
  ImGui::Separator();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Workshop details

void DrawDetails(Workbench& app) {
  const WorkshopInfo& info = app.workshop->Model().info;
  SectionTitle("Workshop");
  float em = ImGui::GetFontSize();
  ImGui::PushItemWidth(-em * 9);
  Field1(app, "Title", Field::WorkshopTitle, 1, info.title, "what the workshop is about");
  std::string edited;
  if (TextArea("Context", info.context, &edited, em * 4.5f))
    app.Request([=](Workshop& w) { w.SetText(Field::WorkshopContext, 1, edited); });
  Field1(app, "Venue", Field::WorkshopVenue, 1, info.venue, "kept internal unless you allow it");
  Field1(app, "Language", Field::WorkshopLanguage, 1, info.language, "working language(s)");
  ImGui::PopItemWidth();
  ImGui::SetNextItemWidth(em * 8);
  Field1(app, "##start", Field::WorkshopStartDate, 1, info.startDate, "YYYY-MM-DD");
  ImGui::SameLine();
  ImGui::TextUnformatted("to");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(em * 8);
  Field1(app, "Dates##end", Field::WorkshopEndDate, 1, info.endDate, "YYYY-MM-DD");
  ImGui::PushItemWidth(-em * 9);
  if (TextArea("Confidentiality note", info.confidentiality, &edited, em * 3.0f))
    app.Request([=](Workshop& w) { w.SetText(Field::WorkshopConfidentiality, 1, edited); });
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
      ImGui::PushID(int(party.id));
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

void DrawPartyCombo(Workbench& app, const Participant& person) {
  const Model& model = app.workshop->Model();
  const Party* current = model.FindParty(person.partyId);
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::BeginCombo("##party", current ? current->shortName.c_str() : "?")) {
    for (const Party& party : model.parties) {
      ImGui::PushID(int(party.id));
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
}

void DrawParticipantsOf(Workbench& app, const Party& party) {
  const Model& model = app.workshop->Model();
  ImGui::PushID(int(party.id));
  ColourSwatch(party.colour);
  ImGui::SameLine();
  ImGui::TextUnformatted(party.name.c_str());
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
    for (const Participant& person : model.participants) {
      if (person.partyId != party.id) continue;
      ImGui::PushID(int(person.id));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      bool present = model.Attends(app.sessionId, person.id);
      ImGui::BeginDisabled(app.sessionId == 0);
      if (Checkbox("##present", &present))
        app.Request([session = app.sessionId, id = person.id, present](Workshop& w) {
          w.SetAttendance(session, id, present);
        });
      ImGui::EndDisabled();
      ImGui::TableNextColumn();
      bool open = app.setup.expanded.count(person.id) != 0;
      if (ImGui::ArrowButton("##more", open ? ImGuiDir_Down : ImGuiDir_Right)) {
        if (open)
          app.setup.expanded.erase(person.id);
        else
          app.setup.expanded.insert(person.id);
      }
      Track("Participant details");
      ImGui::SameLine();
      Field1(app, "##name", Field::ParticipantName, person.id, person.name, "full name");
      ImGui::TableNextColumn();
      Field1(app, "##role", Field::ParticipantRole, person.id, person.role, "role or affiliation");
      ImGui::TableNextColumn();
      Field1(app, "##pseudonym", Field::ParticipantPseudonym, person.id, person.pseudonym);
      ImGui::TableNextColumn();
      DrawPartyCombo(app, person);
      ImGui::TableNextColumn();
      OrderButtons([&](int delta) {
        app.Request([id = person.id, delta](Workshop& w) { w.MoveParticipant(id, delta); });
      });
      ImGui::TableNextColumn();
      if (SmallButton("Remove")) app.Request([id = person.id](Workshop& w) { w.RemoveParticipant(id); });
      if (open) DrawParticipantDetails(app, person);
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  std::string add = "Add participant to " + (party.shortName.empty() ? party.name : party.shortName);
  if (SmallButton(add.c_str())) app.Request([id = party.id](Workshop& w) { w.AddParticipant(id); });
  Track("Add participant");
  ImGui::Spacing();
  ImGui::PopID();
}

void DrawParticipants(Workbench& app) {
  const Model& model = app.workshop->Model();
  SectionTitle("Participants");
  Hint("Names, roles and contact details stay in this file. Anything that leaves Parley uses the "
       "pseudonym, and the memo's \"who met\" only the role in general terms (open a row with its "
       "arrow). \"Present\" is attendance at the session in use.");
  for (const Party& party : model.parties) DrawParticipantsOf(app, party);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Sessions

void DrawSessions(Workbench& app) {
  const Model& model = app.workshop->Model();
  SectionTitle("Sessions");
  Hint("Each sitting of the workshop is a session. What is recorded belongs to the session in use.");
  if (ImGui::BeginTable("sessions", 3, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
    ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Present", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    for (const Session& session : model.sessions) {
      ImGui::PushID(int(session.id));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      Field1(app, "##date", Field::SessionDate, session.id, session.date, "YYYY-MM-DD");
      ImGui::TableNextColumn();
      Field1(app, "##title", Field::SessionTitle, session.id, session.title, "e.g. Day 1, morning");
      ImGui::TableNextColumn();
      ImGui::Text("%d of %zu%s", model.CountPresent(session.id), model.participants.size(),
                  session.id == app.sessionId ? "  (in use)" : "");
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
}

}  // namespace

void DrawSetupView(Workbench& app) {
  DrawDetails(app);
  DrawParties(app);
  DrawParticipants(app);
  DrawSessions(app);
}

}  // namespace parley::ui
