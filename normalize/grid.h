#pragma once
// Rebuilds one logical grid from a table's printed rows: finds the header
// (down to the 栏次 row when there is one), names each column by its header
// path, drops the header repeated after every page break, and joins a row
// the page break cut in two back to its start.

#include <string>
#include <vector>

#include "extract/printed_document.h"
#include "normalize/table_segmenter.h"

namespace budgetpdf::normalize {

// Repairs of the contract's vocabulary.
inline constexpr std::string_view kWrappedCellJoined = "wrapped_cell_joined";
inline constexpr std::string_view kPageBreakRowJoined = "page_break_row_joined";
inline constexpr std::string_view kSplitTokenJoined = "split_token_joined";
inline constexpr std::string_view kDoubledValueRemoved = "doubled_value_removed";
inline constexpr std::string_view kMarkupRemoved = "markup_removed";
inline constexpr std::string_view kFilledDown = "filled_down";

struct LogicalRow {
  std::vector<extract::Cell> cells;  // one per column; a joined cell holds all its lines
  std::vector<int> pages;            // pages the row spans (empty for dumps)
  bool joined_over_page_break = false;
};

struct Grid {
  std::vector<std::vector<std::string>> column_paths;  // header labels per column, top down
  bool has_column_numbers = false;                     // a 栏次 row was printed
  std::vector<LogicalRow> rows;
  std::vector<extract::Diagnostic> problems;  // layout.row_shape: rows left out, quoted
};

// The header rows of a segment: leading rows down to the 栏次 row, or, when
// none is printed, the first row and the rows below it that fill its merged
// cells. Returns the number of printed rows the header takes.
size_t header_row_count(const std::vector<SegmentRow>& rows, bool* has_column_numbers);

// Header paths per column from the header rows, inferring merged cells where
// the reader could not tell spans.
std::vector<std::vector<std::string>> column_paths(const std::vector<const extract::PrintedLine*>& header_rows,
                                                   size_t column_count);

// Whether a printed row is the 栏次 row (column numbers 1..N).
bool is_column_number_row(const extract::PrintedLine& row);

// A printed row starts a new logical row when its key cell is filled: the
// 序号 column, else the code column, else the first column. After a page
// break, a row with an empty key cell continues the row before the break.
Grid build_grid(const TableSegment& table);

}  // namespace budgetpdf::normalize
