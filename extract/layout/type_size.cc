#include "extract/layout/type_size.h"

#include <algorithm>

namespace budgetpdf::extract {
namespace {

bool is_narrow_glyph(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || c == U'.' || c == U',';
}

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
  return v[v.size() / 2];
}

}  // namespace

// A hanzi's size is its advance: square in every CJK font, while its box
// height may be its word's (Poppler's text layout gave a word the height
// of its first glyph's font: "1、房屋" as short as its digit). For the same
// reason a digit's height counts only in a run of touching glyphs that
// starts with a digit or letter: in "邢征[2020]4" or "≤1.04" the digits may
// carry the CJK font's height, taller than the Latin font's of "100%" in
// the next row of the same cell.
void SizeProfile::add(const TextLine& line) {
  const Glyph* previous = nullptr;
  bool run_is_narrow = false;
  for (const auto& g : line.glyphs) {
    bool touching = previous && g.x0 - previous->x1 <= touching_gap_em_ * std::max(g.height(), 1.0);
    if (!touching) run_is_narrow = is_narrow_glyph(g.c);
    previous = &g;
    if (is_wide_glyph(g.c)) wide_.push_back(g.x1 - g.x0);
    else if (run_is_narrow && is_narrow_glyph(g.c)) narrow_.push_back(g.height());
  }
}

std::optional<bool> SizeProfile::larger_than(const SizeProfile& other, double ratio) const {
  for (auto [mine, theirs] : {std::pair{&wide_, &other.wide_}, std::pair{&narrow_, &other.narrow_}}) {
    if (!mine->empty() && !theirs->empty()) return median(*mine) >= ratio * median(*theirs);
  }
  return std::nullopt;
}

bool SizeProfile::differs(const TextLine& line, double ratio) const {
  SizeProfile own(touching_gap_em_);
  own.add(line);
  auto apart = [ratio](double a, double b) { return a > 0 && b > 0 && std::max(a, b) > ratio * std::min(a, b); };
  // Hanzi decide where both have them: digits next to a hanzi in one word
  // ("①2015") may take the CJK font's height and blur the narrow class.
  if (!own.wide_.empty() && !wide_.empty()) return apart(median(own.wide_), median(wide_));
  return apart(median(own.narrow_), median(narrow_));
}

double median_glyph_height(const TextLine& line) {
  std::vector<double> heights;
  for (const auto& g : line.glyphs) heights.push_back(g.height());
  return median(std::move(heights));
}

}  // namespace budgetpdf::extract
