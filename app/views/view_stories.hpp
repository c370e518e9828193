#pragma once
// UI state of the Stories view (view_stories.cpp); not model state. What the facilitator has
// typed but not yet saved lives here, and so do the view's caches of derived data.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/model/model.hpp"
#include "views/widgets.hpp"

namespace parley::ui {

// The texts of a recorded story that the list lets the facilitator edit.
enum class StoryField { Summary = 1, Restatement };

// What the Stories view derives from the Model, recomputed only when Model::revision or the
// session in use changes (never per frame).
struct StoriesDerived {
  uint64_t revision = 0;  // Model::revision these were computed from; 0 before the first time
  Id sessionId = 0;       // the session they were computed for
  std::vector<std::string> themes;      // distinct themes of every story, sorted A to Z
  std::vector<int64_t> sessionMs;       // floor time per party (model order) in the session,
                                        //   counting running clocks only up to their last start
  std::vector<int64_t> workshopMs;      // the same for the whole workshop
  std::vector<Turn> running;            // turns whose clock runs, in any session: added live
  std::vector<Id> proposal;             // ProposeSpeakingOrder for the session
  bool proposalDiffers = false;         // the proposal is not the queue's present order
  std::vector<std::string> imbalance;   // QueueImbalance for the session
  std::vector<Id> present;              // participants present in the session, model order
  std::vector<Id> addable;              // of those, the ones not waiting in the queue
  std::map<Id, std::vector<StoryTheme>> themesOf;  // per story, its themes
};

struct StoriesView {
  // The capture form.
  Id tellerId = 0;                         // the teller chosen (or pinned when typing began);
                                           //   0 follows whoever has the floor
  std::string themeText;                   // the theme being typed
  std::vector<std::string> pendingThemes;  // themes added to the story being typed
  bool focusSummary = false;               // give Summary the keyboard in the next frame
  bool focusThemes = false;                // give Themes the keyboard in the next frame
  bool summaryActive = false;              // Summary had the keyboard last frame
  bool themesActive = false;               // Themes had the keyboard last frame
  int lastFrame = -10;                     // ImGui frame the view was last drawn: tells when
                                           //   it opens
  // The stories list.
  bool allSessions = true;                 // list earlier sessions' stories as well (else this one only)
  OpenText open;                           // the story text open as a field (a StoryField)
  std::map<Id, std::string> newTheme;      // per story: the theme being typed into its row

  StoriesDerived derived;
};

struct Workbench;

// Draws the Stories view: the speaking queue, its clock, and the stories told.
void DrawStoriesView(Workbench& app);

}  // namespace parley::ui
