#include "app/item_browser_model.h"

#include <catch2/catch.hpp>

namespace ddb::viz {
namespace {

using nlohmann::json;

json MusicState() {
  return json::parse(R"({"name": "Music", "partitionKey": "Artist", "sortKey": "SongTitle",
    "items": [
      {"hash": "00000000000000aa", "item": {"Artist": {"S": "Acme"}, "SongTitle": {"S": "A"}}},
      {"hash": "00000000000000aa", "item": {"Artist": {"S": "Acme"}, "SongTitle": {"S": "B"}}},
      {"hash": "00000000000000bb", "item": {"Artist": {"S": "Zed"}, "SongTitle": {"S": "C"},
                                             "Year": {"N": "2021"}}}]})");
}

TEST_CASE("Consecutive items sharing a partition key form one item collection", "[viz]") {
  ItemBrowserModel m;
  std::vector<ItemPoint> points = {{0xaa, 0, 30}, {0xaa, 0, 40}, {0xbb, 1, 50}};
  BuildItemBrowserModel(MusicState(), points, &m);
  REQUIRE(m.collections.size() == 2);
  CHECK(m.collections[0].partition_value == "Acme");
  CHECK(m.collections[0].count == 2);
  CHECK(m.collections[0].size_bytes == 70);
  CHECK(m.collections[0].key_hash == 0xaa);
  CHECK(m.collections[1].partition_value == "Zed");
  CHECK(m.collections[1].partition == 1);
  CHECK(m.items[1].sort_value == "B");
  CHECK(m.items[2].size_bytes == 50);
}

TEST_CASE("Item browser rows put a header before each collection and filter items", "[viz]") {
  ItemBrowserModel m;
  BuildItemBrowserModel(MusicState(), {}, &m);
  BuildItemBrowserRows("", &m);
  REQUIRE(m.rows.size() == 5);  // header, A, B, header, C
  CHECK(m.rows[0].header);
  CHECK_FALSE(m.rows[1].header);
  CHECK(m.rows[3].header);
  BuildItemBrowserRows("2021", &m);
  REQUIRE(m.rows.size() == 2);
  CHECK(m.rows[0].header);
  CHECK(m.rows[0].index == 1);
}

TEST_CASE("Attribute text shows scalar values bare", "[viz]") {
  CHECK(AttributeText(json::parse(R"({"S": "Acme"})")) == "Acme");
  CHECK(AttributeText(json::parse(R"({"N": "42"})")) == "42");
  CHECK(AttributeText(json::parse(R"({"BOOL": true})")) == R"({"BOOL":true})");
}

TEST_CASE("The item browser model follows the engine's items without charging capacity", "[viz]") {
  Engine engine;
  REQUIRE(engine.Handle("CreateTable", json::parse(R"({"TableName": "Tiny",
      "AttributeDefinitions": [{"AttributeName": "P", "AttributeType": "S"}],
      "KeySchema": [{"AttributeName": "P", "KeyType": "HASH"}],
      "BillingMode": "PAY_PER_REQUEST"})")).ok());
  engine.AdvanceClock(60000);
  REQUIRE(engine.Handle("PutItem", json::parse(R"({"TableName": "Tiny", "Item": {"P": {"S": "x"}}})")).ok());
  ItemBrowserModel m;
  CHECK(RefreshItemBrowserModel(engine, "Tiny", "", &m));
  uint64_t seq = engine.events().last_seq();
  CHECK_FALSE(RefreshItemBrowserModel(engine, "Tiny", "", &m));  // nothing changed: cached
  CHECK(engine.events().last_seq() == seq);
  REQUIRE(m.items.size() == 1);
  CHECK(m.items[0].partition_value == "x");
  CHECK(m.items[0].size_bytes == 2);  // name "P" (1 byte) + value "x" (1 byte)
  CHECK(m.rows.size() == 1);          // no sort key: no collection headers
}

}  // namespace
}  // namespace ddb::viz
