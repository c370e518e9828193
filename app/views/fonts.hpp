#pragma once

namespace parley::ui {

// Fills the current ImGui context's font atlas with Parley's text font at `size` pixels, read
// at run time from Debian's DejaVu or Noto fonts with Latin, Greek, Cyrillic and Georgian,
// or ImGui's built-in font when none is installed. Returns false in that fallback case.
// The caller (re)creates the GPU texture.
bool LoadFonts(float size);

}  // namespace parley::ui
