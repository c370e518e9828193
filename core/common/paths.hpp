#pragma once
#include <string>

namespace parley {

// Where workshops are kept by default: $XDG_DATA_HOME/parley, else ~/.local/share/parley.
std::string DataDir();
// Where settings and the recent list are kept: $XDG_CONFIG_HOME/parley, else ~/.config/parley.
std::string ConfigDir();

}  // namespace parley
