#pragma once
// A long list of items of different heights (concerns, options, participants, paragraphs) of
// which a frame draws only those in view. The others are stood in for by the height they had
// when last drawn, or an estimate before that, so that the scroll bar stays true and a frame
// costs what the visible items cost, however long the record grows. (ImGuiListClipper needs
// items of one height.)
#include <imgui.h>

#include <functional>
#include <vector>

#include "core/model/model.hpp"

namespace parley::ui {

// The ids of a LazyList's items, in order, as a view's cache holds them. Changing them through
// Edit() gives them a new stamp, so that a frame tells whether they changed by comparing
// stamps: comparing the lists themselves would read thousands of ids every frame.
class ItemIds {
 public:
  std::vector<Id>& Edit();  // for changing them
  const std::vector<Id>& All() const { return m_ids; }
  size_t size() const { return m_ids.size(); }
  bool empty() const { return m_ids.empty(); }
  Id operator[](size_t i) const { return m_ids[i]; }
  uint64_t Stamp() const { return m_stamp; }

 private:
  std::vector<Id> m_ids;
  uint64_t m_stamp = 0;  // 0: never edited, and empty
};

struct LazyList {
  std::vector<Id> ids;         // the items as last drawn, in order
  uint64_t stamp = 0;          // their ItemIds::Stamp()
  std::vector<float> heights;  // the vertical advance of each when last drawn; 0 not yet
  float width = 0;             // the width they were measured at: text wraps differently
  float estimate = 0;          // what stands in for an item not yet measured
  float total = 0;             // the sum of the heights, the estimate for those not measured
  Id scrollTo = 0;             // an item to scroll to near the top of the view when next drawn; 0 none
};

// Draws the items `ids` at the cursor, calling `draw(i)` for each item i in view; `estimate`
// stands in for an item never drawn. Items keep their measured height across changes of the
// list, by id.
void DrawLazyList(LazyList& list, const ItemIds& ids, float estimate,
                  const std::function<void(size_t)>& draw);

}  // namespace parley::ui
