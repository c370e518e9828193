#include "views/rtl_text.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <unordered_map>

#include "core/common/bidi_text.hpp"
#include "core/common/unicode_text.hpp"
#include "views/kept_glyphs.hpp"

namespace parley::ui {

namespace {

// A text laid out for one purpose and width in one font size, with the text it was made from:
// two texts with one hash must not show each other.
struct Laid {
  std::string source;
  uint64_t layout = 0;  // what it was made for: Layout()
  std::vector<ShownLine> lines;
  int usedAt = 0;  // frame count
};
std::unordered_map<uint64_t, Laid> g_laid;
constexpr int kUnusedFrames = 600;

enum class Purpose : uint64_t { Block = 1, Fit = 2, Label = 3, Wrap = 4, FitLeftToRight = 5, FitRightToLeft = 6 };

// What a layout depends on beside its text. The font's glyph count stands for the font: it is
// made again, with more glyphs, when text in a new script arrives, and a layout measured with
// the fallback glyph for letters it lacked would be too narrow.
uint64_t Layout(Purpose purpose, float width, float size) {
  const uint64_t font = uint64_t(ImGui::GetFont()->Glyphs.Size) * 0x9E3779B97F4A7C15u;
  return ((uint64_t(std::bit_cast<uint32_t>(width)) << 32 | std::bit_cast<uint32_t>(size)) * 8 +
          uint64_t(purpose)) ^ font;
}

// The lines of `text` made for `layout`, made by `make` when they are not kept already.
template <class Make>
const std::vector<ShownLine>& Kept(std::string_view text, uint64_t layout, Make make) {
  static int prunedAt = 0;
  const int frame = ImGui::GetFrameCount();
  if (frame - prunedAt >= kUnusedFrames) {
    std::erase_if(g_laid, [&](const auto& entry) { return entry.second.usedAt < frame - kUnusedFrames; });
    prunedAt = frame;
  }
  Laid& laid = g_laid[std::hash<std::string_view>{}(text) * 31 + layout];
  if (laid.layout != layout || laid.source != text) {
    laid.source = text;
    laid.layout = layout;
    laid.lines = make();
  }
  laid.usedAt = frame;
  return laid.lines;
}

// `line` at `size` pixels as ImGui::CalcTextSize measures it (rounded up as it rounds), once
// when it is laid out rather than in every frame it is drawn.
ShownLine ShownOf(VisualLine&& line, float indent, float size) {
  const float width = ImGui::GetFont()->CalcTextSizeA(size, FLT_MAX, 0.0f, line.text.data(),
                                                      line.text.data() + line.text.size()).x;
  return {std::move(line.text), indent, line.rightToLeft, IM_FLOOR(width + 0.95f)};
}

float IndentIn(float width, const VisualLine& line, const Advance& advance) {
  return line.rightToLeft && width > 0 ? std::max(0.0f, width - LineWidth(line, advance)) : 0.0f;
}

std::vector<ShownLine> FitNow(std::string_view text, float width, float size,
                              TextDirection direction = TextDirection::Auto) {
  Advance advance = FontAdvance(size);
  VisualLine line = FitLine(text, width, advance, direction);
  const float indent = IndentIn(width, line, advance);
  return {ShownOf(std::move(line), indent, size)};
}

}  // namespace

Advance FontAdvance(float size) {
  const ImFont* font = ImGui::GetFont();
  const float scale = size / font->FontSize;
  return [font, scale](char32_t c) {
    return c > 0xFFFF ? font->FallbackAdvanceX * scale : font->GetCharAdvance(ImWchar(c)) * scale;
  };
}

std::vector<ShownLine> LayOutLines(std::string_view text, float wrap, float size) {
  Advance advance = FontAdvance(size);
  std::vector<ShownLine> lines;
  for (VisualLine& line : LayOutText(text, wrap, advance)) {
    const float indent = IndentIn(wrap, line, advance);
    lines.push_back(ShownOf(std::move(line), indent, size));
  }
  return lines;
}

uint32_t OffsetAtPoint(std::string_view text, float wrap, float size, ImVec2 point) {
  Advance advance = FontAdvance(size);
  const std::vector<VisualLine> lines = LayOutText(text, wrap, advance);
  if (lines.empty()) return 0;
  const auto row = size_t(std::clamp(std::floor(point.y / size), 0.0f, float(lines.size() - 1)));
  const VisualLine& line = lines[row];
  return OffsetAtX(line, point.x - IndentIn(wrap, line, advance), advance);
}

std::string_view Shown(std::string_view text) {
  if (!NeedsBidi(text)) return text;
  return Fitted(text, 0).text;
}

const char* ShownLabel(const char* label) {
  std::string_view whole(label);
  if (!NeedsBidi(whole)) return label;
  const float size = ImGui::GetFontSize();
  return Kept(whole, Layout(Purpose::Label, 0, size), [&] {
                size_t hidden = std::min(whole.find("##"), whole.size());
                std::vector<ShownLine> line = FitNow(whole.substr(0, hidden), 0, size);
                line[0].text.append(whole.substr(hidden));
                return line;
              })[0]
      .text.c_str();
}

const ShownLine& Fitted(std::string_view text, float width, float size, TextDirection direction) {
  if (size <= 0) size = ImGui::GetFontSize();
  const Purpose purpose = direction == TextDirection::Auto          ? Purpose::Fit
                          : direction == TextDirection::LeftToRight ? Purpose::FitLeftToRight
                                                                    : Purpose::FitRightToLeft;
  return Kept(text, Layout(purpose, width, size), [&] { return FitNow(text, width, size, direction); })[0];
}

void AddLine(ImDrawList* draw, float size, ImVec2 pos, ImU32 colour, std::string_view text, float width,
             const ImVec4* clip, TextDirection direction) {
  // No glyph is wider than an em: a text of fewer bytes than the width holds ems fits, and is
  // drawn as it is without being measured.
  if (!NeedsBidi(text) && float(text.size()) * size <= width) {
    AddKeptText(draw, size, pos, colour, text, clip);
    return;
  }
  const ShownLine& line = Fitted(text, width, size, direction);
  AddKeptText(draw, size, ImVec2(pos.x + line.indent, pos.y), colour, line.text, clip);
}

void AddUserText(ImDrawList* draw, float size, ImVec2 pos, ImU32 colour, std::string_view text,
                 const ImVec4& clip, int lines) {
  const float width = clip.z - pos.x;
  if (lines <= 1) return AddLine(draw, size, pos, colour, text, width, &clip);
  if (!NeedsBidi(text)) {
    draw->AddText(ImGui::GetFont(), size, pos, colour, text.data(), text.data() + text.size(), width, &clip);
    return;
  }
  const std::vector<ShownLine>& wrapped =
      Kept(text, Layout(Purpose::Wrap, width, size), [&] { return LayOutLines(text, width, size); });
  for (size_t i = 0; i < wrapped.size() && i < size_t(lines); ++i)
    AddKeptText(draw, size, ImVec2(pos.x + wrapped[i].indent, pos.y + size * float(i)), colour, wrapped[i].text, &clip);
}

namespace {

// The layout of the field being typed in, made again when its text, width or font changes.
struct Preview {
  std::string text;
  uint64_t layout = 0;
  std::vector<VisualLine> lines;
};
Preview g_preview;

// The field's caret as a byte offset into its text (ImGui keeps it in UTF-16 units).
uint32_t CaretOffset(ImGuiID field) {
  const ImGuiInputTextState* state = ImGui::GetInputTextState(field);
  if (!state) return 0;
  int cursor = std::clamp(state->Stb.cursor, 0, state->CurLenW);
  return uint32_t(ImTextCountUtf8BytesFromStr(state->TextW.Data, state->TextW.Data + cursor));
}

}  // namespace

void ShapedPreview(std::string_view text, float frameWidth) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 min = ImGui::GetItemRectMin(), max(min.x + frameWidth, ImGui::GetItemRectMax().y);
  const float width = max.x - min.x - style.FramePadding.x * 2, size = ImGui::GetFontSize();
  const Advance advance = FontAdvance(size);
  const uint64_t layout = Layout(Purpose::Wrap, width, size);
  if (g_preview.text != text || g_preview.layout != layout) {
    g_preview.text = text;
    g_preview.layout = layout;
    g_preview.lines = LayOutText(text, width, advance);
  }
  // Over every window (it is the field's own, for as long as it is typed in), as a popup is.
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  const float line = ImGui::GetTextLineHeight();
  const ImVec2 box(min.x, max.y + 2.0f);
  const ImVec2 boxEnd(max.x, box.y + line * float(g_preview.lines.size()) + style.FramePadding.y * 2);
  draw->AddRectFilled(box, boxEnd, ImGui::GetColorU32(ImGuiCol_PopupBg), style.FrameRounding);
  draw->AddRect(box, boxEnd, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding);
  const uint32_t caret = CaretOffset(ImGui::GetItemID());
  const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
  bool caretDrawn = false;
  for (size_t i = 0; i < g_preview.lines.size(); ++i) {
    const VisualLine& l = g_preview.lines[i];
    float x = box.x + style.FramePadding.x + IndentIn(width, l, advance);
    float y = box.y + style.FramePadding.y + line * float(i);
    draw->AddText(ImGui::GetFont(), size, ImVec2(x, y), ink, l.text.data(), l.text.data() + l.text.size());
    // The caret is on the line that holds its offset; at a line's end, on the line it ends.
    if (!caretDrawn && caret >= l.begin && caret <= l.end) {
      caretDrawn = true;
      float at = x + CaretX(l, caret, advance);
      draw->AddLine(ImVec2(at, y), ImVec2(at, y + line), ink);
    }
  }
}

namespace {

// A line of pieced text: runs of glyphs of one piece each, left to right.
struct PieceRun {
  std::string text;
  float x = 0, width = 0;
  size_t piece = 0;
};
struct PiecedLayout {
  std::string text;
  std::vector<uint32_t> starts;
  uint64_t layout = 0;
  std::vector<std::vector<PieceRun>> lines;
  int usedAt = 0;
};
std::unordered_map<uint64_t, PiecedLayout> g_pieced;

std::vector<std::vector<PieceRun>> LayOutPieces(std::string_view text, const std::vector<uint32_t>& starts,
                                                float wrap, float size) {
  const Advance advance = FontAdvance(size);
  std::vector<std::vector<PieceRun>> lines;
  for (const VisualLine& line : LayOutText(text, wrap, advance)) {
    std::vector<PieceRun>& runs = lines.emplace_back();
    float x = IndentIn(wrap, line, advance);
    for (const VisualGlyph& g : line.glyphs) {
      size_t piece = size_t(std::upper_bound(starts.begin(), starts.end(), g.logical) - starts.begin()) - 1;
      if (runs.empty() || runs.back().piece != piece) runs.push_back({{}, x, 0, piece});
      AppendCodePoint(g.shown, runs.back().text);
      const float w = advance(g.shown);
      runs.back().width += w;
      x += w;
    }
  }
  return lines;
}

}  // namespace

void PiecedText(std::string_view text, const std::vector<uint32_t>& starts, const std::vector<ImU32>& colours,
                const std::vector<int>& marks) {
  const float wrap = ImGui::GetContentRegionAvail().x, size = ImGui::GetFontSize();
  const uint64_t layout = Layout(Purpose::Wrap, wrap, size);
  static int prunedAt = 0;
  const int frame = ImGui::GetFrameCount();
  if (frame - prunedAt >= kUnusedFrames) {
    std::erase_if(g_pieced, [&](const auto& entry) { return entry.second.usedAt < frame - kUnusedFrames; });
    prunedAt = frame;
  }
  PiecedLayout& laid = g_pieced[std::hash<std::string_view>{}(text) ^ layout];
  if (laid.layout != layout || laid.text != text || laid.starts != starts) {
    laid.text = text;
    laid.starts = starts;
    laid.layout = layout;
    laid.lines = LayOutPieces(text, starts, wrap, size);
  }
  laid.usedAt = frame;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(wrap, size * float(laid.lines.size())));
  if (!ImGui::IsItemVisible()) return;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (size_t i = 0; i < laid.lines.size(); ++i) {
    const float y = at.y + size * float(i);
    for (const PieceRun& run : laid.lines[i]) {
      const ImU32 colour = colours[run.piece];
      draw->AddText(ImVec2(at.x + run.x, y), colour, run.text.data(), run.text.data() + run.text.size());
      if (marks[run.piece] == 0) continue;
      const float lineY = marks[run.piece] == 2 ? y + size * 0.55f : y + size;
      draw->AddLine(ImVec2(at.x + run.x, lineY), ImVec2(at.x + run.x + run.width, lineY), colour);
    }
  }
}

void UserText(std::string_view text) {
  if (!NeedsBidi(text)) {
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    return;
  }
  // Wrapped where ImGui::TextUnformatted would wrap it (PushTextWrapPos), right-to-left lines
  // ending at the wrap width; one item for all its lines, as it makes.
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const float wrapPos = window->DC.TextWrapPos;
  const float wrap = wrapPos < 0 ? 0.0f : ImGui::CalcWrapWidthForPos(window->DC.CursorPos, wrapPos);
  const std::vector<ShownLine>& lines =
      Kept(text, Layout(Purpose::Block, wrap, ImGui::GetFontSize()),
           [&] { return LayOutLines(text, wrap, ImGui::GetFontSize()); });
  const float offset = window->DC.CurrLineTextBaseOffset, height = ImGui::GetTextLineHeight();
  float width = wrap;
  if (wrap <= 0)
    for (const ShownLine& line : lines) width = std::max(width, line.width);
  const ImVec2 at(window->DC.CursorPos.x, window->DC.CursorPos.y + offset);
  ImGui::Dummy(ImVec2(width, height * float(lines.size()) + offset));
  if (!ImGui::IsItemVisible()) return;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 colour = ImGui::GetColorU32(ImGuiCol_Text);
  for (size_t i = 0; i < lines.size(); ++i)
    AddKeptText(draw, ImGui::GetFontSize(), ImVec2(at.x + lines[i].indent, at.y + height * float(i)), colour,
                lines[i].text);
}

void UserTooltip(std::string_view text) {
  ImGui::BeginTooltip();
  UserText(text);
  ImGui::EndTooltip();
}

}  // namespace parley::ui
