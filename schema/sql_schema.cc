#include "schema/sql_schema.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "schema/jsonl_writer.h"

namespace budgetpdf::schema {
namespace {

// Budget tables print amounts to two decimals (万元 or 元 to the hundredth),
// so the integer column of an amount counts hundredths.
constexpr int kAmountCentsScale = 2;

// Columns queries filter by, where a record type has them: the document, the
// table kind and the classification code.
constexpr std::string_view kIndexedFields[] = {"doc_id", "table", "code"};

const SqlColumn kRecordNo{"record_no", SqlType::integer,
                          "position of the record in its document's output (1 = the document record)", std::nullopt};

SqlTable record_table(const RecordType& type) {
  SqlTable table{std::string(type.name), "", {}, {}, {}, &type, std::nullopt};
  bool per_document = table.per_document();
  table.meaning = per_document ? fmt::format("`{}` records (RECORDS.md), one row each", type.name)
                               : "`error` records: one row per input file that could not be converted at the last run";
  for (size_t i = 0; i < type.fields.size(); ++i) {
    const FieldDef& field = type.fields[i];
    if (field.name == "record") continue;  // the table's name
    table.columns.push_back({std::string(field.name), sql_type_of(field.type), std::string(field.meaning), i});
    if (field.name == "doc_id" && per_document) table.columns.push_back(kRecordNo);
  }
  table.key = per_document ? std::vector<std::string>{"doc_id", "record_no"} : std::vector<std::string>{"source"};
  for (std::string_view name : kIndexedFields) {
    bool has = std::any_of(table.columns.begin(), table.columns.end(), [&](const SqlColumn& c) { return c.name == name; });
    // The key's index already serves lookups by its first column.
    if (has && table.key.front() != name) table.indexed.emplace_back(name);
  }
  return table;
}

SqlTable amounts_table(const RecordType& type, size_t field) {
  std::string name = fmt::format("{}_{}", type.name, type.fields[field].name);
  return SqlTable{
      name,
      fmt::format("one row per amount of `{}`.{}: exact, and queryable as integer hundredths", type.name,
                  type.fields[field].name),
      {
          {"doc_id", SqlType::text, "document id", std::nullopt},
          {"record_no", SqlType::integer, fmt::format("record_no of the `{}` row", type.name), std::nullopt},
          {"key", SqlType::text, "amount key (column of the table)", std::nullopt},
          {"value", SqlType::decimal, "the amount as printed; null for an empty cell", std::nullopt},
          {"value_cents", SqlType::integer,
           "the amount in hundredths, exact; null when empty or printed with more than two decimals", std::nullopt},
      },
      {"doc_id", "record_no", "key"},
      {},
      &type,
      field,
  };
}

std::vector<SqlTable> make_tables() {
  std::vector<SqlTable> tables;
  for (const RecordType* type : all_record_types()) {
    tables.push_back(record_table(*type));
    for (size_t i = 0; i < type->fields.size(); ++i) {
      if (type->fields[i].type == FieldType::amounts) tables.push_back(amounts_table(*type, i));
    }
  }
  return tables;
}

// `text` between two `quote` characters, a quote inside doubled: how SQL
// writes both identifiers ("…") and literals ('…').
std::string enclosed(std::string_view text, char quote) {
  std::string out(1, quote);
  for (char c : text) {
    if (c == quote) out.push_back(quote);
    out.push_back(c);
  }
  return out + quote;
}

std::string quote_literal(std::string_view text) { return enclosed(text, '\''); }

// What a column comment adds where the SQL type does not say it.
std::string_view type_note(SqlType type, SqlDialect dialect) {
  if (dialect == SqlDialect::sqlite && type == SqlType::json) return " (JSON)";
  if (dialect == SqlDialect::sqlite && type == SqlType::decimal) return " (exact decimal text)";
  if (dialect == SqlDialect::sqlite && type == SqlType::boolean) return " (1 or 0)";
  return "";
}

std::string column_list(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ", ") + quote_identifier(name);
  return out;
}

void append_table(std::string& ddl, const SqlTable& table, SqlDialect dialect) {
  fmt::format_to(std::back_inserter(ddl), "-- {}\nCREATE TABLE IF NOT EXISTS {} (\n", table.meaning,
                 quote_identifier(table.name));
  for (const auto& column : table.columns) {
    bool in_key = std::find(table.key.begin(), table.key.end(), column.name) != table.key.end();
    fmt::format_to(std::back_inserter(ddl), "  {} {}{}, -- {}{}\n", quote_identifier(column.name),
                   sql_type_name(column.type, dialect), in_key ? " NOT NULL" : "", column.meaning,
                   type_note(column.type, dialect));
  }
  fmt::format_to(std::back_inserter(ddl), "  PRIMARY KEY ({})\n)", column_list(table.key));
  // An amounts row is a few short values: SQLite then stores the table in
  // its key's b-tree alone, instead of a table plus an index that repeats it.
  if (dialect == SqlDialect::sqlite && table.amounts_field) ddl += " WITHOUT ROWID";
  ddl += ";\n";
  for (const auto& column : table.indexed) {
    fmt::format_to(std::back_inserter(ddl), "CREATE INDEX IF NOT EXISTS {} ON {} ({});\n",
                   quote_identifier(table.name + "_" + column), quote_identifier(table.name),
                   quote_identifier(column));
  }
  if (dialect == SqlDialect::postgres) {
    fmt::format_to(std::back_inserter(ddl), "COMMENT ON TABLE {} IS {};\n", quote_identifier(table.name),
                   quote_literal(table.meaning));
    for (const auto& column : table.columns) {
      fmt::format_to(std::back_inserter(ddl), "COMMENT ON COLUMN {}.{} IS {};\n", quote_identifier(table.name),
                     quote_identifier(column.name), quote_literal(column.meaning));
    }
  }
}

SqlValue to_sql(const Value& value) {
  if (std::holds_alternative<std::monostate>(value)) return std::monostate{};
  if (const auto* b = std::get_if<bool>(&value)) return *b;
  if (const auto* i = std::get_if<std::int64_t>(&value)) return *i;
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  if (const auto* d = std::get_if<Decimal>(&value)) return d->to_string();
  return to_json_text(value);
}

void add_record_row(TableRows& out, const Record& record, size_t position) {
  SqlRow row;
  for (const auto& column : out.table->columns) {
    row.push_back(column.field ? to_sql(record.values()[*column.field])
                               : SqlValue{static_cast<std::int64_t>(position + 1)});
  }
  out.rows.push_back(std::move(row));
}

void add_amount_rows(TableRows& out, const Record& record, size_t position) {
  const auto* amounts = std::get_if<Amounts>(&record.values()[*out.table->amounts_field]);
  if (!amounts) return;
  const SqlValue doc_id = to_sql(record.get("doc_id"));
  size_t first = out.rows.size();
  for (const auto& entry : *amounts) {
    // Not a structured binding: clang 14 (the fuzz build) cannot capture one.
    const std::string& key = entry.first;
    const std::optional<Decimal>& value = entry.second;
    SqlRow row{doc_id, static_cast<std::int64_t>(position + 1), key, std::monostate{}, std::monostate{}};
    if (value) {
      row[3] = value->to_string();
      if (auto cents = value->scaled_to(kAmountCentsScale)) row[4] = *cents;
    }
    // A key given twice keeps its first place and last value, as in the JSON.
    auto same_key = std::find_if(out.rows.begin() + static_cast<std::ptrdiff_t>(first), out.rows.end(),
                                 [&](const SqlRow& r) { return std::get<std::string>(r[2]) == key; });
    if (same_key != out.rows.end()) {
      *same_key = std::move(row);
    } else {
      out.rows.push_back(std::move(row));
    }
  }
}

}  // namespace

SqlType sql_type_of(FieldType type) {
  switch (type) {
    case FieldType::text: return SqlType::text;
    case FieldType::integer: return SqlType::integer;
    case FieldType::boolean: return SqlType::boolean;
    case FieldType::decimal: return SqlType::decimal;
    case FieldType::int_list:
    case FieldType::text_list:
    case FieldType::amounts:
    case FieldType::columns:
    case FieldType::objects: return SqlType::json;
  }
  throw std::logic_error("unknown field type");
}

std::string_view sql_type_name(SqlType type, SqlDialect dialect) {
  bool sqlite = dialect == SqlDialect::sqlite;
  switch (type) {
    case SqlType::text: return "TEXT";
    case SqlType::integer: return sqlite ? "INTEGER" : "BIGINT";
    case SqlType::boolean: return sqlite ? "INTEGER" : "BOOLEAN";
    case SqlType::decimal: return sqlite ? "TEXT" : "NUMERIC";
    case SqlType::json: return sqlite ? "TEXT" : "JSONB";
  }
  throw std::logic_error("unknown SQL type");
}

bool SqlTable::per_document() const { return record_type != &error_type(); }

const std::vector<SqlTable>& record_tables() {
  static const std::vector<SqlTable> tables = make_tables();
  return tables;
}

const SqlTable& table_of(const RecordType& type) {
  for (const auto& table : record_tables()) {
    if (table.record_type == &type && !table.amounts_field) return table;
  }
  throw std::logic_error("no table for record type " + std::string(type.name));
}

std::string create_statements(SqlDialect dialect) {
  std::string ddl =
      "-- budgetpdf records: one table per record type of the contract (RECORDS.md), generated from\n"
      "-- schema/record.cc. Amounts: see the *_amounts tables (value_cents = exact hundredths).\n";
  for (const auto& table : record_tables()) append_table(ddl, table, dialect);
  return ddl;
}

std::string quote_identifier(std::string_view name) { return enclosed(name, '"'); }

std::vector<TableRows> rows_of(std::span<const Record> records) {
  const auto& tables = record_tables();
  std::vector<TableRows> out;
  for (const auto& table : tables) out.push_back({&table, {}});
  for (size_t position = 0; position < records.size(); ++position) {
    const Record& record = records[position];
    for (auto& rows : out) {
      if (rows.table->record_type != &record.type()) continue;
      if (rows.table->amounts_field) {
        add_amount_rows(rows, record, position);
      } else {
        add_record_row(rows, record, position);
      }
    }
  }
  return out;
}

}  // namespace budgetpdf::schema
