#include "normalize/grid.h"

#include <algorithm>
#include <optional>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "normalize/text_join.h"
#include "schema/decimal.h"

namespace budgetpdf::normalize {
namespace {

using extract::Cell;
using extract::PrintedLine;

// Rows a header may take before its 栏次 row; more means there is none.
constexpr size_t kMaxHeaderRows = 6;

bool is_integer(std::string_view text, int* value) {
  if (text.empty() || text.size() > 3) return false;
  int v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *value = v;
  return true;
}

std::string squeezed_row(const PrintedLine& row) {
  std::string out;
  for (const auto& cell : row.cells) out += squeeze(cell.flat());
  return out;
}

bool row_is_empty(const PrintedLine& row) {
  return std::all_of(row.cells.begin(), row.cells.end(), [](const Cell& c) { return c.empty(); });
}

std::string header_label(const Cell& cell) { return join_text(cell.lines); }

// The cell's token when it reads as an amount ("59.00", "2,247.85", "1054").
std::optional<std::string> amount_token(const Cell& cell) {
  std::string token = nfkc(join_token(cell.lines));
  if (token.find_first_of("0123456789") == std::string::npos || !schema::Decimal::parse(token)) return std::nullopt;
  return token;
}

// A row printing an amount is data, never part of a header.
bool prints_amount(const PrintedLine& row) {
  return std::any_of(row.cells.begin(), row.cells.end(), [](const Cell& cell) { return amount_token(cell).has_value(); });
}

// Whether `lower` fills a cell that `upper` leaves empty: merged header cells.
bool fills_gaps(const PrintedLine& upper, const PrintedLine& lower) {
  if (prints_amount(lower)) return false;
  size_t n = std::min(upper.cells.size(), lower.cells.size());
  for (size_t c = 0; c < n; ++c) {
    if (upper.cells[c].empty() && !lower.cells[c].empty()) return true;
  }
  return false;
}

int find_key_column(const std::vector<std::vector<std::string>>& paths) {
  for (const char* marker : {"序号", "行次", "编码", "代码"}) {
    for (size_t c = 0; c < paths.size(); ++c) {
      if (!paths[c].empty() && squeeze(paths[c].back()).find(marker) != std::string::npos) return static_cast<int>(c);
    }
  }
  return 0;
}

// A label column: its header names the rows (科目名称, 项目), it holds no
// amount.
bool names_rows(const std::vector<std::string>& path) {
  if (path.empty()) return false;
  std::string label = squeeze(path.back());
  for (const char* word : {"名称", "项目", "科目"}) {
    if (label.find(word) != std::string::npos && label.find("编码") == std::string::npos &&
        label.find("代码") == std::string::npos) {
      return true;
    }
  }
  return false;
}

// A data cell merged over several columns (a ruled grid's 合计 across the
// code and name columns) is that many cells: its text in each column among
// them that names rows (a 小计 across the lists of a side printed side by
// side names the row of each list), else in the first; the others empty.
std::vector<Cell> spread_merged_cells(const std::vector<Cell>& cells,
                                      const std::vector<std::vector<std::string>>& paths) {
  std::vector<Cell> out;
  for (const auto& cell : cells) {
    size_t span = cell.columns();
    size_t first = out.size();
    std::vector<bool> names(span, false);
    for (size_t k = 0; k < span; ++k) names[k] = first + k < paths.size() && names_rows(paths[first + k]);
    if (std::none_of(names.begin(), names.end(), [](bool b) { return b; })) names[0] = true;
    for (size_t k = 0; k < span; ++k) out.push_back(names[k] ? Cell{cell.lines, 1} : Cell{{""}, 1});
  }
  return out;
}

void add_pages(LogicalRow& row, const PrintedLine& line) {
  for (int page : {line.page, line.last_page}) {
    if (page > 0 && std::find(row.pages.begin(), row.pages.end(), page) == row.pages.end()) row.pages.push_back(page);
  }
}

// "*", "**", "—": what some producers print in the 栏次 row over the
// code and name columns, which have no column number.
bool is_placeholder(std::string_view text) {
  return !text.empty() && text.find_first_not_of("*-") == std::string_view::npos;
}

}  // namespace

bool is_column_number_row(const PrintedLine& row) {
  int expected = 1;
  bool first = true;
  for (const auto& cell : row.cells) {
    std::string text = squeeze(cell.flat());
    if (first) {
      first = false;
      if (text == "栏次" || text == "档次" || text == "栏号" || text == "行次") return true;
    }
    if (text.empty() || is_placeholder(text) || text == "—" || text == "——") continue;
    int value = 0;
    if (!is_integer(text, &value) || value != expected) return false;
    ++expected;
  }
  return expected > 3;  // at least "1 2 3": a real run of column numbers
}

namespace {

// The header's rows on the table's first page.
size_t header_rows_before_break(const std::vector<SegmentRow>& rows, bool* has_column_numbers) {
  *has_column_numbers = false;
  // A reader that knows its header rows says so.
  if (!rows.empty() && rows.front().line->header) {
    size_t count = 0;
    while (count < rows.size() && rows[count].line->header && (count == 0 || !rows[count].after_page_break)) {
      if (is_column_number_row(*rows[count].line)) *has_column_numbers = true;
      ++count;
    }
    return count;
  }
  for (size_t r = 0; r < rows.size() && r < kMaxHeaderRows; ++r) {
    if (is_column_number_row(*rows[r].line)) {
      *has_column_numbers = true;
      return r + 1;
    }
  }
  if (rows.empty()) return 0;
  size_t count = 1;
  while (count < rows.size() && count < kMaxHeaderRows && !rows[count].after_page_break &&
         fills_gaps(*rows[count - 1].line, *rows[count].line)) {
    ++count;
  }
  return count;
}

}  // namespace

// A header the page break cut (the title and its first header row at a
// page's foot): the rows the reader marks as header atop the next page,
// with no data row between, go on with it.
size_t header_row_count(const std::vector<SegmentRow>& rows, bool* has_column_numbers) {
  size_t count = header_rows_before_break(rows, has_column_numbers);
  // (A header printed whole again on the next page is a repeat, not more.)
  if (count == 0 || count >= rows.size() || !rows[count].after_page_break ||
      squeezed_row(*rows[count].line) == squeezed_row(*rows[0].line)) {
    return count;
  }
  size_t next = count;
  while (next < rows.size() && rows[next].line->header && (next == count || !rows[next].after_page_break)) {
    if (is_column_number_row(*rows[next].line)) *has_column_numbers = true;
    ++next;
  }
  return next;
}

std::vector<std::vector<std::string>> column_paths(const std::vector<const PrintedLine*>& header_rows,
                                                   size_t column_count) {
  std::vector<std::vector<std::string>> paths(column_count);
  for (size_t r = 0; r < header_rows.size(); ++r) {
    const auto& cells = header_rows[r]->cells;
    auto has_content_below = [&](size_t c) {
      for (size_t below = r + 1; below < header_rows.size(); ++below) {
        const auto& lower = header_rows[below]->cells;
        if (c < lower.size() && !lower[c].empty()) return true;
      }
      return false;
    };
    size_t c = 0;
    size_t i = 0;
    while (i < cells.size() && c < column_count) {
      const Cell& cell = cells[i];
      size_t span = cell.columns();
      size_t consumed = 1;
      if (!cell.empty() && cell.span == 0) {
        // A dump cannot say a cell is merged: empty cells to the right of a
        // label, with labels printed below them, lie under the same label.
        while (i + consumed < cells.size() && cells[i + consumed].empty() && has_content_below(c + consumed) &&
               has_content_below(c)) {
          ++consumed;
        }
        span = consumed;
      }
      if (!cell.empty()) {
        std::string label = header_label(cell);
        for (size_t k = c; k < c + span && k < column_count; ++k) paths[k].push_back(label);
      }
      c += span;
      i += consumed;
    }
  }
  return paths;
}

namespace {

// An amount printed whole, to its decimals ("59.00", "2,247.85"): a cell cut
// by the page break leaves "1054" or "16,791," above its tail, never that.
bool whole_amount(const Cell& cell) {
  auto token = amount_token(cell);
  return token && token->find('.') != std::string::npos && token->back() != '.';
}

// Two rows, not a row and the tail the page break cut off it: both print
// a whole amount in one column (a category's row at a page's foot, its
// first item atop the next with the key column empty: the layout cannot
// tell it from a tail, the amounts can).
bool amounts_on_both(const std::vector<Cell>& previous, const std::vector<Cell>& cells) {
  for (size_t c = 0; c < previous.size() && c < cells.size(); ++c) {
    if (whole_amount(previous[c]) && whole_amount(cells[c])) return true;
  }
  return false;
}

// 上海's 决算 tables print the labels 类 | 款 | 项 under 科目编码 in the
// first row of the data, beside its 合计: they label the columns, and are no
// codes.
void take_code_part_labels(Grid& grid) {
  static const std::string kParts[] = {"类", "款", "项"};
  auto& first = grid.rows.front().cells;
  for (size_t c = 0; c + 1 < first.size(); ++c) {
    if (squeeze(first[c].flat()) != kParts[0] || squeeze(first[c + 1].flat()) != kParts[1]) continue;
    size_t parts = c + 2 < first.size() && squeeze(first[c + 2].flat()) == kParts[2] ? 3 : 2;
    for (size_t k = 0; k < parts; ++k) {
      grid.column_paths[c + k].push_back(kParts[k]);
      first[c + k] = Cell{{""}, 1};
    }
    return;
  }
}

}  // namespace

Grid build_grid(const TableSegment& table) {
  Grid grid;
  const auto& rows = table.rows;
  size_t header_count = header_row_count(rows, &grid.has_column_numbers);
  size_t label_rows = grid.has_column_numbers ? header_count - 1 : header_count;

  size_t column_count = 0;
  std::vector<const PrintedLine*> header;
  for (size_t r = 0; r < header_count; ++r) {
    column_count = std::max(column_count, rows[r].line->width());
    if (r < label_rows) header.push_back(rows[r].line);
  }
  // A header the page break cut lost the spans of its group row ("收入 |
  // 支出" at the page's foot, the columns they group atop the next page):
  // groups that divide the columns evenly span them evenly.
  PrintedLine spread_groups;
  if (header.size() > 1 && rows[0].line->page != rows[header_count - 1].line->page) {
    const PrintedLine& groups = *header.front();
    size_t width = groups.width();
    if (width > 0 && width < column_count && column_count % width == 0 &&
        std::all_of(groups.cells.begin(), groups.cells.end(), [](const Cell& cell) { return cell.span <= 1; })) {
      spread_groups = groups;
      for (auto& cell : spread_groups.cells) cell.span = static_cast<int>(column_count / width);
      header.front() = &spread_groups;
    }
  }
  grid.column_paths = column_paths(header, column_count);
  int key = find_key_column(grid.column_paths);
  std::string first_header = header_count > 0 ? squeezed_row(*rows[0].line) : std::string();

  bool skipping_header = false;
  bool continuation_allowed = false;
  for (size_t r = header_count; r < rows.size(); ++r) {
    const PrintedLine& line = *rows[r].line;
    if (rows[r].after_page_break) {
      continuation_allowed = true;
      skipping_header = !first_header.empty() && squeezed_row(line) == first_header;
    }
    if (line.header) {  // a header the reader marked, repeated on this page
      skipping_header = false;
      continue;
    }
    if (skipping_header) {
      // The repeated header ends with its 栏次 row, or after as many rows as
      // the first page's header took.
      if (is_column_number_row(line)) {
        skipping_header = false;
      } else if (!grid.has_column_numbers) {
        size_t repeated = 1;
        while (repeated < header_count && r + 1 < rows.size() && !is_column_number_row(*rows[r + 1].line) &&
               !rows[r + 1].after_page_break && fills_gaps(line, *rows[r + 1].line)) {
          ++r;
          ++repeated;
        }
        skipping_header = false;
      }
      continue;
    }
    if (is_column_number_row(line) || row_is_empty(line)) continue;
    std::vector<Cell> cells = spread_merged_cells(line.cells, grid.column_paths);
    if (cells.size() != column_count) {
      std::vector<std::string> printed;
      for (const auto& cell : line.cells) printed.push_back(cell.flat());
      grid.problems.push_back({extract::Severity::error, "layout.row_shape", line.page, std::string(kind_name(table.kind)),
                               table.title, "",
                               fmt::format("printed row {} of 《{}》 has {} cells where its header has {}; it is left "
                                           "out: {}",
                                           r + 1, table.title, line.cells.size(), column_count,
                                           fmt::join(printed, " | "))});
      continue;
    }
    // A reader that laid the grid out says which rows go on from the row
    // before (`continues_row`); a text dump cannot, and a row after a page
    // break whose key cell is empty goes on.
    bool reader_decided = line.key_column >= 0 || line.continues_row;
    bool goes_on = reader_decided ? line.continues_row
                                  : continuation_allowed && cells[static_cast<size_t>(key)].empty();
    if (goes_on && !grid.rows.empty() && !amounts_on_both(grid.rows.back().cells, cells)) {
      LogicalRow& previous = grid.rows.back();
      for (size_t c = 0; c < column_count; ++c) {
        for (const auto& text : cells[c].lines) {
          if (!text.empty()) previous.cells[c].lines.push_back(text);
        }
      }
      previous.joined_over_page_break = true;
      add_pages(previous, line);
      continue;
    }
    continuation_allowed = false;
    LogicalRow row;
    row.cells = std::move(cells);
    add_pages(row, line);
    grid.rows.push_back(std::move(row));
  }
  if (!grid.rows.empty()) take_code_part_labels(grid);
  return grid;
}

}  // namespace budgetpdf::normalize
