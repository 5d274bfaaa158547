#pragma once
// Text every output can hold. PostgreSQL refuses a NUL byte and bytes that
// are not UTF-8 in a text value (and would fail the whole document), JSON
// cannot carry the second, and a file name from an old archive may be
// either GBK bytes or anything else.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "schema/record.h"

namespace budgetpdf::schema {

// The repair a record lists when clean_text changed one of its values.
inline constexpr std::string_view kTextCleaned = "text_cleaned";

// Replaces every NUL and every byte sequence that is not UTF-8 in the
// record's texts (lists, amount keys and column labels too) with U+FFFD; a
// record with a `repairs` field then lists text_cleaned. Returns the number
// of values changed.
size_t clean_text(Record& record);

// clean_text on each of one document's records (in output order, the
// document record first) or on one error record; when a document's values
// changed, a failed `text.cleaned` check after its records says how many,
// so the repair is never silent. Returns the number of values changed.
size_t clean_document_text(std::vector<Record>& records);

// A file name as records and databases hold it (`source`,
// `source_file.path`): the name itself when it is UTF-8 holding no
// backslash; otherwise each backslash is written \\ and each byte that is
// not part of UTF-8 \xHH (two lowercase hex digits), as C writes them, so
// the name is kept whole (`printf '%b' NAME` gives its bytes back).
std::string source_name(std::string_view path);

}  // namespace budgetpdf::schema
