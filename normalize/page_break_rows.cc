#include "normalize/page_break_rows.h"

#include "normalize/doubled_text.h"
#include "normalize/text_join.h"

namespace budgetpdf::normalize {

bool cuts_inside_text(const IndicatorCells& before, const IndicatorCells& next) {
  for (size_t f = 0; f < kIndicatorFieldCount; ++f) {
    if (next.cells[f].empty() || before.cells[f].empty()) continue;
    std::u32string head = to_u32(join_text(next.cells[f].lines)), end = to_u32(join_text(before.cells[f].lines));
    if (!head.empty() && std::u32string_view(U"、，。；：）)】〕”/／").find(head.front()) != std::u32string_view::npos) return true;
    if (!end.empty() && std::u32string_view(U"/、，（(【〔“").find(end.back()) != std::u32string_view::npos) return true;
  }
  return false;
}

void TailJoiner::join(IndicatorCells& row, size_t project_index, size_t row_index, const IndicatorCells& tail) {
  for (size_t f = 0; f < kIndicatorFieldCount; ++f) {
    if (tail.cells[f].empty()) continue;
    auto& lines = row.cells[f].lines;
    std::string before = join_text(lines);
    std::string continued = join_text(tail.cells[f].lines);
    if (repeats_ending(before, continued)) {
      row.repeated_tail_dropped = true;
      continue;
    }
    if (squeeze(before).ends_with(squeeze(continued))) short_repeats_.push_back({project_index, row_index, f, lines.size()});
    for (const auto& text : tail.cells[f].lines) {
      if (!text.empty()) lines.push_back(text);
    }
  }
  row.joined_over_page_break = true;
}

void TailJoiner::drop_confirmed_repeats(std::vector<ProjectLayout>& projects) const {
  // Latest first: a cell joined twice is cut back one tail at a time.
  for (auto it = short_repeats_.rbegin(); it != short_repeats_.rend(); ++it) {
    auto& rows = projects[it->project].rows;
    auto& lines = rows[it->row].cells[it->field].lines;
    std::vector<std::string> before(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(it->lines_before));
    std::string spelling = squeeze(join_text(before));
    bool confirmed = false;
    for (size_t r = 0; r < rows.size() && !confirmed; ++r) {
      confirmed = r != it->row && squeeze(rows[r].cells[it->field].flat()) == spelling;
    }
    if (!confirmed) continue;
    lines = std::move(before);
    rows[it->row].repeated_tail_dropped = true;
  }
}

}  // namespace budgetpdf::normalize
