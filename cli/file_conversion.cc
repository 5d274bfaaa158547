#include "cli/file_conversion.h"

#include <fmt/format.h>

#include "extract/input_file.h"
#include "schema/valid_text.h"

namespace budgetpdf::cli {
namespace {

// A defect of ours met on one file must not stop a batch of thousands, nor
// be blamed on the file: it fails as `internal`, with what was met.
FileResult fail_internal(const FileResult& result, const std::string& what) {
  extract::InputError failure(extract::ErrorCode::internal,
                              "this is a bug in budgetpdf, not a fault of the file (" + what +
                                  "): please report it with the file");
  return failed_file(result.path, result.doc_id, failure);
}

}  // namespace

FileResult convert_file(const std::string& path, const normalize::ConvertOptions& options,
                        const StoredPredicate& is_stored) {
  return convert_file(
      path, [&options](const extract::InputFile& input) { return normalize::convert_input(input, options); },
      is_stored);
}

FileResult convert_file(const std::string& path, const Converter& convert, const StoredPredicate& is_stored) {
  FileResult result;
  result.path = path;
  result.source = schema::source_name(path);
  try {
    extract::InputFile input = extract::read_input(path);
    input.source = result.source;
    result.doc_id = input.doc_id;
    if (is_stored(input.doc_id)) {
      result.outcome = FileOutcome::stored;
      return result;
    }
    result.records = convert(input);
    schema::clean_document_text(result.records);
    result.outcome = FileOutcome::converted;
  } catch (const extract::InputError& error) {
    return failed_file(path, error.doc_id().empty() ? result.doc_id : error.doc_id(), error);
  } catch (const std::exception& error) {
    return fail_internal(result, error.what());
  } catch (...) {
    return fail_internal(result, "an exception of unknown type");
  }
  return result;
}

FileResult failed_file(const std::string& path, const std::string& doc_id, const extract::InputError& error) {
  FileResult result;
  result.path = path;
  result.source = schema::source_name(path);
  result.doc_id = doc_id;
  result.records.push_back(normalize::error_record(result.source, doc_id, error));
  schema::clean_document_text(result.records);  // a message may quote what it met
  result.outcome = FileOutcome::failed;
  return result;
}

std::optional<std::string> missing_parts_warning(const FileResult& result) {
  if (result.outcome != FileOutcome::converted) return std::nullopt;
  std::vector<std::string> missing;
  for (const auto& record : result.records) {
    if (record.type().name != "check") continue;
    const auto& rule = std::get<std::string>(record.get("rule"));
    // A blank page loses nothing; a limit skips a page or table.
    bool lost = (rule.starts_with("reader.") && rule != "reader.blank_page") || rule.starts_with("limit.");
    if (!lost || std::get<bool>(record.get("ok"))) continue;
    const auto* subject = std::get_if<std::string>(&record.get("subject"));
    missing.push_back(subject ? *subject + ": " + std::get<std::string>(record.get("detail"))
                              : std::get<std::string>(record.get("detail")));
  }
  if (missing.empty()) return std::nullopt;
  std::string more = missing.size() > 1 ? fmt::format(" (and {} more: see its reader.* checks)", missing.size() - 1) : "";
  return fmt::format("converted with parts missing: {}{}", missing.front(), more);
}

}  // namespace budgetpdf::cli
