// AWS CLI shorthand syntax: parsing into strings/lists/objects, then typing by member.
#include "cli/shorthand.h"

#include <catch2/catch.hpp>

namespace ddb::cli {
namespace {

using nlohmann::json;

json Parse(std::string_view text) {
  Shorthand parsed = ParseShorthand(text);
  INFO("shorthand: " << text);
  if (parsed.error) UNSCOPED_INFO("error: " << parsed.error->message);
  REQUIRE_FALSE(parsed.error.has_value());
  return parsed.value;
}

json J(std::string_view text) { return json::parse(text.begin(), text.end(), nullptr, false); }

TEST_CASE("shorthand: key=value pairs are strings until typed", "[cli]") {
  CHECK(Parse("ReadCapacityUnits=5,WriteCapacityUnits=5") ==
        J(R"({"ReadCapacityUnits": "5", "WriteCapacityUnits": "5"})"));
  CHECK(Parse("  A = b ,  C=d  ") == J(R"({"A": "b", "C": "d"})"));
  CHECK(Parse("Expr=a=b") == J(R"({"Expr": "a=b"})"));
  CHECK(Parse("Empty=") == J(R"({"Empty": ""})"));
}

TEST_CASE("shorthand: k=a,b,c is a list of strings; a following name= starts a new pair", "[cli]") {
  CHECK(Parse("Values=a,b,c") == J(R"({"Values": ["a", "b", "c"]})"));
  CHECK(Parse("Values=a,b,Other=c") == J(R"({"Values": ["a", "b"], "Other": "c"})"));
  CHECK(Parse(R"(Title=a\,b)") == J(R"({"Title": "a,b"})"));
}

TEST_CASE("shorthand: explicit lists and nested structures", "[cli]") {
  CHECK(Parse("IndexName=I,KeySchema=[{AttributeName=A,KeyType=HASH}],Projection={ProjectionType=ALL}") ==
        J(R"({"IndexName": "I", "KeySchema": [{"AttributeName": "A", "KeyType": "HASH"}],
              "Projection": {"ProjectionType": "ALL"}})"));
  CHECK(Parse("L=[a, b ,[c]],M={}") == J(R"({"L": ["a", "b", ["c"]], "M": {}})"));
  CHECK(Parse(":v1={S=x},#n=y") == J(R"({":v1": {"S": "x"}, "#n": "y"})"));
}

TEST_CASE("shorthand: quoted values keep commas, brackets and blanks", "[cli]") {
  CHECK(Parse(R"(A="x, [y]",B='it\'s')") == J(R"({"A": "x, [y]", "B": "it's"})"));
  CHECK(Parse(R"(Artist={S="No One You Know"})") == J(R"({"Artist": {"S": "No One You Know"}})"));
}

TEST_CASE("shorthand: syntax errors carry the offset", "[cli]") {
  struct Case {
    const char* text;
    size_t offset;
  };
  for (const Case& c : {Case{"Artist", 6}, Case{"A=b,,", 4}, Case{"A={B=c", 2}, Case{"A=[b", 2},
                        Case{"A=b,A=c", 4}, Case{"A='x", 2}, Case{"=x", 0}, Case{"", 0},
                        Case{"A@=file://x", 1}}) {
    INFO("shorthand: " << c.text);
    Shorthand parsed = ParseShorthand(c.text);
    REQUIRE(parsed.error.has_value());
    CHECK(parsed.error->offset == c.offset);
  }
}

TEST_CASE("shorthand typing: integers, booleans and one-element lists by member name", "[cli]") {
  json gsi = Parse("IndexName=I,KeySchema={AttributeName=A,KeyType=HASH},Projection={ProjectionType=INCLUDE,"
                   "NonKeyAttributes=x},ProvisionedThroughput={ReadCapacityUnits=1,WriteCapacityUnits=2}");
  REQUIRE_FALSE(TypeShorthandValue("GlobalSecondaryIndexes", MemberKind::kStructList, gsi).has_value());
  CHECK(gsi == J(R"([{"IndexName": "I", "KeySchema": [{"AttributeName": "A", "KeyType": "HASH"}],
                      "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["x"]},
                      "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 2}}])"));
  json stream = Parse("StreamEnabled=TRUE,StreamViewType=KEYS_ONLY");
  REQUIRE_FALSE(TypeShorthandValue("StreamSpecification", MemberKind::kStruct, stream).has_value());
  CHECK(stream == J(R"({"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"})"));
}

TEST_CASE("shorthand typing: attribute values keep N as a string and type BOOL and sets", "[cli]") {
  json item = Parse("Limit={N=5},Flag={BOOL=false},Tags={SS=[a,b]},Nested={M={x={NULL=true}}},L={L=[{N=1}]}");
  REQUIRE_FALSE(TypeShorthandValue("Item", MemberKind::kValueMap, item).has_value());
  // "Limit" here is an attribute name, not the Limit member: map keys are data.
  CHECK(item == J(R"({"Limit": {"N": "5"}, "Flag": {"BOOL": false}, "Tags": {"SS": ["a", "b"]},
                       "Nested": {"M": {"x": {"NULL": true}}}, "L": {"L": [{"N": "1"}]}})"));
}

TEST_CASE("shorthand typing: request items map tables to structures or lists", "[cli]") {
  json get = Parse("Music={Keys=[{Artist={S=a}}],ConsistentRead=true}");
  REQUIRE_FALSE(TypeShorthandValue("RequestItems", MemberKind::kStructMap, get).has_value());
  CHECK(get == J(R"({"Music": {"Keys": [{"Artist": {"S": "a"}}], "ConsistentRead": true}})"));
  json write = Parse("Music=[{DeleteRequest={Key={Artist={S=a}}}}]");
  REQUIRE_FALSE(TypeShorthandValue("RequestItems", MemberKind::kStructMap, write).has_value());
  CHECK(write == J(R"({"Music": [{"DeleteRequest": {"Key": {"Artist": {"S": "a"}}}}]})"));
}

TEST_CASE("shorthand typing: bad scalars are explained", "[cli]") {
  json throughput = Parse("ReadCapacityUnits=lots");
  auto error = TypeShorthandValue("ProvisionedThroughput", MemberKind::kStruct, throughput);
  REQUIRE(error.has_value());
  CHECK(*error == "ReadCapacityUnits expects an integer, got 'lots'");
  json flag = Parse("Enabled=yes");
  auto bad_bool = TypeShorthandValue("SSESpecification", MemberKind::kStruct, flag);
  REQUIRE(bad_bool.has_value());
  CHECK(*bad_bool == "Enabled expects true or false, got 'yes'");
}

}  // namespace
}  // namespace ddb::cli
