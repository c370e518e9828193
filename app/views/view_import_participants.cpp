// File > Import participants: the preview of a CSV file and the import of its good rows.
#include "views/view_import_participants.hpp"

#include <imgui.h>

#include <charconv>
#include <string>
#include <string_view>

#include "views/rtl_text.hpp"
#include "views/widgets.hpp"
#include "views/workbench.hpp"

namespace parley::ui {

namespace {

const ImVec4 kProblemColour(0.75f, 0.15f, 0.15f, 1.0f);

// Each column of the file, with the field it fills as a choice: Parley reads common English
// headers; any other (a header in Russian, say) the facilitator maps here.
void DrawColumns(Workbench& app, ImportParticipantsDialog& dialog) {
  const ParticipantsPreview& preview = dialog.preview;
  if (dialog.chosen.size() != preview.fields.size()) dialog.chosen = preview.fields;  // as shown
  float em = ImGui::GetFontSize();
  bool changed = false;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Columns:");
  for (size_t i = 0; i < preview.header.size(); ++i) {
    PushId(i);
    std::string label = preview.header[i] + ":";
    if (ImGui::GetContentRegionAvail().x > ImGui::CalcTextSize(label.c_str()).x + em * 10) ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    UserText(label);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 8);
    const std::string& field = preview.fields[i];
    if (ImGui::BeginCombo("##field", field.empty() ? "not imported" : field.c_str())) {
      if (Selectable("not imported", field.empty())) {
        dialog.chosen[i].clear();
        changed = true;
      }
      for (const std::string& option : ParticipantFields())
        if (Selectable(option.c_str(), option == field)) {
          dialog.chosen[i] = option;
          changed = true;
        }
      ImGui::EndCombo();
    }
    TrackJoined("Column ", preview.header[i]);
    ImGui::PopID();
  }
  if (changed) {
    dialog.path = dialog.previewed;  // the columns are those of the file previewed
    PreviewParticipantsCsv(app, dialog);
  }
}

// One cell's text on one line, cut at the column's edge, whole in a tooltip.
void Cell(std::string_view text, ImU32 colour) {
  ImGui::TableNextColumn();
  LineText(text, colour);
  if (ImGui::IsItemHovered() && ImGui::CalcTextSize(text.data(), text.data() + text.size()).x > ImGui::GetItemRectSize().x)
    UserTooltip(text);
}

// A file may hold kMaxParticipantsCsvRows rows: each is one line high, so that the clipper
// draws only those in the table's view, whatever the file's length.
void DrawRows(const ParticipantsPreview& preview) {
  ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH |
                          ImGuiTableFlags_SizingStretchProp;
  float em = ImGui::GetFontSize();
  if (!ImGui::BeginTable("rows", 5, flags, ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 1.5f))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Row", ImGuiTableColumnFlags_WidthFixed, em * 3.5f);
  ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Party", ImGuiTableColumnFlags_WidthStretch, 0.8f);
  ImGui::TableSetupColumn("Role or affiliation", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Pseudonym, or why it is skipped", ImGuiTableColumnFlags_WidthStretch, 1.4f);
  ImGui::TableHeadersRow();
  ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text), problem = ImGui::GetColorU32(kProblemColour);
  // Given the rows' height, the clipper does not draw the first row to measure it.
  float rowHeight = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2;
  ImGuiListClipper clipper;
  clipper.Begin(int(preview.rows.size()), rowHeight);
  while (clipper.Step())
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const PreviewRow& row = preview.rows[size_t(r)];
      PushId(row.row);
      ImGui::TableNextRow(0, rowHeight);
      char number[24];
      *std::to_chars(number, number + sizeof number - 1, row.row).ptr = '\0';
      Cell(number, ink);
      TrackJoined("Preview row ", number);
      Cell(row.participant.name, ink);
      Cell(row.party, ink);
      Cell(row.participant.role, ink);
      if (row.problems.empty()) {
        Cell(row.participant.pseudonym.empty() ? "(a new pseudonym)" : row.participant.pseudonym, ink);
      } else {
        std::string skipped = "Skipped: " + row.problems.front();
        for (size_t i = 1; i < row.problems.size(); ++i) skipped += "; " + row.problems[i];
        Cell(skipped, problem);
      }
      ImGui::PopID();
    }
  ImGui::EndTable();
}

}  // namespace

void PreviewParticipantsCsv(Workbench& app, ImportParticipantsDialog& dialog) {
  // Another file's header is read afresh; the same file's keeps the columns as chosen.
  std::vector<std::string> chosen = dialog.previewed == dialog.path ? dialog.chosen : std::vector<std::string>{};
  app.Try([&] {
    dialog.preview = PreviewParticipantsFile(dialog.path, app.workshop->Model(), chosen);
    dialog.previewed = dialog.path;
    dialog.chosen = dialog.preview.fields;
    dialog.good = dialog.preview.GoodRows();
    app.scripts |= dialog.preview.scripts;
  });
}

void DrawImportParticipantsDialog(Workbench& app, ImportParticipantsDialog& dialog) {
  if (!dialog.open || !app.workshop) return;
  const char* title = "Import participants from a CSV file";
  if (!ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
  float em = ImGui::GetFontSize();
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(em * 56, em * 34), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;

  Hint("A spreadsheet saved as CSV (UTF-8; commas or semicolons) with a header row: name and party, "
       "and any of role or affiliation, pseudonym, notes, contact, general role. Nothing is added "
       "until you import.");
  std::string typed;
  ImGui::SetNextItemWidth(-em * 6);
  if (TextField("CSV file", dialog.path, &typed, "/path/to/participants.csv")) dialog.path = typed;
  ImGui::SameLine();
  if (Button("Preview") && !dialog.path.empty()) PreviewParticipantsCsv(app, dialog);

  size_t good = 0;
  if (!dialog.previewed.empty()) {
    const ParticipantsPreview& preview = dialog.preview;
    good = dialog.good;
    DrawColumns(app, dialog);
    for (const std::string& problem : preview.problems) ImGui::TextColored(kProblemColour, "%s", problem.c_str());
    ImGui::Text("%zu of %zu rows will be imported.", good, preview.rows.size());
    DrawRows(preview);
  } else {
    ImGui::Dummy(ImVec2(0, ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 1.5f));
  }

  std::string import = "Import " + std::to_string(good) + (good == 1 ? " participant" : " participants");
  ImGui::BeginDisabled(good == 0);
  if (Button(import.c_str())) {
    app.Request([&app, preview = dialog.preview, file = dialog.previewed](Workshop& w) {
      size_t added = ImportParticipants(preview, WriterFor(w)).size();
      app.notice = "Imported " + std::to_string(added) + (added == 1 ? " participant" : " participants") +
                   " from " + file;
    });
    dialog = ImportParticipantsDialog{};
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (Button("Cancel")) {
    dialog = ImportParticipantsDialog{};
    ImGui::CloseCurrentPopup();
  }
  EndModal(app);
}

}  // namespace parley::ui
