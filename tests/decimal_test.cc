#include <doctest/doctest.h>

#include <stdexcept>

#include "schema/decimal.h"

using budgetpdf::schema::Decimal;

TEST_CASE("decimal parses and prints amounts as printed") {
  struct Row {
    const char* input;
    const char* printed;
  };
  for (Row row : {Row{"10544.51", "10544.51"}, Row{"40.00", "40.00"}, Row{"-3.20", "-3.20"}, Row{"0.13", "0.13"},
                  Row{"1,234.50", "1234.50"}, Row{"7", "7"}, Row{".5", "0.5"}, Row{"1855.", "1855"},
                  Row{"+12.3", "12.3"}, Row{"0.05", "0.05"}, Row{"-0.05", "-0.05"}}) {
    CAPTURE(row.input);
    auto value = Decimal::parse(row.input);
    REQUIRE(value.has_value());
    CHECK(value->to_string() == row.printed);
  }
}

TEST_CASE("decimal rejects what is not one number") {
  for (const char* bad : {"", "-", ".", "12.3.4", "1O", "abc", "1 2", ",12", "12,", "1,,2", "１２", "1234567890123456789"}) {
    CAPTURE(bad);
    CHECK_FALSE(Decimal::parse(bad).has_value());
  }
}

TEST_CASE("decimal sums are exact to the cent") {
  auto d = [](const char* s) { return *Decimal::parse(s); };
  CHECK((d("0.1") + d("0.2")).to_string() == "0.3");
  CHECK((d("10533.69") + d("0.13")).to_string() == "10533.82");
  CHECK((d("10544.51") - d("10544.38")).to_string() == "0.13");
  CHECK((d("1") + d("0.50")).to_string() == "1.50");
  CHECK(d("40") == d("40.00"));
  CHECK(d("0.50") < d("0.51"));
  CHECK(Decimal().to_string() == "0");
}

TEST_CASE("decimal scales to integer units only when exact") {
  auto d = [](const char* s) { return *Decimal::parse(s); };
  CHECK(d("10544.51").scaled_to(2) == 1054451);
  CHECK(d("-3.2").scaled_to(2) == -320);
  CHECK(d("7").scaled_to(2) == 700);
  CHECK(d("0.120").scaled_to(2) == 12);
  CHECK(d("0.125").scaled_to(2) == std::nullopt);
  CHECK(d("123456789012345678").scaled_to(2) == std::nullopt);
}

TEST_CASE("decimal compares any two values exactly, and sums out of range are refused, not wrapped") {
  auto d = [](const char* s) { return *Decimal::parse(s); };
  // Former bug (found by fuzzing): comparing across 16 decimals of scale
  // overflowed 64 bits and threw.
  CHECK(d("99.2285255585285258") < d("285258"));
  CHECK(d("-99.2285255585285258") > d("-285258"));
  CHECK(d("0.000000000000000001") < d("999999999999999999"));
  CHECK(d("99999999999999999") == d("99999999999999999.0"));
  CHECK(d("999999999999999999").plus(d("0.5")) == std::nullopt);
  CHECK(d("500000000000000000").plus(d("0.05")) == std::nullopt);
  CHECK(d("1.5").plus(d("2.25")) == d("3.75"));
  CHECK_THROWS_AS(d("999999999999999999") + d("0.5"), std::overflow_error);
}
