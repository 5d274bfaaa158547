#pragma once
// 绩效目标表 and 绩效自评表: the projects (or the department as a whole) a
// table's layout holds (performance_layout), read into the contract's
// `performance_project` and `performance_indicator` records. Works on the
// shared table model, so a text dump and a PDF give the same records.

#include <optional>
#include <string>
#include <vector>

#include "normalize/indicator_value.h"
#include "normalize/performance_funds.h"
#include "normalize/table_segmenter.h"
#include "schema/decimal.h"
#include "schema/record.h"

namespace budgetpdf::normalize {

struct Indicator {
  int seq = 0;
  std::optional<std::string> level1, level2, level3, description, basis, scoring_rule;
  std::optional<std::string> value_raw;  // operator, value and unit printed in columns of their own are joined
  IndicatorValue value;
  std::optional<schema::Decimal> weight, score;
  std::optional<std::string> actual_raw, deviation_reason;
  std::vector<int> pages;
  std::vector<std::string> repairs;
};

struct PerformanceProject {
  int project_no = 0;
  std::string title;             // as printed, without its number
  std::string name;              // the printed 项目名称, else the title without the 绩效目标表 suffix
  std::string scope = "project";  // or "department": 部门整体支出绩效目标表
  std::optional<std::string> goal;
  std::optional<schema::Decimal> total_amount, fiscal_amount, other_amount;
  std::optional<std::string> amount_unit, period, unit_name, department;
  // A self-evaluation's funds: 年初预算数, 全年预算数, 全年执行数, 执行率 (in
  // percent, as printed), and the 总分 row's 分值 and 得分.
  std::optional<schema::Decimal> budget_initial, budget_full_year, executed, execution_rate, weight, score;
  // The funds row's 分值 and 得分 (the execution rate's share of the total),
  // and the weights' sum the weight column's label prints: for the checks.
  std::optional<schema::Decimal> execution_weight, execution_score, weight_total;
  // The funding lines where they tell more than the amounts above
  // (performance_funds), a department's tasks, and the tasks' 金额合计 row.
  std::vector<FundingLine> funds;
  std::vector<Task> tasks;
  Task tasks_total;
  std::vector<int> pages;
  std::vector<std::string> goal_repairs;
  std::vector<Indicator> indicators;
};

// A row of a list of projects that sums projects of it (the 合计 row, a
// unit's row over its projects), and the projects it sums, by index.
struct ProjectsSubtotal {
  std::string label;
  std::optional<schema::Decimal> total_amount, fiscal_amount, other_amount;
  std::vector<size_t> projects;
  int page = 0;
};

struct PerformanceTable {
  std::vector<PerformanceProject> projects;
  std::vector<ProjectsSubtotal> subtotals;
  std::vector<extract::Diagnostic> problems;  // what could not be read, about the table
};

// The projects of one 绩效 table segment. A project takes the number its
// title prints ("12、…绩效目标表"), else `ordinal` and the ones after it, one
// per project, in printed order.
PerformanceTable read_performance_table(const TableSegment& segment, int ordinal);

// The project record followed by its indicator records.
std::vector<schema::Record> to_records(const PerformanceProject& project, const std::string& doc_id, bool has_pages);

}  // namespace budgetpdf::normalize
