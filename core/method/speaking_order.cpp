#include "core/method/speaking_order.hpp"

#include <algorithm>

#include "core/common/text.hpp"

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

namespace {

// Whether `waiting` (speakers left per party) can still be ordered with no party twice in a
// row, the last place having gone to `last`: the largest party needs the others between its
// speakers, and one more place than them unless it spoke last.
bool CanAlternate(const std::vector<size_t>& waiting, size_t last) {
  size_t total = 0, largest = 0;
  for (size_t p = 0; p < waiting.size(); ++p) {
    total += waiting[p];
    if (waiting[p] > waiting[largest]) largest = p;
  }
  size_t others = total - waiting[largest];
  return waiting[largest] <= others + (largest == last && waiting[largest] > 0 ? 0 : 1);
}

}  // namespace

std::vector<Id> ProposeSpeakingOrder(const Model& model, Id session) {
  size_t parties = model.parties.size();
  std::vector<std::vector<Id>> queued(parties + 1);  // per party, in queue order
  for (Id participant : QueueOf(model, session)) queued[PartyIndex(model, participant)].push_back(participant);
  std::vector<int64_t> floor = FloorTimeByParty(model, 0, 0);
  floor.push_back(0);
  std::vector<size_t> places(parties + 1, 0), waiting(parties + 1, 0);
  for (size_t p = 0; p <= parties; ++p) waiting[p] = queued[p].size();
  size_t last = parties + 1;  // no one yet
  if (const Turn* current = model.CurrentTurn(session)) {
    last = PartyIndex(model, current->participantId);
    ++places[last];
  }
  // Is `a` the better next party than `b`?
  auto better = [&](size_t a, size_t b) {
    if ((a == last) != (b == last)) return b == last;
    if (places[a] != places[b]) return places[a] < places[b];
    return floor[a] != floor[b] ? floor[a] < floor[b] : a < b;
  };
  std::vector<Id> order;
  for (;;) {
    std::vector<size_t> candidates;
    for (size_t p = 0; p <= parties; ++p)
      if (waiting[p] > 0) candidates.push_back(p);
    if (candidates.empty()) break;
    std::sort(candidates.begin(), candidates.end(), better);  // the last party, if there, last
    // Another party than the last, if any waits: the best that keeps the rest alternating, else
    // (the queue is too lopsided for that) the one with the most waiting, to keep runs short.
    size_t others = candidates.back() == last && candidates.size() > 1 ? candidates.size() - 1 : candidates.size();
    size_t pick = *std::max_element(candidates.begin(), candidates.begin() + long(others),
                                    [&](size_t a, size_t b) { return waiting[a] < waiting[b]; });
    for (size_t i = 0; i < others; ++i) {
      size_t p = candidates[i];
      --waiting[p];
      bool keeps = CanAlternate(waiting, p);
      ++waiting[p];
      if (keeps) {
        pick = p;
        break;
      }
    }
    order.push_back(queued[pick][queued[pick].size() - waiting[pick]--]);
    ++places[pick];
    last = pick;
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
  if (most >= 0 && waiting[size_t(most)] - waiting[size_t(fewest)] > 1) {
    // A party present with no one waiting is not heard at all: every such party is named, not
    // only the first of them.
    std::vector<std::string> fewestNames{model.parties[size_t(fewest)].name};
    for (int p = fewest + 1; p < int(model.parties.size()) && waiting[size_t(fewest)] == 0; ++p)
      if (present[size_t(p)] && waiting[size_t(p)] == 0) fewestNames.push_back(model.parties[size_t(p)].name);
    problems.push_back(std::to_string(waiting[size_t(most)]) + " waiting from " + model.parties[size_t(most)].name +
                       ", " + std::to_string(waiting[size_t(fewest)]) + " from " + JoinList(fewestNames, "or"));
  }
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
