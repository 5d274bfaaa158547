// The caps on the work one document may cause (extract/limits.h): past a
// cap the page or table is skipped with a failed limit.* check saying what,
// and the rest of the document converts.

#include <doctest/doctest.h>

#include <fmt/format.h>

#include <string>

#include "dump_builder.h"
#include "pdf_builder.h"
#include "extract/input_file.h"
#include "extract/pdf/pdf_reader.h"
#include "normalize/convert.h"
#include "schema/jsonl_writer.h"

using namespace budgetpdf;

namespace {

const std::string kSamplePdf = std::string(BUDGETPDF_SOURCE_DIR) + "/samples/2023-budget-113-pdf/input.pdf";

struct Outcome {
  size_t budget_lines = 0;
  size_t statements = 0;
  std::vector<std::string> limit_checks;  // "rule@subject"
};

Outcome convert(const extract::InputFile& input, const extract::Limits& limits) {
  normalize::ConvertOptions options;
  options.limits = limits;
  Outcome outcome;
  for (const auto& record : normalize::convert_input(input, options)) {
    if (record.type().name == "budget_line") ++outcome.budget_lines;
    if (record.type().name == "statement") ++outcome.statements;
    if (record.type().name != "check") continue;
    const auto& rule = std::get<std::string>(record.get("rule"));
    if (!rule.starts_with("limit.")) continue;
    CHECK_FALSE(std::get<bool>(record.get("ok")));
    const auto* subject = std::get_if<std::string>(&record.get("subject"));
    outcome.limit_checks.push_back(rule + "@" + (subject ? *subject : std::string("null")));
  }
  return outcome;
}

// A one-page PDF whose content nests `depth` graphics states.
std::string nested_states_pdf(int depth) {
  std::string content;
  for (int i = 0; i < depth; ++i) content += "q\n";
  content += "BT /F1 12 Tf 72 720 Td (x) Tj ET\n";
  for (int i = 0; i < depth; ++i) content += "Q\n";
  return testing::one_page_pdf(content);
}

}  // namespace

TEST_CASE("a page past the cap on glyphs is skipped and said so, the other pages convert") {
  auto input = extract::read_input(kSamplePdf);
  extract::Limits limits;
  limits.glyphs_per_page = 800;  // the sample prints more on some table pages (page 5: 804)
  auto outcome = convert(input, limits);
  REQUIRE_FALSE(outcome.limit_checks.empty());
  for (const auto& check : outcome.limit_checks) CHECK(check.starts_with("limit.glyphs_per_page@page "));
  CHECK(outcome.budget_lines > 0);
  CHECK(outcome.budget_lines < 282);
  CHECK(convert(input, extract::Limits{}).budget_lines == 282);
}

TEST_CASE("text lines past the cap skip the page") {
  auto input = extract::read_input(kSamplePdf);
  extract::Limits limits;
  limits.lines_per_page = 5;  // lines outside ruled grids: the narrative pages print more
  auto outcome = convert(input, limits);
  REQUIRE_FALSE(outcome.limit_checks.empty());
  CHECK(outcome.limit_checks.front().starts_with("limit.lines_per_page@page "));
}

TEST_CASE("graphics states nested past the cap stop the page, not the process") {
  auto input = extract::sniff_input("deep.pdf", nested_states_pdf(3000));
  normalize::ConvertOptions options;
  // The page holds no table: the document is no disclosure, and says why.
  CHECK_THROWS_AS(normalize::convert_input(input, options), extract::InputError);
  extract::PdfReadOptions pdf;
  auto printed = extract::read_pdf(input.bytes, pdf);
  REQUIRE(printed.diagnostics.size() == 1);
  CHECK(printed.diagnostics[0].code == "limit.graphics_state_depth");
  CHECK(printed.diagnostics[0].page == 1);
  CHECK(extract::read_pdf(nested_states_pdf(20), pdf).diagnostics.empty());
}

TEST_CASE("rows past the cap on a document, and a table past the cap on cells, are skipped and said so") {
  std::string dump = testing::table_dump("部门预算一般公共预算财政拨款支出表", testing::kGeneralPublicHeader,
                                         {"1\t\t合计\t3.00\t\t3.00\n2\t201\t一般公共服务支出\t3.00\t\t3.00\n"
                                          "3\t20101\t人大事务\t3.00\t\t3.00\n"});
  auto input = extract::sniff_input("dump.txt", dump);
  extract::Limits rows;
  rows.rows_per_document = 5;  // the header takes 3 rows
  auto capped = convert(input, rows);
  CHECK(capped.budget_lines == 2);
  CHECK(capped.limit_checks == std::vector<std::string>{"limit.rows_per_document@null"});

  extract::Limits cells;
  cells.cells_per_table = 20;  // the table prints 6 rows of 6 cells
  CHECK_THROWS_AS(convert(input, cells), extract::InputError);  // its only table skipped: no disclosure left
  CHECK(convert(input, extract::Limits{}).limit_checks.empty());
}

TEST_CASE("figures of the narrative past the cap are not read, and said so: the tables convert") {
  auto input = extract::read_input(std::string(BUDGETPDF_SOURCE_DIR) + "/samples/2023-budget-113-text/input.txt");
  Outcome whole = convert(input, extract::Limits{});
  CHECK(whole.statements == 32);  // the 情况说明's figures (samples/2023-budget-113-text/expected.jsonl)
  CHECK(whole.limit_checks.empty());
  extract::Limits limits;
  limits.statements_per_document = 5;
  Outcome capped = convert(input, limits);
  // The paragraph that reaches the cap is read whole.
  CHECK(capped.statements >= 5);
  CHECK(capped.statements < 10);
  REQUIRE(capped.limit_checks.size() == 1);
  CHECK(capped.limit_checks[0].starts_with("limit.statements_per_document@"));
  CHECK(capped.budget_lines == whole.budget_lines);
}
