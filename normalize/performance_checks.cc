#include "normalize/performance_checks.h"

#include <fmt/format.h>

namespace budgetpdf::normalize {
namespace {

using schema::Decimal;

constexpr std::string_view kTable = "performance";

// The indicators' values of one field, and a share of the whole printed
// apart (the funds row's 分值 or 得分), when there is one.
Sum sum_of(const PerformanceProject& project, std::optional<Decimal> Indicator::*field,
           const std::optional<Decimal>& share) {
  Sum sum;
  for (const auto& indicator : project.indicators) sum.add(indicator.*field, (indicator.*field).has_value());
  if (sum.printed() && share) sum.add(share, true);
  return sum;
}

void add_sum_check(std::vector<CheckResult>& checks, const PerformanceProject& project, std::string_view rule,
                   std::string_view column, const Sum& sum, const std::optional<Decimal>& whole) {
  if (!sum.printed() || !whole) return;
  if (auto check = sum_check(std::string(rule), std::string(kTable), project.name, std::string(column), sum, whole, true)) {
    checks.push_back(std::move(*check));
  }
}

__int128 pow10(int n) {
  __int128 p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

}  // namespace

std::optional<Decimal> percent_of(const Decimal& executed, const Decimal& budget, int scale) {
  int common = std::max(executed.scale(), budget.scale());
  auto part = executed.scaled_to(common), whole = budget.scaled_to(common);
  if (!part || !whole || *whole == 0 || scale > 6) return std::nullopt;
  // Half away from zero: floor((2·|part|·100·10^scale + |whole|) / (2·|whole|)).
  bool negative = (*part < 0) != (*whole < 0);
  __int128 numerator = static_cast<__int128>(*part < 0 ? -*part : *part) * 100 * pow10(scale);
  __int128 denominator = *whole < 0 ? -static_cast<__int128>(*whole) : static_cast<__int128>(*whole);
  __int128 units = (2 * numerator + denominator) / (2 * denominator);
  if (units > static_cast<__int128>(INT64_MAX)) return std::nullopt;
  auto whole_part = static_cast<std::int64_t>(units / pow10(scale));
  auto fraction = static_cast<std::int64_t>(units % pow10(scale));
  std::string text = scale > 0 ? fmt::format("{}{}.{:0{}}", negative ? "-" : "", whole_part, fraction, scale)
                               : fmt::format("{}{}", negative ? "-" : "", whole_part);
  return Decimal::parse(text);
}

std::vector<CheckResult> check_performance(const PerformanceProject& project) {
  std::vector<CheckResult> checks;
  // The 总分 row's 分值 counts the execution rate's share; a label's sum
  // ("分值权重（90分）") only the indicators'.
  if (project.weight) {
    add_sum_check(checks, project, "performance.weight_sum", "weight",
                  sum_of(project, &Indicator::weight, project.execution_weight), project.weight);
  } else {
    add_sum_check(checks, project, "performance.weight_sum", "weight", sum_of(project, &Indicator::weight, std::nullopt),
                  project.weight_total);
  }
  add_sum_check(checks, project, "performance.score_sum", "score",
                sum_of(project, &Indicator::score, project.execution_score), project.score);
  if (project.executed && project.budget_full_year && project.execution_rate) {
    CheckResult check;
    check.rule = "performance.execution_rate";
    check.table = std::string(kTable);
    check.subject = project.name;
    check.column = "execution_rate";
    check.expected = percent_of(*project.executed, *project.budget_full_year, project.execution_rate->scale());
    check.actual = project.execution_rate;
    check.ok = check.expected && *check.expected == *project.execution_rate;
    checks.push_back(std::move(check));
  }
  return checks;
}

}  // namespace budgetpdf::normalize
