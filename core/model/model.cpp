#include "core/model/model.hpp"

#include <algorithm>

namespace parley {

namespace {
template <class Row>
const Row* FindById(const std::vector<Row>& rows, Id id) {
  auto it = std::find_if(rows.begin(), rows.end(), [id](const Row& r) { return r.id == id; });
  return it == rows.end() ? nullptr : &*it;
}
}  // namespace

const Party* Model::FindParty(Id id) const { return FindById(parties, id); }
const Participant* Model::FindParticipant(Id id) const { return FindById(participants, id); }
const Session* Model::FindSession(Id id) const { return FindById(sessions, id); }
const Concern* Model::FindConcern(Id id) const { return FindById(concerns, id); }
const Option* Model::FindOption(Id id) const { return FindById(options, id); }

std::vector<int> Model::PriorityPlaces() const {
  // `concerns` is by party, then priority: a party's concerns follow one another.
  std::vector<int> places(concerns.size());
  for (size_t i = 0; i < concerns.size(); ++i)
    places[i] = i > 0 && concerns[i - 1].partyId == concerns[i].partyId ? places[i - 1] + 1 : 0;
  return places;
}
const Category* Model::FindCategory(Id id) const { return FindById(categories, id); }

const std::string& Model::Draft(const DraftKey& key) const {
  static const std::string kNone;
  auto it = drafts.find(key);
  return it == drafts.end() ? kNone : it->second;
}

bool Model::Attends(Id sessionId, Id participantId) const {
  return std::any_of(attendance.begin(), attendance.end(), [&](const Attendance& a) {
    return a.sessionId == sessionId && a.participantId == participantId;
  });
}

int Model::CountPresent(Id sessionId) const {
  return int(std::count_if(attendance.begin(), attendance.end(),
                           [&](const Attendance& a) { return a.sessionId == sessionId; }));
}

const Consent* Model::FindConsent(Id sessionId, Id participantId) const {
  for (const Consent& c : consents)
    if (c.sessionId == sessionId && c.participantId == participantId) return &c;
  return nullptr;
}

const Turn* Model::RunningTurn(Id sessionId) const {
  for (const Turn& t : turns)
    if (t.sessionId == sessionId && t.runningSinceMs != 0) return &t;
  return nullptr;
}

const Turn* Model::CurrentTurn(Id sessionId) const {
  if (const Turn* running = RunningTurn(sessionId)) return running;
  for (auto it = turns.rbegin(); it != turns.rend(); ++it)
    if (it->sessionId == sessionId) return it->ended ? nullptr : &*it;
  return nullptr;
}

const char* PhaseName(Phase phase) {
  switch (phase) {
    case Phase::GroundRules: return "Ground rules";
    case Phase::Stories: return "Stories";
    case Phase::NeedsFears: return "Needs & fears";
    case Phase::Options: return "Options";
    case Phase::Memo: return "Joint memo";
  }
  return "";
}

}  // namespace parley
