#pragma once
// A Dear ImGui 1.86 context with no window and no renderer, driven as a person would: it finds
// widgets by the labels Parley's widgets report (views/widgets.hpp), moves the mouse over them,
// presses and releases, and types. In 1.86 input is state read by NewFrame, so each change of
// input lasts one whole frame.
#include <imgui.h>

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parley::test {

// Key codes as GLFW reports them (and as Parley's backend stores them in io.KeysDown).
namespace key {
constexpr int Tab = 258, Enter = 257, KeyPadEnter = 335, Escape = 256, Backspace = 259, Delete = 261;
constexpr int Right = 262, Left = 263, Down = 264, Up = 265, PageUp = 266, PageDown = 267, Home = 268, End = 269;
constexpr int Space = 32;
}  // namespace key

class UiHarness {
 public:
  // `draw` is called once a frame between NewFrame and Render.
  explicit UiHarness(std::function<void()> draw, ImVec2 display = ImVec2(1440, 900));
  ~UiHarness();
  UiHarness(const UiHarness&) = delete;
  UiHarness& operator=(const UiHarness&) = delete;

  void Frame();                       // one frame with the current input
  void Frames(int count);
  // Hovers, presses and releases the left button over the `nth` widget labelled `label` in
  // the last frame; fails the test when there is none.
  void Click(const std::string& label, int nth = 0);
  // Hovers, presses and releases the left button at `pos`, whatever is there now.
  void ClickAt(ImVec2 pos);
  // Presses the left button at `from`, moves the pointer to `to` in steps, and releases it there.
  void Drag(ImVec2 from, ImVec2 to);
  // Turns the mouse wheel by `lines` (negative: down) over `pos`, as a hand scrolls a view.
  void Wheel(ImVec2 pos, float lines);
  void Type(const std::string& utf8);                 // characters in one frame, then one more
  void Press(int keyCode, bool ctrl = false, bool shift = false);  // down one frame, up the next
  int Count(const std::string& label) const;          // widgets with that label last frame
  ImVec2 Centre(const std::string& label, int nth = 0) const;
  ImGuiID Id(const std::string& label, int nth = 0) const;  // the widget's ImGui ID last frame
  // The rectangle the widget took last frame, in screen coordinates.
  std::pair<ImVec2, ImVec2> Rect(const std::string& label, int nth = 0) const;
  std::string LabelOf(ImGuiID id) const;  // the label of the widget `id` last frame, or ""
  // The first label last frame that starts with `prefix` (a message tracked whole), or "".
  std::string LabelStartingWith(const std::string& prefix) const;

  // A glyph drawn in the last frame: the codepoint its quad's texture coordinates show, and
  // the quad's corners.
  struct Glyph {
    char32_t c;
    ImVec2 min, max;
  };
  // The glyphs drawn last frame with their top-left corner inside [min, max], in the order
  // drawn. Spaces draw no quad, so none is listed.
  std::vector<Glyph> GlyphsIn(ImVec2 min, ImVec2 max) const;
  // The filled rectangles without rounding drawn last frame in `colour` with their top-left
  // corner inside [min, max] (a caret, a selection's highlight), in the order drawn.
  struct Box {
    ImVec2 min, max;
  };
  std::vector<Box> BoxesIn(ImVec2 min, ImVec2 max, ImU32 colour) const;
  // Makes the font again with the scripts of `text` too (it starts with Latin-1 only), as the
  // program does when text in a new script reaches the screen.
  void UseFontFor(std::string_view text);

 private:
  struct Item {
    std::string label;
    ImGuiID id;
    ImVec2 min, max;
  };
  const Item& Find(const std::string& label, int nth) const;
  std::function<void()> m_draw;
  ImGuiContext* m_context = nullptr;
  std::vector<Item> m_drawing;  // recorded during the current frame
  std::vector<Item> m_items;    // recorded during the last complete frame
};

}  // namespace parley::test
