#pragma once
// The workshop as the views see it: plain rows, kept in step with the file by Workshop.
#include <cstdint>
#include <string>
#include <vector>

namespace parley {

using Id = int64_t;  // a row's primary key in the workshop file; 0 means "none"

struct WorkshopInfo {
  std::string title;
  std::string context;          // what the conflict is, in a few lines, for the facilitators
  std::string venue;
  std::string language;         // working language(s) of the workshop
  std::string startDate;        // ISO 8601 dates, "" when not yet set
  std::string endDate;
  std::string confidentiality;  // the note that heads internal records
};

struct Party {
  Id id = 0;
  int64_t position = 0;  // order on screen; ties broken by id
  std::string name;
  std::string shortName;
  std::string colour;  // "#rrggbb" from the balanced palette
};

struct Participant {
  Id id = 0;
  int64_t position = 0;
  Id partyId = 0;
  std::string name;       // real name: internal record only
  std::string role;       // role or affiliation: internal record only
  std::string pseudonym;  // what anything leaving Parley uses, e.g. "Participant A3"
  std::string notes;
};

struct Session {
  Id id = 0;
  std::string date;   // ISO 8601
  std::string title;  // e.g. "Day 1, morning"
};

struct Attendance {
  Id id = 0;
  Id sessionId = 0;
  Id participantId = 0;
};

struct Model {
  WorkshopInfo info;
  std::vector<Party> parties;              // in screen order
  std::vector<Participant> participants;   // in screen order
  std::vector<Session> sessions;           // by date, then id
  std::vector<Attendance> attendance;

  const Party* FindParty(Id id) const;
  const Participant* FindParticipant(Id id) const;
  const Session* FindSession(Id id) const;
  bool Attends(Id sessionId, Id participantId) const;
  int CountPresent(Id sessionId) const;
};

}  // namespace parley
