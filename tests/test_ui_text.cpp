// Wrapped text drawn from the line ends Parley keeps between frames (views/widgets.cpp) lands
// exactly where Dear ImGui's own wrapping puts it.
#include <doctest/doctest.h>
#include <imgui.h>

#include <string>
#include <vector>

#include "ui_harness.hpp"
#include "views/widgets.hpp"

namespace parley::test {

namespace {

struct Quad {
  float x, y, u, v;
  bool operator==(const Quad&) const = default;
};

// The vertices `draw` adds to the window's draw list, drawn at the same place each time.
std::vector<Quad> Drawn(const std::function<void()>& draw) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  int before = list->VtxBuffer.Size;
  draw();
  std::vector<Quad> quads;
  for (int i = before; i < list->VtxBuffer.Size; ++i) {
    const ImDrawVert& v = list->VtxBuffer[i];
    quads.push_back({v.pos.x, v.pos.y, v.uv.x, v.uv.y});
  }
  return quads;
}

}  // namespace

TEST_CASE("wrapped text is drawn where ImGui wraps it, and again from what was kept") {
  const std::vector<std::string> texts = {
      "A short line",
      "Water that is safe to drink, to irrigate with and to bottle, in the river and in the springs",
      "Two  spaces,   three spaces and a tab\there, then a break\nand a second paragraph that wraps "
      "across the width once more",
      "Trailing break\n",
      "\nLeading break and   \n   blanks after it",
      "Averyveryveryverylongwordthatdoesnotfitinthewidthatallandmustbebrokenanyway then words",
      "Λένα Παππά, Олена Гринюк and ნინო ბერიძე met on the second day of the workshop",
  };
  for (const std::string& text : texts) {
    CAPTURE(text);
    std::vector<Quad> ours, imgui;  // of the last frame
    UiHarness ui([&] {
      ImGui::Begin("text");
      ImVec2 pos = ImGui::GetCursorScreenPos();
      float wrap = 260.0f;
      imgui = Drawn([&] {
        ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos,
                                            ImGui::GetColorU32(ImGuiCol_Text), text.data(), text.data() + text.size(), wrap);
      });
      ImGui::PushItemWidth(wrap);
      ImGui::SetCursorScreenPos(pos);
      ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
      ImGui::BeginChild("wrapped", ImVec2(wrap, 600), false);
      ImGui::SetCursorScreenPos(pos);
      ours = Drawn([&] { ui::WrappedText(text, ImGui::GetColorU32(ImGuiCol_Text)); });
      ImGui::EndChild();
      ImGui::PopStyleVar();
      ImGui::PopItemWidth();
      ImGui::End();
    });
    ui.Frame();  // the harness drew two frames before: this one draws from the line ends kept
    CHECK(!ours.empty());
    CHECK(ours == imgui);
  }
}

}  // namespace parley::test
