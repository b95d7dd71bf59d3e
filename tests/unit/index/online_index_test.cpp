// UpdateTable GlobalSecondaryIndexUpdates (dynamodb-model §7 "Online GSI creation"; Developer
// Guide, "Adding a global secondary index to an existing table").
#include "index_support.h"

namespace ddb::test {
namespace {

json CreateByGenre(int wcu) {
  return {{"TableName", "Music"},
          {"AttributeDefinitions", {AttrJson("Genre", "S")}},
          {"GlobalSecondaryIndexUpdates",
           {{{"Create", {{"IndexName", "ByGenre"},
                         {"KeySchema", {KeyElementJson("Genre", "HASH")}},
                         {"Projection", {{"ProjectionType", "ALL"}}},
                         {"ProvisionedThroughput", {{"ReadCapacityUnits", 5}, {"WriteCapacityUnits", wcu}}}}}}}}};
}

json GenreIndex(Engine& e) {
  json t = Call(e, "DescribeTable", {{"TableName", "Music"}})["Table"];
  return t.contains("GlobalSecondaryIndexes") ? t["GlobalSecondaryIndexes"][0] : json();
}

}  // namespace

TEST_CASE("An online GSI is created, backfilled at its write capacity, then ACTIVE", "[index]") {
  Engine e;
  CreateActive(e, MusicTableRequest(100, 100));
  for (int i = 0; i < 50; ++i) {
    Call(e, "PutItem", {{"TableName", "Music"}, {"Item", Song(std::string("artist") + std::to_string(i), "t", {{"Genre", S("rock")}})}});
  }
  Call(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("no-genre", "t")}});
  json created = Call(e, "UpdateTable", CreateByGenre(5))["TableDescription"]["GlobalSecondaryIndexes"][0];
  // First CREATING with Backfilling=false while resources are allocated.
  CHECK(created["IndexStatus"] == "CREATING");
  CHECK(created["Backfilling"] == false);
  json query = {{"TableName", "Music"}, {"IndexName", "ByGenre"}, {"KeyConditionExpression", "Genre = :g"},
                {"ExpressionAttributeValues", {{":g", S("rock")}}}};
  CHECK(CallErr(e, "Query", query).message == "Cannot read from backfilling global secondary index: ByGenre");
  // "You can create or delete only one global secondary index per UpdateTable operation" (and
  // not while another one is being created).
  json second = CreateByGenre(5);
  second["GlobalSecondaryIndexUpdates"][0]["Create"]["IndexName"] = "ByGenre2";
  CHECK(CallErr(e, "UpdateTable", second).type == ErrorType::kLimitExceeded);
  // While allocating, the index cannot be deleted.
  CHECK(CallErr(e, "UpdateTable", {{"TableName", "Music"},
                                   {"GlobalSecondaryIndexUpdates", {{{"Delete", {{"IndexName", "ByGenre"}}}}}}})
            .type == ErrorType::kResourceInUse);
  e.AdvanceClock(4000);
  CHECK(GenreIndex(e)["Backfilling"] == true);
  // 50 one-WCU entries at 5 WCU/s take about 10 s: not done after 5 s (simulation choice 27:
  // the backfill rate is bounded by the index's WCU).
  e.AdvanceClock(5000);
  CHECK(GenreIndex(e)["IndexStatus"] == "CREATING");
  e.AdvanceClock(20'000);
  json active = GenreIndex(e);
  CHECK(active["IndexStatus"] == "ACTIVE");
  CHECK_FALSE(active.contains("Backfilling"));
  json result = Call(e, "Query", query);
  CHECK(result["Count"] == 50);  // the item without Genre is not in the index
  // The new index key is now enforced on writes.
  CHECK(CallErr(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("x", "y", {{"Genre", N("1")}})}}).type ==
        ErrorType::kValidation);
}

TEST_CASE("Deleting a GSI: DELETING, then gone; updating its throughput", "[index]") {
  Engine e;
  CreateActive(e, MusicTableRequest(100, 100));
  Call(e, "UpdateTable", CreateByGenre(5));
  e.AdvanceClock(60'000);
  REQUIRE(GenreIndex(e)["IndexStatus"] == "ACTIVE");
  json update = {{"TableName", "Music"},
                 {"GlobalSecondaryIndexUpdates",
                  {{{"Update", {{"IndexName", "ByGenre"},
                                {"ProvisionedThroughput", {{"ReadCapacityUnits", 5}, {"WriteCapacityUnits", 50}}}}}}}}};
  Call(e, "UpdateTable", update);
  CHECK(GenreIndex(e)["IndexStatus"] == "UPDATING");
  e.AdvanceClock(10'000);
  CHECK(GenreIndex(e)["IndexStatus"] == "ACTIVE");
  CHECK(GenreIndex(e)["ProvisionedThroughput"]["WriteCapacityUnits"] == 50);
  Call(e, "UpdateTable", {{"TableName", "Music"}, {"GlobalSecondaryIndexUpdates", {{{"Delete", {{"IndexName", "ByGenre"}}}}}}});
  CHECK(GenreIndex(e)["IndexStatus"] == "DELETING");
  e.AdvanceClock(10'000);
  CHECK(GenreIndex(e).is_null());
  CHECK(CallErr(e, "UpdateTable", {{"TableName", "Music"},
                                   {"GlobalSecondaryIndexUpdates", {{{"Delete", {{"IndexName", "ByGenre"}}}}}}})
            .type == ErrorType::kResourceNotFound);
}

}  // namespace ddb::test
