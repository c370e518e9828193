// Needs & fears: each party's needs and fears in equal columns, captured as fast as they are
// said; acknowledgement, common ground, positions reworded as needs, priority by drag or key.
//
// [SECTION] Derived data (recomputed when the Model, the session or a filter changes)
// [SECTION] Small helpers: tags, swatches, texts that open as fields
// [SECTION] Filters
// [SECTION] Common ground band
// [SECTION] Capture field
// [SECTION] Concern rows and their details
// [SECTION] Party columns
// [SECTION] DrawNeedsFearsView
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "core/model/id_index.hpp"
#include "core/common/text.hpp"
#include "views/fonts.hpp"
#include "views/rtl_text.hpp"
#include "views/stepper.hpp"
#include "views/view_needs_fears.hpp"
#include "views/widgets.hpp"
#include "views/workbench.hpp"

namespace parley::ui {

namespace {

// ImGui 1.86 keeps keys by the platform's code in io.KeysDown, and its key map (ImGuiKey_) holds
// no digits and of the letters only A, C, V, X, Y and Z: GLFW's code of a letter or digit key is
// its upper-case ASCII character.
constexpr int kKeyToggleKind = 'F';  // Ctrl+F: need <-> fear while typing a concern
constexpr int kCategoryShortcuts = 9;  // Ctrl+1 .. Ctrl+9; Ctrl+0 clears

// ---------------------------------------------------------------------------------------------
// [SECTION] Derived data

bool Passes(const Concern& c, const NeedsFearsView& view, Id session) {
  if (view.thisSessionOnly && c.sessionId != session) return false;
  if (view.kindFilter == KindFilter::Needs && c.kind != ConcernKind::Need) return false;
  if (view.kindFilter == KindFilter::Fears && c.kind != ConcernKind::Fear) return false;
  if (view.categoryFilter == kNoCategory) return c.categoryId == 0;
  return view.categoryFilter == 0 || c.categoryId == view.categoryFilter;
}

bool Stale(const NeedsFearsDerived& d, const Model& model, const NeedsFearsView& view, Id session) {
  return d.revision != model.revision || d.sessionId != session || d.categoryFilter != view.categoryFilter ||
         d.kindFilter != view.kindFilter || d.thisSessionOnly != view.thisSessionOnly;
}

void Derive(const Model& model, const NeedsFearsView& view, Id session, NeedsFearsDerived& d) {
  d = NeedsFearsDerived{};
  d.revision = model.revision;
  d.sessionId = session;
  d.categoryFilter = view.categoryFilter;
  d.kindFilter = view.kindFilter;
  d.thisSessionOnly = view.thisSessionOnly;

  std::map<Id, size_t> columnOf;  // party -> its place on screen
  for (size_t i = 0; i < model.parties.size(); ++i) {
    columnOf[model.parties[i].id] = i;
    d.columns.push_back(PartyColumn{model.parties[i].id, {}, {}, 0, 0, 0});
  }
  // Model::concerns is by party, then priority: each party's concerns come in rank order.
  d.rank = model.PriorityPlaces();
  for (size_t i = 0; i < model.concerns.size(); ++i) {
    const Concern& c = model.concerns[i];
    auto column = columnOf.find(c.partyId);
    if (column == columnOf.end() || (view.thisSessionOnly && c.sessionId != session)) continue;
    PartyColumn& col = d.columns[column->second];
    (c.kind == ConcernKind::Need ? col.needs : col.fears)++;
    col.acknowledged += c.acknowledged;
    if (Passes(c, view, session)) {
      col.shown.push_back(i);
      col.shownIds.Edit().push_back(c.id);
    }
  }
  // Model::holders is by id: the band lists concerns in the order they were found shared.
  IdIndex concernAt(model.concerns);
  for (const ConcernHolder& h : model.holders) {
    size_t found = concernAt.Find(h.concernId);
    if (found == IdIndex::npos || !columnOf.count(h.partyId)) continue;
    std::vector<Id>& others = d.heldBy[h.concernId];
    if (others.empty() && Passes(model.concerns[found], view, session)) d.commonGround.push_back(found);
    others.push_back(h.partyId);
  }
  for (auto& [concern, others] : d.heldBy)
    std::sort(others.begin(), others.end(), [&](Id a, Id b) { return columnOf.at(a) < columnOf.at(b); });
  for (size_t i = 0; i < model.stories.size(); ++i)
    if (const Participant* teller = model.FindParticipant(model.stories[i].tellerId))
      d.storiesOf[teller->partyId].push_back(i);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Small helpers

ConcernKind Other(ConcernKind kind) { return kind == ConcernKind::Need ? ConcernKind::Fear : ConcernKind::Need; }

const char* KindWord(ConcernKind kind) { return kind == ConcernKind::Need ? "need" : "fear"; }



// The NEED and FEAR tags' text widths, measured again only when the font changes: a column
// draws dozens of tags a frame.
struct TagText {
  const ImFont* font = nullptr;
  float fontSize = 0;
  float need = 0, fear = 0;
};
const TagText& MeasuredTags() {
  static TagText tags;
  if (tags.font != ImGui::GetFont() || tags.fontSize != ImGui::GetFontSize())
    tags = {ImGui::GetFont(), ImGui::GetFontSize(), ImGui::CalcTextSize("NEED").x, ImGui::CalcTextSize("FEAR").x};
  return tags;
}

float TagWidth() {
  const TagText& tags = MeasuredTags();
  return std::max(tags.need, tags.fear) + ImGui::GetStyle().FramePadding.x * 2;
}

// NEED or FEAR as a tag, in the same greys for every party: a need light, a fear dark,
// drawn into the draw list (a column shows dozens). `emphasis` darkens it under the mouse.
void DrawKindTag(ConcernKind kind, ImVec2 pos, float emphasis) {
  ImVec4 ink = ImGui::GetStyleColorVec4(ImGuiCol_Text);
  ImVec4 paper = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
  bool fear = kind == ConcernKind::Fear;
  ImVec2 size(TagWidth(), ImGui::GetFrameHeight());
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y),
                      ImGui::GetColorU32(ImVec4(ink.x, ink.y, ink.z, (fear ? 0.72f : 0.10f) + emphasis)));
  float textWidth = fear ? MeasuredTags().fear : MeasuredTags().need;
  draw->AddText(ImVec2(pos.x + (size.x - textWidth) * 0.5f, pos.y + ImGui::GetStyle().FramePadding.y),
                ImGui::GetColorU32(fear ? ImVec4(paper.x, paper.y, paper.z, 1.0f) : ink), fear ? "FEAR" : "NEED");
}

// The tag as a button: returns true when clicked.
bool KindTag(ConcernKind kind, const char* id, const char* trackAs) {
  ImVec2 pos = ImGui::GetCursorScreenPos();
  bool clicked = ImGui::InvisibleButton(id, ImVec2(TagWidth(), ImGui::GetFrameHeight()));
  DrawKindTag(kind, pos, ImGui::IsItemActive() ? 0.22f : ImGui::IsItemHovered() ? 0.12f : 0.0f);
  ShowFocus();
  Track(trackAs);
  return clicked;
}

// The same tag, only shown.
void KindLabel(ConcernKind kind) {
  DrawKindTag(kind, ImGui::GetCursorScreenPos(), 0.0f);
  ImGui::Dummy(ImVec2(TagWidth(), ImGui::GetFrameHeight()));
}

// Continues the line at `x` (as GetCursorPosX() counts, which in a table cell SameLine's
// offset does not).
void SameLineAt(float x) {
  ImGui::SameLine();
  ImGui::SetCursorPosX(x);
}

// A grey label, then the next widget at `fieldX` on the same line, as wide as the rest.
void Label(const char* text, float fieldX) {
  ImGui::AlignTextToFramePadding();
  DisabledText(text);
  SameLineAt(fieldX);
  ImGui::SetNextItemWidth(-FLT_MIN);
}

// Drag-and-drop payloads stay within one party's column.
std::string PayloadType(Id party) { return "concern of party " + std::to_string(party); }

// ---------------------------------------------------------------------------------------------
// [SECTION] Filters

void DrawFilters(Workbench& app, NeedsFearsView& view) {
  const Model& model = app.workshop->Model();
  float em = ImGui::GetFontSize();
  const Category* chosen = model.FindCategory(view.categoryFilter);
  const char* preview = view.categoryFilter == kNoCategory ? "No category"
                        : chosen                           ? chosen->name.c_str()
                                                           : "All categories";
  ImGui::SetNextItemWidth(em * 13);
  if (UserCombo("##category filter", preview, ImGuiComboFlags_HeightLargest)) {
    if (Selectable("All categories", view.categoryFilter == 0)) view.categoryFilter = 0;
    for (const Category& category : model.categories) {
      PushId(category.id);
      if (Selectable(category.name.c_str(), view.categoryFilter == category.id)) view.categoryFilter = category.id;
      ImGui::PopID();
    }
    if (Selectable("No category", view.categoryFilter == kNoCategory)) view.categoryFilter = kNoCategory;
    ImGui::EndCombo();
  }
  Track("Category filter");

  ImGui::SameLine(0, em * 1.5f);
  struct KindChoice {
    const char* shown;  // "Needs only" shows as "Needs": the row stays one line on a laptop
    const char* label;
    KindFilter value;
  };
  for (KindChoice choice : {KindChoice{"Needs and fears", "Needs and fears", KindFilter::All},
                            KindChoice{"Needs", "Needs only", KindFilter::Needs},
                            KindChoice{"Fears", "Fears only", KindFilter::Fears}}) {
    if (Choice(choice.shown, view.kindFilter == choice.value, choice.label)) view.kindFilter = choice.value;
    ImGui::SameLine(0, 2.0f);
  }
  ImGui::SameLine(0, em * 1.5f);
  if (Choice("All sessions", !view.thisSessionOnly)) view.thisSessionOnly = false;
  ImGui::SameLine(0, 2.0f);
  if (Choice("This session", view.thisSessionOnly)) view.thisSessionOnly = true;

  // The standard categories come from assets/; a workshop adds its own here.
  float next = view.addingCategory ? em * 12 : ImGui::CalcTextSize("New category").x + em;
  if (ImGui::GetItemRectMax().x + em * 1.5f + next <= ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x)
    ImGui::SameLine(0, em * 1.5f);
  if (!view.addingCategory) {
    if (SmallButton("New category")) view.addingCategory = view.focusNewCategory = true;
    return;
  }
  ImGui::SetNextItemWidth(em * 12);
  if (view.focusNewCategory) {
    ImGui::SetKeyboardFocusHere();
    view.focusNewCategory = false;
  }
  std::string typed;
  if (TextField("##new category", view.newCategory, &typed, "category name, then Enter")) view.newCategory = typed;
  bool entered = ImGui::IsItemDeactivated() && EnterPressed();
  bool left = ImGui::IsItemDeactivated() && !entered;
  if (entered && !Trim(view.newCategory).empty())
    app.Request([name = Trim(view.newCategory)](Workshop& w) { w.AddCategory(name); });
  if (entered || left) {
    view.newCategory.clear();
    view.addingCategory = false;
  }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Common ground band

void DrawCommonGround(Workbench& app, NeedsFearsView& view) {
  const Model& model = app.workshop->Model();
  const NeedsFearsDerived& d = view.derived;
  DisabledText("COMMON GROUND");
  ImGui::SameLine();
  DisabledText(" concerns more than one party holds");
  if (d.commonGround.empty()) {
    Hint(d.heldBy.empty() ? "None marked yet. When another party says a concern is theirs too, open the concern's "
                            "details and tick \"Also held by\"."
                          : "None that the filters show.");
    return;
  }
  ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersOuter |
                          ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
  // A long band scrolls, so that the parties' columns stay in sight.
  constexpr size_t kBandRows = 4;
  ImVec2 outer(0, 0);
  if (d.commonGround.size() > kBandRows) {
    flags |= ImGuiTableFlags_ScrollY;
    outer.y = (ImGui::GetFrameHeight() + ImGui::GetTextLineHeightWithSpacing()) * (float(kBandRows) + 0.5f);
  }
  if (!ImGui::BeginTable("common ground", 3, flags, outer)) return;
  ImU32 band = ImGui::GetColorU32(ImGuiCol_FrameBg, 0.6f);  // one tint for every row: nothing stands out
  float swatch = ImGui::GetTextLineHeight();
  ImGui::TableSetupColumn("held by", ImGuiTableColumnFlags_WidthFixed, (swatch + 4) * float(model.parties.size()));
  ImGui::TableSetupColumn("kind", ImGuiTableColumnFlags_WidthFixed, TagWidth());
  ImGui::TableSetupColumn("concern", ImGuiTableColumnFlags_WidthStretch);
  for (size_t index : d.commonGround) {
    const Concern& c = model.concerns[index];
    auto others = d.heldBy.find(c.id);
    PushId(c.id);
    ImGui::TableNextRow();
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, band);
    ImGui::TableNextColumn();
    // Every party that holds it, in screen order: the one in whose words it is stated does
    // not come first for that.
    std::string names;
    std::vector<const Party*> holders;
    for (const Party& party : model.parties)
      if (party.id == c.partyId || (others != d.heldBy.end() && std::find(others->second.begin(), others->second.end(),
                                                                          party.id) != others->second.end()))
        holders.push_back(&party);
    for (size_t i = 0; i < holders.size(); ++i) {
      if (i > 0) ImGui::SameLine(0, 4);
      ColourSwatch(holders[i]->colour, swatch, ImGui::GetFrameHeight());
      names += (i == 0 ? "" : i + 1 == holders.size() ? " and " : ", ") + ShortName(*holders[i]);
    }
    ImGui::TableNextColumn();
    KindLabel(c.kind);
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::PushTextWrapPos(0.0f);
    UserText(c.text);
    ImGui::PopTextWrapPos();
    Track("Common ground concern");
    const Party* owner = model.FindParty(c.partyId);
    const Category* category = model.FindCategory(c.categoryId);
    std::string about = (category ? category->name + "  \xC2\xB7  " : std::string()) + "held by " + names +
                        "  \xC2\xB7  in " + (owner ? ShortName(*owner) : std::string("?")) + "'s words";
    ImGui::PushTextWrapPos(0.0f);
    DisabledText(about.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopID();
  }
  ImGui::EndTable();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Capture field

// Returns true when a category was picked.
bool DrawCaptureCategoryPopup(const Model& model, ConcernCapture& capture) {
  if (!ImGui::BeginPopup("capture category")) return false;
  Id before = capture.categoryId;
  bool picked = false;
  if (MenuItem("No category", "Ctrl+0", before == 0)) {
    capture.categoryId = 0;
    picked = true;
  }
  for (size_t i = 0; i < model.categories.size(); ++i) {
    const Category& category = model.categories[i];
    char shortcut[16] = "";
    if (i < size_t(kCategoryShortcuts)) std::snprintf(shortcut, sizeof shortcut, "Ctrl+%zu", i + 1);
    PushId(category.id);
    if (MenuItem(category.name.c_str(), shortcut, before == category.id)) {
      capture.categoryId = category.id;
      picked = true;
    }
    ImGui::PopID();
  }
  ImGui::EndPopup();
  return picked;
}

// The field where a party's concerns are typed as they are said: Enter adds one and keeps the
// keyboard here for the next. Ctrl+F switches need/fear; Ctrl+1..9 picks the category.
void DrawCapture(Workbench& app, NeedsFearsView& view, const Party& party, bool canAdd) {
  const Model& model = app.workshop->Model();
  ConcernCapture& capture = view.capture[party.id];
  if (capture.categoryId != 0 && !model.FindCategory(capture.categoryId)) capture.categoryId = 0;

  // Keys for the field that had the keyboard, read before the chips are drawn so that they
  // show the change in this very frame.
  const ImGuiIO& io = ImGui::GetIO();
  if (capture.active && io.KeyCtrl && !io.KeyAlt) {
    if (ImGui::IsKeyPressed(kKeyToggleKind, false)) capture.kind = Other(capture.kind);
    if (ImGui::IsKeyPressed('0', false)) capture.categoryId = 0;
    for (int n = 1; n <= kCategoryShortcuts; ++n)
      if (ImGui::IsKeyPressed('0' + n, false) && size_t(n) <= model.categories.size())
        capture.categoryId = model.categories[size_t(n - 1)].id;
  }

  ImGui::BeginDisabled(!canAdd);
  // A click on the kind or the category gives the keyboard back to the field.
  if (KindTag(capture.kind, "capture kind", "Capture kind")) {
    capture.kind = Other(capture.kind);
    view.focusCapture = party.id;
  }
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Adds a %s. Click or Ctrl+F to switch.", KindWord(capture.kind));
  ImGui::SameLine();
  float fieldX = ImGui::GetCursorPosX();
  if (view.focusCapture == party.id) {
    ImGui::SetKeyboardFocusHere();
    view.focusCapture = 0;
  }
  ImGui::SetNextItemWidth(-FLT_MIN);
  // The hint is made again only when its kind or the party's name changes, not in every frame.
  if (capture.hint.empty() || capture.hintKind != capture.kind || capture.hintParty != ShortName(party)) {
    capture.hintKind = capture.kind;
    capture.hintParty = ShortName(party);
    capture.hint = std::string("a ") + KindWord(capture.kind) + " of " + capture.hintParty + ", then Enter";
  }
  // What is typed is the party's draft, on disk as it is typed; adding the concern drops it.
  DraftKey draft{.kind = DraftKind::Concern, .session = app.sessionId, .party = party.id};
  const std::string& typed = model.Draft(draft);
  std::string edited;
  if (TextField("##capture", typed, &edited, capture.hint.c_str()))
    app.Request([draft, edited](Workshop& w) { w.SetDraft(draft, edited); });
  bool entered = ImGui::IsItemDeactivated() && EnterPressed();
  capture.active = ImGui::IsItemActive();
  if (entered && !Trim(typed).empty()) {
    app.Request([session = app.sessionId, partyId = party.id, kind = capture.kind, text = Trim(typed),
                 category = capture.categoryId](Workshop& w) { w.AddConcern(session, partyId, kind, text, category); });
    capture.categoryId = 0;  // a category carried over unseen would misfile the next concern
    ImGui::SetKeyboardFocusHere(-1);  // the field again, for the next concern
  }

  // The pending category as a chip under the field.
  ImGui::SetCursorPosX(fieldX);
  const Category* category = model.FindCategory(capture.categoryId);
  std::string chip = (category ? category->name : std::string("no category")) + "  \xE2\x96\xBE##capture category";
  if (ImGui::SmallButton(ShownLabel(chip.c_str()))) ImGui::OpenPopup("capture category");
  Track("Capture category");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("The category the next concern gets. Ctrl+1..9 while typing.");
  if (DrawCaptureCategoryPopup(model, capture)) view.focusCapture = party.id;
  ImGui::EndDisabled();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Concern rows and their details

// Where a concern can go by key or arrow: the place of the concern shown above it (or below),
// -1 when there is none. Places count all the party's concerns, shown or not.
struct Neighbours {
  int above = -1;
  int below = -1;
};

void DrawDetails(Workbench& app, NeedsFearsView& view, const Party& party, const Concern& c, Neighbours near) {
  const Model& model = app.workshop->Model();
  const NeedsFearsDerived& d = view.derived;
  float labelWidth = ImGui::CalcTextSize("Also held by").x + ImGui::GetStyle().ItemSpacing.x * 2;
  float fieldX = ImGui::GetCursorPosX() + labelWidth;
  std::string edited;

  const Category* category = model.FindCategory(c.categoryId);
  Label("Category", fieldX);
  if (UserCombo("##category", category ? category->name.c_str() : "(none)", ImGuiComboFlags_HeightLargest)) {
    if (Selectable("(none)", c.categoryId == 0)) app.Request([id = c.id](Workshop& w) { w.SetConcernCategory(id, 0); });
    for (const Category& each : model.categories) {
      PushId(each.id);
      if (Selectable(each.name.c_str(), each.id == c.categoryId))
        app.Request([id = c.id, to = each.id](Workshop& w) { w.SetConcernCategory(id, to); });
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  Track("Category");

  Label("Notes", fieldX);
  if (TextField("##notes", c.notes, &edited, "for the facilitators"))
    app.Request([id = c.id, edited](Workshop& w) { w.SetText(Field::ConcernNotes, id, edited); });
  Track("Notes");

  if (model.parties.size() > 1) {
    ImGui::AlignTextToFramePadding();
    DisabledText("Also held by");
    SameLineAt(fieldX);
    auto others = d.heldBy.find(c.id);
    bool first = true;
    for (const Party& other : model.parties) {
      if (other.id == party.id) continue;
      bool holds = others != d.heldBy.end() &&
                   std::find(others->second.begin(), others->second.end(), other.id) != others->second.end();
      PushId(other.id);
      std::string label = ShortName(other);
      float width = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::GetTextLineHeight() +
                    ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().ItemSpacing.x;
      if (!first) FlowSameLine(width);
      if (!first && ImGui::GetCursorPosX() < fieldX) ImGui::SetCursorPosX(fieldX);
      first = false;
      if (ImGui::Checkbox("##held", &holds))
        app.Request([id = c.id, by = other.id, holds](Workshop& w) { w.SetHeldBy(id, by, holds); });
      TrackJoined("Also held by ", other.name);
      ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
      ColourSwatch(other.colour, ImGui::GetTextLineHeight(), ImGui::GetFrameHeight());
      ImGui::SameLine(0, 4);
      ImGui::AlignTextToFramePadding();
      UserText(label);
      ImGui::PopID();
    }
  }

  // A position ("we demand ...") kept as stated, and the need beneath it.
  if (c.statedPosition.empty()) {
    ImGui::SetCursorPosX(fieldX);
    if (SmallButton("Stated as a position"))
      app.Request([id = c.id](Workshop& w) { w.MarkAsPosition(id); });
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("\"We demand ...\": kept as it was said, to be reworded as the need beneath it.");
  } else {
    Label("Stated as", fieldX);
    if (TextField("##position", c.statedPosition, &edited, "the position as it was stated"))
      app.Request([id = c.id, edited](Workshop& w) { w.SetText(Field::ConcernStatedPosition, id, edited); });
    Track("Stated position");
  }
  std::string& reword = view.reword[c.id];
  float buttonWidth = ImGui::CalcTextSize("Reword as need").x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::AlignTextToFramePadding();
  DisabledText("Reword");
  SameLineAt(fieldX);
  // The button goes under the field when both would not fit side by side.
  float fieldWidth = ImGui::GetContentRegionAvail().x - buttonWidth - ImGui::GetStyle().ItemSpacing.x;
  bool buttonBelow = fieldWidth < ImGui::GetFontSize() * 10;
  ImGui::SetNextItemWidth(buttonBelow ? -FLT_MIN : fieldWidth);
  std::string typed;
  if (TextField("##reword", reword, &typed,
                c.statedPosition.empty() || c.positionOpen ? "the need beneath it" : "the need, reworded again"))
    reword = typed;
  bool entered = ImGui::IsItemDeactivated() && EnterPressed();
  if (buttonBelow)
    ImGui::SetCursorPosX(fieldX);
  else
    ImGui::SameLine();
  ImGui::BeginDisabled(Trim(reword).empty());
  bool clicked = Button("Reword as need");
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("%s", RewordTooltip(c).c_str());
  if ((clicked || entered) && !Trim(reword).empty()) {
    app.Request([id = c.id, need = Trim(reword)](Workshop& w) { w.RewordAsNeed(id, need); });
    view.reword.erase(c.id);
  }

  // The story it came from: stories told by this party's participants, in any session.
  const Story* linked = nullptr;
  auto stories = d.storiesOf.find(party.id);
  if (stories != d.storiesOf.end())
    for (size_t index : stories->second)
      if (model.stories[index].id == c.storyId) linked = &model.stories[index];
  Label("From story", fieldX);
  if (UserCombo("##story", linked ? linked->summary.c_str() : "(none)", ImGuiComboFlags_HeightLarge)) {
    if (Selectable("(none)", c.storyId == 0)) app.Request([id = c.id](Workshop& w) { w.LinkStory(id, 0); });
    if (stories != d.storiesOf.end())
      for (size_t index : stories->second) {
        const Story& story = model.stories[index];
        const Participant* teller = model.FindParticipant(story.tellerId);
        std::string label = (teller ? teller->name : std::string("?")) + ": " + story.summary;
        if (label.size() > 90) label = label.substr(0, 87) + "...";
        PushId(story.id);
        if (Selectable(label.c_str(), story.id == c.storyId))
          app.Request([id = c.id, to = story.id](Workshop& w) { w.LinkStory(id, to); });
        ImGui::PopID();
      }
    ImGui::EndCombo();
  }
  Track("Story");

  // Priority by arrows, and removal.
  ImGui::AlignTextToFramePadding();
  DisabledText("Priority");
  SameLineAt(fieldX);
  ImGui::BeginDisabled(near.above < 0);
  if (ImGui::ArrowButton("##raise", ImGuiDir_Up))
    app.Request([id = c.id, to = near.above](Workshop& w) { w.RankConcern(id, to); });
  Track("Raise priority");
  ImGui::EndDisabled();
  ImGui::SameLine(0, 2);
  ImGui::BeginDisabled(near.below < 0);
  if (ImGui::ArrowButton("##lower", ImGuiDir_Down))
    app.Request([id = c.id, to = near.below](Workshop& w) { w.RankConcern(id, to); });
  Track("Lower priority");
  ImGui::EndDisabled();
  // Removing is not the row's purpose: a quiet button at the far end (Ctrl+Z brings it back).
  float removeWidth = ImGui::CalcTextSize("Remove concern").x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SameLine(0, 0);
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX() + ImGui::GetFontSize(),
                                ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - removeWidth));
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  bool remove = ImGui::SmallButton("Remove concern");
  ImGui::PopStyleColor(2);
  Track("Remove concern");
  if (remove) {
    app.Request([id = c.id](Workshop& w) { w.RemoveConcern(id); });
    view.expanded.erase(c.id);
  }
}

void DrawConcern(Workbench& app, NeedsFearsView& view, const Party& party, const Concern& c, int rank,
                 Neighbours near) {
  const Model& model = app.workshop->Model();
  const NeedsFearsDerived& d = view.derived;
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImGuiIO& io = ImGui::GetIO();
  float em = ImGui::GetFontSize();
  PushId(c.id);
  ImGui::BeginGroup();
  float rowX = ImGui::GetCursorPosX();
  float rowWidth = ImGui::GetContentRegionAvail().x;

  // The priority handle: drag it onto another concern of the party to take its place; a click
  // picks the concern for Alt+Up / Alt+Down.
  bool picked = view.selected == c.id;
  char handle[32];
  std::snprintf(handle, sizeof handle, "%d##priority", rank + 1);
  ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(picked ? ImGuiCol_ButtonActive : ImGuiCol_FrameBg));
  if (ImGui::Button(handle, ImVec2(em * 2.0f, 0))) view.selected = picked ? 0 : c.id;
  ImGui::PopStyleColor();
  Track("Priority");
  if (ImGui::IsItemHovered() && !ImGui::IsMouseDragging(ImGuiMouseButton_Left))
    ImGui::SetTooltip("Priority %d for %s. Drag onto another concern to take its place,\nor click and press "
                      "Alt+Up / Alt+Down.",
                      rank + 1, party.name.c_str());
  if (ImGui::BeginDragDropSource()) {
    ImGui::SetDragDropPayload(PayloadType(party.id).c_str(), &c.id, sizeof c.id);
    ImGui::PushTextWrapPos(em * 24);
    ImGui::Text("%d.", rank + 1);
    ImGui::SameLine();
    UserText(c.text);
    ImGui::PopTextWrapPos();
    ImGui::EndDragDropSource();
  }
  ImGui::SameLine(0, style.ItemSpacing.x * 0.6f);
  if (KindTag(c.kind, "kind", "Concern kind"))
    app.Request([id = c.id, to = Other(c.kind)](Workshop& w) { w.SetConcernKind(id, to); });
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("A %s: click to make it a %s.", KindWord(c.kind), KindWord(Other(c.kind)));
  ImGui::SameLine(0, style.ItemSpacing.x * 0.6f);
  // What goes under the wording lines up with its text; in narrow columns (three parties and
  // more) it is indented only as much as the details, to keep its width.
  float indent = rowWidth < em * 24 ? em : ImGui::GetCursorPosX() - rowX + style.FramePadding.x;
  float arrow = ImGui::GetFrameHeight();
  float width = std::max(em * 4, ImGui::GetContentRegionAvail().x - arrow - style.ItemSpacing.x);
  std::string edited;
  if (EditableText(view.open, c.id, int(ConcernBlock::Wording), "Concern wording", c.text,
                   "(no wording: click to write)", width, &edited, {.framed = false}))
    app.Request([id = c.id, edited](Workshop& w) { w.SetText(Field::ConcernText, id, edited); });
  bool editing = view.open.record == c.id && ImGui::IsItemActive();
  ImGui::SameLine();
  bool open = view.expanded.count(c.id) != 0;
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  bool toggled = ImGui::ArrowButton("##details", open ? ImGuiDir_Down : ImGuiDir_Right);
  ImGui::PopStyleColor(2);
  if (toggled) {
    if (open)
      view.expanded.erase(c.id);
    else
      view.expanded.insert(c.id);
  }
  Track("Details");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Category, notes, common ground, the position and the need beneath it, story, priority");

  // Alt+Up / Alt+Down move the concern being edited, or the one picked by its handle.
  if (io.KeyAlt && (editing || (picked && !ImGui::IsAnyItemActive()))) {
    if (near.above >= 0 && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow)))
      app.Request([id = c.id, to = near.above](Workshop& w) { w.RankConcern(id, to); });
    if (near.below >= 0 && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow)))
      app.Request([id = c.id, to = near.below](Workshop& w) { w.RankConcern(id, to); });
  }

  // Under the wording, laid out alike in every row and column: what it is about (category,
  // story, common ground), then acknowledgement and the restatement.
  ImGui::Indent(indent);
  const Category* category = model.FindCategory(c.categoryId);
  std::string about = (category ? category->name : std::string("no category")) +
                      (c.storyId != 0 ? "  \xC2\xB7  from a story" : "");
  DisabledText(about.c_str());
  if (c.positionOpen) {
    ImGui::SameLine();
    ImGui::TextColored(WarningColour(), "a position: reword it as the need beneath");
    Track("Unreworded position");
  }
  auto others = d.heldBy.find(c.id);
  if (others != d.heldBy.end()) {
    float swatch = ImGui::GetTextLineHeight() * 0.8f;
    FlowSameLine(ImGui::CalcTextSize("common ground").x + (swatch + 4) * float(others->second.size()));
    ImGui::BeginGroup();
    for (Id id : others->second)
      if (const Party* other = model.FindParty(id)) {
        ColourSwatch(other->colour, swatch, ImGui::GetTextLineHeight());
        ImGui::SameLine(0, 4);
      }
    DisabledText("common ground");
    ImGui::EndGroup();
  }
  bool acknowledged = c.acknowledged;
  if (Checkbox("Acknowledged", &acknowledged))
    app.Request([id = c.id, acknowledged](Workshop& w) { w.SetAcknowledged(id, acknowledged); });
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("The other side has restated it to %s's satisfaction.", party.name.c_str());
  if (c.acknowledged) {
    float bar = std::max(2.0f, ImGui::GetFontSize() * 0.15f);
    if (EditableText(view.open, c.id, int(ConcernBlock::Restatement), "Restatement", c.restatement,
                     "How the other side restated it (click to write)", ImGui::GetContentRegionAvail().x, &edited,
                     {.framed = false, .bar = bar}))
      app.Request([id = c.id, edited](Workshop& w) { w.SetText(Field::ConcernRestatement, id, edited); });
  }
  ImGui::Unindent(indent);
  if (open) {  // less indented than the wording: the fields need the width in narrow columns
    float detailsIndent = ImGui::GetFontSize();
    ImGui::Indent(detailsIndent);
    DrawDetails(app, view, party, c, near);
    ImGui::Unindent(detailsIndent);
  }
  ImGui::EndGroup();

  // Dropping another concern of the party here puts it in this one's place.
  if (ImGui::BeginDragDropTarget()) {
    if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(PayloadType(party.id).c_str())) {
      Id moving = *static_cast<const Id*>(payload->Data);
      app.Request([moving, to = rank](Workshop& w) { w.RankConcern(moving, to); });
    }
    ImGui::EndDragDropTarget();
  }
  ImGui::PopID();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Party columns

void DrawColumnHead(const Party& party, const PartyColumn& column) {
  float width = ImGui::GetContentRegionAvail().x;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float bar = std::max(3.0f, ImGui::GetFontSize() * 0.2f);
  ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + bar), ParseColour(party.colour), bar * 0.5f);
  ImGui::Dummy(ImVec2(width, bar));
  ImFont* large = LargeFont();
  float scale = 0.5f;
  float line = large->FontSize * scale;
  ColourSwatch(party.colour, ImGui::GetTextLineHeight(), line);
  ImGui::SameLine();
  ImGui::PushFont(large);
  ImGui::SetWindowFontScale(scale);
  UserText(party.name);
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopFont();
  Track("Party column");
  std::string counts = Counted(column.needs, "need", "needs") + ",  " + Counted(column.fears, "fear", "fears") +
                       "  \xC2\xB7  " + std::to_string(column.acknowledged) + " acknowledged";
  DisabledText(counts.c_str());
}

void DrawColumn(Workbench& app, NeedsFearsView& view, const Party& party, const PartyColumn& column, bool canAdd) {
  const Model& model = app.workshop->Model();
  const NeedsFearsDerived& d = view.derived;
  DrawColumnHead(party, column);
  ImGui::Spacing();
  DrawCapture(app, view, party, canAdd);
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
  DrawLazyList(view.columnLists[party.id], column.shownIds, ImGui::GetFrameHeightWithSpacing() * 2, [&](size_t i) {
    Neighbours near;
    if (i > 0) near.above = d.rank[column.shown[i - 1]];
    if (i + 1 < column.shown.size()) near.below = d.rank[column.shown[i + 1]];
    if (i > 0) {
      ImGui::PushStyleColor(ImGuiCol_Separator, ImGui::GetColorU32(ImGuiCol_Separator, 0.45f));
      ImGui::Separator();
      ImGui::PopStyleColor();
    }
    DrawConcern(app, view, party, model.concerns[column.shown[i]], d.rank[column.shown[i]], near);
  });
  if (column.shown.empty())
    DisabledText(column.needs + column.fears == 0 ? "No needs or fears recorded yet." : "None that the filters show.");
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] DrawNeedsFearsView

std::string RewordTooltip(const Concern& concern) {
  if (concern.statedPosition.empty() || concern.positionOpen)
    return "Keeps \"" + concern.text + "\" as the position it was stated as, and makes this the need.";
  return "Makes this the need in place of \"" + concern.text + "\"; \"" + concern.statedPosition +
         "\" stays the position it was stated as.";
}

void DrawNeedsFearsView(Workbench& app) {
  NeedsFearsView& view = app.needsFears;
  const Model& model = app.workshop->Model();
  if (Stale(view.derived, model, view, app.sessionId)) Derive(model, view, app.sessionId, view.derived);

  DrawPhaseHeader(app, Phase::NeedsFears);
  bool canAdd = model.FindSession(app.sessionId) != nullptr;
  Hint(canAdd ? "Type a concern in its party's column and press Enter; the field stays ready for the next. "
                "Ctrl+F switches need / fear, Ctrl+1 to Ctrl+9 pick the category (Ctrl+0 none)."
              : "There is no session in use: start one in the sidebar to record needs and fears.");
  DrawFilters(app, view);
  ImGui::Spacing();
  DrawCommonGround(app, view);
  ImGui::Spacing();

  const NeedsFearsDerived& d = view.derived;
  ImGuiTableFlags flags = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_PadOuterX;
  float width = ImGui::GetContentRegionAvail().x;
  if (!d.columns.empty() && ImGui::BeginTable("parties", int(d.columns.size()), flags)) {
    SetupEqualColumns(int(d.columns.size()), width);
    ImGui::TableNextRow();
    for (const PartyColumn& column : d.columns) {
      ImGui::TableNextColumn();
      const Party* party = model.FindParty(column.partyId);
      if (!party) continue;
      PushId(party->id);
      DrawColumn(app, view, *party, column, canAdd);
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  DrawMoveOnButton(app, Phase::NeedsFears);
}

}  // namespace parley::ui
