#pragma once
#include <string_view>

namespace parley {

// The bytes of a data file of the source tree (e.g. "assets/ground_rules.txt"), compiled into
// the binary by core/common/embed_resources.cmake; empty when no such file was embedded.
std::string_view Resource(std::string_view path);

}  // namespace parley
