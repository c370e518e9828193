// The joint memo: bracketed drafting, drafting from the record, frozen versions compared word
// by word, who received which version, and the export that never names a participant.
//
// [SECTION] Memo picker and header
// [SECTION] Drafting
// [SECTION] Insert from the record
// [SECTION] Versions and comparison
// [SECTION] Distribution
// [SECTION] Export dialog
#include <imgui.h>

#include <filesystem>

#include "core/clock.hpp"
#include "core/paths.hpp"
#include "views/views.hpp"
#include "views/widgets.hpp"

namespace parley::ui {

namespace {

const ImVec4 kOpenColour(0.80f, 0.45f, 0.0f, 1.0f);
const ImVec4 kAddedColour(0.10f, 0.55f, 0.20f, 1.0f);
const ImVec4 kRemovedColour(0.75f, 0.15f, 0.15f, 1.0f);

const Memo* ShownMemo(Workbench& app) {
  const Model& model = app.workshop->Model();
  for (const Memo& m : model.memos)
    if (m.id == app.memo.memoId) return &m;
  if (model.memos.empty()) return nullptr;
  app.memo.memoId = model.memos.front().id;
  return &model.memos.front();
}

int OpenPoints(Workbench& app, Id memo) {
  MemoView& view = app.memo;
  const Model& model = app.workshop->Model();
  if (view.revision != model.revision || view.countedMemo != memo) {
    view.open = OpenCount(model, memo);
    view.revision = model.revision;
    view.countedMemo = memo;
  }
  return view.open;
}

// Words of `text` laid out like wrapped text, each piece in its colour; removed words struck.
void DrawPieces(const std::vector<DiffPiece>& pieces) {
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
  if (ImGui::BeginCombo("##memo", memo.title.c_str())) {
    for (const Memo& m : model.memos) {
      ImGui::PushID(int(m.id));
      if (Selectable(m.title.c_str(), m.id == memo.id)) app.memo.memoId = m.id;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  Track("Memo");
  ImGui::SameLine();
  if (SmallButton("New memo"))
    app.Request([&app](Workshop& w) { app.memo.memoId = w.AddMemo("Joint memorandum", LocalDate()); });
  ImGui::SameLine();
  int open = OpenPoints(app, memo.id);
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
  if (TextField("Date##memo", memo.date, &edited, "YYYY-MM-DD"))
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

void DrawParagraph(Workbench& app, const MemoParagraph& p) {
  ImGui::PushID(int(p.id));
  float em = ImGui::GetFontSize();
  ImGui::BeginGroup();
  for (int status = 0; status < 3; ++status) {
    if (ImGui::RadioButton(kStatusNames[status], int(p.status) == status) && int(p.status) != status)
      app.Request([id = p.id, status](Workshop& w) { w.SetParagraphStatus(id, ParagraphStatus(status)); });
    Track(kStatusNames[status]);
  }
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - em * 7);
  std::string edited;
  bool note = p.status == ParagraphStatus::InternalNote;
  if (note) ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::GetStyleColorVec4(ImGuiCol_TableRowBgAlt));
  if (TextArea("##text", p.text, &edited, em * 3.4f))
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
  auto spans = BracketSpans(p.text);
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

void DrawSections(Workbench& app, const Memo& memo) {
  const Model& model = app.workshop->Model();
  for (const MemoSection& section : model.sections) {
    if (section.memoId != memo.id) continue;
    ImGui::PushID(int(section.id));
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
        app.Request([id = section.id, text = WhoMetText(model, memo)](Workshop& w) {
          w.AddParagraph(id, text, ParagraphStatus::Bracketed, "who-met");
        });
    }
    ImGui::Separator();
    for (const MemoParagraph& p : model.paragraphs)
      if (p.sectionId == section.id) DrawParagraph(app, p);
    ImGui::PopID();
  }
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
    ImGui::PushID(int(i));
    bool on = view.chosen[i] != 0;
    if (Checkbox("##draft", &on)) view.chosen[i] = on;
    ImGui::SameLine();
    ImGui::TextWrapped("%s", view.drafts[i].text.c_str());
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
  ImGui::EndPopup();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Versions and comparison

std::string VersionLabel(const MemoVersion& v) {
  return "Draft " + std::to_string(v.number) + "  " + v.frozenAt.substr(0, 10) + (v.note.empty() ? "" : "  " + v.note);
}

void VersionCombo(const char* label, const Model& model, Id memo, Id* version) {
  std::string current = "(choose)";
  for (const MemoVersion& v : model.versions)
    if (v.id == *version) current = VersionLabel(v);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
  if (ImGui::BeginCombo(label, current.c_str())) {
    for (const MemoVersion& v : model.versions) {
      if (v.memoId != memo) continue;
      ImGui::PushID(int(v.id));
      if (Selectable(VersionLabel(v).c_str(), v.id == *version)) *version = v.id;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  Track(label);
}

void DrawVersions(Workbench& app, const Memo& memo) {
  MemoView& view = app.memo;
  const Model& model = app.workshop->Model();
  int64_t next = 1;
  for (const MemoVersion& v : model.versions)
    if (v.memoId == memo.id) next = v.number + 1;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
  std::string typed;
  if (TextField("##freeze note", view.freezeNote, &typed, "note, e.g. after the morning session")) view.freezeNote = typed;
  ImGui::SameLine();
  std::string freeze = "Freeze as Draft " + std::to_string(next);
  if (Button(freeze.c_str())) {
    app.Request([id = memo.id, note = view.freezeNote](Workshop& w) { w.FreezeVersion(id, note); });
    view.freezeNote.clear();
  }
  Hint("A frozen version never changes: it can be viewed, compared and exported again exactly.");

  for (const MemoVersion& v : model.versions) {
    if (v.memoId != memo.id) continue;
    ImGui::PushID(int(v.id));
    if (Selectable(VersionLabel(v).c_str(), view.shownVersion == v.id)) view.shownVersion = view.shownVersion == v.id ? 0 : v.id;
    ImGui::PopID();
  }
  if (view.shownVersion != 0) {
    ImGui::BeginChild("frozen", ImVec2(0, ImGui::GetFontSize() * 12), true);
    std::string section;
    for (const VersionParagraph& p : model.versionParagraphs) {
      if (p.versionId != view.shownVersion) continue;
      if (p.sectionTitle != section) ImGui::TextDisabled("%s", (section = p.sectionTitle).c_str());
      ImGui::TextWrapped("%s%s", p.status == ParagraphStatus::InternalNote ? "(internal note) " : "", p.text.c_str());
    }
    ImGui::EndChild();
  }

  ImGui::Spacing();
  ImGui::TextDisabled("COMPARE");
  VersionCombo("##compare a", model, memo.id, &view.compareA);
  ImGui::SameLine();
  ImGui::TextUnformatted("with");
  ImGui::SameLine();
  VersionCombo("##compare b", model, memo.id, &view.compareB);
  if (view.compareA != 0 && view.compareB != 0) {
    if (view.comparedA != view.compareA || view.comparedB != view.compareB) {
      view.comparison = CompareVersions(model, view.compareA, view.compareB);
      view.comparedA = view.compareA;
      view.comparedB = view.compareB;
    }
    int changed = 0;
    for (const ParagraphChange& c : view.comparison) changed += c.changed;
    ImGui::Text("%d paragraph%s changed", changed, changed == 1 ? "" : "s");
    ImGui::BeginChild("comparison", ImVec2(0, ImGui::GetFontSize() * 16), true);
    for (const ParagraphChange& c : view.comparison) {
      if (!c.changed) continue;
      ImGui::TextDisabled("%s", c.sectionTitle.c_str());
      DrawPieces(c.pieces);
      ImGui::Spacing();
    }
    ImGui::EndChild();
  }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Distribution

void DrawDistribution(Workbench& app, const Memo& memo) {
  MemoView& view = app.memo;
  const Model& model = app.workshop->Model();
  Hint("Internal: who received which version. Never exported.");
  for (const MemoVersion& v : model.versions) {
    if (v.memoId != memo.id) continue;
    ImGui::PushID(int(v.id));
    ImGui::TextUnformatted(VersionLabel(v).c_str());
    for (const Distribution& d : model.distribution) {
      if (d.versionId != v.id) continue;
      ImGui::PushID(int(d.id));
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

}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] Export dialog

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
    if (ImGui::RadioButton(kFormats[format], dialog.format == format) && dialog.format != format) {
      dialog.format = format;
      if (!dialog.path.empty())  // the file name follows the format
        dialog.path = std::filesystem::path(dialog.path).replace_extension(FormatExtension(ExportFormat(format))).string();
    }
    Track(kFormats[format]);
    ImGui::SameLine();
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
  ImGui::BeginChild("preview", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * (dialog.hits.empty() ? 1.6f : 8.0f)), true);
  if (memo && !dialog.report) {
    MemoDocument doc;
    bool ok = app.Try([&] { doc = BuildMemoDocument(model, memo->id, dialog.version, false); });
    if (ok) {
      if (!doc.pageMark.empty()) ImGui::TextColored(kOpenColour, "%s", doc.pageMark.c_str());
      ImGui::TextUnformatted(doc.title.c_str());
      ImGui::TextDisabled("%s", doc.subtitle.c_str());
      for (const MemoDocumentSection& s : doc.sections) {
        ImGui::Spacing();
        ImGui::TextDisabled("%s", s.title.c_str());
        for (const MemoDocumentParagraph& p : s.paragraphs) {
          if (p.bracketed) ImGui::PushStyleColor(ImGuiCol_Text, kOpenColour);
          ImGui::TextWrapped("%s", p.text.c_str());
          if (p.bracketed) ImGui::PopStyleColor();
        }
      }
    }
  } else {
    Hint("Everything recorded: participants, consents, stories, needs and fears, options, steps and the session log.");
  }
  ImGui::EndChild();

  if (!dialog.hits.empty()) {
    ImGui::TextColored(kRemovedColour, "Not written: the text names a participant.");
    ImGui::BeginChild("hits", ImVec2(0, ImGui::GetFrameHeightWithSpacing() * 5.5f), true);
    for (size_t i = 0; i < dialog.hits.size(); ++i) {
      const ExportHit& hit = dialog.hits[i];
      ImGui::PushID(int(i));
      ImGui::TextWrapped("%s \"%s\" in: %s", hit.why.c_str(), hit.found.c_str(), hit.paragraph.c_str());
      if (!hit.paragraphKey.empty() && memo) {
        ImGui::SameLine();
        if (SmallButton("Not this person")) {
          app.Request([id = memo->id, term = hit.term, key = hit.paragraphKey](Workshop& w) { w.AcceptHit(id, term, key); });
          dialog.hits.erase(dialog.hits.begin() + long(i));
          ImGui::PopID();
          break;
        }
      }
      ImGui::PopID();
    }
    ImGui::EndChild();
  }
  if (!dialog.written.empty()) ImGui::TextColored(kAddedColour, "Written: %s", dialog.written.c_str());

  if (Button(dialog.report ? "Export report" : "Check and export")) {
    dialog.written.clear();
    PaperSize paper = dialog.letter ? PaperSize::Letter : PaperSize::A4;
    if (dialog.report) {
      app.Request([&dialog, format, paper, path = dialog.path](Workshop& w) {
        dialog.written = ExportReport(w, format, paper, path);
      });
    } else if (memo) {
      MemoExportRequest request{memo->id, dialog.version, format, dialog.final, paper, dialog.path};
      app.Request([&dialog, request](Workshop& w) {
        dialog.hits = ExportMemo(w, request);
        if (dialog.hits.empty()) dialog.written = request.path;
      });
    }
  }
  ImGui::SameLine();
  if (Button("Close")) {
    dialog.open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void DrawMemoView(Workbench& app) {
  DrawPhaseHeader(app, Phase::Memo);
  const Memo* memo = ShownMemo(app);
  if (!memo) {
    Hint("No memo yet. A memo is what the group can say together, for decision makers, without naming anyone.");
    if (Button("Start a joint memo"))
      app.Request([&app](Workshop& w) { app.memo.memoId = w.AddMemo("Joint memorandum", LocalDate()); });
    return;
  }
  DrawHeader(app, *memo);
  if (ImGui::BeginTabBar("memo tabs")) {
    if (BeginTabItem("Draft")) {
      DrawInsertFromRecord(app, *memo);
      DrawSections(app, *memo);
      ImGui::EndTabItem();
    }
    if (BeginTabItem("Versions")) {
      DrawVersions(app, *memo);
      ImGui::EndTabItem();
    }
    if (BeginTabItem("Distribution")) {
      DrawDistribution(app, *memo);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
}

}  // namespace parley::ui
