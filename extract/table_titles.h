#pragma once
// The kinds of table a disclosure prints and how their titles read, in every
// form the provinces print them: "部门预算收支总表", "2025年部门财务收支预算总表",
// "预算01表 收支总表", "表4.2026年市级部门财政拨款收支预算总表", "（五）一般公共
// 预算支出情况表", "财政拨款支出预算表（功能科目）", 决算 wording alike. Both
// readers' layout and the normalizer judge titles here, so a line is a title
// for one exactly when it is for the other.

#include <optional>
#include <string>
#include <string_view>

namespace budgetpdf::extract::vocabulary {

enum class TableKind {
  summary,               // 收支总表
  income,                // 收入总表
  expenditure,           // 支出总表
  fiscal_summary,        // 财政拨款收支总表
  general_public,        // 一般公共预算(财政拨款)支出表
  general_public_basic,  // 一般公共预算(财政拨款)基本支出表
  gov_fund,              // 政府性基金预算(财政拨款)支出表
  state_capital,         // 国有资本经营预算(财政拨款)支出表
  three_public,          // 财政拨款“三公”经费支出表
  procurement,           // 政府采购预算
  assets,                // 固定资产占用情况表
  institutions,          // 部门机构设置情况
  performance,           // 项目绩效目标表
  other,                 // any other titled table: 机关运行经费, 项目支出表, 政府购买服务 …
};

// The contract's name of the kind ("fiscal_summary").
std::string_view kind_name(TableKind kind);

// The kind a table's title names. The title may carry a table number
// ("预算01表", "表4.", "公开表1"), a list number ("五、", "（五）", "5．"), a
// year ("2025年", "2026年度"), the department or scope ("市级部门", "预算单位")
// and a qualifier in brackets at its end ("（功能科目）"). A title naming no
// kind the contract knows is `other`; nullopt when the text is no table title
// at all: running text, a heading of a group of tables ("五、部门预算表",
// "部门预算公开报表"), or a bare table number ("公开02表").
std::optional<TableKind> title_kind(std::string_view text);

// Whether the text has the shape of a title ("…表", "…情况", "…预算", a
// bracketed qualifier after it), group headings included, sentences not.
bool looks_like_title(std::string_view text);

// A table number printed on its own line above a title: "公开02表",
// "公开表1", "表3", "预算01表", "附表1".
bool is_table_number(std::string_view text);

// The words of a title that name the table, without its numbers, year and
// bracketed qualifier ("2025年部门收入预算总表" gives "部门收入预算总表"), so
// titles printed in two places (the 目录 and the page) compare equal.
std::string title_core(std::string_view text);

}  // namespace budgetpdf::extract::vocabulary
