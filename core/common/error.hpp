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

// An export that Parley refuses because the memo is not ready for it (a final export while text
// is still bracketed), as opposed to a file that cannot be read or written: the command line
// exits with its own status for it.
class Refusal : public Error {
 public:
  using Error::Error;
};

}  // namespace parley
