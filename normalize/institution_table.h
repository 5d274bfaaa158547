#pragma once
// 部门机构设置情况: one institution record per row.

#include <string>
#include <vector>

#include "normalize/grid.h"
#include "schema/record.h"

namespace budgetpdf::normalize {

std::vector<schema::Record> map_institutions(const Grid& grid, const std::string& doc_id, bool has_pages);

}  // namespace budgetpdf::normalize
