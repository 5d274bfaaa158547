#pragma once
// Splits a printed document into tables and running text. A table starts at
// a title naming a known kind when a grid follows it; it runs over page
// breaks (repeated department/year/unit furniture, page numbers, blank-line
// blocks) and ends at the first running text that is not its furniture.

#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "extract/printed_document.h"
#include "normalize/table_kind.h"

namespace budgetpdf::normalize {

struct SegmentRow {
  const extract::PrintedLine* line = nullptr;
  // The row is the first printed after a page break (or a new block).
  bool after_page_break = false;
};

struct TableSegment {
  TableKind kind = TableKind::summary;
  std::string title;                   // as printed, wraps joined
  std::vector<std::string> furniture;  // text lines printed above the grid
  std::vector<SegmentRow> rows;        // every printed row, repeated headers included
  std::vector<std::string> notes;      // "注：…" lines
  std::vector<int> pages;              // pages the table spans (empty for dumps)
  // Rows made from running text: a 绩效目标 row printed without the grid on
  // its page (the grid starts on the next one) comes as text lines.
  std::vector<std::unique_ptr<extract::PrintedLine>> made_rows;
};

// Running text outside tables (headings, paragraphs), without page
// furniture and table-of-contents entries.
struct TextLine {
  const extract::PrintedLine* line = nullptr;
};

using Segment = std::variant<TableSegment, TextLine>;

std::vector<Segment> segment_document(const extract::PrintedDocument& doc);

}  // namespace budgetpdf::normalize
