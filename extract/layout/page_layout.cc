#include "extract/layout/page_layout.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "extract/layout/column_model.h"
#include "extract/layout/header_layout.h"
#include "extract/layout/label_header.h"
#include "extract/layout/page_lines.h"
#include "extract/layout/page_text.h"
#include "extract/vocabulary.h"
#include "extract/layout/row_grouping.h"
#include "extract/layout/ruled_grid.h"
#include "extract/layout/ruled_page.h"
#include "extract/layout/text_lines.h"
#include "extract/layout/type_size.h"

namespace budgetpdf::extract {
namespace {

class PageLayout {
 public:
  // `ruled`: the rows of the page's ruled grids, whose glyphs `page` no
  // longer holds; they take their places among the lines found here.
  PageLayout(const PageGlyphs& page, const PageCarry& previous, const LayoutParams& params, const Limits& limits,
             std::vector<PlacedLine> ruled)
      : ruled_(std::move(ruled)), page_(page), previous_(previous), next_(previous), params_(params), limits_(limits),
        page_lines_(page, params), lines_(page_lines_.lines()), used_(lines_.size(), false), em_(page_lines_.em()),
        headers_(page_lines_, used_) {
    next_.ended_in_grid = false;  // until a grid of this page runs to its end
    if (previous.ended_in_grid) previous_grid_ = previous.last_grid;
    if (!previous.last_fitted_grid.centres.empty()) fitted_grids_.push_back(previous.last_fitted_grid);
    if (double leading = measure_leading(); leading > 0) next_.leading = leading;
  }

  LaidOutPage run() {
    if (lines_.size() > limits_.lines_per_page) {
      LaidOutPage skipped;
      skipped.over_limit = true;
      return skipped;
    }
    for (size_t i = 0; i < lines_.size(); ++i) {
      if (used_[i]) continue;
      if (auto centres = column_number_centres(i)) grid_from_column_numbers(i, *centres);
    }
    for (size_t i = 0; i < lines_.size(); ++i) {
      if (!used_[i]) grid_from_label_row(i);
    }
    tail_of_previous_grid();
    for (auto& item : text_items(page_lines_, used_, page_.number)) items_.push_back(std::move(item));
    for (auto& placed : ruled_) emit(placed.y, std::move(placed.line));
    std::stable_sort(items_.begin(), items_.end(), [](const PageItem& a, const PageItem& b) { return a.y < b.y; });
    next_.last_text_open = mark_paragraph_starts(items_, em_, previous_.last_text_open);
    LaidOutPage out;
    for (auto& item : items_) out.lines.push_back(std::move(item.line));
    out.next = std::move(next_);
    return out;
  }

 private:
  // The 栏次 row: an optional label, then the numbers 1..N left to right.
  std::optional<std::vector<double>> column_number_centres(size_t i) const {
    auto chunks = split_chunks(lines_[i].glyphs, params_.word_gap_em, params_);
    std::vector<double> centres;
    int expected = 1;
    for (size_t k = 0; k < chunks.size(); ++k) {
      if (k == 0 && vocabulary::is_column_number_label(chunks[k].text)) {
        centres.push_back(chunks[k].cx());
        continue;
      }
      auto value = vocabulary::small_integer(chunks[k].text);
      if (!value || *value != expected) return std::nullopt;
      ++expected;
      centres.push_back(chunks[k].cx());
    }
    if (expected <= 3) return std::nullopt;
    return centres;
  }

  // A page number stands alone on the page's first or last line (a lone
  // number anywhere else is a 序号 or the tail of a wrapped code).
  // A bare number there must also stand apart from the grid above it:
  // centred on the page or beside the grid, not in one of its columns.
  bool is_page_number(size_t j, const ColumnModel* grid = nullptr) const {
    if (j != 0 && j + 1 != lines_.size()) return false;
    const TextLine& line = lines_[j];
    std::string text = page_lines_.text(line);
    if (split_chunks(line.glyphs, params_.chunk_gap_em, params_).size() != 1 ||
        !vocabulary::looks_like_page_number(text)) {
      return false;
    }
    if (!grid || !vocabulary::small_integer(text)) return true;  // "-4-", "第 4 页": marked as such
    double centre = (line.x0 + line.x1) / 2;
    bool centred = std::abs(centre - page_.width / 2) <= params_.page_number_centre_share * page_.width;
    return centred || line.x1 < grid->left || line.x0 > grid->right;
  }


  // Lines below `start` that can be rows of a grid with these centres: they
  // follow without a wide gap, in the grid's type size, and no run of
  // touching glyphs in them reaches into the ink of two columns of the
  // rows above (running text does; a long name in a wide column does not).
  std::vector<size_t> data_lines(size_t start, double top, const ColumnModel& guess, SizeProfile size,
                                 double left_edge) const {
    std::vector<size_t> taken;
    std::vector<const TextLine*> accepted;
    double bottom = top;
    for (size_t j = start; j < lines_.size(); ++j) {
      if (used_[j] || page_lines_.too_far_below(j, bottom) || is_page_number(j, &guess) || column_number_centres(j) ||
          size.differs(lines_[j], params_.grid_size_ratio)) {
        break;
      }
      if (centres_covered(lines_[j], guess, params_) >= 2) break;
      // A sentence starting left of the grid is a note under it.
      if (lines_[j].x0 < guess.left - 2 * em_ && is_sentence(page_lines_.text(lines_[j]))) break;
      if (heads_next_table(j)) break;
      if (!accepted.empty() && reaches_two_columns(lines_[j], guess.centres, accepted, left_edge)) break;
      taken.push_back(j);
      accepted.push_back(&lines_[j]);
      size.add(lines_[j]);
      bottom = std::max(bottom, lines_[j].y1);
    }
    return taken;
  }

  // A title over the next table, set hardly larger than the rows and
  // centred where a wide name column runs: it reads as a title and the
  // table's furniture (单位：…) or its 绩效目标 row follows it.
  bool heads_next_table(size_t j) const {
    if (j + 1 >= lines_.size() || !vocabulary::looks_like_title(page_lines_.text(lines_[j]))) return false;
    if (page_lines_.is_furniture(lines_[j + 1])) return true;
    for (const auto& chunk : split_chunks(lines_[j + 1].glyphs, params_.chunk_gap_em, params_)) {
      if (vocabulary::is_goal_label(chunk.text)) return true;
    }
    return false;
  }

  bool reaches_two_columns(const TextLine& line, const std::vector<double>& centres,
                           const std::vector<const TextLine*>& accepted, double left_edge) const {
    const ColumnModel* known = fitted_grid(centres);
    ColumnModel model = known && accepted.size() < params_.min_rows_to_fit_columns
                            ? *known
                            : gutter_model(centres, accepted, left_edge, params_, known);
    std::vector<std::pair<double, double>> ink(model.size(), {1e9, -1e9});
    for (const auto* row : accepted) {
      for (const auto& g : row->glyphs) {
        auto& [x0, x1] = ink[model.column_of(g.cx())];
        x0 = std::min(x0, g.x0);
        x1 = std::max(x1, g.x1);
      }
    }
    double start = 0, end = -1;
    auto check_run = [&]() {
      int reached = 0;
      for (const auto& [x0, x1] : ink) {
        if (x0 <= x1 && std::min(end, x1) - std::max(start, x0) > params_.boundary_tolerance_pt) ++reached;
      }
      return reached >= 2;
    };
    for (const auto& g : line.glyphs) {
      double em = std::max(g.height(), 1.0);
      if (end >= start && g.x0 - end <= params_.touching_gap_em * em) {
        end = std::max(end, g.x1);
        continue;
      }
      if (end >= start && check_run()) return true;
      start = g.x0;
      end = g.x1;
    }
    return end >= start && check_run();
  }

  bool same_centres(const std::vector<double>& a, const std::vector<double>& b) const {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [&](double x, double y) {
             return std::abs(x - y) <= params_.boundary_tolerance_pt;
           });
  }

  const ColumnModel* fitted_grid(const std::vector<double>& centres) const {
    for (auto known = fitted_grids_.rbegin(); known != fitted_grids_.rend(); ++known) {
      if (same_centres(known->centres, centres)) return &*known;
    }
    return nullptr;
  }

  // The busiest column of all grids so far under the same header: a page
  // holding a row's tail and a row or two cannot tell (the tail adds a cell
  // to its column), the grid's earlier pages can.
  size_t key_by_count(const std::vector<const TextLine*>& data, const ColumnModel& model) {
    std::vector<size_t> cells = cells_per_column(data, model, params_);
    auto known = std::find_if(next_.cell_counts.begin(), next_.cell_counts.end(),
                              [&](const CellCounts& counts) { return same_centres(counts.centres, model.centres); });
    if (known == next_.cell_counts.end()) {
      next_.cell_counts.push_back({model.centres, cells});
      return busiest_column(cells, params_);
    }
    for (size_t c = 0; c < cells.size() && c < known->cells.size(); ++c) known->cells[c] += cells[c];
    return busiest_column(known->cells, params_);
  }

  ColumnModel fit_columns(const std::vector<double>& centres, const std::vector<size_t>& data, double left_edge) const {
    // A grid with a few lines (the tail of a row, a one-row project) cannot
    // place the gutters; a grid under the same header (the one that ended
    // the previous page, or a project above on this page) with enough rows
    // did.
    const ColumnModel* known = fitted_grid(centres);
    if (known && data.size() < params_.min_rows_to_fit_columns) return *known;
    std::vector<const TextLine*> rows;
    for (size_t j : data) rows.push_back(&lines_[j]);
    ColumnModel model = gutter_model(centres, rows, left_edge, params_, known);
    // A vertical rule between two centres along the rows is the boundary.
    if (!page_.rulings.vertical.empty() && !rows.empty()) {
      double top = rows.front()->y0, bottom = rows.back()->y1;
      for (size_t i = 0; i < model.boundaries.size(); ++i) {
        double x = 0;
        if (page_.rulings.column_rule(centres[i], centres[i + 1], top, bottom, model.boundaries[i], &x)) {
          model.boundaries[i] = x;
        }
      }
    }
    // A column's centre lies mid-column: the outer columns reach as far
    // beyond their centres as they reach inwards.
    model.left = std::min(model.left, centres.front() - (model.boundaries.empty() ? em_ : model.boundaries.front() - centres.front()));
    model.right = std::max(model.right, centres.back() + (model.boundaries.empty() ? em_ : centres.back() - model.boundaries.back()));
    return model;
  }

  bool outside(const TextLine& line, const ColumnModel& model) const {
    return line.x0 < model.left - 2 * em_ || line.x1 > model.right + 2 * em_;
  }

  // Header lines above a 栏次 row, bottom up, until the furniture or title.
  std::vector<size_t> header_band(size_t anchor, const ColumnModel& model) const {
    // Title-sized next to the grid's own type (its 栏次 row), not the
    // page's: two tables on one page may be set in different sizes (a wide
    // one shrunk to fit).
    SizeProfile grid = page_lines_.size_profile();
    grid.add(lines_[anchor]);
    auto larger_than_grid = [&](const TextLine& line) {
      SizeProfile own = page_lines_.size_profile();
      own.add(line);
      return own.larger_than(grid, params_.title_height_ratio).value_or(page_lines_.has_title_size(line));
    };
    std::vector<size_t> band;
    for (size_t k = anchor; k-- > 0;) {
      if (used_[k] || band.size() >= static_cast<size_t>(params_.max_header_lines)) break;
      const TextLine& line = lines_[k];
      const TextLine& below = lines_[band.empty() ? anchor : band.back()];
      if (below.y0 - line.y1 > params_.max_header_gap_em * em_) break;
      std::string text = page_lines_.text(line);
      if (page_lines_.is_furniture(line)) {
        drop_wrapped_under(k, band);
        break;
      }
      if (larger_than_grid(line) || vocabulary::looks_like_page_number(text) || outside(line, model)) break;
      band.push_back(k);
    }
    std::reverse(band.begin(), band.end());
    return band;
  }

  // Furniture printed in a narrow cell (the department's name in the
  // sheet's first column, "开发" | "区组" | "织人" | "事局") wraps down to the
  // header: the band's top lines that go on from a phrase of the furniture
  // line `furniture` are its lines. `band` runs upwards.
  void drop_wrapped_under(size_t furniture, std::vector<size_t>& band) const {
    auto phrases = split_chunks(lines_[furniture].glyphs, params_.chunk_gap_em, params_);
    std::optional<Chunk> upper;
    size_t upper_line = furniture;
    while (!band.empty()) {
      size_t k = band.back();
      Chunk lower{lines_[k].x0, lines_[k].y0, lines_[k].x1, lines_[k].y1, {}};
      bool wraps = upper ? page_lines_.wraps_onto(*upper, upper_line, lower, k)
                         : std::any_of(phrases.begin(), phrases.end(), [&](const Chunk& phrase) {
                             return page_lines_.wraps_onto(phrase, furniture, lower, k);
                           });
      if (!wraps) return;
      band.pop_back();
      upper = lower;
      upper_line = k;
    }
  }

  // The gap between the lines of wrapped text (a paragraph, a cell): the
  // median of the gaps, small enough for one cell, between a line and the
  // next one under it; 0 when the page has none.
  double measure_leading() const {
    std::vector<double> gaps;
    const double most = params_.max_cell_line_gap_em * em_;
    for (size_t i = 0; i < lines_.size(); ++i) {
      for (size_t j = i + 1; j < lines_.size() && lines_[j].y0 <= lines_[i].y1 + most; ++j) {
        double shared = std::min(lines_[i].x1, lines_[j].x1) - std::max(lines_[i].x0, lines_[j].x0);
        double gap = lines_[j].y0 - lines_[i].y1;
        if (shared <= 0 || gap < 0) continue;
        gaps.push_back(gap);
        break;
      }
    }
    if (gaps.empty()) return 0;
    auto middle = gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2);
    std::nth_element(gaps.begin(), middle, gaps.end());
    return *middle;
  }

  // The 序号 column, else the code column, else the busiest one.
  RowKey row_key(const PrintedLine& leaves, const std::vector<const TextLine*>& data, const ColumnModel& model) {
    for (size_t c = 0; c < leaves.cells.size(); ++c) {
      if (vocabulary::is_row_number_label(leaves.cells[c].flat())) return {c, true};
    }
    for (size_t c = 0; c < leaves.cells.size(); ++c) {
      if (vocabulary::is_code_label(leaves.cells[c].flat())) return {c, false};
    }
    return {key_by_count(data, model), false};
  }

  void emit(double y, PrintedLine line) {
    line.page = line.last_page = page_.number;
    items_.push_back({y, std::move(line)});
  }

  // A title printed above line `top` on this page, other than the one the
  // previous page's grid had (a title repeated on every page of a table).
  bool title_above(size_t top) {
    bool new_title = new_title_above(top);
    for (size_t k = 0; k < top; ++k) {
      if (page_lines_.is_title(lines_[k])) next_.last_title = vocabulary::without_spaces(page_lines_.text(k));
    }
    return new_title;
  }

  bool new_title_above(size_t top) const {
    std::string last = next_.last_title;
    bool new_title = false;
    for (size_t k = 0; k < top; ++k) {
      if (!page_lines_.is_title(lines_[k])) continue;
      std::string text = vocabulary::without_spaces(page_lines_.text(k));
      new_title = new_title || text != last;
      last = text;
    }
    return new_title;
  }

  // `header_end`: the header's last line, when the grid has one (a header
  // alone at a page's foot leaves its grid to the next page).
  void emit_rows(const std::vector<size_t>& data, const ColumnModel& model, RowKey key, bool may_continue,
                 std::optional<size_t> header_end = std::nullopt) {
    std::vector<const TextLine*> rows;
    for (size_t j : data) rows.push_back(&lines_[j]);
    bool continuation = may_continue && previous_.ended_in_grid;
    const Rulings* rulings = page_.rulings.empty() ? nullptr : &page_.rulings;
    for (auto& grouped : group_rows(rows, model, key, continuation, params_, rulings, next_.leading)) {
      PrintedLine row;
      row.kind = LineKind::row;
      row.continues_row = grouped.continuation;
      row.key_column = static_cast<int>(key.column);
      for (auto& lines : grouped.cells) {
        if (lines.empty()) lines.emplace_back();
        row.cells.push_back(Cell{std::move(lines), 1});
      }
      emit(grouped.y0, std::move(row));
    }
    for (size_t j : data) used_[j] = true;
    std::optional<size_t> end = data.empty() ? header_end : data.back();
    double bottom = end ? lines_[*end].y1 : 0;
    // The grid reaches the page's end when only a page number follows.
    bool last = true;
    for (size_t j = end ? *end + 1 : lines_.size(); j < lines_.size(); ++j) {
      if (!is_page_number(j)) last = false;
    }
    grid_ended_page_ = last && bottom > 0;
    if (grid_ended_page_) {
      next_.last_grid = model;
      next_.last_key = key;
    }
    if (data.size() >= params_.min_rows_to_fit_columns) {
      fitted_grids_.push_back(model);
      next_.last_fitted_grid = model;
    }
  }

  // The tail of the previous page's last row, cut by the page break, when
  // the table ends with it: short lines at the top of the page, each phrase
  // inside one of that grid's columns, before the next title or grid. It
  // becomes a row of the previous grid (empty key: the row goes on).
  void tail_of_previous_grid() {
    if (!previous_grid_) return;
    const ColumnModel& model = *previous_grid_;
    std::vector<size_t> tail;
    size_t k = 0;
    for (; k < lines_.size(); ++k) {
      const TextLine& line = lines_[k];
      if (tail.empty() && page_furniture(k)) continue;
      if (used_[k] || page_lines_.has_title_size(line) || vocabulary::looks_like_title(page_lines_.text(line)) ||
          !in_columns(k, model)) {
        break;
      }
      if (!tail.empty() && page_lines_.too_far_below(k, lines_[tail.back()].y1)) break;
      tail.push_back(k);
    }
    // Only a title or a grid may follow: running text would have said
    // nothing of where its lines belong.
    if (tail.empty() || k == lines_.size() || !(used_[k] || page_lines_.is_title(lines_[k]))) return;
    // A key cell there, with half the columns filled, starts a row of its
    // own (the break fell between two rows; a wrapped key cell's tail, "指标"
    // of "服务对象满意度指标", fills its column alone): lines above it finish
    // the previous page's last row.
    std::vector<bool> filled(model.size(), false);
    for (size_t j : tail) {
      for (const Glyph& g : lines_[j].glyphs) filled[model.column_of(g.cx())] = true;
    }
    bool new_row = previous_.last_key.column < filled.size() && filled[previous_.last_key.column] &&
                   2 * static_cast<size_t>(std::count(filled.begin(), filled.end(), true)) >= filled.size();
    size_t first = items_.size();
    if (new_row) {
      bool ended_page = grid_ended_page_;
      emit_rows(tail, model, previous_.last_key, true);
      grid_ended_page_ = ended_page;
    } else {
      PrintedLine row;
      row.kind = LineKind::row;
      row.cells.assign(model.size(), Cell{{}, 1});
      for (size_t j : tail) {
        for (const auto& chunk : split_chunks(lines_[j].glyphs, params_.label_gap_em, params_)) {
          row.cells[model.column_of(chunk.cx())].lines.push_back(chunk.text);
        }
        used_[j] = true;
      }
      for (auto& cell : row.cells) {
        if (cell.lines.empty()) cell.lines.emplace_back();
      }
      row.continues_row = true;
      emit(lines_[tail.front()].y0, std::move(row));
    }
    if (first < items_.size()) items_[first].line.starts_block = true;
  }

  bool grid_from_column_numbers(size_t anchor, const std::vector<double>& centres) {
    const TextLine& numbers = lines_[anchor];
    ColumnModel guess = midpoint_model(centres, numbers.x0, numbers.x1);
    SizeProfile size = page_lines_.size_profile();
    size.add(numbers);
    std::vector<size_t> data = data_lines(anchor + 1, numbers.y1, guess, size, numbers.x0);
    ColumnModel model = fit_columns(centres, data, numbers.x0);
    model.left = std::min(model.left, numbers.x0);
    model.right = std::max(model.right, numbers.x1);
    std::vector<size_t> band = header_band(anchor, model);
    std::vector<const TextLine*> band_lines;
    for (size_t k : band) {
      band_lines.push_back(&lines_[k]);
      model.left = std::min(model.left, lines_[k].x0);
      model.right = std::max(model.right, lines_[k].x1);
    }
    // Only the page's first grid, with no title above it, may go on from
    // the grid that ended the previous page.
    // (Every grid records its title, for the next page to compare with.)
    bool new_title = title_above(band.empty() ? anchor : band.front());
    bool continues = !seen_grid_ && !new_title;
    seen_grid_ = true;

    auto header = header_rows(band_lines, model, numbers.y0, page_.number, params_);
    std::vector<const TextLine*> data_rows;
    for (size_t j : data) data_rows.push_back(&lines_[j]);
    RowKey key = header.empty() ? RowKey{key_by_count(data_rows, model), false}
                                : row_key(header.back(), data_rows, model);
    double top = band.empty() ? numbers.y0 : lines_[band.front()].y0;
    for (auto& row : header) emit(top, std::move(row));
    PrintedLine number_row;
    number_row.kind = LineKind::row;
    number_row.header = true;
    number_row.cells.assign(model.size(), Cell{{""}, 1});
    for (const auto& chunk : split_chunks(numbers.glyphs, params_.word_gap_em, params_)) {
      number_row.cells[model.column_of(chunk.cx())].lines = {chunk.text};
    }
    emit(numbers.y0, std::move(number_row));
    for (size_t k : band) used_[k] = true;
    used_[anchor] = true;

    emit_rows(data, model, key, continues);
    next_.ended_in_grid = grid_ended_page_;
    return true;
  }

  // A row of at least three short labels (no numbers), above lines that
  // line up under them: the header of a grid printed without a 栏次 row.
  // The header may take several lines: labels wrapped over lines, and rows
  // of labels grouped under a label of the row above.
  bool grid_from_label_row(size_t anchor) {
    if (!headers_.is_label_row(anchor)) return false;
    std::vector<size_t> band = headers_.band_upwards(anchor);
    if (rows_going_on(band)) return true;
    // Downwards, but a header that reads as the previous page's last grid's
    // is that header repeated, whole: what follows is the tail of a row.
    auto band_text = [&] {
      std::string text;
      for (size_t k : band) text += vocabulary::without_spaces(page_lines_.text(k));
      return text;
    };
    bool repeated = !seen_grid_ && previous_.ended_in_grid && band_text() == previous_.last_header;
    if (!repeated) headers_.extend_downwards(band);
    std::vector<double> centres = headers_.leaf_centres(band);
    if (centres.size() < 3) return false;
    const TextLine& last_header = lines_[band.back()];
    double left = last_header.x0, right = last_header.x1;
    for (size_t k : band) {
      left = std::min(left, lines_[k].x0);
      right = std::max(right, lines_[k].x1);
    }
    ColumnModel guess = midpoint_model(centres, left, right);
    SizeProfile size = page_lines_.size_profile();
    for (size_t k : band) size.add(lines_[k]);
    std::vector<size_t> data = data_lines(band.back() + 1, last_header.y1, guess, size, left);
    bool lone_header = data.empty() && centres.size() >= 5;
    ColumnModel model = fit_columns(centres, data, left);
    model.left = std::min(model.left, left);
    model.right = std::max(model.right, right);
    // A grid has rows with text in more than one column.
    bool multi_column_row = std::any_of(data.begin(), data.end(), [&](size_t j) {
      const auto& glyphs = lines_[j].glyphs;
      return !glyphs.empty() && model.column_of(glyphs.front().cx()) != model.column_of(glyphs.back().cx());
    });
    // A header repeated over the tail of the previous page's last row: the
    // tail may fill one column only.
    bool tail_only = !seen_grid_ && previous_.ended_in_grid && !new_title_above(band.front()) && !data.empty();
    if (!multi_column_row && !lone_header && !tail_only) return false;
    bool new_title = title_above(band.front());
    bool continues = !seen_grid_ && !new_title;
    seen_grid_ = true;

    continues = !emit_preamble(band.front(), model) && continues;
    std::vector<const TextLine*> band_lines;
    for (size_t k : band) {
      band_lines.push_back(&lines_[k]);
      used_[k] = true;
    }
    double band_bottom = data.empty() ? last_header.y1 : lines_[data.front()].y0;
    auto header = header_rows(band_lines, model, band_bottom, page_.number, params_);
    std::vector<const TextLine*> data_rows;
    for (size_t j : data) data_rows.push_back(&lines_[j]);
    RowKey key = row_key(header.back(), data_rows, model);
    for (auto& row : header) emit(lines_[band.front()].y0, std::move(row));
    emit_rows(data, model, key, continues, band.back());
    next_.ended_in_grid = grid_ended_page_;
    next_.last_header = band_text();
    return true;
  }

  // Every phrase of line `k` sits inside one column of `model`.
  bool in_columns(size_t k, const ColumnModel& model) const {
    if (outside(lines_[k], model)) return false;
    for (const auto& chunk : split_chunks(lines_[k].glyphs, params_.label_gap_em, params_)) {
      if (model.column_of(chunk.x0 + params_.boundary_tolerance_pt) !=
          model.column_of(chunk.x1 - params_.boundary_tolerance_pt)) {
        return false;
      }
    }
    return true;
  }

  // A page number, or furniture: a line of at most a department, a date and
  // a unit (a row's quantity, "1200人 中共中央…", may read as a department's
  // code and name, but the row has more phrases).
  bool page_furniture(size_t k) const {
    constexpr size_t kMaxFurniturePhrases = 3;
    return is_page_number(k) ||
           (page_lines_.is_furniture(lines_[k]) &&
            split_chunks(lines_[k].glyphs, params_.label_gap_em, params_).size() <= kMaxFurniturePhrases);
  }

  // A page that starts, under no new title, with rows of text alone (a 绩效
  // table's indicators) reads them as a row of labels; where every phrase
  // of them sits in one column of the grid that ended the previous page,
  // and few of them are that grid's labels, they are its rows going on
  // with no header repeated.
  bool rows_going_on(const std::vector<size_t>& band) {
    if (seen_grid_ || !previous_grid_ || new_title_above(band.front())) return false;
    const ColumnModel& model = *previous_grid_;
    // From the page's first line: a row whose cells hold a number or one
    // phrase each is not a row of labels, but it is the grid's too.
    size_t start = 0;
    while (start < band.front() && (used_[start] || page_furniture(start))) ++start;
    size_t phrases = 0, labels = 0;
    for (size_t k = start; k <= band.back(); ++k) {
      if (used_[k] || !in_columns(k, model)) return false;
      for (const auto& chunk : split_chunks(lines_[k].glyphs, params_.label_gap_em, params_)) {
        ++phrases;
        std::string text = vocabulary::without_spaces(chunk.text);
        if (!text.empty() && previous_.last_header.find(text) != std::string::npos) ++labels;
      }
    }
    if (2 * labels >= phrases) return false;
    SizeProfile size = page_lines_.size_profile();
    std::vector<size_t> data = data_lines(start, lines_[start].y0, model, size, model.left);
    if (data.empty() || data.back() < band.back()) return false;
    title_above(start);
    seen_grid_ = true;
    emit_rows(data, model, previous_.last_key, true);
    next_.ended_in_grid = grid_ended_page_;
    return true;
  }

  // Lines between a label-row header and the title above it (a project's
  // 绩效目标 row) form one row of the grid.
  // Returns whether there was such a row.
  bool emit_preamble(size_t anchor, const ColumnModel& model) {
    std::vector<size_t> above;
    for (size_t k = anchor; k-- > 0;) {
      if (used_[k]) break;
      const TextLine& line = lines_[k];
      const TextLine& below = lines_[above.empty() ? anchor : above.back()];
      if (below.y0 - line.y1 > params_.max_header_gap_em * em_ || page_lines_.is_title(line) || outside(line, model)) break;
      std::string text = page_lines_.text(line);
      if (page_lines_.is_furniture(line) || vocabulary::looks_like_page_number(text) || vocabulary::looks_like_title(text)) {
        break;
      }
      // Running text starts in the first column and crosses the others.
      if (centres_covered(line, model, params_, model.column_right(0)) >= 2) break;
      above.push_back(k);
    }
    if (above.empty()) return false;
    std::reverse(above.begin(), above.end());
    PrintedLine row;
    row.kind = LineKind::row;
    row.cells.assign(model.size(), Cell{{}, 1});
    for (size_t k : above) {
      // Text spanning merged cells belongs to the column it starts in.
      for (const auto& chunk : split_chunks(lines_[k].glyphs, params_.chunk_gap_em, params_)) {
        row.cells[model.column_of(chunk.x0 + params_.boundary_tolerance_pt)].lines.push_back(chunk.text);
      }
      used_[k] = true;
    }
    for (auto& cell : row.cells) {
      if (cell.lines.empty()) cell.lines.emplace_back();
    }
    row.starts_block = true;
    emit(lines_[above.front()].y0, std::move(row));
    return true;
  }

  std::vector<PlacedLine> ruled_;
  const PageGlyphs& page_;
  const PageCarry& previous_;  // what the page before left: read only
  PageCarry next_;             // what this page leaves for the next
  const LayoutParams& params_;
  const Limits& limits_;
  PageLines page_lines_;
  const std::vector<TextLine>& lines_;
  std::vector<bool> used_;
  double em_;
  LabelHeader headers_;
  std::vector<PageItem> items_;
  bool seen_grid_ = false;
  bool grid_ended_page_ = false;
  std::optional<ColumnModel> previous_grid_;  // the grid that ended the previous page
  std::vector<ColumnModel> fitted_grids_;     // grids fitted on enough lines, last on the previous page first
};

}  // namespace

LaidOutPage layout_page(const PageGlyphs& page, const PageCarry& previous, const LayoutParams& params,
                        const Limits& limits) {
  // Ruled grids first: the rules say where each glyph belongs; the glyphs
  // outside them are left to the alignment of the text.
  RuledPage ruled = lay_out_ruled_grids(page, previous, params);
  PageGlyphs rest = page;
  rest.glyphs = std::move(ruled.rest);
  LaidOutPage out = PageLayout(rest, previous, params, limits, std::move(ruled.rows)).run();
  out.next.ruled_header = std::move(ruled.header);
  out.next.ruled_columns = std::move(ruled.columns);
  out.next.ruled_key = ruled.key;
  out.next.ruled_title = std::move(ruled.title);
  return out;
}

}  // namespace budgetpdf::extract
