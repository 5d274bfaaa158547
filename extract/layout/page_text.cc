#include "extract/layout/page_text.h"

#include <algorithm>
#include <string>

#include "extract/layout/text_lines.h"
#include "extract/vocabulary.h"

namespace budgetpdf::extract {
namespace {

struct Phrase {
  size_t line;
  Chunk chunk;
  bool taken = false;
};

// Furniture set in a narrow cell wraps ("113 开发" | "区组织人" | "事局"
// under one another, "单位：万" over "元"): phrases each wrapped onto the
// one above are one line when together they read as furniture. Returns
// the phrases of the line starting at `p`.
std::vector<size_t> wrapped_furniture(const PageLines& lines, const std::vector<Phrase>& phrases, size_t p) {
  constexpr size_t kMaxFurnitureBytes = 180;  // a department's name and its labels, not a paragraph
  const LayoutParams& params = lines.params();
  std::vector<size_t> chain = {p};
  std::string joined = phrases[p].chunk.text;
  for (size_t q = p + 1; q < phrases.size() && joined.size() <= kMaxFurnitureBytes; ++q) {
    const auto& above = phrases[chain.back()];
    const auto& next = phrases[q];
    if (next.taken || next.line == above.line) continue;
    if (next.chunk.y0 - above.chunk.y1 > params.max_cell_line_gap_em * lines.em()) break;
    if (!lines.wraps_onto(above.chunk, above.line, next.chunk, next.line)) continue;
    chain.push_back(q);
    joined += next.chunk.text;
  }
  if (chain.size() > 1 && (joined.size() > kMaxFurnitureBytes || !vocabulary::read_furniture(joined))) return {p};
  return chain;
}

}  // namespace

std::vector<PageItem> text_items(const PageLines& lines, const std::vector<bool>& used, int page) {
  std::vector<Phrase> phrases;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (used[i]) continue;
    for (auto& chunk : split_chunks(lines[i].glyphs, lines.params().text_split_gap_em, lines.params())) {
      phrases.push_back({i, std::move(chunk)});
    }
  }
  std::vector<PageItem> items;
  for (size_t p = 0; p < phrases.size(); ++p) {
    if (phrases[p].taken) continue;
    PrintedLine line;
    line.kind = LineKind::text;
    line.page = line.last_page = page;
    Cell cell{{}, 0};
    for (size_t q : wrapped_furniture(lines, phrases, p)) {
      cell.lines.push_back(phrases[q].chunk.text);
      phrases[q].taken = true;
    }
    line.cells.push_back(std::move(cell));
    const Chunk& first = phrases[p].chunk;
    items.push_back({first.y0 + first.x0 * 1e-6, std::move(line), first.x0, first.x1});
  }
  return items;
}

bool mark_paragraph_starts(std::vector<PageItem>& items, double em, bool previous_open) {
  double left = 1e9, right = -1e9;
  for (const auto& item : items) {
    if (item.line.kind != LineKind::text) continue;
    left = std::min(left, item.x0);
    right = std::max(right, item.x1);
  }
  bool open = previous_open;
  for (auto& item : items) {
    if (item.line.kind != LineKind::text) {
      open = false;
      continue;
    }
    bool indented = item.x0 > left + 1.0 * em;
    item.line.starts_block = indented || !open;
    open = item.x1 >= right - 2.0 * em;
  }
  return open;
}

}  // namespace budgetpdf::extract
