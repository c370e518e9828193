// The Options view's Weigh screen: each option weighed against the top concerns of every party,
// each party scoring its own, and the ranking that follows (worst-off party first).
//
// [SECTION] Labels the tests find
// [SECTION] Derived data
// [SECTION] Toolbar and concern chooser
// [SECTION] The matrix
// [SECTION] DrawWeigh
#include "views/view_options_weigh.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/common/bidi_text.hpp"
#include "core/method/option_ranking.hpp"
#include "core/model/id_index.hpp"
#include "views/rtl_text.hpp"
#include "views/workbench.hpp"

namespace parley::ui {

// ---------------------------------------------------------------------------------------------
// [SECTION] Labels the tests find

namespace {

const char* ValueText(int value) {
  static constexpr const char* kValues[] = {"-2", "-1", "0", "+1", "+2"};
  return kValues[std::clamp(value, -2, 2) + 2];
}

const char* ScoreButtonText(std::string_view party, int value, std::string_view option,
                            std::string_view concern) {
  return Joined(party, " scores ", ValueText(value), " | ", option, " | ", concern);
}

const char* ScoreNoteText(std::string_view option, std::string_view concern) {
  return Joined("Note | ", option, " | ", concern);
}

const char* ConcernHeaderText(std::string_view party, std::string_view concern) {
  return Joined(concern, " (scored by ", party, ")");
}

}  // namespace

std::string ScoreButtonLabel(std::string_view party, int value, std::string_view option,
                             std::string_view concern) {
  return ScoreButtonText(party, value, option, concern);
}

std::string ScoreNoteLabel(std::string_view option, std::string_view concern) {
  return ScoreNoteText(option, concern);
}

std::string ConcernHeaderLabel(std::string_view party, std::string_view concern) {
  return ConcernHeaderText(party, concern);
}

namespace {

// ---------------------------------------------------------------------------------------------
// [SECTION] Derived data

void AddInputs(const Model& model, DerivedInputs& inputs) {
  AddRankingInputs(model, inputs);
  for (const Party& party : model.parties) {
    inputs.Add(party.name);
    inputs.Add(party.shortName);
  }
  for (const Concern& c : model.concerns) {
    inputs.Add(int64_t(c.kind));
    inputs.Add(c.text);
  }
}

void Derive(const Model& model, Id shownParty, WeighDerived& d) {
  d = WeighDerived{};
  for (size_t p = 0; p < model.parties.size(); ++p) d.partyIndex[model.parties[p].id] = p;
  IdIndex concernAt(model.concerns), optionAt(model.options);
  d.priority = model.PriorityPlaces();
  d.inMatrix.assign(model.concerns.size(), false);

  d.ranked = Ranked(model);
  for (ImU32 colour : d.ranked.partyColour) d.cellTint.push_back(WithAlpha(colour, 0.07f));

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
    column.caption = std::string(c.kind == ConcernKind::Need ? "NEED " : "FEAR ") +
                     std::to_string(column.priority + 1) + (column.top ? "" : ", picked");
    column.scoredBy = "scored by " + ShortName(model.parties[column.party]);
    d.columnOf[id] = d.columns.size();
    d.columns.push_back(column);
  }

  // The matrix's cells as one grid: a score per cell, found without a lookup per cell per frame.
  // Rows and columns by place in Model::options and Model::concerns, for the scores' ids.
  std::vector<size_t> columnAt(model.concerns.size(), IdIndex::npos),
      rowAt(model.options.size(), IdIndex::npos);
  for (size_t c = 0; c < d.columns.size(); ++c) columnAt[d.columns[c].concern] = c;
  for (size_t r = 0; r < d.ranked.ranking.size(); ++r) rowAt[d.ranked.rankedOption[r]] = r;
  d.cellScore.assign(d.ranked.ranking.size() * d.columns.size(), -1);
  for (size_t i = 0; i < model.scores.size(); ++i) {
    const Score& s = model.scores[i];
    size_t concern = concernAt.Find(s.concernId), option = optionAt.Find(s.optionId);
    if (concern == IdIndex::npos) continue;
    if (option != IdIndex::npos && columnAt[concern] != IdIndex::npos &&
        rowAt[option] != IdIndex::npos)
      d.cellScore[rowAt[option] * d.columns.size() + columnAt[concern]] = int(i);
    if (s.value > -2 || !top[concern]) continue;
    const Concern& c = model.concerns[concern];
    const Party* party = model.FindParty(c.partyId);
    std::string& why = d.dreadedWhy[s.optionId];
    if (!why.empty()) why += "\n";
    why += (party ? party->name : std::string("A party")) +
           " scored it -2 (dreads it) on its top " +
           (c.kind == ConcernKind::Need ? "need" : "fear") + " \"" + c.text + "\"";
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
}

// The rows in the order kept in `view.rowOrder` (all of the ranking's when `rerank`), options
// new since then after them in rank order, options gone left out; the order kept follows.
void ArrangeRows(WeighView& view, bool rerank) {
  WeighDerived& d = view.derived;
  if (rerank) view.rowOrder.clear();
  d.rows.clear();
  std::vector<bool> placed(d.ranked.ranking.size(), false);
  for (Id option : view.rowOrder)
    if (auto row = d.ranked.standingOf.find(option); row != d.ranked.standingOf.end()) {
      d.rows.push_back(row->second);
      placed[row->second] = true;
    }
  for (size_t row = 0; row < placed.size(); ++row)
    if (!placed[row]) d.rows.push_back(row);
  view.rowOrder.clear();
  d.orderStale = false;
  for (size_t r = 0; r < d.rows.size(); ++r) {
    view.rowOrder.push_back(d.ranked.ranking[d.rows[r]].optionId);
    d.orderStale = d.orderStale || d.rows[r] != r;
  }
}

constexpr const char* kMeetsChip = "meets all";
constexpr const char* kDreadedChip = "dreaded";

ImU32 MeetsColour() {
  return ImGui::GetColorU32(Ink(0.70f));
}
ImU32 DreadedColour() {
  return ImGui::ColorConvertFloat4ToU32(WarningColour());
}

// The score scale, for the toolbar and the cells.
ImVec4 ScoreFill(int value) {
  if (value <= -2) return WarningColour();
  return Ink(value == 0 ? 0.18f : value == 2 ? 0.80f : 0.42f);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Toolbar and concern chooser

// A line of the "Choose concerns" list: a party's heading or one of its concerns. The list is
// drawn indented for the concerns, and a heading steps out for itself and back in after it: as
// when the list was drawn whole, so that its lines start where they did, to the sub-pixel.
// Returns the right edge of what it drew, in screen coordinates.
float DrawChooserLine(Workbench& app, const WeighDerived& d, size_t i) {
  const Model& model = app.workshop->Model();
  float em = ImGui::GetFontSize();
  const ChooserLine& line = d.chooser[i];
  const Party& party = model.parties[line.party];
  PushId(party.id);
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
  PushId(c.id);
  bool shown = d.inMatrix[line.concern];
  if (Checkbox("##in matrix", &shown))
    app.Request([id = c.id, shown](Workshop& w) { w.SetInMatrix(id, shown ? 1 : 0); });
  TrackJoined("In matrix: ", c.text);
  ImGui::SameLine();
  ImGui::TextDisabled("%d. %s", d.priority[line.concern] + 1,
                      c.kind == ConcernKind::Need ? "need" : "fear");
  ImGui::SameLine();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + em * 26.0f);
  UserText(c.text);
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

void DrawChooseConcerns(Workbench& app, WeighView& view, const WeighDerived& d) {
  float em = ImGui::GetFontSize();
  ImGui::SetNextWindowSizeConstraints(ImVec2(em * 24, 0),
                                      ImVec2(em * 44, ImGui::GetMainViewport()->Size.y * 0.8f));
  // Only the lines in view are drawn, so ImGui cannot size the popup to the widest line: the
  // frame the popup appears (hidden by ImGui while it sizes a popup), and the frame after the
  // list is made again, draw every line once and keep the width they need.
  bool measure = view.chooserBuild != view.stamp.Builds();
  if (!measure) ImGui::SetNextWindowContentSize(ImVec2(view.chooserWidth, 0));
  if (!ImGui::BeginPopup("choose concerns")) return;
  measure = measure || ImGui::IsWindowAppearing();
  Hint("Each party's top concerns by priority are in the matrix. Pick others, or leave some out.");
  float left = ImGui::GetCursorScreenPos().x;
  ImGui::Indent(em * 1.2f);
  if (measure) {
    float right = left;
    for (size_t i = 0; i < d.chooser.size(); ++i)
      right = std::max(right, DrawChooserLine(app, d, i));
    view.chooserWidth = right - left;
    view.chooserBuild = view.stamp.Builds();
  } else {
    DrawLazyList(view.chooserList, d.chooserIds, ImGui::GetFrameHeightWithSpacing(),
                 [&](size_t i) { DrawChooserLine(app, d, i); });
  }
  ImGui::Unindent(em * 1.2f);
  ImGui::EndPopup();
}

void DrawWeighToolbar(Workbench& app, WeighView& view, const WeighDerived& d) {
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

  // The scale.
  ImGui::SameLine(0, ImGui::GetFontSize() * 2.0f);
  ImGui::TextUnformatted("dreads it");
  for (int v = -2; v <= 2; ++v) {
    ImGui::SameLine(0, 3.0f);
    Chip(ValueText(v), ImGui::ColorConvertFloat4ToU32(ScoreFill(v)));
  }
  ImGui::SameLine(0, 3.0f);
  ImGui::TextUnformatted("meets it well");

  // Which parties' columns: all, or one party's while it gives its scores.
  ImGui::AlignTextToFramePadding();
  DisabledText("Columns of");
  ImGui::SameLine();
  if (Choice("all parties", view.shownParty == 0, "Columns of all parties")) view.shownParty = 0;
  for (const Party& party : model.parties) {
    PushId(party.id);
    ImGui::SameLine();
    ColourSwatch(party.colour);
    ImGui::SameLine(0, 3.0f);
    std::string label = ShortName(party) + " only";
    if (Choice(label.c_str(), view.shownParty == party.id, Joined("Columns of ", party.name)))
      view.shownParty = party.id;
    ImGui::PopID();
  }
  if (view.shownParty != 0 && !model.FindParty(view.shownParty)) view.shownParty = 0;

  // The rows keep their order while scoring, so that the next click lands on the row aimed
  // at; a line of its own, there whether stale or not, so that the matrix never moves.
  ImGui::AlignTextToFramePadding();
  if (!d.orderStale) {
    DisabledText(
        "Each party scores its own concerns; facilitators never score. Click a score again to "
        "clear it.");
    return;
  }
  ImGui::TextColored(WarningColour(), "Order stale: the rows stay put while scoring.");
  ImGui::SameLine();
  if (SmallButton("Re-rank")) ArrangeRows(view, true);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] The matrix

// A cell's five scores share its width. Their labels are a little smaller than the text, and
// smaller still in a narrow cell: with four parties and three concerns each the whole matrix
// fits a 1280-pixel window. In a cell too narrow for every label the places show as marks, and
// the score picked and the one under the pointer as a chip a little wider than their place,
// with a label that can be read.
constexpr float kScoreScale = 0.9f;
constexpr float kScoreGap = 1.0f;
float WidestScoreLabel(float fontSize) {
  return ImGui::GetFont()->CalcTextSizeA(fontSize, FLT_MAX, 0.0f, "+2").x;
}
float CellWidth() {  // a cell with room for its labels at kScoreScale
  return (WidestScoreLabel(ImGui::GetFontSize() * kScoreScale) + 2.0f) * 5 + kScoreGap * 4;
}
float NarrowestCell() { return ImGui::GetFontSize() * 2.6f; }

// A glyph of a score's label, as Dear ImGui's RenderText places it from the label's start.
struct LabelGlyph {
  float advance = 0;  // the advances of the glyphs before it
  ImVec2 min, max;    // its quad from the pen, scaled
  ImVec2 uvMin, uvMax;
};

// The measures every score cell of a column shares, taken once per frame rather than per cell.
struct ScoreLayout {
  ImFont* font = ImGui::GetFont();
  float width = 0, fontSize = 0, buttonWidth = 0, height = ImGui::GetFrameHeight(), step = 0;
  bool labels = true;  // every place shows its value; else only the picked and the hovered
  float labelWidth[5] = {};
  // Each value's label as glyphs: a cell writes them into its own reservation of the draw list,
  // where AddText would find and place them again for each of some seventy cells a frame.
  LabelGlyph glyphs[5][2];
  int glyphCount[5] = {};
  ImU32 fill[5] = {}, label = ImGui::GetColorU32(Ink(0.70f)),
        quiet = ImGui::GetColorU32(Ink(0.30f)), hover = ImGui::GetColorU32(Ink(0.14f)),
        held = ImGui::GetColorU32(Ink(0.28f)), noteHover = ImGui::GetColorU32(Ink(0.10f));
  explicit ScoreLayout(float cellWidth) : width(cellWidth) {
    buttonWidth = std::floor((cellWidth - kScoreGap * 4) / 5);
    step = buttonWidth + kScoreGap;
    float full = ImGui::GetFontSize() * kScoreScale;
    fontSize = std::min(full, full * (buttonWidth - 2.0f) / WidestScoreLabel(full));
    // Below four fifths of the text's size a minus sign (a pixel or two high) is lost, and "-2"
    // reads "2": a cell too narrow for its labels at that size shows places, and the picked
    // and hovered values as chips.
    constexpr float kSmallest = 0.8f;
    labels = fontSize >= ImGui::GetFontSize() * kSmallest;
    if (!labels) fontSize = ImGui::GetFontSize() * kSmallest;
    const float scale = fontSize / font->FontSize;
    for (int v = -2; v <= 2; ++v) {
      labelWidth[v + 2] = font->CalcTextSizeA(fontSize, FLT_MAX, 0.0f, ValueText(v)).x;
      fill[v + 2] = ImGui::GetColorU32(ScoreFill(v));
      float advance = 0;
      for (const char* c = ValueText(v); *c; ++c) {
        const ImFontGlyph* glyph = font->FindGlyph(ImWchar(*c));
        if (!glyph) continue;
        if (glyph->Visible && glyphCount[v + 2] < 2)
          glyphs[v + 2][glyphCount[v + 2]++] = {
              advance, ImVec2(glyph->X0 * scale, glyph->Y0 * scale),
              ImVec2(glyph->X1 * scale, glyph->Y1 * scale), ImVec2(glyph->U0, glyph->V0),
              ImVec2(glyph->U1, glyph->V1)};
        advance += glyph->AdvanceX * scale;
      }
    }
  }
};

void DrawConcernHeader(const Model& model, const MatrixColumn& column) {
  const Concern& c = model.concerns[column.concern];
  const Party& party = model.parties[column.party];
  float width = ImGui::GetContentRegionAvail().x, line = ImGui::GetTextLineHeight();
  // Each line clipped to the column, the wording wrapped to it over two lines: a narrow
  // column is as wide as its cells, whatever its header says; the tooltip has it all.
  float small = ImGui::GetFontSize() * 0.8f;
  ImU32 quiet = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 pos = ImGui::GetCursorScreenPos();
  auto clipped = [&](float height) { return ImVec4(pos.x, pos.y, pos.x + width, pos.y + height); };
  ImGui::BeginGroup();
  ImVec4 clip = clipped(line);
  AddUserText(draw, small, pos, quiet, column.caption, clip);
  ImGui::Dummy(ImVec2(width, line));
  // The wording's first two lines, broken once for the column's width and kept (WrappedLines):
  // finding where a text wraps costs as much as drawing it, in every column of every frame.
  pos = ImGui::GetCursorScreenPos();
  clip = clipped(line * 2.0f);
  if (NeedsBidi(c.text)) {
    AddUserText(draw, ImGui::GetFontSize(), pos, ImGui::GetColorU32(ImGuiCol_Text), c.text, clip, 2);
  } else {
    const auto& lines = WrappedLines(c.text, width);
    for (size_t i = 0; i < lines.size() && i < 2; ++i)
      draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x, pos.y + line * float(i)),
                    ImGui::GetColorU32(ImGuiCol_Text), c.text.data() + lines[i].first,
                    c.text.data() + lines[i].second, 0.0f, &clip);
  }
  ImGui::Dummy(ImVec2(width, line * 2.0f));
  pos = ImGui::GetCursorScreenPos();
  clip = clipped(line);
  AddUserText(draw, small, pos, quiet, column.scoredBy, clip);
  ImGui::Dummy(ImVec2(width, line));
  ImGui::EndGroup();
  if (Tracking()) Track(ConcernHeaderText(party.name, c.text));
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("%s\n\n%s %d of %s%s.\nScored by %s alone: how far each option %s.",
                      c.text.c_str(), c.kind == ConcernKind::Need ? "Need" : "Fear",
                      column.priority + 1, party.name.c_str(),
                      column.top ? "" : " (picked by hand)", party.name.c_str(),
                      c.kind == ConcernKind::Need ? "meets this need" : "answers this fear");
}

constexpr const char* kNotePopup = "score note";
constexpr const char* kScorePopup = "give a score";

// Opens the popup `name` for the cell of `option` under `concern` in the next frame.
void OpenCellPopup(WeighView& view, const char* name, Id option, Id concern) {
  view.popupOption = option;
  view.popupConcern = concern;
  view.popupToOpen = name;
}

// The score in the cell of `option` under `concern`, or null. The matrix's grid holds every cell
// on screen; a note popup left open after its row or column went searches the record.
const Score* ScoreOf(const Model& model, const WeighDerived& d, Id option, Id concern) {
  auto row = d.ranked.standingOf.find(option);
  auto column = d.columnOf.find(concern);
  if (row != d.ranked.standingOf.end() && column != d.columnOf.end()) {
    int at = d.cellScore[row->second * d.columns.size() + column->second];
    return at < 0 ? nullptr : &model.scores[size_t(at)];
  }
  for (const Score& s : model.scores)
    if (s.optionId == option && s.concernId == concern) return &s;
  return nullptr;
}

// The cell of ranking row `row` in column `j`: the five scores on its first line, and under
// them, once scored, the note. It is one item, drawn straight into the draw list and hit-tested
// by where the pointer is in it: a matrix shows some seventy cells, and a widget for each score
// or a group of two buttons a cell would be most of the frame. A scored cell shows the value
// picked and marks the other places; all five numbers show where a score is to be given, in an
// empty cell or under the mouse.
void DrawScoreCell(Workbench& app, WeighView& view, const WeighDerived& d,
                   const ScoreLayout& layout, const Option& option, size_t row, size_t j) {
  const Model& model = app.workshop->Model();
  const MatrixColumn& column = d.columns[j];
  const Concern& c = model.concerns[column.concern];
  const Party& party = model.parties[column.party];
  int at = d.cellScore[row * d.columns.size() + j];
  const Score* score = at < 0 ? nullptr : &model.scores[size_t(at)];
  ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, d.cellTint[column.party]);

  // The item: its ID the concern's within the row's (the option's), as PushId would make it.
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiWindow* window = g.CurrentWindow;
  const ImGuiID id = ImHashData(&c.id, sizeof c.id, window->IDStack.back());
  ImGui::KeepAliveID(id);
  const ImVec2 origin = window->DC.CursorPos;
  const float noteTop = origin.y + layout.height + g.Style.ItemSpacing.y;
  const ImVec2 size(layout.width, score ? noteTop + g.FontSize - origin.y : layout.height);
  const ImRect bb(origin, ImVec2(origin.x + size.x, origin.y + size.y));
  ImGui::ItemSize(size);
  if (!ImGui::ItemAdd(bb, id)) return;
  bool hoveredItem = false, held = false;
  bool clicked = ImGui::ButtonBehavior(bb, id, &hoveredItem, &held);
  ShowFocus();
  Track("Score cell");
  // Pressed with Space or Enter, the cell asks which score; the place under the pointer is the
  // mouse's alone (with the keyboard's focus on a cell, ImGui calls it hovered wherever the
  // pointer rests).
  bool byKeyboard = g.NavId == id && !g.NavDisableHighlight;
  if (clicked && g.NavActivateId == id) OpenCellPopup(view, kScorePopup, option.id, c.id);
  if (byKeyboard)
    ImGui::SetTooltip("%s scores this: Space or Enter to choose, -2 to +2", party.name.c_str());
  bool hovered = ImGui::IsItemHovered() && !byKeyboard;
  const ImVec2 mouse = g.IO.MousePos;
  bool scoresHovered = hovered && mouse.y < origin.y + layout.height;
  int hoveredValue =
      scoresHovered ? std::clamp(int((mouse.x - origin.x) / layout.step), 0, 4) - 2 : 9;
  bool noteHovered = hovered && score && mouse.y >= noteTop;

  // The fills and marks first, in one reservation of the draw list, then the labels over them.
  struct Fill {
    ImVec2 min, max;
    ImU32 colour;
  };
  Fill fills[12];
  int fillCount = 0;
  auto fill = [&](ImVec2 min, ImVec2 max, ImU32 colour) { fills[fillCount++] = {min, max, colour}; };
  struct Label {
    int value;
    ImVec2 min, max;
    ImU32 colour;
  };
  Label labels[5];
  int labelCount = 0;
  ImU32 hoverFill = held ? layout.held : layout.hover;
  for (int v = -2; v <= 2; ++v) {
    ImVec2 min(origin.x + float(v + 2) * layout.step, origin.y),
        max(min.x + layout.buttonWidth, min.y + layout.height);
    if (Tracking()) TrackRect(ScoreButtonText(party.name, v, option.text, c.text), min, max);
    bool current = score && score->value == v;
    if (!layout.labels && (current || v == hoveredValue)) {
      // A narrow cell's chip: a little wider than its place, centred on it, inside the cell.
      float chip = std::max(layout.buttonWidth, layout.labelWidth[v + 2] + 4.0f),
            centre = min.x + layout.buttonWidth * 0.5f;
      float left = std::clamp(centre - chip * 0.5f, origin.x, origin.x + layout.width - chip);
      min.x = left;
      max.x = left + chip;
      if (!current) fill(min, max, ImGui::GetColorU32(ImGuiCol_WindowBg));
      fill(min, max, current ? layout.fill[v + 2] : hoverFill);
      labels[labelCount++] = {v, min, max, current ? InkOn(layout.fill[v + 2]) : layout.label};
      continue;
    }
    if (current || v == hoveredValue) fill(min, max, current ? layout.fill[v + 2] : hoverFill);
    if (layout.labels && (current || !score || scoresHovered)) {
      labels[labelCount++] = {
          v, min, max, current ? InkOn(layout.fill[v + 2]) : score ? layout.quiet : layout.label};
    } else {
      ImVec2 centre((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
      fill(ImVec2(centre.x - 1.5f, centre.y - 1.5f), ImVec2(centre.x + 1.5f, centre.y + 1.5f),
           layout.quiet);
    }
  }
  // The note goes with the score, on the line under it: shown when there is one, offered when
  // the cell is hovered; a click on it (or a right click anywhere in the cell) opens it.
  const ImVec2 noteMin(origin.x, noteTop), noteMax(origin.x + layout.width, noteTop + g.FontSize);
  if (noteHovered) fill(noteMin, noteMax, layout.noteHover);
  ImDrawList* draw = window->DrawList;
  int quads = fillCount;
  for (int i = 0; i < labelCount; ++i) quads += layout.glyphCount[labels[i].value + 2];
  draw->PrimReserve(quads * 6, quads * 4);
  for (int i = 0; i < fillCount; ++i) draw->PrimRect(fills[i].min, fills[i].max, fills[i].colour);
  for (int i = 0; i < labelCount; ++i) {
    // On whole pixels: a minus sign a pixel high, drawn between two rows, is not seen.
    const Label& l = labels[i];
    ImVec2 pen(std::floor((l.min.x + l.max.x - layout.labelWidth[l.value + 2]) * 0.5f),
               std::floor(l.min.y + (layout.height - layout.fontSize) * 0.5f));
    for (int k = 0; k < layout.glyphCount[l.value + 2]; ++k) {
      const LabelGlyph& glyph = layout.glyphs[l.value + 2][k];
      float x = pen.x + glyph.advance;  // as RenderText adds: the pen first, then the glyph
      draw->PrimRectUV(ImVec2(x + glyph.min.x, pen.y + glyph.min.y),
                       ImVec2(x + glyph.max.x, pen.y + glyph.max.y), glyph.uvMin, glyph.uvMax,
                       l.colour);
    }
  }
  if (score) {
    if (Tracking()) TrackRect(ScoreNoteText(option.text, c.text), noteMin, noteMax);
    ImVec2 text(noteMin.x + 2.0f, noteMin.y + g.FontSize * 0.08f);
    if (!score->note.empty()) {
      ImVec4 clip(noteMin.x, noteMin.y, noteMax.x, noteMax.y);
      AddUserText(draw, g.FontSize * 0.85f, text, ImGui::GetColorU32(Ink(0.75f)), score->note, clip);
      if (noteHovered) UserTooltip(score->note);
    } else if (hovered) {
      draw->AddText(g.Font, g.FontSize * 0.85f, text, ImGui::GetColorU32(ImGuiCol_TextDisabled),
                    "+ note");
    }
  }

  if (clicked && hoveredValue != 9) {
    if (score && score->value == hoveredValue)
      app.Request([o = option.id, cid = c.id](Workshop& w) { w.ClearScore(o, cid); });
    else
      app.Request(
          [o = option.id, cid = c.id, v = hoveredValue](Workshop& w) { w.SetScore(o, cid, v); });
  }
  if (score && ((clicked && noteHovered) ||
                (ImGui::IsItemHovered() && ImGui::IsMouseReleased(ImGuiMouseButton_Right))))
    OpenCellPopup(view, kNotePopup, option.id, c.id);
}

void DrawNotePopup(Workbench& app, WeighView& view, const WeighDerived& d) {
  const Model& model = app.workshop->Model();
  if (!ImGui::BeginPopup(kNotePopup)) return;
  const Score* found = ScoreOf(model, d, view.popupOption, view.popupConcern);
  const Option* option = model.FindOption(view.popupOption);
  const Concern* concern = model.FindConcern(view.popupConcern);
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
  UserText(OptionTitle(*option));
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

// A score given from the keyboard: the cell's five values as choices, the one it has (or 0)
// with the focus; arrows choose, Space or Enter gives it, Escape leaves the cell as it was. A
// scored cell's note is opened from here too.
void DrawScorePopup(Workbench& app, WeighView& view, const WeighDerived& d) {
  const Model& model = app.workshop->Model();
  if (!ImGui::BeginPopup(kScorePopup)) return;
  const Option* option = model.FindOption(view.popupOption);
  const Concern* concern = model.FindConcern(view.popupConcern);
  const Party* party = concern ? model.FindParty(concern->partyId) : nullptr;
  if (!option || !party) {
    DisabledText("The option or the concern is gone.");
    ImGui::EndPopup();
    return;
  }
  const Score* score = ScoreOf(model, d, option->id, concern->id);
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
  ImGui::TextDisabled("%s scores", party->name.c_str());
  ImGui::TextWrapped("%s", OptionTitle(*option));
  ImGui::TextDisabled("on \"%s\"", concern->text.c_str());
  ImGui::PopTextWrapPos();
  auto give = [&](std::function<void(Workshop&)> edit) {
    app.Request(std::move(edit));
    ImGui::CloseCurrentPopup();
  };
  for (int v = -2; v <= 2; ++v) {
    if (v > -2) ImGui::SameLine(0, 3.0f);
    bool current = score && score->value == v;
    if (Choice(ValueText(v), current, Joined("Give ", ValueText(v))))
      give([o = option->id, c = concern->id, v](Workshop& w) { w.SetScore(o, c, v); });
    if (current || (!score && v == 0)) ImGui::SetItemDefaultFocus();
  }
  if (score) {
    ImGui::SameLine(0, ImGui::GetFontSize());
    if (Button("No score"))
      give([o = option->id, c = concern->id](Workshop& w) { w.ClearScore(o, c); });
    ImGui::SameLine();
    if (Button("Note...")) {
      OpenCellPopup(view, kNotePopup, option->id, concern->id);
      ImGui::CloseCurrentPopup();
    }
  }
  DisabledText("Arrows choose, Space or Enter gives it, Escape leaves it as it was.");
  ImGui::EndPopup();
}

// The option's mark under its rank: dreaded by a party (it outweighs all else: an option that
// tramples one side's core need is dead whatever it does for the others), or meets every party.
void DrawMark(const WeighDerived& d, const Option& option, const OptionStanding& standing) {
  if (standing.dreaded) {
    Chip(kDreadedChip, DreadedColour());
    TrackJoined("Dreaded: ", option.text);
    auto why = d.dreadedWhy.find(option.id);
    if (ImGui::IsItemHovered() && why != d.dreadedWhy.end())
      ImGui::SetTooltip(
          "%s%s", why->second.c_str(),
          standing.meetsEveryParty ? "\n\nIt meets a top concern of every party too." : "");
  } else if (standing.meetsEveryParty) {
    Chip(kMeetsChip, MeetsColour());
    TrackJoined("Meets every party: ", option.text);
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("Every party scored it +1 or more on one of its top concerns");
  }
}

// Row `row` of the ranking.
void DrawMatrixRow(Workbench& app, WeighView& view, const WeighDerived& d,
                   const std::vector<ScoreLayout>& layouts, float optionWidth, size_t row,
                   float rowHeight) {
  const Model& model = app.workshop->Model();
  const OptionStanding& standing = d.ranked.ranking[row];
  const Option& option = model.options[d.ranked.rankedOption[row]];
  bool complete = standing.worst.has_value();
  PushId(option.id);
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
    if (ImGui::IsItemHovered()) UserTooltip(OptionTitle(option));
    DrawStanding(model, d.ranked, standing, optionWidth);
  }
  for (size_t j = 0; j < d.columns.size(); ++j)
    if (ImGui::TableSetColumnIndex(int(j) + 2)) DrawScoreCell(app, view, d, layouts[j], option, row, j);
  ImGui::PopID();
}

// The widths of the matrix's columns, the padding and border left out.
struct MatrixWidths {
  float rank = 0, option = 0;
  std::vector<float> cell;  // per WeighDerived::columns
  float overhead = 0;       // a column's padding and border
};

// Every party shown gets the same width, shared among its columns, and the whole matrix the
// width there is, down to cells too narrow to click; then every party scrolls alike. The
// option column gives way first, to a point.
MatrixWidths Widths(const WeighDerived& d, size_t parties) {
  const ImGuiStyle& style = ImGui::GetStyle();
  float em = ImGui::GetFontSize();
  MatrixWidths w;
  w.overhead = style.CellPadding.x * 2 + 1.0f;
  w.rank = std::max(ChipWidth(kDreadedChip), ChipWidth(kMeetsChip));
  std::vector<size_t> count(parties, 0);
  for (const MatrixColumn& column : d.columns) ++count[column.party];
  size_t shown = 0, most = 0;
  for (size_t n : count) {
    shown += n > 0;
    most = std::max(most, n);
  }
  float room = ImGui::GetContentRegionAvail().x - style.ScrollbarSize - w.overhead * 2 - 2.0f;
  float comfortable = (CellWidth() + w.overhead) * float(most);  // a party's band
  float narrowest = (NarrowestCell() + w.overhead) * float(most);
  float optionMost = std::max(em * 12.5f, StandingWidth() * float(parties)),
        optionLeast = em * 8.0f;
  w.option = std::clamp(room - w.rank - comfortable * float(shown), optionLeast, optionMost);
  float band = std::floor(
      std::max((room - w.rank - w.option) / float(std::max<size_t>(shown, 1)), narrowest));
  band = std::min(band, std::max(comfortable, narrowest));
  for (const MatrixColumn& column : d.columns)
    w.cell.push_back(std::floor(band / float(count[column.party]) - w.overhead));
  return w;
}

void DrawMatrix(Workbench& app, WeighView& view, const WeighDerived& d) {
  const Model& model = app.workshop->Model();
  if (d.ranked.ranking.empty()) {
    Hint("No options to weigh yet: brainstorm some first.");
    return;
  }
  if (d.columns.empty()) {
    Hint(view.shownParty
             ? "This party has no concern in the matrix."
             : "No concerns in the matrix yet: the parties state them in Needs & fears, or pick "
               "some with Choose concerns.");
    return;
  }
  if (d.concernsLeftOff > 0) {
    ImGui::PushStyleColor(ImGuiCol_Text, WarningColour());
    ImGui::TextWrapped(
        "%zu chosen concerns do not fit in one table, so each party shows an equal share. Leave "
        "some out with Choose concerns, or show one party's columns at a time.",
        d.concernsLeftOff);
    ImGui::PopStyleColor();
  }

  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(2.0f, 3.0f));
  const ImGuiStyle& style = ImGui::GetStyle();
  float rowHeight = ImGui::GetFrameHeight() * 2.0f + style.ItemSpacing.y;
  float headerHeight = ImGui::GetTextLineHeight() * 4.0f + style.ItemSpacing.y * 3;
  float moveOnHeight = ImGui::GetFrameHeightWithSpacing() + style.ItemSpacing.y * 2;
  float height = std::max(ImGui::GetContentRegionAvail().y - moveOnHeight, rowHeight * 6.0f);
  MatrixWidths widths = Widths(d, model.parties.size());

  ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY |
                          ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV |
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  int columnCount = int(d.columns.size()) + 2;
  if (ImGui::BeginTable("matrix", columnCount, flags, ImVec2(0, height))) {
    ImGui::TableSetupScrollFreeze(2, 2);
    ImGuiTableColumnFlags fixed = ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoResize;
    ImGui::TableSetupColumn("Rank", fixed, widths.rank);
    ImGui::TableSetupColumn("Option", fixed, widths.option);
    for (size_t j = 0; j < d.columns.size(); ++j) {
      PushId(d.columns[j].concernId);
      ImGui::TableSetupColumn("##concern", fixed, widths.cell[j]);
      ImGui::PopID();
    }

    // Header row 1: the parties' bands, so that the columns read as each party's own.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers, ImGui::GetFrameHeight());
    if (ImGui::TableSetColumnIndex(1)) {
      ImGui::AlignTextToFramePadding();
      DisabledText("OPTIONS, worst-off first");
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "Ranked by how the worst-off party fares (its mean score), then by the total.\n"
            "Options not yet scored by every party come last.");
    }
    size_t named = model.parties.size();  // the party whose name the band showed last
    for (size_t j = 0; j < d.columns.size(); ++j) {
      const MatrixColumn& column = d.columns[j];
      if (!ImGui::TableSetColumnIndex(int(j) + 2)) continue;
      const Party& party = model.parties[column.party];
      ImU32 fill = d.ranked.partyColour[column.party];
      ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, fill);
      if (named == column.party) continue;
      // The first of the party's columns on screen names it, across the party's columns.
      named = column.party;
      float band = 0;
      for (size_t k = j; k < d.columns.size() && d.columns[k].party == column.party; ++k)
        band += widths.cell[k] + widths.overhead;
      ImDrawList* draw = ImGui::GetWindowDrawList();
      ImVec2 clipMin = draw->GetClipRectMin(), clipMax = draw->GetClipRectMax();
      float right = std::min(clipMin.x + band - widths.overhead,
                             ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x);
      ImGui::PushClipRect(clipMin, ImVec2(right, clipMax.y), false);
      ImGui::AlignTextToFramePadding();
      ImGui::PushStyleColor(ImGuiCol_Text, InkOn(fill));
      UserText(party.name);
      ImGui::PopStyleColor();
      ImGui::PopClipRect();
    }
    // Header row 2: the concerns, each with the party that scores it.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers, headerHeight);
    if (ImGui::TableSetColumnIndex(0)) DisabledText("#");
    if (ImGui::TableSetColumnIndex(1)) {
      DisabledText("How it fares with each party");
      DisabledText("(mean score, -2 to +2)");
      float each = std::floor(widths.option / float(std::max<size_t>(model.parties.size(), 1)));
      for (size_t p = 0; p < model.parties.size(); ++p) {
        if (p > 0) ImGui::SameLine(0, 0);
        ImVec2 start = ImGui::GetCursorScreenPos();
        ImGui::PushClipRect(start, ImVec2(start.x + each - 2.0f, start.y + ImGui::GetFrameHeight()), true);
        PartyMark(model.parties[p], true);
        ImGui::PopClipRect();
        ImGui::SameLine(0, 0);
        ImGui::SetCursorScreenPos(ImVec2(start.x + each, start.y));
        ImGui::Dummy(ImVec2(1.0f, 1.0f));
      }
    }
    for (size_t j = 0; j < d.columns.size(); ++j)
      if (ImGui::TableSetColumnIndex(int(j) + 2)) {
        PushId(d.columns[j].concernId);
        DrawConcernHeader(model, d.columns[j]);
        ImGui::PopID();
      }

    // The options, best first; only the rows on screen are drawn.
    std::vector<ScoreLayout> layouts;  // columns of one width (a party's) share their measures
    for (float width : widths.cell)
      if (!layouts.empty() && layouts.back().width == width)
        layouts.push_back(layouts.back());
      else
        layouts.emplace_back(width);
    ImGuiListClipper clipper;
    clipper.Begin(int(d.ranked.ranking.size()));
    while (clipper.Step())
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r)
        DrawMatrixRow(app, view, d, layouts, widths.option, d.rows[size_t(r)], rowHeight);
    ImGui::EndTable();
  }
  ImGui::PopStyleVar();
  Track("Matrix");
  if (view.popupToOpen) {
    ImGui::OpenPopup(view.popupToOpen);
    view.popupToOpen = nullptr;
  }
  DrawNotePopup(app, view, d);
  DrawScorePopup(app, view, d);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] DrawWeigh

void DrawWeigh(Workbench& app) {
  WeighView& view = app.options.weigh;
  const Model& model = app.workshop->Model();
  if (view.shownParty != 0 && !model.FindParty(view.shownParty)) view.shownParty = 0;
  // Shown again after another screen (no frame drew it in between): ranked afresh.
  bool shownAgain = view.drawnFrame + 1 != ImGui::GetFrameCount();
  view.drawnFrame = ImGui::GetFrameCount();
  if (view.stamp.Outdated(model.revision, view.shownParty,
                          [&](DerivedInputs& in) { AddInputs(model, in); })) {
    Derive(model, view.shownParty, view.derived);
    ArrangeRows(view, shownAgain);
  } else if (shownAgain) {
    ArrangeRows(view, true);
  }
  DrawWeighToolbar(app, view, view.derived);
  DrawMatrix(app, view, view.derived);
}

}  // namespace parley::ui
