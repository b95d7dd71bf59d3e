// DynamoDB's key ordering (dynamodb-model §2): N numeric, S and B by unsigned bytes.
#include <catch2/catch.hpp>
#include <string>

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

}  // namespace
}  // namespace ddb
