#include "normalize/reader_notes.h"

#include <fmt/format.h>

#include <algorithm>

namespace budgetpdf::normalize {
namespace {

using extract::ErrorCode;
using extract::InputError;

constexpr std::string_view kNoTextLayer = "no_text_layer";

size_t count_notes(const extract::PrintedDocument& printed, std::string_view code) {
  return static_cast<size_t>(std::count_if(printed.notes.begin(), printed.notes.end(),
                                           [code](const extract::ReaderNote& note) { return note.code == code; }));
}

}  // namespace

std::vector<schema::Record> reader_note_checks(const extract::PrintedDocument& printed, const std::string& doc_id) {
  std::vector<schema::Record> records;
  for (const auto& note : printed.notes) {
    schema::Record record(schema::check_type());
    record.set("doc_id", doc_id)
        .set("rule", "reader." + note.code)
        .set("subject", note.page > 0 ? schema::Value{fmt::format("page {}", note.page)} : schema::Value{})
        .set("ok", false)
        .set("detail", note.message);
    records.push_back(std::move(record));
  }
  return records;
}

InputError explained_by_reader_notes(const extract::PrintedDocument& printed, const InputError& error) {
  if (error.code() != ErrorCode::not_a_disclosure || !printed.page_count) return error;
  int pages = *printed.page_count;
  if (size_t scanned = count_notes(printed, kNoTextLayer); scanned > 0) {
    return InputError(ErrorCode::no_text_layer,
                      fmt::format("{} of the PDF's {} pages have no text layer (scanned images?) and no budget table "
                                  "was found on the others: run OCR on it first (e.g. ocrmypdf) and convert the result",
                                  scanned, pages));
  }
  if (count_notes(printed, "repaired") > 0 || count_notes(printed, "damaged_page") > 0) {
    return InputError(ErrorCode::damaged,
                      fmt::format("the PDF is cut off or damaged and no budget table was found in the {} pages that "
                                  "could be read: get a complete copy of the file",
                                  pages));
  }
  return error;
}

}  // namespace budgetpdf::normalize
