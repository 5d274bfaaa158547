#pragma once
// The SQLite seam: the only file that includes <sqlite3.h>. One database file
// holds the records of any number of runs (DocumentStore keeps them
// idempotent). Write-ahead logging with synchronous=NORMAL: a committed
// document survives the process being killed at any moment; after a power
// loss the last documents may be missing, and running the same command again
// adds them.

#include <memory>
#include <string>

#include "schema/document_store.h"

namespace budgetpdf::schema {

// Opens the database file, creating it if missing. Throws StoreError.
std::unique_ptr<SqlSession> open_sqlite(const std::string& path);

}  // namespace budgetpdf::schema
