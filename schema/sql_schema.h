#pragma once
// The relational form of the records, derived from their one definition
// (record.cc): the tables, columns and DDL that the SQLite, PostgreSQL and
// CSV outputs share, and the rows that a document's records give.
//
// - One table per record type, named as the type ("table" and "check" are
//   SQL keywords: quote them). The `record` field is the table's name and is
//   not stored. Each record of a document keeps its position in the
//   document's output as `record_no` (1 = the document record), so
//   (doc_id, record_no) identifies a row and orders a document as its JSON
//   Lines do. `error` rows belong to an input file, not to a document: they
//   have no record_no and are keyed by `source`.
// - Exact decimals are decimal text in SQLite (TEXT keeps "40.00" as
//   printed; a NUMERIC column would turn it into a float) and NUMERIC in
//   PostgreSQL (exact, keeps the printed scale). Lists, amounts and columns
//   are JSON text (jsonb in PostgreSQL).
// - Every `amounts` field also gets a long table `<type>_amounts`, one row per
//   amount: (doc_id, record_no, key, value, value_cents). value_cents is the
//   amount in hundredths as an integer, so sums and comparisons are exact in
//   both engines; it is null for an empty cell and for a value printed with
//   more than two decimals (then `value` still holds it exactly).

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "schema/record.h"

namespace budgetpdf::schema {

enum class SqlDialect { sqlite, postgres };

enum class SqlType { text, integer, boolean, decimal, json };
SqlType sql_type_of(FieldType type);
std::string_view sql_type_name(SqlType type, SqlDialect dialect);

struct SqlColumn {
  std::string name;
  SqlType type;
  std::string meaning;
  std::optional<size_t> field;  // the record field it stores; none for record_no and amounts columns
};

struct SqlTable {
  std::string name;
  std::string meaning;
  std::vector<SqlColumn> columns;
  std::vector<std::string> key;      // primary key
  std::vector<std::string> indexed;  // further columns that queries filter by
  const RecordType* record_type;     // the record type whose rows it holds
  std::optional<size_t> amounts_field;  // set for a long amounts table: the field it unrolls
  // Rows that belong to one document and go when the document goes (every
  // table but `error`, whose rows belong to an input file).
  bool per_document() const;
};

// The tables of the records, in the contract's order, each record table
// followed by its amounts tables.
const std::vector<SqlTable>& record_tables();
const SqlTable& table_of(const RecordType& type);

// The CREATE statements of the record tables and their indexes, idempotent
// (IF NOT EXISTS), with the meaning of each column as a comment.
std::string create_statements(SqlDialect dialect);

// "name" with inner quotes doubled.
std::string quote_identifier(std::string_view name);

// A cell: SQL NULL, boolean, integer or text (decimals and JSON as text).
using SqlValue = std::variant<std::monostate, bool, std::int64_t, std::string>;
using SqlRow = std::vector<SqlValue>;
struct TableRows {
  const SqlTable* table;
  std::vector<SqlRow> rows;
};

// The rows that records give: one TableRows per table of record_tables(), in
// that order (empty where the records have none). `records` are one
// document's records in output order, or one error record.
std::vector<TableRows> rows_of(std::span<const Record> records);

}  // namespace budgetpdf::schema
