#include "extract/layout/rulings.h"

#include <algorithm>
#include <cmath>

namespace budgetpdf::extract {

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

Rulings merge_segments(std::vector<RuleSegment> segments, double across_pt, double gap_pt, double min_length) {
  Rulings rulings;
  std::sort(segments.begin(), segments.end(), [](const RuleSegment& a, const RuleSegment& b) {
    return a.horizontal != b.horizontal ? a.horizontal : a.at < b.at;
  });
  // Clusters of segments close across their direction, then runs of
  // overlapping or nearly touching extents within a cluster.
  for (size_t start = 0; start < segments.size();) {
    size_t end = start + 1;
    while (end < segments.size() && segments[end].horizontal == segments[start].horizontal &&
           segments[end].at - segments[end - 1].at <= across_pt) {
      ++end;
    }
    std::vector<RuleSegment> cluster(segments.begin() + static_cast<std::ptrdiff_t>(start),
                                     segments.begin() + static_cast<std::ptrdiff_t>(end));
    std::sort(cluster.begin(), cluster.end(), [](const RuleSegment& a, const RuleSegment& b) { return a.from < b.from; });
    for (size_t i = 0; i < cluster.size();) {
      double from = cluster[i].from, to = cluster[i].to, at_sum = 0, weight = 0;
      size_t j = i;
      for (; j < cluster.size() && cluster[j].from <= to + gap_pt; ++j) {
        to = std::max(to, cluster[j].to);
        double length = std::max(cluster[j].to - cluster[j].from, 1e-3);
        at_sum += cluster[j].at * length;
        weight += length;
      }
      i = j;
      if (to - from < min_length) continue;
      double at = at_sum / weight;
      if (cluster.front().horizontal) rulings.horizontal.push_back({from, at, to, at});
      else rulings.vertical.push_back({at, from, at, to});
    }
    start = end;
  }
  std::sort(rulings.horizontal.begin(), rulings.horizontal.end(),
            [](const Rule& p, const Rule& q) { return p.y0 < q.y0 || (p.y0 == q.y0 && p.x0 < q.x0); });
  std::sort(rulings.vertical.begin(), rulings.vertical.end(),
            [](const Rule& p, const Rule& q) { return p.x0 < q.x0 || (p.x0 == q.x0 && p.y0 < q.y0); });
  return rulings;
}

}  // namespace budgetpdf::extract
