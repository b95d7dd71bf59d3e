// Item size by DynamoDB's documented rules (dynamodb-model §1.4).
#include "ddb/item_size.h"

#include <catch2/catch.hpp>
#include <string>

#include "ddb/codec.h"

namespace ddb {
namespace {

using nlohmann::json;

AttributeValue Value(const char* text) {
  auto r = DecodeValue(json::parse(text, nullptr, false));
  INFO(text);
  REQUIRE(r.ok());
  return *r;
}

TEST_CASE("Item size matches the documented shirt example", "[value]") {
  // §1.4: shirt-color="R", shirt-size="M" -> (11+1) + (10+1) = 23 bytes.
  Item item;
  item["shirt-color"] = AttributeValue("R");
  item["shirt-size"] = AttributeValue("M");
  CHECK(ItemSize(item) == 23);
}

TEST_CASE("String size counts UTF-8 bytes", "[value]") {
  CHECK(ValueSize(AttributeValue("")) == 0);
  CHECK(ValueSize(AttributeValue("abc")) == 3);
  CHECK(ValueSize(AttributeValue("\xC3\xA9")) == 2);          // é
  CHECK(ValueSize(AttributeValue("\xE2\x82\xAC")) == 3);      // €
  CHECK(ValueSize(AttributeValue("\xF0\x9F\x98\x80")) == 4);  // 😀
}

TEST_CASE("Attribute names count their UTF-8 bytes", "[value]") {
  Item item;
  item["na\xC3\xAFve"] = AttributeValue("x");  // "naïve" is 6 bytes
  CHECK(ItemSize(item) == 6 + 1);
}

TEST_CASE("Binary size counts decoded bytes, not base64 characters", "[value]") {
  CHECK(ValueSize(Value(R"({"B":"SGVsbG8="})")) == 5);
  CHECK(ValueSize(Value(R"({"B":""})")) == 0);
}

TEST_CASE("Number size uses the digit formula", "[value]") {
  CHECK(ValueSize(Value(R"({"N":"0"})")) == 1);
  CHECK(ValueSize(Value(R"({"N":"12345"})")) == 4);  // 1 + ceil(5/2)
  CHECK(ValueSize(Value(R"({"N":"-1.2"})")) == 4);   // 1 + 1 + 1 (d, e even) + 1 (negative)
  CHECK(ValueSize(Value(R"({"N":"1200"})")) == 2);   // trailing zeros not counted
}

TEST_CASE("Boolean and null are one byte each", "[value]") {
  CHECK(ValueSize(Value(R"({"BOOL":true})")) == 1);
  CHECK(ValueSize(Value(R"({"BOOL":false})")) == 1);
  CHECK(ValueSize(Value(R"({"NULL":true})")) == 1);
}

TEST_CASE("Empty list and empty map are three bytes", "[value]") {
  CHECK(ValueSize(Value(R"({"L":[]})")) == 3);
  CHECK(ValueSize(Value(R"({"M":{}})")) == 3);
}

TEST_CASE("List size adds one byte per element", "[value]") {
  // 3 + (2 + 1) + (1 + 1)
  CHECK(ValueSize(Value(R"({"L":[{"S":"ab"},{"S":"c"}]})")) == 8);
  // 3 + (1 + 1) + (1 + 1): BOOL and NULL
  CHECK(ValueSize(Value(R"({"L":[{"BOOL":true},{"NULL":true}]})")) == 7);
}

TEST_CASE("Map entries count name bytes, value size and one byte each", "[value]") {
  // 3 + (1 + 2 + 1)
  CHECK(ValueSize(Value(R"({"M":{"a":{"S":"xy"}}})")) == 7);
  // inner: 3 + (1 + 1 + 1) = 6; outer: 3 + (1 + 6 + 1) = 11
  CHECK(ValueSize(Value(R"({"M":{"m":{"M":{"k":{"BOOL":true}}}}})")) == 11);
}

TEST_CASE("Set size is the sum of member sizes", "[value]") {
  CHECK(ValueSize(Value(R"({"SS":["ab","c"]})")) == 3);
  CHECK(ValueSize(Value(R"({"NS":["1","12"]})")) == 4);       // 2 + 2
  CHECK(ValueSize(Value(R"({"BS":["AAE=","AA=="]})")) == 3);  // 2 + 1
}

TEST_CASE("Item size adds names to value sizes across attributes", "[value]") {
  auto item = DecodeItem(json::parse(
      R"({"id":{"S":"abc"},"n":{"N":"12345"},"flag":{"BOOL":true},"l":{"L":[{"S":"xy"}]}})",
      nullptr, false));
  REQUIRE(item.ok());
  // (2 + 3) + (1 + 4) + (4 + 1) + (1 + 3 + 2 + 1)
  CHECK(ItemSize(*item) == 22);
  CHECK(ItemSize(Item{}) == 0);
}

TEST_CASE("The item size limit is 400 KB of 1024 bytes", "[value]") {
  CHECK(kMaxItemBytes == 409600);
}

}  // namespace
}  // namespace ddb
