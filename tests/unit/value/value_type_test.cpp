// AttributeValue basics and type names (dynamodb-model §1.1).
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

TEST_CASE("ValueTypeName gives the wire descriptor of every type", "[value]") {
  CHECK(ValueTypeName(ValueType::kS) == "S");
  CHECK(ValueTypeName(ValueType::kN) == "N");
  CHECK(ValueTypeName(ValueType::kB) == "B");
  CHECK(ValueTypeName(ValueType::kBOOL) == "BOOL");
  CHECK(ValueTypeName(ValueType::kNULL) == "NULL");
  CHECK(ValueTypeName(ValueType::kM) == "M");
  CHECK(ValueTypeName(ValueType::kL) == "L");
  CHECK(ValueTypeName(ValueType::kSS) == "SS");
  CHECK(ValueTypeName(ValueType::kNS) == "NS");
  CHECK(ValueTypeName(ValueType::kBS) == "BS");
}

TEST_CASE("AttributeValue reports the type it holds and copies from a mutable reference",
          "[value]") {
  AttributeValue s = "x";
  CHECK(s.is(ValueType::kS));
  CHECK(AttributeValue().is(ValueType::kNULL));
  CHECK(AttributeValue(true).is(ValueType::kBOOL));
  CHECK(AttributeValue(Map{}).is(ValueType::kM));
  CHECK(AttributeValue(List{}).is(ValueType::kL));
  CHECK(N("1").is(ValueType::kN));
  AttributeValue copy(s);  // s is a non-const lvalue: must copy, not wrap
  CHECK(copy == s);
  CHECK(copy.s() == "x");
}

}  // namespace
}  // namespace ddb
