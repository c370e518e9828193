// The Options view's Constraints & steps screen: for the option worked on, the political and
// psychological constraints on each side, and the steps that could overcome them.
#include "views/view_options_steps.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <unordered_set>

#include "core/common/text.hpp"
#include "views/promised_steps.hpp"
#include "views/rtl_text.hpp"
#include "views/workbench.hpp"

namespace parley::ui {

namespace {

// The wordings the screen opens as fields (OpenText::which).
constexpr int kConstraintWording = 1, kStepWording = 2;

void AddInputs(const Model& model, Id session, DerivedInputs& inputs) {
  AddRankingInputs(model, inputs);
  inputs.Add(int64_t(model.participants.size()));
  for (const Participant& person : model.participants) inputs.Add(person.id);
  for (const Attendance& a : model.attendance)
    if (a.sessionId == session) inputs.Add(a.participantId);
}

void Derive(const Model& model, Id session, StepsDerived& d) {
  d = StepsDerived{};
  d.ranked = Ranked(model);
  std::unordered_set<Id> attending;
  for (const Attendance& a : model.attendance)
    if (a.sessionId == session) attending.insert(a.participantId);
  for (const Participant& person : model.participants)
    d.present.push_back(attending.count(person.id) > 0);
}


const char* StatusName(StepStatus status) {
  static constexpr const char* kNames[] = {"open", "done", "dropped"};
  return kNames[int(status)];
}

void DrawConstraints(Workbench& app, StepsView& view, const Option& option) {
  const Model& model = app.workshop->Model();
  float em = ImGui::GetFontSize();
  DisabledText("WHAT STANDS IN THE WAY, ON EACH SIDE");
  float width = ImGui::GetContentRegionAvail().x;
  if (!ImGui::BeginTable("constraints", int(model.parties.size()),
                         ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_BordersInnerV))
    return;
  SetupEqualColumns(int(model.parties.size()), width);
  for (const Party& party : model.parties) {
    ImGui::TableNextColumn();
    PushId(party.id);
    PartyMark(party, false);
    for (ConstraintKind kind : {ConstraintKind::Political, ConstraintKind::Psychological}) {
      bool political = kind == ConstraintKind::Political;
      PushId(int64_t(kind));
      DisabledText(political ? "POLITICAL" : "PSYCHOLOGICAL");
      float removeWidth = ImGui::CalcTextSize("x").x + ImGui::GetStyle().FramePadding.x * 2 +
                          ImGui::GetStyle().ItemSpacing.x;
      for (const Constraint& c : model.constraints) {
        if (c.optionId != option.id || c.partyId != party.id || c.kind != kind) continue;
        PushId(c.id);
        std::string edited;
        if (EditableText(view.open, c.id, kConstraintWording, "##constraint", c.text,
                         "what stands in the way", ImGui::GetContentRegionAvail().x - removeWidth,
                         &edited))
          app.Request(
              [id = c.id, edited](Workshop& w) { w.SetText(Field::ConstraintText, id, edited); });
        ImGui::SameLine();
        PushQuietButton();
        if (ImGui::Button("x")) app.Request([id = c.id](Workshop& w) { w.RemoveConstraint(id); });
        PopQuietButton();
        Track("Remove constraint");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this constraint");
        ImGui::PopID();
      }
      // What is typed is a draft, on disk as it is typed; adding the constraint drops it.
      DraftKey draft{.kind = DraftKind::Constraint, .place = option.id, .party = party.id, .variant = int(kind)};
      const std::string& typed = model.Draft(draft);
      ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - removeWidth);
      std::string hint = std::string(political ? "a political" : "a psychological") +
                         " constraint on " + ShortName(party) + ", then Enter";
      std::string edited;
      const char* label =
          political ? "##new political constraint" : "##new psychological constraint";
      if (TextField(label, typed, &edited, hint.c_str()))
        app.Request([draft, edited](Workshop& w) { w.SetDraft(draft, edited); });
      bool entered = ImGui::IsItemDeactivated() && EnterPressed();
      if (entered && !Trim(typed).empty()) {
        app.Request([o = option.id, p = party.id, kind, text = Trim(typed)](Workshop& w) {
          w.AddConstraint(o, p, kind, text);
        });
        ImGui::SetKeyboardFocusHere(-1);
      }
      ImGui::Dummy(ImVec2(0, em * 0.3f));
      ImGui::PopID();
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
}

void DrawWhoCombo(Workbench& app, const StepsDerived& d, const Step& step) {
  const Model& model = app.workshop->Model();
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (UserCombo("##who", WhoText(model, step).c_str())) {
    bool group = step.whoParticipantId == 0 && step.whoPartyId == 0;
    if (Selectable("The group", group) && !group)
      app.Request([id = step.id](Workshop& w) { w.SetStepWho(id, 0, 0); });
    ImGui::Separator();
    ImGui::PushID("parties");
    for (const Party& party : model.parties) {
      PushId(party.id);
      bool chosen = step.whoParticipantId == 0 && step.whoPartyId == party.id;
      if (Selectable(party.name.c_str(), chosen) && !chosen)
        app.Request([id = step.id, p = party.id](Workshop& w) { w.SetStepWho(id, 0, p); });
      ImGui::PopID();
    }
    ImGui::PopID();
    ImGui::Separator();
    DisabledText("present in this session");
    ImGui::PushID("participants");
    for (size_t i = 0; i < model.participants.size(); ++i) {
      const Participant& person = model.participants[i];
      bool chosen = step.whoParticipantId == person.id;
      if (!chosen && !d.present[i]) continue;
      PushId(person.id);
      const Party* party = model.FindParty(person.partyId);
      std::string label =
          PersonName(person) + (party ? "  (" + ShortName(*party) + ")" : std::string());
      if (Selectable(label.c_str(), chosen) && !chosen)
        app.Request([id = step.id, who = person.id](Workshop& w) { w.SetStepWho(id, who, 0); });
      ImGui::PopID();
    }
    ImGui::PopID();
    ImGui::EndCombo();
  }
  Track("##who");
}

void DrawStepsTable(Workbench& app, StepsView& view, const StepsDerived& d, const Option& option) {
  const Model& model = app.workshop->Model();
  float em = ImGui::GetFontSize();
  DisabledText("STEPS THAT COULD OVERCOME THEM");
  Hint("What, who, by when. Steps still open are shown at the start of the next session.");
  ImGuiTableFlags flags =
      ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
  if (ImGui::BeginTable("steps", 6, flags)) {
    ImGui::TableSetupColumn("What", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Who", ImGuiTableColumnFlags_WidthFixed, em * 12.0f);
    ImGui::TableSetupColumn("By when", ImGuiTableColumnFlags_WidthFixed, em * 7.5f);
    ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed, em * 6.5f);
    ImGui::TableSetupColumn("Agreed", ImGuiTableColumnFlags_WidthFixed, em * 6.0f);
    ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
    ImGui::TableHeadersRow();
    for (const Step& step : model.steps) {
      if (step.optionId != option.id) continue;
      PushId(step.id);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      std::string edited;
      if (EditableText(view.open, step.id, kStepWording, "##step text", step.text,
                       "what could be done", ImGui::GetContentRegionAvail().x, &edited))
        app.Request(
            [id = step.id, edited](Workshop& w) { w.SetText(Field::StepText, id, edited); });
      ImGui::TableNextColumn();
      DrawWhoCombo(app, d, step);
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(-FLT_MIN);
      std::string due;
      if (DateField("##due", step.due, view.dueDrafts, true, &due))
        app.Request([id = step.id, due](Workshop& w) { w.SetText(Field::StepDue, id, due); });
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(-FLT_MIN);
      if (ImGui::BeginCombo("##status", StatusName(step.status))) {
        for (StepStatus status : {StepStatus::Open, StepStatus::Done, StepStatus::Dropped})
          if (Selectable(StatusName(status), status == step.status) && status != step.status)
            app.Request([id = step.id, status](Workshop& w) { w.SetStepStatus(id, status); });
        ImGui::EndCombo();
      }
      Track("##status");
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      const Session* agreed = model.FindSession(step.sessionId);
      DisabledText(agreed ? agreed->date.c_str() : "");
      ImGui::TableNextColumn();
      PushQuietButton();
      if (ImGui::Button("x")) app.Request([id = step.id](Workshop& w) { w.RemoveStep(id); });
      PopQuietButton();
      Track("Remove step");
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this step");
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  bool canAdd = model.FindSession(app.sessionId) != nullptr;
  ImGui::BeginDisabled(!canAdd);
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
  // What is typed is the option's draft, on disk as it is typed; adding the step drops it.
  DraftKey draft{.kind = DraftKind::Step, .place = option.id};
  const std::string& typed = model.Draft(draft);
  std::string edited;
  if (TextField("##new step", typed, &edited, "a step that could overcome them, then Enter"))
    app.Request([draft, edited](Workshop& w) { w.SetDraft(draft, edited); });
  bool entered = ImGui::IsItemDeactivated() && EnterPressed();
  if (entered && !Trim(typed).empty()) {
    app.Request([o = option.id, session = app.sessionId, text = Trim(typed)](Workshop& w) {
      w.AddStep(o, session, text);
    });
    ImGui::SetKeyboardFocusHere(-1);
  }
  ImGui::EndDisabled();
}

void DrawConstraintsAndSteps(Workbench& app, StepsView& view, const StepsDerived& d) {
  const Model& model = app.workshop->Model();
  float em = ImGui::GetFontSize();
  if (d.ranked.ranking.empty()) {
    Hint("No options yet: brainstorm some first.");
    return;
  }
  if (!d.ranked.standingOf.count(view.option)) view.option = d.ranked.ranking.front().optionId;
  size_t chosen = d.ranked.standingOf.at(view.option);
  const OptionStanding& standing = d.ranked.ranking[chosen];
  const Option& option = model.options[d.ranked.rankedOption[chosen]];
  auto label = [&](size_t row) {
    return std::to_string(d.ranked.ranking[row].rank) + ".  " +
           OptionTitle(model.options[d.ranked.rankedOption[row]]);
  };
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Option");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(std::min(
      ImGui::GetContentRegionAvail().x - StandingWidth() * float(model.parties.size()) - em,
      em * 40.0f));
  // Every option, best first: only the lines in view are drawn, the widest measured once.
  if (view.optionListWidth > 0) ImGui::SetNextWindowContentSize(ImVec2(view.optionListWidth, 0));
  if (UserCombo("##steps option", label(chosen).c_str(), ImGuiComboFlags_HeightLarge)) {
    if (ImGui::IsWindowAppearing()) {
      view.optionListWidth = 0;
      for (size_t row = 0; row < d.ranked.ranking.size(); ++row)
        view.optionListWidth =
            std::max(view.optionListWidth, ImGui::CalcTextSize(label(row).c_str()).x);
    }
    ImGuiListClipper clipper;
    clipper.Begin(int(d.ranked.ranking.size()));
    while (clipper.Step())
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
        Id id = d.ranked.ranking[size_t(row)].optionId;
        PushId(id);
        if (Selectable(label(size_t(row)).c_str(), id == view.option)) view.option = id;
        ImGui::PopID();
      }
    ImGui::EndCombo();
  }
  Track("Option worked on");
  ImGui::SameLine();
  DrawStanding(model, d.ranked, standing);
  ImGui::Spacing();
  DrawConstraints(app, view, option);
  ImGui::Spacing();
  DrawStepsTable(app, view, d, option);
}

}  // namespace

void DrawSteps(Workbench& app) {
  StepsView& view = app.options.steps;
  const Model& model = app.workshop->Model();
  if (view.stamp.Outdated(model.revision, app.sessionId,
                          [&](DerivedInputs& in) { AddInputs(model, app.sessionId, in); }))
    Derive(model, app.sessionId, view.derived);
  DrawConstraintsAndSteps(app, view, view.derived);
}

}  // namespace parley::ui
