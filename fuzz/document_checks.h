#pragma once
// What must hold of any document the library converts, whatever its bytes:
// the shared invariants of the text-dump and PDF targets.

#include "extract/input_file.h"
#include "normalize/convert.h"

namespace budgetpdf::fuzz {

// Converts `input` as the batch does. A typed InputError is an answer (the
// error record is written); otherwise the records must be in the
// contract's shape: a document record first, every record of the input's
// doc_id, every amount and decimal exact (it reads back as written), and
// every record writable as one JSON line.
void convert_and_check(const extract::InputFile& input, const normalize::ConvertOptions& options);

}  // namespace budgetpdf::fuzz
