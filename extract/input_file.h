#pragma once
// One input file: its bytes, its identity (SHA-256) and its format, sniffed
// from the bytes rather than trusted from the name.

#include <filesystem>
#include <string>
#include <string_view>

#include "extract/printed_document.h"

namespace budgetpdf::extract {

enum class InputFormat { pdf, text };

struct InputFile {
  std::string source;  // the name as given
  std::string bytes;
  std::string doc_id;  // lowercase hex SHA-256 of the bytes
  InputFormat format = InputFormat::text;
};

// Reads and sniffs a file. Throws InputError: io when it cannot be read,
// damaged when it is empty, unsupported when it is neither a PDF nor text.
InputFile read_input(const std::filesystem::path& path);

// Sniffs bytes already in memory (the name is only reported).
InputFile sniff_input(std::string source, std::string bytes);

std::string sha256_hex(std::string_view bytes);

// The text of a dump as UTF-8: UTF-8 as is; GB18030/GBK, and UTF-16 behind
// a byte order mark, converted with ICU.
// Throws InputError(unsupported) for bytes that are not text in either.
std::string decode_text(std::string_view bytes);

}  // namespace budgetpdf::extract
