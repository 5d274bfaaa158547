#pragma once
// What a convert job did, counted file by file, and its closing summary.

#include <iosfwd>
#include <string>
#include <vector>

#include "cli/file_conversion.h"

namespace budgetpdf::cli {

struct FileFailure {
  std::string path;  // as records name it (schema::source_name)
  std::string code;  // the error record's code
  std::string message;
};

struct JobSummary {
  int files = 0;            // inputs of this run (after --shard)
  int done = 0;             // files finished so far
  int documents = 0;        // files converted
  int unchanged = 0;        // files skipped: the outputs held their bytes already
  int failed = 0;           // files that gave an error record
  long pages = 0;           // pages of the documents converted (PDFs only: text dumps have none)
  long records = 0;         // records written, error records included
  long checks_failed = 0;   // check records with ok=false about the tables (and what the reader could not read)
  long narrative_failed = 0;  // check records with ok=false about the narrative (narrative.*)
  double seconds = 0;       // wall time so far
  std::vector<FileFailure> failures;

  void add(const FileResult& result);
};

// The closing summary, a few lines for a person.
void print_summary(std::ostream& out, const JobSummary& summary);

}  // namespace budgetpdf::cli
