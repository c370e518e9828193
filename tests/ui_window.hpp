#pragma once
// The window the UI tests drive: Parley's whole workbench, headless, with its files in a
// temporary folder, and what a fresh opening of the workshop file shows. A test file that
// starts every case on one view derives its own window from this one.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/store/workshop.hpp"
#include "temp_dir.hpp"
#include "ui_harness.hpp"
#include "views/workbench.hpp"

namespace parley::test {

struct Window {
  TempDir dir;
  ui::Workbench app;
  UiHarness ui;

  // The start screen, no workshop open. The default display is tall enough that a whole view
  // fits without scrolling.
  explicit Window(ImVec2 display = ImVec2(1440, 2400))
      : ui([this] { ui::DrawWorkbench(app); }, display) {
    app.dataDir = dir.Path();
  }
  Window(const Window&) = delete;
  Window& operator=(const Window&) = delete;

  // Creates the workshop `name` in the folder and opens it (the test fails when it is not open).
  void NewWorkshop(const std::string& name) {
    app.NewWorkshop(dir.File(name));
    REQUIRE(app.workshop);
  }
  // Adds `count` participants to each party of the open workshop, through core.
  void AddParticipants(int count) {
    for (const Party& party : std::vector<Party>(Live().parties))
      for (int i = 0; i < count; ++i) W().AddParticipant(party.id);
  }

  Workshop& W() { return *app.workshop; }
  const Model& Live() const { return app.workshop->Model(); }
  // What a fresh opening of the workshop file shows.
  Model OnDisk() const { return Workshop::Open(app.workshop->Path())->Model(); }
  std::vector<LogEntry> LogOnDisk() const {
    return Workshop::Open(app.workshop->Path())->SessionLog();
  }

  // Chooses File > `item`, then types `path` into the file dialog and presses its `button`.
  void ChooseFile(const std::string& item, const std::string& path, const std::string& button) {
    ui.Click("File");
    ui.Frame();
    ui.Click(item);
    ui.Frames(2);
    ui.Click("File name");
    ui.Press(key::End);
    for (int i = 0; i < 80; ++i) ui.Press(key::Backspace);
    ui.Type(path);
    ui.Click(button);
    ui.Frames(2);
  }
};

}  // namespace parley::test
