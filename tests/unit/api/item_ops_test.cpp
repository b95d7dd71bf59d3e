// Single-item operations and their capacity charges (dynamodb-model §3.2, §5.2).
#include "test_support.h"

using namespace ddb;
using namespace ddb::test;

namespace {

// An item of exactly `bytes` bytes by DynamoDB's size rules: "Artist"(6)+"a"(1) +
// "SongTitle"(9)+"b"(1) + "Blob"(4)+payload.
json SizedSong(size_t bytes) {
  return Song("a", "b", {{"Blob", {{"S", std::string(bytes - 21, 'x')}}}});
}

json Key(const std::string& artist, const std::string& title) {
  return {{"Artist", {{"S", artist}}}, {"SongTitle", {{"S", title}}}};
}

}  // namespace

TEST_CASE("PutItem then GetItem returns the item", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  json item = Song("No One You Know", "Call Me Today", {{"AlbumTitle", {{"S", "Somewhat Famous"}}},
                                                        {"Awards", {{"N", "1"}}}});
  CHECK(Call(e, "PutItem", {{"TableName", "Music"}, {"Item", item}}) == json::object());
  json got = Call(e, "GetItem", {{"TableName", "Music"}, {"Key", Key("No One You Know", "Call Me Today")}});
  CHECK(got["Item"] == item);
}

TEST_CASE("GetItem of a missing item has no Item member and costs the minimum", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  json r = Call(e, "GetItem", {{"TableName", "Music"}, {"Key", Key("x", "y")}, {"ReturnConsumedCapacity", "TOTAL"}});
  CHECK_FALSE(r.contains("Item"));
  CHECK(r["ConsumedCapacity"]["CapacityUnits"] == 0.5);
  r = Call(e, "GetItem", {{"TableName", "Music"}, {"Key", Key("x", "y")}, {"ConsistentRead", true},
                        {"ReturnConsumedCapacity", "TOTAL"}});
  CHECK(r["ConsumedCapacity"]["CapacityUnits"] == 1.0);
}

TEST_CASE("GetItem charges per 4 KB, halved for eventual consistency", "[api]") {
  // Documented: a 10 KB item rounds to 12 KB = 3 RCU strong, 1.5 RCU eventual; 3,500 B = 1 RCU.
  Engine e;
  CreateActive(e, MusicTableRequest());
  Call(e, "PutItem", {{"TableName", "Music"}, {"Item", SizedSong(10 * 1024)}});
  json strong = Call(e, "GetItem", {{"TableName", "Music"}, {"Key", Key("a", "b")}, {"ConsistentRead", true},
                                  {"ReturnConsumedCapacity", "TOTAL"}});
  CHECK(strong["ConsumedCapacity"]["CapacityUnits"] == 3.0);
  CHECK(strong["ConsumedCapacity"]["ReadCapacityUnits"] == 3.0);
  CHECK(strong["ConsumedCapacity"]["TableName"] == "Music");
  json eventual = Call(e, "GetItem", {{"TableName", "Music"}, {"Key", Key("a", "b")}, {"ReturnConsumedCapacity", "TOTAL"}});
  CHECK(eventual["ConsumedCapacity"]["CapacityUnits"] == 1.5);
  Call(e, "PutItem", {{"TableName", "Music"}, {"Item", SizedSong(3500)}});
  json small = Call(e, "GetItem", {{"TableName", "Music"}, {"Key", Key("a", "b")}, {"ConsistentRead", true},
                                 {"ReturnConsumedCapacity", "TOTAL"}});
  CHECK(small["ConsumedCapacity"]["CapacityUnits"] == 1.0);
}

TEST_CASE("PutItem charges the larger of the old and new item per 1 KB", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  auto put = [&](size_t bytes) {
    return Call(e, "PutItem", {{"TableName", "Music"}, {"Item", SizedSong(bytes)}, {"ReturnConsumedCapacity", "TOTAL"}})
        ["ConsumedCapacity"]["WriteCapacityUnits"];
  };
  CHECK(put(500) == 1.0);       // new item of 500 B -> 1 WCU
  CHECK(put(1024) == 1.0);      // exactly 1 KB -> 1 WCU
  CHECK(put(1025) == 2.0);      // just over -> 2 WCU
  CHECK(put(100) == 2.0);       // replacing a 1,025 B item: max(1025, 100) -> 2 WCU
  CHECK(put(3 * 1024 + 1) == 4.0);
}

TEST_CASE("ReturnConsumedCapacity INDEXES adds the per-table breakdown", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  json r = Call(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("a", "b")}, {"ReturnConsumedCapacity", "INDEXES"}});
  CHECK(r["ConsumedCapacity"]["Table"]["CapacityUnits"] == 1.0);
  json none = Call(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("a", "b")}, {"ReturnConsumedCapacity", "NONE"}});
  CHECK_FALSE(none.contains("ConsumedCapacity"));
  CHECK(CallErr(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("a", "b")}, {"ReturnConsumedCapacity", "ALL"}}).type ==
        ErrorType::kValidation);
}

TEST_CASE("PutItem with ReturnValues ALL_OLD returns the replaced item", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  json first = Song("a", "b", {{"Year", {{"N", "2001"}}}});
  CHECK_FALSE(Call(e, "PutItem", {{"TableName", "Music"}, {"Item", first}, {"ReturnValues", "ALL_OLD"}}).contains("Attributes"));
  json r = Call(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("a", "b")}, {"ReturnValues", "ALL_OLD"}});
  CHECK(r["Attributes"] == first);
  CHECK(CallErr(e, "PutItem", {{"TableName", "Music"}, {"Item", first}, {"ReturnValues", "ALL_NEW"}}).message ==
        "ReturnValues can only be ALL_OLD or NONE");
}

TEST_CASE("PutItem validates the key attributes of the item", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  SECTION("missing key") {
    CHECK(CallErr(e, "PutItem", {{"TableName", "Music"}, {"Item", {{"Artist", {{"S", "a"}}}}}}).message ==
          "One or more parameter values were invalid: Missing the key SongTitle in the item");
  }
  SECTION("wrong key type") {
    CHECK(CallErr(e, "PutItem", {{"TableName", "Music"}, {"Item", {{"Artist", {{"N", "1"}}}, {"SongTitle", {{"S", "b"}}}}}})
              .message == "One or more parameter values were invalid: Type mismatch for key Artist expected: S actual: N");
  }
  SECTION("empty string key") {
    CHECK(CallErr(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("", "b")}}).message ==
          "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty "
          "string value. Key: Artist");
  }
  SECTION("partition key over 2048 bytes") {
    CHECK(CallErr(e, "PutItem", {{"TableName", "Music"}, {"Item", Song(std::string(2049, 'k'), "b")}}).message ==
          "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes");
    Call(e, "PutItem", {{"TableName", "Music"}, {"Item", Song(std::string(2048, 'k'), "b")}});
  }
  SECTION("sort key over 1024 bytes") {
    CHECK(CallErr(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("a", std::string(1025, 's'))}}).message ==
          "One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of "
          "1024 bytes");
  }
}

TEST_CASE("PutItem enforces the 400 KB item limit", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  Call(e, "PutItem", {{"TableName", "Music"}, {"Item", SizedSong(400 * 1024)}});
  ApiError err = CallErr(e, "PutItem", {{"TableName", "Music"}, {"Item", SizedSong(400 * 1024 + 1)}});
  CHECK(err.type == ErrorType::kValidation);
  CHECK(err.message == "Item size has exceeded the maximum allowed size");
}

TEST_CASE("A Key must match the schema exactly", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  const std::string msg = "The provided key element does not match the schema";
  CHECK(CallErr(e, "GetItem", {{"TableName", "Music"}, {"Key", {{"Artist", {{"S", "a"}}}}}}).message == msg);
  json extra = Key("a", "b");
  extra["Year"] = {{"N", "1"}};
  CHECK(CallErr(e, "GetItem", {{"TableName", "Music"}, {"Key", extra}}).message == msg);
  CHECK(CallErr(e, "DeleteItem", {{"TableName", "Music"}, {"Key", {{"Artist", {{"N", "1"}}}, {"SongTitle", {{"S", "b"}}}}}})
            .message == msg);
}

TEST_CASE("DeleteItem removes the item and is idempotent", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  json item = SizedSong(2048 + 10);
  Call(e, "PutItem", {{"TableName", "Music"}, {"Item", item}});
  json r = Call(e, "DeleteItem", {{"TableName", "Music"}, {"Key", Key("a", "b")}, {"ReturnValues", "ALL_OLD"},
                                {"ReturnConsumedCapacity", "TOTAL"}});
  CHECK(r["Attributes"] == item);
  CHECK(r["ConsumedCapacity"]["WriteCapacityUnits"] == 3.0);  // 2,058 B -> 3 KB -> 3 WCU
  json again = Call(e, "DeleteItem", {{"TableName", "Music"}, {"Key", Key("a", "b")}, {"ReturnConsumedCapacity", "TOTAL"}});
  CHECK_FALSE(again.contains("Attributes"));
  CHECK(again["ConsumedCapacity"]["WriteCapacityUnits"] == 1.0);
  CHECK_FALSE(Call(e, "GetItem", {{"TableName", "Music"}, {"Key", Key("a", "b")}}).contains("Item"));
}

TEST_CASE("Requests on a missing table are ResourceNotFoundException", "[api]") {
  Engine e;
  CHECK(CallErr(e, "GetItem", {{"TableName", "Nope"}, {"Key", Key("a", "b")}}).type == ErrorType::kResourceNotFound);
  CHECK(CallErr(e, "DescribeTable", {{"TableName", "Nope"}}).type == ErrorType::kResourceNotFound);
}

TEST_CASE("Items land in the partition owning their key hash", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest(6000, 2000));  // ceil(6000/3000 + 2000/1000) = 4 partitions
  for (int i = 0; i < 200; ++i) Call(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("artist" + std::to_string(i), "t")}});
  TableSnapshot snap;
  REQUIRE(e.SnapshotTable("Music", &snap));
  REQUIRE(snap.partitions.size() == 4);
  uint64_t total = 0;
  for (const auto& p : snap.partitions) {
    CHECK(p.item_count > 20);  // a good hash spreads 200 keys over 4 ranges
    total += p.item_count;
  }
  CHECK(total == 200);
  for (const ItemPoint& pt : e.ItemPoints("Music")) {
    const auto& p = snap.partitions[static_cast<size_t>(pt.partition)];
    CHECK(pt.key_hash >= p.hash_lo);
    CHECK(pt.key_hash <= p.hash_hi);
  }
}
