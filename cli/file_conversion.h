#pragma once
// One input file through the library, as a worker thread does it: read and
// identify it, skip the conversion when the outputs hold its bytes already,
// else convert it. A bad file is a result, never an exception.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "extract/input_file.h"
#include "normalize/convert.h"
#include "schema/record.h"

namespace budgetpdf::cli {

enum class FileOutcome {
  converted,  // records holds the document's records
  failed,     // records holds its one error record
  stored,     // the outputs hold these bytes already: nothing was converted
};

struct FileResult {
  std::string path;    // as listed: what is opened
  std::string source;  // as records and databases name it (schema::source_name)
  std::string doc_id;  // empty when the file could not be read
  FileOutcome outcome = FileOutcome::failed;
  std::vector<schema::Record> records;
};

// `is_stored(doc_id)` says whether the outputs hold those bytes already.
using StoredPredicate = std::function<bool(const std::string& doc_id)>;

FileResult convert_file(const std::string& path, const normalize::ConvertOptions& options,
                        const StoredPredicate& is_stored);

// The same with the conversion itself given (tests inject faults with it).
// Any exception but an InputError is a fault of budgetpdf, reported as the
// error code `internal`, never as a fault of the file.
using Converter = std::function<std::vector<schema::Record>(const extract::InputFile& input)>;
FileResult convert_file(const std::string& path, const Converter& convert, const StoredPredicate& is_stored);

// A path that failed as an input: its one error record. `doc_id` is empty
// when its bytes were not read.
FileResult failed_file(const std::string& path, const std::string& doc_id, const extract::InputError& error);

// For a document converted with parts its reader could not read (its failed
// reader.* checks: scanned pages, a file cut off), one sentence for the log
// saying so and what to do; nullopt otherwise.
std::optional<std::string> missing_parts_warning(const FileResult& result);

}  // namespace budgetpdf::cli
