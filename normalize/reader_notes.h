#pragma once
// What a reader could not read — a page with no text layer (a scanned
// image), a page Poppler could not open, a file repaired to be read at all —
// reaches the output: the document still converts, and failed `check`
// records (rule `reader.<note code>`) say which parts of it are missing.

#include <string>
#include <vector>

#include "extract/input_error.h"
#include "extract/printed_document.h"
#include "schema/record.h"

namespace budgetpdf::normalize {

// One failed check per reader note: rule "reader.no_text_layer",
// "reader.damaged_page" or "reader.repaired"; subject "page N" (null for
// the whole file); detail the note's message.
std::vector<schema::Record> reader_note_checks(const extract::PrintedDocument& printed, const std::string& doc_id);

// The error to report when no disclosure was found in a document whose
// reader notes explain why better (its table pages are scanned images, the
// file is cut off): no_text_layer or damaged; otherwise `error` itself.
extract::InputError explained_by_reader_notes(const extract::PrintedDocument& printed,
                                              const extract::InputError& error);

}  // namespace budgetpdf::normalize
