#pragma once
// Reader for text dumps: already-extracted text where the cells of a table
// row are separated by tabs and blocks (pages, paragraphs) by blank lines.

#include <string_view>

#include "extract/printed_document.h"

namespace budgetpdf::extract {

// Reads a dump held in memory. The bytes must be UTF-8 text (a GBK/GB18030
// dump is converted first by the caller, see decode_text). A line holding a
// tab is a table row; any other non-blank line is running text.
PrintedDocument read_text_dump(std::string_view utf8);

}  // namespace budgetpdf::extract
