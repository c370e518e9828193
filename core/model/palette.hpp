#pragma once
#include <array>
#include <string_view>

namespace parley {

// Party colours: the Okabe-Ito set, distinguishable with the common colour-vision
// deficiencies, none of them a "winner" red or green, and listed in no order of rank.
constexpr std::array<std::string_view, 6> kPartyPalette = {
    "#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#0072B2", "#D55E00"};

}  // namespace parley
