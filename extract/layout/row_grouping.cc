#include "extract/layout/row_grouping.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

#include "extract/layout/text_lines.h"

namespace budgetpdf::extract {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
// A cost too small to outweigh any misalignment (pt): it only breaks ties.
constexpr double kTieBreak = 1e-3;
// Longest cell, in lines, the grouping considers (a 绩效 basis can run to
// a dozen lines in a narrow column).
constexpr size_t kMaxCellLines = 30;

// The part of a physical line that falls in one column.
struct ColumnLine {
  double y0 = 0, y1 = 0;
  std::vector<Glyph> glyphs;
  double cy() const { return (y0 + y1) / 2; }
};

struct Extent {
  double y0 = 0, y1 = 0;
  double cy() const { return (y0 + y1) / 2; }
};

enum class Alignment { centre, top, bottom };

std::vector<std::vector<ColumnLine>> split_by_column(const std::vector<const TextLine*>& lines, const ColumnModel& model) {
  std::vector<std::vector<ColumnLine>> columns(model.size());
  for (const auto* line : lines) {
    std::vector<ColumnLine> parts(model.size());
    for (const auto& g : line->glyphs) {
      ColumnLine& part = parts[model.column_of(g.cx())];
      if (part.glyphs.empty()) {
        part.y0 = g.y0;
        part.y1 = g.y1;
      }
      part.y0 = std::min(part.y0, g.y0);
      part.y1 = std::max(part.y1, g.y1);
      part.glyphs.push_back(g);
    }
    for (size_t c = 0; c < model.size(); ++c) {
      if (!parts[c].glyphs.empty()) columns[c].push_back(std::move(parts[c]));
    }
  }
  for (auto& column : columns) {
    std::sort(column.begin(), column.end(), [](const ColumnLine& a, const ColumnLine& b) { return a.cy() < b.cy(); });
  }
  return columns;
}

double median_height(const std::vector<const TextLine*>& lines) {
  std::vector<double> heights;
  for (const auto* line : lines) heights.push_back(line->height());
  if (heights.empty()) return 10.0;
  std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
  return std::max(heights[heights.size() / 2], 1.0);
}

// Consecutive lines closer than the cell gap are one cell.
std::vector<Extent> cluster_cells(const std::vector<ColumnLine>& lines, double em, const LayoutParams& params) {
  std::vector<Extent> cells;
  for (const auto& line : lines) {
    if (!cells.empty() && line.y0 - cells.back().y1 <= params.max_cell_line_gap_em * em) {
      cells.back().y1 = std::max(cells.back().y1, line.y1);
    } else {
      cells.push_back({line.y0, line.y1});
    }
  }
  return cells;
}

double misalignment(const Extent& group, const Extent& anchor, Alignment alignment) {
  switch (alignment) {
    case Alignment::centre: return std::abs(group.cy() - anchor.cy());
    case Alignment::top: return std::abs(group.y0 - anchor.y0);
    case Alignment::bottom: return std::abs(group.y1 - anchor.y1);
  }
  return 0;
}

// Whether `group` overlaps (by more than `slack`) the key cell of any
// anchor but `own`.
bool overlaps_other_anchor(const Extent& group, const std::vector<Extent>& anchors, size_t own, double slack) {
  auto first = std::lower_bound(anchors.begin(), anchors.end(), group.y0 + slack,
                                [](const Extent& anchor, double y) { return anchor.y1 < y; });
  for (auto it = first; it != anchors.end() && it->y0 < group.y1 - slack; ++it) {
    if (static_cast<size_t>(it - anchors.begin()) != own) return true;
  }
  return false;
}

struct Assignment {
  double cost = kInfinity;
  // Per line: the row it belongs to (1-based anchor), 0 for the tail of the
  // previous page's row, -1 for no row.
  std::vector<int> row_of_line;
};

// Matches a column's lines to the anchors by dynamic programming: lines
// are split into consecutive groups, each given to a later anchor than the
// one before, at the cost of its misalignment plus a penalty for wide gaps
// inside it; a line may stay unassigned at a fixed cost.
Assignment assign_column(const std::vector<ColumnLine>& lines, const std::vector<Extent>& anchors,
                         const std::vector<Extent>& targets, Alignment alignment, bool continuation_allowed, double em,
                         double page_leading, const LayoutParams& params) {
  const size_t m = lines.size(), n = anchors.size();
  // dp[i][k]: lines [0, i) placed, the last group given to anchor k (1-based; 0 = none yet or the tail).
  std::vector<std::vector<double>> dp(m + 1, std::vector<double>(n + 1, kInfinity));
  struct Step {
    size_t from_i = 0, from_k = 0;
    int row = -1;
  };
  std::vector<std::vector<Step>> back(m + 1, std::vector<Step>(n + 1));
  dp[0][0] = 0;
  const double unassigned = params.unassigned_line_cost_em * em;
  // Glyph boxes of different fonts (digits in a Latin font beside CJK) are
  // of different heights: lines aligned alike differ this much at their
  // tops or bottoms, which must not outweigh what the gaps say.
  const double box_slack = params.glyph_box_slack_em * em;
  // Lines of one cell follow at the font's leading; cells are further apart
  // by their padding. The leading is the column's smallest gap (between two
  // lines of one wrapped cell, if it has any); a wider gap inside a group
  // costs, which keeps a group from taking the first line of the next cell
  // when a one-line key fits both (a three-line cell centred on a key also
  // ends where it ends). A column whose lines are all further apart than
  // the lines of a cell can be (a row's tail over the next row's cell) has
  // no wrapped cell to show the leading: the page's other text does.
  double leading = kInfinity;
  for (size_t t = 1; t < m; ++t) leading = std::min(leading, std::max(0.0, lines[t].y0 - lines[t - 1].y1));
  if (leading == kInfinity) leading = 0;
  if (page_leading > 0 && leading > params.max_cell_line_gap_em * em) leading = std::min(leading, page_leading);
  const double gap_allowance = std::min(leading + params.cell_gap_slack_em * em, params.cell_gap_penalty_from_em * em);
  auto gap_penalty = [&](size_t i, size_t j) {
    double penalty = 0;
    for (size_t t = i + 1; t < j; ++t) {
      double gap = lines[t].y0 - lines[t - 1].y1;
      penalty += params.cell_gap_weight * std::max(0.0, gap - gap_allowance);
    }
    return penalty;
  };
  for (size_t i = 0; i < m; ++i) {
    for (size_t k = 0; k <= n; ++k) {
      double base = dp[i][k];
      if (base == kInfinity) continue;
      if (base + unassigned < dp[i + 1][k]) {
        dp[i + 1][k] = base + unassigned;
        back[i + 1][k] = {i, k, -1};
      }
      Extent group{lines[i].y0, lines[i].y1};
      for (size_t j = i + 1; j <= m && j - i <= kMaxCellLines; ++j) {
        group.y0 = std::min(group.y0, lines[j - 1].y0);
        group.y1 = std::max(group.y1, lines[j - 1].y1);
        double penalty = gap_penalty(i, j);
        if (i == 0 && k == 0 && continuation_allowed && n > 0 && group.y1 <= anchors[0].y0 + 0.1 * em) {
          double cost = base + params.continuation_cost_em * em + penalty;
          if (cost < dp[j][0]) {
            dp[j][0] = cost;
            back[j][0] = {i, k, 0};
          }
        }
        // Only anchors near the group can take it: anything further off
        // costs more than leaving its lines unassigned.
        double reach = unassigned + em;
        size_t first = static_cast<size_t>(
            std::lower_bound(anchors.begin(), anchors.end(), group.y0 - reach,
                             [](const Extent& anchor, double y) { return anchor.y1 < y; }) -
            anchors.begin());
        for (size_t a = std::max(k, first); a < n; ++a) {
          if (anchors[a].y0 > group.y1 + reach) break;
          // Rows are bands one under the other: a cell never reaches into
          // the key cell of another row.
          if (overlaps_other_anchor(group, anchors, a, 0.1 * em)) continue;
          // The last row may go on over the page break: the part on this
          // page then starts at its top, whatever the table's alignment.
          // So does the first row of a page that continues the grid, when
          // it is the rest of a row the break cut (its key cell wrapped
          // over the break: "可持续影响" / "指标").
          double fit = misalignment(group, targets[a], alignment);
          if (a + 1 == n || (a == 0 && continuation_allowed)) {
            fit = std::min(fit, misalignment(group, targets[a], Alignment::top));
          }
          double cost = base + std::max(0.0, fit - box_slack) + penalty;
          if (cost < dp[j][a + 1]) {
            dp[j][a + 1] = cost;
            back[j][a + 1] = {i, k, static_cast<int>(a + 1)};
          }
        }
      }
    }
  }
  Assignment best;
  size_t best_k = 0;
  for (size_t k = 0; k <= n; ++k) {
    if (dp[m][k] < best.cost) {
      best.cost = dp[m][k];
      best_k = k;
    }
  }
  best.row_of_line.assign(m, -1);
  for (size_t i = m, k = best_k; i > 0;) {
    const Step& step = back[i][k];
    for (size_t t = step.from_i; t < i; ++t) best.row_of_line[t] = step.row;
    i = step.from_i;
    k = step.from_k;
  }
  return best;
}

constexpr double kSameFit = 0.01;  // pt: fits that differ less are alike

struct OwnRowLabels {
  std::vector<int> first_row;  // 1-based row of each label
  double fit = 0;
};

// Each label as the first row of its run: the row it lies in, aligned in
// that row alike for all labels (but a label in the page's last row, which
// may be top-aligned). Nothing when a label lies in no single
// row, two labels share a row, or (on a page that does not continue the
// grid) the first label is not in the first row.
std::optional<OwnRowLabels> rows_of_own_labels(const std::vector<Extent>& labels, const std::vector<Extent>& rows,
                                               bool continuation_allowed, double em, const LayoutParams& params) {
  const double slack = params.label_row_slack_em * em;
  OwnRowLabels own;
  size_t next = 0;
  for (const auto& label : labels) {
    size_t r = next;
    while (r < rows.size() && !(rows[r].y0 - slack <= label.y0 && label.y1 <= rows[r].y1 + slack)) ++r;
    if (r == rows.size()) return std::nullopt;
    if (own.first_row.empty() && r != 0 && !continuation_allowed) return std::nullopt;
    own.first_row.push_back(static_cast<int>(r) + 1);
    next = r + 1;
  }
  own.fit = kInfinity;
  for (Alignment alignment : {Alignment::centre, Alignment::top, Alignment::bottom}) {
    double fit = 0;
    for (size_t k = 0; k < labels.size(); ++k) {
      size_t r = static_cast<size_t>(own.first_row[k] - 1);
      double label_fit = misalignment(labels[k], rows[r], alignment);
      // As in partition_rows: the page's last row may go on over the break,
      // its label at the top of the part on this page.
      if (r + 1 == rows.size()) label_fit = std::min(label_fit, misalignment(labels[k], rows[r], Alignment::top));
      fit += label_fit;
    }
    own.fit = std::min(own.fit, fit);
  }
  return own;
}

// The rows of a grouping column: its labels split the rows into runs, one
// per label, all aligned alike with their runs (centred, top or bottom,
// whichever fits the column best) but for the page's last run, whose merged
// cell may go on over the page break and print its label at the top of the
// part on this page. On a page that continues the grid, rows above the
// first run keep the label of the previous page; otherwise the first run
// starts at the first row. Returns the row each line goes to: the first row
// of its run.
std::vector<int> partition_rows(const std::vector<ColumnLine>& lines, const std::vector<Extent>& rows,
                                bool continuation_allowed, double em, const LayoutParams& params) {
  std::vector<Extent> labels = cluster_cells(lines, em, params);
  const size_t m = labels.size(), n = rows.size();
  std::vector<int> row_of_line(lines.size(), -1);
  if (m == 0 || n == 0) return row_of_line;
  // The alignment that fits the column best wins; between alignments that
  // fit alike, the one with the shorter runs (a label that fits its own row
  // says more than one that fits, centred, over its neighbours too).
  double best_fit = kInfinity;
  size_t best_length = 0, best_skipped = 0;
  std::vector<int> first_row(m, 1);
  for (Alignment alignment : {Alignment::centre, Alignment::top, Alignment::bottom}) {
    auto fit_of = [&](size_t k, const Extent& run, bool last_run) {
      double fit = misalignment(labels[k], run, alignment);
      return last_run ? std::min(fit, misalignment(labels[k], run, Alignment::top)) : fit;
    };
    // cost[k][e]: labels [0, k) placed, the last run ending before row e.
    std::vector<std::vector<double>> cost(m + 1, std::vector<double>(n + 1, kInfinity));
    std::vector<std::vector<size_t>> start(m + 1, std::vector<size_t>(n + 1, 0)), end(start);
    for (size_t e = 0; e <= (continuation_allowed ? n : 0); ++e) cost[0][e] = 0;
    // Of fits alike: centred or top-aligned, the runs leaving fewer rows
    // out (a centred label is centred on its whole run); bottom-aligned,
    // the shortest runs (a label printed at the bottom of its first row
    // fits every run ending there just as well).
    const double skipped_row_cost = alignment == Alignment::bottom ? 0.0 : kTieBreak;
    const double run_row_cost = alignment == Alignment::bottom ? kTieBreak : 0.0;
    auto skip_rows = [&](size_t k) {
      // Rows after a run need no label of their own: a merged label may
      // cover fewer rows than its group (the rest are filled down alike).
      for (size_t e = 0; e < n; ++e) {
        if (cost[k][e] + skipped_row_cost < cost[k][e + 1] - 1e-12) {
          cost[k][e + 1] = cost[k][e] + skipped_row_cost;
          start[k][e + 1] = start[k][e];
          end[k][e + 1] = end[k][e];
        }
      }
    };
    for (size_t k = 0; k < m; ++k) {
      if (k > 0) skip_rows(k);
      for (size_t from = 0; from < n; ++from) {
        if (cost[k][from] == kInfinity) continue;
        Extent run{rows[from].y0, rows[from].y1};
        for (size_t to = from; to < n; ++to) {
          run.y0 = std::min(run.y0, rows[to].y0);
          run.y1 = std::max(run.y1, rows[to].y1);
          if (labels[k].y0 < run.y0 - em || labels[k].y1 > run.y1 + em) continue;  // the label lies in its run
          double fit = fit_of(k, run, k + 1 == m && to + 1 == n);
          // On a page that continues the grid, where the first run starts
          // is open: of fits alike, the latest start (the rows before it
          // keep the previous page's label).
          if (k == 0 && continuation_allowed) fit += kTieBreak * static_cast<double>(to - from);
          fit += run_row_cost * static_cast<double>(to - from);
          double total = cost[k][from] + fit;
          if (total < cost[k + 1][to + 1]) {
            cost[k + 1][to + 1] = total;
            start[k + 1][to + 1] = from;
            end[k + 1][to + 1] = to;
          }
        }
      }
    }
    skip_rows(m);
    if (cost[m][n] == kInfinity) continue;
    std::vector<int> rows_of_labels(m);
    double fit = 0;
    size_t length = 0, last_end = n;
    for (size_t k = m, e = n; k > 0; --k) {
      size_t from = start[k][e], to = end[k][e];
      rows_of_labels[k - 1] = static_cast<int>(from) + 1;
      Extent run{rows[from].y0, rows[to].y1};
      fit += fit_of(k - 1, run, k == m && to + 1 == n);
      length += to - from + 1;
      if (k == m) last_end = to + 1;
      e = from;
    }
    // Rows between the first run's start and the last run's end that no
    // run covers.
    size_t skipped = last_end - static_cast<size_t>(rows_of_labels[0] - 1) - length;
    if (fit < best_fit - kSameFit || (fit <= best_fit + kSameFit && length < best_length)) {
      best_fit = fit;
      best_length = length;
      best_skipped = skipped;
      first_row = std::move(rows_of_labels);
    }
  }
  if (best_fit == kInfinity) return row_of_line;
  // Some producers print a merged label in the first row of its run,
  // aligned in that row, not over the whole run. When the runs found leave
  // rows between them with no label, and a label in the first row of each
  // run fits as well, the labels' own rows start the runs. As well: within
  // the glyph boxes' slack per label (a row's extent ends at a line of
  // Latin digits, shorter boxes than the CJK font's; a label centred in its
  // own row may then look centred, to the point, on a longer run too).
  if (best_skipped > 0) {
    const double alike = params.glyph_box_slack_em * em * static_cast<double>(m);
    if (auto own = rows_of_own_labels(labels, rows, continuation_allowed, em, params);
        own && own->fit <= best_fit + std::max(kSameFit, alike)) {
      first_row = std::move(own->first_row);
    }
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    size_t k = 0;
    while (k + 1 < m && lines[i].y0 > labels[k].y1) ++k;
    row_of_line[i] = first_row[k];
  }
  return row_of_line;
}

// Rows from ruling lines: the bands between the rules that cross the key
// column; each column's cells are the bands between the rules crossing
// it, and a cell goes to the key band it starts in. Nothing when the rules
// leave two key cells in one band (rules only around the table, say).
std::optional<std::vector<GroupedRow>> rows_from_rules(const std::vector<std::vector<ColumnLine>>& columns,
                                                       const ColumnModel& model, size_t key_column,
                                                       const Rulings& rulings, bool continuation_allowed, double em,
                                                       const LayoutParams& params) {
  double top = kInfinity, bottom = -kInfinity;
  for (const auto& column : columns) {
    for (const auto& line : column) {
      top = std::min(top, line.y0);
      bottom = std::max(bottom, line.y1);
    }
  }
  auto cuts_at = [&](size_t c) {
    double x = model.centres[c];
    return rulings.rows_at(x, top, bottom);
  };
  // A key cell merged over several rows (a 二级指标 over its run) has no
  // rule across it between them; the column ruled under every row tells
  // the rows apart: its bands are the rows.
  for (size_t c = 0; c < model.size(); ++c) {
    if (cuts_at(c).size() > cuts_at(key_column).size() && !columns[c].empty()) key_column = c;
  }
  std::vector<double> key_cuts = cuts_at(key_column);
  if (key_cuts.empty()) return std::nullopt;
  auto band_of = [](const std::vector<double>& cuts, double y) {
    return static_cast<size_t>(std::upper_bound(cuts.begin(), cuts.end(), y) - cuts.begin());
  };
  // Key bands: each holds at most one key cell.
  std::vector<std::vector<const ColumnLine*>> key_lines(key_cuts.size() + 1);
  for (const auto& line : columns[key_column]) key_lines[band_of(key_cuts, line.cy())].push_back(&line);
  for (const auto& band : key_lines) {
    for (size_t i = 1; i < band.size(); ++i) {
      if (band[i]->y0 - band[i - 1]->y1 > params.max_cell_line_gap_em * em) return std::nullopt;
    }
  }
  // Rows: the key bands holding a key cell; a band above the first of them
  // is the tail of the previous page's row (or joins the first row).
  std::vector<int> row_of_band(key_cuts.size() + 1, -1);
  int rows = 0;
  for (size_t b = 0; b < key_lines.size(); ++b) {
    if (!key_lines[b].empty()) row_of_band[b] = ++rows;
  }
  if (rows == 0) return std::nullopt;
  int last = continuation_allowed ? 0 : 1;
  for (size_t b = 0; b < row_of_band.size(); ++b) {
    if (row_of_band[b] < 0) row_of_band[b] = last;  // a band without a key: part of the row above
    last = row_of_band[b];
  }
  std::vector<GroupedRow> slots(static_cast<size_t>(rows) + 1);
  for (auto& slot : slots) {
    slot.cells.resize(model.size());
    slot.y0 = kInfinity;
    slot.y1 = -kInfinity;
  }
  slots[0].continuation = true;
  for (size_t c = 0; c < model.size(); ++c) {
    std::vector<double> cuts = cuts_at(c);
    for (const auto& line : columns[c]) {
      // The cell spans from the rule above the line to the rule below it;
      // its row is the key band its top is in.
      size_t cell = band_of(cuts, line.cy());
      double cell_top = cell == 0 ? top : cuts[cell - 1];
      size_t band = band_of(key_cuts, cell_top + 0.5 * em);
      GroupedRow& slot = slots[static_cast<size_t>(row_of_band[band])];
      slot.cells[c].push_back(glyph_text(line.glyphs, params));
      slot.y0 = std::min(slot.y0, line.y0);
      slot.y1 = std::max(slot.y1, line.y1);
    }
  }
  std::vector<GroupedRow> out;
  for (auto& slot : slots) {
    bool empty = std::all_of(slot.cells.begin(), slot.cells.end(), [](const auto& cell) { return cell.empty(); });
    if (!empty) out.push_back(std::move(slot));
  }
  std::stable_sort(out.begin(), out.end(), [](const GroupedRow& a, const GroupedRow& b) {
    if (a.continuation != b.continuation) return a.continuation;
    return a.y0 < b.y0;
  });
  return out;
}

}  // namespace

std::vector<size_t> cells_per_column(const std::vector<const TextLine*>& lines, const ColumnModel& model,
                                     const LayoutParams& params) {
  auto columns = split_by_column(lines, model);
  double em = median_height(lines);
  std::vector<size_t> cells(columns.size());
  for (size_t c = 0; c < columns.size(); ++c) cells[c] = cluster_cells(columns[c], em, params).size();
  return cells;
}

size_t busiest_column(const std::vector<size_t>& cells, const LayoutParams& params) {
  size_t most = cells.empty() ? 0 : *std::max_element(cells.begin(), cells.end());
  // Long wrapped cells may come apart into extra clusters: the leftmost
  // column filled in nearly every row is the key, not the one with most.
  for (size_t c = 0; c < cells.size(); ++c) {
    if (static_cast<double>(cells[c]) >= params.key_column_share * static_cast<double>(most)) return c;
  }
  return 0;
}

std::vector<GroupedRow> group_rows(const std::vector<const TextLine*>& lines, const ColumnModel& model, RowKey key,
                                   bool continuation_allowed, const LayoutParams& params, const Rulings* rulings,
                                   double leading) {
  std::vector<GroupedRow> rows;
  if (lines.empty() || model.size() == 0) return rows;
  auto columns = split_by_column(lines, model);
  double em = median_height(lines);
  size_t key_column = std::min(key.column, model.size() - 1);
  if (rulings && !rulings->horizontal.empty()) {
    if (auto ruled = rows_from_rules(columns, model, key_column, *rulings, continuation_allowed, em, params)) {
      return std::move(*ruled);
    }
  }
  std::vector<Extent> anchors;
  if (key.one_line_per_row) {
    for (const auto& line : columns[key_column]) anchors.push_back({line.y0, line.y1});
  } else {
    anchors = cluster_cells(columns[key_column], em, params);
  }

  // Row 0 is the tail of the previous page's row; rows 1..n the anchors'.
  std::vector<GroupedRow> slots(anchors.size() + 1);
  for (auto& slot : slots) slot.cells.resize(model.size());
  for (size_t a = 0; a < anchors.size(); ++a) {
    slots[a + 1].y0 = anchors[a].y0;
    slots[a + 1].y1 = anchors[a].y1;
  }
  slots[0].continuation = true;
  slots[0].y0 = kInfinity;
  slots[0].y1 = -kInfinity;

  // Pass 1 aligns every column with the key cells; pass 2 again with the
  // rows as the other columns make them (a cell top-aligned in a row whose
  // key is centred aligns with the row's top, not the key's).
  std::vector<std::vector<int>> row_of_line(model.size());
  std::vector<double> fit_cost(model.size(), kInfinity);
  auto assign = [&](size_t c, const std::vector<Extent>& targets) {
    Assignment best;
    for (Alignment alignment : {Alignment::centre, Alignment::top, Alignment::bottom}) {
      Assignment candidate =
          assign_column(columns[c], anchors, targets, alignment, continuation_allowed, em, leading, params);
      if (candidate.cost < best.cost) best = std::move(candidate);
    }
    return best;
  };
  for (size_t c = 0; c < model.size(); ++c) {
    if (columns[c].empty()) continue;
    if (c == key_column) {
      // Key lines are the anchors themselves: each goes to its own cell.
      size_t a = 0;
      for (const auto& line : columns[c]) {
        while (a + 1 < anchors.size() && line.y0 > anchors[a].y1) ++a;
        row_of_line[c].push_back(anchors.empty() ? 0 : static_cast<int>(a + 1));
      }
    } else if (c > key_column) {
      Assignment best = assign(c, anchors);
      row_of_line[c] = std::move(best.row_of_line);
      fit_cost[c] = best.cost;
    }
    row_of_line[c].resize(columns[c].size(), -1);
  }
  if (!anchors.empty()) {
    // Each row's extent is that of its tallest cell: the tallest cell fills
    // its row whatever its alignment (a top-aligned merged label or a
    // centred key says less).
    // Only columns the key's alignment already fits well say where rows are.
    std::vector<bool> reliable(model.size(), false);
    for (size_t c = 0; c < model.size(); ++c) {
      reliable[c] = c == key_column ||
                    (!columns[c].empty() &&
                     fit_cost[c] <= params.reliable_fit_em * em * static_cast<double>(columns[c].size()));
    }
    std::vector<std::vector<Extent>> cell_extent(model.size(), std::vector<Extent>(anchors.size(), {kInfinity, -kInfinity}));
    for (size_t c = 0; c < model.size(); ++c) {
      if (!reliable[c]) continue;
      for (size_t i = 0; i < columns[c].size(); ++i) {
        int row = row_of_line[c][i];
        if (row < 1) continue;
        Extent& cell = cell_extent[c][static_cast<size_t>(row - 1)];
        cell.y0 = std::min(cell.y0, columns[c][i].y0);
        cell.y1 = std::max(cell.y1, columns[c][i].y1);
      }
    }
    for (size_t c = key_column + 1; c < model.size(); ++c) {
      if (columns[c].empty()) continue;
      std::vector<Extent> rows_without_c = anchors;
      for (size_t a = 0; a < anchors.size(); ++a) {
        for (size_t other = 0; other < model.size(); ++other) {
          const Extent& cell = cell_extent[other][a];
          if (other == c || cell.y0 > cell.y1) continue;
          if (cell.y1 - cell.y0 > rows_without_c[a].y1 - rows_without_c[a].y0) rows_without_c[a] = cell;
        }
      }
      // The second pass stands only where it fits better than the first.
      Assignment best = assign(c, rows_without_c);
      if (best.cost < fit_cost[c]) row_of_line[c] = std::move(best.row_of_line);
    }
    // Columns left of the key group the rows: their cells are merged over
    // runs of rows (一级指标 over its 二级指标), each label placed in the
    // first row of its run.
    std::vector<Extent> rows = anchors;
    for (size_t a = 0; a < anchors.size(); ++a) {
      for (size_t other = key_column; other < model.size(); ++other) {
        const Extent& cell = cell_extent[other][a];
        if (cell.y0 <= cell.y1 && cell.y1 - cell.y0 > rows[a].y1 - rows[a].y0) rows[a] = cell;
      }
    }
    for (size_t c = 0; c < key_column; ++c) {
      if (!columns[c].empty()) row_of_line[c] = partition_rows(columns[c], rows, continuation_allowed, em, params);
    }
  }

  for (size_t c = 0; c < model.size(); ++c) {
    const auto& column = columns[c];
    row_of_line[c].resize(column.size(), -1);
    // A line no row took joins the row of the line above it in the column
    // (or the first row): never dropped.
    int last = anchors.empty() ? 0 : 1;
    for (size_t i = 0; i < column.size(); ++i) {
      int row = row_of_line[c][i];
      if (row < 0) row = last;
      last = row;
      GroupedRow& slot = slots[static_cast<size_t>(row)];
      slot.cells[c].push_back(glyph_text(column[i].glyphs, params));
      slot.y0 = std::min(slot.y0, column[i].y0);
      slot.y1 = std::max(slot.y1, column[i].y1);
    }
  }
  for (auto& slot : slots) {
    bool empty = std::all_of(slot.cells.begin(), slot.cells.end(), [](const auto& cell) { return cell.empty(); });
    if (!empty) rows.push_back(std::move(slot));
  }
  std::stable_sort(rows.begin(), rows.end(), [](const GroupedRow& a, const GroupedRow& b) {
    if (a.continuation != b.continuation) return a.continuation;
    return a.y0 < b.y0;
  });
  return rows;
}

}  // namespace budgetpdf::extract
