#include <doctest/doctest.h>
#include <filesystem>
#include "core/demo.hpp"
#include "core/error.hpp"
TEST_CASE("smoke") {
  std::string path = "/tmp/parley_smoke.parley";
  auto w = parley::CreateFreshDemo(path);
  CHECK(w->Model().participants.size() == 12);
  w->SetText(parley::Field::ParticipantName, 1, "Marta K.");
  CHECK(w->Model().FindParticipant(1)->name == "Marta K.");
  CHECK(w->CanUndo());
  w->Undo();
  CHECK(w->Model().FindParticipant(1)->name == "Marta Kovač");
  w->Redo();
  CHECK(w->Model().FindParticipant(1)->name == "Marta K.");
  auto id = w->AddParticipant(2);
  CHECK(w->Model().FindParticipant(id)->pseudonym == "Participant B7");
  w->Undo();
  CHECK(w->Model().FindParticipant(id) == nullptr);
  w.reset();
  auto again = parley::Workshop::Open(path);
  CHECK(again->Model().FindParticipant(1)->name == "Marta K.");
  CHECK(again->CanRedo());
}
