// Stream shards: one open shard per partition, lineage across partition splits, rollover, and
// DescribeStream's paging and ShardFilter (dynamodb-model §8.3, simulation choice 18; DynamoDB
// Streams API reference DescribeStream, Shard, ShardFilter).
#include "stream_support.h"

namespace ddb::test {
namespace {

int PartitionOfKey(Engine& e, const std::string& table, const std::string& key) {
  TableSnapshot snap;
  REQUIRE(e.SnapshotTable(table, &snap));
  const uint64_t h = Engine::HashKey(AttributeValue(key));
  for (const PartitionSnapshot& p : snap.partitions) {
    if (h >= p.hash_lo && h <= p.hash_hi) return p.id;
  }
  FAIL("no partition owns the key");
  return -1;
}

}  // namespace

TEST_CASE("One open shard per partition; a record goes to its item's partition's shard", "[stream]") {
  Engine e;
  json r = StreamTableRequest("OnDemand", "KEYS_ONLY");
  r.erase("ProvisionedThroughput");
  r["BillingMode"] = "PAY_PER_REQUEST";  // 4 partitions (simulation choice 2)
  CreateActive(e, r);
  const std::string arn = Call(e, "DescribeTable", {{"TableName", "OnDemand"}})["Table"]["LatestStreamArn"];
  json shards = Shards(e, arn);
  CHECK(shards.size() == 4);
  for (const json& shard : shards) {
    CHECK_FALSE(shard.contains("ParentShardId"));
    CHECK_FALSE(shard["SequenceNumberRange"].contains("EndingSequenceNumber"));  // open: start only
  }
  for (int i = 0; i < 20; ++i) Put(e, "OnDemand", "key" + std::to_string(i));
  StreamSnapshot snap;
  REQUIRE(e.SnapshotStream("OnDemand", &snap));
  size_t total = 0;
  for (const ShardSnapshot& shard : snap.shards) {
    for (const StreamRecordSummary& rec : shard.recent) {
      const std::string key = json::parse(rec.keys)["pk"]["S"];
      CHECK(PartitionOfKey(e, "OnDemand", key) == shard.partition);
      ++total;
    }
  }
  CHECK(total == 20);
}

TEST_CASE("A partition split closes its shard and opens one child shard per child partition", "[stream]") {
  Engine e;
  const std::string arn = CreateStreamTable(e, "Split", "NEW_IMAGE", 5, 500);  // 1 partition
  json before = Shards(e, arn);
  REQUIRE(before.size() == 1);
  const std::string parent = before[0]["ShardId"];
  Put(e, "Split", "item", {{"n", {{"N", "1"}}}});
  // 1,500 WCU needs ceil(5/3000 + 1500/1000) = 2 partitions: the partition splits.
  Call(e, "UpdateTable", {{"TableName", "Split"}, {"ProvisionedThroughput", {{"ReadCapacityUnits", 5}, {"WriteCapacityUnits", 1500}}}});
  e.AdvanceClock(60'000);
  Put(e, "Split", "item", {{"n", {{"N", "2"}}}});

  json after = Shards(e, arn);
  REQUIRE(after.size() == 3);
  CHECK(after[0]["ShardId"] == parent);
  CHECK(after[0]["SequenceNumberRange"].contains("EndingSequenceNumber"));  // closed
  for (int i = 1; i <= 2; ++i) {
    CHECK(after[i]["ParentShardId"] == parent);
    CHECK_FALSE(after[i]["SequenceNumberRange"].contains("EndingSequenceNumber"));
  }
  json children = Call(e, "DescribeStream", {{"StreamArn", arn}, {"ShardFilter", {{"Type", "CHILD_SHARDS"}, {"ShardId", parent}}}})
                      ["StreamDescription"]["Shards"];
  CHECK(children.size() == 2);
  // Parent first, then children: the item's two versions come back in order.
  json records = ReadStream(e, arn);
  REQUIRE(records.size() == 2);
  CHECK(records[0]["dynamodb"]["NewImage"]["n"]["N"] == "1");
  CHECK(records[1]["dynamodb"]["NewImage"]["n"]["N"] == "2");
  CHECK(CountEvents(e, EventKind::kShardClosed) == 1);
  CHECK(CountEvents(e, EventKind::kShardOpened) == 3);
}

TEST_CASE("Every open shard rolls over to a child shard every 4 hours", "[stream]") {
  Engine e;
  const std::string arn = CreateStreamTable(e, "Roll", "KEYS_ONLY");
  const std::string first = Shards(e, arn)[0]["ShardId"];
  e.AdvanceClock(4LL * 3600 * 1000 - 120'000);  // just before 4 hours after the stream was enabled
  CHECK(Shards(e, arn).size() == 1);
  e.AdvanceClock(120'000);
  json shards = Shards(e, arn);
  REQUIRE(shards.size() == 2);
  CHECK(shards[0]["SequenceNumberRange"].contains("EndingSequenceNumber"));
  CHECK(shards[1]["ParentShardId"] == first);
  e.AdvanceClock(4LL * 3600 * 1000);
  shards = Shards(e, arn);
  REQUIRE(shards.size() == 3);
  CHECK(shards[2]["ParentShardId"] == shards[1]["ShardId"]);
  // Records written in each period read back in order, parents first.
  Put(e, "Roll", "late");
  json records = ReadStream(e, arn);
  REQUIRE(records.size() == 1);
  CHECK(records[0]["dynamodb"]["Keys"]["pk"]["S"] == "late");
}

TEST_CASE("Closed shards disappear once their records are trimmed, 24 hours after closing", "[stream]") {
  Engine e;
  const std::string arn = CreateStreamTable(e, "Drop", "KEYS_ONLY");
  e.AdvanceClock(30LL * 3600 * 1000);
  // Rollovers at 4, 8, ..., 28 h: 7 closed shards and 1 open one. The shard closed at 4 h is more
  // than 24 h closed and empty, so it is gone; the ones closed at 8 h and later remain.
  json shards = Shards(e, arn);
  REQUIRE(shards.size() == 7);
  const std::string gone_parent = shards[0]["ParentShardId"];
  for (const json& shard : shards) CHECK(shard["ShardId"] != gone_parent);
  CHECK_FALSE(shards[6]["SequenceNumberRange"].contains("EndingSequenceNumber"));
}

TEST_CASE("DescribeStream pages shards with Limit and ExclusiveStartShardId", "[stream]") {
  Engine e;
  json r = StreamTableRequest("Paged", "KEYS_ONLY");
  r.erase("ProvisionedThroughput");
  r["BillingMode"] = "PAY_PER_REQUEST";
  CreateActive(e, r);
  const std::string arn = Call(e, "DescribeTable", {{"TableName", "Paged"}})["Table"]["LatestStreamArn"];
  json page = Call(e, "DescribeStream", {{"StreamArn", arn}, {"Limit", 3}})["StreamDescription"];
  CHECK(page["Shards"].size() == 3);
  REQUIRE(page.contains("LastEvaluatedShardId"));
  CHECK(page["StreamStatus"] == "ENABLED");
  CHECK(page["TableName"] == "Paged");
  CHECK(page["KeySchema"][0]["AttributeName"] == "pk");
  json rest = Call(e, "DescribeStream", {{"StreamArn", arn}, {"Limit", 3}, {"ExclusiveStartShardId", page["LastEvaluatedShardId"]}})
                  ["StreamDescription"];
  CHECK(rest["Shards"].size() == 1);
  CHECK_FALSE(rest.contains("LastEvaluatedShardId"));
  // Limit: 1..100 shards.
  CHECK(CallErr(e, "DescribeStream", {{"StreamArn", arn}, {"Limit", 101}}).type == ErrorType::kValidation);
  CHECK(CallErr(e, "DescribeStream", {{"StreamArn", arn}, {"ShardFilter", {{"Type", "PARENT_SHARDS"}, {"ShardId", "x"}}}}).type ==
        ErrorType::kValidation);
}

}  // namespace ddb::test
