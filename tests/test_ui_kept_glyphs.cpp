// Text drawn from kept glyphs (views/kept_glyphs.hpp) is what Dear ImGui draws: AddKeptText
// writes the vertices AddText writes, in the open, at the clip rectangle's edge and cut by a clip
// of its own.
#include <doctest/doctest.h>

#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "ui_harness.hpp"
#include "views/kept_glyphs.hpp"
#include "core/common/bidi_text.hpp"
#include "views/rtl_text.hpp"

namespace parley::test {

namespace {

// What one drawing added to the window's draw list, and the item it made.
struct Drawn {
  std::vector<ImDrawVert> vertices;
  std::vector<int> indices;  // from the first vertex added
  ImVec2 min, max;
};

Drawn Capture(const std::function<void()>& draw) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const int vertex = list->VtxBuffer.Size, index = list->IdxBuffer.Size;
  draw();
  Drawn drawn;
  drawn.vertices.assign(list->VtxBuffer.Data + vertex, list->VtxBuffer.Data + list->VtxBuffer.Size);
  for (int i = index; i < list->IdxBuffer.Size; ++i) drawn.indices.push_back(int(list->IdxBuffer[i]) - vertex);
  drawn.min = ImGui::GetItemRectMin();
  drawn.max = ImGui::GetItemRectMax();
  return drawn;
}

void CheckSame(const Drawn& imgui, const Drawn& kept) {
  CHECK(kept.min.x == imgui.min.x);
  CHECK(kept.min.y == imgui.min.y);
  CHECK(kept.max.x == imgui.max.x);
  CHECK(kept.max.y == imgui.max.y);
  CHECK(kept.indices == imgui.indices);
  REQUIRE(kept.vertices.size() == imgui.vertices.size());
  for (size_t i = 0; i < kept.vertices.size(); ++i) {
    CAPTURE(i);
    const ImDrawVert &a = imgui.vertices[i], &b = kept.vertices[i];
    CHECK(std::abs(a.pos.x - b.pos.x) < 0.01f);
    CHECK(std::abs(a.pos.y - b.pos.y) < 0.01f);
    CHECK(std::abs(a.uv.x - b.uv.x) < 1e-5f);
    CHECK(std::abs(a.uv.y - b.uv.y) < 1e-5f);
    CHECK(a.col == b.col);
  }
}

// Draws `draw(kept)` in two windows at the same place, one with Dear ImGui's drawing and one
// with the kept glyphs, and checks they drew alike.
void CheckAlike(const std::string& text, float width, const std::function<void(bool kept)>& draw) {
  Drawn imgui, kept;
  UiHarness ui{[&] {
    for (bool keep : {false, true}) {
      ImGui::SetNextWindowPos(ImVec2(10, 10));
      ImGui::SetNextWindowSize(ImVec2(width, 200));
      ImGui::Begin(keep ? "kept" : "imgui", nullptr, ImGuiWindowFlags_NoDecoration);
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted("Rule 1.");  // a line whose text is aligned to framed widgets
      ImGui::SameLine();
      (keep ? kept : imgui) = Capture([&] { draw(keep); });
      ImGui::End();
    }
  }};
  ui.UseFontFor(text);
  ui.Frames(2);
  CheckSame(imgui, kept);
  CHECK_FALSE(kept.vertices.empty());
}

}  // namespace

TEST_CASE("text drawn from kept glyphs is the text AddText draws") {
  // Shaped as a view shows it (the glyphs the shaping emits, in visual order).
  std::string arabic;
  for (const VisualLine& line : LayOutText("نحتاج إلى الماء من بئر Ein Gedi", 0, [](char32_t) { return 1.0f; }))
    arabic += line.text;
  const ImVec4 clip(90.5f, 0, 180.5f, 1000);  // cuts through a glyph at each end
  for (const std::string& text : {std::string("Water for both towns, every summer"), arabic}) {
    CAPTURE(text);
    auto add = [&](bool kept, const ImVec4* cut) {
      ImDrawList* draw = ImGui::GetWindowDrawList();
      const ImVec2 at = ImGui::GetCursorScreenPos();
      const float size = ImGui::GetFontSize();
      if (kept)
        ui::AddKeptText(draw, size, at, IM_COL32_WHITE, text, cut);
      else
        draw->AddText(ImGui::GetFont(), size, at, IM_COL32_WHITE, text.data(), text.data() + text.size(), 0.0f, cut);
      ImGui::Dummy(ImVec2(10, size));
    };
    CheckAlike(text, 600, [&](bool kept) { add(kept, nullptr); });  // whole
    CheckAlike(text, 160, [&](bool kept) { add(kept, nullptr); });  // at the window's edge
    CheckAlike(text, 600, [&](bool kept) { add(kept, &clip); });    // cut by a clip of its own
  }
}

TEST_CASE("texts kept beyond a few screens' worth are dropped once no longer drawn") {
  // Texts other tests left are counted in frames of their own contexts: not this test's to drop.
  const size_t before = ui::KeptTextCount();
  int many = 5000;  // the first frame draws this many texts, the next ones one
  UiHarness ui{[&] {
    ImGui::Begin("log");
    for (int i = 0; i < many; ++i)
      ui::AddKeptText(ImGui::GetWindowDrawList(), ImGui::GetFontSize(), ImVec2(10, 10), IM_COL32_WHITE,
                      "line " + std::to_string(i));
    ImGui::End();
  }};
  ui.Frame();
  CHECK(ui::KeptTextCount() >= 5000);  // all drawn in this frame: kept
  many = 1;
  ui.Frames(2);
  CHECK(ui::KeptTextCount() < before + 100);
}

}  // namespace parley::test
