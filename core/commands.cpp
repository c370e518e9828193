#include "core/commands.hpp"

namespace parley {

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {};
  return commands;
}

}  // namespace parley
