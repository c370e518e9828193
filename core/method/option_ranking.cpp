#include "core/method/option_ranking.hpp"

#include <algorithm>

#include "core/model/id_index.hpp"

namespace parley {

namespace {

// Concern ids per party (model.parties order) in priority order; model.concerns is already
// sorted by party id, then priority.
std::vector<std::vector<const Concern*>> ByParty(const Model& model) {
  std::vector<std::vector<const Concern*>> lists(model.parties.size());
  for (const Concern& c : model.concerns)
    for (size_t p = 0; p < model.parties.size(); ++p)
      if (model.parties[p].id == c.partyId) lists[p].push_back(&c);
  return lists;
}

}  // namespace

std::vector<Id> TopConcerns(const Model& model) {
  std::vector<Id> top;
  for (const auto& list : ByParty(model))
    for (size_t i = 0; i < list.size() && i < size_t(model.info.matrixTop); ++i) top.push_back(list[i]->id);
  return top;
}

std::vector<Id> MatrixConcerns(const Model& model) {
  std::vector<Id> chosen;
  for (const auto& list : ByParty(model))
    for (size_t i = 0; i < list.size(); ++i) {
      const Concern& c = *list[i];
      bool byPriority = i < size_t(model.info.matrixTop);
      if (c.inMatrix == 1 || (c.inMatrix == -1 && byPriority)) chosen.push_back(c.id);
    }
  return chosen;
}

std::vector<OptionStanding> RankOptions(const Model& model) {
  // What each concern counts for, by its place in Model::concerns.
  IdIndex concernAt(model.concerns);
  struct Counted {
    size_t party = IdIndex::npos;
    bool inMatrix = false, top = false;
  };
  std::vector<Counted> counted(model.concerns.size());
  for (size_t p = 0; p < model.parties.size(); ++p)
    for (size_t i = 0; i < model.concerns.size(); ++i)
      if (model.concerns[i].partyId == model.parties[p].id) counted[i].party = p;
  for (Id id : MatrixConcerns(model)) counted[concernAt.Find(id)].inMatrix = true;
  for (Id id : TopConcerns(model)) counted[concernAt.Find(id)].top = true;

  std::vector<OptionStanding> standings;
  IdIndex optionAt(model.options);
  std::vector<size_t> standingOf(model.options.size(), IdIndex::npos);  // by place in Model::options
  for (size_t i = 0; i < model.options.size(); ++i) {
    const Option& o = model.options[i];
    if (o.mergedIntoId != 0) continue;
    standingOf[i] = standings.size();
    OptionStanding s;
    s.optionId = o.id;
    s.byParty.resize(model.parties.size());
    standings.push_back(std::move(s));
  }
  size_t parties = model.parties.size();
  std::vector<double> sum(standings.size() * parties, 0.0);
  std::vector<int> count(standings.size() * parties, 0);
  std::vector<bool> meets(standings.size() * parties, false);
  for (const Score& score : model.scores) {
    size_t option = optionAt.Find(score.optionId), concern = concernAt.Find(score.concernId);
    if (option == IdIndex::npos || concern == IdIndex::npos || standingOf[option] == IdIndex::npos) continue;
    const Counted& c = counted[concern];
    if (c.party == IdIndex::npos) continue;
    size_t standing = standingOf[option], cell = standing * parties + c.party;
    if (c.inMatrix) {
      sum[cell] += score.value;
      ++count[cell];
    }
    if (c.top) {
      if (score.value >= 1) meets[cell] = true;
      if (score.value <= -2) standings[standing].dreaded = true;
    }
  }
  for (size_t o = 0; o < standings.size(); ++o) {
    OptionStanding& s = standings[o];
    bool all = parties > 0, everyParty = parties > 0;
    for (size_t p = 0; p < parties; ++p) {
      size_t cell = o * parties + p;
      if (count[cell] > 0) {
        s.byParty[p] = sum[cell] / count[cell];
        s.total += *s.byParty[p];
      } else {
        all = false;
      }
      everyParty = everyParty && meets[cell];
    }
    s.meetsEveryParty = everyParty;
    if (all) s.worst = *std::min_element(s.byParty.begin(), s.byParty.end());
  }
  std::stable_sort(standings.begin(), standings.end(), [](const OptionStanding& a, const OptionStanding& b) {
    if (a.worst.has_value() != b.worst.has_value()) return a.worst.has_value();
    if (a.worst && *a.worst != *b.worst) return *a.worst > *b.worst;
    return a.total > b.total;
  });
  for (size_t i = 0; i < standings.size(); ++i) standings[i].rank = int(i + 1);
  return standings;
}

std::vector<const Step*> OpenStepsBefore(const Model& model, Id session) {
  const Session* current = model.FindSession(session);
  std::vector<const Step*> open;
  if (!current) return open;
  for (const Step& step : model.steps) {
    const Session* agreed = model.FindSession(step.sessionId);
    if (step.status != StepStatus::Open || !agreed || agreed->id == session) continue;
    bool earlier = agreed->date != current->date ? agreed->date < current->date : agreed->id < current->id;
    if (earlier) open.push_back(&step);
  }
  return open;
}

}  // namespace parley
