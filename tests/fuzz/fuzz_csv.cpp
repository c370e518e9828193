// Fuzz target: the participants CSV preview and import on any bytes (or a seed grown large, see
// grown_input.hpp), against a workshop with two parties and two participants. The preview must never crash, hang or trip a sanitizer, and the
// import must hand the writer exactly the rows without problems, each with a name and a party.
#include <stdlib.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "core/model/model.hpp"
#include "core/interchange/participants_csv.hpp"
#include "grown_input.hpp"

namespace {

parley::Model TwoParties() {
  parley::Model model;
  model.parties.push_back({.id = 1, .position = 1, .name = "Kestrel Ford (upstream)", .shortName = "Kestrel Ford", .colour = "#E69F00"});
  model.parties.push_back({.id = 2, .position = 2, .name = "Sarvi (downstream)", .shortName = "Sarvi", .colour = "#56B4E9"});
  for (auto [id, name, pseudonym] : {std::tuple{1, "Marta Kovač", "Participant A1"}, std::tuple{2, "Олена Гринюк", "Participant B1"}}) {
    parley::Participant p;
    p.id = p.position = p.partyId = id;
    p.name = name;
    p.pseudonym = pseudonym;
    model.participants.push_back(p);
  }
  return model;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const parley::Model model = TwoParties();
  // 4 MB: beyond the 100,000 rows, 2,000,000 cells and 1 MB cells a file may have.
  const std::string input =
      parley::fuzz::Grown(std::string_view(reinterpret_cast<const char*>(data), size), size_t(4) << 20);
  auto preview = parley::PreviewParticipants(input, model);
  int64_t lastRow = 0;
  for (const parley::PreviewRow& row : preview.rows) {
    if (row.row <= lastRow) abort();  // rows in file order, each once
    lastRow = row.row;
  }
  size_t written = 0;
  parley::ImportParticipants(preview, [&](const std::vector<parley::NewParticipant>& people) {
    for (const parley::NewParticipant& p : people)
      if (p.name.empty() || (p.partyId != 1 && p.partyId != 2)) abort();
    written = people.size();
    return std::vector<parley::Id>(people.size(), 1);
  });
  if (written != preview.GoodRows()) abort();
  return 0;
}
