#pragma once
// 绩效 tables made up cell by cell as the PDF reader hands them over (merged
// cells with their span, a page's rows after its break), and the one 绩效
// table such a document holds: for the tests of the 绩效 readers.

#include <doctest/doctest.h>

#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "extract/printed_document.h"
#include "normalize/performance_checks.h"
#include "normalize/performance_table.h"
#include "normalize/table_segmenter.h"

namespace budgetpdf::test_grid {

// A cell; "\n" separates its printed lines.
inline extract::Cell cell(const std::string& text, int span = 1) {
  extract::Cell out;
  out.span = span;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) out.lines.push_back(line);
  return out;
}

class Printed {
 public:
  Printed& text(const std::string& line) {
    extract::PrintedLine printed;
    printed.cells = {cell(line)};
    add(std::move(printed));
    return *this;
  }
  Printed& row(std::vector<extract::Cell> cells) {
    extract::PrintedLine printed;
    printed.kind = extract::LineKind::row;
    printed.cells = std::move(cells);
    add(std::move(printed));
    return *this;
  }
  Printed& next_page() {
    ++page_;
    block_ = true;
    return *this;
  }
  const extract::PrintedDocument& doc() {
    doc_.page_count = page_;
    return doc_;
  }

 private:
  void add(extract::PrintedLine line) {
    line.page = line.last_page = page_;
    line.starts_block = block_;
    block_ = false;
    doc_.lines.push_back(std::move(line));
  }
  extract::PrintedDocument doc_;
  int page_ = 1;
  bool block_ = true;
};

// The one 绩效 table of a document.
inline normalize::PerformanceTable table_of(const extract::PrintedDocument& doc) {
  std::vector<normalize::PerformanceTable> tables;
  for (const auto& segment : normalize::segment_document(doc)) {
    const auto* table = std::get_if<normalize::TableSegment>(&segment);
    if (table && table->kind == normalize::TableKind::performance) {
      tables.push_back(normalize::read_performance_table(*table, 1));
    }
  }
  REQUIRE(tables.size() == 1);
  return tables.front();
}

inline std::string text(const std::optional<std::string>& value) { return value ? *value : "null"; }
inline std::string text(const std::optional<schema::Decimal>& value) { return value ? value->to_string() : "null"; }

// rule column expected actual ok|failed of each check of a project.
inline std::vector<std::string> checks_of(const normalize::PerformanceProject& project) {
  std::vector<std::string> out;
  for (const auto& check : normalize::check_performance(project)) {
    out.push_back(check.rule + " " + check.column + " " + text(check.expected) + " " + text(check.actual) + " " +
                  (check.ok ? "ok" : "failed"));
  }
  return out;
}

}  // namespace budgetpdf::test_grid
