#pragma once
// UI state of the NeedsFears view (view_needs_fears.cpp); not model state.
#include <string>
#include <vector>

#include "core/model.hpp"

namespace parley::ui {

struct NeedsFearsView {
  // Filled by view_needs_fears.cpp.
  int placeholder = 0;
};

}  // namespace parley::ui
