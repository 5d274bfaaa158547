#pragma once
// Every stage's diagnostics (extract/diagnostic.h) become `check` records
// the one same way; and what a reader could not read explains a document in
// which no table was found better than "not a disclosure".

#include <string>
#include <vector>

#include "extract/diagnostic.h"
#include "extract/input_error.h"
#include "extract/printed_document.h"
#include "schema/record.h"

namespace budgetpdf::normalize {

// The check of one diagnostic: rule its code, ok only for a note, subject
// "page N" when it names none but a page, expected and actual null.
schema::Record check_record(const extract::Diagnostic& diagnostic, const std::string& doc_id);

std::vector<schema::Record> check_records(const std::vector<extract::Diagnostic>& diagnostics,
                                          const std::string& doc_id);

// The error to report when no disclosure was found in a document whose
// reader diagnostics explain why better (its table pages are scanned
// images, the file is cut off): no_text_layer or damaged; otherwise `error`
// itself.
extract::InputError explained_by_reader_diagnostics(const extract::PrintedDocument& printed,
                                                    const extract::InputError& error);

}  // namespace budgetpdf::normalize
