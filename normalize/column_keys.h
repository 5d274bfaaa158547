#pragma once
// What each printed column of a budget table is (row number, code, name,
// amount) and the contract's key of each amount column, from the header
// path printed over it: "本年收入/财政拨款/一般公共预算拨款",
// "预算数/基本支出/小计", "决算数/公务用车购置及运行维护费/公务用车购置费".
// A label the contract does not know keeps its place under a key made from
// it; a column is never dropped.

#include <string>
#include <vector>

#include "normalize/grid.h"
#include "normalize/table_kind.h"

namespace budgetpdf::normalize {

// `code_part`: the code printed in parts, 类 | 款 | 项 (201 | 01 | 01), one
// column each; the parts make the code. `code_name`: code and name in one
// cell ("2010501-行政运行", Beijing), the column labelled "…分类科目".
// `text`: a column of words among the amounts (采购物品名称, 采购组织形式, a
// rate "-60.86%"), known by what its cells print.
enum class ColumnRole { row_no, code, code_part, code_name, name, amount, text };

struct ColumnSpec {
  ColumnRole role = ColumnRole::amount;
  Side side = Side::none;
  std::string key;    // contract key for amounts, code_class/code_section/code_item for code parts
  std::string label;  // printed header path joined with "/"
  size_t part = 0;    // code parts: 0 类, 1 款, 2 项
  // Code and name columns: the classification their header names (经济分类,
  // 功能分类), else the table's.
  CodeSystem code_system = CodeSystem::none;
  // Tables printing their classification twice on one row (经济分类 301 … |
  // 302 …, halves side by side; 支出 by 功能分类 and by 支出用途): each list
  // is a group of columns of its side and gives its own budget line. 0 for
  // the first.
  size_t group = 0;
  // Amounts under "其中" (of which): a part of another column, never a
  // summand of the row's total.
  bool of_which = false;
  // The key of the 小计 printed under the same header label that this
  // column is a part of ("基本支出/人员经费" is part of "基本支出/小计",
  // basic): a summand of that subtotal, not of the row's total.
  std::string summed_in;
};

// Roles, sides and keys of a table's columns from their printed header
// paths (top to bottom, one path per column). `title` tells the code system
// a header leaves unsaid ("财政拨款基本支出预算表（经济科目）").
std::vector<ColumnSpec> classify_columns(TableKind kind, const std::vector<std::vector<std::string>>& paths,
                                         const std::string& title = "");

// Amount columns whose printed cells are mostly words become `text`; a
// table without a name column takes its first text column as the name.
void mark_text_columns(std::vector<ColumnSpec>& specs, const std::vector<LogicalRow>& rows);

}  // namespace budgetpdf::normalize
