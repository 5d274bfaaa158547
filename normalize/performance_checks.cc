#include "normalize/performance_checks.h"

#include <algorithm>
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

// The funds' columns that are amounts, each with the project's whole of it.
constexpr std::pair<std::string_view, std::optional<Decimal> PerformanceProject::*> kFundsColumns[] = {
    {"amount", &PerformanceProject::total_amount},
    {"budget_initial", &PerformanceProject::budget_initial},
    {"budget_full_year", &PerformanceProject::budget_full_year},
    {"executed", &PerformanceProject::executed},
};

void add_parts_check(std::vector<CheckResult>& checks, std::string rule, std::string subject, std::string_view column,
                     const std::vector<const FundingLine*>& parts, const std::optional<Decimal>& whole,
                     std::string_view whole_label) {
  Sum sum;
  std::string labels;
  for (const auto* line : parts) {
    auto value = line->amount(column);
    sum.add(value, value.has_value());
    labels += (labels.empty() ? "" : " + ") + line->label;
  }
  if (!sum.printed() || !whole) return;
  if (auto check = sum_check(std::move(rule), std::string(kTable), std::move(subject), std::string(column), sum, whole, true)) {
    check->detail = fmt::format("{} = {}", labels, whole_label);
    checks.push_back(std::move(*check));
  }
}

// Each part of the funds adds up to its whole, in every amount column: the
// sources (use unnamed) to the project's total, and the uses of one source
// (basic + project) to that source's line, or to the total when the uses
// name no source.
void check_funds(std::vector<CheckResult>& checks, const PerformanceProject& project) {
  std::vector<const FundingLine*> sources;
  for (const auto& line : project.funds) {
    if (line.kind.source && !line.kind.use) sources.push_back(&line);
  }
  for (auto [column, whole] : kFundsColumns) {
    add_parts_check(checks, "performance.funds_sum", project.name, column, sources, project.*whole, "total");
    std::vector<std::optional<std::string_view>> split;  // the sources whose uses are printed, in order
    for (const auto& line : project.funds) {
      if (line.kind.use && std::find(split.begin(), split.end(), line.kind.source) == split.end()) {
        split.push_back(line.kind.source);
      }
    }
    for (const auto& source : split) {
      std::vector<const FundingLine*> uses;
      const FundingLine* source_line = nullptr;
      for (const auto& line : project.funds) {
        if (line.kind.source != source) continue;
        if (line.kind.use) uses.push_back(&line);
        else if (!source_line) source_line = &line;
      }
      if (!source) {
        add_parts_check(checks, "performance.funds_sum", project.name, column, uses, project.*whole, "total");
      } else if (source_line) {
        add_parts_check(checks, "performance.funds_sum", project.name + "/" + source_line->label, column, uses,
                        source_line->amount(column), source_line->label);
      }
    }
  }
}

// The tasks add up to their 金额合计 row, column by column.
void check_tasks(std::vector<CheckResult>& checks, const PerformanceProject& project) {
  if (project.tasks.empty()) return;
  for (auto [column, field] : {std::pair{"total_amount", &Task::total_amount},
                               std::pair{"fiscal_amount", &Task::fiscal_amount},
                               std::pair{"other_amount", &Task::other_amount}}) {
    Sum sum;
    for (const auto& task : project.tasks) sum.add(task.*field, (task.*field).has_value());
    add_sum_check(checks, project, "performance.tasks_sum", column, sum, project.tasks_total.*field);
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

std::vector<CheckResult> check_subtotals(const PerformanceTable& table) {
  struct Column {
    std::string_view key;
    std::optional<Decimal> PerformanceProject::*project;
    std::optional<Decimal> ProjectsSubtotal::*subtotal;
  };
  constexpr Column kColumns[] = {
      {"total_amount", &PerformanceProject::total_amount, &ProjectsSubtotal::total_amount},
      {"fiscal_amount", &PerformanceProject::fiscal_amount, &ProjectsSubtotal::fiscal_amount},
      {"other_amount", &PerformanceProject::other_amount, &ProjectsSubtotal::other_amount},
  };
  std::vector<CheckResult> checks;
  for (const auto& subtotal : table.subtotals) {
    for (const Column& column : kColumns) {
      Sum sum;
      for (size_t p : subtotal.projects) {
        const auto& value = table.projects[p].*column.project;
        sum.add(value, value.has_value());
      }
      const auto& whole = subtotal.*column.subtotal;
      if (!sum.printed() || !whole) continue;
      if (auto check = sum_check("performance.subtotal_sum", std::string(kTable), subtotal.label,
                                 std::string(column.key), sum, whole, true)) {
        check->detail = fmt::format("the {} projects under it", subtotal.projects.size());
        checks.push_back(std::move(*check));
      }
    }
  }
  return checks;
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
  check_funds(checks, project);
  check_tasks(checks, project);
  return checks;
}

}  // namespace budgetpdf::normalize
