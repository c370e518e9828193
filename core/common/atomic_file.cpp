#include "core/common/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "core/common/error.hpp"

namespace parley {

bool MakePrivateFolders(const std::string& folder) {
  std::filesystem::path made;
  for (const std::filesystem::path& part : std::filesystem::path(folder)) {
    made /= part;
    if (::mkdir(made.c_str(), 0700) != 0 && errno != EEXIST) return false;
  }
  std::error_code ec;
  return std::filesystem::is_directory(folder, ec);
}

void WriteFileAtomically(const std::string& path, std::string_view bytes, MissingFolder missing) {
  std::error_code ec;
  auto folder = std::filesystem::path(path).parent_path();
  if (!folder.empty() && missing == MissingFolder::Create) MakePrivateFolders(folder.string());
  if (!folder.empty() && !std::filesystem::is_directory(folder, ec))
    throw Error("There is no folder " + folder.string() + ".", "Choose an existing folder.");
  std::string temp = path + ".partial";
  auto fail = [&](const char* doing) {
    std::string reason = std::strerror(errno);
    std::remove(temp.c_str());
    throw Error("Could not " + std::string(doing) + " " + path + ": " + reason + ".",
                "Check that the folder exists, is writable and the disk has space.");
  };
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) fail("create");
  for (size_t done = 0; done < bytes.size();) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) { ::close(fd); fail("write"); }
    done += size_t(n);
  }
  if (::fsync(fd) != 0) { ::close(fd); fail("write"); }
  ::close(fd);
  if (std::rename(temp.c_str(), path.c_str()) != 0) fail("replace");
}

}  // namespace parley
