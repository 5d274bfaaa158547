// Bytes to records as the batch does it: sniffed (PDF or text by the
// bytes), read by Poppler and the layout reconstruction, converted.

#include "extract/input_error.h"
#include "extract/input_file.h"
#include "fuzz/document_checks.h"
#include "fuzz/fuzz_target.h"

namespace budgetpdf::fuzz {

void fuzz_one(std::string_view bytes) {
  extract::InputFile input;
  try {
    input = extract::sniff_input("fuzz.pdf", std::string(bytes));
  } catch (const extract::InputError&) {
    return;  // empty input
  }
  convert_and_check(input, {});
}

}  // namespace budgetpdf::fuzz
