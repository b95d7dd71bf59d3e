// Number: DynamoDB's decimal type (dynamodb-model §1.2 and §1.4). Expected values and messages
// come from the DynamoDB documentation as summarised in dynamodb-model.md.
#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "ddb/value.h"

namespace ddb {
namespace {

constexpr const char* kNotNumeric = "The parameter cannot be converted to a numeric value";
constexpr const char* kTooManyDigits =
    "Attempting to store more than 38 significant digits in a Number";
constexpr const char* kOverflow =
    "Number overflow. Attempting to store a number with magnitude larger than supported range";
constexpr const char* kUnderflow =
    "Number underflow. Attempting to store a number with magnitude smaller than supported range";

Number Num(const std::string& text) {
  auto r = Number::Parse(text);
  INFO("parsing " << text);
  REQUIRE(r.ok());
  return *r;
}

std::string ParseError(const std::string& text) {
  auto r = Number::Parse(text);
  INFO("parsing " << text);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().type == ErrorType::kValidation);
  return r.error().message;
}

// before + n zeros + after (built by appending: GCC 12 warns falsely on chained operator+).
std::string WithZeros(std::string_view before, int n, std::string_view after = "") {
  std::string out(before);
  out.append(static_cast<size_t>(n), '0');
  out.append(after);
  return out;
}

TEST_CASE("Number parses integers, decimals, signs and exponents", "[value]") {
  CHECK(Num("42").ToString() == "42");
  CHECK(Num("-0.5").ToString() == "-0.5");
  CHECK(Num("1.5e3").ToString() == "1500");
  CHECK(Num("1.5E3").ToString() == "1500");
  CHECK(Num("-17e5").ToString() == "-1700000");
  CHECK(Num("1e+5").ToString() == "100000");
  CHECK(Num("25e-3").ToString() == "0.025");
  CHECK(Num("-7.1234").ToString() == "-7.1234");
}

TEST_CASE("Number accepts a leading plus and a bare decimal point on either side", "[value]") {
  CHECK(Num("+5").ToString() == "5");
  CHECK(Num(".123").ToString() == "0.123");
  CHECK(Num("5.").ToString() == "5");
  CHECK(Num("+.5").ToString() == "0.5");
}

TEST_CASE("Number trims leading and trailing zeros so equal values are equal", "[value]") {
  CHECK(Num("1.500") == Num("1.5"));
  CHECK(Num("1.500").ToString() == "1.5");
  CHECK(Num("0001.23").ToString() == "1.23");
  CHECK(Num("0.0010").ToString() == "0.001");
  CHECK(Num("100").ToString() == "100");
  CHECK(Num("1e2") == Num("100.000"));
  CHECK_FALSE(Num("1.5") == Num("15"));
}

TEST_CASE("Number zero has one form whatever its spelling", "[value]") {
  for (const char* text : {"0", "-0", "+0", "0.000", "000", "0e1000", "-0.0e-5", ".0"}) {
    INFO(text);
    const Number n = Num(text);
    CHECK(n.is_zero());
    CHECK_FALSE(n.negative());
    CHECK(n.ToString() == "0");
    CHECK(n == Number());
  }
}

TEST_CASE("Number rejects text that is not a number", "[value]") {
  for (const char* text : {"abc", "1..2", "NaN",   "-NaN",  "Infinity", "-Infinity", " 1",   "1 ",
                           "1e",  "e5",   ".",     "-",     "+",        "1e+",       "0x10", "1,5",
                           "--1", "+-1",  "1e5.5", "1.2.3", "dog",      "1e 5"}) {
    const std::string msg = ParseError(text);
    INFO(text);
    CHECK(msg.rfind(kNotNumeric, 0) == 0);
  }
}

TEST_CASE("Number rejects an empty string with the bare message", "[value]") {
  CHECK(ParseError("") == kNotNumeric);
}

TEST_CASE("Number echoes unparsable text after the message", "[value]") {
  CHECK(ParseError("abc") == std::string(kNotNumeric) + ": abc");
}

TEST_CASE("Number rejects an exponent that does not fit a 32-bit integer", "[value]") {
  CHECK(ParseError("1e99999999999").rfind(kNotNumeric, 0) == 0);
  CHECK(ParseError("1e2147483648").rfind(kNotNumeric, 0) == 0);
  CHECK(ParseError("-1e-99999999999").rfind(kNotNumeric, 0) == 0);
}

TEST_CASE("Number accepts the smallest and largest documented magnitudes", "[value]") {
  // 1E-130 is "0." followed by 129 zeros and a 1.
  CHECK(Num("1E-130").ToString() == WithZeros("0.", 129, "1"));
  CHECK(Num("-1E-130").ToString() == WithZeros("-0.", 129, "1"));
  const std::string nines(38, '9');
  std::string max_text = "9.";
  max_text += nines.substr(1);
  max_text += "E+125";
  CHECK(Num(max_text).ToString() == WithZeros(nines, 126 - 38));
  CHECK(Num("-" + max_text).ToString() == WithZeros("-" + nines, 126 - 38));
  CHECK(Num("1E+125").ToString() == WithZeros("1", 125));
}

TEST_CASE("Number beyond the largest magnitude is an overflow", "[value]") {
  CHECK(ParseError("1E+126") == kOverflow);
  CHECK(ParseError("11e125") == kOverflow);
  CHECK(ParseError("-1E+126") == kOverflow);
  CHECK(ParseError(WithZeros("1", 126)) == kOverflow);
}

TEST_CASE("Number below the smallest magnitude is an underflow", "[value]") {
  CHECK(ParseError("1E-131") == kUnderflow);
  CHECK(ParseError("0.9e-130") == kUnderflow);
  CHECK(ParseError("-1E-131") == kUnderflow);
  CHECK(ParseError(WithZeros("0.", 130, "1")) == kUnderflow);
}

TEST_CASE("Number keeps up to 38 significant digits", "[value]") {
  CHECK(Num("3.1415926535897932384626433832795028841").ToString() ==
        "3.1415926535897932384626433832795028841");
  CHECK(Num("31415926535897932384626433832795028841e30").ToString() ==
        WithZeros("31415926535897932384626433832795028841", 30));
  // Trailing zeros do not count, however many there are.
  CHECK(Num(WithZeros("1", 100)).ToString() == WithZeros("1", 100));
  CHECK(Num("3.14159265358979323846264338327950288410000").ToString() ==
        "3.1415926535897932384626433832795028841");
  // Leading zeros do not count either.
  CHECK(Num("0.000000000031415926535897932384626433832795028841").ToString() ==
        "0.000000000031415926535897932384626433832795028841");
}

TEST_CASE("Number with 39 significant digits is rejected", "[value]") {
  CHECK(ParseError("3.14159265358979323846264338327950288419") == kTooManyDigits);
  CHECK(ParseError("314159265358979323846.264338327950288419") == kTooManyDigits);
  CHECK(ParseError("-314159265358979323846264338327950288419e30") == kTooManyDigits);
  CHECK(ParseError(WithZeros("1", 37, "1")) == kTooManyDigits);
}

TEST_CASE("Number renders without exponent notation", "[value]") {
  CHECK(Num("1E+100").ToString() == WithZeros("1", 100));
  CHECK(Num("1.23E-5").ToString() == "0.0000123");
  CHECK(Num("-4.56e2").ToString() == "-456");
  CHECK(Num("12.5e-1").ToString() == "1.25");
}

TEST_CASE("Number compares numerically, not as text", "[value]") {
  const char* ascending[] = {"-9.9E125", "-10", "-2", "-0.5", "-1E-130", "0",      "1E-130",
                             "0.5",      "2",   "9",  "10",   "100.5",   "9.9E125"};
  const int n = static_cast<int>(std::size(ascending));
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < n; ++j) {
      INFO(ascending[i] << " vs " << ascending[j]);
      const int c = Num(ascending[i]).Compare(Num(ascending[j]));
      CHECK((c < 0) == (i < j));
      CHECK((c == 0) == (i == j));
    }
  }
}

TEST_CASE("Number compares equal values written differently as equal", "[value]") {
  CHECK(Num("1.5").Compare(Num("1.50")) == 0);
  CHECK(Num("15e-1").Compare(Num("1.5")) == 0);
  CHECK(Num("-0").Compare(Num("0")) == 0);
  CHECK(Num("1.5").Compare(Num("1.51")) < 0);
  CHECK(Num("-1.5").Compare(Num("-1.51")) > 0);
}

TEST_CASE("Number addition is exact decimal arithmetic", "[value]") {
  auto sum = Num("0.1").Add(Num("0.2"));
  REQUIRE(sum.ok());
  CHECK(sum->ToString() == "0.3");  // not 0.30000000000000004
  sum = Num("1").Add(Num("10000000000000000000000"));
  REQUIRE(sum.ok());
  CHECK(sum->ToString() == "10000000000000000000001");
  sum = Num("999").Add(Num("1"));
  REQUIRE(sum.ok());
  CHECK(sum->ToString() == "1000");
  sum = Num("0.999").Add(Num("0.001"));
  REQUIRE(sum.ok());
  CHECK(sum->ToString() == "1");
  sum = Num("1E+37").Add(Num("1"));  // exactly 38 digits
  REQUIRE(sum.ok());
  CHECK(sum->ToString() == WithZeros("1", 36, "1"));
}

TEST_CASE("Number subtraction is exact and handles signs and borrows", "[value]") {
  auto diff = Num("10000000000000000000000").Subtract(Num("1"));
  REQUIRE(diff.ok());
  CHECK(diff->ToString() == "9999999999999999999999");
  diff = Num("5").Subtract(Num("7"));
  REQUIRE(diff.ok());
  CHECK(diff->ToString() == "-2");
  diff = Num("1000").Subtract(Num("0.001"));
  REQUIRE(diff.ok());
  CHECK(diff->ToString() == "999.999");
  diff = Num("-5").Subtract(Num("-5"));
  REQUIRE(diff.ok());
  CHECK(diff->is_zero());
  CHECK_FALSE(diff->negative());
  diff = Num("-1.5").Subtract(Num("2.25"));
  REQUIRE(diff.ok());
  CHECK(diff->ToString() == "-3.75");
  diff = Num("1.0000000000000000000000000000000000001").Subtract(Num("1"));
  REQUIRE(diff.ok());
  CHECK(diff->ToString() == WithZeros("0.", 36, "1"));
}

TEST_CASE("Number addition with mixed signs and zero", "[value]") {
  auto r = Num("5").Add(Num("-7"));
  REQUIRE(r.ok());
  CHECK(r->ToString() == "-2");
  r = Num("-5").Add(Num("7"));
  REQUIRE(r.ok());
  CHECK(r->ToString() == "2");
  r = Num("12.5").Add(Number());
  REQUIRE(r.ok());
  CHECK(r->ToString() == "12.5");
  r = Number().Subtract(Num("12.5"));
  REQUIRE(r.ok());
  CHECK(r->ToString() == "-12.5");
}

TEST_CASE("Number arithmetic past the largest magnitude fails with the overflow message",
          "[value]") {
  auto r = Num("9e125").Add(Num("9e125"));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().type == ErrorType::kValidation);
  CHECK(r.error().message == kOverflow);
  r = Num("9e125").Subtract(Num("-9e125"));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == kOverflow);
  r = Num("-9e125").Subtract(Num("9e125"));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == kOverflow);
}

TEST_CASE("Number arithmetic below the smallest magnitude fails with the underflow message",
          "[value]") {
  auto r = Num("2E-130").Subtract(Num("1.5E-130"));  // 5E-131
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == kUnderflow);
}

TEST_CASE("Number arithmetic that would need more than 38 digits fails", "[value]") {
  // 1E+50 + 1 cannot be held in 38 digits; DynamoDB rejects it rather than rounding.
  auto r = Num("1E+50").Add(Num("1"));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().type == ErrorType::kValidation);
  r = Num("1E+50").Subtract(Num("1"));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().type == ErrorType::kValidation);
  r = Num("1E+125").Add(Num("1E-130"));
  REQUIRE_FALSE(r.ok());
}

TEST_CASE("Number size follows the documented digit formula", "[value]") {
  // 1 + ceil(d/2) (+1 if d and e both even) (+1 if negative); zero is 1 byte (§1.4).
  CHECK(Number().SizeBytes() == 1);
  CHECK(Num("1").SizeBytes() == 2);      // d=1
  CHECK(Num("12").SizeBytes() == 2);     // d=2, e=1
  CHECK(Num("1.2").SizeBytes() == 3);    // d=2, e=0
  CHECK(Num("123").SizeBytes() == 3);    // d=3
  CHECK(Num("1234").SizeBytes() == 3);   // d=4, e=3
  CHECK(Num("123.4").SizeBytes() == 4);  // d=4, e=2
  CHECK(Num("12345").SizeBytes() == 4);  // d=5
  CHECK(Num("0.12").SizeBytes() == 2);   // d=2, e=-1
  CHECK(Num("0.012").SizeBytes() == 3);  // d=2, e=-2
  CHECK(Num("-1").SizeBytes() == 3);     // negative
  CHECK(Num("-1.2").SizeBytes() == 4);
  // Leading and trailing zeros are not counted.
  CHECK(Num("100").SizeBytes() == Num("1").SizeBytes());
  CHECK(Num("1.500").SizeBytes() == Num("1.5").SizeBytes());
  CHECK(Num(WithZeros("1", 36, "10")).SizeBytes() == 21);  // d=38, e=38
  CHECK(Num(WithZeros("1", 36, "1")).SizeBytes() == 20);   // d=38, e=37
}

TEST_CASE("Number converts non-negative integers to uint64", "[value]") {
  uint64_t v = 7;
  CHECK(Num("42").ToUint64(&v));
  CHECK(v == 42);
  CHECK(Num("1e3").ToUint64(&v));
  CHECK(v == 1000);
  CHECK(Number().ToUint64(&v));
  CHECK(v == 0);
  CHECK(Num("18446744073709551615").ToUint64(&v));
  CHECK(v == std::numeric_limits<uint64_t>::max());
  CHECK_FALSE(Num("18446744073709551616").ToUint64(&v));
  CHECK_FALSE(Num("1e20").ToUint64(&v));
  CHECK_FALSE(Num("1.5").ToUint64(&v));
  CHECK_FALSE(Num("-1").ToUint64(&v));
}

TEST_CASE("Number from an int64 equals the parsed decimal", "[value]") {
  CHECK(Number::FromInt(0).is_zero());
  CHECK(Number::FromInt(-120) == Num("-1.2e2"));
  CHECK(Number::FromInt(-120).ToString() == "-120");
  CHECK(Number::FromInt(7).ToString() == "7");
  CHECK(Number::FromInt(std::numeric_limits<int64_t>::min()).ToString() == "-9223372036854775808");
  CHECK(Number::FromInt(std::numeric_limits<int64_t>::max()).ToString() == "9223372036854775807");
}

}  // namespace
TEST_CASE("Number::TextLength is the length of the text WriteText writes", "[value]") {
  // Every form: zero, integers with trailing zeros, decimals above and below 1, both extremes.
  for (const char* text : {"0", "7", "-7", "120", "-1700000", "1.5", "-0.5", "0.001", "-0.000123", "1E-130",
                           "9.9999999999999999999999999999999999999E+125", "12345678901234567890123456789012345678",
                           "-1234567890.1234567890123456789012345678"}) {
    const Number n = Num(text);
    INFO(text);
    char buf[256];
    const std::string written(buf, static_cast<size_t>(n.WriteText(buf) - buf));
    CHECK(written == n.ToString());
    CHECK(n.TextLength() == written.size());
  }
  CHECK(Num("1E-130").ToString().size() == 2 + 129 + 1);  // 0. + 129 zeros + 1
}

}  // namespace ddb
