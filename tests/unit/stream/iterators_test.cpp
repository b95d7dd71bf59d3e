// Shard iterators and GetRecords (dynamodb-model §8.3; DynamoDB Streams API reference
// GetShardIterator, GetRecords, ExpiredIteratorException, TrimmedDataAccessException).
#include "stream_support.h"

namespace ddb::test {
namespace {

std::string OnlyShard(Engine& e, const std::string& arn) {
  json shards = Shards(e, arn);
  REQUIRE(shards.size() == 1);
  return shards[0]["ShardId"];
}

std::vector<std::string> Keys(const json& records) {
  std::vector<std::string> keys;
  for (const json& r : records) keys.push_back(r["dynamodb"]["Keys"]["pk"]["S"]);
  return keys;
}

json Page(Engine& e, const std::string& iterator, int limit = 0) {
  json r = {{"ShardIterator", iterator}};
  if (limit) r["Limit"] = limit;
  return Call(e, "GetRecords", r);
}

}  // namespace

TEST_CASE("The four shard iterator types start where documented", "[stream]") {
  Engine e;
  const std::string arn = CreateStreamTable(e, "Iter", "KEYS_ONLY");
  const std::string shard = OnlyShard(e, arn);
  Put(e, "Iter", "a");
  Put(e, "Iter", "b");
  Put(e, "Iter", "c");
  json all = Page(e, Iterator(e, arn, shard, "TRIM_HORIZON"));  // the oldest record
  REQUIRE(Keys(all["Records"]) == std::vector<std::string>{"a", "b", "c"});
  const std::string seq_b = all["Records"][1]["dynamodb"]["SequenceNumber"];

  CHECK(Keys(Page(e, Iterator(e, arn, shard, "AT_SEQUENCE_NUMBER", seq_b))["Records"]) == std::vector<std::string>{"b", "c"});
  CHECK(Keys(Page(e, Iterator(e, arn, shard, "AFTER_SEQUENCE_NUMBER", seq_b))["Records"]) == std::vector<std::string>{"c"});
  // LATEST: just after the most recent record, so only what is written afterwards.
  const std::string latest = Iterator(e, arn, shard, "LATEST");
  json empty = Page(e, latest);
  CHECK(empty["Records"].empty());
  CHECK(empty.contains("NextShardIterator"));  // an open shard always gives a next iterator
  Put(e, "Iter", "d");
  CHECK(Keys(Page(e, latest)["Records"]) == std::vector<std::string>{"d"});
}

TEST_CASE("GetShardIterator validates its arguments", "[stream]") {
  Engine e;
  const std::string arn = CreateStreamTable(e, "Bad", "KEYS_ONLY");
  const std::string shard = OnlyShard(e, arn);
  Put(e, "Bad", "a");
  CHECK(CallErr(e, "GetShardIterator", {{"StreamArn", arn}, {"ShardId", shard}, {"ShardIteratorType", "AT_SEQUENCE_NUMBER"}})
            .type == ErrorType::kValidation);  // needs a SequenceNumber
  CHECK(CallErr(e, "GetShardIterator", {{"StreamArn", arn}, {"ShardId", shard}, {"ShardIteratorType", "AT_TIMESTAMP"}})
            .type == ErrorType::kValidation);
  CHECK(CallErr(e, "GetShardIterator", {{"StreamArn", arn}, {"ShardId", shard}, {"ShardIteratorType", "AT_SEQUENCE_NUMBER"},
                                        {"SequenceNumber", "99999999999999999999"}})
            .type == ErrorType::kValidation);  // beyond the shard's range
  CHECK(CallErr(e, "GetShardIterator", {{"StreamArn", arn}, {"ShardId", "shardId-nope"}, {"ShardIteratorType", "LATEST"}})
            .type == ErrorType::kResourceNotFound);
  CHECK(CallErr(e, "GetShardIterator", {{"StreamArn", arn + "x"}, {"ShardId", shard}, {"ShardIteratorType", "LATEST"}})
            .type == ErrorType::kResourceNotFound);
  CHECK(CallErr(e, "GetRecords", {{"ShardIterator", "not an iterator"}}).type == ErrorType::kValidation);
}

TEST_CASE("A shard iterator expires 15 minutes after it was issued", "[stream]") {
  Engine e;
  const std::string arn = CreateStreamTable(e, "Expiry", "KEYS_ONLY");
  const std::string shard = OnlyShard(e, arn);
  Put(e, "Expiry", "a");
  const std::string it = Iterator(e, arn, shard, "TRIM_HORIZON");
  e.AdvanceClock(15 * 60 * 1000);  // exactly 15 minutes: still valid
  json page = Page(e, it);
  CHECK(page["Records"].size() == 1);
  const std::string next = page["NextShardIterator"];
  e.AdvanceClock(1);
  ApiError err = CallErr(e, "GetRecords", {{"ShardIterator", it}});
  CHECK(err.type == ErrorType::kExpiredIterator);
  CHECK(ErrorTypeName(err.type) == "ExpiredIteratorException");
  CHECK(err.message.rfind("The provided iterator exceeds the maximum age allowed.", 0) == 0);
  // NextShardIterator is a fresh iterator, valid for its own 15 minutes.
  CHECK(Page(e, next)["Records"].empty());
  e.AdvanceClock(15 * 60 * 1000);
  CHECK(CallErr(e, "GetRecords", {{"ShardIterator", next}}).type == ErrorType::kExpiredIterator);
}

TEST_CASE("Records are trimmed after 24 hours; reading trimmed data is TrimmedDataAccessException", "[stream]") {
  Engine e;
  const std::string arn = CreateStreamTable(e, "Trim", "KEYS_ONLY");
  const std::string shard = OnlyShard(e, arn);
  Put(e, "Trim", "old");
  const std::string old_seq = Page(e, Iterator(e, arn, shard, "TRIM_HORIZON"))["Records"][0]["dynamodb"]["SequenceNumber"];
  e.AdvanceClock(2LL * 3600 * 1000);  // before the shard rolls over (4 h): same shard
  Put(e, "Trim", "new");
  e.AdvanceClock(22LL * 3600 * 1000 - 60'000);  // 24 h minus a minute after "old": still there
  const std::string early = Iterator(e, arn, shard, "TRIM_HORIZON");
  CHECK(Keys(Page(e, early)["Records"]) == std::vector<std::string>{"old", "new"});
  e.AdvanceClock(2 * 60'000);  // 24 h and a minute: "old" is trimmed, "new" is not
  CHECK(Keys(Page(e, Iterator(e, arn, shard, "TRIM_HORIZON"))["Records"]) == std::vector<std::string>{"new"});
  // An iterator that points at the trimmed record can no longer read it.
  ApiError err = CallErr(e, "GetRecords", {{"ShardIterator", early}});
  CHECK(err.type == ErrorType::kTrimmedDataAccess);
  CHECK(ErrorTypeName(err.type) == "TrimmedDataAccessException");
  CHECK(CallErr(e, "GetShardIterator", {{"StreamArn", arn}, {"ShardId", shard}, {"ShardIteratorType", "AT_SEQUENCE_NUMBER"},
                                        {"SequenceNumber", old_seq}})
            .type == ErrorType::kTrimmedDataAccess);
  StreamSnapshot snap;
  REQUIRE(e.SnapshotStream("Trim", &snap));
  CHECK(snap.shards[0].trimmed_count == 1);
  CHECK(snap.shards[0].record_count == 2);
}

TEST_CASE("GetRecords returns at most Limit records, at most 1000, at most 1 MB", "[stream]") {
  Engine e;
  // 900 WCU keeps one partition (ceil(5/3000 + 900/1000) = 1) with room for large writes.
  const std::string arn = CreateStreamTable(e, "Big", "NEW_IMAGE", 5, 900);
  const std::string shard = OnlyShard(e, arn);
  // Limit: 1..1000 (API reference: "The upper limit is 1000"); above -> LimitExceededException
  // (dynamodb-model §8.3), below 1 -> ValidationException.
  const std::string it = Iterator(e, arn, shard, "TRIM_HORIZON");
  CHECK(CallErr(e, "GetRecords", {{"ShardIterator", it}, {"Limit", 1001}}).type == ErrorType::kLimitExceeded);
  CHECK(CallErr(e, "GetRecords", {{"ShardIterator", it}, {"Limit", 0}}).type == ErrorType::kValidation);
  CHECK(Page(e, it, 1000)["Records"].empty());

  for (int i = 0; i < 5; ++i) Put(e, "Big", "k" + std::to_string(i));
  json two = Page(e, it, 2);
  CHECK(Keys(two["Records"]) == std::vector<std::string>{"k0", "k1"});
  CHECK(Keys(Page(e, two["NextShardIterator"].get<std::string>(), 2)["Records"]) == std::vector<std::string>{"k2", "k3"});

  // 1,500 small records: one call returns the first 1,000.
  for (int i = 5; i < 1500; ++i) {
    Put(e, "Big", "k" + std::to_string(i));
    if (i % 500 == 0) e.AdvanceClock(1000);  // stay under the table's 1,000 WCU per second
  }
  json first = Page(e, Iterator(e, arn, shard, "TRIM_HORIZON"));
  CHECK(first["Records"].size() == 1000);
  CHECK(Page(e, first["NextShardIterator"].get<std::string>())["Records"].size() == 500);

  // 1 MB cap: records of ~300 KB each; three fit in 1 MB, the fourth would cross it.
  Engine big;
  const std::string big_arn = CreateStreamTable(big, "Big", "NEW_IMAGE", 5, 900);
  const std::string big_shard = OnlyShard(big, big_arn);
  for (int i = 0; i < 5; ++i) {
    Put(big, "Big", "b" + std::to_string(i), {{"pad", {{"S", std::string(300 * 1024, 'x')}}}});
    big.AdvanceClock(1000);
  }
  json capped = Page(big, Iterator(big, big_arn, big_shard, "TRIM_HORIZON"));
  CHECK(capped["Records"].size() == 3);
  uint64_t bytes = 0;
  for (const json& r : capped["Records"]) bytes += r["dynamodb"]["SizeBytes"].get<uint64_t>();
  CHECK(bytes <= 1024 * 1024);
  CHECK(Page(big, capped["NextShardIterator"].get<std::string>())["Records"].size() == 2);
}

TEST_CASE("A closed shard read to its end gives no NextShardIterator", "[stream]") {
  Engine e;
  const std::string arn = CreateStreamTable(e, "Closed", "KEYS_ONLY");
  const std::string shard = OnlyShard(e, arn);
  Put(e, "Closed", "a");
  Put(e, "Closed", "b");
  Call(e, "UpdateTable", {{"TableName", "Closed"}, {"StreamSpecification", {{"StreamEnabled", false}}}});
  json shards = Shards(e, arn);
  REQUIRE(shards[0].contains("SequenceNumberRange"));
  CHECK(shards[0]["SequenceNumberRange"].contains("EndingSequenceNumber"));  // closed: start and end
  json page = Page(e, Iterator(e, arn, shard, "TRIM_HORIZON"), 1);
  CHECK(page["Records"].size() == 1);
  REQUIRE(page.contains("NextShardIterator"));  // one record left
  json last = Page(e, page["NextShardIterator"].get<std::string>());
  CHECK(last["Records"].size() == 1);
  CHECK_FALSE(last.contains("NextShardIterator"));  // closed and fully read
  CHECK_FALSE(Page(e, Iterator(e, arn, shard, "LATEST")).contains("NextShardIterator"));
}

}  // namespace ddb::test
