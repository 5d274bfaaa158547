#include "extract/layout/rulings.h"

#include <algorithm>
#include <cmath>

namespace budgetpdf::extract {
namespace {

// Pixels darker than this are ink (rules are drawn black or dark grey).
constexpr std::uint8_t kDark = 160;

struct Run {
  int from, to, at;  // [from, to] along the run, `at` across it
};

// Long dark runs along rows (horizontal = true) or columns.
std::vector<Run> dark_runs(const Raster& r, bool horizontal, int min_pixels) {
  std::vector<Run> runs;
  int lines = horizontal ? r.height : r.width, length = horizontal ? r.width : r.height;
  for (int a = 0; a < lines; ++a) {
    int start = -1;
    for (int b = 0; b <= length; ++b) {
      bool dark = b < length && r.grey[static_cast<size_t>(horizontal ? a * r.width + b : b * r.width + a)] < kDark;
      if (dark && start < 0) start = b;
      if (!dark && start >= 0) {
        if (b - start >= min_pixels) runs.push_back({start, b - 1, a});
        start = -1;
      }
    }
  }
  return runs;
}

// Runs in adjacent pixel lines that overlap are one rule (a rule a point
// wide covers one or two pixel lines).
std::vector<Rule> merge(std::vector<Run> runs, bool horizontal, double scale) {
  std::vector<Rule> rules;
  std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.at < b.at || (a.at == b.at && a.from < b.from); });
  std::vector<std::vector<Run>> groups;
  std::vector<int> group_last;
  for (const auto& run : runs) {
    bool joined = false;
    for (size_t g = 0; g < groups.size(); ++g) {
      const Run& last = groups[g].back();
      if (group_last[g] >= run.at - 1 && run.from <= last.to && run.to >= last.from) {
        groups[g].push_back(run);
        group_last[g] = run.at;
        joined = true;
        break;
      }
    }
    if (!joined) {
      groups.push_back({run});
      group_last.push_back(run.at);
    }
  }
  for (const auto& group : groups) {
    int from = group.front().from, to = group.front().to;
    double across = 0;
    for (const auto& run : group) {
      from = std::min(from, run.from);
      to = std::max(to, run.to);
      across += run.at + 0.5;
    }
    across = across / static_cast<double>(group.size()) * scale;
    double a = from * scale, b = (to + 1) * scale;
    rules.push_back(horizontal ? Rule{a, across, b, across} : Rule{across, a, across, b});
  }
  std::sort(rules.begin(), rules.end(), [horizontal](const Rule& p, const Rule& q) {
    return horizontal ? p.y0 < q.y0 : p.x0 < q.x0;
  });
  return rules;
}

}  // namespace

std::vector<double> Rulings::rows_at(double x, double y0, double y1) const {
  std::vector<double> ys;
  for (const auto& rule : horizontal) {
    if (rule.x0 <= x && x <= rule.x1 && rule.y0 > y0 && rule.y0 < y1) ys.push_back(rule.y0);
  }
  return ys;
}

bool Rulings::column_rule(double x0, double x1, double y0, double y1, double near, double* x) const {
  bool found = false;
  for (const auto& rule : vertical) {
    if (rule.x0 <= x0 || rule.x0 >= x1) continue;
    double along = std::min(rule.y1, y1) - std::max(rule.y0, y0);
    if (along < 0.5 * (y1 - y0)) continue;
    if (!found || std::abs(rule.x0 - near) < std::abs(*x - near)) *x = rule.x0;
    found = true;
  }
  return found;
}

Rulings find_rulings(const Raster& raster, double min_length) {
  Rulings rulings;
  if (raster.width <= 0 || raster.height <= 0) return rulings;
  int min_pixels = std::max(2, static_cast<int>(min_length / raster.points_per_pixel));
  rulings.horizontal = merge(dark_runs(raster, true, min_pixels), true, raster.points_per_pixel);
  rulings.vertical = merge(dark_runs(raster, false, min_pixels), false, raster.points_per_pixel);
  return rulings;
}

}  // namespace budgetpdf::extract
