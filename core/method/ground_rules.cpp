#include "core/method/ground_rules.hpp"

#include <fstream>
#include <sstream>

#include "core/common/atomic_file.hpp"
#include "core/common/resources.hpp"
#include "core/common/text.hpp"

namespace parley {

std::vector<std::string> StandardRules() { return Paragraphs(Resource("assets/ground_rules.txt")); }

std::vector<std::string> RulesTemplate(const std::string& configDir) {
  std::ifstream in(configDir + "/ground_rules.txt");
  if (in) {
    std::stringstream text;
    text << in.rdbuf();
    auto rules = Paragraphs(text.str());
    if (!rules.empty()) return rules;
  }
  return StandardRules();
}

void SaveRulesTemplate(const std::string& configDir, const std::vector<std::string>& rules) {
  std::string text = "# Ground rules for new workshops, saved from Parley. One rule a paragraph.\n";
  for (const std::string& rule : rules) text += "\n" + rule + "\n";
  WriteFileAtomically(configDir + "/ground_rules.txt", text, MissingFolder::Create);
}

}  // namespace parley
