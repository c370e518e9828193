// The session log: phase changes, consents, overrides and notes, as they happened. The log is
// append-only; the facilitator adds notes but never edits or removes a line.
#include <imgui.h>

#include <string_view>

#include "views/views.hpp"
#include "views/widgets.hpp"

namespace parley::ui {

namespace {

// The log lines shown: those of the session in use, or all. The log only grows, so while the
// lines looked at before are still there only the new ones are looked at: a note added to a
// log of tens of thousands of lines costs one line, and a frame without one costs nothing.
const std::vector<size_t>& VisibleLines(Workbench& app, const std::vector<LogEntry>& log) {
  LogView& view = app.log;
  bool kept = view.scanned <= log.size() && (view.scanned == 0 || log[view.scanned - 1].id == view.lastScanned);
  if (!kept) view.widths.clear();
  if (!kept || view.session != app.sessionId || view.shownAll != view.showAll) {
    view.lines.clear();
    view.scanned = 0;
  }
  for (size_t i = view.scanned; i < log.size(); ++i)
    if (view.showAll || log[i].sessionId == app.sessionId || log[i].sessionId == 0) view.lines.push_back(i);
  view.widths.resize(log.size(), -1.0f);
  view.scanned = log.size();
  view.lastScanned = log.empty() ? 0 : log.back().id;
  view.session = app.sessionId;
  view.shownAll = view.showAll;
  return view.lines;
}

void Unformatted(std::string_view text) { ImGui::TextUnformatted(text.data(), text.data() + text.size()); }

// The width of line `i`'s text unwrapped, measured the first time it is drawn. ImGui goes over
// a wrapped text twice as often as over an unwrapped one, as it looks for where to break each
// line both when it measures the text and when it draws it; most lines fit their column.
float UnwrappedWidth(LogView& view, const std::vector<LogEntry>& log, size_t i) {
  if (view.widths[i] < 0) {
    const std::string& text = log[i].text;
    view.widths[i] = ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
  }
  return view.widths[i];
}

// One line of the log as a row of the table. Its texts go to ImGui as they are, not through
// printf-style formatting, which would cost about as much again as drawing them; a text that
// fits its column is drawn unwrapped, which gives the same pixels.
void DrawLine(LogView& view, const std::vector<LogEntry>& log, size_t i) {
  const LogEntry& entry = log[i];
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  // The date and the minute of the ISO time: "2026-10-14 09:30".
  std::string_view at = entry.at;
  char when[16];
  std::string_view date = at.substr(0, 10), time = at.size() > 11 ? at.substr(11, 5) : std::string_view();
  date.copy(when, date.size());
  when[date.size()] = ' ';
  time.copy(when + date.size() + 1, time.size());
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  Unformatted(std::string_view(when, date.size() + 1 + time.size()));
  ImGui::PopStyleColor();
  ImGui::TableNextColumn();
  Unformatted(entry.kind);
  ImGui::TableNextColumn();
  bool wrap = UnwrappedWidth(view, log, i) > ImGui::GetContentRegionAvail().x;
  if (wrap) ImGui::PushTextWrapPos(0.0f);
  Unformatted(entry.text);
  if (wrap) ImGui::PopTextWrapPos();
}

}  // namespace

void DrawLogView(Workbench& app) {
  LogView& view = app.log;
  ImGui::TextUnformatted("Session log");
  ImGui::SameLine();
  Checkbox("All sessions", &view.showAll);
  Hint("What happened, when: phase changes, consents, overrides of the stepper's warnings, who "
       "held the floor, your notes. Lines are never changed or removed.");

  std::string typed;
  ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 7);
  if (TextField("##note", view.note, &typed, "a note for the log, then Enter")) view.note = typed;
  bool entered = ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter));
  ImGui::SameLine();
  if ((Button("Add note") || entered) && !view.note.empty()) {
    app.Request([session = app.sessionId, text = view.note](Workshop& w) { w.AddLogNote(session, text); });
    view.note.clear();
  }

  if (view.widthsFontSize != ImGui::GetFontSize()) {  // View > Font size: measured again
    view.widths.assign(view.widths.size(), -1.0f);
    view.widthsFontSize = ImGui::GetFontSize();
  }
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
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) DrawLine(view, *log, lines[size_t(row)]);
    // Follow new lines as they arrive, unless the facilitator scrolled up to read.
    if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1.0f) ImGui::SetScrollHereY(1.0f);
    ImGui::EndTable();
  }
}

}  // namespace parley::ui
