#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <fmt/format.h>

#include <sstream>

#include "cli/convert_job.h"
#include "cli/file_conversion.h"
#include "cli/progress.h"
#include "dump_builder.h"
#include "scratch.h"

using namespace budgetpdf;
namespace fs = std::filesystem;

TEST_CASE("records come out in input order whatever the number of jobs") {
  fs::path dir = testing::scratch_path("job-order");
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  for (int i = 0; i < 12; ++i) {
    std::ofstream(dir / (i % 2 ? "sub" : ".") / fmt::format("dept-{:02}.txt", i)) << testing::small_disclosure(fmt::format("{}.00", i + 1));
  }
  std::ofstream(dir / "broken.pdf") << "%PDF-1.4 cut off";
  auto run_with = [&](unsigned jobs) {
    cli::ConvertJob job;
    job.inputs = {dir.string()};
    job.jobs = jobs;
    std::ostringstream out, log;
    auto summary = cli::run(job, out, log);
    CHECK(summary.files == 13);
    CHECK(summary.documents == 12);
    CHECK(summary.failed == 1);
    CHECK(summary.failures.at(0).path == (dir / "broken.pdf").string());
    return out.str();
  };
  std::string one = run_with(1);
  CHECK(one == run_with(3));
  // Sorted by path: broken.pdf, dept-00.txt, dept-02.txt, …, then sub/.
  CHECK(one.find("broken.pdf") < one.find("dept-00.txt"));
  CHECK(one.find("dept-10.txt") < one.find("sub/dept-01.txt"));
  fs::remove_all(dir);
}

TEST_CASE("the progress line counts files, speed, time left and failures") {
  cli::JobSummary summary;
  summary.files = 100;
  summary.done = 40;
  summary.documents = 39;
  summary.failed = 1;
  summary.pages = 2000;
  summary.seconds = 20;
  CHECK(cli::progress_line(summary) == "[#########---------------] 40/100 files  100.0 pages/s  ETA 0:30  1 failed");
  summary.pages = 0;  // text dumps have no pages
  summary.failed = 0;
  summary.done = 100;
  CHECK(cli::progress_line(summary) == "[########################] 100/100 files  1.9 docs/s");
}

TEST_CASE("the summary names the failed files, grouped by reason") {
  cli::JobSummary summary;
  summary.files = 9;
  summary.documents = 2;
  summary.failed = 7;
  summary.seconds = 2;
  for (int i = 0; i < 6; ++i) summary.failures.push_back({fmt::format("scan-{}.pdf", i), "no_text_layer", "scanned"});
  summary.failures.push_back({"x.pdf", "encrypted", "give --password"});
  std::ostringstream out;
  cli::print_summary(out, summary);
  CHECK(out.str() ==
        "budgetpdf: 9 files in 2.0 s: 2 converted, 0 unchanged (already stored), 7 failed\n"
        "  documents 2 (1.0/s), pages 0 (0.0/s), records 0, checks failed: tables 0, narrative 0\n"
        "  failed (no_text_layer): scanned [6 files]\n"
        "    scan-0.pdf\n    scan-1.pdf\n    scan-2.pdf\n    scan-3.pdf\n    scan-4.pdf\n"
        "    … and 1 more (all are in the error records)\n"
        "  failed (encrypted): give --password [1 file]\n"
        "    x.pdf\n");
}

TEST_CASE("the summary counts the narrative's failed checks apart from the tables'") {
  auto check = [](std::string rule, bool ok) {
    schema::Record record(schema::check_type());
    record.set("rule", std::move(rule)).set("ok", ok);
    return record;
  };
  cli::FileResult result;
  result.outcome = cli::FileOutcome::converted;
  result.records.emplace_back(schema::document_type());
  result.records.push_back(check("expenditure.parent_equals_children", false));
  result.records.push_back(check("reader.blank_page", false));
  result.records.push_back(check("narrative.rate_equals_change_over_base", false));
  result.records.push_back(check("narrative.amount_equals_table", true));
  result.records.push_back(check("narrative.doubled_punctuation", false));
  result.records.push_back(check("income.parent_equals_children", true));
  cli::JobSummary summary;
  summary.add(result);
  CHECK(summary.checks_failed == 2);
  CHECK(summary.narrative_failed == 2);
  std::ostringstream out;
  cli::print_summary(out, summary);
  CHECK(out.str().find("records 7, checks failed: tables 2, narrative 2\n") != std::string::npos);
}

TEST_CASE("a fault of budgetpdf is reported as internal, never as a fault of the file") {
  fs::path file = testing::scratch_path("internal-fault.txt");
  std::ofstream(file) << testing::small_disclosure();
  auto never_stored = [](const std::string&) { return false; };
  auto faulty = [](const extract::InputFile&) -> std::vector<schema::Record> {
    throw std::length_error("cannot create std::vector larger than max_size()");
  };
  cli::FileResult result = cli::convert_file(file.string(), faulty, never_stored);
  CHECK(result.outcome == cli::FileOutcome::failed);
  REQUIRE(result.records.size() == 1);
  const auto& error = result.records[0];
  CHECK(std::get<std::string>(error.get("code")) == "internal");
  CHECK(std::get<std::string>(error.get("message")) ==
        "this is a bug in budgetpdf, not a fault of the file (cannot create std::vector larger than max_size()): "
        "please report it with the file");
  CHECK(std::get<std::string>(error.get("doc_id")).size() == 64);  // the file was read: its bytes identify it
  fs::remove(file);
}
