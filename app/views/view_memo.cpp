// The joint memo: bracketed drafting, drafting from the record, frozen versions compared word
// by word, who received which version, and the export that never names a participant.
//
// [SECTION] Derived data (recomputed when the Model, the memo or the version shown changes)
// [SECTION] Memo picker and header
// [SECTION] Drafting
// [SECTION] Insert from the record
// [SECTION] Versions and comparison
// [SECTION] Distribution
// [SECTION] Export dialog
#include <imgui.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "core/common/bidi_text.hpp"
#include "core/common/clock.hpp"
#include "core/common/error.hpp"
#include "core/common/paths.hpp"
#include "views/rtl_text.hpp"
#include "views/stepper.hpp"
#include "views/view_memo.hpp"
#include "views/widgets.hpp"
#include "views/workbench.hpp"

namespace parley::ui {

namespace {

const ImVec4 kOpenColour(0.80f, 0.45f, 0.0f, 1.0f);
const ImVec4 kAddedColour(0.10f, 0.55f, 0.20f, 1.0f);
const ImVec4 kRemovedColour(0.75f, 0.15f, 0.15f, 1.0f);

// Negated, a section's id stands for its title among the paragraphs' ids in the draft's
// LazyList: the two tables number their rows independently.
Id TitleRowId(const MemoSection& section) { return -section.id; }

std::string VersionLabel(const MemoVersion& v) {
  return "Draft " + std::to_string(v.number) + "  " + v.frozenAt.substr(0, 10) + (v.note.empty() ? "" : "  " + v.note);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Derived data

bool Stale(const MemoDerived& d, const Model& model, const MemoView& view) {
  return d.revision != model.revision || d.memoId != view.memoId || d.shownVersion != view.shownVersion;
}

void Derive(const Model& model, const MemoView& view, MemoDerived& d) {
  d = MemoDerived{};
  d.revision = model.revision;
  d.memoId = view.memoId;
  d.shownVersion = view.shownVersion;
  d.open = OpenCount(model, view.memoId);

  std::map<Id, std::vector<size_t>> paragraphsOf;  // section -> its paragraphs, in order
  for (size_t i = 0; i < model.paragraphs.size(); ++i) paragraphsOf[model.paragraphs[i].sectionId].push_back(i);
  for (size_t s = 0; s < model.sections.size(); ++s) {
    const MemoSection& section = model.sections[s];
    if (section.memoId != view.memoId) continue;
    d.draft.push_back(MemoRow{s, 0, true});
    d.draftIds.Edit().push_back(TitleRowId(section));
    d.spans.emplace_back();
    for (size_t p : paragraphsOf[section.id]) {
      d.draft.push_back(MemoRow{s, p, false});
      d.draftIds.Edit().push_back(model.paragraphs[p].id);
      d.spans.push_back(BracketSpans(model.paragraphs[p].text));
    }
  }

  std::map<Id, size_t> placeOf;  // version of this memo -> its place in d.versions
  for (size_t i = 0; i < model.versions.size(); ++i) {
    const MemoVersion& v = model.versions[i];
    d.versionLabels[v.id] = VersionLabel(v);
    if (v.memoId != view.memoId) continue;
    placeOf[v.id] = d.versions.size();
    d.versions.push_back(i);
  }
  // Model::versions is by memo, then number: the memo's last version has the highest.
  int64_t next = d.versions.empty() ? 1 : model.versions[d.versions.back()].number + 1;
  d.freezeLabel = "Freeze as Draft " + std::to_string(next);
  d.distribution.resize(d.versions.size());
  for (size_t i = 0; i < model.distribution.size(); ++i)
    if (auto place = placeOf.find(model.distribution[i].versionId); place != placeOf.end())
      d.distribution[place->second].push_back(i);

  std::string section;
  for (size_t i = 0; i < model.versionParagraphs.size(); ++i) {
    const VersionParagraph& p = model.versionParagraphs[i];
    if (p.versionId != view.shownVersion || view.shownVersion == 0) continue;
    d.frozen.push_back(i);
    d.frozenIds.Edit().push_back(p.id);
    d.frozenOpensSection.push_back(p.sectionTitle != section);
    section = p.sectionTitle;
  }
}

// The view's derived data, brought up to date first when the Model or what is shown changed.
const MemoDerived& Derived(Workbench& app) {
  MemoView& view = app.memo;
  const Model& model = app.workshop->Model();
  if (Stale(view.derived, model, view)) Derive(model, view, view.derived);
  return view.derived;
}

// Asks for a new memo, shown once it is made.
void RequestNewMemo(Workbench& app) {
  app.Request([&app](Workshop& w) { app.memo.memoId = w.AddMemo("Joint memorandum", LocalDate()); });
}

const Memo* ShownMemo(Workbench& app) {
  const Model& model = app.workshop->Model();
  for (const Memo& m : model.memos)
    if (m.id == app.memo.memoId) return &m;
  if (model.memos.empty()) return nullptr;
  app.memo.memoId = model.memos.front().id;
  return &model.memos.front();
}

// Words of `text` laid out like wrapped text, each piece in its colour; removed words struck,
// added ones underlined. A paragraph in Arabic or Hebrew is laid out whole, as it reads.
void DrawPieces(const std::vector<DiffPiece>& pieces) {
  if (std::any_of(pieces.begin(), pieces.end(), [](const DiffPiece& p) { return NeedsBidi(p.text); })) {
    std::string text;
    std::vector<uint32_t> starts;
    std::vector<ImU32> colours;
    std::vector<int> marks;
    for (const DiffPiece& piece : pieces) {
      // A removed last word and the word put in its place are two words, not one joined.
      if (!text.empty() && text.back() != ' ' && text.back() != '\n') text += ' ';
      starts.push_back(uint32_t(text.size()));
      text += piece.text;
      colours.push_back(ImGui::GetColorU32(piece.kind == DiffPiece::Kind::Added     ? kAddedColour
                                           : piece.kind == DiffPiece::Kind::Removed ? kRemovedColour
                                                                                    : ImGui::GetStyleColorVec4(ImGuiCol_Text)));
      marks.push_back(piece.kind == DiffPiece::Kind::Same ? 0 : piece.kind == DiffPiece::Kind::Added ? 1 : 2);
    }
    PiecedText(text, starts, colours, marks);
    return;
  }
  float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  float left = ImGui::GetCursorScreenPos().x;
  bool first = true;
  for (const DiffPiece& piece : pieces) {
    std::string_view rest = piece.text;
    while (!rest.empty()) {
      size_t end = rest.find(' ');
      std::string_view word = rest.substr(0, end == std::string_view::npos ? rest.size() : end + 1);
      rest.remove_prefix(word.size());
      ImVec2 size = ImGui::CalcTextSize(word.data(), word.data() + word.size());
      if (!first) {
        ImGui::SameLine(0, 0);
        if (ImGui::GetCursorScreenPos().x + size.x > right) {
          ImGui::NewLine();
          ImGui::SetCursorScreenPos(ImVec2(left, ImGui::GetCursorScreenPos().y));
        }
      }
      first = false;
      ImVec4 colour = piece.kind == DiffPiece::Kind::Added     ? kAddedColour
                      : piece.kind == DiffPiece::Kind::Removed ? kRemovedColour
                                                               : ImGui::GetStyleColorVec4(ImGuiCol_Text);
      ImVec2 at = ImGui::GetCursorScreenPos();
      ImGui::TextColored(colour, "%.*s", int(word.size()), word.data());
      if (piece.kind != DiffPiece::Kind::Same) {
        float y = piece.kind == DiffPiece::Kind::Removed ? at.y + size.y * 0.55f : at.y + size.y;
        ImGui::GetWindowDrawList()->AddLine(ImVec2(at.x, y), ImVec2(at.x + size.x, y), ImGui::ColorConvertFloat4ToU32(colour));
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Memo picker and header

void DrawHeader(Workbench& app, const Memo& memo) {
  const Model& model = app.workshop->Model();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
  if (UserCombo("##memo", memo.title.c_str())) {
    for (const Memo& m : model.memos) {
      PushId(m.id);
      if (Selectable(m.title.c_str(), m.id == memo.id)) app.memo.memoId = m.id;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  Track("Memo");
  ImGui::SameLine();
  if (SmallButton("New memo"))
    RequestNewMemo(app);
  ImGui::SameLine();
  int open = Derived(app).open;
  if (open == 0)
    ImGui::TextColored(kAddedColour, "Clean: nothing in brackets");
  else
    ImGui::TextColored(kOpenColour, "%d open point%s in brackets", open, open == 1 ? "" : "s");
  ImGui::SameLine();
  if (Button("Export...")) {
    app.memo.exportDialog = MemoExportDialog{};
    app.memo.exportDialog.open = true;
  }

  float em = ImGui::GetFontSize();
  ImGui::PushItemWidth(-em * 6);
  std::string edited;
  if (TextField("Title##memo", memo.title, &edited))
    app.Request([id = memo.id, edited](Workshop& w) { w.SetText(Field::MemoTitle, id, edited); });
  ImGui::PopItemWidth();
  ImGui::SetNextItemWidth(em * 8);
  if (DateField("Date##memo", memo.date, app.memo.dates, true, &edited))
    app.Request([id = memo.id, edited](Workshop& w) { w.SetText(Field::MemoDate, id, edited); });
  ImGui::SameLine();
  bool place = memo.showPlace, dates = memo.showDates;
  if (Checkbox("\"Who met\" may name the place", &place) ||
      Checkbox("... and the dates", &dates))
    app.Request([id = memo.id, place, dates](Workshop& w) { w.SetMemoDisclosure(id, place, dates); });
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Drafting

const char* kStatusNames[] = {"Agreed", "Bracketed", "Internal note"};

void DrawParagraph(Workbench& app, const MemoParagraph& p, const std::vector<BracketSpan>& spans) {
  PushId(p.id);
  float em = ImGui::GetFontSize();
  ImGui::BeginGroup();
  float statusWidth = ImGui::CalcTextSize("Internal note").x + ImGui::GetStyle().FramePadding.x * 2;
  for (int status = 0; status < 3; ++status)
    if (Choice(kStatusNames[status], int(p.status) == status, nullptr, statusWidth) && int(p.status) != status)
      app.Request([id = p.id, status](Workshop& w) { w.SetParagraphStatus(id, ParagraphStatus(status)); });
  ImGui::EndGroup();
  ImGui::SameLine();
  std::string edited;
  bool note = p.status == ParagraphStatus::InternalNote;
  if (note) ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::GetStyleColorVec4(ImGuiCol_TableRowBgAlt));
  if (EditableText(app.memo.open, p.id, 1, "##text", p.text, "(empty: click to write)",
                   ImGui::GetContentRegionAvail().x - em * 7, &edited, {.roomLines = 1}))
    app.Request([id = p.id, edited](Workshop& w) { w.SetText(Field::ParagraphText, id, edited); });
  if (note) ImGui::PopStyleColor();
  ImGui::SameLine();
  ImGui::BeginGroup();
  if (ImGui::ArrowButton("##up", ImGuiDir_Up)) app.Request([id = p.id](Workshop& w) { w.MoveParagraph(id, -1); });
  Track("Move paragraph up");
  ImGui::SameLine(0, 2);
  if (ImGui::ArrowButton("##down", ImGuiDir_Down)) app.Request([id = p.id](Workshop& w) { w.MoveParagraph(id, +1); });
  Track("Move paragraph down");
  if (SmallButton("Remove")) app.Request([id = p.id](Workshop& w) { w.RemoveParagraph(id); });
  ImGui::EndGroup();

  // What is still open in it, shown plainly under the text.
  if (!note && (!spans.empty() || p.status == ParagraphStatus::Bracketed)) {
    ImGui::Indent(em * 8);
    ImGui::PushStyleColor(ImGuiCol_Text, kOpenColour);
    if (p.status == ParagraphStatus::Bracketed) {
      ImGui::TextUnformatted("Whole paragraph not yet agreed.");
      if (!spans.empty()) ImGui::SameLine();
    }
    for (size_t i = 0; i < spans.size(); ++i) {
      std::string_view span = std::string_view(p.text).substr(spans[i].begin, spans[i].end - spans[i].begin);
      if (i == 0) {
        ImGui::TextUnformatted("Open:");
        ImGui::SameLine();
      }
      ImGui::Text("%.*s", int(span.size()), span.data());
      if (i + 1 < spans.size()) ImGui::SameLine();
    }
    ImGui::PopStyleColor();
    ImGui::Unindent(em * 8);
  }
  if (!p.sourceKind.empty()) {
    ImGui::Indent(em * 8);
    ImGui::TextDisabled("drafted from the record (%s)", p.sourceKind.c_str());
    ImGui::Unindent(em * 8);
  }
  ImGui::PopID();
}

void DrawSectionTitle(Workbench& app, const Memo& memo, const MemoSection& section) {
  ImGui::Spacing();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18);
  std::string edited;
  if (TextField("##section title", section.title, &edited))
    app.Request([id = section.id, edited](Workshop& w) { w.SetText(Field::SectionTitle, id, edited); });
  ImGui::SameLine();
  if (SmallButton("Add paragraph"))
    app.Request([id = section.id](Workshop& w) { w.AddParagraph(id, "", ParagraphStatus::Bracketed); });
  if (section.kind == MemoSectionKind::WhoMet) {
    ImGui::SameLine();
    if (SmallButton("Write \"who met\" from the record"))
      app.Request([id = section.id, text = WhoMetText(app.workshop->Model(), memo)](Workshop& w) {
        w.AddParagraph(id, text, ParagraphStatus::Bracketed, "who-met");
      });
  }
  ImGui::Separator();
}

// The sections' titles and paragraphs. Only those in view are drawn: a memo of hundreds of
// paragraphs, each a field of several lines, would cost a frame every frame. The list is given
// a view taller by `reach` above and below, and each row is clipped to the real one: Tab and
// Shift+Tab move only to a field submitted in the frame, so the rows just out of view must be
// there for them to reach the next paragraph and scroll it into view, as when every row was.
void DrawSections(Workbench& app, const Memo& memo) {
  const Model& model = app.workshop->Model();
  const MemoDerived& d = Derived(app);
  // Tab from a paragraph opens the next one; from the last it ends the edit. ImGui's own Tab
  // would go to the next section's title, and from the last paragraph round to the memo's title
  // with its text selected, for the next key to replace.
  const ImGuiIO& io = ImGui::GetIO();
  OpenText& open = app.memo.open;
  if (open.record != 0 && io.WantTextInput && !io.KeyCtrl && !io.KeyShift &&
      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab), false)) {
    Id next = 0;
    bool after = false;
    for (const MemoRow& row : d.draft) {
      if (row.title) continue;
      Id id = model.paragraphs[row.paragraph].id;
      if (after) {
        next = id;
        break;
      }
      after = id == open.record;
    }
    open = next != 0 ? OpenText{next, 1, true} : OpenText{};
  }
  ImDrawList* drawList = ImGui::GetWindowDrawList();
  ImVec2 viewMin = drawList->GetClipRectMin(), viewMax = drawList->GetClipRectMax();
  float estimate = ImGui::GetFrameHeightWithSpacing() * 3;  // a paragraph's radio buttons
  float reach = estimate * 2;  // more than the part of a row below its field
  ImGui::PushClipRect(ImVec2(viewMin.x, viewMin.y - reach), ImVec2(viewMax.x, viewMax.y + reach), false);
  DrawLazyList(app.memo.draftList, d.draftIds, estimate, [&](size_t i) {
    ImGui::PushClipRect(viewMin, viewMax, false);
    const MemoRow& row = d.draft[i];
    const MemoSection& section = model.sections[row.section];
    PushId(section.id);
    if (row.title)
      DrawSectionTitle(app, memo, section);
    else
      DrawParagraph(app, model.paragraphs[row.paragraph], d.spans[i]);
    ImGui::PopID();
    ImGui::PopClipRect();
  });
  ImGui::PopClipRect();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Insert from the record

void DrawInsertFromRecord(Workbench& app, const Memo& memo) {
  MemoView& view = app.memo;
  const Model& model = app.workshop->Model();
  if (Button("Insert from the record...")) {
    view.drafts = DraftsFromRecord(model);
    view.chosen.assign(view.drafts.size(), 1);
    ImGui::OpenPopup("Insert from the record");
  }
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 40, ImGui::GetFontSize() * 26), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal("Insert from the record", nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  Hint("Acknowledged and common concerns, the options that fare best for the worst-off party, and "
       "the open steps. Each goes in as a bracketed draft paragraph you can edit; it keeps a link to "
       "where it came from.");
  ImGui::BeginChild("drafts", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 1.5f), true);
  if (view.drafts.empty()) Hint("Nothing in the record yet: acknowledge concerns, score options or agree steps first.");
  for (size_t i = 0; i < view.drafts.size(); ++i) {
    PushId(i);
    bool on = view.chosen[i] != 0;
    if (Checkbox("##draft", &on)) view.chosen[i] = on;
    ImGui::SameLine();
    WrappedText(view.drafts[i].text, ImGui::GetColorU32(ImGuiCol_Text));
    ImGui::PopID();
  }
  ImGui::EndChild();
  if (Button("Insert")) {
    std::vector<RecordDraft> chosen;
    for (size_t i = 0; i < view.drafts.size(); ++i)
      if (view.chosen[i]) chosen.push_back(view.drafts[i]);
    std::vector<std::pair<MemoSectionKind, Id>> sections;
    for (const MemoSection& s : model.sections)
      if (s.memoId == memo.id) sections.emplace_back(s.kind, s.id);
    app.Request([chosen, sections](Workshop& w) {
      for (const RecordDraft& d : chosen)
        for (const auto& [kind, id] : sections)
          if (kind == d.section) {
            w.AddParagraph(id, d.text, ParagraphStatus::Bracketed, d.sourceKind, d.sourceId);
            break;
          }
    });
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (Button("Cancel")) ImGui::CloseCurrentPopup();
  EndModal(app);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Versions and comparison

// The label of any version, the memo's own listed to choose from.
void VersionCombo(const char* label, const Model& model, const MemoDerived& d, Id* version) {
  auto current = d.versionLabels.find(*version);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
  if (UserCombo(label, current == d.versionLabels.end() ? "(choose)" : current->second.c_str())) {
    for (size_t i : d.versions) {
      const MemoVersion& v = model.versions[i];
      PushId(v.id);
      if (Selectable(d.versionLabels.at(v.id).c_str(), v.id == *version)) *version = v.id;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  Track(label);
}

// A frozen version's paragraphs under their section titles; only those in view are drawn.
void DrawFrozen(Workbench& app) {
  const Model& model = app.workshop->Model();
  const MemoDerived& d = Derived(app);
  DrawLazyList(app.memo.frozenList, d.frozenIds, ImGui::GetTextLineHeightWithSpacing() * 3, [&](size_t i) {
    const VersionParagraph& p = model.versionParagraphs[d.frozen[i]];
    if (d.frozenOpensSection[i]) DisabledText(p.sectionTitle.c_str());
    if (p.status == ParagraphStatus::InternalNote) DisabledText("(internal note)");
    WrappedText(p.text, ImGui::GetColorU32(ImGuiCol_Text));
  });
}

// The changed paragraphs of the two versions compared, word by word; only those in view are
// drawn, as each is laid out a word at a time.
void DrawComparison(MemoView& view) {
  DrawLazyList(view.comparisonList, view.changed, ImGui::GetTextLineHeightWithSpacing() * 4, [&](size_t i) {
    const ParagraphChange& c = view.comparison[size_t(view.changed[i])];
    DisabledText(c.sectionTitle.c_str());
    if (c.before && c.after && *c.before != *c.after) {
      ImGui::SameLine();
      ImGui::TextColored(kAddedColour, "was %s, now %s", kStatusNames[int(*c.before)], kStatusNames[int(*c.after)]);
    }
    DrawPieces(c.pieces);
    ImGui::Spacing();
  });
}

void DrawVersions(Workbench& app, const Memo& memo) {
  MemoView& view = app.memo;
  const Model& model = app.workshop->Model();
  const MemoDerived& d = Derived(app);  // derived again in place when the version shown changes
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
  std::string typed;
  if (TextField("##freeze note", view.freezeNote, &typed, "note, e.g. after the morning session")) view.freezeNote = typed;
  ImGui::SameLine();
  if (Button(d.freezeLabel.c_str())) {
    app.Request([id = memo.id, note = view.freezeNote](Workshop& w) { w.FreezeVersion(id, note); });
    view.freezeNote.clear();
  }
  Hint("A frozen version never changes: it can be viewed, compared and exported again exactly.");

  for (size_t i : d.versions) {
    const MemoVersion& v = model.versions[i];
    PushId(v.id);
    if (Selectable(d.versionLabels.at(v.id).c_str(), view.shownVersion == v.id))
      view.shownVersion = view.shownVersion == v.id ? 0 : v.id;
    ImGui::PopID();
  }
  if (view.shownVersion != 0) {
    ImGui::BeginChild("frozen", ImVec2(0, ImGui::GetFontSize() * 12), true);
    DrawFrozen(app);
    ImGui::EndChild();
  }

  ImGui::Spacing();
  DisabledText("COMPARE");
  VersionCombo("##compare a", model, d, &view.compareA);
  ImGui::SameLine();
  ImGui::TextUnformatted("with");
  ImGui::SameLine();
  VersionCombo("##compare b", model, d, &view.compareB);
  if (view.compareA != 0 && view.compareB != 0) {
    if (view.comparedA != view.compareA || view.comparedB != view.compareB) {
      view.comparison = CompareVersions(model, view.compareA, view.compareB);
      view.comparedA = view.compareA;
      view.comparedB = view.compareB;
      view.changed.Edit().clear();
      for (size_t i = 0; i < view.comparison.size(); ++i)
        if (view.comparison[i].changed) view.changed.Edit().push_back(Id(i));
    }
    size_t changed = view.changed.size();
    ImGui::Text("%zu paragraph%s changed", changed, changed == 1 ? "" : "s");
    ImGui::BeginChild("comparison", ImVec2(0, ImGui::GetFontSize() * 16), true);
    DrawComparison(view);
    ImGui::EndChild();
  }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Distribution

void DrawDistribution(Workbench& app) {
  MemoView& view = app.memo;
  const Model& model = app.workshop->Model();
  const MemoDerived& derived = Derived(app);
  Hint("Internal: who received which version. Never exported.");
  for (size_t k = 0; k < derived.versions.size(); ++k) {
    const MemoVersion& v = model.versions[derived.versions[k]];
    PushId(v.id);
    UserText(derived.versionLabels.at(v.id));
    for (size_t i : derived.distribution[k]) {
      const Distribution& d = model.distribution[i];
      PushId(d.id);
      ImGui::BulletText("%s  %s  %s", d.recipient.c_str(), d.sentOn.c_str(), d.note.c_str());
      ImGui::SameLine();
      if (SmallButton("Remove")) app.Request([id = d.id](Workshop& w) { w.RemoveDistribution(id); });
      ImGui::PopID();
    }
    float em = ImGui::GetFontSize();
    std::string typed;
    ImGui::SetNextItemWidth(em * 12);
    if (TextField("##recipient", view.recipient, &typed, "recipient")) view.recipient = typed;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 7);
    if (TextField("##sent", view.sentOn, &typed, "YYYY-MM-DD")) view.sentOn = typed;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 12);
    if (TextField("##note", view.distributionNote, &typed, "note")) view.distributionNote = typed;
    ImGui::SameLine();
    if (SmallButton("Record") && !view.recipient.empty()) {
      app.Request([id = v.id, r = view.recipient, s = view.sentOn, n = view.distributionNote](Workshop& w) {
        w.AddDistribution(id, r, s, n);
      });
      view.recipient.clear();
      view.distributionNote.clear();
    }
    ImGui::PopID();
  }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Export dialog

// The document the export would write, made once for the Model, the memo and the version; a
// failure is shown once, in the error dialog.
void MakePreview(Workbench& app, Id memo, int64_t version, MemoPreview& preview) {
  const Model& model = app.workshop->Model();
  preview.revision = model.revision;
  preview.memoId = memo;
  preview.version = version;
  preview.rows.clear();
  preview.rowIds.Edit().clear();
  preview.ok = app.Try([&] { preview.doc = BuildMemoDocument(model, memo, version, false); });
  if (!preview.ok) return;
  for (size_t s = 0; s < preview.doc.sections.size(); ++s) {
    preview.rows.push_back(MemoRow{s, 0, true});
    for (size_t p = 0; p < preview.doc.sections[s].paragraphs.size(); ++p) preview.rows.push_back(MemoRow{s, p, false});
  }
  for (size_t i = 0; i < preview.rows.size(); ++i) preview.rowIds.Edit().push_back(Id(i));
}

// The document's head, then its sections and paragraphs; only those in view are drawn.
void DrawPreview(MemoPreview& preview) {
  const MemoDocument& doc = preview.doc;
  if (!doc.pageMark.empty()) ImGui::TextColored(kOpenColour, "%s", doc.pageMark.c_str());
  UserText(doc.title);
  DisabledText(doc.subtitle.c_str());
  DrawLazyList(preview.list, preview.rowIds, ImGui::GetTextLineHeightWithSpacing() * 3, [&](size_t i) {
    const MemoRow& row = preview.rows[i];
    const MemoDocumentSection& s = doc.sections[row.section];
    if (row.title) {
      ImGui::Spacing();
      DisabledText(s.title.c_str());
      return;
    }
    const MemoDocumentParagraph& p = s.paragraphs[row.paragraph];
    if (p.bracketed) ImGui::PushStyleColor(ImGuiCol_Text, kOpenColour);
    WrappedText(p.text, ImGui::GetColorU32(ImGuiCol_Text));
    if (p.bracketed) ImGui::PopStyleColor();
  });
}

// The paragraphs of what a final export would write that still hold brackets.
std::vector<OpenParagraph> OpenParagraphs(const Model& model, Id memo, int64_t version) {
  std::vector<OpenParagraph> open;
  if (version == 0) {
    for (const MemoSection& section : model.sections)
      if (section.memoId == memo)
        for (const MemoParagraph& p : model.paragraphs)
          if (p.sectionId == section.id && p.status != ParagraphStatus::InternalNote && OpenPoints(p.text, p.status) > 0)
            open.push_back({p.id, 0, section.title, p.text});
    return open;
  }
  for (const MemoVersion& v : model.versions)
    if (v.memoId == memo && v.number == version)
      for (const VersionParagraph& p : model.versionParagraphs)
        if (p.versionId == v.id && p.status != ParagraphStatus::InternalNote && OpenPoints(p.text, p.status) > 0)
          open.push_back({0, v.id, p.sectionTitle, p.text});
  return open;
}

// Shows where an open paragraph is: the draft's paragraph opened to be edited, or the frozen
// version it is in.
void GoTo(Workbench& app, const OpenParagraph& where) {
  MemoView& view = app.memo;
  if (where.paragraph != 0) {
    view.showTab = "Draft";
    view.open = OpenText{where.paragraph, 1, true};
    view.draftList.scrollTo = where.paragraph;
  } else {
    view.showTab = "Versions";
    view.shownVersion = where.version;
  }
}

// Why the last export was refused, with the paragraphs to resolve; true when the dialog is to
// close (a paragraph is being shown).
bool DrawRefusal(Workbench& app, const MemoExportDialog& dialog) {
  ImGui::TextColored(kRemovedColour, "%s", dialog.refusal.c_str());
  ImGui::TextWrapped("%s", dialog.refusalAdvice.c_str());
  ImGui::BeginChild("open paragraphs", ImVec2(0, ImGui::GetFrameHeightWithSpacing() * 5.5f), true);
  bool close = false;
  for (size_t i = 0; i < dialog.refused.size() && !close; ++i) {
    const OpenParagraph& p = dialog.refused[i];
    PushId(i);
    if (SmallButton("Go to")) {
      GoTo(app, p);
      close = true;
    }
    ImGui::SameLine();
    DisabledText(p.section.c_str());
    WrappedText(p.text, ImGui::GetColorU32(ImGuiCol_Text));
    ImGui::PopID();
  }
  ImGui::EndChild();
  return close;
}

}  // namespace

void DrawExportDialog(Workbench& app) {
  MemoExportDialog& dialog = app.memo.exportDialog;
  if (!dialog.open || !app.workshop) return;
  const Model& model = app.workshop->Model();
  const char* title = dialog.report ? "Export the internal report" : "Export the joint memo";
  if (!ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
  float em = ImGui::GetFontSize();
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(em * 44, em * 34), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  const Memo* memo = ShownMemo(app);
  static constexpr const char* kFormats[] = {"Markdown", "HTML", "PDF"};
  for (int format = 0; format < 3; ++format) {
    if (Choice(kFormats[format], dialog.format == format) && dialog.format != format) {
      dialog.format = format;
      if (!dialog.path.empty())  // the file name follows the format
        dialog.path = std::filesystem::path(dialog.path).replace_extension(FormatExtension(ExportFormat(format))).string();
    }
    ImGui::SameLine(0, 2.0f);
  }
  Checkbox("Letter paper (else A4)", &dialog.letter);
  if (!dialog.report && memo) {
    std::string current = dialog.version == 0 ? "As it stands" : "Draft " + std::to_string(dialog.version);
    ImGui::SetNextItemWidth(em * 10);
    if (ImGui::BeginCombo("Version", current.c_str())) {
      if (Selectable("As it stands", dialog.version == 0)) dialog.version = 0;
      for (const MemoVersion& v : model.versions)
        if (v.memoId == memo->id) {
          std::string label = "Draft " + std::to_string(v.number);
          if (Selectable(label.c_str(), dialog.version == v.number)) dialog.version = v.number;
        }
      ImGui::EndCombo();
    }
    ImGui::SameLine();
    Checkbox("Final (refused while anything is in brackets)", &dialog.final);
  }
  ExportFormat format = ExportFormat(dialog.format);
  if (dialog.path.empty()) {
    std::string name = dialog.report ? "internal-report" : "joint-memo";
    dialog.path = app.dataDir + "/" + name + "." + FormatExtension(format);
  }
  std::string typed;
  ImGui::SetNextItemWidth(-em * 4);
  if (TextField("Save as", dialog.path, &typed)) dialog.path = typed;
  if (dialog.report) Hint("The report names participants. It is marked CONFIDENTIAL on every page and in its file name.");

  // Preview: the document as it will be written.
  bool below = !dialog.hits.empty() || !dialog.refusal.empty();
  ImGui::BeginChild("preview", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * (below ? 9.0f : 1.6f)), true);
  if (memo && !dialog.report) {
    MemoPreview& preview = dialog.preview;
    if (preview.revision != model.revision || preview.memoId != memo->id || preview.version != dialog.version)
      MakePreview(app, memo->id, dialog.version, preview);
    if (preview.ok) DrawPreview(preview);
  } else {
    Hint("Everything recorded: participants, consents, stories, needs and fears, options, steps and the session log.");
  }
  ImGui::EndChild();

  if (!dialog.hits.empty()) {
    ImGui::TextColored(kRemovedColour, "Not written: the text names a participant.");
    ImGui::BeginChild("hits", ImVec2(0, ImGui::GetFrameHeightWithSpacing() * 5.5f), true);
    for (size_t i = 0; i < dialog.hits.size(); ++i) {
      const ExportHit& hit = dialog.hits[i];
      PushId(i);
      ImGui::TextWrapped("%s \"%s\" in: %s", hit.why.c_str(), hit.found.c_str(), hit.paragraph.c_str());
      if (memo) {
        ImGui::SameLine();
        if (SmallButton("Not this person")) {
          app.Request([id = memo->id, hit](Workshop& w) { w.AcceptHit(id, hit.term, hit.paragraphKey, hit.paragraph); });
          dialog.hits.erase(dialog.hits.begin() + long(i));
          ImGui::PopID();
          break;
        }
      }
      ImGui::PopID();
    }
    ImGui::EndChild();
  }
  if (!dialog.refusal.empty() && DrawRefusal(app, dialog)) {
    dialog.open = false;
    ImGui::CloseCurrentPopup();
  }
  if (!dialog.written.empty()) ImGui::TextColored(kAddedColour, "Written: %s", dialog.written.c_str());

  if (Button(dialog.report ? "Export report" : "Check and export")) {
    dialog.written.clear();
    dialog.refusal.clear();
    PaperSize paper = dialog.letter ? PaperSize::Letter : PaperSize::A4;
    if (dialog.report) {
      WriteNamingEveryone(app, Workshop::PlaintextExport::Report, ConfidentialPath(dialog.path),
                          [&app, &dialog, format, paper, path = dialog.path](Workshop& w) {
                            dialog.written = ExportReport(w, format, paper, path);
                            app.notice = "Exported the internal report to " + dialog.written;
                          });
    } else if (memo) {
      MemoExportRequest request{memo->id, dialog.version, format, dialog.final, paper, dialog.path};
      // A refusal is the dialog's to show, beside the paragraphs that hold brackets; any other
      // failure goes to the error dialog, over this one.
      app.Request([&app, &dialog, request](Workshop& w) {
        try {
          dialog.hits = ExportMemo(w, request);
          if (dialog.hits.empty()) {
            dialog.written = request.path;
            app.notice = "Exported the memo to " + request.path;
          }
        } catch (const Refusal& e) {
          dialog.hits.clear();
          dialog.refusal = e.what();
          dialog.refusalAdvice = e.Advice();
          dialog.refused = OpenParagraphs(w.Model(), request.memo, request.version);
        }
      });
    }
  }
  ImGui::SameLine();
  if (Button("Close")) {
    dialog.open = false;
    ImGui::CloseCurrentPopup();
  }
  DrawPlaintextConfirmation(app);
  EndModal(app);
}

void DrawMemoView(Workbench& app) {
  DrawPhaseHeader(app, Phase::Memo);
  const Memo* memo = ShownMemo(app);
  if (!memo) {
    Hint("No memo yet. A memo is what the group can say together, for decision makers, without naming anyone.");
    if (Button("Start a joint memo"))
      RequestNewMemo(app);
    return;
  }
  DrawHeader(app, *memo);
  if (ImGui::BeginTabBar("memo tabs")) {
    auto tab = [&app](const char* label) {
      bool show = app.memo.showTab && std::string_view(app.memo.showTab) == label;
      if (show) app.memo.showTab = nullptr;
      return BeginTabItem(label, show ? ImGuiTabItemFlags_SetSelected : 0);
    };
    if (tab("Draft")) {
      DrawInsertFromRecord(app, *memo);
      DrawSections(app, *memo);
      ImGui::EndTabItem();
    }
    if (tab("Versions")) {
      DrawVersions(app, *memo);
      ImGui::EndTabItem();
    }
    if (BeginTabItem("Distribution")) {
      DrawDistribution(app);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
}

}  // namespace parley::ui
