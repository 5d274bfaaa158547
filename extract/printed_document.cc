#include "extract/printed_document.h"

#include "extract/input_error.h"

namespace budgetpdf::extract {

bool Cell::empty() const {
  for (const auto& line : lines) {
    if (line.find_first_not_of(" \t") != std::string::npos) return false;
  }
  return true;
}

std::string Cell::flat() const {
  std::string out;
  for (const auto& line : lines) {
    if (line.empty()) continue;
    if (!out.empty()) out += ' ';
    out += line;
  }
  return out;
}

size_t PrintedLine::width() const {
  size_t width = 0;
  for (const auto& cell : cells) width += cell.columns();
  return width;
}

std::string PrintedLine::text() const {
  std::string out;
  for (const auto& cell : cells) {
    std::string part = cell.flat();
    if (part.empty()) continue;
    if (!out.empty()) out += ' ';
    out += part;
  }
  return out;
}

std::string_view to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::encrypted: return "encrypted";
    case ErrorCode::no_text_layer: return "no_text_layer";
    case ErrorCode::damaged: return "damaged";
    case ErrorCode::not_a_disclosure: return "not_a_disclosure";
    case ErrorCode::io: return "io";
    case ErrorCode::unsupported: return "unsupported";
    case ErrorCode::internal: return "internal";
    case ErrorCode::too_large: return "too_large";
  }
  return "unsupported";
}

}  // namespace budgetpdf::extract
