#include "views/kept_glyphs.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parley::ui {

namespace {

// A visible glyph of a text, placed from where Dear ImGui's RenderText starts the text.
struct GlyphQuad {
  ImVec2 min, max;      // from the pen's start
  ImVec2 uvMin, uvMax;  // in the font atlas
};

// A text laid out in one font and size: its glyphs as ImFont::RenderText places them, and for a
// label (its "##" part hidden) what ImGui::CalcTextSize gives for it.
struct KeptGlyphs {
  std::string text;  // as given
  uint64_t layout = 0;
  float size = 0;    // the font size it was laid out at
  ImVec2 extent;     // a label's size
  std::vector<GlyphQuad> quads;
  int drawnAt = 0;  // frame count
};
std::unordered_map<uint64_t, KeptGlyphs> g_kept;
constexpr int kUnusedFrames = 600;
// More texts than a few screens hold (the log scrolled through quickly): those not drawn in the
// last frame are dropped, so that memory stays bounded.
constexpr size_t kMostKept = 4096;

// The font and size a text is laid out in. The glyph count stands for the font: it is made
// again, with more glyphs, when text in a new script arrives.
uint64_t Layout(float size, bool label) {
  const ImFont* font = ImGui::GetFont();
  return ((uint64_t(std::bit_cast<uint32_t>(size)) << 32 | uint32_t(font->Glyphs.Size)) ^
          uint64_t(reinterpret_cast<uintptr_t>(font))) * 2 + (label ? 1 : 0);
}

// `text`'s layout at `size` in the current font (`label`: as a label), made when it is not kept;
// nullptr for text of more than one line, which is left to Dear ImGui.
const KeptGlyphs* GlyphsOf(std::string_view text, float size, bool label) {
  static int prunedAt = 0;
  const int frame = ImGui::GetFrameCount();
  if (frame - prunedAt >= kUnusedFrames || g_kept.size() > kMostKept) {
    const int unused = g_kept.size() > kMostKept ? 1 : kUnusedFrames;
    std::erase_if(g_kept, [&](const auto& entry) { return entry.second.drawnAt < frame - unused; });
    prunedAt = frame;
  }
  const uint64_t layout = Layout(size, label);
  KeptGlyphs& kept = g_kept[std::hash<std::string_view>{}(text) * 31 + (label ? 1 : 0)];
  if (kept.layout != layout || kept.text != text) {
    kept.text = text;
    kept.layout = layout;
    kept.size = size;
    kept.quads.clear();
    const char* begin = kept.text.data();
    const char* end = label ? ImGui::FindRenderedTextEnd(begin, begin + kept.text.size()) : begin + kept.text.size();
    if (label) kept.extent = ImGui::CalcTextSize(begin, begin + kept.text.size(), true);
    const ImFont* font = ImGui::GetFont();
    const float scale = size / font->FontSize;
    float x = 0;
    for (const char* s = begin; s < end;) {
      unsigned int c = static_cast<unsigned char>(*s);
      if (c < 0x80) {
        ++s;
      } else {
        s += ImTextCharFromUtf8(&c, s, end);
        if (c == 0) break;  // as RenderText: a broken sequence ends the text
      }
      if (c == '\n') {
        kept.layout = 0;  // not kept: drawn by Dear ImGui
        return nullptr;
      }
      if (c == '\r') continue;
      const ImFontGlyph* glyph = font->FindGlyph(ImWchar(c));
      if (!glyph) continue;
      if (glyph->Visible)
        kept.quads.push_back({ImVec2(x + glyph->X0 * scale, glyph->Y0 * scale),
                              ImVec2(x + glyph->X1 * scale, glyph->Y1 * scale), ImVec2(glyph->U0, glyph->V0),
                              ImVec2(glyph->U1, glyph->V1)});
      x += glyph->AdvanceX * scale;
    }
  }
  kept.drawnAt = frame;
  return &kept;
}

// Writes `text`'s quads from `pos` into `draw` as ImFont::RenderText does: glyphs wholly outside
// `clip` left out, and with `fine` the others cut to it.
void AddQuads(ImDrawList* draw, const KeptGlyphs& text, ImVec2 pos, ImU32 colour, ImVec4 clip, bool fine) {
  if ((colour & IM_COL32_A_MASK) == 0 || text.quads.empty()) return;
  pos = ImVec2(IM_FLOOR(pos.x), IM_FLOOR(pos.y));
  if (pos.y > clip.w || pos.y + text.size < clip.y) return;
  draw->PrimReserve(int(text.quads.size()) * 6, int(text.quads.size()) * 4);
  // Written here as ImDrawList::PrimRectUV writes a quad, without a call for each glyph.
  ImDrawVert* vertex = draw->_VtxWritePtr;
  ImDrawIdx* index = draw->_IdxWritePtr;
  unsigned int first = draw->_VtxCurrentIdx;
  for (const GlyphQuad& q : text.quads) {
    float x1 = pos.x + q.min.x, y1 = pos.y + q.min.y, x2 = pos.x + q.max.x, y2 = pos.y + q.max.y;
    if (x1 > clip.z || x2 < clip.x) continue;
    float u1 = q.uvMin.x, v1 = q.uvMin.y, u2 = q.uvMax.x, v2 = q.uvMax.y;
    if (fine) {
      if (x1 < clip.x) u1 += (1.0f - (x2 - clip.x) / (x2 - x1)) * (u2 - u1), x1 = clip.x;
      if (y1 < clip.y) v1 += (1.0f - (y2 - clip.y) / (y2 - y1)) * (v2 - v1), y1 = clip.y;
      if (x2 > clip.z) u2 = u1 + ((clip.z - x1) / (x2 - x1)) * (u2 - u1), x2 = clip.z;
      if (y2 > clip.w) v2 = v1 + ((clip.w - y1) / (y2 - y1)) * (v2 - v1), y2 = clip.w;
      if (y1 >= y2) continue;
    }
    index[0] = ImDrawIdx(first), index[1] = ImDrawIdx(first + 1), index[2] = ImDrawIdx(first + 2);
    index[3] = ImDrawIdx(first), index[4] = ImDrawIdx(first + 2), index[5] = ImDrawIdx(first + 3);
    vertex[0] = {ImVec2(x1, y1), ImVec2(u1, v1), colour};
    vertex[1] = {ImVec2(x2, y1), ImVec2(u2, v1), colour};
    vertex[2] = {ImVec2(x2, y2), ImVec2(u2, v2), colour};
    vertex[3] = {ImVec2(x1, y2), ImVec2(u1, v2), colour};
    vertex += 4, index += 6, first += 4;
  }
  // Give back what was reserved for glyphs left out.
  const int unused = int(text.quads.size()) - int(vertex - draw->_VtxWritePtr) / 4;
  draw->_VtxWritePtr = vertex;
  draw->_IdxWritePtr = index;
  draw->_VtxCurrentIdx = first;
  if (unused > 0) draw->PrimUnreserve(unused * 6, unused * 4);
}

}  // namespace

void AddKeptText(ImDrawList* draw, float size, ImVec2 pos, ImU32 colour, std::string_view text, const ImVec4* clip) {
  if ((colour & IM_COL32_A_MASK) == 0 || text.empty()) return;
  const KeptGlyphs* kept = GlyphsOf(text, size, false);
  if (!kept) {
    draw->AddText(ImGui::GetFont(), size, pos, colour, text.data(), text.data() + text.size(), 0.0f, clip);
    return;
  }
  ImVec4 within = draw->_CmdHeader.ClipRect;
  if (clip)
    within = ImVec4(std::max(within.x, clip->x), std::max(within.y, clip->y), std::min(within.z, clip->z),
                    std::min(within.w, clip->w));
  AddQuads(draw, *kept, pos, colour, within, clip != nullptr);
}

size_t KeptTextCount() { return g_kept.size(); }

bool KeptLabelButton(const char* label, bool small) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return false;
  const KeptGlyphs* kept = GlyphsOf(label, ImGui::GetFontSize(), true);
  if (!kept) return small ? ImGui::SmallButton(label) : ImGui::Button(label);
  // What ImGui::ButtonEx does with the label's size known, a small button's frame padding none
  // in height.
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  const ImGuiStyle& style = g.Style;
  const ImVec2 padding(style.FramePadding.x, small ? 0.0f : style.FramePadding.y);
  const ImGuiID id = window->GetID(label);
  ImVec2 pos = window->DC.CursorPos;
  if (small && padding.y < window->DC.CurrLineTextBaseOffset) pos.y += window->DC.CurrLineTextBaseOffset - padding.y;
  const ImVec2 size = ImGui::CalcItemSize(ImVec2(0, 0), kept->extent.x + padding.x * 2.0f, kept->extent.y + padding.y * 2.0f);
  const ImRect bb(pos, ImVec2(pos.x + size.x, pos.y + size.y));
  ImGui::ItemSize(size, padding.y);
  if (!ImGui::ItemAdd(bb, id)) return false;
  ImGuiButtonFlags flags = small ? ImGuiButtonFlags(ImGuiButtonFlags_AlignTextBaseLine) : ImGuiButtonFlags(0);
  if (g.LastItemData.InFlags & ImGuiItemFlags_ButtonRepeat) flags |= ImGuiButtonFlags_Repeat;
  bool hovered = false, held = false;
  const bool pressed = ImGui::ButtonBehavior(bb, id, &hovered, &held, flags);
  const ImU32 colour = ImGui::GetColorU32(held && hovered ? ImGuiCol_ButtonActive
                                          : hovered       ? ImGuiCol_ButtonHovered
                                                          : ImGuiCol_Button);
  ImGui::RenderNavHighlight(bb, id);
  ImGui::RenderFrame(bb.Min, bb.Max, colour, true, style.FrameRounding);
  // The label as ImGui::RenderTextClipped places it in the frame less its padding, aligned as
  // the style says, cut to the frame when it reaches the frame's edge.
  const ImVec2 textMin(bb.Min.x + padding.x, bb.Min.y + padding.y), textMax(bb.Max.x - padding.x, bb.Max.y - padding.y);
  const bool fine = textMin.x + kept->extent.x >= bb.Max.x || textMin.y + kept->extent.y >= bb.Max.y;
  ImVec2 at = textMin;
  if (style.ButtonTextAlign.x > 0.0f) at.x = std::max(at.x, at.x + (textMax.x - at.x - kept->extent.x) * style.ButtonTextAlign.x);
  if (style.ButtonTextAlign.y > 0.0f) at.y = std::max(at.y, at.y + (textMax.y - at.y - kept->extent.y) * style.ButtonTextAlign.y);
  ImDrawList* draw = window->DrawList;
  ImVec4 clip = draw->_CmdHeader.ClipRect;
  if (fine) clip = ImVec4(std::max(clip.x, bb.Min.x), std::max(clip.y, bb.Min.y), std::min(clip.z, bb.Max.x),
                          std::min(clip.w, bb.Max.y));
  AddQuads(draw, *kept, at, ImGui::GetColorU32(ImGuiCol_Text), clip, fine);
  return pressed;
}

}  // namespace parley::ui
