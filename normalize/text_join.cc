#include "normalize/text_join.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace budgetpdf::normalize {
namespace {

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x3000 || c == 0xA0;
}

bool is_number_char(char32_t c) {
  return (c >= U'0' && c <= U'9') || c == U'.' || c == U',';
}

// Whether a break between `left` and `right` disappears when text is joined.
bool break_vanishes(char32_t left, char32_t right, bool line_break) {
  if (is_wide(left) && is_wide(right)) return true;
  // Across a printed line break nothing separates CJK from what follows, and
  // a number wrapped inside a text cell is still one number.
  if (line_break && (is_wide(left) || is_wide(right))) return true;
  if (line_break && is_number_char(left) && is_number_char(right)) return true;
  return false;
}

void append_line(std::u32string& out, const std::u32string& line) {
  // Trim the line and drop the spaces between two wide characters.
  size_t begin = 0, end = line.size();
  while (begin < end && is_space(line[begin])) ++begin;
  while (end > begin && is_space(line[end - 1])) --end;
  if (begin == end) return;
  if (!out.empty()) {
    if (!break_vanishes(out.back(), line[begin], true)) out.push_back(U' ');
  }
  for (size_t i = begin; i < end;) {
    if (!is_space(line[i])) {
      out.push_back(line[i++]);
      continue;
    }
    size_t run_end = i;
    while (run_end < end && is_space(line[run_end])) ++run_end;
    char32_t left = out.empty() ? U' ' : out.back();
    if (!break_vanishes(left, line[run_end], false)) out.push_back(U' ');
    i = run_end;
  }
}

}  // namespace

bool is_wide(char32_t c) {
  int width = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
  return width == U_EA_WIDE || width == U_EA_FULLWIDTH;
}

std::u32string to_u32(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  int32_t i = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  while (i < length) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  return out;
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t c : text) {
    uint8_t buffer[4];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(buffer, length, 4, static_cast<UChar32>(c), error);
    if (error) continue;
    out.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(length));
  }
  return out;
}

std::string join_token(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) {
    for (char c : line) {
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out.push_back(c);
    }
  }
  return out;
}

std::string join_text(const std::vector<std::string>& lines) {
  TextJoiner joiner;
  for (const auto& line : lines) joiner.add(line);
  return joiner.text();
}

void TextJoiner::add(std::string_view line) { append_line(joined_, to_u32(line)); }

bool TextJoiner::ends_with(std::string_view mark) const {
  std::u32string wanted = to_u32(mark);
  return std::u32string_view(joined_).ends_with(wanted);
}

std::string TextJoiner::text() const { return to_utf8(joined_); }

std::string nfkc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString folded = normalizer->normalize(source, status);
  if (U_FAILURE(status)) return std::string(text);
  std::string out;
  folded.toUTF8String(out);
  return out;
}

std::string squeeze(std::string_view text) {
  std::u32string folded = to_u32(nfkc(text));
  std::u32string out;
  out.reserve(folded.size());
  for (char32_t c : folded) {
    if (!is_space(c)) out.push_back(c);
  }
  // Folding again: NFKC spells a spacing mark as a space and a combining
  // mark ("A¨" is "A \u0308"); with the space gone, the mark combines with
  // what precedes it ("Ä"), and squeeze(squeeze(x)) must equal squeeze(x)
  // (found by fuzzing).
  return nfkc(to_utf8(out));
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

size_t code_point_count(std::string_view text) {
  size_t count = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace budgetpdf::normalize
