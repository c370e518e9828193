#include "views/lazy_list.hpp"

#include <algorithm>
#include <unordered_map>

namespace parley::ui {

std::vector<Id>& ItemIds::Edit() {
  static uint64_t stamps = 0;  // views run on one thread
  m_stamp = ++stamps;
  return m_ids;
}

namespace {

// Keeps the heights of the items still in the list when the list changes (only then); false
// when a cache made again holds the same list, whose heights stay as they are.
bool Follow(LazyList& list, const ItemIds& ids) {
  list.stamp = ids.Stamp();
  if (list.ids == ids.All()) return false;
  std::unordered_map<Id, float> known;
  for (size_t i = 0; i < list.ids.size(); ++i) known[list.ids[i]] = list.heights[i];
  list.heights.assign(ids.size(), 0.0f);
  for (size_t i = 0; i < ids.size(); ++i)
    if (auto it = known.find(ids[i]); it != known.end()) list.heights[i] = it->second;
  list.ids = ids.All();
  return true;
}

// Moves the cursor down by `advance`, as items of that total height would.
void Skip(float advance) {
  float spacing = ImGui::GetStyle().ItemSpacing.y;
  if (advance > spacing) ImGui::Dummy(ImVec2(1.0f, advance - spacing));
}

}  // namespace

void DrawLazyList(LazyList& list, const ItemIds& ids, float estimate,
                  const std::function<void(size_t)>& draw) {
  auto height = [&](size_t i) { return list.heights[i] > 0 ? list.heights[i] : estimate; };
  float width = ImGui::GetContentRegionAvail().x;
  bool changed = list.stamp != ids.Stamp() && Follow(list, ids), remeasure = width != list.width;
  if (changed || remeasure || estimate != list.estimate) {
    if (remeasure) list.heights.assign(ids.size(), 0.0f);
    list.width = width;
    list.estimate = estimate;
    list.total = 0;
    for (size_t i = 0; i < ids.size(); ++i) list.total += height(i);
  }
  if (list.scrollTo != 0) {
    float offset = 0;
    for (size_t k = 0; k < ids.size() && ids[k] != list.scrollTo; ++k) offset += height(k);
    // A line above it shows that it is where the reader was taken, and takes up what the
    // estimates of the items not yet measured are off by.
    ImGui::SetScrollY(ImGui::GetCursorPosY() + offset - ImGui::GetTextLineHeightWithSpacing());
    list.scrollTo = 0;
  }
  ImDrawList* drawList = ImGui::GetWindowDrawList();
  float top = drawList->GetClipRectMin().y, bottom = drawList->GetClipRectMax().y;

  float y = ImGui::GetCursorScreenPos().y;
  size_t i = 0;
  float above = 0, drawn = 0;
  for (; i < ids.size() && y + above + height(i) < top; ++i) above += height(i);
  Skip(above);
  for (; i < ids.size() && ImGui::GetCursorScreenPos().y < bottom; ++i) {
    float before = ImGui::GetCursorScreenPos().y;
    float was = height(i);
    draw(i);
    list.heights[i] = ImGui::GetCursorScreenPos().y - before;
    list.total += list.heights[i] - was;
    drawn += list.heights[i];
  }
  // The rest from the running total rather than item by item: a frame's cost stays that of
  // the items in view, however long the list.
  Skip(std::max(0.0f, list.total - above - drawn));
}

}  // namespace parley::ui
