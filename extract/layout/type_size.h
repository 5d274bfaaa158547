#pragma once
// The type size of text: what tells a title from the table under it, a
// table's rows from the running text after it, two tables set in different
// sizes on one page.

#include <optional>
#include <vector>

#include "extract/glyph.h"

namespace budgetpdf::extract {

// Glyph sizes of some lines, kept apart for wide (CJK) and narrow (digits,
// Latin letters, the points of numbers) glyphs: one font's digits and
// another's hanzi differ in box height within one table, a heading's hanzi
// differ from the table's. Other glyphs (“ ” ( ) …) are set in either
// font, as the producer pleases, and say nothing.
class SizeProfile {
 public:
  // `touching_gap_em`: LayoutParams::touching_gap_em.
  explicit SizeProfile(double touching_gap_em) : touching_gap_em_(touching_gap_em) {}

  void add(const TextLine& line);
  // Whether these glyphs are at least `ratio` times as large as the
  // other's, for the first class both hold (hanzi first); nothing when they
  // share none.
  std::optional<bool> larger_than(const SizeProfile& other, double ratio) const;
  // Whether `line` is set in another size than the profile, for the glyph
  // classes both hold.
  bool differs(const TextLine& line, double ratio) const;

 private:
  double touching_gap_em_;
  std::vector<double> wide_, narrow_;
};

// A CJK glyph (or any glyph as wide as one).
inline bool is_wide_glyph(char32_t c) { return c >= 0x2E80; }

// The median height of a line's glyph boxes.
double median_glyph_height(const TextLine& line);

}  // namespace budgetpdf::extract
