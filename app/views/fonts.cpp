#include "views/fonts.hpp"

#include <imgui.h>
#include <imgui_freetype.h>

#include <filesystem>

namespace parley::ui {

namespace {

// Symbols Parley's own labels draw beyond Latin-1, in every font whatever the record's scripts:
// dashes and quotes, the ellipsis, ↳, ▾, and the phase marks ○ ● ◐.
constexpr ImWchar kOwnSymbols[] = {0x2013, 0x2014, 0x2018, 0x201D, 0x2026, 0x2026, 0x21B3, 0x21B3,
                                   0x25BE, 0x25BE, 0x25CB, 0x25CB, 0x25CF, 0x25D0, 0};

constexpr ImWchar kArabicForms[] = {0xFB50, 0xFDFF, 0xFE70, 0xFEFF, 0};

constexpr const char* kTextFonts[] = {
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
};
// Merged in for the glyphs the text font lacks (Georgian, some Latin and Greek extensions).
// DejaVu Sans has Hebrew and all of Arabic's presentation forms but two Urdu ones; no Noto
// font here has them in DejaVu's proportions (shared/design/arabic-hebrew-on-screen.md).
// Latin-1 alone needs none of them, and each costs a file read and a parse.
constexpr const char* kFallbackFonts[] = {
    "/usr/share/fonts/truetype/noto/NotoSansGeorgian-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansArmenian-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
};

// The glyph ranges of `scripts`. ImGui reads them again whenever the atlas builds, so they
// live until LoadFonts makes the next ones (after clearing the atlas that used these).
const ImWchar* RangesOf(Scripts scripts) {
  static ImVector<ImWchar> ranges;
  ImFontGlyphRangesBuilder builder;
  std::span<const ScriptBlock> blocks = ScriptBlocks();
  for (size_t i = 0; i < blocks.size(); ++i)
    if (scripts & (Scripts(1) << i)) {
      const ImWchar block[] = {ImWchar(blocks[i].first), ImWchar(blocks[i].last), 0};
      builder.AddRanges(block);
    }
  // Arabic is drawn in the presentation forms its shaping picks (bidi_text.hpp), not in the
  // letters the text holds: U+FB50-FDFF for Persian and Urdu, U+FE70-FEFF for the rest.
  if (scripts & ScriptOf(U'\u0627')) builder.AddRanges(kArabicForms);
  builder.AddRanges(kOwnSymbols);
  ranges.clear();
  builder.BuildRanges(&ranges);
  return ranges.Data;
}

// Adds the text font at `size` with its fallbacks merged in; false when no text font exists.
bool AddTextFont(ImFontAtlas* atlas, float size, const ImWchar* ranges, bool fallbacks) {
  std::error_code ec;
  ImFontConfig config;
  for (const char* path : kTextFonts) {
    if (!std::filesystem::exists(path, ec)) continue;
    if (!atlas->AddFontFromFileTTF(path, size, &config, ranges)) continue;
    ImFontConfig merge = config;
    merge.MergeMode = true;
    for (const char* extra : kFallbackFonts)
      if (fallbacks && extra != path && std::filesystem::exists(extra, ec))
        atlas->AddFontFromFileTTF(extra, size, &merge, ranges);
    return true;
  }
  config.SizePixels = size;
  atlas->AddFontDefault(&config);
  return false;
}

}  // namespace

bool LoadFonts(ImFontAtlas* atlas, float size, Scripts scripts) {
  atlas->Clear();
  // FreeType (in Debian's ImGui library) hints the glyphs to the pixel grid: text as sharp at
  // reading size as stb_truetype's with two subpixel positions, in half the texture, which
  // takes that much less time to make and to upload when the window opens.
  atlas->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
  const ImWchar* ranges = RangesOf(scripts | kBasicLatin);
  bool fallbacks = (scripts & ~kBasicLatin) != 0;
  bool found = AddTextFont(atlas, size, ranges, fallbacks);
  AddTextFont(atlas, size * kLargeScale, ranges, fallbacks);
  atlas->Build();
  return found;
}

bool RefreshFonts(ImFontAtlas* atlas, FontMade& made, float size, Scripts scripts) {
  if (size == made.size && (scripts & ~made.scripts) == 0) return false;
  made = {size, made.scripts | scripts};
  LoadFonts(atlas, made.size, made.scripts);
  return true;
}

ImFont* LargeFont() {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  return atlas->Fonts.Size > 1 ? atlas->Fonts[1] : ImGui::GetFont();
}

}  // namespace parley::ui
