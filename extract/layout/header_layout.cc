#include "extract/layout/header_layout.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "extract/layout/text_lines.h"

namespace budgetpdf::extract {
namespace {

struct Label {
  double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
  std::vector<std::string> lines;
  size_t home = 0;      // column holding the label's centre
  bool group = false;   // has labels printed under it
  size_t first = 0, last = 0;  // columns covered

  double cx() const { return (x0 + x1) / 2; }
  double cy() const { return (y0 + y1) / 2; }
};

// Words of a header line: split at label gaps and at column boundaries that
// fall between two glyphs (labels of neighbouring columns may sit close).
std::vector<Label> words_of(const TextLine& line, const ColumnModel& model, const LayoutParams& params) {
  std::vector<Label> words;
  std::vector<Glyph> run;
  auto flush = [&] {
    if (run.empty()) return;
    Label word{run.front().x0, run.back().x1, run.front().y0, run.front().y1, {glyph_text(run, params)}, 0, false, 0, 0};
    for (const auto& g : run) {
      word.y0 = std::min(word.y0, g.y0);
      word.y1 = std::max(word.y1, g.y1);
      word.x1 = std::max(word.x1, g.x1);
    }
    word.home = model.column_of(word.cx());
    words.push_back(std::move(word));
    run.clear();
  };
  for (const auto& g : line.glyphs) {
    if (!run.empty()) {
      const Glyph& previous = run.back();
      double em = std::max({previous.height(), g.height(), 1.0});
      double gap = g.x0 - previous.x1;
      bool boundary_between = false;
      for (double b : model.boundaries) {
        if (previous.x1 <= b && b <= g.x0) boundary_between = true;
      }
      if (gap > params.label_gap_em * em || (boundary_between && gap > 0.1 * em)) flush();
    }
    run.push_back(g);
  }
  flush();
  return words;
}

double span_centre(const ColumnModel& model, size_t first, size_t last) {
  return (model.column_left(first) + model.column_right(last)) / 2;
}

// The columns each group covers, by centring: the groups of one tier split
// the run of columns under them so that each is best centred over its part.
void assign_spans(std::vector<Label*> tier, const std::vector<bool>& under_any, const ColumnModel& model,
                  double tolerance) {
  std::sort(tier.begin(), tier.end(), [](const Label* a, const Label* b) { return a->cx() < b->cx(); });
  size_t i = 0;
  while (i < tier.size()) {
    // Groups whose homes lie in one contiguous run of columns share it.
    Label* first = tier[i];
    size_t run_start = first->home, run_end = first->home;
    if (under_any[first->home]) {
      while (run_start > 0 && under_any[run_start - 1]) --run_start;
      while (run_end + 1 < model.size() && under_any[run_end + 1]) ++run_end;
    }
    size_t j = i;
    while (j < tier.size() && tier[j]->home >= run_start && tier[j]->home <= run_end) ++j;
    if (j == i) j = i + 1;  // a group whose home is outside every run stands alone
    std::vector<Label*> sharing(tier.begin() + static_cast<std::ptrdiff_t>(i), tier.begin() + static_cast<std::ptrdiff_t>(j));
    // Try every split of [run_start, run_end] into consecutive parts, one per
    // group, each holding its group's home; keep the best centred.
    double best_cost = 1e300;
    std::vector<std::pair<size_t, size_t>> best, current;
    std::function<void(size_t, size_t, double)> search = [&](size_t g, size_t from, double cost) {
      if (cost >= best_cost) return;
      if (g == sharing.size()) {
        best_cost = cost;
        best = current;
        return;
      }
      size_t home = sharing[g]->home;
      if (home < from) return;
      size_t last_end = g + 1 == sharing.size() ? run_end : (sharing[g + 1]->home > 0 ? sharing[g + 1]->home - 1 : 0);
      for (size_t a = from; a <= home; ++a) {
        if (g > 0 && a != from) break;  // parts are consecutive after the first
        for (size_t b = home; b <= std::max(home, last_end); ++b) {
          // Parts centred under the label within the tolerance are equally
          // good; among them the widest wins (a label is centred over all
          // the columns under it, not only the middle ones).
          double error = std::max(0.0, std::abs(span_centre(model, a, b) - sharing[g]->cx()) - tolerance);
          current.push_back({a, b});
          search(g + 1, b + 1, cost + error - 1e-3 * static_cast<double>(b - a));
          current.pop_back();
        }
      }
    };
    search(0, run_start, 0);
    for (size_t g = 0; g < sharing.size(); ++g) {
      sharing[g]->first = best.empty() ? sharing[g]->home : best[g].first;
      sharing[g]->last = best.empty() ? sharing[g]->home : best[g].second;
    }
    i = j;
  }
}

}  // namespace

std::vector<PrintedLine> header_rows(const std::vector<const TextLine*>& band, const ColumnModel& model,
                                     double band_bottom, int page, const LayoutParams& params) {
  std::vector<PrintedLine> rows;
  if (band.empty() || model.size() == 0) return rows;

  // Words, merged into labels: lines of one label sit close, one under the other.
  std::vector<Label> labels;
  for (const auto* line : band) {
    for (auto& word : words_of(*line, model, params)) {
      double em = std::max(word.y1 - word.y0, 1.0);
      Label* home = nullptr;
      for (auto& label : labels) {
        bool aligned = std::abs(label.cx() - word.cx()) <= params.wrapped_label_centre_em * em ||
                       std::abs(label.x0 - word.x0) <= params.wrapped_label_left_em * em;
        if (label.home == word.home && aligned && word.y0 - label.y1 <= params.max_cell_line_gap_em * em &&
            word.y0 >= label.y1 - 0.5 * em) {
          home = &label;
        }
      }
      if (home) {
        home->lines.push_back(word.lines.front());
        home->x0 = std::min(home->x0, word.x0);
        home->x1 = std::max(home->x1, word.x1);
        home->y1 = std::max(home->y1, word.y1);
      } else {
        labels.push_back(std::move(word));
      }
    }
  }

  // A label with another printed under it in its column, or wider than its
  // column, is a group label.
  for (auto& label : labels) {
    double em = std::max(label.y1 - label.y0, 1.0) / std::max<size_t>(label.lines.size(), 1);
    for (const auto& other : labels) {
      if (&other != &label && other.home == label.home && other.y0 >= label.y1 - 0.2 * em) label.group = true;
    }
    double width = model.column_right(label.home) - model.column_left(label.home);
    if (label.x1 - label.x0 > 1.05 * width) label.group = true;
    label.first = label.last = label.home;
  }

  // Columns under each tier of groups, then their spans.
  std::vector<Label*> groups;
  for (auto& label : labels) {
    if (label.group) groups.push_back(&label);
  }
  std::sort(groups.begin(), groups.end(), [](const Label* a, const Label* b) { return a->y0 < b->y0; });
  std::vector<std::vector<Label*>> tiers;
  for (Label* group : groups) {
    if (!tiers.empty() && group->y0 < tiers.back().front()->y1) {
      tiers.back().push_back(group);
    } else {
      tiers.push_back({group});
    }
  }
  for (auto& tier : tiers) {
    double top = tier.front()->y0, bottom = tier.front()->y1;
    for (const Label* g : tier) {
      top = std::min(top, g->y0);
      bottom = std::max(bottom, g->y1);
    }
    // A column lies under the tier when its own label sits below the tier
    // and is centred on the part of the header below it rather than on the
    // whole header (a label merged over both rows, like 合计, is centred on
    // the whole).
    std::vector<bool> under(model.size(), false);
    for (const auto& label : labels) {
      if (label.group && label.y0 <= bottom) continue;
      if (label.y0 < bottom - 0.2 * (bottom - top)) continue;
      double below_centre = (bottom + band_bottom) / 2, whole_centre = (top + band_bottom) / 2;
      if (std::abs(label.cy() - below_centre) <= std::abs(label.cy() - whole_centre)) under[label.home] = true;
    }
    double em = (bottom - top) / std::max<size_t>(tier.front()->lines.size(), 1);
    assign_spans(tier, under, model, params.span_centre_tolerance_em * em);
  }

  // Rows: one per tier of groups, then the labels of single columns.
  for (const auto& tier : tiers) {
    PrintedLine row;
    row.kind = LineKind::row;
    row.header = true;
    row.page = row.last_page = page;
    std::vector<const Label*> ordered(tier.begin(), tier.end());
    std::sort(ordered.begin(), ordered.end(), [](const Label* a, const Label* b) { return a->first < b->first; });
    size_t c = 0;
    for (const Label* group : ordered) {
      if (group->first < c) continue;  // overlapping spans: keep the first
      for (; c < group->first; ++c) row.cells.push_back(Cell{{""}, 1});
      row.cells.push_back(Cell{group->lines, static_cast<int>(group->last - group->first + 1)});
      c = group->last + 1;
    }
    for (; c < model.size(); ++c) row.cells.push_back(Cell{{""}, 1});
    rows.push_back(std::move(row));
  }
  PrintedLine leaves;
  leaves.kind = LineKind::row;
  leaves.header = true;
  leaves.page = leaves.last_page = page;
  leaves.cells.assign(model.size(), Cell{{}, 1});
  std::vector<const Label*> singles;
  for (const auto& label : labels) {
    if (!label.group) singles.push_back(&label);
  }
  std::sort(singles.begin(), singles.end(), [](const Label* a, const Label* b) { return a->y0 < b->y0; });
  for (const Label* label : singles) {
    auto& lines = leaves.cells[label->home].lines;
    lines.insert(lines.end(), label->lines.begin(), label->lines.end());
  }
  for (auto& cell : leaves.cells) {
    if (cell.lines.empty()) cell.lines.emplace_back();
  }
  rows.push_back(std::move(leaves));
  if (!rows.empty()) rows.front().starts_block = true;
  return rows;
}

}  // namespace budgetpdf::extract
