#pragma once
// Where the parts of a 绩效 table are printed. One table segment holds one
// project (a 绩效目标表 per project, its facts as label–value rows above the
// grid: 项目名称 | X | 主管部门 | Y, 资金总额 | 21.50, 年度目标 | …), or many
// (北京, 长沙, 广州: a project per group of rows, its name, amounts and goal in
// columns beside the indicators; 西安, 烟台: one form after another). The
// reader walks the rows once: headers found by their labels, facts taken
// where their labels put them, a new project where a new name starts, the
// header repeated after a page break dropped and a row the break cut in two
// joined back. Text is read later (performance_table); this is the cells.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "extract/diagnostic.h"
#include "extract/printed_document.h"
#include "normalize/performance_funds_cells.h"
#include "normalize/performance_labels.h"
#include "normalize/table_segmenter.h"
#include "schema/decimal.h"

namespace budgetpdf::normalize {

// One printed indicator row, its cells by field (empty where not printed).
struct IndicatorCells {
  std::array<extract::Cell, kIndicatorFieldCount> cells;
  std::vector<int> pages;
  bool joined_over_page_break = false;
  bool repeated_tail_dropped = false;  // a page break's tail only repeated the cell's end

  const extract::Cell& operator[](IndicatorField field) const { return cells[slot(field)]; }
  extract::Cell& operator[](IndicatorField field) { return cells[slot(field)]; }
};

struct ProjectLayout {
  std::array<std::optional<extract::Cell>, kProjectFactCount> facts;
  std::optional<std::string> amount_unit;     // printed with the amounts: "资金金额（万元）", "单位：万元"
  std::vector<extract::Cell> goal_cells;      // the goal's cells, in printed order
  std::vector<IndicatorCells> rows;
  std::optional<extract::Cell> total_weight;  // the 总分 row's 分值
  std::optional<extract::Cell> total_score;   // and its 得分
  std::optional<schema::Decimal> weight_total;  // the weights' sum the weight column's label prints
  std::vector<FundingCells> funding;            // in printed order, rows or columns
  std::vector<TaskCells> tasks;
  std::optional<TaskCells> tasks_total;          // the task list's 金额合计 row
  std::optional<size_t> subtotal;                // the unit's row over it, in PerformanceLayout::subtotals
  std::vector<int> pages;
  // A block of a list whose name cell is merged over other blocks (北京: one
  // 项目名称 over several amounts, each with its goal): the name is printed
  // in the first of them, or atop the next page when the break cuts the
  // cell before its text, and filled to the rest.
  bool name_filled_down = false;
  // Its amount box started empty and ran past the page's foot: the amounts,
  // centred on the box, may be printed atop the next page.
  bool amounts_cut = false;

  const std::optional<extract::Cell>& operator[](ProjectFact fact) const { return facts[slot(fact)]; }
};

// A row of a list of projects that sums projects of it (广州: the 合计 row
// over all, a 资金使用单位's row over the projects under it): its amounts in
// the projects' amount columns.
struct SubtotalCells {
  std::string label;
  bool grand = false;  // over every project of the table
  std::optional<extract::Cell> total_amount, fiscal_amount, other_amount;
  int page = 0;
};

struct PerformanceLayout {
  std::vector<ProjectLayout> projects;
  std::vector<SubtotalCells> subtotals;
  std::vector<extract::Diagnostic> problems;  // performance.grid_shape: what could not be placed
};

// Without an indicator header anywhere, rows of the sample template's width
// are read in its order (一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据)
// and the missing header is reported.
PerformanceLayout read_performance_layout(const TableSegment& segment);

}  // namespace budgetpdf::normalize
