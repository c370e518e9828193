#pragma once
#include <stdexcept>
#include <string>

namespace parley {

// The one error type that leaves core: what happened, and what the facilitator can do about it.
// The app catches it once and shows both lines; the command line prints them.
class Error : public std::runtime_error {
 public:
  Error(std::string what, std::string advice)
      : std::runtime_error(std::move(what)), m_advice(std::move(advice)) {}
  const std::string& Advice() const { return m_advice; }

 private:
  std::string m_advice;  // a sentence that says what to do next
};

}  // namespace parley
