#include "core/method/ground_rules.hpp"

#include <fstream>
#include <sstream>

#include "core/common/atomic_file.hpp"
#include "core/common/resources.hpp"
#include "core/common/text.hpp"

namespace parley {

const Consent* HeldConsent(const Model& model, Id session, Id participant) {
  const Session* asked = model.FindSession(session);
  if (!asked) return nullptr;
  const Consent* held = nullptr;
  for (const Session& s : model.sessions) {  // in order: a later session's consent is the latest
    if (asked->reaffirm && s.id != session) continue;
    if (const Consent* c = model.FindConsent(s.id, participant)) held = c;
    if (s.id == session) break;
  }
  return held;
}

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
