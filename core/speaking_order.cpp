#include "core/speaking_order.hpp"

#include <algorithm>

namespace parley {

namespace {

size_t PartyIndex(const Model& model, Id participant) {
  const Participant* p = model.FindParticipant(participant);
  for (size_t i = 0; p && i < model.parties.size(); ++i)
    if (model.parties[i].id == p->partyId) return i;
  return model.parties.size();
}

std::vector<Id> QueueOf(const Model& model, Id session) {
  std::vector<Id> queue;
  for (const QueueEntry& e : model.queue)
    if (e.sessionId == session) queue.push_back(e.participantId);
  return queue;
}

}  // namespace

int64_t TurnMs(const Turn& turn, int64_t nowMs) {
  return turn.heldMs + (turn.runningSinceMs != 0 ? std::max<int64_t>(0, nowMs - turn.runningSinceMs) : 0);
}

std::vector<int64_t> FloorTimeByParty(const Model& model, Id session, int64_t nowMs) {
  std::vector<int64_t> ms(model.parties.size() + 1, 0);  // last: participants since removed
  for (const Turn& turn : model.turns)
    if (session == 0 || turn.sessionId == session) ms[PartyIndex(model, turn.participantId)] += TurnMs(turn, nowMs);
  ms.pop_back();
  return ms;
}

std::vector<Id> ProposeSpeakingOrder(const Model& model, Id session) {
  size_t parties = model.parties.size();
  std::vector<std::vector<Id>> waiting(parties + 1);  // per party, in queue order
  for (Id participant : QueueOf(model, session)) waiting[PartyIndex(model, participant)].push_back(participant);
  std::vector<int64_t> floor = FloorTimeByParty(model, 0, 0);
  floor.push_back(0);
  std::vector<size_t> places(parties + 1, 0), next(parties + 1, 0);
  // Whoever holds (or last held) the floor has had their party's place: the next goes elsewhere.
  if (const Turn* current = model.CurrentTurn(session)) ++places[PartyIndex(model, current->participantId)];
  std::vector<Id> order;
  for (;;) {
    size_t best = parties + 1;
    for (size_t p = 0; p <= parties; ++p) {
      if (next[p] == waiting[p].size()) continue;
      if (best > parties || places[p] < places[best] ||
          (places[p] == places[best] && floor[p] < floor[best]))
        best = p;
    }
    if (best > parties) break;
    order.push_back(waiting[best][next[best]++]);
    ++places[best];
  }
  return order;
}

std::vector<std::string> QueueImbalance(const Model& model, Id session) {
  std::vector<std::string> problems;
  std::vector<Id> queue = QueueOf(model, session);
  if (queue.empty()) return problems;
  // Parties with someone present in the session.
  std::vector<int> waiting(model.parties.size() + 1, 0);
  std::vector<bool> present(model.parties.size() + 1, false);
  for (const Attendance& a : model.attendance)
    if (a.sessionId == session) present[PartyIndex(model, a.participantId)] = true;
  for (Id participant : queue) ++waiting[PartyIndex(model, participant)];
  int most = -1, fewest = -1;
  for (int p = 0; p < int(model.parties.size()); ++p) {
    if (!present[size_t(p)]) continue;
    if (most < 0 || waiting[size_t(p)] > waiting[size_t(most)]) most = p;
    if (fewest < 0 || waiting[size_t(p)] < waiting[size_t(fewest)]) fewest = p;
  }
  if (most >= 0 && waiting[size_t(most)] - waiting[size_t(fewest)] > 1)
    problems.push_back(std::to_string(waiting[size_t(most)]) + " waiting from " + model.parties[size_t(most)].name +
                       ", " + std::to_string(waiting[size_t(fewest)]) + " from " + model.parties[size_t(fewest)].name);
  // The same party twice in a row while another party still waits further down.
  for (size_t i = 1; i < queue.size(); ++i) {
    size_t party = PartyIndex(model, queue[i]);
    if (party != PartyIndex(model, queue[i - 1]) || party >= model.parties.size()) continue;
    bool otherWaits = std::any_of(queue.begin() + long(i), queue.end(),
                                  [&](Id later) { return PartyIndex(model, later) != party; });
    if (otherWaits) {
      problems.push_back(model.parties[party].name + " speaks twice in a row while " +
                         "another party waits");
      break;
    }
  }
  return problems;
}

}  // namespace parley
