// Workshop: options, their clusters and scores, constraints and steps.
#include <algorithm>

#include "core/store/db.hpp"
#include "core/common/error.hpp"
#include "core/store/workshop.hpp"

namespace parley {

Id Workshop::AddOption(Id session, const std::string& text, Id proposedBy) {
  if (!m_model.FindSession(session)) throw Error("No session is in use.", "Start or choose a session first.");
  int64_t position = m_model.options.empty() ? 1 : m_model.options.back().position + 1;
  if (!m_model.info.recordProposer) proposedBy = 0;  // brainstorming is anonymous unless switched on
  Id id = 0;
  Edit("add option", "", [&](db::Connection& db) {
    db::Statement(db, "INSERT INTO option (session_id, position, text, proposed_by_party_id) VALUES (?, ?, ?, NULLIF(?, 0))")
        .Bind(1, session).Bind(2, position).Bind(3, text).Bind(4, proposedBy).Run();
    id = db.LastInsertId();
    EnterDraft(db, {.kind = DraftKind::Option, .session = session});
  });
  return id;
}

void Workshop::RemoveOption(Id option) {
  auto uses = [&](const auto& rows) {
    return std::any_of(rows.begin(), rows.end(), [&](const auto& r) { return r.optionId == option; });
  };
  bool merged = std::any_of(m_model.options.begin(), m_model.options.end(),
                            [&](const Option& o) { return o.mergedIntoId == option; });
  if (uses(m_model.scores) || uses(m_model.steps) || uses(m_model.constraints) || merged)
    throw Error("This option has scores, constraints, steps or merged options.",
                "The record keeps it. Merge it into another option instead.");
  Edit("remove option", "", [&](db::Connection& db) {
    db::Statement(db, "DELETE FROM option WHERE id = ?").Bind(1, option).Run();
  });
}

void Workshop::MergeOption(Id merged, Id into) {
  const Option* target = m_model.FindOption(into);
  if (!m_model.FindOption(merged) || !target || merged == into) return;
  if (target->mergedIntoId != 0)
    throw Error("That option is itself merged into another.", "Merge into the option it is shown under.");
  Edit("merge options", "", [&](db::Connection& db) {
    // Options merged into `merged` follow it, so that no chain of merges forms.
    db::Statement(db, "UPDATE option SET merged_into_id = ?1 WHERE id = ?2 OR merged_into_id = ?2")
        .Bind(1, into).Bind(2, merged).Run();
  });
}

void Workshop::UnmergeOption(Id option) {
  Edit("unmerge option", "", [&](db::Connection& db) {
    db::Statement(db, "UPDATE option SET merged_into_id = NULL WHERE id = ?").Bind(1, option).Run();
  });
}

Id Workshop::AddCluster(const std::string& name) {
  int64_t position = m_model.clusters.empty() ? 1 : m_model.clusters.back().position + 1;
  Id id = 0;
  Edit("add cluster", "", [&](db::Connection& db) {
    db::Statement(db, "INSERT INTO option_cluster (position, name) VALUES (?, ?)").Bind(1, position).Bind(2, name).Run();
    id = db.LastInsertId();
  });
  return id;
}

void Workshop::SetOptionCluster(Id option, Id cluster) {
  Edit("cluster option", "", [&](db::Connection& db) {
    db::Statement(db, "UPDATE option SET cluster_id = NULLIF(?, 0) WHERE id = ?").Bind(1, cluster).Bind(2, option).Run();
  });
}

void Workshop::SetScore(Id option, Id concern, int value) {
  if (value < -2 || value > 2) throw Error("A score runs from -2 to +2.", "Pick a score on that scale.");
  if (!m_model.FindOption(option) || !m_model.FindConcern(concern)) return;
  Edit("score option", "", [&](db::Connection& db) {
    db::Statement(db, "INSERT INTO score (option_id, concern_id, value) VALUES (?1, ?2, ?3) "
                      "ON CONFLICT (option_id, concern_id) DO UPDATE SET value = ?3 WHERE value <> ?3")
        .Bind(1, option).Bind(2, concern).Bind(3, int64_t(value)).Run();
  });
}

void Workshop::ClearScore(Id option, Id concern) {
  Edit("clear score", "", [&](db::Connection& db) {
    db::Statement(db, "DELETE FROM score WHERE option_id = ? AND concern_id = ?").Bind(1, option).Bind(2, concern).Run();
  });
}

void Workshop::SetMatrixTop(int count) {
  count = std::clamp(count, 1, 10);
  Edit("change matrix size", "", [&](db::Connection& db) {
    db::Statement(db, "UPDATE workshop SET matrix_top = ? WHERE id = 1 AND matrix_top <> ?").Bind(1, count).Bind(2, count).Run();
  });
}

void Workshop::SetRecordProposer(bool record) {
  Edit(record ? "record who proposed" : "stop recording who proposed", "", [&](db::Connection& db) {
    db::Statement(db, "UPDATE workshop SET record_proposer = ? WHERE id = 1").Bind(1, record ? 1 : 0).Run();
  });
}

Id Workshop::AddConstraint(Id option, Id party, ConstraintKind kind, const std::string& text) {
  if (!m_model.FindOption(option) || !m_model.FindParty(party))
    throw Error("That option or party no longer exists.", "Choose another.");
  Id id = 0;
  Edit("add constraint", "", [&](db::Connection& db) {
    db::Statement(db, "INSERT INTO option_constraint (option_id, party_id, kind, text) VALUES (?, ?, ?, ?)")
        .Bind(1, option).Bind(2, party).Bind(3, int64_t(kind)).Bind(4, text).Run();
    id = db.LastInsertId();
    EnterDraft(db, {.kind = DraftKind::Constraint, .place = option, .party = party, .variant = int(kind)});
  });
  return id;
}

void Workshop::RemoveConstraint(Id constraint) {
  Edit("remove constraint", "", [&](db::Connection& db) {
    db::Statement(db, "DELETE FROM option_constraint WHERE id = ?").Bind(1, constraint).Run();
  });
}

Id Workshop::AddStep(Id option, Id session, const std::string& text) {
  if (!m_model.FindOption(option) || !m_model.FindSession(session))
    throw Error("That option or session no longer exists.", "Choose another.");
  Id id = 0;
  Edit("add step", "", [&](db::Connection& db) {
    db::Statement(db, "INSERT INTO step (option_id, session_id, text) VALUES (?, ?, ?)")
        .Bind(1, option).Bind(2, session).Bind(3, text).Run();
    id = db.LastInsertId();
    EnterDraft(db, {.kind = DraftKind::Step, .place = option});
  });
  return id;
}

void Workshop::SetStepWho(Id step, Id participant, Id party) {
  Edit("set who takes the step", "", [&](db::Connection& db) {
    db::Statement(db, "UPDATE step SET who_participant_id = NULLIF(?, 0), who_party_id = NULLIF(?, 0) WHERE id = ?")
        .Bind(1, participant).Bind(2, participant != 0 ? 0 : party).Bind(3, step).Run();
  });
}

void Workshop::SetStepStatus(Id step, StepStatus status) {
  Edit("set step status", "", [&](db::Connection& db) {
    db::Statement(db, "UPDATE step SET status = ? WHERE id = ?").Bind(1, int64_t(status)).Bind(2, step).Run();
  });
}

void Workshop::RemoveStep(Id step) {
  Edit("remove step", "", [&](db::Connection& db) {
    db::Statement(db, "DELETE FROM step WHERE id = ?").Bind(1, step).Run();
  });
}

}  // namespace parley
