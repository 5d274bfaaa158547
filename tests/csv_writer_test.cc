#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "schema/csv_writer.h"
#include "scratch.h"

using namespace budgetpdf::schema;
namespace fs = std::filesystem;

TEST_CASE("CSV fields follow RFC 4180: null is empty, an empty text is quoted") {
  struct Row {
    SqlValue value;
    const char* field;
  };
  for (const Row& row : {Row{std::monostate{}, ""}, Row{std::string(""), "\"\""}, Row{std::string("合计"), "合计"},
                         Row{std::string("a,b"), "\"a,b\""}, Row{std::string("say \"hi\""), "\"say \"\"hi\"\"\""},
                         Row{std::string("two\nlines"), "\"two\nlines\""}, Row{std::int64_t{-320}, "-320"},
                         Row{true, "true"}, Row{false, "false"}}) {
    CHECK(csv_field(row.value) == row.field);
  }
}

TEST_CASE("for spreadsheets, a text that would run as a formula gets a leading quote, and numbers stay numbers") {
  struct Row {
    std::string text;
    const char* exact;
    const char* for_spreadsheets;
  };
  for (const Row& row : {
           Row{"=HYPERLINK(\"http://x\",\"办公室\")", "\"=HYPERLINK(\"\"http://x\"\",\"\"办公室\"\")\"",
               "\"'=HYPERLINK(\"\"http://x\"\",\"\"办公室\"\")\""},
           Row{"+1+cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"},
           Row{"-2+3", "-2+3", "'-2+3"},
           Row{"@SUM(A1)", "@SUM(A1)", "'@SUM(A1)"},
           Row{"\t=1", "\t=1", "'\t=1"},
           Row{"-3.20", "-3.20", "-3.20"},  // an amount
           Row{"+5", "+5", "+5"},
           Row{"-", "-", "'-"},
           Row{"开发区=组织", "开发区=组织", "开发区=组织"},
       }) {
    CAPTURE(row.text);
    CHECK(csv_field(row.text) == row.exact);
    CHECK(csv_field(row.text, CsvText::for_spreadsheets) == row.for_spreadsheets);
  }
  CHECK(csv_field(std::int64_t{-320}, CsvText::for_spreadsheets) == "-320");
}

TEST_CASE("one CSV file per table, with a header row and CRLF rows") {
  fs::path dir = budgetpdf::testing::scratch_path("csv");
  fs::remove_all(dir);
  Record error(error_type());
  error.set("source", std::string("x,1.pdf")).set("code", std::string("io")).set("message", std::string("cannot \"open\""));
  CsvWriter writer(dir);
  writer.write(std::span(&error, 1));
  writer.finish();
  auto read = [&](const char* name) {
    std::ifstream in(dir / name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  };
  CHECK(read("error.csv") == "doc_id,source,code,message\r\n,\"x,1.pdf\",io,\"cannot \"\"open\"\"\"\r\n");
  CHECK(read("budget_line_amounts.csv") == "doc_id,record_no,key,value,value_cents\r\n");
  for (const auto& table : record_tables()) CHECK(fs::exists(dir / (table.name + ".csv")));
  fs::remove_all(dir);
}

TEST_CASE("the same document under a second name is written once") {
  fs::path dir = budgetpdf::testing::scratch_path("csv-twice");
  fs::remove_all(dir);
  Record first(document_type()), second(document_type());
  first.set("doc_id", std::string("d1")).set("source", std::string("a.txt"));
  second.set("doc_id", std::string("d1")).set("source", std::string("b.txt"));
  CsvWriter writer(dir);
  writer.write(std::span(&first, 1));
  writer.write(std::span(&second, 1));
  writer.finish();
  std::ifstream in(dir / "document.csv", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  CHECK(text.str() ==
        "doc_id,record_no,source,kind,year,dept_code,dept_name,unit,page_count\r\nd1,1,a.txt,,,,,,\r\n");
  fs::remove_all(dir);
}
