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

// A text laid out in one font and size: its glyphs as ImFont::RenderText places them.
struct KeptGlyphs {
  std::string text;  // as given
  uint64_t layout = 0;
  float size = 0;    // the font size it was laid out at
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
uint64_t Layout(float size) {
  const ImFont* font = ImGui::GetFont();
  return ((uint64_t(std::bit_cast<uint32_t>(size)) << 32 | uint32_t(font->Glyphs.Size)) ^
          uint64_t(reinterpret_cast<uintptr_t>(font)));
}

// `text`'s layout at `size` in the current font, made when it is not kept;
// nullptr for text of more than one line, which is left to Dear ImGui.
const KeptGlyphs* GlyphsOf(std::string_view text, float size) {
  static int prunedAt = 0;
  const int frame = ImGui::GetFrameCount();
  if (frame - prunedAt >= kUnusedFrames || g_kept.size() > kMostKept) {
    const int unused = g_kept.size() > kMostKept ? 1 : kUnusedFrames;
    std::erase_if(g_kept, [&](const auto& entry) { return entry.second.drawnAt < frame - unused; });
    prunedAt = frame;
  }
  const uint64_t layout = Layout(size);
  KeptGlyphs& kept = g_kept[std::hash<std::string_view>{}(text)];
  if (kept.layout != layout || kept.text != text) {
    kept.text = text;
    kept.layout = layout;
    kept.size = size;
    kept.quads.clear();
    const char* begin = kept.text.data();
    const char* end = begin + kept.text.size();
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
  const KeptGlyphs* kept = GlyphsOf(text, size);
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

}  // namespace parley::ui
