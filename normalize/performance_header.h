#pragma once
// The headers of a 绩效 table and the columns they name. A header is one row
// of labels or several (北京: 其中： over 财政资金 | 其他资金; 长沙: 绩效指标 over
// 一级指标 … 备注), found by its labels wherever the template puts it: the
// indicator grid's header, or the header of a funds grid (年初预算数 | 全年预算数 |
// 全年执行数 | 分值 | 执行率 | 得分) whose values are in the rows under it. Rows
// are placed in the header's columns by their cells' spans, or cell by cell
// on a page whose lattice lacks the columns the header splits.

#include <optional>
#include <string>
#include <vector>

#include "extract/printed_document.h"
#include "normalize/performance_funds.h"
#include "normalize/performance_labels.h"
#include "normalize/table_segmenter.h"
#include "schema/decimal.h"

namespace budgetpdf::normalize {

// A column holding one funding line's amount: its label (a 合计 takes the
// label over it) and what its path of labels names.
struct FundingColumn {
  std::string label;
  FundingKind kind;
};

struct HeaderColumns {
  size_t width = 0;                        // grid columns, spans expanded
  std::vector<size_t> label_cell_starts;   // first column of each cell of the header's label row
  std::vector<std::optional<IndicatorField>> indicator;  // per column: where its label names one
  std::vector<std::optional<ProjectFact>> fact;          // per column: where its label names one
  std::vector<std::optional<FundingColumn>> funding;     // per column: a funding line's (财政拨款/基本支出)
  std::vector<std::optional<TaskField>> task;            // per column: a task list's (任务名称, 主要内容)
  std::optional<std::string> amount_unit;                // a label's "（万元）"
  std::optional<schema::Decimal> weight_total;           // "分值权重（90分）": the weights' printed sum
  std::string signature;                                 // every label, in order: a repeated header equals it

  std::optional<size_t> column_of(IndicatorField field) const;
  std::optional<size_t> column_of(ProjectFact fact) const;
  std::optional<size_t> column_of(TaskField field) const;
};

// A row's text per cell, squeezed.
std::vector<std::string> squeezed_cells(const extract::PrintedLine& row);

// Whether a row names the indicator grid's columns: two indicator labels
// (一级指标, 指标值 …), or one with two project columns (项目名称 | 总计 | … | 绩效指标).
bool is_indicator_label_row(const extract::PrintedLine& row);

// Whether a row names the columns of a funds grid: two column labels side by
// side (年初预算数 | 全年预算数, 预算支出总额 | 财政拨款), no value among them.
bool is_fact_label_row(const extract::PrintedLine& row);

// Whether a row next to a label row belongs to the same header: labels
// only (no value, no 产出指标, no sentence), one of them known; a row that
// starts with a project's label followed by its value ("主管部门 | 测试局")
// is the project's, not the header's.
bool is_header_row(const extract::PrintedLine& row);

enum class HeaderKind { indicators, facts };

struct HeaderBlock {
  size_t begin = 0, end = 0;  // rows [begin, end) of the segment
  size_t label_row = 0;       // the row whose cells a page may print one by one
  HeaderKind kind = HeaderKind::indicators;
};

// The header blocks of a table: a row of labels naming the grid's columns,
// with the header rows right above and below it on the same page (merged
// labels over their sub-labels).
std::vector<HeaderBlock> find_header_blocks(const std::vector<SegmentRow>& rows);

// The columns a header block names; `label_row` is the index in `rows` of
// the row whose cells the grid's pages may print one by one.
HeaderColumns read_header(const std::vector<const extract::PrintedLine*>& rows, size_t label_row, HeaderKind kind);

// A row's cells in the header's columns: each cell at the column it starts
// in, nullptr where nothing starts. `merged_over_fields` says whether a cell
// covers two columns that name different things (a goal or a project name
// printed across the grid is no indicator). Nullopt when the row fits
// neither the header's columns nor its label row's cells (empty cells past
// the last column aside).
struct PlacedRow {
  std::vector<const extract::Cell*> cells;
  bool merged_over_fields = false;
};
std::optional<PlacedRow> place_row(const HeaderColumns& header, const extract::PrintedLine& row);

}  // namespace budgetpdf::normalize
