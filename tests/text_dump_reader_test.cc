#include <doctest/doctest.h>

#include "extract/dump/text_dump_reader.h"

using namespace budgetpdf::extract;

TEST_CASE("a dump's tab lines are rows, other lines text, blank lines start blocks") {
  auto doc = read_text_dump("\xEF\xBB\xBFTitle\r\n\r\n1\t\t2.00\t\nnext\n");
  REQUIRE(doc.lines.size() == 3);
  CHECK(doc.lines[0].kind == LineKind::text);
  CHECK(doc.lines[0].text() == "Title");
  CHECK(doc.lines[0].starts_block);
  CHECK(doc.lines[1].kind == LineKind::row);
  REQUIRE(doc.lines[1].cells.size() == 4);  // trailing tab keeps its empty cell
  CHECK(doc.lines[1].cells[0].flat() == "1");
  CHECK(doc.lines[1].cells[1].empty());
  CHECK(doc.lines[1].cells[3].empty());
  CHECK(doc.lines[1].starts_block);
  CHECK_FALSE(doc.lines[2].starts_block);
  CHECK(doc.lines[2].page == 0);
  CHECK_FALSE(doc.page_count.has_value());
}

TEST_CASE("an empty dump has no lines") {
  CHECK(read_text_dump("").lines.empty());
  CHECK(read_text_dump("\n\n  \n").lines.empty());
}
