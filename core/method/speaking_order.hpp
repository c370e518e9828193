#pragma once
// Balance of the floor in the stories phase: who speaks next, and how long each side held it.
#include <string>
#include <vector>

#include "core/model/model.hpp"

namespace parley {

// The participants of `session`'s speaking queue in an order that alternates between the
// parties: no party speaks twice in a row while the queue allows it, counting whoever holds (or
// last held) the floor, whose party has also had a place. Among the parties that keep that
// possible to the end, each place goes to the one that has had the fewest places so far, ties
// broken by the least floor time in the workshop so far, then by party order. Within a party
// the queue's own order is kept.
std::vector<Id> ProposeSpeakingOrder(const Model& model, Id session);

// Sentences that say how the queue of `session` is lopsided: one party waiting with more
// than one speaker more than another party present ("3 waiting from A, 1 from B"; every party
// present with no one waiting is named: "3 waiting from A, 0 from B or C"), or the same party
// speaking twice in a row while another party still waits. Empty when balanced.
std::vector<std::string> QueueImbalance(const Model& model, Id session);

// Milliseconds `turn` has held the floor at `nowMs` (Unix ms), counting a running clock.
int64_t TurnMs(const Turn& turn, int64_t nowMs);

// Floor time per party, in the order of model.parties, for `session` (0: the whole workshop)
// at `nowMs`.
std::vector<int64_t> FloorTimeByParty(const Model& model, Id session, int64_t nowMs);

}  // namespace parley
