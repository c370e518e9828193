#pragma once
// The screens and panels of the window, each drawn by its own file.
#include "views/workbench.hpp"

namespace parley::ui {

void DrawStartView(Workbench& app);   // view_start.cpp: no workshop open
void DrawSetupView(Workbench& app);   // view_setup.cpp: workshop, parties, participants, sessions
void DrawGroundRulesView(Workbench& app);  // view_ground_rules.cpp: rules, consent, read-aloud
void DrawStoriesView(Workbench& app);      // view_stories.cpp: queue, timer, stories
void DrawNeedsFearsView(Workbench& app);   // view_needs_fears.cpp: concerns in equal columns
void DrawOptionsView(Workbench& app);      // view_options.cpp: brainstorm, matrix, steps
void DrawMemoView(Workbench& app);         // view_memo.cpp: drafting, versions, distribution
void DrawExportDialog(Workbench& app);     // view_memo.cpp: File > Export memo / report
void DrawLogView(Workbench& app);          // view_log.cpp: the session log
void DrawSidebar(Workbench& app);     // sidebar.cpp: workshop at a glance, session, phases
void DrawFileDialog(Workbench& app);  // file_dialog.cpp: every file Parley asks for

// stepper.cpp: the phases' status and warnings, and moving on from one phase to the next.
void DrawStepper(Workbench& app);                       // the sidebar's phase list
void DrawPhaseHeader(Workbench& app, Phase phase);      // title, status and warnings of a view
void DrawMoveOnButton(Workbench& app, Phase phase);     // "Move on to <next phase>"
void DrawMoveOnDialog(Workbench& app);                  // asks the reason when warnings stand
const std::vector<std::string>& WarningsFor(Workbench& app, Phase phase);
const StepperCache& Stepper(Workbench& app);  // brought up to date first
// Opens the file dialog for `purpose`, in the open workshop's folder (else the data folder).
void StartFileDialog(Workbench& app, FileDialog::Purpose purpose);

}  // namespace parley::ui
