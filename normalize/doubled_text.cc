#include "normalize/doubled_text.h"

#include <algorithm>

#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

bool is_blank_char(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

struct Piece {
  std::string text;
  bool starts_line = false;
};

std::vector<Piece> pieces_of(const std::vector<std::string>& lines) {
  std::vector<Piece> pieces;
  for (const auto& line : lines) {
    bool first = true;
    size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && is_blank_char(line[i])) ++i;
      size_t end = i;
      while (end < line.size() && !is_blank_char(line[end])) ++end;
      if (end > i) {
        pieces.push_back({line.substr(i, end - i), first});
        first = false;
      }
      i = end;
    }
  }
  return pieces;
}

bool is_phrase(const std::string& piece) {
  bool non_ascii = std::any_of(piece.begin(), piece.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  return non_ascii && code_point_count(piece) >= kMinDoubledPhrase;
}

}  // namespace

DedupedLines drop_doubled_phrases(const std::vector<std::string>& lines) {
  DedupedLines out;
  const std::string* previous = nullptr;
  for (const Piece& piece : pieces_of(lines)) {
    if (previous && *previous == piece.text && is_phrase(piece.text)) {
      out.removed = true;
      continue;
    }
    if (piece.starts_line || out.lines.empty()) {
      out.lines.push_back(piece.text);
    } else {
      out.lines.back() += ' ' + piece.text;
    }
    previous = &piece.text;
  }
  if (!out.removed) out.lines = lines;  // untouched lines keep their exact spacing
  return out;
}

bool repeats_ending(std::string_view before, std::string_view continued) {
  std::string tail = squeeze(continued);
  if (code_point_count(tail) < kMinDoubledPhrase) return false;
  return squeeze(before).ends_with(tail);
}

}  // namespace budgetpdf::normalize
