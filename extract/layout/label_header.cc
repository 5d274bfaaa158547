#include "extract/layout/label_header.h"

#include <algorithm>
#include <cmath>

#include "extract/layout/text_lines.h"
#include "extract/vocabulary.h"

namespace budgetpdf::extract {
namespace {

// Longest header label we accept, in code points; longer text is content.
constexpr size_t kMaxLabelLength = 20;

}  // namespace

bool LabelHeader::is_label_line(size_t k) const {
  if (used_[k] || page_.title_sized_here(k)) return false;
  for (const auto& chunk : split_chunks(page_[k].glyphs, page_.params().label_gap_em, page_.params())) {
    if (is_number(chunk.text) || code_points(chunk.text) > kMaxLabelLength || is_sentence(chunk.text) ||
        vocabulary::starts_like_furniture(chunk.text) || vocabulary::looks_like_page_number(chunk.text) ||
        vocabulary::is_goal_label(chunk.text)) {
      return false;
    }
  }
  return true;
}

// Close enough to be one label's lines, and no rule drawn between them
// (tightly set rows of a grid ruled under each row are as close).
bool LabelHeader::wrapped_onto(size_t upper, size_t lower) const {
  double em = std::max(median_glyph_height(page_[lower]), 1.0);
  return page_[lower].y0 - page_[upper].y1 <= page_.params().max_cell_line_gap_em * em &&
         !page_.rule_between(upper, lower);
}

bool LabelHeader::is_label_row(size_t k) const {
  return is_label_line(k) && split_chunks(page_[k].glyphs, page_.params().label_gap_em, page_.params()).size() >= 3;
}

std::vector<size_t> LabelHeader::band_upwards(size_t anchor) const {
std::vector<size_t> band = {anchor};
// Upwards: wrapped label lines, and rows of (at least two) group labels
// over it; a lone phrase above a header is a title or the end of a goal.
while (band.front() > 0 && is_label_line(band.front() - 1)) {
  size_t above = band.front() - 1;
  auto upper = split_chunks(page_[above].glyphs, page_.params().label_gap_em, page_.params());
  auto lower = split_chunks(page_[band.front()].glyphs, page_.params().label_gap_em, page_.params());
  // A lone label is measured against the whole band below: its labels
  // may stand at several heights (centred over different line counts).
  std::vector<Chunk> below;
  for (size_t k : band) {
    auto chunks = split_chunks(page_[k].glyphs, page_.params().label_gap_em, page_.params());
    below.insert(below.end(), chunks.begin(), chunks.end());
  }
  bool group_row = upper.size() >= 2 ? is_sub_header(upper, lower)
                                     : is_lone_group_label(upper, below) && !ends_wrapped_text(above);
  if (!wrapped_onto(above, band.front()) && !group_row) break;
  band.insert(band.begin(), above);
}
  return band;
}

void LabelHeader::extend_downwards(std::vector<size_t>& band) const {
while (band.back() + 1 < page_.size() && is_label_line(band.back() + 1)) {
  size_t next = band.back() + 1;
  auto upper = split_chunks(page_[band.back()].glyphs, page_.params().label_gap_em, page_.params());
  auto lower = split_chunks(page_[next].glyphs, page_.params().label_gap_em, page_.params());
  std::vector<Chunk> beside;  // labels of the band so far, at any height
  for (size_t k : band) {
    auto chunks = split_chunks(page_[k].glyphs, page_.params().label_gap_em, page_.params());
    beside.insert(beside.end(), chunks.begin(), chunks.end());
  }
  if (!wrapped_onto(band.back(), next) && !is_sub_header(upper, lower, beside)) break;
  band.push_back(next);
}
}

std::vector<double> LabelHeader::leaf_centres(const std::vector<size_t>& band) const {
  struct Label {
    double x0, x1, y0, y1;
    size_t line;  // band line the label starts on
    double cx() const { return (x0 + x1) / 2; }
    double cy() const { return (y0 + y1) / 2; }
  };
  std::vector<Label> labels;
  for (size_t b = 0; b < band.size(); ++b) {
    for (const auto& chunk : split_chunks(page_[band[b]].glyphs, page_.params().label_gap_em, page_.params())) {
      bool wrapped = false;
      for (auto& label : labels) {
        double shared = std::min(label.x1, chunk.x1) - std::max(label.x0, chunk.x0);
        double narrower = std::min(label.x1 - label.x0, chunk.x1 - chunk.x0);
        double em = std::max(chunk.y1 - chunk.y0, 1.0);
        if (shared >= 0.5 * narrower && chunk.y0 - label.y1 <= page_.params().max_cell_line_gap_em * em && chunk.y0 >= label.y1 - 0.5 * em) {
          label.x0 = std::min(label.x0, chunk.x0);
          label.x1 = std::max(label.x1, chunk.x1);
          label.y1 = std::max(label.y1, chunk.y1);
          wrapped = true;
          break;
        }
      }
      if (!wrapped) labels.push_back({chunk.x0, chunk.x1, chunk.y0, chunk.y1, b});
    }
  }
  // A label is a group when two or more labels printed below it fall in
  // its stretch of the line: from halfway to its left neighbour to halfway
  // to its right one (a short centred group label covers its columns only
  // by this reach, not by its own ink). Neighbours are the labels on its
  // line and those beside it at other heights (序号 centred over two
  // header rows, alone on its line, reaches no further than 科目编码
  // beside it).
  constexpr double kShared = 0.1;  // pt: boxes sharing less are above or below
  double band_top = 1e300, band_bottom = -1e300;
  for (const auto& label : labels) {
    band_top = std::min(band_top, label.y0);
    band_bottom = std::max(band_bottom, label.y1);
  }
  std::vector<double> centres;
  for (const auto& label : labels) {
    double from = -1e300, to = 1e300;
    for (const auto& other : labels) {
      bool beside = other.line == label.line ||
                    (other.y0 < label.y1 - kShared && other.y1 > label.y0 + kShared);
      if (!beside || &other == &label) continue;
      if (other.cx() < label.cx()) from = std::max(from, (other.x1 + label.x0) / 2);
      else to = std::min(to, (label.x1 + other.x0) / 2);
    }
    int under = 0;
    for (const auto& other : labels) {
      // Strictly below: a label centred between two header rows shares
      // height with the rows on both sides and groups neither.
      if (&other != &label && other.y0 >= label.y1 - kShared && other.cx() > from && other.cx() < to) ++under;
    }
    // A label centred on the whole header with no label printed over it
    // spans every header row: a leaf (合计 merged down beside the group
    // 本年收入), whatever lies under its neighbours. (A group's box lies
    // above its labels; one of a middle tier has its own group over it.)
    bool above = false;
    for (const auto& other : labels) {
      if (other.y1 <= label.y0 + kShared && other.x0 - page_.em() < label.x1 && other.x1 + page_.em() > label.x0) above = true;
    }
    bool spans_header = !above && std::abs(label.cy() - (band_top + band_bottom) / 2) <= 0.25 * page_.em();
    if (under < 2 || spans_header) centres.push_back(label.cx());
  }
  std::sort(centres.begin(), centres.end());
  // Labels of one column on different lines (a vertically centred label
  // beside wrapped ones) give nearly the same centre.
  std::vector<double> distinct;
  for (double c : centres) {
    if (distinct.empty() || c - distinct.back() > 0.5 * page_.em()) distinct.push_back(c);
  }
  return distinct;
}

// The last line of wrapped text (a goal's tail): the line above it
// follows at the text's leading and overlaps it.
bool LabelHeader::ends_wrapped_text(size_t k) const {
  const TextLine& line = page_[k];
  // The nearest line above that shares some width with it (a centred
  // label of the same row may sit in between).
  for (size_t a = k; a-- > 0;) {
    const TextLine& above = page_[a];
    if (std::min(above.x1, line.x1) > std::max(above.x0, line.x0)) {
      // A group label wrapped over two lines (一般公共预算基本 / 支出) is
      // short phrases centred on one another, not a paragraph's tail.
      bool centred_label = is_label_line(a) && std::abs((above.x0 + above.x1) / 2 - (line.x0 + line.x1) / 2) <=
                                                   page_.params().wrapped_label_centre_em * page_.em();
      return wrapped_onto(a, k) && !centred_label;
    }
    if (line.y0 - above.y1 > page_.params().max_cell_line_gap_em * page_.em()) return false;
  }
  return false;
}

// A lone label over a header: a group label (功能分类科目 over 科目编码 and
// 科目名称), unless it names the table (a title) or stretches past it.
bool LabelHeader::is_lone_group_label(const std::vector<Chunk>& upper, const std::vector<Chunk>& lower) const {
  if (upper.size() != 1 || lower.empty() || vocabulary::looks_like_title(upper.front().text)) return false;
  double x0 = lower.front().x0, x1 = lower.front().x1;
  for (const auto& chunk : lower) {
    x0 = std::min(x0, chunk.x0);
    x1 = std::max(x1, chunk.x1);
  }
  return upper.front().x0 >= x0 - page_.em() && upper.front().x1 <= x1 + page_.em();
}

// Whether two labels of `lower` fall under one label of `upper`, within
// its reach: halfway to its neighbours on its line, and to the labels
// `beside` it at other heights (the first group of a header reaches no
// further left than the leaf labels printed beside it).
bool LabelHeader::is_sub_header(const std::vector<Chunk>& upper, const std::vector<Chunk>& lower,
                   const std::vector<Chunk>& beside) const {
  if (lower.size() < 2) return false;
  for (size_t k = 0; k < upper.size(); ++k) {
    double from = k == 0 ? -1e9 : (upper[k - 1].x1 + upper[k].x0) / 2;
    double to = k + 1 == upper.size() ? 1e9 : (upper[k].x1 + upper[k + 1].x0) / 2;
    for (const auto& other : beside) {
      if (other.x1 <= upper[k].x0) from = std::max(from, (other.x1 + upper[k].x0) / 2);
      if (other.x0 >= upper[k].x1) to = std::min(to, (upper[k].x1 + other.x0) / 2);
    }
    int under = 0;
    for (const auto& chunk : lower) under += chunk.cx() > from && chunk.cx() < to;
    if (under >= 2) return true;
  }
  return false;
}

}  // namespace budgetpdf::extract
