#pragma once
// A page as text lines, with what every later stage asks of a line: its
// text, the page's body size (em), whether a line is set as a title,
// whether it is page furniture or a sentence. Built once per page.

#include <string>
#include <vector>

#include "extract/glyph.h"
#include "extract/layout/layout_params.h"
#include "extract/layout/text_lines.h"
#include "extract/layout/type_size.h"

namespace budgetpdf::extract {

class PageLines {
 public:
  PageLines(const PageGlyphs& page, const LayoutParams& params);

  const PageGlyphs& page() const { return page_; }
  const LayoutParams& params() const { return params_; }
  const std::vector<TextLine>& lines() const { return lines_; }
  const TextLine& operator[](size_t k) const { return lines_[k]; }
  size_t size() const { return lines_.size(); }
  // The body text's height (pt): what "em" means on this page.
  double em() const { return em_; }

  std::string text(const TextLine& line) const { return glyph_text(line.glyphs, params_); }
  std::string text(size_t k) const { return text(lines_[k]); }
  SizeProfile size_profile() const { return SizeProfile(params_.touching_gap_em); }
  // Taller glyphs than the body's of the same kind (a font's digits and
  // another's hanzi differ in box height): a title's. The line's own
  // extent says nothing: stacked labels at slightly different heights
  // widen it.
  bool has_title_size(const TextLine& line) const;
  // Title-sized next to the page's body and next to the lines under it: a
  // table set larger than another one above it on the same page (which
  // was shrunk to fit) has header labels larger than the page's body, but
  // not larger than its own rows.
  bool title_sized_here(size_t k) const;
  bool is_title(const TextLine& line) const;
  // A line carrying the furniture printed above a table: one of its
  // phrases opens with 单位： / 预算年度： / a department code. Running text
  // that merely mentions a year (…年度经费预算…) is not.
  bool is_furniture(const TextLine& line) const;
  // A horizontal rule runs between lines `upper` and `lower`, under the
  // stretch they share (or under the narrower one).
  bool rule_between(size_t upper, size_t lower) const;
  // Phrase `lower` of line `lower_line` is the next line of phrase `upper`
  // of line `upper_line` wrapped in a narrow cell: as close under it as a
  // cell's lines, starting or ending where it does, no wider than the cell
  // it fills, no rule between.
  bool wraps_onto(const Chunk& upper, size_t upper_line, const Chunk& lower, size_t lower_line) const;
  // Line `k` lies below `bottom` by more than rows of a grid are apart.
  bool too_far_below(size_t k, double bottom) const { return lines_[k].y0 - bottom > params_.max_row_gap_em * em_; }

 private:
  const PageGlyphs& page_;
  const LayoutParams& params_;
  std::vector<TextLine> lines_;
  double em_;
  SizeProfile body_;  // glyph sizes of the whole page
};

// Sentence punctuation: running text, never a header label.
bool is_sentence(const std::string& text);

// Digits with separators, points, signs or a per cent sign.
bool is_number(const std::string& text);

size_t code_points(const std::string& text);

}  // namespace budgetpdf::extract
