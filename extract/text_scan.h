#pragma once
// Reading a phrase from its start, the few steps the vocabulary's tests are
// made of: a prefix, one of several prefixes, digits (ASCII or full width).

#include <initializer_list>
#include <string_view>

namespace budgetpdf::extract::vocabulary {

// The value of the ASCII or full-width digit at `i` (advancing `i` past it),
// or -1 (leaving `i`) for anything else.
inline int digit_at(std::string_view text, size_t& i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c >= '0' && c <= '9') {
    ++i;
    return c - '0';
  }
  // Full-width digits U+FF10..U+FF19: EF BC 90..99.
  if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBC) {
    unsigned char d = static_cast<unsigned char>(text[i + 2]);
    if (d >= 0x90 && d <= 0x99) {
      i += 3;
      return d - 0x90;
    }
  }
  return -1;
}

inline bool consume(std::string_view& text, std::string_view prefix) {
  if (!text.starts_with(prefix)) return false;
  text.remove_prefix(prefix.size());
  return true;
}

inline bool consume_any(std::string_view& text, std::initializer_list<std::string_view> prefixes) {
  for (auto prefix : prefixes) {
    if (consume(text, prefix)) return true;
  }
  return false;
}

// The digits at the start of `text`: how many were consumed, and their value
// (of the first nine) in `value`.
inline size_t consume_digits(std::string_view& text, int* value = nullptr) {
  size_t count = 0;
  int v = 0;
  while (!text.empty()) {
    size_t i = 0;
    int d = digit_at(text, i);
    if (d < 0) break;
    text.remove_prefix(i);
    if (count < 9) v = v * 10 + d;
    ++count;
  }
  if (value) *value = v;
  return count;
}

}  // namespace budgetpdf::extract::vocabulary
