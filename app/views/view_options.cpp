// Options: inventing options without judging them, weighing each against the top concerns of
// every party (each party scores its own), and the constraints and steps around an option.
// Steps still open from earlier sessions head the view: what was promised last time.
//
// [SECTION] Labels the tests find
// [SECTION] Derived data (recomputed when the Model or the session in use changes)
// [SECTION] Small helpers: colours, chips, party marks, standing bars
// [SECTION] Mode switch
// [SECTION] Brainstorm
// [SECTION] Weigh: toolbar and concern chooser
// [SECTION] Weigh: the matrix
// [SECTION] Constraints & steps
// [SECTION] DrawOptionsView
#include <imgui.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/model/id_index.hpp"
#include "core/method/option_ranking.hpp"
#include "core/common/text.hpp"
#include "views/promised_steps.hpp"
#include "views/views.hpp"
#include "views/widgets.hpp"

namespace parley::ui {

// ---------------------------------------------------------------------------------------------
// [SECTION] Labels the tests find

namespace {

const char* ValueText(int value) {
  static constexpr const char* kValues[] = {"-2", "-1", "0", "+1", "+2"};
  return kValues[std::clamp(value, -2, 2) + 2];
}


const char* ScoreButtonText(std::string_view party, int value, std::string_view option, std::string_view concern) {
  return Joined(party, " scores ", ValueText(value), " | ", option, " | ", concern);
}

const char* ScoreNoteText(std::string_view option, std::string_view concern) {
  return Joined("Note | ", option, " | ", concern);
}

const char* ConcernHeaderText(std::string_view party, std::string_view concern) {
  return Joined(concern, " (scored by ", party, ")");
}

}  // namespace

std::string ScoreButtonLabel(std::string_view party, int value, std::string_view option, std::string_view concern) {
  return ScoreButtonText(party, value, option, concern);
}

std::string ScoreNoteLabel(std::string_view option, std::string_view concern) {
  return ScoreNoteText(option, concern);
}

std::string ConcernHeaderLabel(std::string_view party, std::string_view concern) {
  return ConcernHeaderText(party, concern);
}

namespace {

// GLFW's key codes: ImGui 1.86 keeps keys by the platform's code in io.KeysDown.
constexpr int kKeyEnter = 257, kKeyPadEnter = 335;

// ---------------------------------------------------------------------------------------------
// [SECTION] Derived data

void Derive(const Model& model, Id session, Id shownParty, OptionsDerived& d) {
  d = OptionsDerived{};
  d.revision = model.revision;
  d.sessionId = session;
  d.shownParty = shownParty;
  for (size_t p = 0; p < model.parties.size(); ++p) d.partyIndex[model.parties[p].id] = p;
  IdIndex concernAt(model.concerns), optionAt(model.options);
  d.priority = model.PriorityPlaces();
  d.inMatrix.assign(model.concerns.size(), false);

  d.ranking = RankOptions(model);
  for (size_t i = 0; i < d.ranking.size(); ++i) {
    d.standingOf[d.ranking[i].optionId] = i;
    d.rankedOption.push_back(optionAt.Find(d.ranking[i].optionId));  // it ranks Model::options
  }

  // The matrix columns: every party's matrix concerns, or the shown party's. An ImGui table
  // holds 64 columns at most; when more are chosen each party keeps an equal share.
  std::vector<bool> top(model.concerns.size(), false);  // by place in Model::concerns
  for (Id id : TopConcerns(model)) top[concernAt.Find(id)] = true;
  std::vector<Id> matrix = MatrixConcerns(model);
  std::vector<Id> shown;
  for (Id id : matrix) {
    size_t index = concernAt.Find(id);
    d.inMatrix[index] = true;
    const Concern& c = model.concerns[index];
    if (shownParty == 0 || c.partyId == shownParty) shown.push_back(id);
  }
  size_t share = shown.size();
  if (shown.size() > kMaxMatrixConcerns) {
    std::unordered_set<Id> partiesShown;
    for (Id id : shown) partiesShown.insert(model.concerns[concernAt.Find(id)].partyId);
    share = kMaxMatrixConcerns / std::max<size_t>(partiesShown.size(), 1);
  }
  std::unordered_map<Id, size_t> taken;  // party -> columns so far
  for (Id id : shown) {
    size_t index = concernAt.Find(id);
    const Concern& c = model.concerns[index];
    if (taken[c.partyId]++ >= share) {
      ++d.concernsLeftOff;
      continue;
    }
    MatrixColumn column;
    column.concernId = id;
    column.concern = index;
    column.party = d.partyIndex.count(c.partyId) ? d.partyIndex[c.partyId] : 0;
    column.priority = d.priority[index];
    column.top = top[index];
    column.firstOfParty = d.columns.empty() || d.columns.back().party != column.party;
    column.caption = std::string(c.kind == ConcernKind::Need ? "NEED " : "FEAR ") +
                     std::to_string(column.priority + 1) + (column.top ? "" : ", picked");
    column.scoredBy = "scored by " + ShortName(model.parties[column.party]);
    d.columnOf[id] = d.columns.size();
    d.columns.push_back(column);
  }

  // The matrix's cells as one grid: a score per cell, found without a lookup per cell per frame.
  // Rows and columns by place in Model::options and Model::concerns, for the scores' ids.
  std::vector<size_t> columnAt(model.concerns.size(), IdIndex::npos), rowAt(model.options.size(), IdIndex::npos);
  for (size_t c = 0; c < d.columns.size(); ++c) columnAt[d.columns[c].concern] = c;
  for (size_t r = 0; r < d.ranking.size(); ++r) rowAt[d.rankedOption[r]] = r;
  d.cellScore.assign(d.ranking.size() * d.columns.size(), -1);
  for (size_t i = 0; i < model.scores.size(); ++i) {
    const Score& s = model.scores[i];
    size_t concern = concernAt.Find(s.concernId), option = optionAt.Find(s.optionId);
    if (concern == IdIndex::npos) continue;
    if (option != IdIndex::npos && columnAt[concern] != IdIndex::npos && rowAt[option] != IdIndex::npos)
      d.cellScore[rowAt[option] * d.columns.size() + columnAt[concern]] = int(i);
    if (s.value > -2 || !top[concern]) continue;
    const Concern& c = model.concerns[concern];
    const Party* party = model.FindParty(c.partyId);
    std::string& why = d.dreadedWhy[s.optionId];
    if (!why.empty()) why += "\n";
    why += (party ? party->name : std::string("A party")) + " scored it -2 (dreads it) on its top " +
           (c.kind == ConcernKind::Need ? "need" : "fear") + " \"" + c.text + "\"";
  }

  // Brainstorm: clusters in their order, then the options in none; merged options under the
  // option they were merged into.
  std::unordered_map<Id, size_t> groupOf;
  for (size_t c = 0; c < model.clusters.size(); ++c) {
    groupOf[model.clusters[c].id] = d.groups.size();
    d.groups.push_back(OptionGroup{model.clusters[c].id, c, {}});
  }
  d.groups.push_back(OptionGroup{0, 0, {}});
  for (size_t i = 0; i < model.options.size(); ++i) {
    const Option& o = model.options[i];
    if (o.mergedIntoId != 0 && optionAt.Find(o.mergedIntoId) != IdIndex::npos) {
      d.mergedInto[o.mergedIntoId].push_back(i);
      continue;
    }
    d.topLevel.push_back(i);
    auto group = groupOf.find(o.clusterId);
    d.groups[group == groupOf.end() ? d.groups.size() - 1 : group->second].options.push_back(i);
  }
  // The list the LazyList draws: each group's heading, then its options, numbered throughout.
  int number = 0;
  for (size_t g = 0; g < d.groups.size(); ++g) {
    const OptionGroup& group = d.groups[g];
    if (group.clusterId == 0 && group.options.empty()) continue;
    d.lines.push_back(BrainstormLine{g, true, 0, 0});
    d.lineIds.Edit().push_back(-group.clusterId);
    for (size_t i : group.options) {
      d.lines.push_back(BrainstormLine{g, false, i, ++number});
      d.lineIds.Edit().push_back(model.options[i].id);
    }
  }

  // "Choose concerns": each party's concerns in priority order, under the party.
  std::vector<std::vector<size_t>> concernsOf(model.parties.size());
  for (size_t i = 0; i < model.concerns.size(); ++i)
    if (auto party = d.partyIndex.find(model.concerns[i].partyId); party != d.partyIndex.end())
      concernsOf[party->second].push_back(i);
  for (size_t p = 0; p < model.parties.size(); ++p) {
    d.chooser.push_back(ChooserLine{p, true, 0});
    d.chooserIds.Edit().push_back(-model.parties[p].id);
    for (size_t i : concernsOf[p]) {
      d.chooser.push_back(ChooserLine{p, false, i});
      d.chooserIds.Edit().push_back(model.concerns[i].id);
    }
  }

  d.promised = PromisedSteps(model, session);
  std::unordered_set<Id> attending;
  for (const Attendance& a : model.attendance)
    if (a.sessionId == session) attending.insert(a.participantId);
  for (const Participant& person : model.participants) d.present.push_back(attending.count(person.id) > 0);
}

OptionsDerived& Derived(Workbench& app) {
  OptionsView& view = app.options;
  const Model& model = app.workshop->Model();
  OptionsDerived& d = view.derived;
  if (d.revision != model.revision || d.sessionId != app.sessionId || d.shownParty != view.shownParty)
    Derive(model, app.sessionId, view.shownParty, d);
  return d;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Small helpers


ImU32 WithAlpha(ImU32 colour, float alpha) {
  return (colour & ~IM_COL32_A_MASK) | (ImU32(std::clamp(alpha, 0.0f, 1.0f) * 255.0f) << IM_COL32_A_SHIFT);
}

// Black or white, whichever reads better on `fill`.
ImU32 InkOn(ImU32 fill) {
  float r = float((fill >> IM_COL32_R_SHIFT) & 0xff), g = float((fill >> IM_COL32_G_SHIFT) & 0xff),
        b = float((fill >> IM_COL32_B_SHIFT) & 0xff);
  return 0.299f * r + 0.587f * g + 0.114f * b > 150.0f ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 255, 255, 255);
}

// The text colour at `alpha`: the greys that stand for nobody.
ImVec4 Ink(float alpha) {
  ImVec4 ink = ImGui::GetStyleColorVec4(ImGuiCol_Text);
  return ImVec4(ink.x, ink.y, ink.z, alpha);
}


// A small label in `fill`, as high as a frame; it leaves a Dummy as the last item, so
// that a tooltip and Track work on it.
void Chip(const char* text, ImU32 fill) {
  ImVec2 size = ImGui::CalcTextSize(text);
  float padX = ImGui::GetFontSize() * 0.35f, height = ImGui::GetFrameHeight();
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float top = pos.y + (height - size.y - 4.0f) * 0.5f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(ImVec2(pos.x, top), ImVec2(pos.x + size.x + padX * 2, top + size.y + 4.0f), fill);
  draw->AddText(ImVec2(pos.x + padX, top + 2.0f), InkOn(fill), text);
  ImGui::Dummy(ImVec2(size.x + padX * 2, height));
}

float ChipWidth(const char* text) { return ImGui::CalcTextSize(text).x + ImGui::GetFontSize() * 0.7f; }

constexpr const char* kMeetsChip = "meets all";
constexpr const char* kDreadedChip = "dreaded";

ImU32 MeetsColour() { return ImGui::GetColorU32(Ink(0.70f)); }
ImU32 DreadedColour() { return ImGui::ColorConvertFloat4ToU32(WarningColour()); }

float BarWidth() { return ImGui::GetFontSize() * 2.2f; }
float StandingWidth() { return BarWidth() + ImGui::CalcTextSize("+1.5").x + ImGui::GetFontSize() * 0.9f; }

// How the option fares with each party: a bar from the middle (0) towards -2 or +2 in the
// party's colour, and the mean, in the parties' order. Every party gets the same space. The
// bars are one item, drawn into the draw list; the tooltip names the party under the mouse.
void DrawStanding(const Model& model, const OptionStanding& standing) {
  float em = ImGui::GetFontSize(), height = ImGui::GetFrameHeight(), width = StandingWidth();
  float barWidth = BarWidth(), barHeight = em * 0.55f;
  size_t parties = std::min(model.parties.size(), standing.byParty.size());
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width * float(parties), height));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImU32 track = ImGui::GetColorU32(Ink(0.08f)), zero = ImGui::GetColorU32(Ink(0.45f));
  ImU32 text = ImGui::GetColorU32(ImGuiCol_Text), none = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  float top = origin.y + (height - barHeight) * 0.5f, textY = origin.y + (height - ImGui::GetTextLineHeight()) * 0.5f;
  for (size_t p = 0; p < parties; ++p) {
    const auto& mean = standing.byParty[p];
    float left = origin.x + width * float(p), mid = left + barWidth * 0.5f;
    draw->AddRectFilled(ImVec2(left, top), ImVec2(left + barWidth, top + barHeight), track);
    if (mean) {
      float end = mid + float(*mean) / 2.0f * barWidth * 0.5f;
      draw->AddRectFilled(ImVec2(std::min(mid, end), top), ImVec2(std::max(mid, end), top + barHeight),
                          ParseColour(model.parties[p].colour));
    }
    draw->AddRectFilled(ImVec2(mid - 0.5f, top - 2.0f), ImVec2(mid + 0.5f, top + barHeight + 2.0f), zero);
    // The mean as printf's "%+.1f" writes it, without printf's cost in every row of every frame.
    char number[16] = "  --";
    if (mean) {
      char* at = number;
      if (!std::signbit(*mean)) *at++ = '+';
      *std::to_chars(at, number + sizeof number - 1, *mean, std::chars_format::fixed, 1).ptr = '\0';
    }
    draw->AddText(ImVec2(left + barWidth + em * 0.25f, textY), mean ? text : none, number);
  }
  if (!ImGui::IsItemHovered() || parties == 0) return;
  size_t p = std::min(size_t(std::max(ImGui::GetIO().MousePos.x - origin.x, 0.0f) / width), parties - 1);
  const Party& party = model.parties[p];
  if (const auto& mean = standing.byParty[p])
    ImGui::SetTooltip("%s: %+.2f on average over the concerns it has scored (-2 dreads it, +2 meets it well)",
                      party.name.c_str(), *mean);
  else
    ImGui::SetTooltip("%s has not scored this option yet", party.name.c_str());
}

// The score scale, for the toolbar and the cells.
ImVec4 ScoreFill(int value) {
  if (value <= -2) return WarningColour();
  return Ink(value == 0 ? 0.18f : value == 2 ? 0.80f : 0.42f);
}


// Row actions in a quiet grey, so that the wordings, not the buttons, catch the eye.
void PushQuietButton() {
  ImGui::PushStyleColor(ImGuiCol_Button, Ink(0.07f));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, Ink(0.16f));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, Ink(0.26f));
}
void PopQuietButton() { ImGui::PopStyleColor(3); }

// ---------------------------------------------------------------------------------------------
// [SECTION] Mode switch

void DrawModeSwitch(OptionsView& view) {
  static constexpr std::pair<OptionsMode, const char*> kModes[] = {
      {OptionsMode::Brainstorm, "Brainstorm"}, {OptionsMode::Weigh, "Weigh"}, {OptionsMode::Steps, "Constraints & steps"}};
  float em = ImGui::GetFontSize();
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(2.0f, ImGui::GetStyle().ItemSpacing.y));
  bool first = true;
  for (const auto& [mode, label] : kModes) {
    if (!first) ImGui::SameLine();
    first = false;
    if (Choice(label, view.mode == mode, nullptr, std::max(em * 9.0f, ImGui::CalcTextSize(label).x + em * 1.5f)))
      view.mode = mode;
  }
  ImGui::PopStyleVar();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Brainstorm

// The option's own row: wording, cluster, merge, remove; the options merged into it below.
void DrawOptionRow(Workbench& app, OptionsView& view, OptionsDerived& d, const OptionGroup& group,
                   size_t index, int number) {
  const Model& model = app.workshop->Model();
  const Option& o = model.options[index];
  float em = ImGui::GetFontSize();
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::PushID(int(o.id));
  float numberWidth = ImGui::CalcTextSize("999.").x + style.ItemSpacing.x;
  ImGui::AlignTextToFramePadding();
  char numbered[16];  // "12.", written without printf's cost (see DisabledText)
  char* end = std::to_chars(numbered, numbered + sizeof numbered - 2, number).ptr;
  end[0] = '.';
  end[1] = '\0';
  DisabledText(numbered);
  ImGui::SameLine(ImGui::GetCursorPosX() + numberWidth - ImGui::GetItemRectSize().x - style.ItemSpacing.x);
  const Party* proposer = model.FindParty(o.proposedByPartyId);
  float clusterWidth = em * 10.0f;
  float buttons = ImGui::CalcTextSize("Merge into...").x + ImGui::CalcTextSize("Remove").x + style.FramePadding.x * 4;
  float proposerWidth = proposer ? ImGui::GetFrameHeight() + ImGui::CalcTextSize(ShortName(*proposer).c_str()).x + em : 0.0f;
  float fieldWidth = std::max(
      ImGui::GetContentRegionAvail().x - clusterWidth - buttons - proposerWidth - style.ItemSpacing.x * 4, em * 12.0f);
  std::string edited;
  if (EditableText(view.open, o.id, kOptionWording, "##option text", o.text, "wording of the option", fieldWidth, &edited))
    app.Request([id = o.id, edited](Workshop& w) { w.SetText(Field::OptionText, id, edited); });
  if (proposer) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    PartyMark(*proposer, true);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Proposed by %s", proposer->name.c_str());
  }

  // Cluster.
  ImGui::SameLine();
  ImGui::SetNextItemWidth(clusterWidth);
  const Cluster* cluster = group.clusterId != 0 ? &model.clusters[group.cluster] : nullptr;
  if (ImGui::BeginCombo("##cluster", cluster ? cluster->name.c_str() : "No cluster")) {
    if (Selectable("No cluster", o.clusterId == 0) && o.clusterId != 0)
      app.Request([id = o.id](Workshop& w) { w.SetOptionCluster(id, 0); });
    for (const Cluster& c : model.clusters) {
      ImGui::PushID(int(c.id));
      if (Selectable(c.name.empty() ? "(unnamed cluster)" : c.name.c_str(), c.id == o.clusterId) && c.id != o.clusterId)
        app.Request([id = o.id, cluster = c.id](Workshop& w) { w.SetOptionCluster(id, cluster); });
      ImGui::PopID();
    }
    if (Selectable("New cluster...", false)) {
      view.newClusterFor = o.id;
      view.openNewCluster = true;
      view.newClusterName.clear();
    }
    ImGui::EndCombo();
  }
  Track("##cluster");
  TrackJoined("Cluster of ", o.text);

  // Merge.
  ImGui::SameLine();
  PushQuietButton();
  if (ImGui::Button("Merge into...")) ImGui::OpenPopup("merge into");
  PopQuietButton();
  Track("Merge into...");
  TrackJoined("Merge ", o.text, " into...");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Put this option under another that says much the same. Both wordings are kept.");
  // Every other option not merged: only the lines in view are drawn, the widest measured once.
  // The option is itself one of d.topLevel, which is in Model::options order.
  size_t self = size_t(std::lower_bound(d.topLevel.begin(), d.topLevel.end(), index) - d.topLevel.begin());
  auto other = [&](size_t line) -> const Option& { return model.options[d.topLevel[line < self ? line : line + 1]]; };
  size_t others = d.topLevel.size() - 1;
  if (view.popupListWidth > 0) ImGui::SetNextWindowContentSize(ImVec2(view.popupListWidth, 0));
  if (ImGui::BeginPopup("merge into")) {
    std::string heading = std::string("Merge \"") + OptionTitle(o) + "\" into:";
    if (ImGui::IsWindowAppearing()) {
      float widest = ImGui::CalcTextSize(heading.c_str()).x;
      for (size_t line = 0; line < others; ++line)
        widest = std::max(widest, ImGui::CalcTextSize(OptionTitle(other(line))).x);
      view.popupListWidth = widest;
    }
    DisabledText(heading.c_str());
    ImGuiListClipper clipper;
    clipper.Begin(int(others));
    while (clipper.Step())
      for (int line = clipper.DisplayStart; line < clipper.DisplayEnd; ++line) {
        const Option& into = other(size_t(line));
        ImGui::PushID(int(into.id));
        if (Selectable(OptionTitle(into), false))
          app.Request([merged = o.id, into = into.id](Workshop& w) { w.MergeOption(merged, into); });
        ImGui::PopID();
      }
    if (others == 0) DisabledText("(no other option yet)");
    ImGui::EndPopup();
  }

  // Remove: the record keeps an option once it is weighed (Workshop refuses, saying so).
  ImGui::SameLine();
  PushQuietButton();
  if (ImGui::Button("Remove")) app.Request([id = o.id](Workshop& w) { w.RemoveOption(id); });
  PopQuietButton();
  Track("Remove option");
  TrackJoined("Remove ", o.text);

  // "New cluster..." asks for the name, then files the option under it.
  if (view.openNewCluster && view.newClusterFor == o.id) {
    ImGui::OpenPopup("new cluster");
    view.openNewCluster = false;
  }
  if (ImGui::BeginPopup("new cluster")) {
    ImGui::TextDisabled("A new cluster for \"%s\"", OptionTitle(o));
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(em * 18.0f);
    std::string typed;
    if (TextField("##new cluster name", view.newClusterName, &typed, "name of the cluster, then Enter"))
      view.newClusterName = typed;
    bool entered = ImGui::IsItemDeactivated() && (ImGui::IsKeyPressed(kKeyEnter) || ImGui::IsKeyPressed(kKeyPadEnter));
    ImGui::SameLine();
    if ((Button("Create cluster") || entered) && !Trim(view.newClusterName).empty()) {
      app.Request([option = o.id, name = Trim(view.newClusterName)](Workshop& w) {
        Id made = w.AddCluster(name);
        w.SetOptionCluster(option, made);
      });
      view.newClusterName.clear();
      view.newClusterFor = 0;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }

  // Options merged into this one: both wordings stay in the record.
  auto merged = d.mergedInto.find(o.id);
  if (merged != d.mergedInto.end())
    for (size_t i : merged->second) {
      const Option& m = model.options[i];
      ImGui::PushID(int(m.id));
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() + em * 2.4f);
      ImGui::AlignTextToFramePadding();
      DisabledText("\u21B3 merged");
      ImGui::SameLine();
      if (EditableText(view.open, m.id, kOptionWording, "##merged text", m.text, "wording of the merged option",
                       std::max(fieldWidth - em * 4.0f, em * 10.0f), &edited))
        app.Request([id = m.id, edited](Workshop& w) { w.SetText(Field::OptionText, id, edited); });
      ImGui::SameLine();
      if (SmallButton("Unmerge")) app.Request([id = m.id](Workshop& w) { w.UnmergeOption(id); });
      ImGui::PopID();
    }
  ImGui::PopID();
}

// A group's heading: the cluster's name as a field, or what the options in none are.
void DrawGroupHeading(Workbench& app, const OptionGroup& group) {
  const Model& model = app.workshop->Model();
  ImGui::Spacing();
  if (group.clusterId != 0) {
    const Cluster& cluster = model.clusters[group.cluster];
    ImGui::AlignTextToFramePadding();
    DisabledText("CLUSTER");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20.0f);
    std::string name;
    if (TextField("##cluster name", cluster.name, &name, "name of the cluster"))
      app.Request([id = group.clusterId, name](Workshop& w) { w.SetText(Field::ClusterName, id, name); });
    ImGui::SameLine();
    ImGui::TextDisabled("%zu option%s", group.options.size(), group.options.size() == 1 ? "" : "s");
  } else if (model.clusters.empty()) {
    DisabledText("OPTIONS, IN THE ORDER THEY CAME");
  } else {
    DisabledText("IN NO CLUSTER");
  }
}

void DrawBrainstorm(Workbench& app, OptionsView& view, OptionsDerived& d) {
  const Model& model = app.workshop->Model();
  float em = ImGui::GetFontSize();
  Hint("Invent first, judge later: write every option down as it is said. Nothing is scored here.");

  bool record = model.info.recordProposer;
  if (Checkbox("Record who proposed", &record))
    app.Request([record](Workshop& w) { w.SetRecordProposer(record); });
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Off by default: options belong to the group, and no side is tied to an idea.");
  if (record) {
    if (!model.FindParty(view.proposer)) view.proposer = 0;
    const Party* proposer = model.FindParty(view.proposer);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    DisabledText("next option proposed by");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 12.0f);
    if (ImGui::BeginCombo("##proposer", proposer ? proposer->name.c_str() : "not said")) {
      if (Selectable("not said", view.proposer == 0)) view.proposer = 0;
      for (const Party& party : model.parties) {
        ImGui::PushID(int(party.id));
        if (Selectable(party.name.c_str(), view.proposer == party.id)) view.proposer = party.id;
        ImGui::PopID();
      }
      ImGui::EndCombo();
    }
    Track("Proposed by");
  }

  // The entry field: Enter adds and keeps the keyboard here for the next option.
  bool canAdd = model.FindSession(app.sessionId) != nullptr;
  ImGui::BeginDisabled(!canAdd);
  float addWidth = ImGui::CalcTextSize("Add option").x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - addWidth - ImGui::GetStyle().ItemSpacing.x);
  // Escape makes an ImGui field drop what was typed since it got the keyboard: an option half
  // written. Escape only leaves the field.
  bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
  std::string edited;
  if (TextField("##new option", view.newOption, &edited, "an option, as it is said, then Enter") &&
      !(escape && view.newOptionActive))
    view.newOption = edited;
  bool entered = ImGui::IsItemDeactivated() && (ImGui::IsKeyPressed(kKeyEnter) || ImGui::IsKeyPressed(kKeyPadEnter));
  view.newOptionActive = ImGui::IsItemActive();
  if (entered) ImGui::SetKeyboardFocusHere(-1);  // the field again, for the next option
  ImGui::SameLine();
  bool clicked = Button("Add option");
  if ((entered || clicked) && !Trim(view.newOption).empty()) {
    Id proposedBy = record ? view.proposer : 0;
    app.Request([session = app.sessionId, text = Trim(view.newOption), proposedBy](Workshop& w) {
      w.AddOption(session, text, proposedBy);
    });
    view.newOption.clear();
  }
  ImGui::EndDisabled();
  if (!canAdd) Hint("Choose the session in use in the sidebar first.");

  size_t merged = model.options.size() - d.topLevel.size();
  ImGui::TextDisabled("%zu option%s%s, %zu cluster%s", d.topLevel.size(), d.topLevel.size() == 1 ? "" : "s",
                      merged ? (" (and " + std::to_string(merged) + " merged)").c_str() : "", model.clusters.size(),
                      model.clusters.size() == 1 ? "" : "s");
  ImGui::Separator();

  // Only the lines in view are drawn: a large brainstorm has a thousand options and more.
  DrawLazyList(view.brainstormList, d.lineIds, ImGui::GetFrameHeightWithSpacing(), [&](size_t i) {
    const BrainstormLine& line = d.lines[i];
    const OptionGroup& group = d.groups[line.group];
    bool clustered = group.clusterId != 0;
    ImGui::PushID(clustered ? int(group.clusterId) : -1);
    if (line.heading) DrawGroupHeading(app, group);
    // Indent(0) indents by the style's IndentSpacing: the options in no cluster sit in by that.
    ImGui::Indent(clustered ? em * 1.2f : 0.0f);
    if (!line.heading)
      DrawOptionRow(app, view, d, group, line.option, line.number);
    else if (group.options.empty())
      Hint("No option in this cluster yet: pick it in an option's cluster list.");
    ImGui::Unindent(clustered ? em * 1.2f : 0.0f);
    ImGui::PopID();
  });
  if (model.options.empty()) Hint("No options yet. Type the first one above and press Enter.");
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Weigh: toolbar and concern chooser

// A line of the "Choose concerns" list: a party's heading or one of its concerns. The list is
// drawn indented for the concerns, and a heading steps out for itself and back in after it: as
// when the list was drawn whole, so that its lines start where they did, to the sub-pixel.
// Returns the right edge of what it drew, in screen coordinates.
float DrawChooserLine(Workbench& app, const OptionsDerived& d, size_t i) {
  const Model& model = app.workshop->Model();
  float em = ImGui::GetFontSize();
  const ChooserLine& line = d.chooser[i];
  const Party& party = model.parties[line.party];
  ImGui::PushID(int(party.id));
  float right = 0;
  if (line.heading) {
    ImGui::Unindent(em * 1.2f);
    ImGui::Spacing();
    PartyMark(party, false);
    right = ImGui::GetItemRectMax().x;
    ImGui::Indent(em * 1.2f);
    if (i + 1 == d.chooser.size() || d.chooser[i + 1].heading) {
      DisabledText("no concerns yet");
      right = std::max(right, ImGui::GetItemRectMax().x);
    }
    ImGui::PopID();
    return right;
  }
  const Concern& c = model.concerns[line.concern];
  ImGui::PushID(int(c.id));
  bool shown = d.inMatrix[line.concern];
  if (Checkbox("##in matrix", &shown))
    app.Request([id = c.id, shown](Workshop& w) { w.SetInMatrix(id, shown ? 1 : 0); });
  TrackJoined("In matrix: ", c.text);
  ImGui::SameLine();
  ImGui::TextDisabled("%d. %s", d.priority[line.concern] + 1, c.kind == ConcernKind::Need ? "need" : "fear");
  ImGui::SameLine();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + em * 26.0f);
  ImGui::TextUnformatted(c.text.c_str());
  ImGui::PopTextWrapPos();
  if (c.inMatrix != -1) {
    ImGui::SameLine();
    DisabledText(c.inMatrix == 1 ? "picked" : "left out");
    ImGui::SameLine();
    if (SmallButton("By priority"))
      app.Request([id = c.id](Workshop& w) { w.SetInMatrix(id, -1); });
  }
  right = ImGui::GetItemRectMax().x;
  ImGui::PopID();
  ImGui::PopID();
  return right;
}

void DrawChooseConcerns(Workbench& app, OptionsView& view, const OptionsDerived& d) {
  const Model& model = app.workshop->Model();
  float em = ImGui::GetFontSize();
  ImGui::SetNextWindowSizeConstraints(ImVec2(em * 24, 0), ImVec2(em * 44, ImGui::GetMainViewport()->Size.y * 0.8f));
  // Only the lines in view are drawn, so ImGui cannot size the popup to the widest line: the
  // frame the popup appears (hidden by ImGui while it sizes a popup), and the frame after an
  // edit, draw every line once and keep the width they need.
  bool measure = view.chooserRevision != model.revision;
  if (!measure) ImGui::SetNextWindowContentSize(ImVec2(view.chooserWidth, 0));
  if (!ImGui::BeginPopup("choose concerns")) return;
  measure = measure || ImGui::IsWindowAppearing();
  Hint("Each party's top concerns by priority are in the matrix. Pick others, or leave some out.");
  float left = ImGui::GetCursorScreenPos().x;
  ImGui::Indent(em * 1.2f);
  if (measure) {
    float right = left;
    for (size_t i = 0; i < d.chooser.size(); ++i) right = std::max(right, DrawChooserLine(app, d, i));
    view.chooserWidth = right - left;
    view.chooserRevision = model.revision;
  } else {
    DrawLazyList(view.chooserList, d.chooserIds, ImGui::GetFrameHeightWithSpacing(),
                 [&](size_t i) { DrawChooserLine(app, d, i); });
  }
  ImGui::Unindent(em * 1.2f);
  ImGui::EndPopup();
}

void DrawWeighToolbar(Workbench& app, OptionsView& view, const OptionsDerived& d) {
  const Model& model = app.workshop->Model();
  int top = int(model.info.matrixTop);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Each party's top");
  ImGui::SameLine();
  ImGui::BeginDisabled(top <= 1);
  if (ImGui::Button("-##fewer")) app.Request([top](Workshop& w) { w.SetMatrixTop(top - 1); });
  Track("Fewer top concerns");
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::Text("%d", top);
  ImGui::SameLine();
  ImGui::BeginDisabled(top >= 10);
  if (ImGui::Button("+##more")) app.Request([top](Workshop& w) { w.SetMatrixTop(top + 1); });
  Track("More top concerns");
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::TextUnformatted(top == 1 ? "concern" : "concerns");
  ImGui::SameLine();
  if (Button("Choose concerns...")) ImGui::OpenPopup("choose concerns");
  DrawChooseConcerns(app, view, d);

  // Which parties' columns: all, or one party's while it gives its scores.
  ImGui::SameLine(0, ImGui::GetFontSize() * 2.0f);
  DisabledText("Columns of");
  ImGui::SameLine();
  if (Choice("all parties", view.shownParty == 0, "Columns of all parties")) view.shownParty = 0;
  for (const Party& party : model.parties) {
    ImGui::PushID(int(party.id));
    ImGui::SameLine();
    ColourSwatch(party.colour);
    ImGui::SameLine(0, 3.0f);
    std::string label = ShortName(party) + " only";
    if (Choice(label.c_str(), view.shownParty == party.id, Joined("Columns of ", party.name))) view.shownParty = party.id;
    ImGui::PopID();
  }
  if (view.shownParty != 0 && !model.FindParty(view.shownParty)) view.shownParty = 0;

  // The scale, and who scores.
  ImGui::AlignTextToFramePadding();
  DisabledText("Each party scores its own concerns; facilitators never score.");
  ImGui::SameLine();
  ImGui::TextUnformatted("dreads it");
  for (int v = -2; v <= 2; ++v) {
    ImGui::SameLine(0, 3.0f);
    Chip(ValueText(v), ImGui::ColorConvertFloat4ToU32(ScoreFill(v)));
  }
  ImGui::SameLine(0, 3.0f);
  ImGui::TextUnformatted("meets it well");
  ImGui::SameLine();
  DisabledText("(click a score again to clear it)");
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Weigh: the matrix

// The score buttons are as narrow as their labels, a little smaller than the text: the matrix
// must show many columns, and the value picked reads by its fill and its place in the row.
constexpr float kScoreScale = 0.9f;
float ScoreButtonWidth() { return ImGui::CalcTextSize("+2").x * kScoreScale + 2.0f; }
constexpr float kScoreGap = 1.0f;
float CellWidth() { return ScoreButtonWidth() * 5 + kScoreGap * 4; }

// The measures every score cell of a frame shares, taken once per frame rather than per cell.
struct ScoreLayout {
  ImFont* font = ImGui::GetFont();
  float fontSize = ImGui::GetFontSize() * kScoreScale;
  float buttonWidth = ScoreButtonWidth(), height = ImGui::GetFrameHeight(), step = buttonWidth + kScoreGap;
  float labelWidth[5] = {};
  ImU32 fill[5] = {}, label = ImGui::GetColorU32(Ink(0.70f)), quiet = ImGui::GetColorU32(Ink(0.30f));
  ScoreLayout() {
    for (int v = -2; v <= 2; ++v) {
      labelWidth[v + 2] = font->CalcTextSizeA(fontSize, FLT_MAX, 0.0f, ValueText(v)).x;
      fill[v + 2] = ImGui::GetColorU32(ScoreFill(v));
    }
  }
};

void DrawConcernHeader(const Model& model, const MatrixColumn& column) {
  const Concern& c = model.concerns[column.concern];
  const Party& party = model.parties[column.party];
  float width = ImGui::GetContentRegionAvail().x, line = ImGui::GetTextLineHeight();
  ImGui::BeginGroup();
  DisabledText(column.caption.c_str());
  // Two lines of the wording, clipped; the tooltip has it all.
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImVec4 clip(pos.x, pos.y, pos.x + width, pos.y + line * 2.0f);
  ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos, ImGui::GetColorU32(ImGuiCol_Text),
                                      c.text.c_str(), nullptr, width, &clip);
  ImGui::Dummy(ImVec2(width, line * 2.0f));
  ImGui::SetWindowFontScale(0.8f);
  DisabledText(column.scoredBy.c_str());
  ImGui::SetWindowFontScale(1.0f);
  ImGui::EndGroup();
  if (Tracking()) Track(ConcernHeaderText(party.name, c.text));
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("%s\n\n%s %d of %s%s.\nScored by %s alone: how far each option %s.", c.text.c_str(),
                      c.kind == ConcernKind::Need ? "Need" : "Fear", column.priority + 1, party.name.c_str(),
                      column.top ? "" : " (picked by hand)", party.name.c_str(),
                      c.kind == ConcernKind::Need ? "meets this need" : "answers this fear");
}

void OpenNote(OptionsView& view, Id option, Id concern) {
  view.noteOption = option;
  view.noteConcern = concern;
  view.openNote = true;
}

// The score in the cell of `option` under `concern`, or null. The matrix's grid holds every cell
// on screen; a note popup left open after its row or column went searches the record.
const Score* ScoreOf(const Model& model, const OptionsDerived& d, Id option, Id concern) {
  auto row = d.standingOf.find(option);
  auto column = d.columnOf.find(concern);
  if (row != d.standingOf.end() && column != d.columnOf.end()) {
    int at = d.cellScore[row->second * d.columns.size() + column->second];
    return at < 0 ? nullptr : &model.scores[size_t(at)];
  }
  for (const Score& s : model.scores)
    if (s.optionId == option && s.concernId == concern) return &s;
  return nullptr;
}

// The cell of ranking row `row` in column `j`.
void DrawScoreCell(Workbench& app, OptionsView& view, const OptionsDerived& d, const ScoreLayout& layout,
                   const Option& option, size_t row, size_t j) {
  const Model& model = app.workshop->Model();
  const MatrixColumn& column = d.columns[j];
  const Concern& c = model.concerns[column.concern];
  const Party& party = model.parties[column.party];
  int at = d.cellScore[row * d.columns.size() + j];
  const Score* score = at < 0 ? nullptr : &model.scores[size_t(at)];
  ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, WithAlpha(ParseColour(party.colour), 0.07f));
  ImVec2 cellMin = ImGui::GetCursorScreenPos();
  ImGui::BeginGroup();
  // The five scores are one item, drawn straight into the draw list: a matrix shows hundreds
  // of them, and five buttons a cell would be most of the frame. A scored cell shows the value
  // picked and marks the other places; all five numbers show where a score is to be given, in
  // an empty cell or under the mouse.
  ImVec2 origin = ImGui::GetCursorScreenPos();
  bool clicked = ImGui::InvisibleButton("##scores", ImVec2(CellWidth(), layout.height));
  bool scoresHovered = ImGui::IsItemHovered();
  int hoveredValue = scoresHovered ? std::clamp(int((ImGui::GetIO().MousePos.x - origin.x) / layout.step), 0, 4) - 2 : 9;
  bool held = ImGui::IsItemActive();
  ImDrawList* cellDraw = ImGui::GetWindowDrawList();
  for (int v = -2; v <= 2; ++v) {
    ImVec2 min(origin.x + float(v + 2) * layout.step, origin.y), max(min.x + layout.buttonWidth, min.y + layout.height);
    bool current = score && score->value == v;
    ImU32 fill = layout.fill[v + 2];
    if (current || v == hoveredValue)
      cellDraw->AddRectFilled(min, max, current ? fill : ImGui::GetColorU32(Ink(held ? 0.28f : 0.14f)));
    if (current || !score || scoresHovered) {
      ImVec2 at(min.x + (layout.buttonWidth - layout.labelWidth[v + 2]) * 0.5f, min.y + (layout.height - layout.fontSize) * 0.5f);
      cellDraw->AddText(layout.font, layout.fontSize, at,
                        current ? InkOn(fill) : score ? layout.quiet : layout.label, ValueText(v));
    } else {
      ImVec2 centre((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
      cellDraw->AddRectFilled(ImVec2(centre.x - 1.5f, centre.y - 1.5f), ImVec2(centre.x + 1.5f, centre.y + 1.5f),
                              layout.quiet);
    }
    if (Tracking()) TrackRect(ScoreButtonText(party.name, v, option.text, c.text), min, max);
  }
  if (clicked) {
    if (score && score->value == hoveredValue)
      app.Request([o = option.id, cid = c.id](Workshop& w) { w.ClearScore(o, cid); });
    else if (hoveredValue >= -2 && hoveredValue <= 2)
      app.Request([o = option.id, cid = c.id, v = hoveredValue](Workshop& w) { w.SetScore(o, cid, v); });
  }
  // The note goes with the score, on the line under it: shown when there is one, offered when
  // the cell is hovered; a click (or a right click anywhere in the cell) opens it.
  if (score) {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float width = CellWidth(), height = ImGui::GetTextLineHeight();
    if (ImGui::InvisibleButton("##note", ImVec2(width, height))) OpenNote(view, option.id, c.id);
    if (Tracking()) Track(ScoreNoteText(option.text, c.text));
    bool hovered = ImGui::IsItemHovered();
    ImVec2 rowMax(cellMin.x + width, pos.y + height);
    bool cellHovered = ImGui::IsMouseHoveringRect(cellMin, rowMax);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (hovered) draw->AddRectFilled(pos, rowMax, ImGui::GetColorU32(Ink(0.10f)));
    if (!score->note.empty()) {
      ImVec4 clip(pos.x, pos.y, pos.x + width, pos.y + height);
      draw->AddText(ImGui::GetFont(), ImGui::GetFontSize() * 0.85f, ImVec2(pos.x + 2.0f, pos.y + height * 0.08f),
                    ImGui::GetColorU32(Ink(0.75f)), score->note.c_str(), nullptr, 0.0f, &clip);
      if (hovered) ImGui::SetTooltip("%s", score->note.c_str());
    } else if (cellHovered) {
      draw->AddText(ImGui::GetFont(), ImGui::GetFontSize() * 0.85f, ImVec2(pos.x + 2.0f, pos.y + height * 0.08f),
                    ImGui::GetColorU32(ImGuiCol_TextDisabled), "+ note");
    }
  }
  ImGui::EndGroup();
  Track("Score cell");
  if (score && ImGui::IsItemHovered() && ImGui::IsMouseReleased(ImGuiMouseButton_Right)) OpenNote(view, option.id, c.id);
}

void DrawNotePopup(Workbench& app, OptionsView& view, const OptionsDerived& d) {
  const Model& model = app.workshop->Model();
  if (view.openNote) {
    ImGui::OpenPopup("score note");
    view.openNote = false;
  }
  if (!ImGui::BeginPopup("score note")) return;
  const Score* found = ScoreOf(model, d, view.noteOption, view.noteConcern);
  const Option* option = model.FindOption(view.noteOption);
  const Concern* concern = model.FindConcern(view.noteConcern);
  if (!found || !option || !concern) {
    DisabledText("The score is gone: a note goes with a score.");
    ImGui::EndPopup();
    return;
  }
  const Score& score = *found;
  const Party* party = model.FindParty(concern->partyId);
  float em = ImGui::GetFontSize();
  ImGui::PushTextWrapPos(em * 26.0f);
  ImGui::TextDisabled("%s scored %s", party ? party->name.c_str() : "", ValueText(score.value));
  ImGui::TextWrapped("%s", OptionTitle(*option));
  ImGui::TextDisabled("on \"%s\"", concern->text.c_str());
  ImGui::PopTextWrapPos();
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::SetNextItemWidth(em * 26.0f);
  std::string edited;
  if (TextArea("##score note", score.note, &edited, em * 4.0f))
    app.Request([id = score.id, edited](Workshop& w) { w.SetText(Field::ScoreNote, id, edited); });
  if (Button("Close")) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

// The option's mark under its rank: dreaded by a party (it outweighs all else: an option that
// tramples one side's core need is dead whatever it does for the others), or meets every party.
void DrawMark(const OptionsDerived& d, const Option& option, const OptionStanding& standing) {
  if (standing.dreaded) {
    Chip(kDreadedChip, DreadedColour());
    TrackJoined("Dreaded: ", option.text);
    auto why = d.dreadedWhy.find(option.id);
    if (ImGui::IsItemHovered() && why != d.dreadedWhy.end())
      ImGui::SetTooltip("%s%s", why->second.c_str(),
                        standing.meetsEveryParty ? "\n\nIt meets a top concern of every party too." : "");
  } else if (standing.meetsEveryParty) {
    Chip(kMeetsChip, MeetsColour());
    TrackJoined("Meets every party: ", option.text);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Every party scored it +1 or more on one of its top concerns");
  }
}

// Row `row` of the ranking.
void DrawMatrixRow(Workbench& app, OptionsView& view, const OptionsDerived& d, const ScoreLayout& layout, size_t row,
                   float rowHeight) {
  const Model& model = app.workshop->Model();
  const OptionStanding& standing = d.ranking[row];
  const Option& option = model.options[d.rankedOption[row]];
  bool complete = standing.worst.has_value();
  ImGui::PushID(int(option.id));
  ImGui::TableNextRow(0, rowHeight);

  if (ImGui::TableSetColumnIndex(0)) {
    ImGui::AlignTextToFramePadding();
    char rank[16];
    *std::to_chars(rank, rank + sizeof rank - 1, standing.rank).ptr = '\0';
    if (complete)
      ImGui::TextUnformatted(rank);
    else
      DisabledText(rank);
    TrackJoined("Rank ", rank, ": ", option.text);
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip(complete ? "Ranked by how the worst-off party fares, then by the total"
                                 : "Not yet scored by every party: ranked after those that are");
    DrawMark(d, option, standing);
  }
  // The option; under it how it fares with each party, and its marks.
  if (ImGui::TableSetColumnIndex(1)) {
    ImGui::AlignTextToFramePadding();
    LineText(OptionTitle(option), ImGui::GetColorU32(ImGuiCol_Text));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", OptionTitle(option));
    DrawStanding(model, standing);
  }
  for (size_t j = 0; j < d.columns.size(); ++j)
    if (ImGui::TableSetColumnIndex(int(j) + 2)) {
      ImGui::PushID(int(j));
      DrawScoreCell(app, view, d, layout, option, row, j);
      ImGui::PopID();
    }
  ImGui::PopID();
}

void DrawMatrix(Workbench& app, OptionsView& view, const OptionsDerived& d) {
  const Model& model = app.workshop->Model();
  float em = ImGui::GetFontSize();
  if (d.ranking.empty()) {
    Hint("No options to weigh yet: brainstorm some first.");
    return;
  }
  if (d.columns.empty()) {
    Hint(view.shownParty ? "This party has no concern in the matrix."
                         : "No concerns in the matrix yet: the parties state them in Needs & fears, or pick "
                           "some with Choose concerns.");
    return;
  }
  if (d.concernsLeftOff > 0) {
    ImGui::PushStyleColor(ImGuiCol_Text, WarningColour());
    ImGui::TextWrapped("%zu chosen concerns do not fit in one table, so each party shows an equal share. Leave "
                       "some out with Choose concerns, or show one party's columns at a time.",
                       d.concernsLeftOff);
    ImGui::PopStyleColor();
  }

  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(3.0f, 3.0f));
  const ImGuiStyle& style = ImGui::GetStyle();
  float rankWidth = std::max(ChipWidth(kDreadedChip), ChipWidth(kMeetsChip));
  float optionWidth = std::max(em * 12.5f, StandingWidth() * float(model.parties.size()));
  float rowHeight = ImGui::GetFrameHeight() * 2.0f + style.ItemSpacing.y;
  float headerHeight = ImGui::GetTextLineHeight() * 4.0f + style.ItemSpacing.y * 3;
  float moveOnHeight = ImGui::GetFrameHeightWithSpacing() + style.ItemSpacing.y * 2;
  float height = std::max(ImGui::GetContentRegionAvail().y - moveOnHeight, rowHeight * 6.0f);

  ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersOuter |
                          ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit |
                          ImGuiTableFlags_Resizable;
  int columnCount = int(d.columns.size()) + 2;
  if (ImGui::BeginTable("matrix", columnCount, flags, ImVec2(0, height))) {
    ImGui::TableSetupScrollFreeze(2, 2);
    ImGui::TableSetupColumn("Rank", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoResize, rankWidth);
    ImGui::TableSetupColumn("Option", ImGuiTableColumnFlags_WidthFixed, optionWidth);
    for (size_t j = 0; j < d.columns.size(); ++j) {
      ImGui::PushID(int(j));
      ImGui::TableSetupColumn("##concern", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoResize,
                              CellWidth());
      ImGui::PopID();
    }

    // Header row 1: the parties' bands, so that the columns read as each party's own.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers, ImGui::GetFrameHeight());
    if (ImGui::TableSetColumnIndex(1)) {
      ImGui::AlignTextToFramePadding();
      DisabledText("OPTIONS, worst-off first");
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Ranked by how the worst-off party fares (its mean score), then by the total.\n"
                          "Options not yet scored by every party come last.");
    }
    size_t named = model.parties.size();  // the party whose name the band showed last
    float columnStep = CellWidth() + style.CellPadding.x * 2 + 1.0f;
    for (size_t j = 0; j < d.columns.size(); ++j) {
      const MatrixColumn& column = d.columns[j];
      if (!ImGui::TableSetColumnIndex(int(j) + 2)) continue;
      const Party& party = model.parties[column.party];
      ImU32 fill = ParseColour(party.colour);
      ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, fill);
      if (named == column.party) continue;
      // The first of the party's columns on screen names it, across the party's columns.
      named = column.party;
      size_t span = 1;
      while (j + span < d.columns.size() && d.columns[j + span].party == column.party) ++span;
      ImDrawList* draw = ImGui::GetWindowDrawList();
      ImVec2 clipMin = draw->GetClipRectMin(), clipMax = draw->GetClipRectMax();
      float right = std::min(clipMin.x + columnStep * float(span) - style.CellPadding.x * 2,
                             ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x);
      ImGui::PushClipRect(clipMin, ImVec2(right, clipMax.y), false);
      ImGui::AlignTextToFramePadding();
      ImGui::PushStyleColor(ImGuiCol_Text, InkOn(fill));
      ImGui::TextUnformatted(party.name.c_str());
      ImGui::PopStyleColor();
      ImGui::PopClipRect();
    }
    // Header row 2: the concerns, each with the party that scores it.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers, headerHeight);
    if (ImGui::TableSetColumnIndex(0)) DisabledText("#");
    if (ImGui::TableSetColumnIndex(1)) {
      DisabledText("How it fares with each party");
      DisabledText("(mean score, -2 to +2)");
      for (size_t p = 0; p < model.parties.size(); ++p) {
        if (p > 0) ImGui::SameLine(0, 0);
        ImVec2 start = ImGui::GetCursorScreenPos();
        PartyMark(model.parties[p], true);
        float used = ImGui::GetItemRectMax().x - start.x;
        ImGui::SameLine(0, 0);
        ImGui::Dummy(ImVec2(std::max(StandingWidth() - used, 1.0f), 1.0f));
      }
    }
    for (size_t j = 0; j < d.columns.size(); ++j)
      if (ImGui::TableSetColumnIndex(int(j) + 2)) {
        ImGui::PushID(int(j));
        DrawConcernHeader(model, d.columns[j]);
        ImGui::PopID();
      }

    // The options, best first; only the rows on screen are drawn.
    ScoreLayout layout;
    ImGuiListClipper clipper;
    clipper.Begin(int(d.ranking.size()));
    while (clipper.Step())
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r)
        DrawMatrixRow(app, view, d, layout, size_t(r), rowHeight);
    ImGui::EndTable();
  }
  ImGui::PopStyleVar();
  Track("Matrix");
  DrawNotePopup(app, view, d);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Constraints & steps

bool IsIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (text[i] < '0' || text[i] > '9') return false;
  auto number = [&](size_t at, size_t count) {
    int n = 0;
    for (size_t i = at; i < at + count; ++i) n = n * 10 + (text[i] - '0');
    return n;
  };
  int year = number(0, 4), month = number(5, 2), day = number(8, 2);
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

const char* StatusName(StepStatus status) {
  static constexpr const char* kNames[] = {"open", "done", "dropped"};
  return kNames[int(status)];
}

void DrawConstraints(Workbench& app, OptionsView& view, const Option& option) {
  const Model& model = app.workshop->Model();
  float em = ImGui::GetFontSize();
  DisabledText("WHAT STANDS IN THE WAY, ON EACH SIDE");
  if (!ImGui::BeginTable("constraints", int(model.parties.size()),
                         ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV))
    return;
  for (const Party& party : model.parties) {
    ImGui::TableNextColumn();
    ImGui::PushID(int(party.id));
    PartyMark(party, false);
    for (ConstraintKind kind : {ConstraintKind::Political, ConstraintKind::Psychological}) {
      bool political = kind == ConstraintKind::Political;
      ImGui::PushID(int(kind));
      DisabledText(political ? "POLITICAL" : "PSYCHOLOGICAL");
      float removeWidth = ImGui::CalcTextSize("x").x + ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetStyle().ItemSpacing.x;
      for (const Constraint& c : model.constraints) {
        if (c.optionId != option.id || c.partyId != party.id || c.kind != kind) continue;
        ImGui::PushID(int(c.id));
        std::string edited;
        if (EditableText(view.open, c.id, kConstraintWording, "##constraint", c.text, "what stands in the way",
                         ImGui::GetContentRegionAvail().x - removeWidth, &edited))
          app.Request([id = c.id, edited](Workshop& w) { w.SetText(Field::ConstraintText, id, edited); });
        ImGui::SameLine();
        PushQuietButton();
        if (ImGui::Button("x")) app.Request([id = c.id](Workshop& w) { w.RemoveConstraint(id); });
        PopQuietButton();
        Track("Remove constraint");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this constraint");
        ImGui::PopID();
      }
      std::string& typed = view.newConstraint[{party.id, int(kind)}];
      ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - removeWidth);
      std::string hint = std::string(political ? "a political" : "a psychological") + " constraint on " +
                         ShortName(party) + ", then Enter";
      std::string edited;
      const char* label = political ? "##new political constraint" : "##new psychological constraint";
      if (TextField(label, typed, &edited, hint.c_str())) typed = edited;
      bool entered = ImGui::IsItemDeactivated() && (ImGui::IsKeyPressed(kKeyEnter) || ImGui::IsKeyPressed(kKeyPadEnter));
      if (entered && !Trim(typed).empty()) {
        app.Request([o = option.id, p = party.id, kind, text = Trim(typed)](Workshop& w) {
          w.AddConstraint(o, p, kind, text);
        });
        typed.clear();
        ImGui::SetKeyboardFocusHere(-1);
      }
      ImGui::Dummy(ImVec2(0, em * 0.3f));
      ImGui::PopID();
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
}

void DrawWhoCombo(Workbench& app, const OptionsDerived& d, const Step& step) {
  const Model& model = app.workshop->Model();
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::BeginCombo("##who", WhoText(model, step).c_str())) {
    bool group = step.whoParticipantId == 0 && step.whoPartyId == 0;
    if (Selectable("The group", group) && !group)
      app.Request([id = step.id](Workshop& w) { w.SetStepWho(id, 0, 0); });
    ImGui::Separator();
    ImGui::PushID("parties");
    for (const Party& party : model.parties) {
      ImGui::PushID(int(party.id));
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
      ImGui::PushID(int(person.id));
      const Party* party = model.FindParty(person.partyId);
      std::string label = PersonName(person) + (party ? "  (" + ShortName(*party) + ")" : std::string());
      if (Selectable(label.c_str(), chosen) && !chosen)
        app.Request([id = step.id, who = person.id](Workshop& w) { w.SetStepWho(id, who, 0); });
      ImGui::PopID();
    }
    ImGui::PopID();
    ImGui::EndCombo();
  }
  Track("##who");
}

void DrawSteps(Workbench& app, OptionsView& view, const OptionsDerived& d, const Option& option) {
  const Model& model = app.workshop->Model();
  float em = ImGui::GetFontSize();
  DisabledText("STEPS THAT COULD OVERCOME THEM");
  Hint("What, who, by when. Steps still open are shown at the start of the next session.");
  ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
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
      ImGui::PushID(int(step.id));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      std::string edited;
      if (EditableText(view.open, step.id, kStepWording, "##step text", step.text, "what could be done",
                       ImGui::GetContentRegionAvail().x, &edited))
        app.Request([id = step.id, edited](Workshop& w) { w.SetText(Field::StepText, id, edited); });
      ImGui::TableNextColumn();
      DrawWhoCombo(app, d, step);
      ImGui::TableNextColumn();
      auto draft = view.dueDraft.find(step.id);
      bool drafting = draft != view.dueDraft.end();
      ImGui::SetNextItemWidth(-FLT_MIN);
      if (drafting) ImGui::PushStyleColor(ImGuiCol_Text, WarningColour());
      if (TextField("##due", drafting ? draft->second : step.due, &edited, "YYYY-MM-DD")) {
        std::string date = Trim(edited);
        if (date.empty() || IsIsoDate(date)) {
          view.dueDraft.erase(step.id);
          app.Request([id = step.id, date](Workshop& w) { w.SetText(Field::StepDue, id, date); });
        } else {
          view.dueDraft[step.id] = edited;
        }
      }
      if (drafting) {
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Not a date yet: write it as YYYY-MM-DD, e.g. 2026-11-30");
      }
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
  std::string typed;
  if (TextField("##new step", view.newStep, &typed, "a step that could overcome them, then Enter")) view.newStep = typed;
  bool entered = ImGui::IsItemDeactivated() && (ImGui::IsKeyPressed(kKeyEnter) || ImGui::IsKeyPressed(kKeyPadEnter));
  if (entered && !Trim(view.newStep).empty()) {
    app.Request([o = option.id, session = app.sessionId, text = Trim(view.newStep)](Workshop& w) {
      w.AddStep(o, session, text);
    });
    view.newStep.clear();
    ImGui::SetKeyboardFocusHere(-1);
  }
  ImGui::EndDisabled();
}

void DrawConstraintsAndSteps(Workbench& app, OptionsView& view, const OptionsDerived& d) {
  const Model& model = app.workshop->Model();
  float em = ImGui::GetFontSize();
  if (d.ranking.empty()) {
    Hint("No options yet: brainstorm some first.");
    return;
  }
  if (!d.standingOf.count(view.stepsOption)) view.stepsOption = d.ranking.front().optionId;
  size_t chosen = d.standingOf.at(view.stepsOption);
  const OptionStanding& standing = d.ranking[chosen];
  const Option& option = model.options[d.rankedOption[chosen]];
  auto label = [&](size_t row) {
    return std::to_string(d.ranking[row].rank) + ".  " + OptionTitle(model.options[d.rankedOption[row]]);
  };
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Option");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x - StandingWidth() * float(model.parties.size()) - em,
                                   em * 40.0f));
  // Every option, best first: only the lines in view are drawn, the widest measured once.
  if (view.popupListWidth > 0) ImGui::SetNextWindowContentSize(ImVec2(view.popupListWidth, 0));
  if (ImGui::BeginCombo("##steps option", label(chosen).c_str(), ImGuiComboFlags_HeightLarge)) {
    if (ImGui::IsWindowAppearing()) {
      view.popupListWidth = 0;
      for (size_t row = 0; row < d.ranking.size(); ++row)
        view.popupListWidth = std::max(view.popupListWidth, ImGui::CalcTextSize(label(row).c_str()).x);
    }
    ImGuiListClipper clipper;
    clipper.Begin(int(d.ranking.size()));
    while (clipper.Step())
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
        Id id = d.ranking[size_t(row)].optionId;
        ImGui::PushID(int(id));
        if (Selectable(label(size_t(row)).c_str(), id == view.stepsOption)) view.stepsOption = id;
        ImGui::PopID();
      }
    ImGui::EndCombo();
  }
  Track("Option worked on");
  ImGui::SameLine();
  DrawStanding(model, standing);
  ImGui::Spacing();
  DrawConstraints(app, view, option);
  ImGui::Spacing();
  DrawSteps(app, view, d, option);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] DrawOptionsView

void DrawOptionsView(Workbench& app) {
  DrawPhaseHeader(app, Phase::Options);
  OptionsView& view = app.options;
  OptionsDerived& d = Derived(app);
  DrawPromised(app, d.promised, &app.options.promisedOpen);
  DrawModeSwitch(view);
  ImGui::Spacing();
  switch (view.mode) {
    case OptionsMode::Brainstorm: DrawBrainstorm(app, view, d); break;
    case OptionsMode::Weigh:
      DrawWeighToolbar(app, view, d);
      DrawMatrix(app, view, d);
      break;
    case OptionsMode::Steps: DrawConstraintsAndSteps(app, view, d); break;
  }
  DrawMoveOnButton(app, Phase::Options);
}

}  // namespace parley::ui
