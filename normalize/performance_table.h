#pragma once
// 绩效目标表, one per budget project: a row holding the project's goal
// (绩效目标), then a grid of indicators (一级指标 / 二级指标 / 三级指标 /
// 绩效指标描述 / 指标值 / 指标值确定依据) that runs over as many pages as it
// needs, its header repeated on each. Works on the shared table model, so a
// text dump and a PDF give the same records.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "normalize/grid.h"
#include "normalize/indicator_value.h"
#include "normalize/table_segmenter.h"
#include "schema/record.h"

namespace budgetpdf::normalize {

enum class IndicatorColumn { level1, level2, level3, description, value, basis };
inline constexpr size_t kIndicatorColumnCount = 6;

struct IndicatorGridRow {
  LogicalRow printed;                   // one cell per printed column
  bool repeated_tail_dropped = false;   // a page break's tail only repeated the cell's end
};

struct IndicatorGrid {
  // The printed column of each IndicatorColumn, when the header prints it.
  std::array<std::optional<size_t>, kIndicatorColumnCount> columns;
  size_t width = 0;                         // cells of a printed row
  std::vector<extract::Cell> goal_cells;    // non-empty cells after the 绩效目标 label
  std::vector<IndicatorGridRow> rows;
  std::vector<extract::Diagnostic> problems;  // performance.grid_shape: what made the grid malformed
};

// Finds the goal and the header, drops the header repeated after page
// breaks, and joins a row a page break cut in two: after a break, a row
// whose 一级指标 and 二级指标 cells are empty and that lacks its 三级指标 or its
// 指标值 is the tail of the row before (a real row always prints both).
// A row that cannot be placed in the header's columns is left out and
// reported; without a header the standard column order is assumed, if the
// rows have its width, and reported too.
IndicatorGrid build_indicator_grid(const TableSegment& segment);

struct Indicator {
  int seq = 0;
  std::optional<std::string> level1, level2, level3, description, basis;
  std::optional<std::string> value_raw;
  IndicatorValue value;
  std::vector<int> pages;
  std::vector<std::string> repairs;
};

struct PerformanceProject {
  int project_no = 0;
  std::string title;  // as printed, without its number
  std::string name;   // title without the 绩效目标表 suffix
  std::optional<std::string> goal;
  std::vector<int> pages;
  std::vector<std::string> goal_repairs;
  std::vector<Indicator> indicators;
  std::vector<extract::Diagnostic> problems;  // its grid's, about the project
};

// The project of one 绩效目标表 segment; `ordinal` (1-based) numbers a
// title printed without a number.
PerformanceProject read_performance_table(const TableSegment& segment, int ordinal);

// The project record followed by its indicator records.
std::vector<schema::Record> to_records(const PerformanceProject& project, const std::string& doc_id, bool has_pages);


}  // namespace budgetpdf::normalize
