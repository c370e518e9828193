#pragma once
// `parley --layout FILE`: the window writes where its controls are, so that a test driving the
// real window (tests/workshop_window_test.sh) clicks what a person would aim at, found by its
// label as the headless tests find it (SetItemRecorder), not at coordinates written by hand.
#include <imgui.h>

#include <string>
#include <vector>

namespace parley::ui {

class LayoutFile {
 public:
  // Starts recording every control drawn; `path` is written after each frame that moved one.
  explicit LayoutFile(std::string path);
  ~LayoutFile();
  LayoutFile(const LayoutFile&) = delete;
  LayoutFile& operator=(const LayoutFile&) = delete;

  // After a frame: when its controls differ from the last frame written, `path` is replaced
  // whole (written beside it, then renamed) by one line per control, tab-separated: its label,
  // which of the controls with that label it is (from 0, top to bottom as drawn), and its
  // rectangle in the window's pixels, left, top, right, bottom.
  void FrameDone();

 private:
  std::string m_path;
  std::string m_drawing;  // the lines of the frame being drawn
  std::string m_written;  // the lines last written
};

}  // namespace parley::ui
