#include "extract/column_model.h"

#include <algorithm>
#include <optional>

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
  // A column is as wide on each side of its centre (the 栏次 numbers and
  // header labels are centred), so each boundary mirrors the previous one
  // about the centre between them. The mirror image is where the next
  // boundary should be; it is moved into the nearest stretch of the ink's
  // gutters, which keeps the chain from drifting.
  std::optional<double> previous;
  for (size_t i = 0; i + 1 < centres.size(); ++i) {
    double from = centres[i], to = centres[i + 1];
    std::vector<std::pair<double, double>> free;
    double cursor = from;
    for (const auto& [x0, x1] : ink) {
      if (x1 <= cursor) continue;
      if (x0 >= to) break;
      if (x0 > cursor) free.emplace_back(cursor, x0);
      cursor = std::max(cursor, x1);
    }
    if (to > cursor) free.emplace_back(cursor, to);
    double target = previous ? 2 * from - *previous : (from + to) / 2;
    if (target <= from || target >= to) target = (from + to) / 2;
    if (free.empty()) {
      model.boundaries[i] = target;
    } else {
      auto distance = [target](const std::pair<double, double>& stretch) {
        return target < stretch.first ? stretch.first - target : target > stretch.second ? target - stretch.second : 0.0;
      };
      auto nearest = *std::min_element(free.begin(), free.end(),
                                       [&](const auto& a, const auto& b) { return distance(a) < distance(b); });
      double margin = std::min(2.0, 0.25 * (nearest.second - nearest.first));
      model.boundaries[i] = std::clamp(target, nearest.first + margin, nearest.second - margin);
    }
    previous = model.boundaries[i];
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
