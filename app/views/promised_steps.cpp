#include "views/promised_steps.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "core/method/option_ranking.hpp"
#include "views/rtl_text.hpp"
#include "views/widgets.hpp"
#include "views/workbench.hpp"

namespace parley::ui {

std::string WhoText(const Model& model, const Step& step) {
  if (const Participant* p = model.FindParticipant(step.whoParticipantId)) {
    const Party* party = model.FindParty(p->partyId);
    return PersonName(*p) + (party ? " (" + ShortName(*party) + ")" : std::string());
  }
  if (const Party* party = model.FindParty(step.whoPartyId)) return party->name;
  return "the group";
}

std::vector<PromisedStep> PromisedSteps(const Model& model, Id session) {
  std::vector<PromisedStep> promised;
  for (const Step* step : OpenStepsBefore(model, session)) {
    const Party* party = model.FindParty(step->whoPartyId);
    promised.push_back(PromisedStep{size_t(step - model.steps.data()), model.FindOption(step->optionId),
                                    model.FindSession(step->sessionId), party,
                                    party ? std::string() : WhoText(model, *step)});
  }
  return promised;
}

namespace {

// A row of the table.
void DrawPromisedRow(Workbench& app, const PromisedStep& promised) {
  const Model& model = app.workshop->Model();
  const Step& step = model.steps[promised.step];
  PushId(step.id);
  ImGui::TableNextRow(0, ImGui::GetFrameHeight());
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  LineText(step.text.empty() ? "(no wording)" : step.text, ImGui::GetColorU32(ImGuiCol_Text));
  TrackJoined("Promised: ", step.text);
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  if (promised.party)
    PartyMark(*promised.party, true);
  else
    LineText(promised.who, ImGui::GetColorU32(ImGuiCol_Text));
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(step.due.empty() ? "-" : step.due.c_str());
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  LineText(promised.option ? OptionTitle(*promised.option) : "", ImGui::GetColorU32(ImGuiCol_Text));
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  const Session* agreed = promised.agreed;
  DisabledText(agreed ? agreed->date.c_str() : "");
  if (agreed && ImGui::IsItemHovered()) ImGui::SetTooltip("Agreed in %s", agreed->title.c_str());
  ImGui::TableNextColumn();
  if (SmallButton("Done")) app.Request([id = step.id](Workshop& w) { w.SetStepStatus(id, StepStatus::Done); });
  ImGui::SameLine();
  if (SmallButton("Dropped"))
    app.Request([id = step.id](Workshop& w) { w.SetStepStatus(id, StepStatus::Dropped); });
  ImGui::PopID();
}

}  // namespace

void DrawPromised(Workbench& app, const std::vector<PromisedStep>& promised, bool* open) {
  if (promised.empty()) return;
  float em = ImGui::GetFontSize();
  char title[160];
  std::snprintf(title, sizeof title, "Promised last time: %zu step%s still open from earlier sessions###promised",
                promised.size(), promised.size() == 1 ? "" : "s");
  ImGui::PushStyleColor(ImGuiCol_Text, WarningColour());
  ImGui::SetNextItemOpen(*open);
  *open = ImGui::CollapsingHeader(title);
  ImGui::PopStyleColor();
  Track("Promised last time");
  if (!*open) return;
  // Four rows show; more scroll.
  float cellY = ImGui::GetStyle().CellPadding.y * 2;
  float height = (ImGui::GetTextLineHeight() + cellY) + (ImGui::GetFrameHeight() + cellY) *
                 float(std::min<size_t>(promised.size(), 4)) + 3.0f;
  ImGuiTableFlags flags = ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg |
                          ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_ScrollY;
  if (ImGui::BeginTable("promised", 6, flags, ImVec2(0, height))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Step", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Who", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn("By when", ImGuiTableColumnFlags_WidthFixed, em * 6.5f);
    ImGui::TableSetupColumn("For the option", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Agreed", ImGuiTableColumnFlags_WidthFixed, em * 6.5f);
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed,
                            ImGui::CalcTextSize("Done Dropped").x + em * 2.0f);
    ImGui::TableHeadersRow();
    // The rows are one frame high: only those in the table's scroll view are drawn.
    ImGuiListClipper clipper;
    clipper.Begin(int(promised.size()));
    while (clipper.Step())
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row)
        DrawPromisedRow(app, promised[size_t(row)]);
    ImGui::EndTable();
  }
  ImGui::Spacing();
}


}  // namespace parley::ui
