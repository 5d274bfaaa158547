#include "normalize/table_kind.h"

namespace budgetpdf::normalize {

bool is_two_sided(TableKind kind) { return kind == TableKind::summary || kind == TableKind::fiscal_summary; }

std::string_view side_name(Side side) {
  switch (side) {
    case Side::income: return "income";
    case Side::expenditure: return "expenditure";
    case Side::none: return "";
  }
  return "";
}

std::string_view code_system_name(CodeSystem system) {
  switch (system) {
    case CodeSystem::function: return "function";
    case CodeSystem::economic: return "economic";
    case CodeSystem::none: return "";
  }
  return "";
}

}  // namespace budgetpdf::normalize
