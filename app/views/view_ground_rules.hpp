#pragma once
// UI state of the Ground rules view (view_ground_rules.cpp); not model state.
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/model.hpp"
#include "views/lazy_list.hpp"
#include "views/promised_steps.hpp"
#include "views/widgets.hpp"

namespace parley::ui {

// A participant present in the session in use, as the consent grid shows them.
struct ConsentRow {
  size_t participant = 0;  // index into Model::participants
  int consent = -1;        // index into Model::consents of their consent in the session, -1 none
  bool outdated = false;   // given to an earlier wording of the rules
  bool earlier = false;    // given in an earlier session, holding in this one
  std::string agreedAt;    // "agreed 09:14", local time, when the consent is current; "session
                           //   1, 09:14" when given in an earlier one
  std::string givenWhere;  // the date and the session's title of one given in an earlier session
  std::string name;        // PersonName of the participant, made once, not in every frame
};

constexpr Id kConsentGridHead = -1;  // the consent grid's count and hint, above the tables

// What the view derives from the Model, recomputed only when Model::revision or the session in
// use changes (never per frame): a frame then draws only the rows in view without searching
// the attendance and consents.
struct GroundRulesDerived {
  uint64_t revision = 0;  // Model::revision these were computed from; 0 before the first time
  Id sessionId = 0;       // the session in use they were computed for
  float fontSize = 0;     // the font size the widths were measured in
  float nameWidth = 0;    // the widest name of those present, for the consent grid's first column
  bool anyOutdated = false;  // a consent given to an earlier wording: the grid shows "Agrees now"
  bool anyEarlier = false;   // a consent given in an earlier session: the grid shows when and where
  float earlierWidth = 0;    // the widest of those, with its "Agrees again"
  float agreedWidth = 0;     // the consent grid's "Agreed" column: the widest of what it shows
  std::string agreedLine;  // "<n> of <m> present have agreed to the current wording"
  ItemIds gridParts;                      // the consent grid's parts for its LazyList: its
                                           //   head (kConsentGridHead), then each party's table
                                           //   (the party's id)
  std::vector<std::vector<ConsentRow>> rows;  // per party in Model::parties: those present
  std::vector<PromisedStep> promised;         // open steps from earlier sessions
};

struct GroundRulesView {
  bool readAloud = false;  // the rules large on screen, one at a time, for the room
  int readAloudIndex = 0;  // the rule shown in read-aloud mode
  OpenText open;           // the rule open as a field
  bool templateSaved = false;  // "Save as my template" succeeded this opening
  bool promisedOpen = true;    // the "Promised last time" panel is unfolded
  LazyList gridList;       // the heights of the consent grid's parts on screen
  GroundRulesDerived derived;
};

struct Workbench;

// Draws the Ground rules view: the rules, each participant's consent, reading them aloud.
void DrawGroundRulesView(Workbench& app);

}  // namespace parley::ui
