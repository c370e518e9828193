#pragma once
#include <string>
#include <vector>

namespace parley {

// The ground rules a new workshop starts with: the facilitator's own template in
// `configDir`/ground_rules.txt when they saved one, else Parley's standard set
// (assets/ground_rules.txt). One rule a paragraph.
std::vector<std::string> RulesTemplate(const std::string& configDir);
// Parley's standard set.
std::vector<std::string> StandardRules();
// Saves `rules` as the template for new workshops. Throws parley::Error.
void SaveRulesTemplate(const std::string& configDir, const std::vector<std::string>& rules);

}  // namespace parley
