#pragma once
// Documents in a SQL database, written so that re-runs are idempotent and a
// run killed at any moment can simply be run again: each input file is one
// transaction, a document (doc_id = SHA-256 of its bytes) is stored once
// whatever the number of paths that hold it, and a path whose bytes changed
// has its old document replaced. The same protocol serves SQLite and
// PostgreSQL (several processes at once: rows are locked in a fixed order,
// and a transaction that loses a race is run again).
//
// The engines are behind SqlSession (sqlite_writer, pg_writer).

#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "schema/record.h"
#include "schema/sql_schema.h"

namespace budgetpdf::schema {

// A database that cannot be opened, written or used; the message says what
// to do. Stops the batch (its output is gone), unlike a bad input file.
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Thrown by a session when the database refuses one document's rows (a
// value it cannot hold, a constraint or rule of its own): the transaction is
// rolled back, that document fails, the others go on.
class StoreRefused : public StoreError {
 public:
  using StoreError::StoreError;
};

// Thrown by a session when a concurrent writer won a race (unique key taken,
// deadlock, serialization failure): the transaction is rolled back and run
// again.
class StoreConflict : public StoreError {
 public:
  using StoreError::StoreError;
};

using SqlResult = std::vector<std::vector<std::optional<std::string>>>;

// One connection to one engine. Statements use $1, $2 … for parameters.
class SqlSession {
 public:
  virtual ~SqlSession() = default;
  virtual SqlDialect dialect() const = 0;
  virtual std::string name() const = 0;  // for messages: the file or the database
  // Starts a transaction that holds the database's write lock where the
  // engine has one (SQLite); `schema_change` also serializes schema creation
  // between processes (PostgreSQL).
  virtual void begin(bool schema_change) = 0;
  virtual void commit() = 0;
  virtual void rollback() = 0;  // never throws
  virtual void execute(std::string_view statements) = 0;
  virtual SqlResult query(std::string_view statement, std::span<const std::string> params) = 0;
  // Appends rows to their table inside the open transaction.
  virtual void insert(const TableRows& rows) = 0;
  // What makes a SELECT lock the rows it reads until the transaction ends.
  virtual std::string_view row_lock() const = 0;
  // The names of the tables the database holds (in the current schema),
  // read without changing anything.
  virtual std::vector<std::string> table_names() = 0;
  // Called once the database is known to be budgetpdf's or empty, before the
  // first write: settings that change the database itself.
  virtual void start_writing() {}
};

struct StoredFiles {
  std::unordered_map<std::string, std::string> doc_of_path;  // source_file
  std::unordered_set<std::string> doc_ids;                   // documents stored
  std::unordered_set<std::string> failed_paths;              // sources of error rows
};

enum class StoreOutcome {
  inserted,       // the document's rows were written
  already_stored, // the document was there (unchanged, or under another path): only the path was mapped
  needs_records,  // no records were given and the document is not stored: convert it and store again
};

class DocumentStore {
 public:
  // Creates the tables in an empty database. Throws StoreError, having
  // written nothing, when the database holds tables that are not
  // budgetpdf's or budgetpdf tables of another record version.
  explicit DocumentStore(std::unique_ptr<SqlSession> session);

  const SqlSession& session() const { return *session_; }

  // What the database holds now, to skip inputs whose bytes are stored.
  StoredFiles stored();

  // One transaction: `path` now holds the bytes `doc_id`, whose records are
  // `records` (the document's records in output order; may be empty when the
  // caller expects the document stored already). Replaces the document the
  // path held before, deletes its error row.
  StoreOutcome store_document(const std::string& path, const std::string& doc_id, std::span<const Record> records);

  // One transaction: `path` could not be converted; `error` is its error
  // record. The path's previous document goes unless another path holds it.
  void store_failure(const std::string& path, const Record& error);

  // One transaction: `path` (a folder that could not be listed before) no
  // longer fails: its error row goes.
  void clear_failure(const std::string& path);

 private:
  void refuse_foreign(const std::string& ddl);
  template <class Body>
  auto in_transaction(Body body);
  std::optional<std::string> lock_path(const std::string& path);
  bool lock_document(const std::string& doc_id);
  void settle(const std::string& doc_id);

  std::unique_ptr<SqlSession> session_;
};

}  // namespace budgetpdf::schema
