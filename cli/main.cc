// budgetpdf: Chinese government budget disclosures to typed, checked records.
// Parses the command line into a job and runs it; all policy is in the library.

#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/convert_job.h"
#include "cli/dump_job.h"
#include "extract/input_error.h"

int main(int argc, char** argv) {
  CLI::App app{"budgetpdf: budget disclosures (部门预算/决算公开) to typed, checked records"};
  app.require_subcommand(1);

  budgetpdf::cli::ConvertJob job;
  CLI::App* convert = app.add_subcommand("convert", "convert PDFs or text dumps into records (JSON Lines)");
  convert->add_option("files", job.inputs, "PDF files or text dumps")->required();
  convert->add_option("-o,--output", job.output, "write the records to this file instead of standard output");
  convert->add_option("--password", job.password, "password of encrypted PDFs");

  std::string dump_stage, dump_file;
  CLI::App* dump = app.add_subcommand("dump", "print an intermediate stage of a file as JSON Lines (for debugging)");
  dump->add_option("stage", dump_stage, "printed: the lines and table rows the reader rebuilt")
      ->required()
      ->check(CLI::IsMember({"printed"}));
  dump->add_option("file", dump_file, "PDF file or text dump")->required();
  dump->add_option("--password", job.password, "password of an encrypted PDF");

  CLI11_PARSE(app, argc, argv);

  if (*dump) {
    try {
      budgetpdf::cli::dump_printed(dump_file, job.password, std::cout);
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
