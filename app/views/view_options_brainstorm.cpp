// The Options view's Brainstorm screen: every option written down as it is said, none judged;
// options gathered into clusters, and merged under another that says much the same.
#include "views/view_options_brainstorm.hpp"

#include <imgui.h>

#include <algorithm>
#include <charconv>
#include <string>

#include "core/common/text.hpp"
#include "core/model/id_index.hpp"
#include "views/rtl_text.hpp"
#include "views/workbench.hpp"

namespace parley::ui {

namespace {

// The wording the screen opens as a field (OpenText::which).
constexpr int kOptionWording = 1;

void AddInputs(const Model& model, DerivedInputs& inputs) {
  inputs.Add(int64_t(model.clusters.size()));
  for (const Cluster& c : model.clusters) inputs.Add(c.id);
  for (const Option& o : model.options) {
    inputs.Add(o.id);
    inputs.Add(o.clusterId);
    inputs.Add(o.mergedIntoId);
  }
}

// Clusters in their order, then the options in none; merged options under the option they were
// merged into.
void Derive(const Model& model, BrainstormDerived& d) {
  d = BrainstormDerived{};
  IdIndex optionAt(model.options);
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
}

// The option's own row: wording, cluster, merge, remove; the options merged into it below.
void DrawOptionRow(Workbench& app, BrainstormView& view, const BrainstormDerived& d,
                   const OptionGroup& group, size_t index, int number) {
  const Model& model = app.workshop->Model();
  const Option& o = model.options[index];
  float em = ImGui::GetFontSize();
  const ImGuiStyle& style = ImGui::GetStyle();
  PushId(o.id);
  float numberWidth = ImGui::CalcTextSize("999.").x + style.ItemSpacing.x;
  ImGui::AlignTextToFramePadding();
  char numbered[16];  // "12.", written without printf's cost (see DisabledText)
  char* end = std::to_chars(numbered, numbered + sizeof numbered - 2, number).ptr;
  end[0] = '.';
  end[1] = '\0';
  DisabledText(numbered);
  ImGui::SameLine(ImGui::GetCursorPosX() + numberWidth - ImGui::GetItemRectSize().x -
                  style.ItemSpacing.x);
  const Party* proposer = model.FindParty(o.proposedByPartyId);
  float clusterWidth = em * 10.0f;
  float buttons = ImGui::CalcTextSize("Merge into...").x + ImGui::CalcTextSize("Remove").x +
                  style.FramePadding.x * 4;
  float proposerWidth =
      proposer ? ImGui::GetFrameHeight() + ImGui::CalcTextSize(ShortName(*proposer).c_str()).x + em
               : 0.0f;
  float fieldWidth = std::max(ImGui::GetContentRegionAvail().x - clusterWidth - buttons -
                                  proposerWidth - style.ItemSpacing.x * 4,
                              em * 12.0f);
  std::string edited;
  if (EditableText(view.open, o.id, kOptionWording, "##option text", o.text,
                   "wording of the option", fieldWidth, &edited))
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
  if (UserCombo("##cluster", cluster ? cluster->name.c_str() : "No cluster")) {
    if (Selectable("No cluster", o.clusterId == 0) && o.clusterId != 0)
      app.Request([id = o.id](Workshop& w) { w.SetOptionCluster(id, 0); });
    for (const Cluster& c : model.clusters) {
      PushId(c.id);
      if (Selectable(c.name.empty() ? "(unnamed cluster)" : c.name.c_str(), c.id == o.clusterId) &&
          c.id != o.clusterId)
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
    ImGui::SetTooltip(
        "Put this option under another that says much the same. Both wordings are kept.");
  // Every other option not merged: only the lines in view are drawn, the widest measured once.
  // The option is itself one of d.topLevel, which is in Model::options order.
  size_t self =
      size_t(std::lower_bound(d.topLevel.begin(), d.topLevel.end(), index) - d.topLevel.begin());
  auto other = [&](size_t line) -> const Option& {
    return model.options[d.topLevel[line < self ? line : line + 1]];
  };
  size_t others = d.topLevel.size() - 1;
  if (view.mergeListWidth > 0) ImGui::SetNextWindowContentSize(ImVec2(view.mergeListWidth, 0));
  if (ImGui::BeginPopup("merge into")) {
    std::string heading = std::string("Merge \"") + OptionTitle(o) + "\" into:";
    if (ImGui::IsWindowAppearing()) {
      float widest = ImGui::CalcTextSize(heading.c_str()).x;
      for (size_t line = 0; line < others; ++line)
        widest = std::max(widest, ImGui::CalcTextSize(OptionTitle(other(line))).x);
      view.mergeListWidth = widest;
    }
    DisabledText(heading.c_str());
    ImGuiListClipper clipper;
    clipper.Begin(int(others));
    while (clipper.Step())
      for (int line = clipper.DisplayStart; line < clipper.DisplayEnd; ++line) {
        const Option& into = other(size_t(line));
        PushId(into.id);
        if (Selectable(OptionTitle(into), false))
          app.Request(
              [merged = o.id, into = into.id](Workshop& w) { w.MergeOption(merged, into); });
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
    if (TextField("##new cluster name", view.newClusterName, &typed,
                  "name of the cluster, then Enter"))
      view.newClusterName = typed;
    bool entered = ImGui::IsItemDeactivated() && EnterPressed();
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
      PushId(m.id);
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() + em * 2.4f);
      ImGui::AlignTextToFramePadding();
      DisabledText("\u21B3 merged");
      ImGui::SameLine();
      if (EditableText(view.open, m.id, kOptionWording, "##merged text", m.text,
                       "wording of the merged option", std::max(fieldWidth - em * 4.0f, em * 10.0f),
                       &edited))
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
      app.Request(
          [id = group.clusterId, name](Workshop& w) { w.SetText(Field::ClusterName, id, name); });
    ImGui::SameLine();
    ImGui::TextDisabled("%zu option%s", group.options.size(), group.options.size() == 1 ? "" : "s");
  } else if (model.clusters.empty()) {
    DisabledText("OPTIONS, IN THE ORDER THEY CAME");
  } else {
    DisabledText("IN NO CLUSTER");
  }
}

void DrawBrainstormScreen(Workbench& app, BrainstormView& view, const BrainstormDerived& d) {
  const Model& model = app.workshop->Model();
  float em = ImGui::GetFontSize();
  Hint("Invent first, judge later: write every option down as it is said. Nothing is scored here.");

  bool record = model.info.recordProposer;
  if (Checkbox("Record who proposed", &record))
    app.Request([record](Workshop& w) { w.SetRecordProposer(record); });
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "Off by default: options belong to the group, and no side is tied to an idea.");
  if (record) {
    if (!model.FindParty(view.proposer)) view.proposer = 0;
    const Party* proposer = model.FindParty(view.proposer);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    DisabledText("next option proposed by");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 12.0f);
    if (UserCombo("##proposer", proposer ? proposer->name.c_str() : "not said")) {
      if (Selectable("not said", view.proposer == 0)) view.proposer = 0;
      for (const Party& party : model.parties) {
        PushId(party.id);
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
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - addWidth -
                          ImGui::GetStyle().ItemSpacing.x);
  // What is typed is the session's draft, on disk as it is typed; adding the option drops it.
  DraftKey draft{.kind = DraftKind::Option, .session = app.sessionId};
  const std::string& typed = model.Draft(draft);
  std::string edited;
  if (TextField("##new option", typed, &edited, "an option, as it is said, then Enter"))
    app.Request([draft, edited](Workshop& w) { w.SetDraft(draft, edited); });
  bool entered = ImGui::IsItemDeactivated() && EnterPressed();
  if (entered) ImGui::SetKeyboardFocusHere(-1);  // the field again, for the next option
  ImGui::SameLine();
  bool clicked = Button("Add option");
  if ((entered || clicked) && !Trim(typed).empty()) {
    Id proposedBy = record ? view.proposer : 0;
    app.Request([session = app.sessionId, text = Trim(typed), proposedBy](Workshop& w) {
      w.AddOption(session, text, proposedBy);
    });
  }
  ImGui::EndDisabled();
  if (!canAdd) Hint("Choose the session in use in the sidebar first.");

  size_t merged = model.options.size() - d.topLevel.size();
  ImGui::TextDisabled("%zu option%s%s, %zu cluster%s", d.topLevel.size(),
                      d.topLevel.size() == 1 ? "" : "s",
                      merged ? (" (and " + std::to_string(merged) + " merged)").c_str() : "",
                      model.clusters.size(), model.clusters.size() == 1 ? "" : "s");
  ImGui::Separator();

  // Only the lines in view are drawn: a large brainstorm has a thousand options and more.
  DrawLazyList(view.list, d.lineIds, ImGui::GetFrameHeightWithSpacing(), [&](size_t i) {
    const BrainstormLine& line = d.lines[i];
    const OptionGroup& group = d.groups[line.group];
    bool clustered = group.clusterId != 0;
    PushId(clustered ? group.clusterId : -1);
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

}  // namespace

void DrawBrainstorm(Workbench& app) {
  BrainstormView& view = app.options.brainstorm;
  const Model& model = app.workshop->Model();
  if (view.stamp.Outdated(model.revision, 0, [&](DerivedInputs& in) { AddInputs(model, in); }))
    Derive(model, view.derived);
  DrawBrainstormScreen(app, view, view.derived);
}

}  // namespace parley::ui
