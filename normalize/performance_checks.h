#pragma once
// The arithmetic a 绩效 table prints about itself, checked exactly: the
// indicators' weights add up to the whole (the 总分 row's 分值, or the sum the
// weight column's label prints: "分值权重（90分）", "指标权重(%)"), their
// scores add up to the 总分 row's 得分 (with the funds row's share for the
// execution rate, when a self-evaluation prints one), and 执行率 is 全年执行数
// / 全年预算数 to the precision it is printed with. A failed check is
// reported; the numbers stay as printed.

#include <vector>

#include "normalize/performance_table.h"
#include "normalize/check_result.h"

namespace budgetpdf::normalize {

std::vector<CheckResult> check_performance(const PerformanceProject& project);

// A list of projects adds up to its 合计 row and to each unit's row over its
// projects, in every amount column both print (performance.subtotal_sum).
std::vector<CheckResult> check_subtotals(const PerformanceTable& table);

// executed / budget × 100, rounded half away from zero to `scale` decimals;
// nullopt when the budget is zero or the result leaves the exact range.
std::optional<schema::Decimal> percent_of(const schema::Decimal& executed, const schema::Decimal& budget, int scale);

}  // namespace budgetpdf::normalize
