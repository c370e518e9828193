// Stories: the speaking queue, the speaker timer, floor time per party, and the stories.
//
// [SECTION] Derived data (recomputed when the Model changes)
// [SECTION] Small helpers: time, colours, swatches, theme matching
// [SECTION] Keyboard: F5, F6, Ctrl+Enter
// [SECTION] Floor: who speaks, the clock, the timer buttons
// [SECTION] Floor time bars
// [SECTION] Queue
// [SECTION] Capture form
// [SECTION] Stories list
// [SECTION] DrawStoriesView
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "core/method/speaking_order.hpp"
#include "core/common/text.hpp"
#include "views/fonts.hpp"
#include "views/rtl_text.hpp"
#include "views/stepper.hpp"
#include "views/view_stories.hpp"
#include "views/widgets.hpp"
#include "views/workbench.hpp"

namespace parley::ui {

namespace {

// GLFW's codes of F5 and F6: ImGui 1.86 keeps keys by the platform's code in io.KeysDown, and
// its key map (ImGuiKey_) has no function keys.
constexpr int kKeyF5 = 294, kKeyF6 = 295;
constexpr size_t kMaxSuggestions = 8;

// ---------------------------------------------------------------------------------------------
// [SECTION] Derived data

bool LessIgnoringCase(const std::string& a, const std::string& b) {
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) < std::tolower(static_cast<unsigned char>(y));
  });
}

void Derive(const Model& model, Id session, StoriesDerived& d) {
  d = StoriesDerived{};
  d.revision = model.revision;
  d.sessionId = session;

  for (const StoryTheme& t : model.themes) {
    d.themes.push_back(t.theme);
    d.themesOf[t.storyId].push_back(t);
  }
  std::sort(d.themes.begin(), d.themes.end(), LessIgnoringCase);
  d.themes.erase(std::unique(d.themes.begin(), d.themes.end()), d.themes.end());

  d.sessionMs = FloorTimeByParty(model, session, 0);  // at time 0 a running clock adds nothing
  d.workshopMs = FloorTimeByParty(model, 0, 0);
  for (const Turn& t : model.turns)
    if (t.runningSinceMs != 0) d.running.push_back(t);

  std::vector<Id> queued;
  for (const QueueEntry& e : model.queue)
    if (e.sessionId == session) queued.push_back(e.participantId);
  d.proposal = ProposeSpeakingOrder(model, session);
  d.proposalDiffers = d.proposal != queued;
  d.imbalance = QueueImbalance(model, session);
  for (const Participant& p : model.participants) {
    if (!model.Attends(session, p.id)) continue;
    d.present.push_back(p.id);
    if (std::find(queued.begin(), queued.end(), p.id) == queued.end()) d.addable.push_back(p.id);
  }
}

// The floor at this moment, from the Model and the derived data.
struct Floor {
  const Turn* turn = nullptr;             // the turn at the floor, running or paused
  const Participant* speaker = nullptr;   // who holds it
  bool running = false;
  int64_t ms = 0;                         // how long they have held it
};

int64_t UnixMs(std::chrono::system_clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

Floor FloorNow(const Model& model, Id session, int64_t nowMs) {
  Floor floor;
  const Turn* turn = model.CurrentTurn(session);
  if (!turn) return floor;
  floor.running = turn->runningSinceMs != 0;
  floor.turn = turn;
  floor.speaker = model.FindParticipant(turn->participantId);
  floor.ms = TurnMs(*turn, nowMs);
  return floor;
}

// Floor time per party with the running clocks counted up to `nowMs`.
std::vector<int64_t> WithRunning(const Model& model, std::vector<int64_t> ms, Id session, int64_t nowMs,
                                 const std::vector<Turn>& running) {
  for (const Turn& t : running) {
    if (session != 0 && t.sessionId != session) continue;
    const Participant* p = model.FindParticipant(t.participantId);
    for (size_t i = 0; p && i < model.parties.size() && i < ms.size(); ++i)
      if (model.parties[i].id == p->partyId) ms[i] += TurnMs(t, nowMs) - t.heldMs;
  }
  return ms;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Small helpers

std::string ClockText(int64_t ms) {
  long long s = static_cast<long long>(std::max<int64_t>(0, ms) / 1000);
  char text[32];
  if (s >= 3600)
    std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", s / 3600, (s / 60) % 60, s % 60);
  else
    std::snprintf(text, sizeof text, "%02lld:%02lld", s / 60, s % 60);
  return text;
}

// The party colour of a participant, grey when unknown.
std::string ColourOf(const Model& model, const Participant* p) {
  const Party* party = p ? model.FindParty(p->partyId) : nullptr;
  return party ? party->colour : std::string("#808080");
}

// A participant's name with their party's swatch before it, on one line; `framed` lines it
// up with buttons on the same line.
void PersonLabel(const Model& model, const Participant* p, bool framed = false) {
  float line = framed ? ImGui::GetFrameHeight() : ImGui::GetTextLineHeight();
  ColourSwatch(ColourOf(model, p), ImGui::GetTextLineHeight(), line);
  ImGui::SameLine();
  if (framed) ImGui::AlignTextToFramePadding();
  UserText(p ? p->name : "(removed participant)");
}

// A button that stays quiet until pointed at, for actions that are not the row's purpose.
bool QuietSmallButton(const char* label, const char* trackAs) {
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  bool clicked = ImGui::SmallButton(label);
  ImGui::PopStyleColor(2);
  Track(trackAs);
  return clicked;
}

bool StartsWithIgnoringCase(const std::string& text, const std::string& prefix) {
  if (prefix.size() > text.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}

bool ContainsIgnoringCase(const std::string& text, const std::string& part) {
  for (size_t i = 0; i + part.size() <= text.size(); ++i)
    if (StartsWithIgnoringCase(text.substr(i), part)) return true;
  return false;
}

bool Has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// Known themes matching what is typed: those starting with it first, then those containing it,
// each in the cached order; none already in `taken`.
std::vector<const std::string*> Suggestions(const std::vector<std::string>& known, const std::string& typed,
                                            const std::vector<std::string>& taken) {
  std::vector<const std::string*> found;
  std::string key = Trim(typed);
  if (key.empty()) return found;
  for (int pass = 0; pass < 2; ++pass)
    for (const std::string& theme : known) {
      if (found.size() == kMaxSuggestions) return found;
      bool starts = StartsWithIgnoringCase(theme, key);
      bool match = pass == 0 ? starts : !starts && ContainsIgnoringCase(theme, key);
      if (match && theme != key && !Has(taken, theme)) found.push_back(&theme);
    }
  return found;
}

// A one-line theme field: Tab completes to the first suggestion; a comma, like Enter, ends a
// theme. Returns the themes ended in this frame; `text` holds what is still being typed.
struct ThemeInput {
  const std::vector<std::string>* known;
  const std::vector<std::string>* taken;
  std::vector<std::string> ended;
};

int ThemeInputCallback(ImGuiInputTextCallbackData* data) {
  auto* in = static_cast<ThemeInput*>(data->UserData);
  std::string text(data->Buf, size_t(data->BufTextLen));
  if (data->EventFlag == ImGuiInputTextFlags_CallbackCompletion) {
    auto found = Suggestions(*in->known, text, *in->taken);
    if (!found.empty()) {
      data->DeleteChars(0, data->BufTextLen);
      data->InsertChars(0, found.front()->c_str());
    }
  } else if (data->EventFlag == ImGuiInputTextFlags_CallbackEdit && text.find(',') != std::string::npos) {
    size_t start = 0;
    for (size_t comma = text.find(','); comma != std::string::npos; comma = text.find(',', start)) {
      if (std::string theme = Trim(text.substr(start, comma - start)); !theme.empty()) in->ended.push_back(theme);
      start = comma + 1;
    }
    std::string rest = Trim(text.substr(start));
    data->DeleteChars(0, data->BufTextLen);
    data->InsertChars(0, rest.c_str());
  }
  return 0;
}

// Draws the field; returns true when Enter was pressed in it.
bool ThemeField(const char* label, const char* hint, std::string* text, ThemeInput* in) {
  ImGuiInputTextFlags flags = ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackCompletion |
                              ImGuiInputTextFlags_CallbackEdit;
  return ImGui::InputTextWithHint(label, hint, text, flags, ThemeInputCallback, in);
}

// A theme as a chip; returns true when its × is clicked.
bool ThemeChip(const std::string& theme, const char* trackAs) {
  std::string label = theme + "  \xC3\x97";  // ×
  ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
  bool clicked = ImGui::SmallButton(ShownLabel(label.c_str()));  // a theme is in the room's words
  ImGui::PopStyleColor();
  Track(trackAs);
  if (ImGui::IsItemHovered()) UserTooltip("Remove the theme \"" + theme + "\"");
  return clicked;
}


float ThemeChipWidth(const std::string& theme) {
  return ImGui::CalcTextSize((theme + "  \xC3\x97").c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Keyboard

// The summary of the story being typed: the session's draft, on disk as it is typed.
DraftKey SummaryDraft(const Workbench& app) { return {.kind = DraftKind::Story, .session = app.sessionId}; }
const std::string& Summary(const Workbench& app) { return app.workshop->Model().Draft(SummaryDraft(app)); }

// The floor's keys work wherever the keyboard is, also while typing in a field.
void NextSpeaker(Workbench& app, StoriesView& view) {
  Id session = app.sessionId;
  app.Request([session](Workshop& w) { w.NextSpeaker(session); });
  view.focusSummary = true;
  if (Trim(Summary(app)).empty()) view.tellerId = 0;  // the new story is the next speaker's
}

void PauseOrResume(Workbench& app, const Floor& floor) {
  Id session = app.sessionId;
  if (!floor.turn) return;
  if (floor.running)
    app.Request([session](Workshop& w) { w.PauseTimer(session); });
  else
    app.Request([session](Workshop& w) { w.ResumeTimer(session); });
}

// A dialog or menu has the keys: the view's shortcuts stay quiet.
bool DialogOpen() { return ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel); }

bool CtrlEnterPressed() {
  return ImGui::GetIO().KeyCtrl && EnterPressed(false);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Floor

void DrawFloor(Workbench& app, StoriesView& view, const Floor& floor) {
  const Model& model = app.workshop->Model();
  DisabledText("HAS THE FLOOR");
  ImFont* large = LargeFont();
  float largeLine = large->FontSize;
  if (floor.speaker) {
    ColourSwatch(ColourOf(model, floor.speaker), largeLine * 0.7f, largeLine);
    ImGui::SameLine();
    ImGui::PushFont(large);
    UserText(floor.speaker->name);
    ImGui::PopFont();
    const Party* party = model.FindParty(floor.speaker->partyId);
    ImGui::TextDisabled("%s  \xC2\xB7  %s", party ? party->name.c_str() : "", floor.speaker->pseudonym.c_str());
  } else {
    ImGui::PushFont(large);
    DisabledText("Nobody");
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0.0f);
    DisabledText("The floor is open: F6 gives it to the first in the queue.");
    ImGui::PopTextWrapPos();
  }

  ImGui::PushFont(large);
  bool paused = floor.turn && !floor.running;
  ImGui::PushStyleColor(ImGuiCol_Text, paused ? WarningColour() : ImGui::GetStyleColorVec4(floor.turn ? ImGuiCol_Text : ImGuiCol_TextDisabled));
  ImGui::TextUnformatted(ClockText(floor.ms).c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  Track("Speaker clock");
  if (floor.turn && !floor.running) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(WarningColour(), "PAUSED");
  }

  bool queueEmpty = true;
  const Participant* next = nullptr;
  for (const QueueEntry& e : model.queue)
    if (e.sessionId == app.sessionId) {
      queueEmpty = false;
      next = model.FindParticipant(e.participantId);
      break;
    }
  ImGui::BeginDisabled(!floor.turn && queueEmpty);
  if (Button("Next speaker (F6)")) NextSpeaker(app, view);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!floor.turn);
  if (floor.turn && !floor.running) {
    if (Button("Resume (F5)")) PauseOrResume(app, floor);
  } else {
    if (Button("Pause (F5)")) PauseOrResume(app, floor);
  }
  ImGui::EndDisabled();
  if (next) {
    DisabledText("Next:");
    ImGui::SameLine();
    PersonLabel(model, next);
  } else if (floor.turn) {
    DisabledText("The queue is empty: F6 closes the floor.");
  }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Floor time bars

std::string Figures(int64_t ms, int64_t total) {
  char text[48];
  std::snprintf(text, sizeof text, "%s  %3.0f%%", ClockText(ms).c_str(), total > 0 ? double(ms) * 100.0 / double(total) : 0.0);
  return text;
}

// A party's share of the floor as a bar in its colour, with a thin mark at the equal share,
// then its time and percent, right-aligned in `figuresWidth`.
void FloorBar(const Party& party, int64_t ms, int64_t total, size_t parties, float figuresWidth) {
  ImGuiStyle& style = ImGui::GetStyle();
  float height = ImGui::GetTextLineHeight() * 1.25f;
  float width = std::max(ImGui::GetFontSize() * 3, ImGui::GetContentRegionAvail().x - figuresWidth - style.ItemSpacing.x);
  float share = total > 0 ? float(double(ms) / double(total)) : 0.0f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 pos = ImGui::GetCursorScreenPos();
  draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), ImGui::GetColorU32(ImGuiCol_FrameBg));
  if (share > 0)
    draw->AddRectFilled(pos, ImVec2(pos.x + std::max(width * share, 3.0f), pos.y + height), ParseColour(party.colour));
  float equal = pos.x + width / float(std::max<size_t>(parties, 1));
  draw->AddLine(ImVec2(equal, pos.y - 3), ImVec2(equal, pos.y + height + 3), ImGui::GetColorU32(ImGuiCol_Text, 0.6f), 2.0f);
  ImGui::Dummy(ImVec2(width, height));
  Track("Floor time bar");
  std::string figures = Figures(ms, total);
  ImGui::SameLine(0, style.ItemSpacing.x + figuresWidth - ImGui::CalcTextSize(figures.c_str()).x);
  ImGui::TextUnformatted(figures.c_str());
}

// Floor time per party, in model order and all alike, for the session and for the workshop.
// Nothing is ranked: the mark at the equal share shows imbalance.
void DrawFloorTime(const Model& model, const std::vector<int64_t>& session, const std::vector<int64_t>& workshop) {
  const std::vector<int64_t>* scopes[2] = {&session, &workshop};
  int64_t totals[2] = {0, 0};
  float figuresWidth = 0;
  for (int s = 0; s < 2; ++s) {
    for (int64_t ms : *scopes[s]) totals[s] += ms;
    for (int64_t ms : *scopes[s]) figuresWidth = std::max(figuresWidth, ImGui::CalcTextSize(Figures(ms, totals[s]).c_str()).x);
  }
  DisabledText("FLOOR TIME");
  ImGui::SameLine();
  DisabledText("(the mark is an equal share)");
  if (!ImGui::BeginTable("floor time", 3, ImGuiTableFlags_SizingStretchSame)) return;
  ImGui::TableSetupColumn("party", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("session", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("workshop", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(1);
  ImGui::Text("This session  %s", ClockText(totals[0]).c_str());
  ImGui::TableSetColumnIndex(2);
  ImGui::Text("Whole workshop  %s", ClockText(totals[1]).c_str());
  for (size_t i = 0; i < model.parties.size() && i < session.size() && i < workshop.size(); ++i) {
    const Party& party = model.parties[i];
    PushId(party.id);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ColourSwatch(party.colour);
    ImGui::SameLine();
    UserText(ShortName(party));
    ImGui::TableNextColumn();
    FloorBar(party, session[i], totals[0], model.parties.size(), figuresWidth);
    ImGui::TableNextColumn();
    FloorBar(party, workshop[i], totals[1], model.parties.size(), figuresWidth);
    ImGui::PopID();
  }
  ImGui::EndTable();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Queue

void DrawQueue(Workbench& app, StoriesView& view) {
  const Model& model = app.workshop->Model();
  const StoriesDerived& d = view.derived;
  Id session = app.sessionId;
  int waiting = 0;
  for (const QueueEntry& e : model.queue) waiting += e.sessionId == session;
  ImGui::Text("Speaking queue");
  ImGui::SameLine();
  ImGui::TextDisabled("(%d waiting)", waiting);
  ImGui::Separator();

  int place = 0;
  for (const QueueEntry& e : model.queue) {
    if (e.sessionId != session) continue;
    PushId(e.id);
    const Participant* p = model.FindParticipant(e.participantId);
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%d.", ++place);
    ImGui::SameLine();
    PersonLabel(model, p, true);
    float buttons = ImGui::GetFrameHeight() * 3 + ImGui::GetStyle().ItemSpacing.x * 2;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetContentRegionMax().x - buttons));
    if (ImGui::ArrowButton("##up", ImGuiDir_Up)) app.Request([id = e.id](Workshop& w) { w.MoveInQueue(id, -1); });
    Track("Move up");
    ImGui::SameLine(0, 2);
    if (ImGui::ArrowButton("##down", ImGuiDir_Down)) app.Request([id = e.id](Workshop& w) { w.MoveInQueue(id, +1); });
    Track("Move down");
    ImGui::SameLine(0, 2);
    if (ImGui::Button("\xC3\x97##remove", ImVec2(ImGui::GetFrameHeight(), 0)))
      app.Request([id = e.id](Workshop& w) { w.Unqueue(id); });
    Track("Remove from queue");
    ImGui::PopID();
  }
  if (place == 0) DisabledText("No one is waiting.");

  ImGui::Spacing();
  ImGui::SetNextItemWidth(-FLT_MIN);
  const char* preview = !d.addable.empty() ? "Add to queue..."
                        : d.present.empty()  ? "No one is marked present in this session"
                                             : "Everyone present is queued";
  if (ImGui::BeginCombo("##add to queue", preview, ImGuiComboFlags_HeightLargest)) {
    for (const Party& party : model.parties) {
      DisabledText(party.name.c_str());
      for (Id id : d.addable) {
        const Participant* p = model.FindParticipant(id);
        if (!p || p->partyId != party.id) continue;
        PushId(id);
        ColourSwatch(party.colour);
        ImGui::SameLine();
        if (Selectable(p->name.c_str(), false))
          app.Request([session, id](Workshop& w) { w.QueueSpeaker(session, id); });
        ImGui::PopID();
      }
    }
    ImGui::EndCombo();
  }
  Track("Add to queue");
  ImGui::BeginDisabled(d.addable.empty());
  if (SmallButton("Queue everyone present"))
    app.Request([session, ids = d.addable](Workshop& w) {
      for (Id id : ids) w.QueueSpeaker(session, id);
    });
  ImGui::EndDisabled();

  if (!d.imbalance.empty()) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, WarningColour());
    for (const std::string& problem : d.imbalance) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s", problem.c_str());
      Track("Queue warning");
    }
    ImGui::PopStyleColor();
  }

  if (d.proposal.size() > 1) {
    ImGui::Spacing();
    ImGui::PushTextWrapPos(0.0f);
    DisabledText(d.proposalDiffers ? "Proposed order, alternating between the parties:"
                                          : "The queue alternates between the parties.");
    ImGui::PopTextWrapPos();
    ImGui::BeginDisabled(!d.proposalDiffers);
    if (Button("Use proposed order"))
      app.Request([session, order = d.proposal](Workshop& w) { w.SetQueueOrder(session, order); });
    ImGui::EndDisabled();
    if (d.proposalDiffers) {
      int n = 0;
      for (Id id : d.proposal) {
        const Participant* p = model.FindParticipant(id);
        PushId(id);
        ImGui::TextDisabled("%d.", ++n);
        ImGui::SameLine();
        PersonLabel(model, p);
        ImGui::PopID();
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Capture form

void AddPending(StoriesView& view, const std::string& theme) {
  std::string tidy = Trim(theme);
  if (!tidy.empty() && !Has(view.pendingThemes, tidy)) view.pendingThemes.push_back(tidy);
}

void SaveStory(Workbench& app, StoriesView& view, Id teller) {
  AddPending(view, view.themeText);
  app.Request([session = app.sessionId, teller, summary = Trim(Summary(app)), themes = view.pendingThemes](Workshop& w) {
    w.AddStory(session, teller, summary, themes);
  });
  view.themeText.clear();
  view.pendingThemes.clear();
  view.tellerId = 0;
}

void DrawTellerCombo(Workbench& app, StoriesView& view, Id teller, const Floor& floor) {
  const Model& model = app.workshop->Model();
  const Participant* current = model.FindParticipant(teller);
  std::string preview = current ? current->name : "Choose who told it";
  if (current && floor.speaker && current->id == floor.speaker->id) preview += "  (has the floor)";
  if (UserCombo("Teller", preview.c_str(), ImGuiComboFlags_HeightLargest)) {
    if (floor.speaker && Selectable("Whoever has the floor", view.tellerId == 0)) view.tellerId = 0;
    for (const Party& party : model.parties) {
      DisabledText(party.name.c_str());
      for (Id id : view.derived.present) {
        const Participant* p = model.FindParticipant(id);
        if (!p || p->partyId != party.id) continue;
        PushId(id);
        ColourSwatch(party.colour);
        ImGui::SameLine();
        if (Selectable(p->name.c_str(), view.tellerId == id)) view.tellerId = id;
        ImGui::PopID();
      }
    }
    ImGui::EndCombo();
  }
  Track("Teller");
}

void DrawCaptureForm(Workbench& app, StoriesView& view, const Floor& floor) {
  float em = ImGui::GetFontSize();
  ImGui::Text("Record a story");
  ImGui::SameLine();
  DisabledText("  internal record: never exported with names");
  ImGui::Separator();

  // Keys are read before the fields are drawn, so that a field which a key takes the keyboard
  // from gets it back in the very next frame (in the program a frame waits for an event).
  const ImGuiIO& io = ImGui::GetIO();
  const Model& model = app.workshop->Model();
  Id teller = model.FindParticipant(view.tellerId) ? view.tellerId : (floor.speaker ? floor.speaker->id : 0);
  bool ready = teller != 0 && !Trim(Summary(app)).empty();
  bool fromForm = (view.summaryActive || view.themesActive || !ImGui::IsAnyItemActive()) && !DialogOpen();
  bool saveByKey = ready && fromForm && CtrlEnterPressed();
  if (saveByKey) view.focusSummary = true;
  if (view.summaryActive && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab), false) && !io.KeyCtrl && !io.KeyShift)
    view.focusThemes = true;  // ImGui's own tabbing lands there too
  if (view.themesActive && !io.KeyCtrl && EnterPressed(false))
    view.focusThemes = true;  // Enter adds the theme and leaves the field: come back to it

  ImGui::PushItemWidth(-em * 5);
  DrawTellerCombo(app, view, teller, floor);

  if (view.focusSummary) {
    ImGui::SetKeyboardFocusHere();
    view.focusSummary = false;
  }
  bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
  std::string edited;
  if (TextArea("Summary", Summary(app), &edited, ImGui::GetTextLineHeight() * 4 + em * 0.6f)) {
    if (Trim(Summary(app)).empty() && view.tellerId == 0) view.tellerId = teller;  // pinned
    app.Request([key = SummaryDraft(app), edited](Workshop& w) { w.SetDraft(key, edited); });
  }
  view.summaryActive = ImGui::IsItemActive();
  if (Summary(app).empty() && !view.summaryActive) {
    // The hint of a multi-line field, which ImGui 1.86 lacks.
    ImVec2 at = ImGui::GetItemRectMin();
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + style.FramePadding.x, at.y + style.FramePadding.y),
                                        ImGui::GetColorU32(ImGuiCol_TextDisabled),
                                        "How the conflict touched their life, in your words");
  }

  if (view.focusThemes) {
    ImGui::SetKeyboardFocusHere();
    view.focusThemes = false;
  }
  ThemeInput input{&view.derived.themes, &view.pendingThemes, {}};
  std::string typedTheme = view.themeText;
  bool enter = ThemeField("Themes", "Enter or comma adds a theme; Tab completes", &view.themeText, &input);
  Track("Themes");
  if (escape && view.themesActive) view.themeText = typedTheme;
  view.themesActive = ImGui::IsItemActive();
  for (const std::string& theme : input.ended) AddPending(view, theme);
  if (enter && !io.KeyCtrl) {
    AddPending(view, view.themeText);
    view.themeText.clear();
  }
  ImGui::PopItemWidth();

  // Suggestions for what is being typed, then the themes added so far.
  auto suggestions = Suggestions(view.derived.themes, view.themeText, view.pendingThemes);
  if (!suggestions.empty()) {
    DisabledText("Used before:");
    for (size_t i = 0; i < suggestions.size(); ++i) {
      PushId(i);
      FlowSameLine(ImGui::CalcTextSize(suggestions[i]->c_str()).x + ImGui::GetStyle().FramePadding.x * 2);
      if (ImGui::SmallButton(ShownLabel(suggestions[i]->c_str()))) {
        AddPending(view, *suggestions[i]);
        view.themeText.clear();
        view.focusThemes = true;
      }
      Track("Theme suggestion");
      ImGui::PopID();
    }
  }
  if (!view.pendingThemes.empty()) {
    DisabledText("Themes:");
    int removed = -1;
    for (size_t i = 0; i < view.pendingThemes.size(); ++i) {
      PushId(i);
      FlowSameLine(ThemeChipWidth(view.pendingThemes[i]));
      if (ThemeChip(view.pendingThemes[i], "Remove pending theme")) removed = int(i);
      ImGui::PopID();
    }
    if (removed >= 0) view.pendingThemes.erase(view.pendingThemes.begin() + removed);
  }

  ready = teller != 0 && !Trim(Summary(app)).empty();
  ImGui::BeginDisabled(!ready);
  bool save = Button("Save story (Ctrl+Enter)");
  ImGui::EndDisabled();
  ImGui::SameLine();
  DisabledText(teller == 0 ? "Choose the teller first." : "F6 next speaker  \xC2\xB7  F5 pause");
  if (ready && (save || saveByKey)) SaveStory(app, view, teller);
  if (save) view.focusSummary = true;  // back to Summary for the next story
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Stories list

// A story's text, shown wrapped in a frame as the record reads; a click opens it as a field of
// several lines. Returns true on every change, with the new text in `*edited`.
bool StoryText(StoriesView& view, const Story& story, StoryField field, const char* trackAs, const std::string& value,
               const char* hint, std::string* edited) {
  float width = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 4);
  return EditableText(view.open, story.id, int(field), trackAs, value, hint, width, edited, {.roomLines = 2});
}

void DrawReflectedBy(Workbench& app, StoriesView& view, const Story& story) {
  const Model& model = app.workshop->Model();
  const Participant* teller = model.FindParticipant(story.tellerId);
  const Participant* by = model.FindParticipant(story.reflectedById);
  ImGui::AlignTextToFramePadding();
  DisabledText("Reflected back by");
  ImGui::SameLine();
  if (by) {
    ColourSwatch(ColourOf(model, by), ImGui::GetTextLineHeight(), ImGui::GetFrameHeight());
    ImGui::SameLine();
  }
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 13);
  if (UserCombo("##reflected by", by ? by->name.c_str() : "(nobody yet)", ImGuiComboFlags_HeightLargest)) {
    if (Selectable("(nobody)", story.reflectedById == 0))
      app.Request([id = story.id](Workshop& w) { w.SetReflectedBy(id, 0); });
    for (const Party& party : model.parties) {
      if (teller && party.id == teller->partyId) continue;  // someone from another side
      DisabledText(party.name.c_str());
      for (const Participant& p : model.participants) {
        if (p.partyId != party.id) continue;
        PushId(p.id);
        ColourSwatch(party.colour);
        ImGui::SameLine();
        if (Selectable(p.name.c_str(), p.id == story.reflectedById))
          app.Request([id = story.id, who = p.id](Workshop& w) { w.SetReflectedBy(id, who); });
        ImGui::PopID();
      }
    }
    ImGui::EndCombo();
  }
  Track("Reflected back by");
  // There before anyone is chosen: choosing them moves nothing below.
  std::string edited;
  if (StoryText(view, story, StoryField::Restatement, "Restatement", story.restatement,
                "What they said back, as they said it (click to write)", &edited))
    app.Request([id = story.id, edited](Workshop& w) { w.SetText(Field::StoryRestatement, id, edited); });
}

void DrawStoryThemes(Workbench& app, StoriesView& view, const Story& story) {
  auto found = view.derived.themesOf.find(story.id);
  std::vector<std::string> taken;
  bool first = true;
  if (found != view.derived.themesOf.end())
    for (const StoryTheme& t : found->second) {
      taken.push_back(t.theme);
      PushId(t.id);
      if (!first) FlowSameLine(ThemeChipWidth(t.theme));
      first = false;
      if (ThemeChip(t.theme, "Remove theme")) app.Request([id = t.id](Workshop& w) { w.RemoveTheme(id); });
      ImGui::PopID();
    }
  std::string& text = view.newTheme[story.id];
  ThemeInput input{&view.derived.themes, &taken, {}};
  float fieldWidth = ImGui::GetFontSize() * 9;
  if (!first) FlowSameLine(fieldWidth);
  ImGui::SetNextItemWidth(fieldWidth);
  bool enter = ThemeField("##add theme", "add a theme", &text, &input);
  Track("Add theme");
  if (enter) input.ended.push_back(text);
  for (const std::string& theme : input.ended)
    if (std::string tidy = Trim(theme); !tidy.empty() && !Has(taken, tidy))
      app.Request([id = story.id, tidy](Workshop& w) { w.AddTheme(id, tidy); });
  if (enter) text.clear();
}

void DrawStory(Workbench& app, StoriesView& view, const Story& story) {
  const Model& model = app.workshop->Model();
  PushId(story.id);
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  const Participant* teller = model.FindParticipant(story.tellerId);
  PersonLabel(model, teller);
  const Party* party = teller ? model.FindParty(teller->partyId) : nullptr;
  if (party) DisabledText(ShortName(*party).c_str());
  // A session's title is often longer than this column: cut at its end, so that its
  // beginning shows also when it runs right to left, and whole in a tooltip.
  if (view.allSessions)
    if (const Session* s = model.FindSession(story.sessionId)) {
      LineText(s->title, ImGui::GetColorU32(ImGuiCol_TextDisabled));
      if (ImGui::IsItemHovered()) UserTooltip(s->title);
    }
  if (QuietSmallButton("Remove story", "Remove story"))
    app.Request([id = story.id](Workshop& w) { w.RemoveStory(id); });

  ImGui::TableNextColumn();
  std::string edited;
  if (StoryText(view, story, StoryField::Summary, "Story summary", story.summary, "(no summary: click to write)", &edited))
    app.Request([id = story.id, edited](Workshop& w) { w.SetText(Field::StorySummary, id, edited); });
  DrawStoryThemes(app, view, story);
  DrawReflectedBy(app, view, story);
  ImGui::Spacing();
  ImGui::PopID();
}

void DrawStories(Workbench& app, StoriesView& view) {
  const Model& model = app.workshop->Model();
  ImGui::Text("Stories");
  ImGui::SameLine();
  DisabledText("newest first");
  ImGui::SameLine();
  const ImGuiStyle& style = ImGui::GetStyle();
  float right = ImGui::GetContentRegionMax().x - ImGui::CalcTextSize("This session").x -
                ImGui::CalcTextSize("All sessions").x - style.FramePadding.x * 4 - 2.0f;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), right));
  if (Choice("This session", !view.allSessions)) view.allSessions = false;
  ImGui::SameLine(0, 2.0f);
  if (Choice("All sessions", view.allSessions)) view.allSessions = true;
  ImGui::Separator();

  int shown = 0;
  ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                          ImGuiTableFlags_PadOuterX;
  if (ImGui::BeginTable("stories", 2, flags)) {
    ImGui::TableSetupColumn("Teller", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Story", ImGuiTableColumnFlags_WidthStretch, 3.2f);
    for (auto it = model.stories.rbegin(); it != model.stories.rend(); ++it) {
      if (!view.allSessions && it->sessionId != app.sessionId) continue;
      DrawStory(app, view, *it);
      ++shown;
    }
    ImGui::EndTable();
  }
  if (shown == 0)
    DisabledText(view.allSessions ? "No stories recorded yet." : "No stories recorded in this session yet.");
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] DrawStoriesView

void DrawStoriesView(Workbench& app) {
  StoriesView& view = app.stories;
  const Model& model = app.workshop->Model();
  if (view.derived.revision != model.revision || view.derived.sessionId != app.sessionId)
    Derive(model, app.sessionId, view.derived);
  if (ImGui::GetFrameCount() != view.lastFrame + 1) view.focusSummary = true;  // the view opens
  view.lastFrame = ImGui::GetFrameCount();

  DrawPhaseHeader(app, Phase::Stories);
  if (!model.FindSession(app.sessionId)) {
    Hint("There is no session in use. Start one in the sidebar: the queue, the floor time and the "
         "stories belong to a session.");
    return;
  }

  int64_t nowMs = UnixMs(app.workshop->Now());
  Floor floor = FloorNow(model, app.sessionId, nowMs);
  bool queueEmpty = std::none_of(model.queue.begin(), model.queue.end(),
                                 [&](const QueueEntry& e) { return e.sessionId == app.sessionId; });
  if (app.errorWhat.empty() && !DialogOpen()) {
    if (ImGui::IsKeyPressed(kKeyF6, false) && (floor.turn || !queueEmpty)) NextSpeaker(app, view);
    if (ImGui::IsKeyPressed(kKeyF5, false)) PauseOrResume(app, floor);
  }

  // The floor: speaker and clock, then the floor time of this session and of the workshop.
  float em = ImGui::GetFontSize();
  if (ImGui::BeginTable("floor", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerV)) {
    ImGui::TableSetupColumn("speaker", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("floor time", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    DrawFloor(app, view, floor);
    ImGui::TableNextColumn();
    DrawFloorTime(model, WithRunning(model, view.derived.sessionMs, app.sessionId, nowMs, view.derived.running),
                  WithRunning(model, view.derived.workshopMs, 0, nowMs, view.derived.running));
    ImGui::EndTable();
  }
  ImGui::Separator();

  // The queue on the left, the stories on the right.
  ImGui::BeginChild("queue", ImVec2(em * 20, 0), false, ImGuiWindowFlags_NavFlattened);
  DrawQueue(app, view);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("stories", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
  DrawCaptureForm(app, view, floor);
  ImGui::Spacing();
  ImGui::Spacing();
  DrawStories(app, view);
  DrawMoveOnButton(app, Phase::Stories);
  ImGui::EndChild();
}

}  // namespace parley::ui
