#include <doctest/doctest.h>

#include <algorithm>

#include "schema/document_store.h"
#include "schema/sql_schema.h"
#include "schema/sqlite_writer.h"

using namespace budgetpdf::schema;

namespace {

const SqlColumn* column_of(const SqlTable& table, std::string_view name) {
  for (const auto& column : table.columns) {
    if (column.name == name) return &column;
  }
  return nullptr;
}

Decimal dec(const char* text) { return *Decimal::parse(text); }

}  // namespace

TEST_CASE("every field of every record type is a column of its table, typed by its field type") {
  for (const RecordType* type : all_record_types()) {
    CAPTURE(type->name);
    const SqlTable& table = table_of(*type);
    CHECK(table.name == type->name);
    size_t stored_fields = 0;
    for (const auto& field : type->fields) {
      if (field.name == "record") continue;  // the table's name
      ++stored_fields;
      const SqlColumn* column = column_of(table, field.name);
      REQUIRE(column != nullptr);
      CHECK(column->type == sql_type_of(field.type));
      CHECK(column->meaning == field.meaning);
    }
    bool per_document = type != &error_type();
    CHECK(table.columns.size() == stored_fields + (per_document ? 1 : 0));
    CHECK((column_of(table, "record_no") != nullptr) == per_document);
  }
}

TEST_CASE("field types map to exact SQL types in both engines") {
  struct Row {
    FieldType field;
    const char* sqlite;
    const char* postgres;
  };
  for (Row row : {Row{FieldType::text, "TEXT", "TEXT"}, Row{FieldType::integer, "INTEGER", "BIGINT"},
                  Row{FieldType::boolean, "INTEGER", "BOOLEAN"}, Row{FieldType::decimal, "TEXT", "NUMERIC"},
                  Row{FieldType::int_list, "TEXT", "JSONB"}, Row{FieldType::amounts, "TEXT", "JSONB"}}) {
    CHECK(sql_type_name(sql_type_of(row.field), SqlDialect::sqlite) == row.sqlite);
    CHECK(sql_type_name(sql_type_of(row.field), SqlDialect::postgres) == row.postgres);
  }
}

TEST_CASE("the DDL of a table: typed columns with their meaning, key, and indexes on doc_id, table and code") {
  std::string ddl = create_statements(SqlDialect::sqlite);
  CHECK(ddl.find(R"(-- `error` records: one row per input file that could not be converted at the last run
CREATE TABLE IF NOT EXISTS "error" (
  "doc_id" TEXT, -- document id
  "source" TEXT NOT NULL, -- file name as given
  "code" TEXT, -- encrypted, no_text_layer, damaged, not_a_disclosure, io, unsupported, internal, too_large
  "message" TEXT, -- what is wrong and what to do
  PRIMARY KEY ("source")
);
CREATE INDEX IF NOT EXISTS "error_doc_id" ON "error" ("doc_id");
CREATE INDEX IF NOT EXISTS "error_code" ON "error" ("code");
)") != std::string::npos);
  CHECK(ddl.find(R"(  "amounts" TEXT, -- every amount column by key, exact decimals in the table's unit (JSON)
  "pages" TEXT, -- pages the row spans (JSON)
  "repairs" TEXT, -- what reconstruction did to read the row (JSON)
  "texts" TEXT, -- cells of the table's columns of words (采购物品名称 …), in their order (JSON)
  PRIMARY KEY ("doc_id", "record_no")
);
CREATE INDEX IF NOT EXISTS "budget_line_table" ON "budget_line" ("table");
CREATE INDEX IF NOT EXISTS "budget_line_code" ON "budget_line" ("code");
-- one row per amount of `budget_line`.amounts: exact, and queryable as integer hundredths
CREATE TABLE IF NOT EXISTS "budget_line_amounts" ()") != std::string::npos);
  CHECK(ddl.find(R"(  PRIMARY KEY ("doc_id", "record_no", "key")
) WITHOUT ROWID;)") != std::string::npos);

  std::string pg = create_statements(SqlDialect::postgres);
  CHECK(pg.find(R"("expected" NUMERIC, -- value the rule expects)") != std::string::npos);
  CHECK(pg.find(R"("ok" BOOLEAN, -- whether the rule holds)") != std::string::npos);
  CHECK(pg.find(R"(COMMENT ON COLUMN "budget_line"."code" IS 'classification code, digits only';)") != std::string::npos);
  CHECK(pg.find("WITHOUT ROWID") == std::string::npos);
}

TEST_CASE("the DDL creates every table, and SQLite takes it") {
  DocumentStore store(open_sqlite(":memory:"));
  auto files = store.stored();
  CHECK(files.doc_ids.empty());
  CHECK(files.doc_of_path.empty());
}

TEST_CASE("records become rows: position as record_no, lists as JSON, every amount also as exact hundredths") {
  Record document(document_type());
  document.set("doc_id", std::string("d1")).set("source", std::string("a.txt")).set("year", std::int64_t{2023});
  Record line(budget_line_type());
  line.set("doc_id", std::string("d1"))
      .set("table", std::string("income"))
      .set("code", std::string("2080199"))
      .set("level", std::int64_t{3})
      .set("amounts", Amounts{{"total", dec("10544.51")}, {"basic", std::nullopt}, {"project", dec("0.125")},
                              {"other", dec("-3.2")}})
      .set("pages", std::vector<int>{4, 5})
      .set("repairs", std::vector<std::string>{"split_token_joined"});
  Record check(check_type());
  check.set("doc_id", std::string("d1")).set("expected", dec("40.00")).set("ok", false);
  std::vector<Record> records = {document, line, check};

  auto tables = rows_of(records);
  REQUIRE(tables.size() == record_tables().size());
  auto rows_in = [&](std::string_view name) {
    for (const auto& rows : tables) {
      if (rows.table->name == name) return rows.rows;
    }
    FAIL("no table " << name);
    return std::vector<SqlRow>{};
  };
  CHECK(rows_in("document") ==
        std::vector<SqlRow>{{"d1", std::int64_t{1}, "a.txt", {}, std::int64_t{2023}, {}, {}, {}, {}}});
  CHECK(rows_in("budget_line") ==
        std::vector<SqlRow>{{"d1", std::int64_t{2}, "income", {}, {}, "2080199", {}, std::int64_t{3}, {},
                             R"({"total":"10544.51","basic":null,"project":"0.125","other":"-3.2"})", "[4,5]",
                             R"(["split_token_joined"])", {}}});
  CHECK(rows_in("budget_line_amounts") == std::vector<SqlRow>{
                                              {"d1", std::int64_t{2}, "total", "10544.51", std::int64_t{1054451}},
                                              {"d1", std::int64_t{2}, "basic", {}, {}},
                                              {"d1", std::int64_t{2}, "project", "0.125", {}},
                                              {"d1", std::int64_t{2}, "other", "-3.2", std::int64_t{-320}},
                                          });
  auto checks = rows_in("check");
  REQUIRE(checks.size() == 1);
  CHECK(checks[0][1] == SqlValue{std::int64_t{3}});
  const auto& columns = table_of(check_type()).columns;
  CHECK(checks[0][static_cast<size_t>(column_of(table_of(check_type()), "expected") - columns.data())] ==
        SqlValue{std::string("40.00")});
  CHECK(checks[0][static_cast<size_t>(column_of(table_of(check_type()), "ok") - columns.data())] == SqlValue{false});
  CHECK(rows_in("institution").empty());
}
