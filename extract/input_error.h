#pragma once
// The typed error that stops one document (a bad file never stops a batch).
// Codes and wording follow the record contract's `error` record.

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace budgetpdf::extract {

enum class ErrorCode {
  encrypted,
  no_text_layer,
  damaged,
  not_a_disclosure,
  io,
  unsupported,
  internal,   // a fault of budgetpdf met on this file, never a fault of the file
  too_large,  // larger than extract::kMaxInputBytes, or a stream that does not end
};

std::string_view to_string(ErrorCode code);

class InputError : public std::runtime_error {
 public:
  // `message` is one sentence saying what is wrong and what to do.
  // `doc_id`: the SHA-256 of the file's bytes when they were all read before
  // the error (a file too large to convert is still identified).
  InputError(ErrorCode code, const std::string& message, std::string doc_id = {})
      : std::runtime_error(message), code_(code), doc_id_(std::move(doc_id)) {}
  ErrorCode code() const { return code_; }
  // Empty when the bytes were not all read.
  const std::string& doc_id() const { return doc_id_; }

 private:
  ErrorCode code_;
  std::string doc_id_;
};

}  // namespace budgetpdf::extract
