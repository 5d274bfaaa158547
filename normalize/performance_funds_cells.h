#pragma once
// The cells of a 绩效 table's funding lines and task list (performance_funds),
// taken from a grid's rows under their header: a line per column whose
// labels name a source or a use (财政拨款 {合计, 基本支出, 项目支出}), a line per
// row whose label does (其中：财政拨款 | 140.61 | 140.61 | …), a task per row
// of a list whose header has a 任务名称 column. Text is read later.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extract/printed_document.h"
#include "normalize/performance_funds.h"
#include "normalize/performance_header.h"

namespace budgetpdf::normalize {

struct FundingCells {
  std::string label;
  FundingKind kind;
  std::vector<std::pair<std::string, extract::Cell>> amounts;  // by key, an empty cell where nothing is printed
};

struct TaskCells {
  std::optional<extract::Cell> name, content, total_amount, fiscal_amount, other_amount;
};

// The lines the row prints in the header's funding columns, amount key "amount".
void add_column_funding(std::vector<FundingCells>& funding, const HeaderColumns& header, const PlacedRow& placed);

// The line a funds grid's row prints when its label (its first text) names
// a source or a use: its cells in the columns whose facts have a funding key.
std::optional<FundingCells> row_funding(const HeaderColumns& header, const PlacedRow& placed,
                                        const std::string& squeezed_label);

// A task list's row: its cells by the columns' labels.
TaskCells task_cells(const HeaderColumns& header, const PlacedRow& placed);

}  // namespace budgetpdf::normalize
