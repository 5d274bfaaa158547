#pragma once
// The convert job: the files of a command line in, records out. The CLI
// fills a ConvertJob and calls run(); tests call the same function.

#include <iosfwd>
#include <string>
#include <vector>

namespace budgetpdf::cli {

struct ConvertJob {
  std::vector<std::string> inputs;  // files as given
  std::string output;               // JSON Lines file; empty for the output stream
  std::string password;             // for encrypted PDFs
};

struct JobSummary {
  int documents = 0;        // files converted
  int failed = 0;           // files that gave an error record
  long records = 0;         // records written, error records included
  long checks_failed = 0;   // check records with ok=false
};

// Converts every input; a file that fails gives one error record and a line
// on `log`, and the others still convert. Throws std::runtime_error only
// when the output itself cannot be written.
JobSummary run(const ConvertJob& job, std::ostream& out, std::ostream& log);

}  // namespace budgetpdf::cli
