#pragma once
// The one table `make bench` prints: each figure beside the reference it is held to, measured in
// the same run, the ratio between them and the budget for that ratio.
#include <string>
#include <vector>

namespace parley::bench {

struct Row {
  std::string figure;     // what a facilitator would feel ("edit to disk, large workshop")
  double value = 0;       // in `unit`
  std::string reference;  // what it is held to ("bare SQLite UPDATE + COMMIT")
  double referenceValue = 0;
  std::string unit;       // of both values: "µs", "ms", "MB", "pages/s"
  double budget = 0;      // the largest ratio value / referenceValue allowed; 0: measured only
  bool count = false;     // `value` counts what happened (frames drawn at rest): 0 is a figure

  bool Ran() const { return (value > 0 || (count && value == 0)) && (budget == 0 || referenceValue > 0); }
  double Ratio() const { return referenceValue > 0 ? value / referenceValue : 0; }
  // A figure that was not measured (left out by --benchmark_filter) has not met its budget.
  bool Met() const { return Ran() && (budget == 0 || Ratio() <= budget); }
};

// Prints the table in Markdown (so that it can go into the README as it is).
void PrintTable(const std::vector<Row>& rows);

}  // namespace parley::bench
