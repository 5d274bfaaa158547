#pragma once
// The kinds of table a disclosure prints, how their titles read, and the
// contract's key for each printed column.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace budgetpdf::normalize {

enum class TableKind {
  summary,               // 部门预算收支总表
  income,                // 部门预算收入总表
  expenditure,           // 部门预算支出总表
  fiscal_summary,        // 部门预算财政拨款收支总表
  general_public,        // 一般公共预算财政拨款支出表
  general_public_basic,  // 一般公共预算财政拨款基本支出表
  gov_fund,              // 政府性基金预算财政拨款支出表
  state_capital,         // 国有资本经营预算财政拨款支出表
  three_public,          // 财政拨款“三公”经费支出表
  procurement,           // 政府采购预算
  assets,                // 固定资产占用情况表
  institutions,          // 部门机构设置情况
  performance,           // 项目绩效目标表
};

// The contract's name of the kind ("fiscal_summary").
std::string_view kind_name(TableKind kind);

// The kind a title names, from its squeezed text; nullopt when it names none.
// Only the wording is judged here: whether a grid follows is the caller's.
std::optional<TableKind> classify_title(std::string_view squeezed_title);

// Tables printing 收入 and 支出 side by side on one row.
bool is_two_sided(TableKind kind);

// Tables whose rows are budget lines (every kind but institutions and
// performance).
bool has_budget_lines(TableKind kind);

// The label of a 绩效目标表's goal row ("绩效目标", "年度目标"), squeezed.
bool is_goal_label(std::string_view squeezed);

enum class Side { none, income, expenditure };
std::string_view side_name(Side side);

// `code_part`: the code printed in parts, 类 | 款 | 项 (201 | 01 | 01), one
// column each; the parts make the code.
enum class ColumnRole { row_no, code, code_part, name, amount };

struct ColumnSpec {
  ColumnRole role = ColumnRole::amount;
  Side side = Side::none;
  std::string key;    // contract key for amounts, code_class/code_section/code_item for code parts
  std::string label;  // printed header path joined with "/"
  size_t part = 0;    // code parts: 0 类, 1 款, 2 项
};

// Roles, sides and keys of a table's columns from their printed header
// paths (top to bottom, one path per column).
std::vector<ColumnSpec> classify_columns(TableKind kind, const std::vector<std::vector<std::string>>& paths);

enum class CodeSystem { none, function, economic };
std::string_view code_system_name(CodeSystem system);
// The classification a table's codes follow, from its header wording.
CodeSystem code_system_of(TableKind kind, const std::vector<std::vector<std::string>>& paths);

}  // namespace budgetpdf::normalize
