#pragma once
// Exact decimal for money and indicator values. Budget tables print amounts
// with a fixed number of decimals; sums must be exact to the cent and the
// value must come back out as printed ("40.00" stays "40.00"), so a binary
// float is never used. Debian 12 ships no decimal library for C++ (no
// libmpdec), and what we need is small: parse, add, subtract, compare, print.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace budgetpdf::schema {

class Decimal {
 public:
  Decimal() = default;

  // Parses "10544.51", "-3.20", "1,234.5", "+7", ".5", "12." (a trailing point
  // is printed when a wrap cut the fraction off; the value is exact anyway).
  // Returns nullopt for anything else, and for more than 18 significant digits.
  static std::optional<Decimal> parse(std::string_view text);

  // The value with exactly `scale()` decimals, as printed.
  std::string to_string() const;

  int scale() const { return scale_; }

  // The value as an integer count of 10^-scale units (scaled_to(2) of
  // "10544.51" is 1054451); nullopt when that is not exact ("0.125" to 2) or
  // leaves the 64-bit range. What SQL tables use to sum amounts exactly.
  std::optional<std::int64_t> scaled_to(int scale) const;
  bool is_zero() const { return units_ == 0; }

  // Exact sum; nullopt when it leaves the 64-bit range of units.
  std::optional<Decimal> plus(const Decimal& other) const;
  // Exact sum and difference; the result keeps the larger scale. Throws
  // std::overflow_error when the result leaves the 64-bit range of units.
  Decimal operator+(const Decimal& other) const;
  Decimal operator-(const Decimal& other) const;

  // Compares values, not spellings: "40" == "40.00".
  std::strong_ordering operator<=>(const Decimal& other) const;
  bool operator==(const Decimal& other) const;

 private:
  Decimal(std::int64_t units, int scale) : units_(units), scale_(scale) {}

  std::int64_t units_ = 0;  // value * 10^scale_
  int scale_ = 0;
};

}  // namespace budgetpdf::schema
