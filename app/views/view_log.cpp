// The session log: phase changes, consents, overrides and notes, as they happened. The log is
// append-only; the facilitator adds notes but never edits or removes a line.
#include <imgui.h>

#include <string>
#include <string_view>

#include "core/common/bidi_text.hpp"
#include "views/view_log.hpp"
#include "views/workbench.hpp"
#include "views/widgets.hpp"

namespace parley::ui {

namespace {

// The log lines shown: those of the session in use, or all. The log only grows, so while the
// lines looked at before are still there only the new ones are looked at: a note added to a
// log of tens of thousands of lines costs one line, and a frame without one costs nothing.
const std::vector<size_t>& VisibleLines(Workbench& app, const std::vector<LogEntry>& log) {
  LogView& view = app.log;
  bool kept = view.scanned <= log.size() && (view.scanned == 0 || log[view.scanned - 1].id == view.lastScanned);
  if (!kept || view.session != app.sessionId || view.shownAll != view.showAll) {
    view.lines.clear();
    view.sentences.clear();
    view.scanned = 0;
  }
  for (size_t i = view.scanned; i < log.size(); ++i)
    if (view.showAll || log[i].sessionId == app.sessionId || log[i].sessionId == 0) {
      view.lines.push_back(i);
      bool parleys = log[i].kind != "note" && NeedsBidi(log[i].text);
      view.sentences.push_back(parleys ? "\u200E" + log[i].text : std::string());
    }
  view.scanned = log.size();
  view.lastScanned = log.empty() ? 0 : log.back().id;
  view.session = app.sessionId;
  view.shownAll = view.showAll;
  return view.lines;
}

// One line of the log as a row of the table. Its text wraps where it must, from line ends
// found once (WrappedText), not looked for again every frame.
void DrawLine(const LogEntry& entry, const std::string& sentence) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  // The date and the minute of the ISO time: "2026-10-14 09:30".
  std::string_view at = entry.at;
  char when[16];
  std::string_view date = at.substr(0, 10), time = at.size() > 11 ? at.substr(11, 5) : std::string_view();
  date.copy(when, date.size());
  when[date.size()] = ' ';
  time.copy(when + date.size() + 1, time.size());
  LineText(std::string_view(when, date.size() + 1 + time.size()), ImGui::GetColorU32(ImGuiCol_TextDisabled));
  ImGui::TableNextColumn();
  LineText(entry.kind, ImGui::GetColorU32(ImGuiCol_Text));
  ImGui::TableNextColumn();
  WrappedText(sentence.empty() ? entry.text : sentence, ImGui::GetColorU32(ImGuiCol_Text));
}

}  // namespace

void DrawLogView(Workbench& app) {
  LogView& view = app.log;
  ImGui::TextUnformatted("Session log");
  ImGui::SameLine();
  Checkbox("All sessions", &view.showAll);
  Hint("What happened, when: phase changes, consents, overrides of the stepper's warnings, who "
       "held the floor, your notes. Lines are never changed or removed.");

  // What is typed is the session's draft, on disk as it is typed; adding the note drops it.
  DraftKey draft{.kind = DraftKind::LogNote, .session = app.sessionId};
  const std::string& note = app.workshop->Model().Draft(draft);
  std::string typed;
  ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 7);
  if (TextField("##note", note, &typed, "a note for the log, then Enter"))
    app.Request([draft, typed](Workshop& w) { w.SetDraft(draft, typed); });
  bool entered = ImGui::IsItemDeactivated() && EnterPressed();
  ImGui::SameLine();
  if ((Button("Add note") || entered) && !note.empty())
    app.Request([session = app.sessionId, text = note](Workshop& w) { w.AddLogNote(session, text); });

  // Read from the file the first time the log is shown (Workshop::SessionLog); once only,
  // even when that fails.
  const std::vector<LogEntry>* log = nullptr;
  if (!view.unreadable && !app.Try([&] { log = &app.workshop->SessionLog(); })) view.unreadable = true;
  if (view.unreadable) {
    Hint("The session log could not be read: see the message. The rest of the record is as it was.");
    return;
  }
  const auto& lines = VisibleLines(app, *log);
  ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH |
                          ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("log", 3, flags)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Time (UTC)", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 10);
    ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 5);
    ImGui::TableSetupColumn("What happened", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(int(lines.size()));
    while (clipper.Step())
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row)
        DrawLine((*log)[lines[size_t(row)]], view.sentences[size_t(row)]);
    // Follow new lines as they arrive, unless the facilitator scrolled up to read.
    if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1.0f) ImGui::SetScrollHereY(1.0f);
    ImGui::EndTable();
  }
}

}  // namespace parley::ui
