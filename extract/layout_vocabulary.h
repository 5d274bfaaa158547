#pragma once
// The few words layout reconstruction must recognise on a page: the labels
// that anchor a grid (栏次, 序号, 编码), page numbers, and the furniture printed
// above a table (department, year, unit). Plain string tests: the
// normalizer's patterns are for the documents' meaning, these for layout.

#include <optional>
#include <string>
#include <string_view>

namespace budgetpdf::extract::vocabulary {

// "栏次", "档次" (a common misprint), "行次", "栏号": labels of the row of
// column numbers under a budget table's header.
bool is_column_number_label(std::string_view text);

// "序号", "行次": the header of the column numbering the rows.
bool is_row_number_label(std::string_view text);

// "科目编码", "功能分类科目编码", "代码": the header of the code column.
bool is_code_label(std::string_view text);

// A small non-negative integer written in ASCII or full-width digits.
std::optional<int> small_integer(std::string_view text);

// "-4-", "- 4 -", "4", "第 4 页", "第4页 共56页", "4/56".
bool looks_like_page_number(std::string_view text);

// "113 开发区组织人事局": a department code, then its name.
bool looks_like_dept_line(std::string_view text);

// Whether a phrase opens with furniture wording ("单位：万元", "预算年度："
// or a department code), unlike a header label that only mentions it
// ("价值（金额单位：万元）").
bool starts_like_furniture(std::string_view text);

// The label of a 绩效目标表's goal row ("绩效目标", "年度目标"): the row above
// the indicator header, never a header label itself.
bool is_goal_label(std::string_view text);

// Whether the text names a table ("…表", "…情况表", "…绩效目标表").
bool looks_like_title(std::string_view text);

// The text without white space.
std::string without_spaces(std::string_view text);

}  // namespace budgetpdf::extract::vocabulary
