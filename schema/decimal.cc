#include "schema/decimal.h"

#include <stdexcept>

namespace budgetpdf::schema {
namespace {

constexpr int kMaxDigits = 18;

std::int64_t pow10(int n) {
  std::int64_t p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

}  // namespace

std::optional<Decimal> Decimal::parse(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  std::int64_t units = 0;
  int digits = 0;
  int scale = 0;
  bool seen_point = false;
  bool last_was_comma = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') {
      if (digits == 0 && c == '0' && !seen_point) {
        // Leading zeros do not count against the digit limit.
      } else if (++digits > kMaxDigits) {
        return std::nullopt;
      }
      units = units * 10 + (c - '0');
      if (seen_point) ++scale;
      last_was_comma = false;
    } else if (c == '.' && !seen_point) {
      if (last_was_comma) return std::nullopt;
      seen_point = true;
    } else if (c == ',' && !seen_point && i > 0 && !last_was_comma) {
      last_was_comma = true;  // thousands separator
    } else {
      return std::nullopt;
    }
  }
  bool has_digit = text.find_first_of("0123456789") != std::string_view::npos;
  if (!has_digit || last_was_comma) return std::nullopt;
  return Decimal(negative ? -units : units, scale);
}

std::string Decimal::to_string() const {
  std::int64_t magnitude = units_ < 0 ? -units_ : units_;
  std::string digits = std::to_string(magnitude);
  size_t scale = static_cast<size_t>(scale_);
  // Pad so that at least one digit stands before the point: 0.05, not .05.
  std::string padded(digits.size() <= scale ? scale + 1 - digits.size() : 0, '0');
  padded += digits;
  std::string out;
  out.reserve(padded.size() + 2);
  if (units_ < 0) out.push_back('-');
  out.append(padded, 0, padded.size() - scale);
  if (scale > 0) {
    out.push_back('.');
    out.append(padded, padded.size() - scale, scale);
  }
  return out;
}

std::optional<std::int64_t> Decimal::scaled_to(int scale) const {
  if (scale >= scale_) {
    std::int64_t result = 0;
    if (scale - scale_ > kMaxDigits || __builtin_mul_overflow(units_, pow10(scale - scale_), &result)) return std::nullopt;
    return result;
  }
  std::int64_t divisor = pow10(scale_ - scale);
  if (units_ % divisor != 0) return std::nullopt;
  return units_ / divisor;
}

std::optional<Decimal> Decimal::plus(const Decimal& other) const {
  int scale = std::max(scale_, other.scale_);
  std::int64_t a = 0, b = 0, sum = 0;
  if (__builtin_mul_overflow(units_, pow10(scale - scale_), &a) ||
      __builtin_mul_overflow(other.units_, pow10(scale - other.scale_), &b) || __builtin_add_overflow(a, b, &sum)) {
    return std::nullopt;
  }
  return Decimal(sum, scale);
}

Decimal Decimal::operator+(const Decimal& other) const {
  auto sum = plus(other);
  if (!sum) throw std::overflow_error("decimal sum out of range");
  return *sum;
}

Decimal Decimal::operator-(const Decimal& other) const {
  return *this + Decimal(-other.units_, other.scale_);
}

std::strong_ordering Decimal::operator<=>(const Decimal& other) const {
  // Exact whatever the scales: |units| < 10^18 and a scale difference of at
  // most 18 stay below 10^36, within 128 bits (found by fuzzing: comparing
  // "99.2285255585285258" with "285258" overflowed 64 bits).
  int scale = std::max(scale_, other.scale_);
  __int128 a = static_cast<__int128>(units_) * pow10(scale - scale_);
  __int128 b = static_cast<__int128>(other.units_) * pow10(scale - other.scale_);
  return a <=> b;
}

bool Decimal::operator==(const Decimal& other) const {
  return (*this <=> other) == std::strong_ordering::equal;
}

}  // namespace budgetpdf::schema
