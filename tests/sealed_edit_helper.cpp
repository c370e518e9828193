// The helper of the sealed kill test (test_sealed_kill.cpp): opens the sealed workshop FILE with
// the passphrase PASSPHRASE and adds participants named "Олена Гринюк ROUND.N" (N = 1, 2, ...)
// through the store until it is killed, printing "N" on its own line once participant N's name
// is on disk (the edit acknowledged).
#include <cstdio>
#include <string>

#include "core/store/workshop.hpp"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: sealed_edit_helper FILE PASSPHRASE ROUND\n");
    return 2;
  }
  auto workshop = parley::Workshop::OpenSealed(argv[1], argv[2]);
  for (int n = 1;; ++n) {
    parley::Id added = workshop->AddParticipant(n % 2 ? 1 : 2);
    workshop->SetText(parley::Field::ParticipantName, added, "Олена Гринюк " + std::string(argv[3]) + "." + std::to_string(n));
    std::printf("%d\n", n);
    std::fflush(stdout);
  }
}
