#include "extract/layout/page_lines.h"

#include <cmath>

#include "extract/layout/text_lines.h"
#include "extract/vocabulary.h"

namespace budgetpdf::extract {

PageLines::PageLines(const PageGlyphs& page, const LayoutParams& params)
    : page_(page), params_(params), lines_(build_lines(page.glyphs, params)), em_(body_height(lines_)),
      body_(params.touching_gap_em) {
  for (const auto& line : lines_) body_.add(line);
}

bool PageLines::has_title_size(const TextLine& line) const {
  SizeProfile own = size_profile();
  own.add(line);
  return own.larger_than(body_, params_.title_height_ratio)
      .value_or(median_glyph_height(line) >= params_.title_height_ratio * em_);
}

bool PageLines::title_sized_here(size_t k) const {
  if (!has_title_size(lines_[k])) return false;
  SizeProfile own = size_profile(), below = size_profile();
  own.add(lines_[k]);
  for (size_t j = k + 1; j < lines_.size() && j <= k + params_.size_context_lines; ++j) below.add(lines_[j]);
  return own.larger_than(below, params_.title_height_ratio).value_or(true);
}

bool PageLines::is_title(const TextLine& line) const {
  return has_title_size(line) && vocabulary::looks_like_title(text(line));
}

bool PageLines::rule_between(size_t upper, size_t lower) const {
  const TextLine& a = lines_[upper];
  const TextLine& b = lines_[lower];
  double from = std::max(a.x0, b.x0), to = std::min(a.x1, b.x1);
  if (to <= from) {  // side by side: under the narrower one
    const TextLine& narrow = a.x1 - a.x0 < b.x1 - b.x0 ? a : b;
    from = narrow.x0;
    to = narrow.x1;
  }
  for (const auto& rule : page_.rulings.horizontal) {
    if (rule.y0 > a.cy() && rule.y0 < b.cy() && rule.x0 <= from + 1 && rule.x1 >= to - 1) return true;
  }
  return false;
}

bool PageLines::wraps_onto(const Chunk& upper, size_t upper_line, const Chunk& lower, size_t lower_line) const {
  constexpr double kAligned = 0.5;  // em
  constexpr double kWider = 1.0;    // em: a cell's first line may break a word early
  bool aligned = std::abs(lower.x0 - upper.x0) <= kAligned * em_ || std::abs(lower.x1 - upper.x1) <= kAligned * em_;
  return lower.y0 - upper.y1 <= params_.max_cell_line_gap_em * em_ && aligned &&
         lower.x1 - lower.x0 <= upper.x1 - upper.x0 + kWider * em_ && !rule_between(upper_line, lower_line);
}

bool PageLines::is_furniture(const TextLine& line) const {
  for (const auto& chunk : split_chunks(line.glyphs, params_.chunk_gap_em, params_)) {
    if (vocabulary::starts_like_furniture(chunk.text)) return true;
  }
  return false;
}

bool is_sentence(const std::string& text) {
  for (std::string_view mark : {"，", "。", "；", "！", "？"}) {
    if (text.find(mark) != std::string::npos) return true;
  }
  return false;
}

bool is_number(const std::string& text) {
  std::string t = vocabulary::without_spaces(text);
  if (t.empty()) return false;
  bool digit = false;
  for (char c : t) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c != '.' && c != ',' && c != '-' && c != '%') return false;
  }
  return digit;
}

size_t code_points(const std::string& text) {
  size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace budgetpdf::extract
