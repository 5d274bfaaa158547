// Text dumps of any bytes (UTF-8, GBK, neither) through the whole text path:
// decoding, the dump reader, tables, records and checks.

#include "extract/input_file.h"
#include "fuzz/document_checks.h"
#include "fuzz/fuzz_target.h"

namespace budgetpdf::fuzz {

void fuzz_one(std::string_view bytes) {
  extract::InputFile input;
  input.source = "fuzz.txt";
  input.bytes = std::string(bytes);
  input.doc_id = extract::sha256_hex(bytes);
  input.format = extract::InputFormat::text;  // whatever a sniff would say
  convert_and_check(input, {});
}

}  // namespace budgetpdf::fuzz
