#include "views/option_standing.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/model/id_index.hpp"
#include "views/widgets.hpp"

namespace parley::ui {

namespace {
float BarWidth() {
  return ImGui::GetFontSize() * 2.2f;
}
}  // namespace

RankedOptions Ranked(const Model& model) {
  RankedOptions r;
  r.ranking = RankOptions(model);
  IdIndex optionAt(model.options);
  for (size_t i = 0; i < r.ranking.size(); ++i) {
    r.standingOf[r.ranking[i].optionId] = i;
    r.rankedOption.push_back(optionAt.Find(r.ranking[i].optionId));  // it ranks Model::options
  }
  for (const Party& party : model.parties) r.partyColour.push_back(ParseColour(party.colour));
  return r;
}

void AddRankingInputs(const Model& model, DerivedInputs& inputs) {
  inputs.Add(model.info.matrixTop);
  inputs.Add(int64_t(model.parties.size()));
  for (const Party& party : model.parties) {
    inputs.Add(party.id);
    inputs.Add(party.colour);
  }
  inputs.Add(int64_t(model.options.size()));
  for (const Option& o : model.options) {
    inputs.Add(o.id);
    inputs.Add(o.mergedIntoId);
  }
  inputs.Add(int64_t(model.concerns.size()));
  for (const Concern& c : model.concerns) {
    inputs.Add(c.id);
    inputs.Add(c.partyId);
    inputs.Add(c.inMatrix);
  }
  inputs.Add(int64_t(model.scores.size()));
  for (const Score& s : model.scores) {
    inputs.Add(s.optionId);
    inputs.Add(s.concernId);
    inputs.Add(s.value);
  }
}

float StandingWidth() {
  return BarWidth() + ImGui::CalcTextSize("+1.5").x + ImGui::GetFontSize() * 0.9f;
}

void DrawStanding(const Model& model, const RankedOptions& ranked, const OptionStanding& standing,
                  float width) {
  float em = ImGui::GetFontSize(), height = ImGui::GetFrameHeight();
  size_t parties = std::min(ranked.partyColour.size(), standing.byParty.size());
  if (parties == 0) return;
  if (width <= 0) width = StandingWidth() * float(parties);
  width = std::floor(width / float(parties));  // each party's
  float numberWidth = StandingWidth() - BarWidth();
  bool numbers = width >= numberWidth + BarWidth() * 0.5f;
  float barWidth = std::min(BarWidth(), numbers ? width - numberWidth : width - em * 0.4f),
        barHeight = em * 0.55f;
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width * float(parties), height));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImU32 track = ImGui::GetColorU32(Ink(0.08f)), zero = ImGui::GetColorU32(Ink(0.45f));
  ImU32 text = ImGui::GetColorU32(ImGuiCol_Text), none = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  float top = origin.y + (height - barHeight) * 0.5f,
        textY = origin.y + (height - ImGui::GetTextLineHeight()) * 0.5f;
  for (size_t p = 0; p < parties; ++p) {
    const auto& mean = standing.byParty[p];
    float left = origin.x + width * float(p), mid = left + barWidth * 0.5f;
    draw->AddRectFilled(ImVec2(left, top), ImVec2(left + barWidth, top + barHeight), track);
    if (mean) {
      float end = mid + float(*mean) / 2.0f * barWidth * 0.5f;
      draw->AddRectFilled(ImVec2(std::min(mid, end), top),
                          ImVec2(std::max(mid, end), top + barHeight), ranked.partyColour[p]);
    }
    draw->AddRectFilled(ImVec2(mid - 0.5f, top - 2.0f), ImVec2(mid + 0.5f, top + barHeight + 2.0f),
                        zero);
    // The mean as printf's "%+.1f" writes it, without printf's cost in every row of every frame.
    char number[16] = "  --";
    if (mean) {
      char* at = number;
      if (!std::signbit(*mean)) *at++ = '+';
      *std::to_chars(at, number + sizeof number - 1, *mean, std::chars_format::fixed, 1).ptr = '\0';
    }
    if (numbers) draw->AddText(ImVec2(left + barWidth + em * 0.25f, textY), mean ? text : none, number);
  }
  if (!ImGui::IsItemHovered()) return;
  size_t p =
      std::min(size_t(std::max(ImGui::GetIO().MousePos.x - origin.x, 0.0f) / width), parties - 1);
  const Party& party = model.parties[p];
  if (const auto& mean = standing.byParty[p])
    ImGui::SetTooltip(
        "%s: %+.2f on average over the concerns it has scored (-2 dreads it, +2 meets it well)",
        party.name.c_str(), *mean);
  else
    ImGui::SetTooltip("%s has not scored this option yet", party.name.c_str());
}

}  // namespace parley::ui
