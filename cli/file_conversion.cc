#include "cli/file_conversion.h"

#include "extract/input_file.h"

namespace budgetpdf::cli {

FileResult convert_file(const std::string& path, const normalize::ConvertOptions& options,
                        const StoredPredicate& is_stored) {
  FileResult result;
  result.path = path;
  try {
    extract::InputFile input = extract::read_input(path);
    result.doc_id = input.doc_id;
    if (is_stored(input.doc_id)) {
      result.outcome = FileOutcome::stored;
      return result;
    }
    result.records = normalize::convert_input(input, options);
    result.outcome = FileOutcome::converted;
  } catch (const extract::InputError& error) {
    result.records.clear();
    result.records.push_back(normalize::error_record(path, result.doc_id, error));
    result.outcome = FileOutcome::failed;
  } catch (const std::exception& error) {
    // A defect met on one file (e.g. an amount beyond 18 digits) must not
    // stop a batch of thousands: the file fails with what was met.
    extract::InputError failure(extract::ErrorCode::damaged,
                                std::string("the converter stopped on this file (") + error.what() +
                                    "): please report it with the file");
    result.records.clear();
    result.records.push_back(normalize::error_record(path, result.doc_id, failure));
    result.outcome = FileOutcome::failed;
  }
  return result;
}

}  // namespace budgetpdf::cli
