#pragma once
// A row may print several classifications side by side (部门经济分类 301 …
// beside 政府经济分类 501 …, each with its code and name): `code` holds one.

#include <vector>

#include "normalize/column_keys.h"
#include "normalize/grid.h"

namespace budgetpdf::normalize {

// Keeps one classification per side and list of columns: the one whose
// codes tell the rows apart best, the most distinct codes (a row's own
// classification has a code per row; a mapping onto another repeats the
// codes it maps onto: 501 01 under 301 01, 301 02 and 301 03); between as
// many, the functional one, else the last printed. The others' code and name columns become
// text columns, their cells kept as printed among the line's texts.
void keep_one_classification(std::vector<ColumnSpec>& specs, const std::vector<LogicalRow>& rows);

}  // namespace budgetpdf::normalize
