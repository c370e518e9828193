#include "ui_harness.hpp"

#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <map>

#include "core/common/scripts.hpp"
#include "views/fonts.hpp"
#include "views/keyboard.hpp"
#include "views/widgets.hpp"
#include "views/workbench.hpp"

namespace parley::test {

UiHarness::UiHarness(std::function<void()> draw, ImVec2 display) : m_draw(std::move(draw)) {
  m_context = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = display;
  io.DeltaTime = 1.0f / 60.0f;
  ui::EnableKeyboard(io);
  io.KeyMap[ImGuiKey_Tab] = key::Tab;
  io.KeyMap[ImGuiKey_Space] = key::Space;
  io.KeyMap[ImGuiKey_PageUp] = key::PageUp;
  io.KeyMap[ImGuiKey_PageDown] = key::PageDown;
  io.KeyMap[ImGuiKey_LeftArrow] = key::Left;
  io.KeyMap[ImGuiKey_RightArrow] = key::Right;
  io.KeyMap[ImGuiKey_UpArrow] = key::Up;
  io.KeyMap[ImGuiKey_DownArrow] = key::Down;
  io.KeyMap[ImGuiKey_Home] = key::Home;
  io.KeyMap[ImGuiKey_End] = key::End;
  io.KeyMap[ImGuiKey_Delete] = key::Delete;
  io.KeyMap[ImGuiKey_Backspace] = key::Backspace;
  io.KeyMap[ImGuiKey_Enter] = key::Enter;
  io.KeyMap[ImGuiKey_KeyPadEnter] = key::KeyPadEnter;
  io.KeyMap[ImGuiKey_Escape] = key::Escape;
  io.KeyMap[ImGuiKey_A] = 'A';
  io.KeyMap[ImGuiKey_C] = 'C';
  io.KeyMap[ImGuiKey_V] = 'V';
  io.KeyMap[ImGuiKey_X] = 'X';
  io.KeyMap[ImGuiKey_Y] = 'Y';
  io.KeyMap[ImGuiKey_Z] = 'Z';
  ui::ApplyStyle(false);
  ui::LoadFonts(io.Fonts, 18.0f, kBasicLatin);
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  ui::SetItemRecorder([this](std::string_view label, ImGuiID id, ImVec2 min, ImVec2 max) {
    m_drawing.push_back({std::string(label), id, min, max});
  });
  Frames(2);  // warm-up: windows get their size and position
}

void UiHarness::UseFontFor(std::string_view text) {
  ImGuiIO& io = ImGui::GetIO();
  ui::LoadFonts(io.Fonts, 18.0f, kBasicLatin | ScriptsIn(text));
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  Frame();
}

std::vector<UiHarness::Glyph> UiHarness::GlyphsIn(ImVec2 min, ImVec2 max) const {
  // Every glyph of every font in the atlas has a place of its own in the texture: its top-left
  // texture coordinates name it, its bottom-right ones (two vertices on) confirm it.
  std::map<std::pair<float, float>, const ImFontGlyph*> glyphs;
  for (const ImFont* font : ImGui::GetIO().Fonts->Fonts)
    for (const ImFontGlyph& g : font->Glyphs)
      if (g.Visible) glyphs[{g.U0, g.V0}] = &g;
  std::vector<Glyph> found;
  const ImDrawData* data = ImGui::GetDrawData();
  for (int l = 0; l < data->CmdListsCount; ++l) {
    const ImVector<ImDrawVert>& v = data->CmdLists[l]->VtxBuffer;
    for (int i = 0; i + 2 < v.Size; ++i) {
      const ImDrawVert& a = v[i];
      if (a.pos.x < min.x || a.pos.y < min.y || a.pos.x > max.x || a.pos.y > max.y) continue;
      auto g = glyphs.find({a.uv.x, a.uv.y});
      if (g == glyphs.end() || v[i + 2].uv.x != g->second->U1 || v[i + 2].uv.y != g->second->V1) continue;
      found.push_back({char32_t(g->second->Codepoint), a.pos, v[i + 2].pos});
      i += 3;  // the quad's other corners
    }
  }
  return found;
}

std::vector<UiHarness::Box> UiHarness::BoxesIn(ImVec2 min, ImVec2 max, ImU32 colour) const {
  // ImDrawList::PrimRect: four corners clockwise from the top-left, on the white pixel.
  const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
  std::vector<Box> found;
  const ImDrawData* data = ImGui::GetDrawData();
  for (int l = 0; l < data->CmdListsCount; ++l) {
    const ImVector<ImDrawVert>& v = data->CmdLists[l]->VtxBuffer;
    for (int i = 0; i + 3 < v.Size; ++i) {
      const ImDrawVert* q = &v[i];
      bool rect = true;
      for (int c = 0; c < 4; ++c) rect = rect && q[c].col == colour && q[c].uv.x == white.x && q[c].uv.y == white.y;
      if (!rect || q[1].pos.x != q[2].pos.x || q[1].pos.y != q[0].pos.y || q[3].pos.x != q[0].pos.x ||
          q[3].pos.y != q[2].pos.y || !(q[2].pos.x > q[0].pos.x) || !(q[2].pos.y > q[0].pos.y))
        continue;
      if (q[0].pos.x >= min.x && q[0].pos.y >= min.y && q[0].pos.x <= max.x && q[0].pos.y <= max.y)
        found.push_back({q[0].pos, q[2].pos});
      i += 3;
    }
  }
  return found;
}

UiHarness::~UiHarness() {
  ui::SetItemRecorder(nullptr);
  ImGui::DestroyContext(m_context);
}

void UiHarness::Frame() {
  m_drawing.clear();
  ui::BeforeNewFrame();
  ImGui::NewFrame();
  ui::AfterNewFrame();
  m_draw();
  ImGui::Render();
  m_items.swap(m_drawing);
}

void UiHarness::Frames(int count) {
  for (int i = 0; i < count; ++i) Frame();
}

const UiHarness::Item& UiHarness::Find(const std::string& label, int nth) const {
  for (const Item& item : m_items)
    if (item.label == label && nth-- == 0) return item;
  FAIL("no widget labelled \"" << label << "\" in the last frame");
  throw;  // not reached: FAIL ends the test
}

ImVec2 UiHarness::Centre(const std::string& label, int nth) const {
  const Item& item = Find(label, nth);
  return ImVec2((item.min.x + item.max.x) * 0.5f, (item.min.y + item.max.y) * 0.5f);
}

ImGuiID UiHarness::Id(const std::string& label, int nth) const { return Find(label, nth).id; }

std::pair<ImVec2, ImVec2> UiHarness::Rect(const std::string& label, int nth) const {
  const Item& item = Find(label, nth);
  return {item.min, item.max};
}

std::string UiHarness::LabelOf(ImGuiID id) const {
  for (const Item& item : m_items)
    if (item.id == id) return item.label;
  return "";
}

std::string UiHarness::LabelStartingWith(const std::string& prefix) const {
  for (const Item& item : m_items)
    if (item.label.starts_with(prefix)) return item.label;
  return "";
}

int UiHarness::Count(const std::string& label) const {
  int count = 0;
  for (const Item& item : m_items) count += item.label == label;
  return count;
}

void UiHarness::Click(const std::string& label, int nth) {
  ImGuiIO& io = ImGui::GetIO();
  ImGuiID id = Find(label, nth).id;
  // The pointer comes to the widget's centre from a pixel away, as a hand aims it: ImGui
  // hovers nothing under a pointer that has not moved since the keyboard moved the focus.
  io.MousePos = Centre(label, nth);
  io.MousePos.x -= 1;
  Frame();
  io.MousePos = Centre(label, nth);
  Frame();  // hover
  // A person could not click a widget that is clipped or covered: it would not be hovered.
  if (id != 0 && GImGui->HoveredId != id)
    FAIL_CHECK("\"" << label << "\" is not under the mouse at its centre (clipped or covered): the mouse is over "
               << (GImGui->HoveredWindow ? GImGui->HoveredWindow->Name : "no window") << ", on "
               << LabelOf(GImGui->HoveredId));
  io.MouseDown[0] = true;
  Frame();  // press
  io.MouseDown[0] = false;
  Frame();  // release: buttons fire
  Frames(2);  // what the click opened (a popup appears hidden for a frame) settles
}

void UiHarness::ClickAt(ImVec2 pos) {
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = pos;
  Frame();  // hover
  io.MouseDown[0] = true;
  Frame();  // press
  io.MouseDown[0] = false;
  Frame();  // release
  Frames(2);
}

void UiHarness::Drag(ImVec2 from, ImVec2 to) {
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = from;
  Frame();  // hover
  io.MouseDown[0] = true;
  Frame();  // press
  for (int step = 1; step <= 4; ++step) {
    const float part = float(step) / 4;
    io.MousePos = ImVec2(from.x + (to.x - from.x) * part, from.y + (to.y - from.y) * part);
    Frame();
  }
  io.MouseDown[0] = false;
  Frame();  // release
  Frames(2);
}

void UiHarness::Wheel(ImVec2 pos, float lines) {
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = pos;
  Frame();  // hover
  io.MouseWheel = lines;
  Frame();
  io.MouseWheel = 0;
  Frames(2);
}

void UiHarness::Type(const std::string& utf8) {
  ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str());
  Frame();
  Frame();  // the edit made at the end of the typing frame shows
}

void UiHarness::Press(int keyCode, bool ctrl, bool shift) {
  ImGuiIO& io = ImGui::GetIO();
  io.KeyCtrl = ctrl;
  io.KeyShift = shift;
  io.KeysDown[keyCode] = true;
  Frame();
  io.KeysDown[keyCode] = false;
  io.KeyCtrl = false;
  io.KeyShift = false;
  Frame();
}

}  // namespace parley::test
