// The idempotent store protocol, on SQLite (PostgreSQL runs the same
// protocol: tests/pg_test.sh).

#include <doctest/doctest.h>

#include <filesystem>

#include "dump_builder.h"
#include "scratch.h"
#include "extract/input_file.h"
#include "normalize/convert.h"
#include "schema/document_store.h"
#include "schema/sqlite_writer.h"

using namespace budgetpdf;
using schema::StoreOutcome;

namespace {

struct Document {
  std::string doc_id;
  std::vector<schema::Record> records;
};

Document document(const std::string& source, const std::string& amount) {
  auto input = extract::sniff_input(source, testing::small_disclosure(amount));
  return {input.doc_id, normalize::convert_input(input, {})};
}

schema::Record failure(const std::string& source) {
  return normalize::error_record(source, "", extract::InputError(extract::ErrorCode::io, "cannot be opened"));
}

// A database file, with a second connection to look into it.
struct Database {
  std::filesystem::path path = testing::scratch_path("store.sqlite");
  Database() { remove(); }
  ~Database() { remove(); }
  void remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  }
  std::string value(const std::string& sql) {
    auto rows = schema::open_sqlite(path.string())->query(sql, {});
    return rows.empty() || !rows[0][0] ? "NULL" : *rows[0][0];
  }
  long count(const std::string& table) { return std::stol(value("SELECT count(*) FROM \"" + table + "\"")); }
};

}  // namespace

TEST_CASE("a document is stored once: storing the same file again writes nothing") {
  Database db;
  schema::DocumentStore store(schema::open_sqlite(db.path.string()));
  Document a = document("a.txt", "1.00");
  CHECK(store.store_document("a.txt", a.doc_id, a.records) == StoreOutcome::inserted);
  CHECK(db.count("document") == 1);
  CHECK(db.count("budget_line") == 2);
  CHECK(db.count("budget_line_amounts") == 6);
  CHECK(db.value("SELECT sum(value_cents) FROM budget_line_amounts WHERE key = 'total'") == "200");
  long checks = db.count("check");
  CHECK(checks > 0);

  CHECK(store.store_document("a.txt", a.doc_id, a.records) == StoreOutcome::already_stored);
  CHECK(store.store_document("a.txt", a.doc_id, {}) == StoreOutcome::already_stored);
  CHECK(db.count("budget_line") == 2);
  CHECK(db.count("check") == checks);

  auto stored = store.stored();
  CHECK(stored.doc_of_path == std::unordered_map<std::string, std::string>{{"a.txt", a.doc_id}});
  CHECK(stored.doc_ids == std::unordered_set<std::string>{a.doc_id});

  // The database outlives the process that wrote it.
  schema::DocumentStore reopened(schema::open_sqlite(db.path.string()));
  CHECK(reopened.stored().doc_ids == std::unordered_set<std::string>{a.doc_id});
}

TEST_CASE("a path whose bytes changed has its old document replaced") {
  Database db;
  schema::DocumentStore store(schema::open_sqlite(db.path.string()));
  Document old_bytes = document("a.txt", "1.00");
  Document new_bytes = document("a.txt", "2.50");
  store.store_document("a.txt", old_bytes.doc_id, old_bytes.records);
  CHECK(store.store_document("a.txt", new_bytes.doc_id, new_bytes.records) == StoreOutcome::inserted);
  CHECK(db.value("SELECT group_concat(doc_id) FROM document") == new_bytes.doc_id);
  CHECK(db.value("SELECT count(*) FROM budget_line WHERE doc_id = '" + old_bytes.doc_id + "'") == "0");
  CHECK(db.value("SELECT count(*) FROM budget_line_amounts WHERE doc_id = '" + old_bytes.doc_id + "'") == "0");
  CHECK(db.value("SELECT count(*) FROM \"check\" WHERE doc_id = '" + old_bytes.doc_id + "'") == "0");
  CHECK(db.value("SELECT sum(value_cents) FROM budget_line_amounts WHERE key = 'total'") == "500");
  CHECK(db.value("SELECT doc_id FROM source_file WHERE path = 'a.txt'") == new_bytes.doc_id);
}

TEST_CASE("the same bytes under two paths are one document, named after the first path") {
  Database db;
  schema::DocumentStore store(schema::open_sqlite(db.path.string()));
  Document b = document("b.txt", "1.00");
  Document a = document("a.txt", "1.00");
  REQUIRE(a.doc_id == b.doc_id);
  CHECK(store.store_document("b.txt", b.doc_id, b.records) == StoreOutcome::inserted);
  CHECK(store.store_document("a.txt", a.doc_id, a.records) == StoreOutcome::already_stored);
  CHECK(db.count("document") == 1);
  CHECK(db.count("budget_line") == 2);
  CHECK(db.count("source_file") == 2);
  CHECK(db.value("SELECT source FROM document") == "a.txt");  // whichever was converted first

  // a.txt now holds other bytes: the document stays for b.txt, named after it.
  Document other = document("a.txt", "3.00");
  store.store_document("a.txt", other.doc_id, other.records);
  CHECK(db.count("document") == 2);
  CHECK(db.value("SELECT source FROM document WHERE doc_id = '" + b.doc_id + "'") == "b.txt");
}

TEST_CASE("a file that fails is an error row, and its old document goes: a later success removes the error") {
  Database db;
  schema::DocumentStore store(schema::open_sqlite(db.path.string()));
  Document a = document("a.txt", "1.00");
  store.store_document("a.txt", a.doc_id, a.records);
  store.store_failure("a.txt", failure("a.txt"));
  store.store_failure("a.txt", failure("a.txt"));  // again: still one row
  CHECK(db.count("document") == 0);
  CHECK(db.count("budget_line") == 0);
  CHECK(db.count("source_file") == 0);
  CHECK(db.count("error") == 1);
  CHECK(db.value("SELECT source || ' ' || code FROM error") == "a.txt io");

  store.store_document("a.txt", a.doc_id, a.records);
  CHECK(db.count("error") == 0);
  CHECK(db.count("document") == 1);
}

TEST_CASE("storing a document without its records asks for them when the database lacks it") {
  Database db;
  schema::DocumentStore store(schema::open_sqlite(db.path.string()));
  Document a = document("a.txt", "1.00");
  CHECK(store.store_document("a.txt", a.doc_id, {}) == StoreOutcome::needs_records);
  CHECK(db.count("source_file") == 0);
  CHECK(db.count("document") == 0);
}

TEST_CASE("a database made with other record fields is refused, not mixed") {
  Database db;
  { schema::DocumentStore store(schema::open_sqlite(db.path.string())); }
  schema::open_sqlite(db.path.string())->execute("UPDATE budgetpdf_meta SET value = 'CREATE TABLE older (x)'");
  CHECK_THROWS_AS(schema::DocumentStore(schema::open_sqlite(db.path.string())), schema::StoreError);
}

TEST_CASE("a database of another application is refused before anything is written to it") {
  Database db;
  schema::open_sqlite(db.path.string())->execute("CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('a')");
  auto before = db.value("PRAGMA journal_mode");
  try {
    schema::DocumentStore store(schema::open_sqlite(db.path.string()));
    FAIL("not refused");
  } catch (const schema::StoreError& error) {
    CHECK(std::string(error.what()) == db.path.string() +
                                           " is not a budgetpdf database (it holds other tables: people); it is left "
                                           "untouched: convert into a new database");
  }
  CHECK(db.value("SELECT group_concat(name) FROM sqlite_master") == "people");
  CHECK(before == "delete");
  CHECK(db.value("PRAGMA journal_mode") == "delete");  // not switched to write-ahead logging either
}
