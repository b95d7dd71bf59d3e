// ConditionExpression / FilterExpression semantics: comparisons, BETWEEN, IN, functions and
// their compile-time checks (DG "Comparison operator and function reference"; typing rules in
// dynamodb-model §4.2).
#include "expr_test_support.h"

namespace ddb::test {
namespace {

bool Holds(const std::string& text, const ExpressionNames& names, const std::string& values,
           const Item& item) {
  auto ctx = MakeContext(names, values);
  return Evaluate(MustCondition(text, ctx), item);
}

TEST_CASE("Numbers compare numerically, whatever their spelling", "[expr]") {
  Item item = ProductCatalogItem();
  CHECK(Holds("Price = :p", {}, R"({":p": {"N": "500.00"}})", item));
  CHECK(Holds("Price = :p", {}, R"({":p": {"N": "5E2"}})", item));
  CHECK(Holds("Price > :p", {}, R"({":p": {"N": "99.5"}})", item));
  CHECK(Holds("Price <= :p", {}, R"({":p": {"N": "500"}})", item));
  CHECK_FALSE(Holds("Price < :p", {}, R"({":p": {"N": "-1000"}})", item));
}

TEST_CASE("Comparing different types is false, except <>", "[expr]") {
  Item item = ProductCatalogItem();
  CHECK_FALSE(Holds("Price = :p", {}, R"({":p": {"S": "500"}})", item));
  CHECK_FALSE(Holds("Price > :p", {}, R"({":p": {"S": "1"}})", item));
  CHECK(Holds("Price <> :p", {}, R"({":p": {"S": "500"}})", item));
  CHECK_FALSE(Holds("Price <> :p", {}, R"({":p": {"N": "500"}})", item));
}

TEST_CASE("A missing attribute compares false, except <>", "[expr]") {
  Item item = ProductCatalogItem();
  CHECK_FALSE(Holds("Absent = :v", {}, R"({":v": {"N": "1"}})", item));
  CHECK_FALSE(Holds("Absent < :v", {}, R"({":v": {"N": "1"}})", item));
  CHECK_FALSE(Holds("Absent BETWEEN :v AND :w", {}, R"({":v": {"N": "1"}, ":w": {"N": "2"}})", item));
  CHECK_FALSE(Holds("Absent IN (:v)", {}, R"({":v": {"N": "1"}})", item));
  CHECK(Holds("Absent <> :v", {}, R"({":v": {"N": "1"}})", item));
}

TEST_CASE("Strings compare by UTF-8 bytes", "[expr]") {
  // dynamodb-model §2: "A" (0x41) < "a" (0x61), and "¿" (0xC2BF) > "z" (0x7A).
  Item item = MakeItem(R"({"s": {"S": "a"}, "t": {"S": "z"}})");
  CHECK(Holds("s > :v", {}, R"({":v": {"S": "A"}})", item));
  CHECK(Holds("t < :v", {}, "{\":v\": {\"S\": \"\xC2\xBF\"}}", item));
  CHECK(Holds("s < t", {}, "{}", item));
}

TEST_CASE("Binaries compare as unsigned bytes", "[expr]") {
  Item item = MakeItem(R"({"b": {"B": "AQ=="}})");  // 0x01
  CHECK(Holds("b < :v", {}, R"({":v": {"B": "/w=="}})", item));  // 0xFF
  CHECK_FALSE(Holds("b > :v", {}, R"({":v": {"B": "/w=="}})", item));
}

TEST_CASE("Sets, lists and maps compare by value; sets ignore order", "[expr]") {
  Item item = ProductCatalogItem();
  CHECK(Holds("Color = :c", {}, R"({":c": {"SS": ["Black", "Red"]}})", item));
  CHECK(Holds("RelatedItems = :l", {}, R"({":l": {"L": [{"N": "341"}, {"N": "472"}, {"N": "649"}]}})", item));
  CHECK_FALSE(Holds("RelatedItems = :l", {}, R"({":l": {"L": [{"N": "472"}, {"N": "341"}, {"N": "649"}]}})", item));
  CHECK(Holds("Pictures.FrontView = :f", {}, R"({":f": {"S": "http://example.com/products/123_front.jpg"}})", item));
}

TEST_CASE("BETWEEN includes both bounds", "[expr]") {
  Item item = ProductCatalogItem();
  const std::string bounds = R"({":lo": {"N": "500"}, ":hi": {"N": "600"}})";
  CHECK(Holds("Price BETWEEN :lo AND :hi", {}, bounds, item));
  CHECK(Holds("Price BETWEEN :lo AND :lo", {}, R"({":lo": {"N": "500"}})", item));
  CHECK_FALSE(Holds("Price BETWEEN :lo AND :hi", {}, R"({":lo": {"N": "501"}, ":hi": {"N": "600"}})", item));
}

TEST_CASE("BETWEEN rejects a lower bound above the upper bound", "[expr]") {
  auto ctx = MakeContext({}, R"({":lo": {"N": "600"}, ":hi": {"N": "500"}})");
  CHECK(ConditionError("Price BETWEEN :lo AND :hi", ctx) ==
        "Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater "
        "than or equal to lower bound; lower bound operand: AttributeValue: {N:600}, upper bound "
        "operand: AttributeValue: {N:500}");
}

TEST_CASE("BETWEEN rejects bounds of different types", "[expr]") {
  auto ctx = MakeContext({}, R"({":lo": {"N": "1"}, ":hi": {"S": "a"}})");
  CHECK(ConditionError("Price BETWEEN :lo AND :hi", ctx) ==
        "Invalid ConditionExpression: The BETWEEN operator requires same data type for lower and "
        "upper bounds; lower bound operand: AttributeValue: {N:1}, upper bound operand: "
        "AttributeValue: {S:a}");
}

TEST_CASE("IN matches any of its operands", "[expr]") {
  Item item = ProductCatalogItem();
  const std::string values = R"({":a": {"S": "Road"}, ":b": {"S": "Hybrid"}})";
  CHECK(Holds("BicycleType IN (:a, :b)", {}, values, item));
  CHECK_FALSE(Holds("BicycleType IN (:a)", {}, R"({":a": {"S": "Road"}})", item));
}

TEST_CASE("OR binds looser than AND", "[expr]") {
  Item item = MakeItem(R"({"a": {"N": "1"}, "b": {"N": "0"}, "c": {"N": "0"}})");
  // a OR (b AND c) is true; (a OR b) AND c would be false.
  CHECK(Holds("a = :t OR b = :t AND c = :t", {}, R"({":t": {"N": "1"}})", item));
  CHECK_FALSE(Holds("(a = :t OR b = :t) AND c = :t", {}, R"({":t": {"N": "1"}})", item));
}

TEST_CASE("NOT binds tighter than AND", "[expr]") {
  Item item = MakeItem(R"({"a": {"N": "1"}, "b": {"N": "1"}})");
  // (NOT a = 0) AND b = 0 is false; NOT (a = 0 AND b = 0) would be true.
  CHECK_FALSE(Holds("NOT a = :zero AND b = :zero", {}, R"({":zero": {"N": "0"}})", item));
  CHECK(Holds("NOT (a = :zero AND b = :zero)", {}, R"({":zero": {"N": "0"}})", item));
}

TEST_CASE("attribute_exists and attribute_not_exists follow document paths", "[expr]") {
  Item item = ProductCatalogItem();
  CHECK(Holds("attribute_exists(Pictures.SideView)", {}, "{}", item));
  CHECK(Holds("attribute_exists(RelatedItems[2])", {}, "{}", item));
  CHECK_FALSE(Holds("attribute_exists(RelatedItems[3])", {}, "{}", item));
  CHECK(Holds("attribute_not_exists(Pictures.TopView)", {}, "{}", item));
  CHECK(Holds("attribute_exists(QuantityOnHand)", {}, "{}", item));  // NULL values exist
  CHECK_FALSE(Holds("attribute_exists(Price.Currency)", {}, "{}", item));
}

TEST_CASE("attribute_not_exists on the key is the insert-only idiom", "[expr]") {
  auto ctx = MakeContext({});
  Condition c = MustCondition("attribute_not_exists(Id)", ctx);
  CHECK(Evaluate(c, Item{}));  // no item yet
  CHECK_FALSE(Evaluate(c, ProductCatalogItem()));
}

TEST_CASE("attribute_type compares the type descriptor", "[expr]") {
  Item item = ProductCatalogItem();
  CHECK(Holds("attribute_type(Color, :t)", {}, R"({":t": {"S": "SS"}})", item));
  CHECK(Holds("attribute_type(RelatedItems, :t)", {}, R"({":t": {"S": "L"}})", item));
  CHECK(Holds("attribute_type(QuantityOnHand, :t)", {}, R"({":t": {"S": "NULL"}})", item));
  CHECK_FALSE(Holds("attribute_type(Price, :t)", {}, R"({":t": {"S": "S"}})", item));
}

TEST_CASE("attribute_type rejects an unknown type name", "[expr]") {
  auto ctx = MakeContext({}, R"({":t": {"S": "STRING"}})");
  CHECK(ConditionError("attribute_type(a, :t)", ctx) ==
        "Invalid ConditionExpression: Invalid attribute type name found; type: STRING, valid "
        "types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
}

TEST_CASE("begins_with works on strings and binaries", "[expr]") {
  Item item = ProductCatalogItem();
  CHECK(Holds("begins_with(Pictures.FrontView, :p)", {}, R"({":p": {"S": "http://"}})", item));
  CHECK_FALSE(Holds("begins_with(Pictures.FrontView, :p)", {}, R"({":p": {"S": "https://"}})", item));
  Item bin = MakeItem(R"({"b": {"B": "AQID"}})");  // 01 02 03
  CHECK(Holds("begins_with(b, :p)", {}, R"({":p": {"B": "AQI="}})", bin));  // 01 02
  CHECK_FALSE(Holds("begins_with(Price, :p)", {}, R"({":p": {"S": "5"}})", item));
}

TEST_CASE("begins_with rejects a number operand", "[expr]") {
  auto ctx = MakeContext({}, R"({":n": {"N": "5"}})");
  CHECK(ConditionError("begins_with(a, :n)", ctx) ==
        "Invalid ConditionExpression: Incorrect operand type for operator or function; operator or "
        "function: begins_with, operand type: N");
}

TEST_CASE("contains finds substrings in strings", "[expr]") {
  Item item = ProductCatalogItem();
  CHECK(Holds("contains(Title, :s)", {}, R"({":s": {"S": "cycle"}})", item));
  CHECK_FALSE(Holds("contains(Title, :s)", {}, R"({":s": {"S": "Tricycle"}})", item));
}

TEST_CASE("contains finds elements of sets of the matching type", "[expr]") {
  Item item = ProductCatalogItem();
  CHECK(Holds("contains(Color, :c)", {}, R"({":c": {"S": "Red"}})", item));
  CHECK_FALSE(Holds("contains(Color, :c)", {}, R"({":c": {"S": "Green"}})", item));
  Item numbers = MakeItem(R"({"ns": {"NS": ["1", "2.5"]}})");
  CHECK(Holds("contains(ns, :n)", {}, R"({":n": {"N": "2.50"}})", numbers));
  CHECK_FALSE(Holds("contains(ns, :n)", {}, R"({":n": {"S": "1"}})", numbers));
}

TEST_CASE("contains finds elements of lists", "[expr]") {
  Item item = ProductCatalogItem();
  CHECK(Holds("contains(RelatedItems, :n)", {}, R"({":n": {"N": "472"}})", item));
  CHECK_FALSE(Holds("contains(RelatedItems, :n)", {}, R"({":n": {"N": "473"}})", item));
}

TEST_CASE("contains(a, a) is rejected", "[expr]") {
  auto ctx = MakeContext({{"#a", "a"}});
  CHECK(ConditionError("contains(a, a)", ctx) ==
        "Invalid ConditionExpression: The first operand must be distinct from the remaining "
        "operands for this operator or function; operator: contains, first operand: [a]");
  // Resolution happens first: a placeholder for the same name is the same operand.
  CHECK(ConditionError("contains(#a, a)", ctx).find("first operand: [a]") != std::string::npos);
}

TEST_CASE("size counts UTF-8 bytes of strings", "[expr]") {
  Item item = MakeItem("{\"s\": {\"S\": \"h\xC3\xA9\"}}");  // "hé": 3 bytes
  CHECK(Holds("size(s) = :n", {}, R"({":n": {"N": "3"}})", item));
}

TEST_CASE("size counts elements of sets, lists and maps, and bytes of binaries", "[expr]") {
  Item item = ProductCatalogItem();
  CHECK(Holds("size(Color) = :n", {}, R"({":n": {"N": "2"}})", item));
  CHECK(Holds("size(RelatedItems) = :n", {}, R"({":n": {"N": "3"}})", item));
  CHECK(Holds("size(Pictures) = :n", {}, R"({":n": {"N": "3"}})", item));
  CHECK(Holds("size(Title) > :n", {}, R"({":n": {"N": "10"}})", item));
  Item bin = MakeItem(R"({"b": {"B": "AQID"}})");
  CHECK(Holds("size(b) = :n", {}, R"({":n": {"N": "3"}})", bin));
}

TEST_CASE("size of a number or of a missing attribute has no value", "[expr]") {
  Item item = ProductCatalogItem();
  CHECK_FALSE(Holds("size(Price) >= :n", {}, R"({":n": {"N": "0"}})", item));
  CHECK_FALSE(Holds("size(Absent) >= :n", {}, R"({":n": {"N": "0"}})", item));
  CHECK(Holds("size(Absent) <> :n", {}, R"({":n": {"N": "0"}})", item));
}

TEST_CASE("size is a value, the other functions are conditions", "[expr]") {
  auto ctx = MakeContext({}, R"({":v": {"BOOL": true}})");
  CHECK(ConditionError("size(a)", ctx) ==
        "Invalid ConditionExpression: The function is not allowed to be used this way in an "
        "expression; function: size");
  CHECK(ConditionError("attribute_exists(a) = :v", ctx) ==
        "Invalid ConditionExpression: The function is not allowed to be used this way in an "
        "expression; function: attribute_exists");
}

TEST_CASE("Functions check their operand count", "[expr]") {
  auto ctx = MakeContext({});
  CHECK(ConditionError("begins_with(a)", ctx) ==
        "Invalid ConditionExpression: Incorrect number of operands for operator or function; "
        "operator or function: begins_with, number of operands: 1");
}

TEST_CASE("attribute_exists needs a document path", "[expr]") {
  auto ctx = MakeContext({}, R"({":v": {"S": "a"}})");
  CHECK(ConditionError("attribute_exists(:v)", ctx) ==
        "Invalid ConditionExpression: Operator or function requires a document path; operator or "
        "function: attribute_exists");
}

TEST_CASE("Update functions do not exist in conditions", "[expr]") {
  auto ctx = MakeContext({}, R"({":v": {"N": "1"}})");
  CHECK(ConditionError("if_not_exists(a, :v) = :v", ctx) ==
        "Invalid ConditionExpression: Invalid function name; function: if_not_exists");
}

TEST_CASE("Ordering comparisons reject literals that have no order", "[expr]") {
  auto ctx = MakeContext({}, R"({":b": {"BOOL": true}})");
  CHECK(ConditionError("a < :b", ctx) ==
        "Invalid ConditionExpression: Incorrect operand type for operator or function; operator or "
        "function: <, operand type: BOOL");
}

TEST_CASE("a = a is rejected like contains(a, a)", "[expr]") {
  auto ctx = MakeContext({});
  CHECK(ConditionError("a.b = a.b", ctx) ==
        "Invalid ConditionExpression: The first operand must be distinct from the remaining "
        "operands for this operator or function; operator: =, first operand: [a, b]");
}

TEST_CASE("The most important of several problems is reported", "[expr]") {
  // An unknown function outranks a reserved word; a reserved word outranks an undefined value.
  auto ctx = MakeContext({});
  CHECK(ConditionError("Comment = :nope AND foo(a)", ctx) ==
        "Invalid ConditionExpression: Invalid function name; function: foo");
  CHECK(ConditionError("Comment = :nope", ctx) ==
        "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: "
        "Comment");
}

TEST_CASE("Query filters may not use key attributes", "[expr]") {
  auto ctx = MakeContext({{"#k", "Artist"}}, R"({":a": {"S": "x"}, ":r": {"N": "3"}})");
  Condition filter = MustCondition("Rating > :r AND #k.Nested = :a", ctx, ExpressionKind::kFilter);
  std::string first;
  CHECK(ReferencesAnyAttribute(filter, {"Artist", "SongTitle"}, &first));
  CHECK(first == "Artist");
  auto status = CheckFilterAvoidsKeys(filter, {"Artist", "SongTitle"});
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().message ==
        "Filter Expression can only contain non-primary key attributes: Primary key attribute: "
        "Artist");
  Condition other = MustCondition("Rating > :r", ctx, ExpressionKind::kFilter);
  CHECK(CheckFilterAvoidsKeys(other, {"Artist", "SongTitle"}).ok());
}

TEST_CASE("An empty condition matches every item", "[expr]") {
  Condition none;
  CHECK(none.empty());
  CHECK(Evaluate(none, Item{}));
  CHECK(Evaluate(none, ProductCatalogItem()));
}

}  // namespace
}  // namespace ddb::test
