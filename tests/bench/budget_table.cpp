#include "budget_table.hpp"

#include <cstdio>

namespace parley::bench {

namespace {
std::string Number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
  return text;
}
}  // namespace

void PrintTable(const std::vector<Row>& rows) {
  std::printf("\n| figure | measured | reference | reference measured | ratio | budget | |\n");
  std::printf("|---|---:|---|---:|---:|---:|---|\n");
  for (const Row& row : rows) {
    bool measuredOnly = row.budget == 0;
    std::printf("| %s | %s %s | %s | %s | %s | %s | %s |\n", row.figure.c_str(), Number(row.value).c_str(),
                row.unit.c_str(), row.reference.c_str(),
                row.referenceValue > 0 ? (Number(row.referenceValue) + " " + row.unit).c_str() : "",
                row.referenceValue > 0 ? (Number(row.Ratio()) + "×").c_str() : "",
                measuredOnly ? "" : ("≤ " + Number(row.budget) + "×").c_str(),
                !row.Ran() ? "not run" : measuredOnly ? "measured" : row.Met() ? "met" : "**MISSED**");
  }
  std::fflush(stdout);
}

}  // namespace parley::bench
