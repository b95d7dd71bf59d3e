// The wire door (Engine::HandleText) writes GetItem, Query and Scan responses as text without a
// DOM (api/json_out.h). It must answer byte for byte what the object door answers, dumped: two
// engines take the same requests, one through each door, and every answer is compared.
#include "test_support.h"

#include <string>
#include <utility>
#include <vector>

using namespace ddb;
using namespace ddb::test;

namespace {

// The object door's answer as text: the response dumped as HandleText documents, or the error.
std::string ObjectDoor(Engine& e, std::string_view op, const std::string& text) {
  json request = json::parse(text, nullptr, false);
  if (request.is_discarded()) return "SerializationException";
  auto r = e.Handle(op, request);
  if (!r.ok()) return std::string(ErrorTypeName(r.error().type)) + ": " + r.error().message;
  return r.value().dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string TextDoor(Engine& e, std::string_view op, const std::string& text) {
  auto r = e.HandleText(op, text);
  if (!r.ok()) {
    if (r.error().type == ErrorType::kSerialization && r.error().message == "The request body is not valid JSON")
      return "SerializationException";
    return std::string(ErrorTypeName(r.error().type)) + ": " + r.error().message;
  }
  return r.value();
}

// A table with every kind of index, and items holding every value type and awkward strings.
std::vector<std::pair<std::string, json>> Setup() {
  json create = {
      {"TableName", "Docs"},
      {"AttributeDefinitions",
       {{{"AttributeName", "pk"}, {"AttributeType", "S"}},
        {{"AttributeName", "sk"}, {"AttributeType", "N"}},
        {{"AttributeName", "lsk"}, {"AttributeType", "S"}},
        {{"AttributeName", "gpk"}, {"AttributeType", "S"}}}},
      {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}}, {{"AttributeName", "sk"}, {"KeyType", "RANGE"}}}},
      {"LocalSecondaryIndexes",
       {{{"IndexName", "ByLsk"},
         {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}}, {{"AttributeName", "lsk"}, {"KeyType", "RANGE"}}}},
         {"Projection", {{"ProjectionType", "KEYS_ONLY"}}}}}},
      {"GlobalSecondaryIndexes",
       {{{"IndexName", "ByGpk"},
         {"KeySchema", {{{"AttributeName", "gpk"}, {"KeyType", "HASH"}}}},
         {"Projection", {{"ProjectionType", "ALL"}}},
         {"ProvisionedThroughput", {{"ReadCapacityUnits", 100}, {"WriteCapacityUnits", 100}}}}}},
      {"ProvisionedThroughput", {{"ReadCapacityUnits", 100}, {"WriteCapacityUnits", 100}}}};
  std::vector<std::pair<std::string, json>> steps = {{"CreateTable", create}};
  const std::vector<std::string> odd_strings = {
      "plain", "quote \" and backslash \\", "line\nbreak\ttab\rreturn\b\f", std::string("nul \0 and \x01\x1f", sizeof "nul \0 and \x01\x1f" - 1),
      "na\xc3\xafve \xe2\x98\x83 snowman", "slash / and del \x7f", ""};
  for (int i = 0; i < 12; ++i) {
    json item = {{"pk", {{"S", "user#" + std::to_string(i % 3)}}},
                 {"sk", {{"N", std::to_string(i * 7 - 20) + ".25"}}},
                 {"lsk", {{"S", "l" + std::to_string(11 - i)}}},
                 {"gpk", {{"S", "g" + std::to_string(i % 2)}}},
                 {"text", {{"S", odd_strings[static_cast<size_t>(i) % odd_strings.size()]}}},
                 {"big", {{"N", "-12345678901234567890123456789012345678"}}},
                 {"tiny", {{"N", "1E-130"}}},
                 {"bin", {{"B", "AAEC/w=="}}},
                 {"flag", {{"BOOL", i % 2 == 0}}},
                 {"nothing", {{"NULL", true}}},
                 {"doc", {{"M", {{"a b", {{"L", {{{"N", "1"}}, {{"S", "x\"y"}}, {{"M", json::object()}}}}}},
                                 {"set", {{"SS", {"b", "a", "\xc3\xa9"}}}}}}}},
                 {"nums", {{"NS", {"3", "-1.5", "100"}}}},
                 {"blobs", {{"BS", {"AQ==", "Ag=="}}}},
                 {"empty list", {{"L", json::array()}}},
                 {"name with \"quotes\" and \xe2\x82\xac", {{"S", "v"}}}};
    if (i == 5) item["padding"] = {{"S", std::string(9000, 'p')}};  // several read units
    steps.push_back({"PutItem", {{"TableName", "Docs"}, {"Item", item}}});
  }
  return steps;
}

// Requests whose answers are compared; each builds on the same engine state.
std::vector<std::pair<std::string, json>> Reads() {
  const json key = {{"pk", {{"S", "user#1"}}}, {"sk", {{"N", "-13.25"}}}};
  const json p1 = {{":p", {{"S", "user#1"}}}};
  std::vector<std::pair<std::string, json>> r;
  for (const char* capacity : {"NONE", "TOTAL", "INDEXES"}) {
    r.push_back({"GetItem", {{"TableName", "Docs"}, {"Key", key}, {"ReturnConsumedCapacity", capacity}}});
    r.push_back({"GetItem", {{"TableName", "Docs"}, {"Key", key}, {"ConsistentRead", true}, {"ReturnConsumedCapacity", capacity}}});
    r.push_back({"Query", {{"TableName", "Docs"}, {"KeyConditionExpression", "pk = :p"},
                           {"ExpressionAttributeValues", p1}, {"ReturnConsumedCapacity", capacity}}});
    r.push_back({"Query", {{"TableName", "Docs"}, {"IndexName", "ByLsk"}, {"KeyConditionExpression", "pk = :p"},
                           {"ExpressionAttributeValues", p1}, {"Select", "ALL_ATTRIBUTES"}, {"ReturnConsumedCapacity", capacity}}});
    r.push_back({"Query", {{"TableName", "Docs"}, {"IndexName", "ByGpk"}, {"KeyConditionExpression", "gpk = :g"},
                           {"ExpressionAttributeValues", {{":g", {{"S", "g1"}}}}}, {"ReturnConsumedCapacity", capacity}}});
    r.push_back({"Scan", {{"TableName", "Docs"}, {"ReturnConsumedCapacity", capacity}}});
    r.push_back({"Scan", {{"TableName", "Docs"}, {"IndexName", "ByGpk"}, {"ReturnConsumedCapacity", capacity}}});
  }
  // A miss, projections, COUNT, pages, reverse order, filters, segments.
  r.push_back({"GetItem", {{"TableName", "Docs"}, {"Key", {{"pk", {{"S", "nobody"}}}, {"sk", {{"N", "0"}}}}}}});
  r.push_back({"GetItem", {{"TableName", "Docs"}, {"Key", key}, {"ProjectionExpression", "doc.#ab[1], nums, #n"},
                           {"ExpressionAttributeNames", {{"#ab", "a b"}, {"#n", "nothing"}}}}});
  r.push_back({"Query", {{"TableName", "Docs"}, {"KeyConditionExpression", "pk = :p"}, {"ExpressionAttributeValues", p1},
                         {"ProjectionExpression", "sk, #t"}, {"ExpressionAttributeNames", {{"#t", "text"}}}}});
  r.push_back({"Query", {{"TableName", "Docs"}, {"KeyConditionExpression", "pk = :p"}, {"ExpressionAttributeValues", p1},
                         {"Select", "COUNT"}, {"ReturnConsumedCapacity", "TOTAL"}}});
  r.push_back({"Query", {{"TableName", "Docs"}, {"KeyConditionExpression", "pk = :p AND sk > :s"},
                         {"ExpressionAttributeValues", {{":p", {{"S", "user#2"}}}, {":s", {{"N", "-10"}}}}},
                         {"Limit", 2}, {"ScanIndexForward", false}}});
  r.push_back({"Query", {{"TableName", "Docs"}, {"KeyConditionExpression", "pk = :p"}, {"ExpressionAttributeValues",
                         {{":p", {{"S", "user#0"}}}, {":f", {{"BOOL", true}}}}}, {"FilterExpression", "flag = :f"}}});
  r.push_back({"Scan", {{"TableName", "Docs"}, {"Limit", 3}, {"Segment", 1}, {"TotalSegments", 2}}});
  r.push_back({"Scan", {{"TableName", "Docs"}, {"Select", "COUNT"}}});
  r.push_back({"Scan", {{"TableName", "Docs"}, {"ExclusiveStartKey", key}, {"Limit", 2}}});
  // Errors, answered the same way through both doors.
  r.push_back({"GetItem", {{"TableName", "Missing"}, {"Key", key}}});
  r.push_back({"GetItem", {{"TableName", "Docs"}, {"Key", {{"pk", {{"N", "1"}}}}}}});
  r.push_back({"Query", {{"TableName", "Docs"}, {"KeyConditionExpression", "pk = :nope"}, {"ExpressionAttributeValues", p1}}});
  r.push_back({"Scan", {{"TableName", "Docs"}, {"Segment", 3}, {"TotalSegments", 2}}});
  // Operations without a text writer of their own are dumped: still the same answer.
  r.push_back({"DescribeTable", {{"TableName", "Docs"}}});
  r.push_back({"PutItem", {{"TableName", "Docs"}, {"Item", {{"pk", {{"S", "z"}}}, {"sk", {{"N", "1"}}}}},
                           {"ReturnConsumedCapacity", "INDEXES"}}});
  return r;
}

}  // namespace

TEST_CASE("The text door answers byte for byte what the object door answers", "[api]") {
  Engine object_door, text_door;
  for (const auto& [op, request] : Setup()) {
    auto a = object_door.Handle(op, request);
    INFO(op << ": " << (a.ok() ? "" : a.error().message));
    REQUIRE(a.ok());
    REQUIRE(text_door.Handle(op, request).ok());
    if (op == "CreateTable") {
      object_door.AdvanceClock(60'000);
      text_door.AdvanceClock(60'000);
    }
  }
  object_door.AdvanceClock(60'000);
  text_door.AdvanceClock(60'000);
  int compared = 0;
  for (const auto& [op, request] : Reads()) {
    const std::string text = request.dump();
    INFO(op << " " << text);
    CHECK(TextDoor(text_door, op, text) == ObjectDoor(object_door, op, text));
    ++compared;
  }
  CHECK(compared > 30);
  CHECK(TextDoor(text_door, "Query", "{not json") == "SerializationException");
}

TEST_CASE("The text door writes a GetItem answer as DynamoDB's wire JSON", "[api]") {
  Engine e;
  Call(e, "CreateTable", MusicTableRequest());
  e.AdvanceClock(60'000);
  Call(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("No One You Know", "Call Me Today")}});
  // An eventually consistent read of an item under 4 KB costs half a read unit (dynamodb-model §5.1).
  auto r = e.HandleText("GetItem", R"({"TableName":"Music","ReturnConsumedCapacity":"TOTAL",)"
                                   R"("Key":{"Artist":{"S":"No One You Know"},"SongTitle":{"S":"Call Me Today"}}})");
  REQUIRE(r.ok());
  CHECK(r.value() == R"({"ConsumedCapacity":{"CapacityUnits":0.5,"ReadCapacityUnits":0.5,"TableName":"Music"},)"
                     R"("Item":{"Artist":{"S":"No One You Know"},"SongTitle":{"S":"Call Me Today"}}})");
}

TEST_CASE("The text door escapes a byte that needs it wherever it falls in a string", "[api]") {
  // Strings are checked for escapes eight bytes at a time: each awkward byte (or UTF-8 sequence)
  // at every position of a 17-byte string, so it lands in either word and in the tail.
  Engine e;
  Call(e, "CreateTable", {{"TableName", "Bytes"},
                          {"AttributeDefinitions", {{{"AttributeName", "pk"}, {"AttributeType", "S"}}}},
                          {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}}}},
                          {"BillingMode", "PAY_PER_REQUEST"}});
  e.AdvanceClock(60'000);
  const std::vector<std::string> awkward = {"\"", "\\", "\x01", "\x1f", "\x7f", " ", "/", "\xc3\xa9", "\xe2\x82\xac"};
  int compared = 0;
  for (const std::string& odd : awkward) {
    for (size_t at = 0; at <= 16; ++at) {
      std::string value = std::string(at, 'a') + odd + std::string(16 - at, 'b');
      const std::string key = "k" + std::to_string(compared);
      Call(e, "PutItem", {{"TableName", "Bytes"}, {"Item", {{"pk", {{"S", key}}}, {"v", {{"S", value}}}}}});
      const std::string get = json{{"TableName", "Bytes"}, {"Key", {{"pk", {{"S", key}}}}}}.dump();
      INFO("byte " << static_cast<int>(static_cast<unsigned char>(odd[0])) << " at " << at);
      CHECK(TextDoor(e, "GetItem", get) == ObjectDoor(e, "GetItem", get));
      ++compared;
    }
  }
  CHECK(compared == 9 * 17);
}
