#pragma once
// Indicator rows a page break cut in two. The tail of a cut row comes as the
// first row of the next page; it is joined back to its row, unless it only
// repeats how the row's cell already ends (a dump prints the end of a cell
// again on the next page), which the table itself must prove for a short one.

#include <vector>

#include "normalize/performance_layout.h"

namespace budgetpdf::normalize {

// Some cell of `next` carries on the text of the same cell of `before`: it
// starts with what never starts a cell ("、…"), or `before` ends where no
// cell ends ("元/人/").
bool cuts_inside_text(const IndicatorCells& before, const IndicatorCells& next);

class TailJoiner {
 public:
  // Joins `tail` to `row`, row `row_index` of project `project_index`.
  void join(IndicatorCells& row, size_t project_index, size_t row_index, const IndicatorCells& tail);

  // A tail too short to be a repeat by itself ("…13 号" + "号") is one when
  // another row of the same column prints the text without it: the table
  // itself says which spelling is right. Call once, when every row is read.
  void drop_confirmed_repeats(std::vector<ProjectLayout>& projects) const;

 private:
  struct ShortRepeat {
    size_t project;
    size_t row;
    size_t field;
    size_t lines_before;
  };
  std::vector<ShortRepeat> short_repeats_;
};

}  // namespace budgetpdf::normalize
