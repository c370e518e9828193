#include "views/layout_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <string_view>
#include <unordered_map>

#include "views/widgets.hpp"

namespace parley::ui {

LayoutFile::LayoutFile(std::string path) : m_path(std::move(path)) {
  SetItemRecorder([this, seen = std::unordered_map<std::string, int>()](
                      std::string_view label, ImGuiID, ImVec2 min, ImVec2 max) mutable {
    if (m_drawing.empty()) seen.clear();
    char rect[96];
    std::snprintf(rect, sizeof rect, "\t%d\t%.0f\t%.0f\t%.0f\t%.0f\n", seen[std::string(label)]++,
                  min.x, min.y, max.x, max.y);
    size_t from = m_drawing.size();
    m_drawing.append(label);
    for (size_t i = from; i < m_drawing.size(); ++i)
      if (m_drawing[i] == '\t' || m_drawing[i] == '\n') m_drawing[i] = ' ';  // one line a control
    m_drawing.append(rect);
  });
}

LayoutFile::~LayoutFile() {
  SetItemRecorder(nullptr);
}

void LayoutFile::FrameDone() {
  if (m_drawing != m_written) {
    std::string temporary = m_path + ".new";
    // Readable by its owner only, as every file Parley writes: a label can be a person's name.
    int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    std::FILE* out = fd >= 0 ? ::fdopen(fd, "w") : nullptr;
    if (fd >= 0 && !out) ::close(fd);
    if (out) {
      bool whole = std::fwrite(m_drawing.data(), 1, m_drawing.size(), out) == m_drawing.size();
      if (std::fclose(out) == 0 && whole && std::rename(temporary.c_str(), m_path.c_str()) == 0)
        m_written = m_drawing;
    }
  }
  m_drawing.clear();
}

}  // namespace parley::ui
