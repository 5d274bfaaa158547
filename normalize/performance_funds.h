#pragma once
// Where a 绩效 table says its money comes from and what it pays for, beyond
// the project's total, fiscal and other amounts: a self-evaluation's rows
// under 年度资金总额 (其中：财政拨款, 上年结转, 其他资金, each with its 年初预算数 |
// 全年预算数 | 全年执行数 …), a department's columns (财政拨款 {合计, 基本支出,
// 项目支出}; 按收入性质分 {一般公共预算, 政府性基金拨款, 财政专户管理资金, 其他资金},
// 按支出性质分 {基本支出, 项目支出}), and a department's list of tasks with
// their amounts (任务名称 | 主要内容 | 总额 | 财政拨款 | 其他资金, then 金额合计).
// Each line is named by its printed label, so any template's order reads.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "normalize/performance_labels.h"
#include "schema/decimal.h"
#include "schema/record.h"

namespace budgetpdf::normalize {

// What a funding label names: where the money comes from (fiscal,
// general_public, gov_fund, special_account, carried_over, other) and what
// it pays for (basic, project); either may be unnamed.
struct FundingKind {
  std::optional<std::string_view> source, use;
};

// Nullopt when the label names neither a source nor a use (资金总额, 合计).
std::optional<FundingKind> funding_kind_of(std::string_view squeezed_label);

// The label as the line reports it: "其中：财政拨款：" is "财政拨款".
std::string funding_label(std::string_view squeezed_label);

// The key of a funds grid's column in a funding line: "amount" for the
// total's column, else the self-evaluation's column (budget_initial …).
std::optional<std::string_view> funding_key(ProjectFact fact);

// The columns of a department's task list.
enum class TaskField { name, content };
std::optional<TaskField> task_field_of(std::string_view squeezed_label);

struct FundingLine {
  std::string label;
  FundingKind kind;
  // Its amounts by key, in the order the grid prints them; null where a cell is empty or "--".
  std::vector<std::pair<std::string, std::optional<schema::Decimal>>> amounts;

  std::optional<schema::Decimal> amount(std::string_view key) const;
};

struct Task {
  std::optional<std::string> name, content;
  std::optional<schema::Decimal> total_amount, fiscal_amount, other_amount;
};

// Whether the lines tell more than a project's total, fiscal and other
// amounts already say (项目总额 | 财政资金 | 其他资金 alone is no breakdown).
bool is_breakdown(const std::vector<FundingLine>& funds);

// The record fields: null for no line.
schema::Value funds_value(const std::vector<FundingLine>& funds);
schema::Value tasks_value(const std::vector<Task>& tasks);

}  // namespace budgetpdf::normalize
