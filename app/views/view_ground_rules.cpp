// Ground rules: the rules of this workshop, each participant's agreement in the session in
// use, and a read-aloud mode that shows the rules large for the room.
//
// [SECTION] Derived data (recomputed when the Model or the session changes)
// [SECTION] Rules
// [SECTION] Consent grid
// [SECTION] Read-aloud mode
#include <imgui.h>

#include <algorithm>
#include <charconv>
#include <ctime>
#include <string_view>
#include <unordered_map>

#include "core/method/ground_rules.hpp"
#include "views/fonts.hpp"
#include "views/rtl_text.hpp"
#include "views/stepper.hpp"
#include "views/view_ground_rules.hpp"
#include "views/widgets.hpp"
#include "views/workbench.hpp"

namespace parley::ui {

namespace {

// "09:14" in local time from a stored ISO 8601 UTC time stamp.
std::string LocalClock(const std::string& iso) {
  std::tm utc{};
  if (!strptime(iso.c_str(), "%Y-%m-%dT%H:%M:%SZ", &utc)) return iso;
  std::time_t secs = timegm(&utc);
  std::tm local{};
  localtime_r(&secs, &local);
  char text[8];
  std::strftime(text, sizeof text, "%H:%M", &local);
  return text;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Derived data

bool Stale(const GroundRulesDerived& d, const Model& model, Id session) {
  return d.revision != model.revision || d.sessionId != session || d.fontSize != ImGui::GetFontSize();
}

void Derive(const Model& model, Id session, GroundRulesDerived& d) {
  d = GroundRulesDerived{};
  d.revision = model.revision;
  d.sessionId = session;
  d.fontSize = ImGui::GetFontSize();

  std::unordered_map<Id, size_t> participantIndex;
  for (size_t i = 0; i < model.participants.size(); ++i) participantIndex[model.participants[i].id] = i;
  // As Model::CountPresent, Model::Attends and HeldConsent, for every row at once.
  int presentCount = 0, agreed = 0;
  std::vector<bool> present(model.participants.size(), false);
  for (const Attendance& a : model.attendance) {
    if (a.sessionId != session) continue;
    ++presentCount;
    if (auto p = participantIndex.find(a.participantId); p != participantIndex.end()) present[p->second] = true;
  }
  // A consent given in an earlier session holds, the latest one, unless the session asks the
  // room to reaffirm.
  std::unordered_map<Id, size_t> sessionIndex;
  for (size_t i = 0; i < model.sessions.size(); ++i) sessionIndex[model.sessions[i].id] = i;
  const Session* shown = model.FindSession(session);
  size_t here = shown ? sessionIndex[session] : 0;
  std::vector<int> consentOf(model.participants.size(), -1);
  std::vector<size_t> givenIn(model.participants.size(), 0);  // the session of consentOf
  for (size_t i = 0; shown && i < model.consents.size(); ++i) {
    const Consent& c = model.consents[i];
    auto s = sessionIndex.find(c.sessionId);
    auto p = participantIndex.find(c.participantId);
    if (s == sessionIndex.end() || s->second > here || (shown->reaffirm && s->second != here)) continue;
    if (p == participantIndex.end() || !present[p->second]) continue;
    if (consentOf[p->second] >= 0 && givenIn[p->second] >= s->second) continue;  // the first, as FindConsent
    consentOf[p->second] = int(i);
    givenIn[p->second] = s->second;
  }
  for (size_t i = 0; i < consentOf.size(); ++i)
    agreed += consentOf[i] >= 0 && model.consents[size_t(consentOf[i])].rulesRevision == model.info.rulesRevision;

  d.promised = PromisedSteps(model, session);
  d.agreedLine = std::to_string(agreed) + " of " + std::to_string(presentCount) +
                 " present have agreed to the current wording";
  d.gridParts.Edit().push_back(kConsentGridHead);
  for (const Party& party : model.parties) {
    d.gridParts.Edit().push_back(party.id);
    std::vector<ConsentRow>& rows = d.rows.emplace_back();
    for (size_t i = 0; i < model.participants.size(); ++i) {
      if (model.participants[i].partyId != party.id || !present[i]) continue;
      ConsentRow row{i, consentOf[i], false, false, "", "", PersonName(model.participants[i])};
      if (row.consent >= 0) {
        const Consent& c = model.consents[size_t(row.consent)];
        const Session& given = model.sessions[givenIn[i]];
        row.outdated = c.rulesRevision < model.info.rulesRevision;
        row.earlier = given.id != session;
        d.anyEarlier = d.anyEarlier || row.earlier;
        d.anyOutdated = d.anyOutdated || row.outdated;
        std::string when = LocalClock(c.agreedAt);
        if (!row.outdated)
          row.agreedAt = row.earlier ? "session " + std::to_string(givenIn[i] + 1) + ", " + when : "agreed " + when;
        if (row.earlier) row.givenWhere = "Agreed on " + given.date + " at " + when + ", in " + given.title + ".";
        if (row.earlier)
          d.earlierWidth = std::max(d.earlierWidth, ImGui::CalcTextSize((row.agreedAt + " Agrees again").c_str()).x +
                                                        ImGui::GetFontSize() * 1.5f);
      }
      d.nameWidth = std::max(d.nameWidth, ImGui::CalcTextSize(row.name.c_str()).x);
      rows.push_back(std::move(row));
    }
  }
  // Wide enough for "earlier wording [Agrees now]" when it shows, so the button is never clipped.
  d.agreedWidth = ImGui::CalcTextSize(d.anyOutdated ? "earlier wording Agrees now" : "agreed 00:00").x +
                  (d.anyOutdated ? ImGui::GetFontSize() * 1.5f : 0.0f);
  if (d.anyEarlier) d.agreedWidth = std::max(d.agreedWidth, d.earlierWidth);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Rules

void DrawRules(Workbench& app) {
  const Model& model = app.workshop->Model();
  GroundRulesView& view = app.groundRules;
  DisabledText("THE RULES OF THIS WORKSHOP");
  if (model.rules.empty()) {
    Hint("No rules yet. Start from the standard set or write your own.");
    if (Button("Add the standard rules"))
      app.Request([rules = RulesTemplate(app.configDir)](Workshop& w) { w.AddRules(rules); });
  }
  float em = ImGui::GetFontSize();
  int number = 0;
  for (const Rule& rule : model.rules) {
    PushId(rule.id);
    ImGui::AlignTextToFramePadding();
    char label[16];  // "12.", without a printf per rule and frame
    char* end = std::to_chars(label, label + sizeof label - 1, ++number).ptr;
    *end++ = '.';
    ImGui::TextUnformatted(label, end);
    ImGui::SameLine(em * 2);
    std::string edited;
    if (EditableText(view.open, rule.id, 1, "##rule", rule.text, "(no wording: click to write)",
                     ImGui::GetContentRegionAvail().x - em * 7.5f, &edited, {.roomLines = 1}))
      app.Request([id = rule.id, edited](Workshop& w) { w.SetText(Field::RuleText, id, edited); });
    ImGui::SameLine();
    ImGui::BeginGroup();
    if (ImGui::ArrowButton("##up", ImGuiDir_Up)) app.Request([id = rule.id](Workshop& w) { w.MoveRule(id, -1); });
    Track("Move rule up");
    ImGui::SameLine(0, 2);
    if (ImGui::ArrowButton("##down", ImGuiDir_Down)) app.Request([id = rule.id](Workshop& w) { w.MoveRule(id, +1); });
    Track("Move rule down");
    if (SmallButton("Remove rule")) app.Request([id = rule.id](Workshop& w) { w.RemoveRule(id); });
    ImGui::EndGroup();
    ImGui::PopID();
  }
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - em * 7.5f);
  // What is typed is a draft, on disk as it is typed; adding the rule drops it.
  const DraftKey draft{.kind = DraftKind::Rule};
  const std::string& newRule = model.Draft(draft);
  std::string typed;
  if (TextField("##new rule", newRule, &typed, "a new rule, then Enter"))
    app.Request([draft, typed](Workshop& w) { w.SetDraft(draft, typed); });
  bool entered = ImGui::IsItemDeactivated() && EnterPressed();
  ImGui::SameLine();
  if ((Button("Add rule") || entered) && !newRule.empty())
    app.Request([text = newRule](Workshop& w) { w.AddRule(text); });
  ImGui::Spacing();
  ImGui::BeginDisabled(model.rules.empty());
  if (Button("Read aloud")) {
    view.readAloud = true;
    view.readAloudIndex = 0;
  }
  ImGui::SameLine();
  if (Button("Save as my template") && !app.configDir.empty()) {
    std::vector<std::string> texts;
    for (const Rule& rule : model.rules) texts.push_back(rule.text);
    if (app.Try([&] { SaveRulesTemplate(app.configDir, texts); })) view.templateSaved = true;
  }
  ImGui::EndDisabled();
  if (view.templateSaved) {
    ImGui::SameLine();
    DisabledText("Saved: new workshops start with these rules.");
  }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Consent grid

void DrawConsentRow(Workbench& app, const ConsentRow& row) {
  const Model& model = app.workshop->Model();
  const Participant& person = model.participants[row.participant];
  const Consent* consent = row.consent < 0 ? nullptr : &model.consents[size_t(row.consent)];
  PushId(person.id);
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  bool agreed = consent != nullptr;
  // A consent from an earlier session is withdrawn there, not here: this session did not see it.
  ImGui::BeginDisabled(row.earlier);
  if (Checkbox("##agreed", &agreed))
    app.Request([session = app.sessionId, id = person.id, agreed](Workshop& w) { w.SetConsent(session, id, agreed); });
  ImGui::EndDisabled();
  if (row.earlier && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("Agreed in an earlier session. \"Agrees again\" records it in this one.");
  ImGui::SameLine();
  UserText(row.name);
  ImGui::TableNextColumn();
  if (!consent) {
    // As TextDisabled, without its printf in every row of every frame.
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextUnformatted("not yet");
    ImGui::PopStyleColor();
  } else if (row.outdated) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.80f, 0.45f, 0.0f, 1.0f));
    ImGui::TextUnformatted("earlier wording");
    ImGui::PopStyleColor();
    ImGui::SameLine();
    if (SmallButton("Agrees now"))
      app.Request([session = app.sessionId, id = person.id](Workshop& w) { w.SetConsent(session, id, true); });
  } else {
    ImGui::TextUnformatted(row.agreedAt.c_str());
    if (row.earlier && ImGui::IsItemHovered()) UserTooltip(row.givenWhere);
    if (row.earlier) {
      ImGui::SameLine();
      if (SmallButton("Agrees again"))
        app.Request([session = app.sessionId, id = person.id](Workshop& w) { w.SetConsent(session, id, true); });
    }
  }
  ImGui::TableNextColumn();
  if (consent) {
    std::string edited;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (TextField("##note", consent->note, &edited, "note (optional)"))
      app.Request([id = consent->id, edited](Workshop& w) { w.SetText(Field::ConsentNote, id, edited); });
  }
  ImGui::PopID();
}

void DrawConsentTable(Workbench& app, size_t partyIndex) {
  const Party& party = app.workshop->Model().parties[partyIndex];
  const std::vector<ConsentRow>& rows = app.groundRules.derived.rows[partyIndex];
  PushId(party.id);
  ColourSwatch(party.colour);
  ImGui::SameLine();
  UserText(party.name);
  if (ImGui::BeginTable("consent", 3, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
    // Names in full; the note takes what is left.
    const GroundRulesDerived& d = app.groundRules.derived;
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::TableSetupColumn("Participant", ImGuiTableColumnFlags_WidthFixed,
                            ImGui::GetFrameHeight() + style.ItemSpacing.x + d.nameWidth);
    ImGui::TableSetupColumn("Agreed", ImGuiTableColumnFlags_WidthFixed, d.agreedWidth);
    ImGui::TableSetupColumn("Note", ImGuiTableColumnFlags_WidthStretch);
    // Every row is one line of widgets high: the clipper draws only those in view.
    ImGuiListClipper clipper;
    clipper.Begin(int(rows.size()));
    while (clipper.Step())
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) DrawConsentRow(app, rows[size_t(r)]);
    ImGui::EndTable();
  }
  ImGui::PopID();
}

void DrawConsentGrid(Workbench& app) {
  GroundRulesView& view = app.groundRules;
  const GroundRulesDerived& d = view.derived;
  DisabledText("AGREEMENT IN THIS SESSION");
  // With many participants present most tables are out of sight: only the parts in view are
  // drawn, and the clipper of each table draws only its rows in view. A table never drawn yet
  // is stood in for by one of the average length (its party's name, its rows, the spacing after
  // it), so that the scroll bar is true from the first frame when the parties are of a size.
  size_t rows = 0;
  for (const std::vector<ConsentRow>& table : d.rows) rows += table.size();
  float average = d.rows.empty() ? 0.0f : float(rows) / float(d.rows.size());
  const ImGuiStyle& style = ImGui::GetStyle();
  float row = ImGui::GetFrameHeight() + style.CellPadding.y * 2;
  float estimate = ImGui::GetTextLineHeightWithSpacing() + row * average + style.ItemSpacing.y;
  DrawLazyList(view.gridList, d.gridParts, estimate, [&](size_t i) {
    if (d.gridParts[i] == kConsentGridHead) {
      UserText(d.agreedLine);
      Hint("Tick each person as they agree. A consent holds in the sessions that follow; a change to the "
           "rules afterwards marks it as given to an earlier wording.");
      const Session* session = app.workshop->Model().FindSession(app.sessionId);
      bool reaffirm = session && session->reaffirm;
      if (session && Checkbox("Ask the room to agree again in this session", &reaffirm))
        app.Request([id = app.sessionId, reaffirm](Workshop& w) { w.SetReaffirm(id, reaffirm); });
    } else {
      DrawConsentTable(app, i - 1);  // the parties' tables follow the head
    }
  });
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Read-aloud mode

void DrawReadAloud(Workbench& app) {
  const Model& model = app.workshop->Model();
  GroundRulesView& view = app.groundRules;
  int count = int(model.rules.size());
  if (count == 0) {
    view.readAloud = false;
    return;
  }
  view.readAloudIndex = std::clamp(view.readAloudIndex, 0, count - 1);
  auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); };
  if (pressed(ImGuiKey_RightArrow) || pressed(ImGuiKey_Space) || pressed(ImGuiKey_PageDown))
    view.readAloudIndex = std::min(view.readAloudIndex + 1, count - 1);
  if (pressed(ImGuiKey_LeftArrow) || pressed(ImGuiKey_PageUp)) view.readAloudIndex = std::max(view.readAloudIndex - 1, 0);

  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::SetNextWindowFocus();
  ImGui::Begin("Read aloud", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
  float margin = viewport->Size.x * 0.08f;
  ImGui::SetCursorPos(ImVec2(margin, viewport->Size.y * 0.08f));
  ImGui::TextDisabled("GROUND RULES   %d of %d", view.readAloudIndex + 1, count);
  ImGui::SetCursorPos(ImVec2(margin, viewport->Size.y * 0.2f));
  ImGui::PushFont(LargeFont());
  ImGui::PushTextWrapPos(viewport->Size.x - margin);
  // A rule is often written in each language of the room, a paragraph each: half a line between
  // them shows from the back of the room where one language ends and the next begins (two
  // right-aligned paragraphs, Arabic then Hebrew, otherwise read as one).
  std::string_view text = model.rules[size_t(view.readAloudIndex)].text;
  for (size_t start = 0; start <= text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    if (start > 0) ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.5f));
    ImGui::SetCursorPosX(margin);
    UserText(text.substr(start, end - start));
    start = end + 1;
  }
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  ImGui::SetCursorPos(ImVec2(margin, viewport->Size.y - ImGui::GetFrameHeight() * 3));
  if (Button("Previous")) view.readAloudIndex = std::max(view.readAloudIndex - 1, 0);
  ImGui::SameLine();
  if (Button("Next")) view.readAloudIndex = std::min(view.readAloudIndex + 1, count - 1);
  ImGui::SameLine();
  if (Button("Close (Esc)") || pressed(ImGuiKey_Escape)) view.readAloud = false;
  ImGui::SameLine();
  DisabledText("   Arrow keys or Space to move");
  ImGui::End();
}

}  // namespace

void DrawGroundRulesView(Workbench& app) {
  GroundRulesView& view = app.groundRules;
  const Model& model = app.workshop->Model();
  if (Stale(view.derived, model, app.sessionId)) Derive(model, app.sessionId, view.derived);
  DrawPhaseHeader(app, Phase::GroundRules);
  // A session opens here: what the group promised last time comes first.
  DrawPromised(app, view.derived.promised, &view.promisedOpen);
  if (ImGui::BeginTable("ground rules", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV)) {
    ImGui::TableNextColumn();
    DrawRules(app);
    ImGui::TableNextColumn();
    DrawConsentGrid(app);
    ImGui::EndTable();
  }
  DrawMoveOnButton(app, Phase::GroundRules);
  if (app.groundRules.readAloud) DrawReadAloud(app);
}

}  // namespace parley::ui
