#pragma once
// The outputs of a convert job, written together: JSON Lines (a file or the
// output stream), CSV files, a SQLite database, a PostgreSQL database.

#include <fstream>
#include <iosfwd>
#include <memory>
#include <optional>
#include <vector>

#include "cli/convert_job.h"
#include "cli/file_conversion.h"
#include "schema/csv_writer.h"
#include "schema/document_store.h"
#include "schema/jsonl_writer.h"

namespace budgetpdf::cli {

class Outputs {
 public:
  // Opens every output the job names (databases: connects, creates the
  // tables, reads what they hold). Throws std::runtime_error / StoreError.
  Outputs(const ConvertJob& job, std::ostream& out);

  // Whether every output holds the bytes `doc_id` already, so a file need
  // not be converted: only databases can (JSON Lines and CSV hold what this
  // run writes). Safe to call from worker threads.
  bool holds(const std::string& doc_id) const;

  // Writes one file's result everywhere, databases first. A document a
  // database refuses (StoreRefused) fails alone: `result` becomes its error
  // record (code internal, with the database's reason), written to every
  // output in place of the document. Returns false when a database no
  // longer has a document that holds() promised (another process removed it
  // meanwhile): convert the file and write its result again.
  bool write(FileResult& result);

  // Removes the error rows of `folders`, listed whole by this run (a folder
  // that could not be read before fails no more).
  void clear_failures(const std::vector<std::string>& folders);

  // Flushes the files; throws when a write failed.
  void finish();

 private:
  struct Database {
    std::unique_ptr<schema::DocumentStore> store;
    schema::StoredFiles at_start;  // what it held when the job started
  };

  std::ofstream jsonl_file_;
  std::ostream* jsonl_ = nullptr;
  std::optional<schema::JsonlWriter> jsonl_writer_;
  std::optional<schema::CsvWriter> csv_;
  std::vector<Database> databases_;
};

}  // namespace budgetpdf::cli
