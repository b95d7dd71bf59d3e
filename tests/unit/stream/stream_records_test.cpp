// Stream records (dynamodb-model §8.1, §8.2; Developer Guide "Change data capture for DynamoDB
// Streams"; DynamoDB Streams API reference Record and StreamRecord).
#include "stream_support.h"

#include <regex>

namespace ddb::test {

TEST_CASE("A record has the documented shape", "[stream]") {
  Engine e;
  const std::string arn = CreateStreamTable(e, "Shape", "NEW_AND_OLD_IMAGES");
  e.AdvanceClock(1'999);  // commit at a fractional second
  const int64_t commit_ms = e.now_ms();
  Put(e, "Shape", "k", {{"v", {{"N", "1"}}}});
  json records = ReadStream(e, arn);
  REQUIRE(records.size() == 1);
  const json& r = records[0];
  CHECK(r["eventName"] == "INSERT");
  CHECK(r["eventVersion"] == "1.1");
  CHECK(r["eventSource"] == "aws:dynamodb");
  CHECK(r["awsRegion"] == "ddbviz-local");
  CHECK(std::regex_match(r["eventID"].get<std::string>(), std::regex("[0-9a-f]{32}")));
  const json& d = r["dynamodb"];
  // ApproximateCreationDateTime: epoch seconds, rounded down.
  CHECK(d["ApproximateCreationDateTime"] == 1767225600 + commit_ms / 1000);
  CHECK(d["Keys"] == json{{"pk", {{"S", "k"}}}});
  CHECK(d["NewImage"] == json{{"pk", {{"S", "k"}}}, {"v", {{"N", "1"}}}});
  CHECK_FALSE(d.contains("OldImage"));  // an INSERT has no old image
  CHECK(std::regex_match(d["SequenceNumber"].get<std::string>(), std::regex("[0-9]{21}")));
  CHECK(d["StreamViewType"] == "NEW_AND_OLD_IMAGES");
  // SizeBytes (simulation choice): item sizes of Keys (pk + "k" = 3) and NewImage (3 + v + 1 = 3 + 1 + 2).
  CHECK(d["SizeBytes"] == 3 + 3 + 1 + 2);
}

TEST_CASE("Each view type carries the documented images", "[stream]") {
  struct Case {
    const char* view;
    bool new_image, old_image;
  };
  for (const Case c : {Case{"KEYS_ONLY", false, false}, Case{"NEW_IMAGE", true, false}, Case{"OLD_IMAGE", false, true},
                       Case{"NEW_AND_OLD_IMAGES", true, true}}) {
    INFO(c.view);
    Engine e;
    const std::string arn = CreateStreamTable(e, "Views", c.view);
    Put(e, "Views", "a", {{"v", {{"S", "one"}}}});
    Put(e, "Views", "a", {{"v", {{"S", "two"}}}});
    Delete(e, "Views", "a");
    json records = ReadStream(e, arn);
    REQUIRE(records.size() == 3);
    CHECK(records[0]["eventName"] == "INSERT");
    CHECK(records[1]["eventName"] == "MODIFY");
    CHECK(records[2]["eventName"] == "REMOVE");
    for (const json& r : records) CHECK(r["dynamodb"]["StreamViewType"] == c.view);
    // INSERT has no OldImage, REMOVE no NewImage; otherwise the view type decides.
    CHECK(records[0]["dynamodb"].contains("NewImage") == c.new_image);
    CHECK_FALSE(records[0]["dynamodb"].contains("OldImage"));
    CHECK(records[1]["dynamodb"].contains("NewImage") == c.new_image);
    CHECK(records[1]["dynamodb"].contains("OldImage") == c.old_image);
    CHECK_FALSE(records[2]["dynamodb"].contains("NewImage"));
    CHECK(records[2]["dynamodb"].contains("OldImage") == c.old_image);
    if (c.new_image) CHECK(records[1]["dynamodb"]["NewImage"]["v"]["S"] == "two");
    if (c.old_image) CHECK(records[1]["dynamodb"]["OldImage"]["v"]["S"] == "one");
  }
}

TEST_CASE("The stream snapshot carries a record's images, when asked, as the view type keeps them", "[stream]") {
  // Same rule as GetRecords (StreamViewType, Developer Guide "Change data capture for DynamoDB
  // Streams"): KEYS_ONLY keeps no image; NEW_AND_OLD_IMAGES keeps both, an INSERT has no old image.
  for (const char* view : {"KEYS_ONLY", "NEW_AND_OLD_IMAGES"}) {
    INFO(view);
    const bool images = std::string(view) != "KEYS_ONLY";
    Engine e;
    CreateStreamTable(e, "Snap", view);
    Put(e, "Snap", "a", {{"v", {{"S", "one"}}}});
    Put(e, "Snap", "a", {{"v", {{"S", "two"}}}});
    StreamSnapshot snap;
    REQUIRE(e.SnapshotStream("Snap", &snap));  // without images unless asked
    for (const ShardSnapshot& shard : snap.shards) {
      for (const StreamRecordSummary& r : shard.recent) CHECK((r.new_image.empty() && r.old_image.empty()));
    }
    REQUIRE(e.SnapshotStream("Snap", &snap, 16, /*images=*/true));
    std::vector<StreamRecordSummary> records;
    for (const ShardSnapshot& shard : snap.shards) records.insert(records.end(), shard.recent.begin(), shard.recent.end());
    REQUIRE(records.size() == 2);
    CHECK(records[0].old_image.empty());
    CHECK(records[0].new_image.empty() == !images);
    CHECK(records[1].old_image.empty() == !images);
    if (images) {
      CHECK(json::parse(records[1].new_image)["v"]["S"] == "two");
      CHECK(json::parse(records[1].old_image)["v"]["S"] == "one");
    }
  }
}

TEST_CASE("A write that changes nothing writes no stream record", "[stream]") {
  Engine e;
  const std::string arn = CreateStreamTable(e, "Noop", "NEW_AND_OLD_IMAGES");
  Put(e, "Noop", "a", {{"v", {{"N", "1"}}}});
  Put(e, "Noop", "a", {{"v", {{"N", "1"}}}});  // the same item again
  Put(e, "Noop", "a", {{"v", {{"N", "1.0"}}}});  // an equal number
  Call(e, "UpdateItem", {{"TableName", "Noop"}, {"Key", {{"pk", {{"S", "a"}}}}},
                         {"UpdateExpression", "SET v = :v"}, {"ExpressionAttributeValues", {{":v", {{"N", "1"}}}}}});
  Delete(e, "Noop", "missing");  // deleting nothing
  json records = ReadStream(e, arn);
  REQUIRE(records.size() == 1);
  CHECK(records[0]["eventName"] == "INSERT");
  CHECK(CountEvents(e, EventKind::kStreamRecordAppended) == 1);
}

TEST_CASE("Each change appears exactly once, in order per item, across every write path", "[stream]") {
  Engine e;
  const std::string arn = CreateStreamTable(e, "Order", "NEW_IMAGE", 5, 5);
  // 3 items, each written 5 times through PutItem, UpdateItem and BatchWriteItem, interleaved.
  for (int round = 0; round < 5; ++round) {
    for (const char* key : {"x", "y", "z"}) {
      const json value = {{"N", std::to_string(round)}};
      switch (round % 3) {
        case 0: Put(e, "Order", key, {{"n", value}}); break;
        case 1:
          Call(e, "UpdateItem", {{"TableName", "Order"}, {"Key", {{"pk", {{"S", key}}}}},
                                 {"UpdateExpression", "SET n = :n"}, {"ExpressionAttributeValues", {{":n", value}}}});
          break;
        default:
          Call(e, "BatchWriteItem",
               {{"RequestItems", {{"Order", {{{"PutRequest", {{"Item", {{"pk", {{"S", key}}}, {"n", value}}}}}}}}}}});
      }
    }
  }
  json records = ReadStream(e, arn);
  REQUIRE(records.size() == 15);
  std::map<std::string, int> next_round;
  std::string previous_sequence;
  for (const json& r : records) {
    const std::string key = r["dynamodb"]["Keys"]["pk"]["S"];
    const int round = std::stoi(r["dynamodb"]["NewImage"]["n"]["N"].get<std::string>());
    CHECK(round == next_round[key]++);  // in the order of the modifications, none twice or missing
    CHECK(r["eventName"] == (round == 0 ? "INSERT" : "MODIFY"));
    // Sequence numbers strictly increase (21 zero-padded digits compare as text).
    const std::string seq = r["dynamodb"]["SequenceNumber"];
    CHECK(seq > previous_sequence);
    previous_sequence = seq;
  }
  CHECK(next_round["x"] == 5);
  CHECK(next_round["y"] == 5);
  CHECK(next_round["z"] == 5);
}

TEST_CASE("Writes to a table without a stream record nothing and cost nothing extra", "[stream]") {
  Engine e;
  CreateActive(e, StreamTableRequest("Quiet", ""));
  Put(e, "Quiet", "a");
  CHECK(CountEvents(e, EventKind::kStreamRecordAppended) == 0);
}

}  // namespace ddb::test
