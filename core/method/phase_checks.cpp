#include "core/method/phase_checks.hpp"

#include <algorithm>

#include "core/common/text.hpp"
#include "core/method/ground_rules.hpp"
#include "core/method/option_ranking.hpp"
#include "core/method/speaking_order.hpp"

namespace parley {

namespace {

std::vector<std::string> GroundRulesWarnings(const Model& model, Id session) {
  std::vector<std::string> warnings;
  if (model.rules.empty()) warnings.push_back("No ground rules are written down");
  int missing = 0, outdated = 0;
  for (const Attendance& a : model.attendance) {
    if (a.sessionId != session) continue;
    const Consent* consent = HeldConsent(model, session, a.participantId);
    if (!consent)
      ++missing;
    else if (consent->rulesRevision < model.info.rulesRevision)
      ++outdated;
  }
  if (missing > 0)
    warnings.push_back(Counted(missing, "participant present has", "participants present have") +
                       " not agreed to the ground rules");
  if (outdated > 0)
    warnings.push_back(Counted(outdated, "participant", "participants") +
                       " agreed to an earlier wording of the rules");
  return warnings;
}

std::vector<std::string> StoriesWarnings(const Model& model, Id session) {
  std::vector<std::string> warnings;
  int untold = 0;
  for (const Attendance& a : model.attendance) {
    if (a.sessionId != session) continue;
    bool told = std::any_of(model.stories.begin(), model.stories.end(),
                            [&](const Story& s) { return s.tellerId == a.participantId; });
    untold += !told;
  }
  if (untold > 0)
    warnings.push_back(Counted(untold, "participant present has", "participants present have") +
                       " not told their story yet");
  for (const std::string& problem : QueueImbalance(model, session)) warnings.push_back("Queue: " + problem);
  return warnings;
}

std::vector<std::string> NeedsFearsWarnings(const Model& model) {
  std::vector<std::string> warnings;
  int unacknowledged = 0;
  for (const Party& party : model.parties) {
    int needs = 0, fears = 0;
    for (const Concern& c : model.concerns)
      if (c.partyId == party.id) (c.kind == ConcernKind::Need ? needs : fears)++;
    if (needs == 0 || fears == 0)
      warnings.push_back(party.name + " has stated no " +
                         (needs == 0 && fears == 0 ? "needs or fears" : needs == 0 ? "needs" : "fears") + " yet");
  }
  int positions = 0;
  for (const Concern& c : model.concerns) {
    unacknowledged += !c.acknowledged;
    positions += c.positionOpen;
  }
  if (unacknowledged > 0)
    warnings.push_back(Counted(unacknowledged, "concern has", "concerns have") +
                       " not been restated by the other side yet");
  if (positions > 0)
    warnings.push_back(Counted(positions, "position has", "positions have") +
                       " not been reworded as the need beneath yet");
  return warnings;
}

std::vector<std::string> OptionsWarnings(const Model& model) {
  std::vector<std::string> warnings;
  int unscored = 0, dreaded = 0;
  for (const OptionStanding& s : RankOptions(model)) {
    unscored += !s.worst.has_value();
    dreaded += s.dreaded;
  }
  if (unscored > 0)
    warnings.push_back(Counted(unscored, "option is", "options are") + " not yet scored by every party");
  if (dreaded > 0)
    warnings.push_back(Counted(dreaded, "option is", "options are") + " dreaded by a party on a top concern");
  return warnings;
}

}  // namespace

PhaseStatus ShownStatus(const Model& model, Id session, Phase phase) {
  for (const PhaseProgress& p : model.progress)
    if (p.sessionId == session && p.phase == phase) return p.status;
  auto inSession = [&](const auto& rows) {
    return std::any_of(rows.begin(), rows.end(), [&](const auto& r) { return r.sessionId == session; });
  };
  bool recorded = false;
  switch (phase) {
    case Phase::GroundRules: recorded = inSession(model.consents); break;
    case Phase::Stories: recorded = inSession(model.turns) || inSession(model.stories); break;
    case Phase::NeedsFears: recorded = inSession(model.concerns); break;
    case Phase::Options: recorded = inSession(model.options); break;
    default: break;
  }
  return recorded ? PhaseStatus::InProgress : PhaseStatus::NotStarted;
}

std::vector<std::string> PhaseWarnings(const Model& model, Id session, Phase phase) {
  switch (phase) {
    case Phase::GroundRules: return GroundRulesWarnings(model, session);
    case Phase::Stories: return StoriesWarnings(model, session);
    case Phase::NeedsFears: return NeedsFearsWarnings(model);
    case Phase::Options: return OptionsWarnings(model);
    default: return {};
  }
}

}  // namespace parley
