#pragma once
// A grid's header printed as rows of labels, when no 栏次 row marks it: the
// band of label lines around a row of at least three labels (upwards over
// wrapped labels and rows of group labels, downwards over sub-headers), and
// the centres of its leaf labels, which stand over the grid's columns.

#include <vector>

#include "extract/glyph.h"
#include "extract/layout/page_lines.h"

namespace budgetpdf::extract {

class LabelHeader {
 public:
  // `used`: the page's lines already taken by a grid.
  LabelHeader(const PageLines& page, const std::vector<bool>& used) : page_(page), used_(used) {}

  // A line of short phrases, none of them a number: header labels.
  bool is_label_line(size_t k) const;
  // A line of at least three labels: where a header is looked for.
  bool is_label_row(size_t k) const;
  // The band of header lines at a label row and above it: wrapped label
  // lines, and rows of (at least two) group labels over it; a lone phrase
  // above a header is a title or the end of a goal, unless it groups the
  // labels under it.
  std::vector<size_t> band_upwards(size_t anchor) const;
  // The band grown downwards over wrapped labels and sub-headers.
  void extend_downwards(std::vector<size_t>& band) const;
  // Centres of the header's single-column labels: every label but those
  // with two or more labels printed under them (merged group labels);
  // lines of one wrapped label count once.
  std::vector<double> leaf_centres(const std::vector<size_t>& band) const;

 private:
  bool wrapped_onto(size_t upper, size_t lower) const;
  bool ends_wrapped_text(size_t k) const;
  bool is_lone_group_label(const std::vector<Chunk>& upper, const std::vector<Chunk>& lower) const;
  bool is_sub_header(const std::vector<Chunk>& upper, const std::vector<Chunk>& lower,
                     const std::vector<Chunk>& beside = {}) const;

  const PageLines& page_;
  const std::vector<bool>& used_;
};

}  // namespace budgetpdf::extract
