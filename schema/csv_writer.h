#pragma once
// CSV files, one per table of the relational form (sql_schema: a file per
// record type, named after it, plus budget_line_amounts.csv), with the same
// columns as the SQL tables. RFC 4180: UTF-8, a header row, CRLF after every
// row, a field quoted when it holds a comma, a quote or a line break.
// Following PostgreSQL's CSV convention, an empty unquoted field is null and
// an empty text is written "". Booleans are true/false; lists and amounts
// are JSON text.

#include <filesystem>
#include <fstream>
#include <span>
#include <string>
#include <unordered_set>
#include <vector>

#include "schema/record.h"
#include "schema/sql_schema.h"

namespace budgetpdf::schema {

// How text fields are written.
enum class CsvText {
  exact,            // as they are (the default: the CSV holds the records)
  for_spreadsheets, // a text that a spreadsheet would run as a formula is prefixed
};

class CsvWriter {
 public:
  // Creates `dir` if needed and starts every file afresh (the files hold the
  // records of one run). Throws std::runtime_error when it cannot.
  explicit CsvWriter(const std::filesystem::path& dir, CsvText text = CsvText::exact);

  // Appends the rows of one document's records, or of one error record. A
  // document already written (the same bytes under another name) is not
  // written again: as in the databases, a doc_id is one document.
  void write(std::span<const Record> records);

  // Flushes every file; throws std::runtime_error when a write failed.
  void finish();

 private:
  std::filesystem::path dir_;
  CsvText text_;
  std::vector<std::ofstream> files_;  // one per table of record_tables()
  std::unordered_set<std::string> documents_written_;
};

// One CSV field as written (without the separator). For spreadsheets, a
// text starting with =, +, -, @, a tab or a carriage return gets a leading
// ' (OWASP's advice against CSV injection: a department name in a hostile
// file could be "=HYPERLINK(…)"), unless it is a plain number ("-3.20"),
// which no spreadsheet runs and which stays a number.
std::string csv_field(const SqlValue& value, CsvText text = CsvText::exact);

}  // namespace budgetpdf::schema
