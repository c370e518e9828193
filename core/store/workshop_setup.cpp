// The set-up edits: parties, participants, sessions and attendance.
#include <algorithm>
#include <set>

#include "core/common/error.hpp"
#include "core/model/palette.hpp"
#include "core/store/workshop_impl.hpp"
#include "core/store/workshop_order.hpp"

namespace parley {

namespace {

// Whether a row of `rows` names `id` in `member`: whether the record keeps what `id` is.
template <class Row>
bool Mentions(const std::vector<Row>& rows, Id Row::*member, Id id) {
  return std::any_of(rows.begin(), rows.end(), [&](const Row& r) { return r.*member == id; });
}

}  // namespace

Id Workshop::AddParty() {
  const auto& parties = m_model.parties;
  if (int(parties.size()) >= kMaxParties)
    throw Error("A workshop has at most six parties.",
                "Parley gives every party an equal column; more than six would not stay readable.");
  std::string_view colour = kPartyPalette[0];
  for (auto candidate : kPartyPalette) {
    bool used = std::any_of(parties.begin(), parties.end(),
                            [&](const Party& p) { return p.colour == candidate; });
    if (!used) {
      colour = candidate;
      break;
    }
  }
  int64_t position = parties.empty() ? 1 : parties.back().position + 1;
  // "Party C" for the third party, or the next letter no party uses yet.
  std::string letter(1, char('A' + parties.size()));
  while (std::any_of(parties.begin(), parties.end(), [&](const Party& p) {
    return p.shortName == letter || p.name == "Party " + letter;
  }))
    ++letter[0];
  Id id = 0;
  Edit("add party", "", [&](db::Connection& db) {
    db::Statement(db, "INSERT INTO party (position, name, short_name, colour) VALUES (?, ?, ?, ?)")
        .Bind(1, position)
        .Bind(2, "Party " + letter)
        .Bind(3, letter)
        .Bind(4, colour)
        .Run();
    id = db.LastInsertId();
  });
  return id;
}

void Workshop::RemoveParty(Id party) {
  const Party* p = m_model.FindParty(party);
  if (!p) return;
  if (int(m_model.parties.size()) <= kMinParties)
    throw Error("A workshop needs at least two parties.",
                "Rename this party instead of removing it.");
  if (Mentions(m_model.participants, &Participant::partyId, party))
    throw Error(p->name + " still has participants.",
                "Move them to another party or remove them first.");
  bool inRecord = Mentions(m_model.concerns, &Concern::partyId, party) ||
                  Mentions(m_model.holders, &ConcernHolder::partyId, party) ||
                  Mentions(m_model.constraints, &Constraint::partyId, party) ||
                  Mentions(m_model.options, &Option::proposedByPartyId, party) ||
                  Mentions(m_model.steps, &Step::whoPartyId, party);
  if (inRecord)
    throw Error(p->name +
                    " is part of the record (needs and fears, common ground, options, constraints "
                    "or steps).",
                "The record keeps the party. Rename it instead.");
  Edit("remove party", "", [&](db::Connection& db) {
    db::Statement(db, "DELETE FROM party WHERE id = ?").Bind(1, party).Run();
  });
}

void Workshop::MoveParty(Id party, int delta) {
  std::vector<Id> order;
  for (const auto& p : m_model.parties) order.push_back(p.id);
  order = Reordered(order, party, delta, [](Id) { return true; });
  if (order.empty()) return;
  Edit("reorder parties", "",
       [&](db::Connection& db) { WriteOrder(db, "party", m_model.parties, order); });
}

Id Workshop::AddParticipant(Id party) {
  NewParticipant someone;
  someone.partyId = party;
  return AddParticipants({someone}).front();
}

std::vector<Id> Workshop::AddParticipants(const std::vector<NewParticipant>& people) {
  if (people.empty()) return {};
  std::set<std::string> taken;
  for (const Participant& x : m_model.participants) taken.insert(x.pseudonym);
  // Each party's numbering goes on from the number it gave last instead of counting from 1 for
  // everyone: numbering 100,000 people of a spreadsheet from 1 each took minutes.
  std::vector<int> nextNumber(m_model.parties.size(), 1);
  std::vector<std::string> pseudonyms;
  for (const NewParticipant& p : people) {
    auto party = std::find_if(m_model.parties.begin(), m_model.parties.end(),
                              [&](const Party& x) { return x.id == p.partyId; });
    if (party == m_model.parties.end())
      throw Error("That party no longer exists.", "Choose another party.");
    std::string pseudonym = p.pseudonym;
    if (pseudonym.empty()) {
      // Pseudonyms are "Participant <party letter><n>", unique in the workshop.
      size_t partyIndex = size_t(party - m_model.parties.begin());
      std::string prefix = "Participant " + std::string(1, char('A' + partyIndex));
      int& n = nextNumber[partyIndex];
      while (taken.count(pseudonym = prefix + std::to_string(n))) ++n;
      ++n;
    } else if (taken.count(pseudonym)) {
      throw Error("The pseudonym \"" + pseudonym + "\" is already in use.",
                  "Give each participant their own.");
    }
    taken.insert(pseudonym);
    pseudonyms.push_back(pseudonym);
  }
  int64_t position = m_model.participants.empty() ? 1 : m_model.participants.back().position + 1;
  std::string label = people.size() == 1 ? "add participant"
                                         : "add " + std::to_string(people.size()) + " participants";
  std::vector<Id> ids;
  Edit(label, "", [&](db::Connection& db) {
    ids.clear();
    db::Statement insert(
        db,
        "INSERT INTO participant (position, party_id, name, role, pseudonym, notes, "
        "contact, general_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    db::Statement attend(db, "INSERT INTO attendance (session_id, participant_id) VALUES (?, ?)");
    for (size_t i = 0; i < people.size(); ++i) {
      const NewParticipant& p = people[i];
      insert.Bind(1, position + int64_t(i))
          .Bind(2, p.partyId)
          .Bind(3, p.name)
          .Bind(4, p.role)
          .Bind(5, pseudonyms[i])
          .Bind(6, p.notes)
          .Bind(7, p.contact)
          .Bind(8, p.generalRole)
          .Run();
      ids.push_back(db.LastInsertId());
      // Someone added during a session is taken to be present in it.
      if (!m_model.sessions.empty())
        attend.Bind(1, m_model.sessions.back().id).Bind(2, ids.back()).Run();
    }
  });
  return ids;
}

void Workshop::SetParticipantParty(Id participant, Id party) {
  if (!m_model.FindParty(party) || !m_model.FindParticipant(participant)) return;
  int64_t position = m_model.participants.back().position + 1;
  Edit("move participant to another party", "", [&](db::Connection& db) {
    db::Statement(
        db, "UPDATE participant SET party_id = ?, position = ? WHERE id = ? AND party_id <> ?")
        .Bind(1, party)
        .Bind(2, position)
        .Bind(3, participant)
        .Bind(4, party)
        .Run();
  });
}

void Workshop::RemoveParticipant(Id participant) {
  bool inRecord = Mentions(m_model.consents, &Consent::participantId, participant) ||
                  Mentions(m_model.turns, &Turn::participantId, participant) ||
                  Mentions(m_model.stories, &Story::tellerId, participant) ||
                  Mentions(m_model.stories, &Story::reflectedById, participant) ||
                  Mentions(m_model.steps, &Step::whoParticipantId, participant);
  if (inRecord)
    throw Error(
        NameOf(participant) + " is part of the record (consent, floor time, a story or a step).",
        "The record keeps them. Mark them absent from the session instead.");
  Edit("remove participant", "", [&](db::Connection& db) {
    db::Statement(db, "DELETE FROM speaking_queue WHERE participant_id = ?")
        .Bind(1, participant)
        .Run();
    db::Statement(db, "DELETE FROM attendance WHERE participant_id = ?").Bind(1, participant).Run();
    db::Statement(db, "DELETE FROM participant WHERE id = ?").Bind(1, participant).Run();
  });
}

void Workshop::MoveParticipant(Id participant, int delta) {
  const Participant* moving = m_model.FindParticipant(participant);
  if (!moving) return;
  std::vector<Id> order;
  for (const auto& p : m_model.participants) order.push_back(p.id);
  // The neighbour is the next participant of the same party in that direction.
  order = Reordered(order, participant, delta, [&](Id other) {
    return m_model.FindParticipant(other)->partyId == moving->partyId;
  });
  if (order.empty()) return;
  Edit("reorder participants", "",
       [&](db::Connection& db) { WriteOrder(db, "participant", m_model.participants, order); });
}

Id Workshop::AddSession(const std::string& date, const std::string& title) {
  RequireDate(date, false);
  Id previous = m_model.sessions.empty() ? 0 : m_model.sessions.back().id;
  Id id = 0;
  Edit("start session", "", [&](db::Connection& db) {
    db::Statement(db, "INSERT INTO session (date, title) VALUES (?, ?)")
        .Bind(1, date)
        .Bind(2, title)
        .Run();
    id = db.LastInsertId();
    // Most people who sat in the last session sit in the next: start from its attendance.
    db::Statement(db,
                  "INSERT INTO attendance (session_id, participant_id) "
                  "SELECT ?, participant_id FROM attendance WHERE session_id = ?")
        .Bind(1, id)
        .Bind(2, previous)
        .Run();
  });
  return id;
}

void Workshop::SetAttendance(Id session, Id participant, bool present) {
  Edit(present ? "mark present" : "mark absent", "", [&](db::Connection& db) {
    if (present)
      db::Statement(db,
                    "INSERT OR IGNORE INTO attendance (session_id, participant_id) VALUES (?, ?)")
          .Bind(1, session)
          .Bind(2, participant)
          .Run();
    else
      db::Statement(db, "DELETE FROM attendance WHERE session_id = ? AND participant_id = ?")
          .Bind(1, session)
          .Bind(2, participant)
          .Run();
  });
}

}  // namespace parley
