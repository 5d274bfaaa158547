#pragma once
// What the `document` record says of a disclosure: budget or final account,
// fiscal year, department and the unit of its standard tables. The cover
// ("国家信访局 2026 年度部门预算"), the furniture printed above the tables
// ("编制部门：…", "预算年度：2023") and the titles say it; a year in the
// running text ("专项规划（2023年—2035年）") is the last resort.

#include <optional>
#include <string>
#include <vector>

#include "extract/printed_document.h"
#include "normalize/budget_table.h"
#include "normalize/table_segmenter.h"

namespace budgetpdf::normalize {

struct DocumentInfo {
  std::string kind = "budget";  // budget / final_account
  std::optional<int> year;
  std::optional<std::string> dept_code;
  std::optional<std::string> dept_name;
  std::optional<std::string> unit;
};

DocumentInfo document_info(const extract::PrintedDocument& printed, const std::vector<Segment>& segments,
                           const std::vector<BudgetTable>& tables);

// The cover's text: the text lines before the 目录 or the first table (at
// most a page's first lines), joined without spaces.
std::string cover_text(const extract::PrintedDocument& printed, const std::vector<Segment>& segments);

// Whether a cover names a budget or final-account disclosure
// ("2026年度部门预算公开", "2024年度部门决算", "单位预算").
bool names_a_disclosure(std::string_view cover);

// Whether a cover names a 单位预算 (one budget unit's), not a 部门预算.
bool names_unit_budget(std::string_view cover);

}  // namespace budgetpdf::normalize
