#pragma once
// The words of a disclosure page that are not its content: the labels that
// anchor a grid (栏次, 序号, 编码), page numbers, the 目录's entries, notes,
// and the furniture printed above a table (department, year, unit) in every
// form the provinces use ("编制部门：", "部门：" with the name on the next line,
// "预算单位：", "部门（单位）：", "单位：<department>", "金额单位：万元" at
// either end of the line). The PDF reader's layout and the normalizer both
// judge lines here (titles in table_titles.h), so they never disagree. Plain
// string tests: no regular expression is needed for these few shapes.

#include <optional>
#include <string>
#include <string_view>

#include "extract/table_titles.h"
#include "extract/text_scan.h"

namespace budgetpdf::extract::vocabulary {

// The text without white space (ASCII and U+3000).
std::string without_spaces(std::string_view text);

// Number of Unicode code points of UTF-8 text.
size_t code_point_count(std::string_view text);

// A small non-negative integer written in ASCII or full-width digits.
std::optional<int> small_integer(std::string_view text);

// "栏次", "档次" (a common misprint), "行次", "栏号": labels of the row of
// column numbers under a budget table's header.
bool is_column_number_label(std::string_view text);

// "序号", "行次": the header of the column numbering the rows.
bool is_row_number_label(std::string_view text);

// "科目编码", "功能分类科目编码", "代码": the header of the code column.
bool is_code_label(std::string_view text);

// "-4-", "- 4 -", "— 10 —", "4", "第 4 页", "第4页 共56页", "4/56".
bool looks_like_page_number(std::string_view text);

// "目录", "目 录": the heading of the table of contents.
bool is_contents_heading(std::string_view text);

// An entry of the table of contents printed with a leader: "一、部门职责
// ........ 2", "1. 2025年部门财务收支预算总表 ……………".
bool is_contents_entry(std::string_view text);

// A note printed under a table: "注：…", "备注：…", "说明：…".
bool is_note(std::string_view text);

// "113 开发区组织人事局": a department code, then its name.
bool looks_like_dept_line(std::string_view text);

// Whether a phrase opens with labelled furniture ("单位：万元", "编制部门：…",
// "预算年度：" or a department code), unlike a header label that only
// mentions it ("价值（金额单位：万元）").
bool starts_like_furniture(std::string_view text);

// What a furniture line says. A line may say several things
// ("编制部门：上海市普陀区司法局  单位：元").
struct Furniture {
  std::optional<std::string> dept_code;
  std::optional<std::string> dept_name;
  // "部门：" printed alone: the name comes on the next line.
  bool dept_name_follows = false;
  std::optional<int> year;
  std::optional<std::string> unit;  // "元", "万元", "千元", "亿元"
};

// The furniture a whole text line holds, or nullopt when it is anything
// else. Besides labelled pieces, a line holding only a department line, a
// year ("2023", "2023年度"), a date or a fragment of a label that a narrow
// header split ("预算年", "度：") is furniture.
std::optional<Furniture> read_furniture(std::string_view text);

// The unit in "单位：万元", "金额单位：元", "（金额单位：万元）".
std::optional<std::string> unit_in(std::string_view text);

// The fiscal year a line prints: labelled ("预算年度：2023"), alone ("2023"),
// or as "2023年" / "2023 年度".
std::optional<int> year_in(std::string_view text);

// The label of a 绩效目标表's goal row ("绩效目标", "年度目标"): the row above
// the indicator header, never a header label itself.
bool is_goal_label(std::string_view text);

}  // namespace budgetpdf::extract::vocabulary
