#pragma once
// Every regular expression of the normalizer, behind plain functions: the
// only file that includes RE2 (Debian's RE2 2022 API differs from upstream's
// newer one; a change of API touches this file alone).

#include <optional>
#include <string>
#include <string_view>

namespace budgetpdf::normalize::patterns {

struct DeptLine {
  std::string code;
  std::string name;
};

// "113 开发区组织人事局" (a department code, then its name).
std::optional<DeptLine> dept_line(std::string_view text);

// The fiscal year printed in "预算年度：2023", "2023 年部门预算…" or a line
// that holds only a year.
std::optional<int> year_in(std::string_view text);

// The unit in "单位：万元", "金额单位：元", "（金额单位：万元）".
std::optional<std::string> unit_in(std::string_view text);

// A table-of-contents entry: a leader of dots followed by a page number.
bool is_toc_entry(std::string_view text);

// A page number printed alone: "-4-", "4", "第 4 页", "4 / 56".
bool is_page_number(std::string_view text);

// The furniture printed above every page of a budget table: department
// line, budget year, unit, dates, or fragments of these ("预算年", "度：").
bool is_table_furniture(std::string_view text);

// A note printed under a table: "注：…".
bool is_note(std::string_view text);

// The number of a performance table title: "12、…绩效目标表" gives 12.
std::optional<int> numbered_title(std::string_view text, std::string* rest);

}  // namespace budgetpdf::normalize::patterns
