// DynamoDB's key ordering (dynamodb-model §2): N numeric, S and B by unsigned bytes.
#include <catch2/catch.hpp>
#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "ddb/value.h"

namespace ddb {
namespace {

AttributeValue N(const char* text) {
  auto r = Number::Parse(text);
  REQUIRE(r.ok());
  return AttributeValue(*r);
}

AttributeValue B(std::string bytes) { return AttributeValue(Binary{std::move(bytes)}); }

TEST_CASE("String keys sort by UTF-8 bytes", "[value]") {
  // §2: "A" (0x41) < "a" (0x61); "¿" (0xC2 0xBF) > "z" (0x7A).
  CHECK(CompareKeyValues(AttributeValue("A"), AttributeValue("a")) < 0);
  CHECK(CompareKeyValues(AttributeValue("\xC2\xBF"), AttributeValue("z")) > 0);
  CHECK(CompareKeyValues(AttributeValue("a"), AttributeValue("ab")) < 0);
  CHECK(CompareKeyValues(AttributeValue("abc"), AttributeValue("abc")) == 0);
  CHECK(CompareKeyValues(AttributeValue("b"), AttributeValue("abc")) > 0);
}

TEST_CASE("Binary keys sort by unsigned bytes", "[value]") {
  CHECK(CompareKeyValues(B("\x7F"), B("\x80")) < 0);
  CHECK(CompareKeyValues(B(std::string("\xFF", 1)), B(std::string("\x00\x01", 2))) > 0);
  CHECK(CompareKeyValues(B(std::string("\x00", 1)), B(std::string("\x00\x00", 2))) < 0);
  CHECK(CompareKeyValues(B("ab"), B("ab")) == 0);
}

TEST_CASE("Number keys sort numerically", "[value]") {
  CHECK(CompareKeyValues(N("9"), N("10")) < 0);
  CHECK(CompareKeyValues(N("-1"), N("-2")) > 0);
  CHECK(CompareKeyValues(N("1.5"), N("1.50")) == 0);
  CHECK(CompareKeyValues(N("-0.001"), N("0")) < 0);
}

// KeyOrderPrefix's contract: a smaller prefix means a smaller key; equal keys, equal prefixes.
void CheckPrefixContract(const std::vector<AttributeValue>& values) {
  for (const AttributeValue& a : values) {
    for (const AttributeValue& b : values) {
      const int c = CompareKeyValues(a, b);
      if (KeyOrderPrefix(a) < KeyOrderPrefix(b)) CHECK(c < 0);
      if (c == 0) CHECK(KeyOrderPrefix(a) == KeyOrderPrefix(b));
    }
  }
}

TEST_CASE("KeyOrderPrefix orders numbers like Compare wherever prefixes differ", "[value]") {
  std::vector<AttributeValue> numbers;
  for (const char* text : {"0", "-0", "1", "1.0", "-1", "9", "10", "0.1", "-0.1", "123456", "1234567", "1234568",
                           "123456.7", "-123456.7", "1E-130", "-1E-130", "9.9999999999999999999999999999999999999E+125",
                           "-9.9999999999999999999999999999999999999E+125", "100000", "99999.9", "1000001"}) {
    numbers.push_back(N(text));
  }
  // Random numbers over the whole range: signs, exponents and 1..38 digits.
  std::mt19937 rng(7);
  for (int i = 0; i < 300; ++i) {
    std::string text = rng() % 2 ? "-" : "";
    const int digits = 1 + static_cast<int>(rng() % 38);
    for (int d = 0; d < digits; ++d) text += static_cast<char>('0' + (d == 0 ? 1 + rng() % 9 : rng() % 10));
    text += "E" + std::to_string(static_cast<int>(rng() % 180) - 100);  // within DynamoDB's range
    numbers.push_back(N(text.c_str()));
  }
  CheckPrefixContract(numbers);
  // Distinct enough numbers do get distinct prefixes (that is what makes them useful).
  CHECK(KeyOrderPrefix(N("-1")) < KeyOrderPrefix(N("0")));
  CHECK(KeyOrderPrefix(N("0")) < KeyOrderPrefix(N("1E-130")));
  CHECK(KeyOrderPrefix(N("9")) < KeyOrderPrefix(N("10")));
  CHECK(KeyOrderPrefix(N("123455")) < KeyOrderPrefix(N("123456")));
}

TEST_CASE("KeyOrderPrefix orders strings and binaries like their bytes wherever prefixes differ", "[value]") {
  std::vector<AttributeValue> strings, binaries;
  for (const std::string& text : {std::string("a"), std::string("a\0", 2), std::string("ab"), std::string("abcd"),
                                  std::string("abcde"), std::string("abce"), std::string("\xC2\xBF"), std::string("z"),
                                  std::string("\xFF\xFF\xFF\xFF\xFF")}) {
    strings.push_back(AttributeValue(text));
    binaries.push_back(B(text));
  }
  std::mt19937 rng(11);
  for (int i = 0; i < 200; ++i) {
    std::string bytes(1 + rng() % 7, '\0');
    for (char& c : bytes) c = static_cast<char>(rng() % 4 == 0 ? 0x80 + rng() % 0x80 : 'a' + rng() % 3);
    strings.push_back(AttributeValue(bytes));
    binaries.push_back(B(bytes));
  }
  CheckPrefixContract(strings);
  CheckPrefixContract(binaries);
  CHECK(KeyOrderPrefix(AttributeValue("abc")) < KeyOrderPrefix(AttributeValue("abd")));
}

TEST_CASE("KeyValueHash hashes equal key values alike and tells different ones apart", "[value]") {
  // Numbers are equal by value, whatever their text: the hash follows equality, not spelling.
  CHECK(KeyValueHash(N("1.50")) == KeyValueHash(N("1.5")));
  CHECK(KeyValueHash(N("150E-2")) == KeyValueHash(N("1.5")));
  CHECK(KeyValueHash(N("-0")) == KeyValueHash(N("0")));
  CHECK(KeyValueHash(N("100")) == KeyValueHash(N("1E2")));
  // Same digits, different exponent or sign: different numbers.
  CHECK(KeyValueHash(N("15")) != KeyValueHash(N("1.5")));
  CHECK(KeyValueHash(N("-1.5")) != KeyValueHash(N("1.5")));
  // Strings and binaries by their bytes.
  CHECK(KeyValueHash(AttributeValue("abc")) == KeyValueHash(AttributeValue(std::string("abc"))));
  CHECK(KeyValueHash(AttributeValue("abc")) != KeyValueHash(AttributeValue("abd")));
  CHECK(KeyValueHash(B(std::string("a\0", 2))) != KeyValueHash(B("a")));
  // A thousand consecutive integers (typical sort keys) hash to a thousand values.
  std::vector<uint64_t> hashes;
  for (int i = 0; i < 1000; ++i) hashes.push_back(KeyValueHash(AttributeValue(Number::FromInt(i))));
  std::sort(hashes.begin(), hashes.end());
  CHECK(std::unique(hashes.begin(), hashes.end()) == hashes.end());
}

}  // namespace
}  // namespace ddb
