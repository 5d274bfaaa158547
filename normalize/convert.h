#pragma once
// The library's entry point: one input file in, the contract's records out.

#include <filesystem>
#include <string>
#include <vector>

#include "extract/input_error.h"
#include "extract/input_file.h"
#include "extract/limits.h"
#include "extract/printed_document.h"
#include "schema/record.h"

namespace budgetpdf::normalize {

struct ConvertOptions {
  std::vector<std::string> passwords;  // for encrypted PDFs: each is tried, then none
  extract::Limits limits;              // caps on the work one document may cause
};

// Records of a document already read, in the contract's order: document,
// tables as printed (each followed by its rows), performance projects,
// sections, checks. Throws extract::InputError when it is no disclosure.
std::vector<schema::Record> convert_printed(const extract::PrintedDocument& printed, const std::string& source,
                                            const std::string& doc_id, const extract::Limits& limits = {});

// Reads, sniffs and converts one file. Throws extract::InputError.
std::vector<schema::Record> convert_input(const extract::InputFile& input, const ConvertOptions& options);

// The `error` record for a file that could not be converted.
schema::Record error_record(const std::string& source, const std::string& doc_id, const extract::InputError& error);

}  // namespace budgetpdf::normalize
