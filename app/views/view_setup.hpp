#pragma once
// UI state of the Set-up view (view_setup.cpp); not model state.
#include <set>

#include "core/model.hpp"

namespace parley::ui {

struct SetupView {
  std::set<Id> expanded;  // participants whose details row (general role, contact, notes) is open
};

}  // namespace parley::ui
