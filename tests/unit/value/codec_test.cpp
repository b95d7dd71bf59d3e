// DynamoDB JSON <-> AttributeValue (dynamodb-model §1.1): decoding, validation messages,
// canonical encoding and base64.
#include "ddb/codec.h"

#include <catch2/catch.hpp>
#include <string>

namespace ddb {
namespace {

using nlohmann::json;

json Parse(const char* text) {
  json j = json::parse(text, nullptr, false);
  REQUIRE_FALSE(j.is_discarded());
  return j;
}

AttributeValue Decoded(const char* text) {
  auto r = DecodeValue(Parse(text));
  INFO(text);
  if (!r.ok()) INFO(r.error().message);
  REQUIRE(r.ok());
  return *r;
}

ApiError DecodeFailure(const json& j) {
  auto r = DecodeValue(j);
  INFO(j.dump());
  REQUIRE_FALSE(r.ok());
  return r.error();
}

std::string ValidationMessage(const char* text) {
  const ApiError e = DecodeFailure(Parse(text));
  CHECK(e.type == ErrorType::kValidation);
  return e.message;
}

// `depth` lists nested inside each other around a string.
json NestedLists(int depth) {
  json v = {{"S", "leaf"}};
  for (int i = 0; i < depth; ++i) v = json{{"L", json::array({v})}};
  return v;
}

TEST_CASE("Decode reads every scalar type", "[value]") {
  CHECK(Decoded(R"({"S":"hello"})") == AttributeValue("hello"));
  CHECK(Decoded(R"({"N":"1.500"})").n().ToString() == "1.5");
  CHECK(Decoded(R"({"B":"SGVsbG8="})").b().bytes == "Hello");  // raw bytes, not base64
  CHECK(Decoded(R"({"BOOL":true})") == AttributeValue(true));
  CHECK(Decoded(R"({"BOOL":false})") == AttributeValue(false));
  CHECK(Decoded(R"({"NULL":true})").is(ValueType::kNULL));
}

TEST_CASE("Decode allows empty strings, binaries, maps and lists", "[value]") {
  CHECK(Decoded(R"({"S":""})") == AttributeValue(""));
  CHECK(Decoded(R"({"B":""})").b().bytes.empty());
  CHECK(Decoded(R"({"M":{}})").m().empty());
  CHECK(Decoded(R"({"L":[]})").l().empty());
  // §1.1: empty strings and binaries are allowed as set members.
  CHECK(Decoded(R"({"SS":[""]})").is(ValueType::kSS));
  CHECK(Decoded(R"({"BS":[""]})").is(ValueType::kBS));
}

TEST_CASE("Decode reads nested maps and lists", "[value]") {
  const AttributeValue v =
      Decoded(R"({"M":{"a":{"L":[{"N":"1"},{"S":"x"},{"M":{"b":{"BOOL":true}}}]}}})");
  REQUIRE(v.is(ValueType::kM));
  const List& list = v.m().at("a").l();
  REQUIRE(list.size() == 3);
  CHECK(list[0].n().ToString() == "1");
  CHECK(list[1].s() == "x");
  CHECK(list[2].m().at("b") == AttributeValue(true));
}

TEST_CASE("Decode stores sets sorted in key order", "[value]") {
  CHECK(std::get<StringSet>(Decoded(R"({"SS":["b","a","B"]})").v).items ==
        std::vector<std::string>{"B", "a", "b"});
  const AttributeValue number_set = Decoded(R"({"NS":["10","9","-1","0.5"]})");
  const auto& ns = std::get<NumberSet>(number_set.v).items;
  REQUIRE(ns.size() == 4);
  CHECK(ns[0].ToString() == "-1");
  CHECK(ns[1].ToString() == "0.5");
  CHECK(ns[2].ToString() == "9");
  CHECK(ns[3].ToString() == "10");
  // "/w==" is 0xFF, "AA==" is 0x00, "fw==" is 0x7F: unsigned byte order.
  CHECK(std::get<BinarySet>(Decoded(R"({"BS":["/w==","AA==","fw=="]})").v).items ==
        std::vector<std::string>{std::string(1, '\0'), "\x7F", "\xFF"});
}

TEST_CASE("Decode sets compare equal whatever the member order", "[value]") {
  CHECK(Decoded(R"({"SS":["x","y"]})") == Decoded(R"({"SS":["y","x"]})"));
  CHECK(Decoded(R"({"NS":["1.50","2"]})") == Decoded(R"({"NS":["2","1.5"]})"));
}

TEST_CASE("Decode rejects a value with no type", "[value]") {
  CHECK(ValidationMessage("{}") ==
        "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
}

TEST_CASE("Decode rejects a value with two types", "[value]") {
  CHECK(ValidationMessage(R"({"S":"a","N":"1"})") ==
        "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the "
        "supported datatypes");
}

TEST_CASE("Decode treats a member set to JSON null as absent", "[value]") {
  CHECK(Decoded(R"({"S":"a","N":null})") == AttributeValue("a"));
  CHECK(ValidationMessage(R"({"S":null})") ==
        "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
}

TEST_CASE("Decode rejects an unknown type descriptor with a ValidationException", "[value]") {
  const std::string msg = ValidationMessage(R"({"X":"1"})");
  CHECK(msg.find("X") != std::string::npos);
  CHECK(ValidationMessage(R"({"S":"a","STRING":"b"})").find("STRING") != std::string::npos);
}

TEST_CASE("Decode rejects NULL false", "[value]") {
  CHECK(ValidationMessage(R"({"NULL":false})") ==
        "One or more parameter values were invalid: Null attribute value types must have the "
        "value of true");
}

TEST_CASE("Decode rejects empty sets with DynamoDB's messages", "[value]") {
  CHECK(ValidationMessage(R"({"SS":[]})") ==
        "One or more parameter values were invalid: An string set  may not be empty");
  CHECK(ValidationMessage(R"({"NS":[]})") ==
        "One or more parameter values were invalid: An number set  may not be empty");
  CHECK(ValidationMessage(R"({"BS":[]})") ==
        "One or more parameter values were invalid: Binary sets should not be empty");
}

TEST_CASE("Decode rejects duplicate set members and lists the collection", "[value]") {
  CHECK(
      ValidationMessage(R"({"SS":["a","b","a"]})") ==
      "One or more parameter values were invalid: Input collection [a, b, a] contains duplicates.");
  // Numbers are compared as numbers: 1 and 1.0 are the same member.
  CHECK(
      ValidationMessage(R"({"NS":["1","1.0"]})") ==
      "One or more parameter values were invalid: Input collection [1, 1.0] contains duplicates.");
  const std::string bs = ValidationMessage(R"({"BS":["AQ==","AQ=="]})");
  CHECK(bs.rfind("One or more parameter values were invalid: Input collection [AQ==, AQ==]", 0) ==
        0);
  CHECK(bs.find("contains duplicates.") != std::string::npos);
}

TEST_CASE("Decode validates numbers in N and NS", "[value]") {
  CHECK(ValidationMessage(R"({"N":""})") == "The parameter cannot be converted to a numeric value");
  CHECK(ValidationMessage(R"({"N":"abc"})")
            .rfind("The parameter cannot be converted to a numeric value", 0) == 0);
  CHECK(ValidationMessage(R"({"N":"1E+126"})") ==
        "Number overflow. Attempting to store a number with magnitude larger than supported range");
  CHECK(
      ValidationMessage(R"({"NS":["1","1E-131"]})") ==
      "Number underflow. Attempting to store a number with magnitude smaller than supported range");
  CHECK(ValidationMessage(R"({"NS":["3.14159265358979323846264338327950288419"]})") ==
        "Attempting to store more than 38 significant digits in a Number");
}

TEST_CASE("Decode accepts documents nested 32 levels and rejects deeper ones", "[value]") {
  const std::string too_deep =
      "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels "
      "beyond supported limit";
  CHECK(DecodeValue(NestedLists(32)).ok());
  const ApiError e = DecodeFailure(NestedLists(33));
  CHECK(e.type == ErrorType::kValidation);
  CHECK(e.message == too_deep);
  // In an item the item itself is the first level, so an attribute holds 31 more.
  CHECK(DecodeItem(json{{"a", NestedLists(31)}}).ok());
  auto item = DecodeItem(json{{"a", NestedLists(32)}});
  REQUIRE_FALSE(item.ok());
  CHECK(item.error().message == too_deep);
}

TEST_CASE("Decode reports the nesting error before a bad value deep inside", "[value]") {
  json v = {{"N", "abc"}};
  for (int i = 0; i < 40; ++i) v = json{{"M", {{"n", v}}}};
  CHECK(DecodeFailure(v).message.rfind("Nesting Levels have exceeded supported limits", 0) == 0);
}

TEST_CASE("Decode rejects wrong JSON types as serialization errors without aborting", "[value]") {
  // DynamoDB takes numbers as strings: {"N": 123} is a SerializationException.
  for (const char* text :
       {R"({"N":123})",  R"({"S":5})",    R"({"S":true})",   R"({"S":{}})",
        R"({"S":[]})",   R"({"N":1.5})",  R"({"B":7})",      R"({"BOOL":"true"})",
        R"({"BOOL":1})", R"({"NULL":1})", R"({"NULL":"x"})", R"({"M":[]})",
        R"({"M":"x"})",  R"({"L":{}})",   R"({"L":"x"})",    R"({"SS":"a"})",
        R"({"SS":[1]})", R"({"NS":[1]})", R"({"NS":"1"})",   R"({"BS":[true]})",
        R"({"BS":{}})",  R"("plain")",    R"(42)",           R"([{"S":"a"}])",
        R"(true)"}) {
    INFO(text);
    const ApiError e = DecodeFailure(Parse(text));
    CHECK(e.type == ErrorType::kSerialization);
    CHECK_FALSE(e.message.empty());
  }
}

TEST_CASE("Decode rejects invalid base64 in B and BS", "[value]") {
  // Wrong length, a character outside the alphabet, padding in the middle, non-zero spare bits.
  for (const char* text :
       {R"({"B":"a"})", R"({"B":"Zg="})", R"({"B":"Z$=="})", R"({"B":"Zg==Zg=="})",
        R"({"B":"Zh=="})", R"({"B":"Z==="})", R"({"BS":["Zg==","!!!!"]})"}) {
    INFO(text);
    const ApiError e = DecodeFailure(Parse(text));
    CHECK(e.type == ErrorType::kSerialization);
  }
}

TEST_CASE("DecodeItem reads an object of attribute values", "[value]") {
  auto item =
      DecodeItem(Parse(R"({"pk":{"S":"user#1"},"age":{"N":"42"},"tags":{"SS":["b","a"]}})"));
  REQUIRE(item.ok());
  CHECK(item->size() == 3);
  CHECK(item->at("pk") == AttributeValue("user#1"));
  CHECK(item->at("age").n().ToString() == "42");
  CHECK(DecodeItem(json::object()).ok());
}

TEST_CASE("DecodeItem rejects non-objects and bad attribute values", "[value]") {
  for (const char* text : {R"([])", R"("x")", R"(1)", R"(null)"}) {
    INFO(text);
    auto r = DecodeItem(Parse(text));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().type == ErrorType::kSerialization);
  }
  auto r = DecodeItem(Parse(R"({"a":{"S":"x"},"b":{}})"));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message ==
        "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
  r = DecodeItem(Parse(R"({"a":null})"));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().type == ErrorType::kValidation);
}

TEST_CASE("Encode writes DynamoDB JSON with numbers as strings and binaries in base64", "[value]") {
  CHECK(EncodeValue(AttributeValue("x")) == Parse(R"({"S":"x"})"));
  CHECK(EncodeValue(AttributeValue(Number::FromInt(-120))) == Parse(R"({"N":"-120"})"));
  CHECK(EncodeValue(AttributeValue(Binary{std::string("\xFF\x00", 2)})) ==
        Parse(R"({"B":"/wA="})"));
  CHECK(EncodeValue(AttributeValue(true)) == Parse(R"({"BOOL":true})"));
  CHECK(EncodeValue(AttributeValue()) == Parse(R"({"NULL":true})"));
  CHECK(EncodeValue(AttributeValue(List{})) == Parse(R"({"L":[]})"));
  CHECK(EncodeValue(AttributeValue(Map{})) == Parse(R"({"M":{}})"));
}

TEST_CASE("Encode after decode gives the canonical form of an item", "[value]") {
  const char* input = R"({
    "id": {"S": "a"},
    "n": {"N": "001.500"},
    "big": {"N": "1E+3"},
    "bin": {"B": "AAEC"},
    "flag": {"BOOL": false},
    "nil": {"NULL": true},
    "doc": {"M": {"list": {"L": [{"N": "-0.50"}, {"SS": ["z", "y"]}]}}},
    "ns": {"NS": ["3", "-1", "2.0"]},
    "bs": {"BS": ["Ag==", "AQ=="]}
  })";
  const char* canonical = R"({
    "id": {"S": "a"},
    "n": {"N": "1.5"},
    "big": {"N": "1000"},
    "bin": {"B": "AAEC"},
    "flag": {"BOOL": false},
    "nil": {"NULL": true},
    "doc": {"M": {"list": {"L": [{"N": "-0.5"}, {"SS": ["y", "z"]}]}}},
    "ns": {"NS": ["-1", "2", "3"]},
    "bs": {"BS": ["AQ==", "Ag=="]}
  })";
  auto item = DecodeItem(Parse(input));
  REQUIRE(item.ok());
  const json encoded = EncodeItem(*item);
  CHECK(encoded == Parse(canonical));
  // And the canonical form decodes to the same item.
  auto again = DecodeItem(encoded);
  REQUIRE(again.ok());
  CHECK(*again == *item);
}

TEST_CASE("Base64 matches the RFC 4648 test vectors", "[value]") {
  const std::pair<const char*, const char*> vectors[] = {{"", ""},
                                                         {"f", "Zg=="},
                                                         {"fo", "Zm8="},
                                                         {"foo", "Zm9v"},
                                                         {"foob", "Zm9vYg=="},
                                                         {"fooba", "Zm9vYmE="},
                                                         {"foobar", "Zm9vYmFy"}};
  for (const auto& [plain, encoded] : vectors) {
    INFO(plain);
    CHECK(Base64Encode(plain) == encoded);
    std::string decoded = "junk";
    REQUIRE(Base64Decode(encoded, &decoded));
    CHECK(decoded == plain);
  }
}

TEST_CASE("Base64 round-trips every byte value", "[value]") {
  std::string all;
  for (int i = 0; i < 256; ++i) all.push_back(static_cast<char>(i));
  for (size_t len = 0; len <= all.size(); len += 37) {
    const std::string bytes = all.substr(0, len) + all.substr(all.size() - len % 3);
    std::string decoded;
    REQUIRE(Base64Decode(Base64Encode(bytes), &decoded));
    CHECK(decoded == bytes);
  }
}

TEST_CASE("Base64 decoding rejects malformed text", "[value]") {
  std::string out;
  for (const char* bad :
       {"Zg", "Zg=", "Zg===", "Z===", "Zh==", "Zm9=", "Zm9v!A==", "=Zg=", "Zg==Zg==", "Zm 9v"}) {
    INFO(bad);
    CHECK_FALSE(Base64Decode(bad, &out));
  }
}

}  // namespace
}  // namespace ddb
