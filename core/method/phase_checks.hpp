#pragma once
// What the method expects of each phase in a session, as short warnings for the stepper.
// Warnings never block: the facilitator can move on, giving a reason that is logged.
#include <string>
#include <vector>

#include "core/model/model.hpp"

namespace parley {

// The steps the method expects that are missing in `phase` of `session`, each a short
// sentence ("3 participants present have not agreed to the ground rules"). Empty when none.
std::vector<std::string> PhaseWarnings(const Model& model, Id session, Phase phase);

// The status the stepper shows: what the facilitators set, else "in progress" once the phase
// has a record in the session (a consent, a turn, a story), else "not started".
PhaseStatus ShownStatus(const Model& model, Id session, Phase phase);

}  // namespace parley
