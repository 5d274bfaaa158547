#include "extract/column_model.h"

#include <algorithm>

namespace budgetpdf::extract {
namespace {

struct Run {
  double x0, x1;
};

std::vector<Run> touching_runs(const TextLine& line, const LayoutParams& params) {
  std::vector<Run> runs;
  for (const auto& g : line.glyphs) {
    double em = std::max(g.height(), 1.0);
    if (!runs.empty() && g.x0 - runs.back().x1 <= params.touching_gap_em * em) {
      runs.back().x1 = std::max(runs.back().x1, g.x1);
    } else {
      runs.push_back({g.x0, g.x1});
    }
  }
  return runs;
}

}  // namespace

size_t ColumnModel::column_of(double x) const {
  size_t c = 0;
  while (c < boundaries.size() && x >= boundaries[c]) ++c;
  return c;
}

ColumnModel midpoint_model(const std::vector<double>& centres, double left, double right) {
  ColumnModel model;
  model.centres = centres;
  model.left = left;
  model.right = right;
  for (size_t i = 0; i + 1 < centres.size(); ++i) model.boundaries.push_back((centres[i] + centres[i + 1]) / 2);
  return model;
}

ColumnModel gutter_model(const std::vector<double>& centres, const std::vector<const TextLine*>& lines) {
  ColumnModel model = midpoint_model(centres, centres.empty() ? 0 : centres.front(), centres.empty() ? 0 : centres.back());
  std::vector<std::pair<double, double>> ink;
  double left = centres.empty() ? 0 : centres.front(), right = centres.empty() ? 0 : centres.back();
  for (const auto* line : lines) {
    for (const auto& g : line->glyphs) {
      ink.emplace_back(g.x0, g.x1);
      left = std::min(left, g.x0);
      right = std::max(right, g.x1);
    }
  }
  std::sort(ink.begin(), ink.end());
  for (size_t i = 0; i + 1 < centres.size(); ++i) {
    double from = centres[i], to = centres[i + 1];
    // Sweep the ink between the two centres for the widest free stretch.
    double cursor = from, best_gap = 0, best_from = from, best_to = to;
    for (const auto& [x0, x1] : ink) {
      if (x1 <= cursor) continue;
      if (x0 >= to) break;
      if (x0 > cursor && x0 - cursor > best_gap) {
        best_gap = x0 - cursor;
        best_from = cursor;
        best_to = x0;
      }
      cursor = std::max(cursor, x1);
    }
    if (to > cursor && to - cursor > best_gap) {
      best_gap = to - cursor;
      best_from = cursor;
      best_to = to;
    }
    // Within the free stretch, the point nearest the middle of the centres:
    // when one column is empty on the page the stretch runs up to its
    // centre, and its own middle would cut the column in two.
    double margin = std::min(2.0, 0.25 * (best_to - best_from));
    double middle = (from + to) / 2;
    model.boundaries[i] = std::clamp(middle, best_from + margin, best_to - margin);
  }
  model.left = left;
  model.right = right;
  return model;
}

bool crosses_boundary(const TextLine& line, const ColumnModel& model, const LayoutParams& params) {
  for (const auto& run : touching_runs(line, params)) {
    for (double b : model.boundaries) {
      if (run.x0 < b - params.boundary_tolerance_pt && run.x1 > b + params.boundary_tolerance_pt) return true;
    }
  }
  return false;
}

int centres_covered(const TextLine& line, const ColumnModel& model, const LayoutParams& params) {
  int most = 0;
  for (const auto& run : touching_runs(line, params)) {
    int covered = 0;
    for (double c : model.centres) {
      if (run.x0 < c - params.boundary_tolerance_pt && run.x1 > c + params.boundary_tolerance_pt) ++covered;
    }
    most = std::max(most, covered);
  }
  return most;
}

}  // namespace budgetpdf::extract
