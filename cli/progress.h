#pragma once
// The progress bar of a batch on a terminal: files done of total, pages per
// second, time left, failures so far. Drawn on one line that is redrawn in
// place; when the log is not a terminal nothing is drawn.

#include <chrono>
#include <iosfwd>
#include <string>
#include <string_view>

#include "cli/job_summary.h"

namespace budgetpdf::cli {

class ProgressBar {
 public:
  ProgressBar(std::ostream& out, bool enabled) : out_(out), enabled_(enabled) {}

  // Redraws the bar for the counts so far (at most every kRedrawInterval,
  // and always for the last file).
  void update(const JobSummary& summary);
  // Prints a line of its own, above the bar.
  void print_line(std::string_view line);
  // Removes the bar, before the summary.
  void clear();

 private:
  std::ostream& out_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_drawn_{};
};

// The bar's text for the counts so far, e.g.
// "[########------------]  40/100 files  12.5 pages/s  ETA 0:48  1 failed".
std::string progress_line(const JobSummary& summary);

}  // namespace budgetpdf::cli
