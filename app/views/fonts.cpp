#include "views/fonts.hpp"

#include <imgui.h>
#include <imgui_freetype.h>

#include <filesystem>

namespace parley::ui {

namespace {

// Scripts of the participants' names and of the record: Latin with its extensions and
// combining marks, Greek, Cyrillic, Georgian, and the punctuation and symbols Parley draws.
constexpr ImWchar kRanges[] = {
    0x0020, 0x024F,  // Basic Latin, Latin-1, Latin Extended-A and -B
    0x0300, 0x036F,  // combining diacritical marks
    0x0370, 0x03FF,  // Greek
    0x0400, 0x052F,  // Cyrillic and Cyrillic Supplement
    0x10A0, 0x10FF,  // Georgian
    0x1C90, 0x1CBF,  // Georgian Extended
    0x1E00, 0x1FFF,  // Latin Extended Additional, Greek Extended
    0x2000, 0x206F,  // general punctuation
    0x20A0, 0x20CF,  // currency
    0x2190, 0x21FF,  // arrows
    0x2500, 0x25FF,  // box drawing, geometric shapes
    0,
};

constexpr const char* kTextFonts[] = {
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
};
// Merged in for the glyphs the text font lacks.
constexpr const char* kFallbackFonts[] = {
    "/usr/share/fonts/truetype/noto/NotoSansGeorgian-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
};

}  // namespace

namespace {

// Adds the text font at `size` with its fallbacks merged in; false when no text font exists.
bool AddTextFont(ImFontAtlas* atlas, float size) {
  std::error_code ec;
  ImFontConfig config;
  for (const char* path : kTextFonts) {
    if (!std::filesystem::exists(path, ec)) continue;
    if (!atlas->AddFontFromFileTTF(path, size, &config, kRanges)) continue;
    ImFontConfig merge = config;
    merge.MergeMode = true;
    for (const char* extra : kFallbackFonts)
      if (extra != path && std::filesystem::exists(extra, ec)) atlas->AddFontFromFileTTF(extra, size, &merge, kRanges);
    return true;
  }
  config.SizePixels = size;
  atlas->AddFontDefault(&config);
  return false;
}

}  // namespace

bool LoadFonts(ImFontAtlas* atlas, float size) {
  atlas->Clear();
  // FreeType (in Debian's ImGui library) hints the glyphs to the pixel grid: text as sharp at
  // reading size as stb_truetype's with two subpixel positions, in half the texture, which
  // takes that much less time to make and to upload when the window opens.
  atlas->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
  bool found = AddTextFont(atlas, size);
  AddTextFont(atlas, size * kLargeScale);
  atlas->Build();
  return found;
}

ImFont* LargeFont() {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  return atlas->Fonts.Size > 1 ? atlas->Fonts[1] : ImGui::GetFont();
}

}  // namespace parley::ui
