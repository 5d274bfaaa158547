#pragma once
// What the `document` record says of a disclosure: budget or final account,
// fiscal year, department and the unit of its standard tables, read from the
// furniture printed above its tables and from its titles.

#include <optional>
#include <string>
#include <vector>

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

DocumentInfo document_info(const std::vector<Segment>& segments, const std::vector<BudgetTable>& tables);

}  // namespace budgetpdf::normalize
