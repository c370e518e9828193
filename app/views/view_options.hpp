#pragma once
// UI state of the Options view (view_options.cpp); not model state.
#include <string>
#include <vector>

#include "core/model.hpp"

namespace parley::ui {

struct OptionsView {
  // Filled by view_options.cpp.
  int placeholder = 0;
};

}  // namespace parley::ui
