// Query and Scan: key conditions, order, paging, filters and their capacity (dynamodb-model §3.3,
// §3.4, §5.2).
#include "test_support.h"

using namespace ddb;
using namespace ddb::test;

namespace {

// Songs by one artist with titles "t00".."tNN"; each item exactly `bytes` bytes:
// "Artist"(6)+artist + "SongTitle"(9)+3 + "Blob"(4)+payload.
void PutSongs(Engine& e, const std::string& artist, int n, size_t bytes) {
  for (int i = 0; i < n; ++i) {
    char title[8];
    std::snprintf(title, sizeof title, "t%02d", i);
    const size_t fixed = 6 + artist.size() + 9 + 3 + 4;
    Call(e, "PutItem", {{"TableName", "Music"},
                        {"Item", Song(artist, title, {{"Blob", {{"S", std::string(bytes - fixed, 'x')}}}})}});
    // A minute apart, so even a 100 WCU write has been paid back on the 5-WCU table (no throttling).
    e.AdvanceClock(60'000);
  }
}

json QueryArtist(Engine& e, const std::string& artist, json extra = json::object()) {
  json req = {{"TableName", "Music"},
              {"KeyConditionExpression", "Artist = :a"},
              {"ExpressionAttributeValues", {{":a", {{"S", artist}}}}},
              {"ReturnConsumedCapacity", "TOTAL"}};
  for (auto it = extra.begin(); it != extra.end(); ++it) req[it.key()] = it.value();
  return Call(e, "Query", req);
}

}  // namespace

TEST_CASE("Query sums item sizes before rounding to 4 KB", "[api]") {
  // Documented: 10 items totalling 40.8 KB read together round to 44 KB -> 11 RCU strong, 5.5
  // eventual (dynamodb-model §5.2). 10 x 4,178 B = 41,780 B = 40.8 KB.
  Engine e;
  CreateActive(e, MusicTableRequest());
  PutSongs(e, "Band", 10, 4178);
  json strong = QueryArtist(e, "Band", {{"ConsistentRead", true}});
  CHECK(strong["Count"] == 10);
  CHECK(strong["ScannedCount"] == 10);
  CHECK(strong["ConsumedCapacity"]["CapacityUnits"] == 11.0);
  CHECK(QueryArtist(e, "Band")["ConsumedCapacity"]["CapacityUnits"] == 5.5);
}

TEST_CASE("Query of 1,500 items of 64 bytes costs 24 RCU", "[api]") {
  // Documented: 1,500 x 64 B = 96,000 B ~ 96 KB -> 24 RCU strongly consistent.
  Engine e;
  CreateActive(e, MusicTableRequest());
  for (int i = 0; i < 1500; ++i) {
    char title[8];
    std::snprintf(title, sizeof title, "%04d", i);  // 4 bytes
    // 6+4 ("Band") + 9+4 + 4+37 = 64 bytes
    Call(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("Band", title, {{"Blob", {{"S", std::string(37, 'x')}}}})}});
    e.AdvanceClock(1000);  // 1 WCU per second stays within the table's 5 WCU
  }
  json r = QueryArtist(e, "Band", {{"ConsistentRead", true}, {"Select", "COUNT"}});
  CHECK(r["Count"] == 1500);
  CHECK_FALSE(r.contains("Items"));
  CHECK(r["ConsumedCapacity"]["CapacityUnits"] == 24.0);
}

TEST_CASE("An empty Query still costs the minimum read", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  json r = QueryArtist(e, "Nobody");
  CHECK(r["Count"] == 0);
  CHECK(r["Items"] == json::array());
  CHECK(r["ConsumedCapacity"]["CapacityUnits"] == 0.5);
}

TEST_CASE("Query returns an item collection in sort-key order, either direction", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  for (const char* t : {"b", "a", "C", "c"}) Call(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("Band", t)}});
  Call(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("Other", "a")}});
  auto titles = [](const json& r) {
    std::vector<std::string> out;
    for (const json& item : r["Items"]) out.push_back(item["SongTitle"]["S"]);
    return out;
  };
  // Bytewise UTF-8 order: "C" (0x43) sorts before "a" (0x61).
  CHECK(titles(QueryArtist(e, "Band")) == std::vector<std::string>{"C", "a", "b", "c"});
  CHECK(titles(QueryArtist(e, "Band", {{"ScanIndexForward", false}})) == std::vector<std::string>{"c", "b", "a", "C"});
}

TEST_CASE("Query sort-key conditions select a range", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  PutSongs(e, "Band", 10, 100);
  auto count = [&](const std::string& cond, json values) {
    values[":a"] = {{"S", "Band"}};
    return Call(e, "Query", {{"TableName", "Music"}, {"KeyConditionExpression", "Artist = :a AND " + cond},
                             {"ExpressionAttributeValues", values}})["Count"].get<int>();
  };
  CHECK(count("SongTitle = :t", {{":t", {{"S", "t03"}}}}) == 1);
  CHECK(count("SongTitle < :t", {{":t", {{"S", "t03"}}}}) == 3);
  CHECK(count("SongTitle <= :t", {{":t", {{"S", "t03"}}}}) == 4);
  CHECK(count("SongTitle > :t", {{":t", {{"S", "t03"}}}}) == 6);
  CHECK(count("SongTitle BETWEEN :lo AND :hi", {{":lo", {{"S", "t02"}}}, {":hi", {{"S", "t05"}}}}) == 4);
  CHECK(count("begins_with(SongTitle, :p)", {{":p", {{"S", "t0"}}}}) == 10);
}

TEST_CASE("Query with Limit pages through LastEvaluatedKey", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  PutSongs(e, "Band", 5, 100);
  json page1 = QueryArtist(e, "Band", {{"Limit", 2}});
  CHECK(page1["Count"] == 2);
  REQUIRE(page1.contains("LastEvaluatedKey"));
  CHECK(page1["LastEvaluatedKey"] == json({{"Artist", {{"S", "Band"}}}, {"SongTitle", {{"S", "t01"}}}}));
  json page2 = QueryArtist(e, "Band", {{"Limit", 2}, {"ExclusiveStartKey", page1["LastEvaluatedKey"]}});
  CHECK(page2["Items"][0]["SongTitle"]["S"] == "t02");
  json page3 = QueryArtist(e, "Band", {{"Limit", 2}, {"ExclusiveStartKey", page2["LastEvaluatedKey"]}});
  CHECK(page3["Count"] == 1);
  CHECK_FALSE(page3.contains("LastEvaluatedKey"));
}

TEST_CASE("A Query page stops after 1 MB read", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  PutSongs(e, "Band", 12, 100 * 1024);  // 12 x 100 KB = 1.17 MB
  json page1 = QueryArtist(e, "Band", {{"ConsistentRead", true}});
  // Items are read until 1 MB is reached; the item that crosses it is included: 11 x 100 KB.
  CHECK(page1["Count"] == 11);
  REQUIRE(page1.contains("LastEvaluatedKey"));
  CHECK(page1["ConsumedCapacity"]["CapacityUnits"] == 275.0);  // 1,100 KB / 4 KB
  json page2 = QueryArtist(e, "Band", {{"ExclusiveStartKey", page1["LastEvaluatedKey"]}});
  CHECK(page2["Count"] == 1);
}

TEST_CASE("A filter reduces Count but not ScannedCount or the charge", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  for (int i = 0; i < 6; ++i) {
    Call(e, "PutItem", {{"TableName", "Music"},
                        {"Item", Song("Band", "s" + std::to_string(i), {{"Year", {{"N", std::to_string(2000 + i)}}}})}});
  }
  json unfiltered = QueryArtist(e, "Band");
  json filtered = QueryArtist(e, "Band", {{"FilterExpression", "#y >= :y"}, {"ExpressionAttributeNames", {{"#y", "Year"}}},
                                          {"ExpressionAttributeValues", {{":a", {{"S", "Band"}}}, {":y", {{"N", "2004"}}}}}});
  CHECK(filtered["Count"] == 2);
  CHECK(filtered["ScannedCount"] == 6);
  CHECK(filtered["ConsumedCapacity"] == unfiltered["ConsumedCapacity"]);
}

TEST_CASE("Query validates its key condition and filter", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  CHECK(CallErr(e, "Query", {{"TableName", "Music"}}).type == ErrorType::kValidation);
  CHECK(CallErr(e, "Query", {{"TableName", "Music"}, {"KeyConditionExpression", "SongTitle = :t"},
                             {"ExpressionAttributeValues", {{":t", {{"S", "x"}}}}}})
            .message.find("Query condition missed key schema element") != std::string::npos);
  CHECK(CallErr(e, "Query", {{"TableName", "Music"}, {"KeyConditionExpression", "Artist = :a"},
                             {"FilterExpression", "SongTitle = :a"}, {"ExpressionAttributeValues", {{":a", {{"S", "x"}}}}}})
            .message == "Filter Expression can only contain non-primary key attributes: Primary key attribute: SongTitle");
  CHECK(CallErr(e, "Query", {{"TableName", "Music"}, {"KeyConditionExpression", "Artist = :a"},
                             {"ExpressionAttributeValues", {{":a", {{"S", "x"}}}, {":unused", {{"S", "y"}}}}}})
            .message == "Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}");
  CHECK(CallErr(e, "Query", {{"TableName", "Music"}, {"KeyConditionExpression", "Artist = :a"}, {"Limit", 0},
                             {"ExpressionAttributeValues", {{":a", {{"S", "x"}}}}}}).type == ErrorType::kValidation);
  CHECK(CallErr(e, "Query", {{"TableName", "Music"}, {"KeyConditionExpression", "Artist = :a"},
                             {"ExclusiveStartKey", Song("Other", "x")}, {"ExpressionAttributeValues", {{":a", {{"S", "x"}}}}}})
            .message == "The provided starting key is outside query boundaries based on provided conditions");
}

TEST_CASE("Scan reads every item once, in hash order, and charges what it read", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  for (int i = 0; i < 40; ++i) Call(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("a" + std::to_string(i), "t")}});
  json all = Call(e, "Scan", {{"TableName", "Music"}, {"ReturnConsumedCapacity", "TOTAL"}});
  CHECK(all["Count"] == 40);
  uint64_t previous = 0;
  for (const json& item : all["Items"]) {
    const uint64_t h = Engine::HashKey(AttributeValue(item["Artist"]["S"].get<std::string>()));
    CHECK(h >= previous);
    previous = h;
  }
  // 40 items of 6+2..3 + 9+1 bytes = 18..19 B each, well under 4 KB in total: 0.5 RCU.
  CHECK(all["ConsumedCapacity"]["CapacityUnits"] == 0.5);
}

TEST_CASE("Parallel scan segments partition the table", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  for (int i = 0; i < 100; ++i) Call(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("a" + std::to_string(i), "t")}});
  int total = 0;
  for (int seg = 0; seg < 4; ++seg) {
    json r = Call(e, "Scan", {{"TableName", "Music"}, {"Segment", seg}, {"TotalSegments", 4}});
    total += r["Count"].get<int>();
    for (const json& item : r["Items"]) {
      const uint64_t h = Engine::HashKey(AttributeValue(item["Artist"]["S"].get<std::string>()));
      CHECK(h / (UINT64_MAX / 4 + 1) == static_cast<uint64_t>(seg));
    }
  }
  CHECK(total == 100);
  CHECK(CallErr(e, "Scan", {{"TableName", "Music"}, {"Segment", 1}}).type == ErrorType::kValidation);
  CHECK(CallErr(e, "Scan", {{"TableName", "Music"}, {"Segment", 4}, {"TotalSegments", 4}}).message ==
        "The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 4 is not less than "
        "TotalSegments: 4");
}

TEST_CASE("Scan pages with Limit and may filter on key attributes", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  for (int i = 0; i < 7; ++i) Call(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("a" + std::to_string(i), "t")}});
  int seen = 0, pages = 0;
  json start;
  do {
    json req = {{"TableName", "Music"}, {"Limit", 3}};
    if (!start.is_null()) req["ExclusiveStartKey"] = start;
    json r = Call(e, "Scan", req);
    seen += r["Count"].get<int>();
    ++pages;
    start = r.contains("LastEvaluatedKey") ? r["LastEvaluatedKey"] : json();
  } while (!start.is_null());
  CHECK(seen == 7);
  CHECK(pages == 3);
  json filtered = Call(e, "Scan", {{"TableName", "Music"}, {"FilterExpression", "Artist = :a"},
                                   {"ExpressionAttributeValues", {{":a", {{"S", "a3"}}}}}});
  CHECK(filtered["Count"] == 1);
  CHECK(filtered["ScannedCount"] == 7);
}

TEST_CASE("Select and ProjectionExpression shape the returned items", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  Call(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("Band", "x", {{"Year", {{"N", "1999"}}}, {"Genre", {{"S", "Rock"}}}})}});
  json r = QueryArtist(e, "Band", {{"ProjectionExpression", "#y, Genre"}, {"ExpressionAttributeNames", {{"#y", "Year"}}}});
  CHECK(r["Items"][0] == json({{"Year", {{"N", "1999"}}}, {"Genre", {{"S", "Rock"}}}}));
  CHECK(CallErr(e, "Query", {{"TableName", "Music"}, {"KeyConditionExpression", "Artist = :a"}, {"Select", "SPECIFIC_ATTRIBUTES"},
                             {"ExpressionAttributeValues", {{":a", {{"S", "x"}}}}}}).type == ErrorType::kValidation);
  CHECK(CallErr(e, "Query", {{"TableName", "Music"}, {"KeyConditionExpression", "Artist = :a"},
                             {"Select", "ALL_PROJECTED_ATTRIBUTES"}, {"ExpressionAttributeValues", {{":a", {{"S", "x"}}}}}})
            .message == "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
}
