#pragma once
#include <string>
#include <vector>

#include "core/model/model.hpp"

namespace parley {

// The consent of `participant` that holds in `session`: the one given in it, else the latest
// given in an earlier session (Model::sessions order), as a consent to the same wording holds
// across the workshop; only the session's own when it asks the room to reaffirm. nullptr when
// there is none. Whether it is to the current wording is its rulesRevision's to say.
const Consent* HeldConsent(const Model& model, Id session, Id participant);

// The ground rules a new workshop starts with: the facilitator's own template in
// `configDir`/ground_rules.txt when they saved one, else Parley's standard set
// (assets/ground_rules.txt). One rule a paragraph.
std::vector<std::string> RulesTemplate(const std::string& configDir);
// Parley's standard set.
std::vector<std::string> StandardRules();
// Saves `rules` as the template for new workshops. Throws parley::Error.
void SaveRulesTemplate(const std::string& configDir, const std::vector<std::string>& rules);

}  // namespace parley
