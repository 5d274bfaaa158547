#include <doctest/doctest.h>

#include "schema/jsonl_writer.h"
#include "schema/valid_text.h"

using namespace budgetpdf;

TEST_CASE("a file name is stored as is when it is UTF-8, else escaped so that it is kept whole") {
  struct Row {
    std::string path;
    const char* stored;
  };
  for (const Row& row : {
           Row{"in/部门-113.pdf", "in/部门-113.pdf"},
           Row{"in/\xb2\xbf\xc3\xc5.txt", R"(in/\xb2\xbf\xc3\xc5.txt)"},  // 部门 in GBK
           Row{"in/back\\slash.txt", R"(in/back\\slash.txt)"},
           Row{"a\\xb2\xb2", R"(a\\xb2\xb2)"},  // a name spelling an escape stays apart from the byte
           Row{"\xe9\x83", R"(\xe9\x83)"},       // a character cut off
           Row{"\xed\xa0\x80", R"(\xed\xa0\x80)"},  // an encoded surrogate is not UTF-8
       }) {
    CAPTURE(row.stored);
    CHECK(schema::source_name(row.path) == row.stored);
  }
}

TEST_CASE("NUL bytes and bytes that are not UTF-8 become U+FFFD, with the repair noted") {
  std::vector<schema::Record> records;
  records.emplace_back(schema::document_type()).set("doc_id", std::string("d")).set("dept_name", std::string("开发\xff区"));
  records.emplace_back(schema::budget_line_type())
      .set("doc_id", std::string("d"))
      .set("name", std::string("行政\0运行", 13))
      .set("amounts", schema::Amounts{{"tot\xc3", schema::Decimal::parse("1.00")}})
      .set("repairs", std::vector<std::string>{"wrapped_cell_joined"});
  records.emplace_back(schema::budget_line_type())
      .set("doc_id", std::string("d"))
      .set("name", std::string("机关服务"))
      .set("repairs", std::vector<std::string>{});
  CHECK(schema::clean_document_text(records) == 3);
  REQUIRE(records.size() == 4);
  auto text = [](const schema::Record& record, std::string_view field) { return std::get<std::string>(record.get(field)); };
  auto repairs = [](const schema::Record& record) { return std::get<std::vector<std::string>>(record.get("repairs")); };
  CHECK(text(records[0], "dept_name") == "开发\uFFFD区");  // the document has no repairs field
  CHECK(text(records[1], "name") == "行政\uFFFD运行");
  CHECK(schema::to_json_text(records[1].get("amounts")) == "{\"tot\uFFFD\":\"1.00\"}");
  CHECK(repairs(records[1]) == std::vector<std::string>{"wrapped_cell_joined", "text_cleaned"});
  CHECK(repairs(records[2]).empty());  // clean: untouched
  const auto& check = records[3];
  CHECK(text(check, "record") == "check");
  CHECK(text(check, "doc_id") == "d");
  CHECK(text(check, "rule") == "text.cleaned");
  CHECK(std::get<bool>(check.get("ok")) == false);
  CHECK(text(check, "detail") ==
        "3 values held NUL bytes or bytes that are not UTF-8; each such character is now U+FFFD (the records list the "
        "repair text_cleaned where they have repairs)");
}
