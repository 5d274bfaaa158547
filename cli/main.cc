// budgetpdf: Chinese government budget disclosures to typed, checked records.
// Parses the command line into a job and runs it; all policy is in the library.

#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/convert_job.h"

int main(int argc, char** argv) {
  CLI::App app{"budgetpdf: budget disclosures (部门预算/决算公开) to typed, checked records"};
  app.require_subcommand(1);

  budgetpdf::cli::ConvertJob job;
  CLI::App* convert = app.add_subcommand("convert", "convert PDFs or text dumps into records (JSON Lines)");
  convert->add_option("files", job.inputs, "PDF files or text dumps")->required();
  convert->add_option("-o,--output", job.output, "write the records to this file instead of standard output");
  convert->add_option("--password", job.password, "password of encrypted PDFs");

  CLI11_PARSE(app, argc, argv);

  try {
    auto summary = budgetpdf::cli::run(job, std::cout, std::cerr);
    return summary.failed > 0 ? 1 : 0;
  } catch (const std::exception& error) {
    std::cerr << "budgetpdf: " << error.what() << "\n";
    return 2;
  }
}
