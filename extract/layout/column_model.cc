#include "extract/layout/column_model.h"

#include <algorithm>
#include <optional>

namespace budgetpdf::extract {
namespace {

struct Run {
  double x0, x1;
};

// Cells lined up on one edge start or end within this distance (pt), in
// at least this many rows.
constexpr double kEdgeTolerance = 0.75;
constexpr int kMinLinedUp = 2;
constexpr size_t kMinRowsForEdges = 4;

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

// Runs of the lines split only at gaps wider than a word space: one phrase
// is one cell's text. `em`: the lines' median glyph height.
struct Phrases {
  std::vector<std::pair<double, double>> spans;
  double em = 1;
};

Phrases phrases_of(const std::vector<const TextLine*>& lines, const LayoutParams& params) {
  Phrases out;
  std::vector<double> heights;
  for (const auto* line : lines) {
    bool open = false;
    for (const auto& g : line->glyphs) {
      heights.push_back(g.height());
      if (open && g.x0 - out.spans.back().second <= params.chunk_gap_em * std::max(g.height(), 1.0)) {
        out.spans.back().second = std::max(out.spans.back().second, g.x1);
      } else {
        out.spans.emplace_back(g.x0, g.x1);
        open = true;
      }
    }
  }
  if (!heights.empty()) {
    std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
    out.em = std::max(heights[heights.size() / 2], 1.0);
  }
  return out;
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

ColumnModel gutter_model(const std::vector<double>& centres, const std::vector<const TextLine*>& lines,
                         double left_edge, const LayoutParams& params, const ColumnModel* prior) {
  ColumnModel model = midpoint_model(centres, centres.empty() ? 0 : centres.front(), centres.empty() ? 0 : centres.back());
  // Glyphs closer than `touching` leave no gutter between them (some
  // producers leave a hair's breadth between the glyphs of a word).
  struct Ink {
    double x0, x1, touching;
    bool operator<(const Ink& other) const { return x0 < other.x0 || (x0 == other.x0 && x1 < other.x1); }
  };
  std::vector<Ink> ink;
  double left = centres.empty() ? 0 : centres.front(), right = centres.empty() ? 0 : centres.back();
  for (const auto* line : lines) {
    for (const auto& g : line->glyphs) {
      ink.push_back({g.x0, g.x1, params.touching_gap_em * g.height()});
      left = std::min(left, g.x0);
      right = std::max(right, g.x1);
    }
  }
  std::sort(ink.begin(), ink.end());
  // Runs of touching glyphs: where cells start and end.
  std::vector<std::pair<double, double>> runs;
  for (const auto* line : lines) {
    for (const auto& g : line->glyphs) {
      if (!runs.empty() && g.x0 >= runs.back().first && g.x0 - runs.back().second <= params.touching_gap_em * g.height()) {
        runs.back().second = std::max(runs.back().second, g.x1);
      } else {
        runs.emplace_back(g.x0, g.x1);
      }
    }
  }
  // Only a grid of a few rows looks at its phrases (see `misplaced`).
  const Phrases phrases = lines.size() < kMinRowsForEdges ? phrases_of(lines, params) : Phrases{};
  // The mirror image of the previous boundary is where the next one should
  // be; moving it into the nearest free stretch keeps the chain from
  // drifting.
  std::optional<double> previous;
  for (size_t i = 0; i + 1 < centres.size(); ++i) {
    double from = centres[i], to = centres[i + 1];
    std::vector<std::pair<double, double>> free;
    double cursor = from;
    for (const auto& glyph : ink) {
      if (glyph.x1 <= cursor) continue;
      if (glyph.x0 >= to) break;
      if (glyph.x0 > cursor + glyph.touching) free.emplace_back(cursor, glyph.x0);
      cursor = std::max(cursor, glyph.x1);
    }
    if (to > cursor) free.emplace_back(cursor, to);
    double target = prior && prior->boundaries.size() == model.boundaries.size() ? prior->boundaries[i]
                    : previous                                                 ? 2 * from - *previous
                                                                               : 2 * from - std::min(left, left_edge);
    if (target <= from || target >= to) target = (from + to) / 2;
    if (free.empty()) {
      model.boundaries[i] = target;
    } else {
      auto distance = [target](const std::pair<double, double>& stretch) {
        return target < stretch.first ? stretch.first - target : target > stretch.second ? target - stretch.second : 0.0;
      };
      // When the mirror image falls on ink (a header not centred in its
      // columns breaks the mirror), the gutter is the stretch that text
      // lines up against: cells end at its left (right-aligned) or start at
      // its right (left-aligned) in many rows.
      auto evidence = [&](const std::pair<double, double>& stretch) {
        int lined_up = 0;
        for (const auto& [x0, x1] : runs) {
          if (stretch.first > from && std::abs(x1 - stretch.first) <= kEdgeTolerance) ++lined_up;
          if (stretch.second < to && std::abs(x0 - stretch.second) <= kEdgeTolerance) ++lined_up;
        }
        return lined_up;
      };
      // With a few rows only and the mirror image well inside ink (more
      // than a phrase gap from any stretch: the chain started from a column
      // these rows leave empty), the gutter is the stretch that splits no
      // phrase and leaves each phrase in the column of the nearer centre: a
      // word space inside 《…》 is no gutter.
      auto misplaced = [&](const std::pair<double, double>& stretch) {
        int count = 0;
        for (const auto& [x0, x1] : phrases.spans) {
          if (x1 <= from || x0 >= to) continue;
          bool left = x1 <= stretch.first, right = x0 >= stretch.second;
          bool nearer_left = (x0 + x1) / 2 - from < to - (x0 + x1) / 2;
          if ((!left && !right) || (left && !nearer_left) || (right && nearer_left)) ++count;
        }
        return count;
      };
      auto better = [&](const auto& a, const auto& b) {
        if (distance(a) == 0 || distance(b) == 0) return distance(a) < distance(b);
        if (lines.size() < kMinRowsForEdges) {
          if (std::min(distance(a), distance(b)) <= params.chunk_gap_em * phrases.em) return distance(a) < distance(b);
          int ma = misplaced(a), mb = misplaced(b);
          return ma != mb ? ma < mb : distance(a) < distance(b);
        }
        // Lined up in a few rows at least, among enough rows, or it says
        // nothing.
        int ea = std::max(evidence(a), kMinLinedUp - 1), eb = std::max(evidence(b), kMinLinedUp - 1);
        return ea != eb ? ea > eb : distance(a) < distance(b);
      };
      auto chosen = *std::min_element(free.begin(), free.end(), better);
      double margin = std::min(2.0, 0.25 * (chosen.second - chosen.first));
      model.boundaries[i] = std::clamp(target, chosen.first + margin, chosen.second - margin);
    }
    previous = model.boundaries[i];
  }
  model.left = left;
  model.right = right;
  return model;
}

int centres_covered(const TextLine& line, const ColumnModel& model, const LayoutParams& params,
                    double starting_before) {
  int most = 0;
  for (const auto& run : touching_runs(line, params)) {
    if (run.x0 >= starting_before) continue;
    int covered = 0;
    for (double c : model.centres) {
      if (run.x0 < c - params.boundary_tolerance_pt && run.x1 > c + params.boundary_tolerance_pt) ++covered;
    }
    most = std::max(most, covered);
  }
  return most;
}

}  // namespace budgetpdf::extract
