#pragma once
// What the normalizer adds to the shared vocabulary's table kinds
// (extract/table_titles.h): which kinds print two sides and budget lines,
// the sides of a row and the code systems, by their contract names.

#include <string_view>

#include "extract/table_titles.h"

namespace budgetpdf::normalize {

using extract::vocabulary::kind_name;
using extract::vocabulary::TableKind;

// Tables printing 收入 and 支出 side by side on one row.
bool is_two_sided(TableKind kind);

enum class Side { none, income, expenditure };
std::string_view side_name(Side side);

enum class CodeSystem { none, function, economic };
std::string_view code_system_name(CodeSystem system);

}  // namespace budgetpdf::normalize
