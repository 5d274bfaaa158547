#include "schema/document_store.h"

#include <fmt/format.h>

#include <algorithm>

namespace budgetpdf::schema {
namespace {

// How often a transaction that lost a race to a concurrent writer is run
// again. A retry sees the winner's rows and normally succeeds at once; more
// attempts allow for chains of deadlocks when many shards write together.
constexpr int kConflictAttempts = 8;

// The store's own tables, beside the record tables of sql_schema.
constexpr std::string_view kBookkeeping = R"(-- The input files converted into this database: each path as given, and the
-- document its bytes gave at the last run. A re-run skips a path whose bytes
-- still give that document; a document that no path gives any more is
-- deleted with all its rows.
CREATE TABLE IF NOT EXISTS "source_file" (
  "path" TEXT PRIMARY KEY,
  "doc_id" TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS "source_file_doc_id" ON "source_file" ("doc_id");
)";

// Made first, to refuse a database of another record version before its
// tables are touched.
constexpr std::string_view kMetaTable = R"(-- The DDL this database was made with.
CREATE TABLE IF NOT EXISTS "budgetpdf_meta" (
  "key" TEXT PRIMARY KEY,
  "value" TEXT NOT NULL
);
)";

std::string other_version(const std::string& database) {
  return fmt::format("{} holds budgetpdf tables of another version (other record fields); it is left untouched: "
                     "convert into a new database, or delete this one and convert again",
                     database);
}

std::string text_of(const Record& record, std::string_view field) {
  const auto* text = std::get_if<std::string>(&record.get(field));
  return text ? *text : std::string();
}

}  // namespace

DocumentStore::DocumentStore(std::unique_ptr<SqlSession> session) : session_(std::move(session)) {
  std::string ddl = create_statements(session_->dialect()) + std::string(kBookkeeping);
  refuse_foreign(ddl);
  session_->start_writing();
  // Checked again under the schema lock: another process may have made the
  // tables meanwhile.
  session_->begin(true);
  try {
    session_->execute(kMetaTable);
    std::string params[] = {ddl};
    auto made_with = session_->query(R"(SELECT "value" FROM "budgetpdf_meta" WHERE "key" = 'ddl')", {});
    if (made_with.empty()) {
      session_->execute(ddl);
      session_->query(R"(INSERT INTO "budgetpdf_meta" ("key", "value") VALUES ('ddl', $1))", params);
    } else if (made_with[0][0] != ddl) {
      throw StoreError(other_version(session_->name()));
    }
    session_->commit();
  } catch (...) {
    session_->rollback();
    throw;
  }
}

// Before anything is written: a database with tables but no budgetpdf_meta
// is another application's, and one made with other DDL is of another
// record version; both are left as they are.
void DocumentStore::refuse_foreign(const std::string& ddl) {
  std::vector<std::string> tables = session_->table_names();
  if (tables.empty()) return;
  if (std::find(tables.begin(), tables.end(), "budgetpdf_meta") == tables.end()) {
    std::sort(tables.begin(), tables.end());
    constexpr size_t kTablesNamed = 3;
    std::string named;
    for (size_t i = 0; i < tables.size() && i < kTablesNamed; ++i) named += (i ? ", " : "") + tables[i];
    if (tables.size() > kTablesNamed) named += ", …";
    throw StoreError(fmt::format("{} is not a budgetpdf database (it holds other tables: {}); it is left untouched: "
                                 "convert into a new database",
                                 session_->name(), named));
  }
  auto made_with = session_->query(R"(SELECT "value" FROM "budgetpdf_meta" WHERE "key" = 'ddl')", {});
  if (made_with.empty() || made_with[0][0] != ddl) throw StoreError(other_version(session_->name()));
}

template <class Body>
auto DocumentStore::in_transaction(Body body) {
  for (int attempt = 1;; ++attempt) {
    session_->begin(false);
    try {
      auto result = body();
      session_->commit();
      return result;
    } catch (const StoreConflict&) {
      session_->rollback();
      if (attempt == kConflictAttempts) throw;
    } catch (...) {
      session_->rollback();
      throw;
    }
  }
}

StoredFiles DocumentStore::stored() {
  StoredFiles files;
  for (auto& row : session_->query(R"(SELECT "path", "doc_id" FROM "source_file")", {})) {
    files.doc_of_path.emplace(*row[0], *row[1]);
  }
  for (auto& row : session_->query(R"(SELECT "doc_id" FROM "document")", {})) files.doc_ids.insert(*row[0]);
  for (auto& row : session_->query(R"(SELECT "source" FROM "error")", {})) files.failed_paths.insert(*row[0]);
  return files;
}

std::optional<std::string> DocumentStore::lock_path(const std::string& path) {
  std::string params[] = {path};
  auto rows = session_->query(
      fmt::format(R"(SELECT "doc_id" FROM "source_file" WHERE "path" = $1{})", session_->row_lock()), params);
  if (rows.empty()) return std::nullopt;
  return rows[0][0];
}

bool DocumentStore::lock_document(const std::string& doc_id) {
  std::string params[] = {doc_id};
  return !session_->query(fmt::format(R"(SELECT 1 FROM "document" WHERE "doc_id" = $1{})", session_->row_lock()), params)
              .empty();
}

// A document stays while a path holds it, named after the first of those
// paths in byte order (so the name does not depend on which file was
// converted first); when no path holds it, it goes with all its rows.
void DocumentStore::settle(const std::string& doc_id) {
  if (!lock_document(doc_id)) return;
  std::string params[] = {doc_id, ""};
  auto paths = session_->query(R"(SELECT "path" FROM "source_file" WHERE "doc_id" = $1)", std::span(params, 1));
  if (paths.empty()) {
    for (const auto& table : record_tables()) {
      if (!table.per_document()) continue;
      session_->query(fmt::format(R"(DELETE FROM {} WHERE "doc_id" = $1)", quote_identifier(table.name)),
                      std::span(params, 1));
    }
    return;
  }
  params[1] = *std::min_element(paths.begin(), paths.end())->front();
  session_->query(R"(UPDATE "document" SET "source" = $2 WHERE "doc_id" = $1 AND "source" <> $2)", params);
}

StoreOutcome DocumentStore::store_document(const std::string& path, const std::string& doc_id,
                                           std::span<const Record> records) {
  if (!records.empty() && (&records.front().type() != &document_type() || text_of(records.front(), "doc_id") != doc_id)) {
    throw std::logic_error("store_document: the records must start with the document record of " + doc_id);
  }
  return in_transaction([&] {
    std::optional<std::string> previous = lock_path(path);
    bool stored = lock_document(doc_id);
    if (!stored) {
      if (records.empty()) return StoreOutcome::needs_records;
      for (const auto& rows : rows_of(records)) {
        if (!rows.rows.empty()) session_->insert(rows);
      }
    }
    std::string params[] = {path, doc_id};
    session_->query(R"(INSERT INTO "source_file" ("path", "doc_id") VALUES ($1, $2)
                       ON CONFLICT ("path") DO UPDATE SET "doc_id" = excluded."doc_id")",
                    params);
    session_->query(R"(DELETE FROM "error" WHERE "source" = $1)", std::span(params, 1));
    settle(doc_id);
    if (previous && *previous != doc_id) settle(*previous);
    return stored ? StoreOutcome::already_stored : StoreOutcome::inserted;
  });
}

void DocumentStore::store_failure(const std::string& path, const Record& error) {
  if (&error.type() != &error_type() || text_of(error, "source") != path) {
    throw std::logic_error("store_failure: expects the error record of " + path);
  }
  in_transaction([&] {
    std::optional<std::string> previous = lock_path(path);
    std::string params[] = {path};
    session_->query(R"(DELETE FROM "source_file" WHERE "path" = $1)", params);
    session_->query(R"(DELETE FROM "error" WHERE "source" = $1)", params);
    for (const auto& rows : rows_of(std::span(&error, 1))) {
      if (!rows.rows.empty()) session_->insert(rows);
    }
    if (previous) settle(*previous);
    return true;
  });
}

void DocumentStore::clear_failure(const std::string& path) {
  in_transaction([&] {
    std::string params[] = {path};
    session_->query(R"(DELETE FROM "error" WHERE "source" = $1)", params);
    return true;
  });
}

}  // namespace budgetpdf::schema
