#include "extract/layout/ruled_grid.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <numeric>
#include <optional>

#include "extract/layout/text_lines.h"
#include "extract/vocabulary.h"

namespace budgetpdf::extract {
namespace {

class DisjointSets {
 public:
  explicit DisjointSets(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), size_t{0}); }
  size_t find(size_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }
  void join(size_t a, size_t b) { parent_[find(a)] = find(b); }

 private:
  std::vector<size_t> parent_;
};

bool crosses(const Rule& h, const Rule& v, double slack) {
  return v.x0 >= h.x0 - slack && v.x0 <= h.x1 + slack && h.y0 >= v.y0 - slack && h.y0 <= v.y1 + slack;
}

// Positions within `slack` of the one before are one (the mean of them).
std::vector<double> distinct(std::vector<double> values, double slack) {
  std::sort(values.begin(), values.end());
  std::vector<double> out;
  size_t start = 0;
  for (size_t i = 1; i <= values.size(); ++i) {
    if (i == values.size() || values[i] - values[i - 1] > slack) {
      if (i > start) out.push_back(std::accumulate(values.begin() + static_cast<std::ptrdiff_t>(start),
                                                   values.begin() + static_cast<std::ptrdiff_t>(i), 0.0) /
                                   static_cast<double>(i - start));
      start = i;
    }
  }
  return out;
}

size_t nearest(const std::vector<double>& positions, double at) {
  auto it = std::lower_bound(positions.begin(), positions.end(), at);
  if (it == positions.end()) return positions.size() - 1;
  if (it != positions.begin() && at - *(it - 1) < *it - at) --it;
  return static_cast<size_t>(it - positions.begin());
}

// Extents drawn along each boundary position.
using Coverage = std::vector<std::vector<std::pair<double, double>>>;

// Whether something drawn along the boundary covers the middle half of
// [from, to]: a rule that stops short of a box's corner still divides it.
bool covered(const std::vector<std::pair<double, double>>& extents, double from, double to) {
  double quarter = (to - from) / 4;
  for (const auto& [a, b] : extents) {
    if (a <= from + quarter && b >= to - quarter) return true;
  }
  return false;
}

// `extra_columns`: boundaries to lattice on besides the rules' (a grid
// that goes on from the previous page with cells merged over its columns).
RuledGrid lattice(const std::vector<const Rule*>& horizontal, const std::vector<const Rule*>& vertical, double slack,
                  const std::vector<double>& extra_columns = {}) {
  RuledGrid grid;
  std::vector<double> xs = extra_columns, ys;
  for (const Rule* v : vertical) xs.push_back(v->x0);
  for (const Rule* h : horizontal) ys.push_back(h->y0);
  grid.xs = distinct(xs, slack);
  grid.ys = distinct(ys, slack);
  // A row cut by the page break keeps its side rules but may lose the rule
  // along the break (a browser slices the row's borders there): where the
  // column rules run on past the last row rule, or start before the first,
  // their ends close the lattice.
  if (!grid.ys.empty()) {
    double top = grid.ys.front(), bottom = grid.ys.back();
    for (const Rule* v : vertical) {
      top = std::min(top, v->y0);
      bottom = std::max(bottom, v->y1);
    }
    if (top < grid.ys.front() - 2 * slack) grid.ys.insert(grid.ys.begin(), top);
    if (bottom > grid.ys.back() + 2 * slack) grid.ys.push_back(bottom);
  }
  // A table with open sides (no outer column rule) ends where its row
  // rules do: when most of them run on past the last column rule to one
  // end, that end closes the lattice.
  if (!grid.xs.empty() && horizontal.size() >= 2) {
    auto open_side = [&](double edge, auto end_of, int direction) {
      std::vector<double> ends;
      for (const Rule* h : horizontal) {
        if ((end_of(*h) - edge) * direction > 2 * slack) ends.push_back(end_of(*h));
      }
      if (2 * ends.size() < horizontal.size()) return std::optional<double>{};
      std::sort(ends.begin(), ends.end());
      double median = ends[ends.size() / 2];
      size_t at_median = static_cast<size_t>(
          std::count_if(ends.begin(), ends.end(), [&](double e) { return std::abs(e - median) <= 2 * slack; }));
      return 2 * at_median >= horizontal.size() ? std::optional<double>{median} : std::nullopt;
    };
    if (auto right = open_side(grid.xs.back(), [](const Rule& h) { return h.x1; }, 1)) grid.xs.push_back(*right);
    if (auto left = open_side(grid.xs.front(), [](const Rule& h) { return h.x0; }, -1)) grid.xs.insert(grid.xs.begin(), *left);
  }
  if (grid.xs.size() < 3 || grid.ys.size() < 2) return grid;
  Coverage along_x(grid.xs.size()), along_y(grid.ys.size());
  for (const Rule* v : vertical) along_x[nearest(grid.xs, v->x0)].emplace_back(v->y0, v->y1);
  for (const Rule* h : horizontal) along_y[nearest(grid.ys, h->y0)].emplace_back(h->x0, h->x1);
  size_t rows = grid.rows(), columns = grid.columns();
  DisjointSets boxes(rows * columns);
  for (size_t r = 0; r < rows; ++r) {
    for (size_t c = 0; c < columns; ++c) {
      if (c + 1 < columns && !covered(along_x[c + 1], grid.ys[r], grid.ys[r + 1])) {
        boxes.join(r * columns + c, r * columns + c + 1);
      }
      if (r + 1 < rows && !covered(along_y[r + 1], grid.xs[c], grid.xs[c + 1])) {
        boxes.join(r * columns + c, (r + 1) * columns + c);
      }
    }
  }
  grid.cell_at.assign(rows * columns, 0);
  std::vector<size_t> cell_of_root(rows * columns, SIZE_MAX);
  for (size_t r = 0; r < rows; ++r) {
    for (size_t c = 0; c < columns; ++c) {
      size_t root = boxes.find(r * columns + c);
      if (cell_of_root[root] == SIZE_MAX) {
        cell_of_root[root] = grid.cells.size();
        grid.cells.push_back({r, r + 1, c, c + 1, {}});
      }
      RuledCell& cell = grid.cells[cell_of_root[root]];
      cell.row1 = std::max(cell.row1, r + 1);
      cell.col0 = std::min(cell.col0, c);
      cell.col1 = std::max(cell.col1, c + 1);
      grid.cell_at[r * columns + c] = cell_of_root[root];
    }
  }
  return grid;
}

bool is_amount(const std::string& text) {
  std::string t = vocabulary::without_spaces(text);
  bool digit = false;
  for (char ch : t) {
    if (ch >= '0' && ch <= '9') digit = true;
    else if (ch != '.' && ch != ',' && ch != '-') return false;
  }
  return digit;
}

// Column numbers 1..N (the 栏次 row), after an optional label.
bool is_column_numbers(const std::vector<Cell>& cells) {
  int expected = 1;
  for (const auto& cell : cells) {
    std::string text = vocabulary::without_spaces(cell.flat());
    if (text.empty()) continue;
    if (expected == 1 && vocabulary::is_column_number_label(text)) continue;
    auto value = vocabulary::small_integer(text);
    if (!value || *value != expected) return false;
    ++expected;
  }
  return expected > 3;
}

// A word drawn over a column rule belongs to one cell: a browser lets a
// code too long for a narrow cell run on over the next one ("2010108"
// over the rule, its "08" among the next cell's glyphs). The rule passes
// through the word's glyphs, or between two touching ones. Where a word
// has a gap at the rule as wide as a cell's padding, the producer drew two
// cells' texts in one run: it is two pieces. Each piece goes to the cell
// most of its glyphs lie in (the first of them when even).
void keep_words_whole(const std::vector<RuledGrid>& grids, const std::vector<Glyph>& glyphs,
                      std::vector<std::pair<size_t, size_t>>& place) {
  constexpr double kCellPaddingPt = 1.0;  // the least gap a rule stands in between two cells' texts
  std::map<std::pair<size_t, std::uint32_t>, std::vector<size_t>> words;  // (grid, word) -> glyphs
  for (size_t i = 0; i < glyphs.size(); ++i) {
    if (glyphs[i].word != 0 && place[i].first != SIZE_MAX) words[{place[i].first, glyphs[i].word}].push_back(i);
  }
  for (auto& word : words) {
    // Named, not bound: lambdas below capture them (clang 14 captures no
    // structured binding).
    const auto& key = word.first;
    auto& members = word.second;
    bool one_cell = std::all_of(members.begin(), members.end(), [&](size_t i) { return place[i] == place[members[0]]; });
    if (one_cell) continue;
    const RuledGrid& grid = grids[key.first];
    std::sort(members.begin(), members.end(), [&](size_t a, size_t b) { return glyphs[a].x0 < glyphs[b].x0; });
    auto assign = [&](size_t from, size_t to) {  // the piece members[from, to)
      std::map<size_t, size_t> votes;
      size_t best = place[members[from]].second, most = 0;
      for (size_t k = from; k < to; ++k) {
        size_t votes_here = ++votes[place[members[k]].second];
        if (votes_here > most) {
          most = votes_here;
          best = place[members[k]].second;
        }
      }
      for (size_t k = from; k < to; ++k) place[members[k]].second = best;
    };
    size_t start = 0;
    for (size_t k = 0; k + 1 < members.size(); ++k) {
      const Glyph& left = glyphs[members[k]];
      const Glyph& right = glyphs[members[k + 1]];
      double gap_from = left.x1 - left.closed_gap, gap_to = right.x0;
      bool rule_in_gap = gap_to - gap_from >= kCellPaddingPt &&
                         std::any_of(grid.xs.begin(), grid.xs.end(), [&](double x) { return x > gap_from && x < gap_to; });
      if (rule_in_gap) {
        assign(start, k + 1);
        start = k + 1;
      }
    }
    assign(start, members.size());
  }
}

}  // namespace

std::vector<RuledGrid> find_ruled_grids(const Rulings& rulings, const LayoutParams& params,
                                        const std::vector<double>& continued_columns) {
  const auto& horizontal = rulings.horizontal;
  const auto& vertical = rulings.vertical;
  std::vector<RuledGrid> grids;
  if (horizontal.size() < 2 || vertical.size() < 3 ||
      horizontal.size() * vertical.size() > params.max_rule_crossings_checked) {
    return grids;
  }
  double slack = params.rule_join_pt;
  DisjointSets sets(horizontal.size() + vertical.size());
  for (size_t i = 0; i < horizontal.size(); ++i) {
    for (size_t j = 0; j < vertical.size(); ++j) {
      if (crosses(horizontal[i], vertical[j], slack)) sets.join(i, horizontal.size() + j);
    }
  }
  std::vector<std::vector<const Rule*>> h_of(horizontal.size() + vertical.size()), v_of(h_of.size());
  for (size_t i = 0; i < horizontal.size(); ++i) h_of[sets.find(i)].push_back(&horizontal[i]);
  for (size_t j = 0; j < vertical.size(); ++j) v_of[sets.find(horizontal.size() + j)].push_back(&vertical[j]);
  for (size_t root = 0; root < h_of.size(); ++root) {
    if (h_of[root].size() < 2 || v_of[root].size() < 3) continue;
    RuledGrid grid = lattice(h_of[root], v_of[root], slack);
    // A grid whose every column rule is one of the previous page's grid's,
    // with the same outer rules, is that grid going on with cells merged
    // over its columns (a 合计 alone on the page, over the code columns).
    if (!continued_columns.empty() && grid.xs.size() >= 2 && grid.xs.size() < continued_columns.size() &&
        std::abs(grid.xs.front() - continued_columns.front()) <= slack &&
        std::abs(grid.xs.back() - continued_columns.back()) <= slack &&
        std::all_of(grid.xs.begin(), grid.xs.end(), [&](double x) {
          return std::any_of(continued_columns.begin(), continued_columns.end(),
                             [&](double c) { return std::abs(c - x) <= slack; });
        })) {
      grid = lattice(h_of[root], v_of[root], slack, continued_columns);
    }
    if (grid.xs.size() >= 3 && grid.ys.size() >= 2) grids.push_back(std::move(grid));
  }
  std::sort(grids.begin(), grids.end(), [](const RuledGrid& a, const RuledGrid& b) { return a.ys.front() < b.ys.front(); });
  return grids;
}

std::vector<Glyph> place_glyphs(std::vector<RuledGrid>& grids, std::vector<Glyph> glyphs) {
  // Where each glyph's centre lies: a grid and its cell, or nowhere.
  constexpr size_t kOutside = SIZE_MAX;
  std::vector<std::pair<size_t, size_t>> place(glyphs.size(), {kOutside, 0});
  for (size_t i = 0; i < glyphs.size(); ++i) {
    double x = glyphs[i].cx(), y = glyphs[i].cy();
    for (size_t k = 0; k < grids.size(); ++k) {
      const RuledGrid& grid = grids[k];
      // A glyph cut by the grid's outer rule (a merged cell's text centred
      // on its whole run, which the page break cuts) is in the grid when a
      // third of it is.
      double inside = std::min(glyphs[i].y1, grid.ys.back()) - std::max(glyphs[i].y0, grid.ys.front());
      if (inside >= glyphs[i].height() / 3) y = std::clamp(y, grid.ys.front() + 1e-6, grid.ys.back() - 1e-6);
      if (!grid.contains(x, y)) continue;
      size_t r = static_cast<size_t>(std::upper_bound(grid.ys.begin(), grid.ys.end(), y) - grid.ys.begin()) - 1;
      size_t c = static_cast<size_t>(std::upper_bound(grid.xs.begin(), grid.xs.end(), x) - grid.xs.begin()) - 1;
      place[i] = {k, grid.cell_at[r * grid.columns() + c]};
      break;
    }
  }
  keep_words_whole(grids, glyphs, place);
  std::vector<Glyph> outside;
  for (size_t i = 0; i < glyphs.size(); ++i) {
    if (place[i].first == kOutside) outside.push_back(glyphs[i]);
    else grids[place[i].first].cells[place[i].second].glyphs.push_back(glyphs[i]);
  }
  return outside;
}

std::vector<PlacedLine> ruled_rows(const RuledGrid& grid, int page, const LayoutParams& params) {
  std::vector<std::vector<std::string>> text(grid.cells.size());
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    for (const auto& line : build_lines(grid.cells[i].glyphs, params)) text[i].push_back(glyph_text(line.glyphs, params));
  }
  std::vector<PlacedLine> rows;
  for (size_t r = 0; r < grid.rows(); ++r) {
    PrintedLine row;
    row.kind = LineKind::row;
    row.page = row.last_page = page;
    bool any = false;
    for (size_t c = 0; c < grid.columns();) {
      size_t index = grid.cell_at[r * grid.columns() + c];
      const RuledCell& cell = grid.cells[index];
      int span = static_cast<int>(cell.col1 - std::max(cell.col0, c));
      Cell printed{{}, span};
      if (cell.row0 == r && cell.col0 == c) printed.lines = text[index];
      printed.cut_at_foot = cell.row0 == r && cell.row1 == grid.rows() && printed.lines.empty();
      if (printed.lines.empty()) printed.lines.emplace_back();
      any = any || !printed.empty();
      row.cells.push_back(std::move(printed));
      c += static_cast<size_t>(std::max(span, 1));
    }
    if (!any) continue;
    // A row that is one cell across the whole grid is a title, the
    // furniture or a note printed inside the rules: text.
    size_t filled = static_cast<size_t>(std::count_if(row.cells.begin(), row.cells.end(), [](const Cell& c) { return !c.empty(); }));
    if (filled == 1 && row.cells.size() == 1) {
      PrintedLine line;
      line.kind = LineKind::text;
      line.page = line.last_page = page;
      line.starts_block = true;
      line.cells.push_back(Cell{{row.cells.front().flat()}, 0});
      rows.push_back({grid.ys[r], std::move(line), r});
      continue;
    }
    rows.push_back({grid.ys[r], std::move(row), r});
  }
  return rows;
}

std::vector<std::string> mark_header(const RuledGrid& grid, std::vector<PlacedLine>& rows,
                                     const std::vector<std::string>& previous, bool goes_on) {
  auto text_of = [](const PrintedLine& row) {
    std::string text;
    for (const auto& cell : row.cells) text += vocabulary::without_spaces(cell.flat()) + "|";
    return text;
  };
  std::vector<size_t> grid_rows;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].line.kind == LineKind::row) grid_rows.push_back(i);
  }
  auto mark_from = [&](size_t from, size_t count) {
    std::vector<std::string> header;
    for (size_t k = from; k < count; ++k) {
      rows[grid_rows[k]].line.header = true;
      header.push_back(text_of(rows[grid_rows[k]].line));
    }
    return header;
  };
  auto mark = [&](size_t count) { return mark_from(0, count); };
  // The previous grid's header printed again: that many rows, no more.
  if (!previous.empty() && grid_rows.size() >= previous.size()) {
    bool repeated = true;
    for (size_t k = 0; k < previous.size() && repeated; ++k) repeated = text_of(rows[grid_rows[k]].line) == previous[k];
    if (repeated) return mark(previous.size());
  }
  // Down to the 栏次 row (the header printed again, maybe clipped to
  // fewer lines); else, on the table's first page, the rows above the first
  // that holds a number, when one does and rows are above it.
  for (size_t k = 0; k < grid_rows.size(); ++k) {
    const auto& cells = rows[grid_rows[k]].line.cells;
    if (is_column_numbers(cells)) return mark(k + 1);
    if (std::any_of(cells.begin(), cells.end(), [](const Cell& c) { return is_amount(c.flat()); })) {
      return goes_on ? std::vector<std::string>{} : mark(k);
    }
  }
  if (goes_on) return {};
  // Furniture drawn in the grid's top row ("预算单位：… | 单位：万元") is no
  // header label: the header starts under it.
  auto furniture = [](const PrintedLine& row) {
    return std::all_of(row.cells.begin(), row.cells.end(), [](const Cell& cell) {
      return cell.empty() || vocabulary::starts_like_furniture(cell.flat());
    });
  };
  size_t first = 0;
  while (first < grid_rows.size() && furniture(rows[grid_rows[first]].line)) ++first;
  if (first == grid_rows.size()) return {};
  size_t top = rows[grid_rows[first]].lattice_row, depth = top + 1;
  // A label over several columns ("收入" over 项目 | 预算数) groups the
  // labels of the row under it, which may group the next one's.
  for (size_t r = top; r < depth; ++r) {
    for (size_t c = 0; c < grid.columns(); ++c) {
      const RuledCell& cell = grid.cell(r, c);
      if (cell.row0 != r) continue;
      depth = std::max(depth, cell.row1);
      bool label = !cell.glyphs.empty();
      if (label && cell.col1 - cell.col0 > 1 && cell.row1 < grid.rows()) depth = std::max(depth, cell.row1 + 1);
    }
  }
  if (depth == top + 1) return {};  // one row of labels: nothing says more
  size_t count = first;
  while (count < grid_rows.size() && rows[grid_rows[count]].lattice_row < depth) ++count;
  return mark_from(first, count);
}

size_t ruled_key_column(const RuledGrid& grid, const std::vector<PlacedLine>& rows, const LayoutParams& params) {
  // The lattice column of each printed cell, through the spans before it.
  auto each_cell = [](const PrintedLine& row, auto visit) {
    size_t column = 0;
    for (const auto& cell : row.cells) {
      visit(column, cell);
      column += static_cast<size_t>(std::max(cell.span, 1));
    }
  };
  for (auto labelled : {vocabulary::is_row_number_label, vocabulary::is_code_label}) {
    std::optional<size_t> found;
    for (const auto& placed : rows) {
      if (!placed.line.header) continue;
      each_cell(placed.line, [&](size_t column, const Cell& cell) {
        if (!found && labelled(vocabulary::without_spaces(cell.flat()))) found = column;
      });
    }
    if (found) return *found;
  }
  std::vector<size_t> filled(grid.columns(), 0);
  for (const auto& placed : rows) {
    if (placed.line.header || placed.line.kind != LineKind::row) continue;
    each_cell(placed.line, [&](size_t column, const Cell& cell) { filled[column] += !cell.empty(); });
  }
  size_t most = *std::max_element(filled.begin(), filled.end());
  for (size_t c = 0; c < filled.size(); ++c) {
    if (most > 0 && static_cast<double>(filled[c]) >= params.key_column_share * static_cast<double>(most)) return c;
  }
  return 0;
}

bool same_columns(const std::vector<double>& a, const std::vector<double>& b, double slack) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [slack](double x, double y) { return std::abs(x - y) <= slack; });
}

}  // namespace budgetpdf::extract
