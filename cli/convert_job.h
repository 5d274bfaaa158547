#pragma once
// The convert job: the inputs of a command line in, records out to every
// output it names. The CLI fills a ConvertJob and calls run(); tests call the
// same function.
//
// Files are converted in parallel, each whole document by one worker
// thread, and written by one writer in input order (JSON Lines and CSV come
// out the same whatever the number of jobs). Each document is one
// transaction in a database, so a run can be killed at any moment and run
// again; files whose bytes a database holds already are skipped.

#include <iosfwd>
#include <string>
#include <vector>

#include "cli/job_summary.h"
#include "cli/shard.h"

namespace budgetpdf::cli {

struct ConvertJob {
  std::vector<std::string> inputs;  // files and directories as given
  std::string output;               // JSON Lines file
  std::string sqlite_path;          // SQLite database file
  std::string csv_dir;              // directory for one CSV file per table
  bool csv_for_spreadsheets = false;  // prefix ' to CSV texts a spreadsheet would run as formulas
  std::string pg_url;               // PostgreSQL connection URL
  std::vector<std::string> passwords;  // for encrypted PDFs: each is tried, then none
  unsigned jobs = 0;                // documents converted at once; 0 = one per core
  Shard shard;                      // the part of the inputs this process converts
  bool progress = false;            // draw a progress bar on the log
  // JSON Lines go to the output stream when no output at all is named.
  bool writes_stream() const { return output.empty() && sqlite_path.empty() && csv_dir.empty() && pg_url.empty(); }
};

// Converts every input; a file that fails gives one error record and a line
// on `log`, and the others still convert. Prints the summary on `log`.
// Throws std::runtime_error (schema::StoreError for a database) only when an
// output cannot be written.
JobSummary run(const ConvertJob& job, std::ostream& out, std::ostream& log);

}  // namespace budgetpdf::cli
