#pragma once
// The typed error that stops one document (a bad file never stops a batch).
// Codes and wording follow the record contract's `error` record.

#include <stdexcept>
#include <string>
#include <string_view>

namespace budgetpdf::extract {

enum class ErrorCode {
  encrypted,
  no_text_layer,
  damaged,
  not_a_disclosure,
  io,
  unsupported,
  internal,  // a fault of budgetpdf met on this file, never a fault of the file
};

std::string_view to_string(ErrorCode code);

class InputError : public std::runtime_error {
 public:
  // `message` is one sentence saying what is wrong and what to do.
  InputError(ErrorCode code, const std::string& message)
      : std::runtime_error(message), code_(code) {}
  ErrorCode code() const { return code_; }

 private:
  ErrorCode code_;
};

}  // namespace budgetpdf::extract
