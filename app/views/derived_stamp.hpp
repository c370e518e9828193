#pragma once
// When a view's derived data must be made again. Data made from part of the record keeps the
// bytes of that part: Model::revision changes on every edit anywhere in the record (a wording
// typed in another screen), and the data is made again only when its own part differs. The
// bytes are gathered only when the revision changes, a pass over the rows the data is made
// from, far cheaper than making it (a ranking sorts, a grid allocates).
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace parley::ui {

// The bytes of what derived data is made from, gathered by the view that makes it.
class DerivedInputs {
 public:
  void Add(int64_t n) { m_bytes.append(reinterpret_cast<const char*>(&n), sizeof n); }
  void Add(std::string_view text) {
    Add(int64_t(text.size()));
    m_bytes.append(text);
  }

 private:
  friend class DerivedStamp;
  std::string m_bytes;
};

class DerivedStamp {
 public:
  // Whether the data must be made again: the first time, and when `gather` adds inputs that
  // differ from those it was last made from. `gather(DerivedInputs&)` runs only when
  // `revision` (Model::revision) or `context` (what else the data is for: the session in
  // use, the party shown; 0 for nothing) differ from the last call's.
  template <class Gather>
  bool Outdated(uint64_t revision, int64_t context, Gather&& gather) {
    if (m_builds > 0 && revision == m_revision && context == m_context) return false;
    m_revision = revision;
    m_context = context;
    DerivedInputs inputs;
    inputs.Add(context);
    gather(inputs);
    if (m_builds > 0 && inputs.m_bytes == m_inputs) return false;
    m_inputs = std::move(inputs.m_bytes);
    ++m_builds;
    return true;
  }
  uint64_t Builds() const { return m_builds; }  // how many times Outdated said so

 private:
  uint64_t m_revision = 0;
  int64_t m_context = 0;
  std::string m_inputs;
  uint64_t m_builds = 0;
};

}  // namespace parley::ui
