#pragma once
// Typed budget tables: a logical grid mapped to the contract's budget lines
// (one per row, or one per side of a two-sided row), with codes, levels and
// exact amounts.

#include <optional>
#include <string>
#include <vector>

#include "extract/diagnostic.h"
#include "normalize/grid.h"
#include "normalize/column_keys.h"
#include "normalize/table_kind.h"
#include "schema/decimal.h"
#include "schema/record.h"

namespace budgetpdf::normalize {

using schema::Decimal;

struct BudgetLine {
  TableKind table = TableKind::summary;
  Side side = Side::none;
  size_t group = 0;  // the list of its side it belongs to (ColumnSpec::group)
  std::optional<int> row_no;
  std::optional<std::string> code;  // digits only
  CodeSystem code_system = CodeSystem::none;
  std::optional<int> level;
  std::string name;
  std::vector<std::pair<std::string, std::optional<Decimal>>> amounts;
  std::vector<std::string> texts;  // the text columns' cells, in their order
  std::vector<int> pages;
  std::vector<std::string> repairs;

  // The amount under `key`, zero for an empty cell; nullopt if no such column.
  std::optional<Decimal> amount_or_zero(std::string_view key) const;
  // Whether the cell under `key` is printed (not empty).
  bool has_amount(std::string_view key) const;
};

struct BudgetTable {
  TableKind kind = TableKind::summary;
  std::string title;
  std::optional<std::string> unit;
  std::vector<ColumnSpec> columns;
  int row_count = 0;
  std::optional<std::string> note;
  std::vector<int> pages;
  std::vector<BudgetLine> lines;
  // Cells the mapping could not read ("cell.amount_unparsed",
  // "cell.code_shape"): the value stays null rather than guessed.
  std::vector<extract::Diagnostic> problems;

  // The line with `code`, or the first line whose squeezed name is `name`.
  const BudgetLine* find_code(std::string_view code, Side side = Side::none) const;
  const BudgetLine* find_name(std::string_view squeezed_name, Side side = Side::none) const;
};

// What a check names a line by: its code, or its name when it has none.
std::string subject_of(const BudgetLine& line);

// A line without code named 合计 or 总计: the table's total.
bool is_total_row(const BudgetLine& line);

// Maps a grid of a table kind that has budget lines.
BudgetTable map_budget_table(const TableSegment& segment, const Grid& grid);

// The unit a table prints in its furniture or header labels.
std::optional<std::string> table_unit(const TableSegment& segment, const Grid& grid);

// A text dump repeats a character on both sides of a page break
// ("…医疗保险" + "险基金的补助"). Where another table prints the same code
// with the doubled character once, that name is taken: the document itself
// says which spelling is right. Names no other table confirms stay as printed.
void resolve_doubled_names(std::vector<BudgetTable>& tables);

// The budget line as a contract record.
schema::Record to_record(const BudgetLine& line, const std::string& doc_id, bool has_pages);
schema::Record to_record(const BudgetTable& table, const std::string& doc_id, bool has_pages);

}  // namespace budgetpdf::normalize
