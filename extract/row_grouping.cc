#include "extract/row_grouping.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "extract/text_lines.h"

namespace budgetpdf::extract {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
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
Assignment assign_column(const std::vector<ColumnLine>& lines, const std::vector<Extent>& anchors, Alignment alignment,
                         bool continuation_allowed, double em, const LayoutParams& params) {
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
  auto gap_penalty = [&](size_t i, size_t j) {
    double penalty = 0;
    for (size_t t = i + 1; t < j; ++t) {
      double gap = lines[t].y0 - lines[t - 1].y1;
      penalty += std::max(0.0, gap - params.cell_gap_penalty_from_em * em);
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
          double cost = base + misalignment(group, anchors[a], alignment) + penalty;
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

}  // namespace

size_t busiest_column(const std::vector<const TextLine*>& lines, const ColumnModel& model, const LayoutParams& params) {
  auto columns = split_by_column(lines, model);
  double em = median_height(lines);
  size_t best = 0, most = 0;
  for (size_t c = 0; c < columns.size(); ++c) {
    size_t cells = cluster_cells(columns[c], em, params).size();
    if (cells > most) {
      most = cells;
      best = c;
    }
  }
  return best;
}

std::vector<GroupedRow> group_rows(const std::vector<const TextLine*>& lines, const ColumnModel& model, RowKey key,
                                   bool continuation_allowed, const LayoutParams& params) {
  std::vector<GroupedRow> rows;
  if (lines.empty() || model.size() == 0) return rows;
  auto columns = split_by_column(lines, model);
  double em = median_height(lines);
  size_t key_column = std::min(key.column, model.size() - 1);
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

  for (size_t c = 0; c < model.size(); ++c) {
    const auto& column = columns[c];
    if (column.empty()) continue;
    std::vector<int> row_of_line;
    if (c == key_column) {
      // Key lines are the anchors themselves: each goes to its own cell.
      size_t a = 0;
      for (const auto& line : column) {
        while (a + 1 < anchors.size() && line.y0 > anchors[a].y1) ++a;
        row_of_line.push_back(anchors.empty() ? 0 : static_cast<int>(a + 1));
      }
    } else {
      Assignment best;
      for (Alignment alignment : {Alignment::centre, Alignment::top, Alignment::bottom}) {
        Assignment candidate = assign_column(column, anchors, alignment, continuation_allowed, em, params);
        if (candidate.cost < best.cost) best = std::move(candidate);
      }
      row_of_line = std::move(best.row_of_line);
    }
    // A line no row took joins the row of the line above it in the column
    // (or the first row): never dropped.
    int last = anchors.empty() ? 0 : 1;
    for (size_t i = 0; i < column.size(); ++i) {
      int row = row_of_line[i];
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
