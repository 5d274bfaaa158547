#pragma once
// One input file: its bytes, its identity (SHA-256) and its format, sniffed
// from the bytes rather than trusted from the name.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "extract/printed_document.h"

namespace budgetpdf::extract {

// The largest input converted, in bytes (128 MiB). Published disclosures are
// a few MB (a text layer and fonts); a larger file is a scan, an archive or
// not a disclosure at all, and converting it would take memory out of
// proportion: it fails as too_large. Its bytes are still read to the end
// and hashed, a chunk at a time, so that its error record carries the
// SHA-256 of the whole file; a stream that is not a file (a pipe, a device
// such as /dev/zero) is read up to this size only, as it may never end.
inline constexpr std::uint64_t kMaxInputBytes = std::uint64_t{128} << 20;

enum class InputFormat { pdf, text };

struct InputFile {
  std::string source;  // the name as given
  std::string bytes;
  std::string doc_id;  // lowercase hex SHA-256 of the bytes
  InputFormat format = InputFormat::text;
};

// Reads and sniffs a file. Throws InputError: io when it cannot be read,
// damaged when it is empty, too_large past `max_bytes` (with the doc_id of
// all its bytes when it is a regular file).
InputFile read_input(const std::filesystem::path& path, std::uint64_t max_bytes = kMaxInputBytes);

// Sniffs bytes already in memory (the name is only reported). A PDF is
// known by its header (ISO 32000-1, 7.5.2), "%PDF-" at the first byte.
// Readers accept the header behind junk within the first 1024 bytes (a mail
// or HTTP header left in front of a download); so does budgetpdf, but only
// a header line: "%PDF-", a version "d.d" and the end of the line, at the
// start of a line. A text mentioning "%PDF-1.4" in a sentence stays text.
InputFile sniff_input(std::string source, std::string bytes);

std::string sha256_hex(std::string_view bytes);

// The text of a dump as UTF-8: UTF-8 as is; GB18030/GBK, and UTF-16 behind
// a byte order mark, converted with ICU.
// Throws InputError(unsupported) for bytes that are not text in either.
std::string decode_text(std::string_view bytes);

}  // namespace budgetpdf::extract
