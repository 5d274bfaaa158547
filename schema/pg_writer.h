#pragma once
// The PostgreSQL seam: the only file that includes <libpq-fe.h>. Rows go in
// with COPY into a session's temporary staging table and move to their table
// inside the document's transaction, so that many processes (shards on many
// machines) can fill one database: DocumentStore locks rows in a fixed order
// and retries a transaction that lost a race (SQLSTATE 23505, 40001, 40P01).

#include <memory>
#include <string>

#include "schema/document_store.h"

namespace budgetpdf::schema {

// Connects with a libpq connection string or URL
// ("postgresql://user@host:5432/budgets", "host=/run/postgresql dbname=x").
// Throws StoreError.
std::unique_ptr<SqlSession> open_postgres(const std::string& url);

}  // namespace budgetpdf::schema
