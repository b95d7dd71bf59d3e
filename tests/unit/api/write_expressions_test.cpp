// Conditional writes, UpdateItem and the batch operations (dynamodb-model §3.2, §3.5, §4, §5.2).
#include "test_support.h"

using namespace ddb;
using namespace ddb::test;

namespace {

json Key(const std::string& artist, const std::string& title) {
  return {{"Artist", {{"S", artist}}}, {"SongTitle", {{"S", title}}}};
}

json SizedSong(const std::string& title, size_t bytes) {  // "Artist"+"a" + "SongTitle"+title + "Filler"+payload
  return Song("a", title, {{"Filler", {{"S", std::string(bytes - 7 - 9 - title.size() - 6, 'x')}}}});
}

int64_t LastWriteUnits(const Engine& e) { return e.events().all().back().write_units; }

}  // namespace

TEST_CASE("attribute_not_exists makes PutItem insert-only", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  json put = {{"TableName", "Music"}, {"Item", Song("a", "b")}, {"ConditionExpression", "attribute_not_exists(Artist)"}};
  Call(e, "PutItem", put);
  ApiError err = CallErr(e, "PutItem", put);
  CHECK(err.type == ErrorType::kConditionalCheckFailed);
  CHECK(err.message == "The conditional request failed");
}

TEST_CASE("A failed conditional write is still charged", "[api]") {
  // Documented: a failed conditional write consumes capacity; 1 WCU when the item does not exist,
  // by the item's size when it does (a 2 KB item -> 2 WCU).
  Engine e;
  CreateActive(e, MusicTableRequest());
  CallErr(e, "DeleteItem", {{"TableName", "Music"}, {"Key", Key("a", "b")}, {"ConditionExpression", "attribute_exists(Artist)"}});
  CHECK(e.events().all().back().kind == EventKind::kConditionFailed);
  CHECK(LastWriteUnits(e) == 1);
  Call(e, "PutItem", {{"TableName", "Music"}, {"Item", SizedSong("b", 2048)}});
  CallErr(e, "DeleteItem", {{"TableName", "Music"}, {"Key", Key("a", "b")}, {"ConditionExpression", "attribute_not_exists(Artist)"}});
  CHECK(LastWriteUnits(e) == 2);
}

TEST_CASE("ReturnValuesOnConditionCheckFailure returns the current item with the error", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  json item = Song("a", "b", {{"Plays", {{"N", "3"}}}});
  Call(e, "PutItem", {{"TableName", "Music"}, {"Item", item}});
  ApiError err = CallErr(e, "UpdateItem", {{"TableName", "Music"}, {"Key", Key("a", "b")},
                                           {"UpdateExpression", "SET Plays = :z"}, {"ConditionExpression", "Plays > :n"},
                                           {"ExpressionAttributeValues", {{":z", {{"N", "0"}}}, {":n", {{"N", "10"}}}}},
                                           {"ReturnValuesOnConditionCheckFailure", "ALL_OLD"}});
  CHECK(err.type == ErrorType::kConditionalCheckFailed);
  CHECK(err.extra["Item"] == item);
  CHECK(err.ToJson()["__type"] == "com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException");
}

TEST_CASE("UpdateItem is an upsert and returns what ReturnValues asks for", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  json created = Call(e, "UpdateItem", {{"TableName", "Music"}, {"Key", Key("a", "b")},
                                        {"UpdateExpression", "SET AlbumTitle = :t, Plays = :one"},
                                        {"ExpressionAttributeValues", {{":t", {{"S", "Songs About Life"}}}, {":one", {{"N", "1"}}}}},
                                        {"ReturnValues", "ALL_NEW"}});
  CHECK(created["Attributes"] == Song("a", "b", {{"AlbumTitle", {{"S", "Songs About Life"}}}, {"Plays", {{"N", "1"}}}}));
  json updated = Call(e, "UpdateItem", {{"TableName", "Music"}, {"Key", Key("a", "b")},
                                        {"UpdateExpression", "SET Plays = Plays + :one"},
                                        {"ExpressionAttributeValues", {{":one", {{"N", "1"}}}}}, {"ReturnValues", "UPDATED_NEW"}});
  CHECK(updated["Attributes"] == json({{"Plays", {{"N", "2"}}}}));
  json old = Call(e, "UpdateItem", {{"TableName", "Music"}, {"Key", Key("a", "b")}, {"UpdateExpression", "REMOVE AlbumTitle"},
                                    {"ReturnValues", "UPDATED_OLD"}});
  CHECK(old["Attributes"] == json({{"AlbumTitle", {{"S", "Songs About Life"}}}}));
  json none = Call(e, "UpdateItem", {{"TableName", "Music"}, {"Key", Key("a", "b")}, {"UpdateExpression", "SET Plays = :one"},
                                     {"ExpressionAttributeValues", {{":one", {{"N", "1"}}}}}});
  CHECK_FALSE(none.contains("Attributes"));
}

TEST_CASE("UpdateItem cannot change key attributes", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  CHECK(CallErr(e, "UpdateItem", {{"TableName", "Music"}, {"Key", Key("a", "b")}, {"UpdateExpression", "SET Artist = :x"},
                                  {"ExpressionAttributeValues", {{":x", {{"S", "z"}}}}}})
            .message == "One or more parameter values were invalid: Cannot update attribute Artist. This attribute is part of the key");
}

TEST_CASE("UpdateItem charges the larger of the item before and after", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  Call(e, "PutItem", {{"TableName", "Music"}, {"Item", SizedSong("b", 3000)}});
  json r = Call(e, "UpdateItem", {{"TableName", "Music"}, {"Key", Key("a", "b")}, {"UpdateExpression", "REMOVE Filler"},
                                  {"ReturnConsumedCapacity", "TOTAL"}});
  CHECK(r["ConsumedCapacity"]["WriteCapacityUnits"] == 3.0);  // before: 3,000 B -> 3 WCU
  json grow = Call(e, "UpdateItem", {{"TableName", "Music"}, {"Key", Key("a", "b")}, {"UpdateExpression", "SET Filler = :b"},
                                     {"ExpressionAttributeValues", {{":b", {{"S", std::string(5000, 'y')}}}}},
                                     {"ReturnConsumedCapacity", "TOTAL"}});
  CHECK(grow["ConsumedCapacity"]["WriteCapacityUnits"] == 5.0);  // after: 7 + 10 + 6 + 5,000 = 5,023 B -> 5 WCU
}

TEST_CASE("UpdateItem refuses an item growing past 400 KB", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  Call(e, "PutItem", {{"TableName", "Music"}, {"Item", SizedSong("b", 400 * 1024 - 10)}});
  CHECK(CallErr(e, "UpdateItem", {{"TableName", "Music"}, {"Key", Key("a", "b")}, {"UpdateExpression", "SET More = :m"},
                                  {"ExpressionAttributeValues", {{":m", {{"S", "0123456789"}}}}}})
            .message == "Item size to update has exceeded the maximum allowed size");
}

TEST_CASE("Expression and legacy parameters cannot be mixed; unsupported legacy ones say so", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  CHECK(CallErr(e, "GetItem", {{"TableName", "Music"}, {"Key", Key("a", "b")}, {"AttributesToGet", {"Artist"}},
                               {"ProjectionExpression", "Artist"}})
            .message.rfind("Can not use both expression and non-expression parameters in the same request", 0) == 0);
  CHECK(CallErr(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("a", "b")},
                               {"Expected", {{"Artist", {{"Exists", false}}}}}})
            .message.find("use ConditionExpression") != std::string::npos);
  // AttributesToGet is translated into a projection.
  Call(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("a", "b", {{"Year", {{"N", "1"}}}})}});
  json r = Call(e, "GetItem", {{"TableName", "Music"}, {"Key", Key("a", "b")}, {"AttributesToGet", {"Year"}}});
  CHECK(r["Item"] == json({{"Year", {{"N", "1"}}}}));
}

TEST_CASE("BatchWriteItem rounds each write to 1 KB and sums per table", "[api]") {
  // Documented: a 500 B put and a 3.5 KB put cost 1 + 4 = 5 WCU.
  Engine e;
  CreateActive(e, MusicTableRequest());
  json r = Call(e, "BatchWriteItem", {{"RequestItems", {{"Music", {{{"PutRequest", {{"Item", SizedSong("x", 500)}}}},
                                                                   {{"PutRequest", {{"Item", SizedSong("y", 3584)}}}}}}}},
                                      {"ReturnConsumedCapacity", "TOTAL"}});
  CHECK(r["UnprocessedItems"] == json::object());
  REQUIRE(r["ConsumedCapacity"].is_array());
  CHECK(r["ConsumedCapacity"][0]["TableName"] == "Music");
  CHECK(r["ConsumedCapacity"][0]["CapacityUnits"] == 5.0);
  json del = Call(e, "BatchWriteItem", {{"RequestItems", {{"Music", {{{"DeleteRequest", {{"Key", Key("a", "x")}}}}}}}}});
  CHECK(del["UnprocessedItems"] == json::object());
  CHECK_FALSE(Call(e, "GetItem", {{"TableName", "Music"}, {"Key", Key("a", "x")}}).contains("Item"));
}

TEST_CASE("BatchWriteItem limits and duplicate keys", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  json many = json::array();
  for (int i = 0; i < 26; ++i) many.push_back({{"PutRequest", {{"Item", Song("a", std::to_string(i))}}}});
  CHECK(CallErr(e, "BatchWriteItem", {{"RequestItems", {{"Music", many}}}}).type == ErrorType::kValidation);
  json dup = {{{"PutRequest", {{"Item", Song("a", "b")}}}}, {{"DeleteRequest", {{"Key", Key("a", "b")}}}}};
  CHECK(CallErr(e, "BatchWriteItem", {{"RequestItems", {{"Music", dup}}}}).message ==
        "Provided list of item keys contains duplicates");
  // Nothing was applied by the refused batches.
  CHECK(Call(e, "Scan", {{"TableName", "Music"}})["Count"] == 0);
}

TEST_CASE("BatchGetItem rounds each item to 4 KB and omits missing items", "[api]") {
  // Documented: 1.5 KB + 6.5 KB -> 4 KB + 8 KB = 12 KB -> 3 RCU strongly consistent.
  Engine e;
  CreateActive(e, MusicTableRequest());
  Call(e, "PutItem", {{"TableName", "Music"}, {"Item", SizedSong("x", 1536)}});
  Call(e, "PutItem", {{"TableName", "Music"}, {"Item", SizedSong("y", 6656)}});
  json r = Call(e, "BatchGetItem", {{"RequestItems", {{"Music", {{"Keys", {Key("a", "x"), Key("a", "y")}}, {"ConsistentRead", true}}}}},
                                    {"ReturnConsumedCapacity", "TOTAL"}});
  CHECK(r["Responses"]["Music"].size() == 2);
  CHECK(r["ConsumedCapacity"][0]["CapacityUnits"] == 3.0);
  CHECK(r["UnprocessedKeys"] == json::object());
  // A missing key is omitted but still costs the minimum: 0.5 RCU eventually consistent.
  json missing = Call(e, "BatchGetItem", {{"RequestItems", {{"Music", {{"Keys", {Key("a", "nope")}}}}}},
                                          {"ReturnConsumedCapacity", "TOTAL"}});
  CHECK(missing["Responses"]["Music"] == json::array());
  CHECK(missing["ConsumedCapacity"][0]["CapacityUnits"] == 0.5);
}

TEST_CASE("BatchGetItem limits and duplicate keys", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  json keys = json::array();
  for (int i = 0; i < 101; ++i) keys.push_back(Key("a", std::to_string(i)));
  CHECK(CallErr(e, "BatchGetItem", {{"RequestItems", {{"Music", {{"Keys", keys}}}}}}).message ==
        "Too many items requested for the BatchGetItem call");
  CHECK(CallErr(e, "BatchGetItem", {{"RequestItems", {{"Music", {{"Keys", {Key("a", "b"), Key("a", "b")}}}}}}}).message ==
        "Provided list of item keys contains duplicates");
}
