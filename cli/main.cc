// budgetpdf: Chinese government budget disclosures to typed, checked records.
// Parses the command line into a job and runs it; all policy is in the library.

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <iostream>

#include "cli/convert_job.h"
#include "cli/dump_job.h"
#include "extract/input_error.h"

int main(int argc, char** argv) {
  CLI::App app{"budgetpdf: budget disclosures (部门预算/决算公开) to typed, checked records"};
  app.require_subcommand(1);

  budgetpdf::cli::ConvertJob job;
  CLI::App* convert = app.add_subcommand("convert", "convert PDFs or text dumps into records");
  convert->add_option("inputs", job.inputs, "PDF files, text dumps, or directories (searched for *.pdf and *.txt)")
      ->required();
  convert->add_option("-o,--output", job.output,
                      "write JSON Lines to this file (they go to standard output when no output is named)");
  convert->add_option("--db", job.sqlite_path,
                      "write into this SQLite database, created if missing; files already in it are skipped");
  convert->add_option("--csv", job.csv_dir, "write one CSV file per record type into this directory");
  convert->add_flag("--csv-for-spreadsheets", job.csv_for_spreadsheets,
                    "prefix ' to CSV texts starting with = + - @ (not numbers), so that spreadsheets do not run them "
                    "as formulas");
  convert->add_option("--pg", job.pg_url,
                      "write into this PostgreSQL database (libpq URL, e.g. postgresql://user@host/budgets)");
  convert->add_option("-j,--jobs", job.jobs, "documents converted at once (default: one per core)");
  convert->add_option_function<std::string>(
      "--shard",
      [&job](const std::string& text) {
        auto shard = budgetpdf::cli::parse_shard(text);
        if (!shard) throw CLI::ValidationError("--shard", "expects K/N with 0 <= K < N, e.g. 0/4");
        job.shard = *shard;
      },
      "convert only part K of N of the inputs (0 <= K < N), picked by a hash of each path");
  convert->add_option("--password", job.passwords,
                      "password of encrypted PDFs; give it again for more (each is tried, then none)");

  std::string dump_stage, dump_file;
  CLI::App* dump = app.add_subcommand("dump", "print an intermediate stage of a file as JSON Lines (for debugging)");
  int dump_page = 0;
  dump->add_option("stage", dump_stage,
                   "printed: the lines and table rows the reader rebuilt; glyphs: Poppler's glyphs and rules of a PDF")
      ->required()
      ->check(CLI::IsMember({"printed", "glyphs"}));
  dump->add_option("--page", dump_page, "glyphs: only this page (1-based)");
  dump->add_option("file", dump_file, "PDF file or text dump")->required();
  dump->add_option("--password", job.passwords, "password of an encrypted PDF (again for more)");

  CLI11_PARSE(app, argc, argv);
  job.progress = isatty(STDERR_FILENO) == 1;

  if (*dump) {
    try {
      if (dump_stage == "glyphs") budgetpdf::cli::dump_glyphs(dump_file, job.passwords, dump_page, std::cout);
      else budgetpdf::cli::dump_printed(dump_file, job.passwords, std::cout);
      return 0;
    } catch (const budgetpdf::extract::InputError& error) {
      std::cerr << "budgetpdf: " << dump_file << ": " << error.what() << "\n";
      return 1;
    }
  }
  try {
    auto summary = budgetpdf::cli::run(job, std::cout, std::cerr);
    return summary.failed > 0 ? 1 : 0;
  } catch (const std::exception& error) {
    std::cerr << "budgetpdf: " << error.what() << "\n";
    return 2;
  }
}
