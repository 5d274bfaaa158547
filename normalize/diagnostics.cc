#include "normalize/diagnostics.h"

#include <fmt/format.h>

#include <algorithm>

namespace budgetpdf::normalize {
namespace {

using extract::Diagnostic;
using extract::ErrorCode;
using extract::InputError;

size_t count_code(const extract::PrintedDocument& printed, std::string_view code) {
  return static_cast<size_t>(std::count_if(printed.diagnostics.begin(), printed.diagnostics.end(),
                                           [code](const Diagnostic& d) { return d.code == code; }));
}

schema::Value text_or_null(const std::string& text) { return text.empty() ? schema::Value{} : schema::Value{text}; }

}  // namespace

schema::Record check_record(const Diagnostic& diagnostic, const std::string& doc_id) {
  std::string subject = diagnostic.subject;
  if (subject.empty() && diagnostic.page > 0) subject = fmt::format("page {}", diagnostic.page);
  schema::Record record(schema::check_type());
  record.set("doc_id", doc_id)
      .set("rule", diagnostic.code)
      .set("table", text_or_null(diagnostic.table))
      .set("subject", text_or_null(subject))
      .set("column", text_or_null(diagnostic.column))
      .set("ok", diagnostic.severity == extract::Severity::note)
      .set("detail", text_or_null(diagnostic.detail));
  return record;
}

std::vector<schema::Record> check_records(const std::vector<Diagnostic>& diagnostics, const std::string& doc_id) {
  std::vector<schema::Record> records;
  records.reserve(diagnostics.size());
  for (const auto& diagnostic : diagnostics) records.push_back(check_record(diagnostic, doc_id));
  return records;
}

InputError explained_by_reader_diagnostics(const extract::PrintedDocument& printed, const InputError& error) {
  if (error.code() != ErrorCode::not_a_disclosure || !printed.page_count) return error;
  int pages = *printed.page_count;
  // Mostly images: the tables may be among them. A page or two scanned in
  // a file of text (a signed letter in a notice) says nothing of that.
  size_t scanned = count_code(printed, "reader.no_text_layer");
  if (scanned > 0 && 2 * scanned >= static_cast<size_t>(pages)) {
    return InputError(ErrorCode::no_text_layer,
                      fmt::format("{} of the PDF's {} pages have no text layer (scanned images?) and no budget table "
                                  "was found on the others: run OCR on it first (e.g. ocrmypdf) and convert the result",
                                  scanned, pages));
  }
  // Text whose fonts decode to no readable characters on most pages: the
  // tables may be there, unreadable.
  size_t undecodable = count_code(printed, "reader.undecodable_text");
  if (undecodable > 0 && 2 * (undecodable + scanned) >= static_cast<size_t>(pages)) {
    return InputError(ErrorCode::no_text_layer,
                      fmt::format("{} of the PDF's {} pages print text whose fonts decode to no readable characters "
                                  "(no or a wrong Unicode map) and no budget table was found: the text layer is "
                                  "unusable; run OCR on the pages' images (e.g. ocrmypdf --force-ocr) and convert "
                                  "the result",
                                  undecodable, pages));
  }
  // Cut off by our repair (a rebuilt cross-reference table alone loses no
  // page): what is missing may have held the tables.
  bool cut_off = std::any_of(printed.diagnostics.begin(), printed.diagnostics.end(), [](const Diagnostic& d) {
    return (d.code == "reader.repaired" || d.code == "reader.damaged_page") && d.severity == extract::Severity::error;
  });
  if (cut_off) {
    return InputError(ErrorCode::damaged,
                      fmt::format("the PDF is cut off or damaged and no budget table was found in the {} pages that "
                                  "could be read: get a complete copy of the file",
                                  pages));
  }
  if (scanned > 0) {
    return InputError(ErrorCode::not_a_disclosure,
                      fmt::format("{} (the PDF's text pages hold none; {} of its {} pages are images with no text "
                                  "layer)",
                                  error.what(), scanned, pages));
  }
  return error;
}

}  // namespace budgetpdf::normalize
