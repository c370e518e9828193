#pragma once
// A long list of items of different heights (concerns, options, participants, paragraphs) of
// which a frame draws only those in view. The others are stood in for by the height they had
// when last drawn, or an estimate before that, so that the scroll bar stays true and a frame
// costs what the visible items cost, however long the record grows. (ImGuiListClipper needs
// items of one height.)
#include <imgui.h>

#include <functional>
#include <vector>

#include "core/model.hpp"

namespace parley::ui {

struct LazyList {
  std::vector<Id> ids;         // the items as last drawn, in order
  std::vector<float> heights;  // the vertical advance of each when last drawn; 0 not yet
  float width = 0;             // the width they were measured at: text wraps differently
  float estimate = 0;          // what stands in for an item not yet measured
  float total = 0;             // the sum of the heights, the estimate for those not measured
};

// Draws the items `ids` at the cursor, calling `draw(i)` for each item i in view; `estimate`
// stands in for an item never drawn. Items keep their measured height across changes of the
// list, by id.
void DrawLazyList(LazyList& list, const std::vector<Id>& ids, float estimate,
                  const std::function<void(size_t)>& draw);

}  // namespace parley::ui
