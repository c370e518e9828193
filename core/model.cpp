#include "core/model.hpp"

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

bool Model::Attends(Id sessionId, Id participantId) const {
  return std::any_of(attendance.begin(), attendance.end(), [&](const Attendance& a) {
    return a.sessionId == sessionId && a.participantId == participantId;
  });
}

int Model::CountPresent(Id sessionId) const {
  return int(std::count_if(attendance.begin(), attendance.end(),
                           [&](const Attendance& a) { return a.sessionId == sessionId; }));
}

}  // namespace parley
