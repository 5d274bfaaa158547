#include <doctest/doctest.h>

#include <string>

#include "extract/input_error.h"
#include "extract/pdf/pdf_repair.h"
#include "normalize/diagnostics.h"
#include "schema/jsonl_writer.h"

using namespace budgetpdf;

namespace {

// A PDF's objects as a producer writes them, cut off before its
// cross-reference table: the page tree and catalog come after the pages.
const std::string kCutPdf =
    "%PDF-1.4\n"
    "3 0 obj\n<</Type/Page/Parent 5 0 R/Contents 4 0 R>>\nendobj\n"
    "4 0 obj\n<</Length 0>>\nstream\n\nendstream\nendobj\n"
    "6 0 obj\n<< /Type /Page /Parent 5 0 R >>\nendobj\n"
    "5 0 obj\n<</Type/Pages/Kids[3 0 R 6 0 R]/Count 2>>\nendobj\n"
    "1 0 obj\n<</Type/Catalog/Pages 5 0 R>>\nendobj\n";

}  // namespace

TEST_CASE("a cut-off PDF gets a trailer around its catalog, then a page tree of its pages in file order") {
  auto candidates = extract::repaired_candidates(kCutPdf);
  REQUIRE(candidates.size() == 2);
  CHECK(candidates[0].bytes == kCutPdf + "\n\ntrailer\n<</Size 7/Root 1 0 R>>\n%%EOF\n");
  CHECK(candidates[1].bytes == kCutPdf +
                                   "\n\n7 0 obj\n<</Type/Pages/Kids[3 0 R 6 0 R ]/Count 2>>\nendobj\n"
                                   "8 0 obj\n<</Type/Catalog/Pages 7 0 R>>\nendobj\n"
                                   "trailer\n<</Size 9/Root 8 0 R>>\n%%EOF\n");
}

TEST_CASE("repair finds nothing in bytes without objects, and no page in a /Type/Pages node") {
  CHECK(extract::repaired_candidates("").empty());
  CHECK(extract::repaired_candidates("%PDF-1.4\nobj 0 obj endobj 12obj").empty());
  auto only_tree = extract::repaired_candidates("%PDF-1.4\n2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\n");
  CHECK(only_tree.empty());
}

TEST_CASE("reader diagnostics become failed reader checks, and explain a document with no table left") {
  extract::PrintedDocument printed;
  printed.page_count = 3;
  using extract::Severity;
  printed.diagnostics = {{Severity::error, "reader.repaired", 0, "", "", "", "cut off"},
                         {Severity::error, "reader.no_text_layer", 2, "", "", "", "scanned"},
                         {Severity::error, "reader.no_text_layer", 3, "", "", "", "scanned"}};
  auto records = normalize::check_records(printed.diagnostics, "d");
  REQUIRE(records.size() == 3);
  CHECK(schema::to_json_line(records[0]) ==
        R"({"record":"check","doc_id":"d","rule":"reader.repaired","table":null,"subject":null,"column":null,)"
        R"("expected":null,"actual":null,"ok":false,"detail":"cut off","within_rounding":null})");
  CHECK(schema::to_json_line(records[2]) ==
        R"({"record":"check","doc_id":"d","rule":"reader.no_text_layer","table":null,"subject":"page 3","column":null,)"
        R"("expected":null,"actual":null,"ok":false,"detail":"scanned","within_rounding":null})");

  extract::InputError none(extract::ErrorCode::not_a_disclosure, "no budget table");
  auto scanned = normalize::explained_by_reader_diagnostics(printed, none);
  CHECK(scanned.code() == extract::ErrorCode::no_text_layer);
  CHECK(std::string(scanned.what()).starts_with("2 of the PDF's 3 pages have no text layer"));
  printed.diagnostics.resize(1);
  CHECK(normalize::explained_by_reader_diagnostics(printed, none).code() == extract::ErrorCode::damaged);
  printed.diagnostics.clear();
  CHECK(normalize::explained_by_reader_diagnostics(printed, none).code() == extract::ErrorCode::not_a_disclosure);
  extract::InputError encrypted(extract::ErrorCode::encrypted, "locked");
  CHECK(normalize::explained_by_reader_diagnostics(printed, encrypted).code() == extract::ErrorCode::encrypted);

  // Most pages print text that decodes to no readable characters: the
  // tables may be there, unreadable.
  printed.diagnostics = {{Severity::error, "reader.undecodable_text", 1, "", "", "", "fonts"},
                         {Severity::error, "reader.undecodable_text", 2, "", "", "", "fonts"}};
  auto garbled = normalize::explained_by_reader_diagnostics(printed, none);
  CHECK(garbled.code() == extract::ErrorCode::no_text_layer);
  CHECK(std::string(garbled.what()).starts_with("2 of the PDF's 3 pages print text whose fonts decode to no"));
  printed.diagnostics.resize(1);
  CHECK(normalize::explained_by_reader_diagnostics(printed, none).code() == extract::ErrorCode::not_a_disclosure);

  // One scanned page of fourteen (a signed letter in a notice): no table on
  // the text pages makes it no disclosure, not a scan to OCR.
  printed.page_count = 14;
  printed.diagnostics = {{Severity::error, "reader.no_text_layer", 14, "", "", "", "scanned"}};
  auto notice = normalize::explained_by_reader_diagnostics(printed, none);
  CHECK(notice.code() == extract::ErrorCode::not_a_disclosure);
  CHECK(std::string(notice.what()) == "no budget table (the PDF's text pages hold none; 1 of its 14 pages are images "
                                      "with no text layer)");
  // Poppler rebuilt the cross-reference table: nothing was cut off.
  printed.diagnostics = {{Severity::warning, "reader.repaired", 0, "", "", "", "rebuilt"}};
  CHECK(normalize::explained_by_reader_diagnostics(printed, none).code() == extract::ErrorCode::not_a_disclosure);
}

TEST_CASE("every stage's diagnostic becomes a check the same way: a note holds, the others fail") {
  using extract::Severity;
  extract::Diagnostic cell{Severity::error, "cell.amount_unparsed", 4, "income", "2010101", "total", "printed as \"1..2\""};
  CHECK(schema::to_json_line(normalize::check_record(cell, "d")) ==
        R"({"record":"check","doc_id":"d","rule":"cell.amount_unparsed","table":"income","subject":"2010101",)"
        R"("column":"total","expected":null,"actual":null,"ok":false,"detail":"printed as \"1..2\"","within_rounding":null})");
  extract::Diagnostic note{Severity::note, "reader.blank_page", 2, "", "", "", "nothing is printed on the page"};
  CHECK(schema::to_json_line(normalize::check_record(note, "d")) ==
        R"({"record":"check","doc_id":"d","rule":"reader.blank_page","table":null,"subject":"page 2","column":null,)"
        R"("expected":null,"actual":null,"ok":true,"detail":"nothing is printed on the page","within_rounding":null})");
}
