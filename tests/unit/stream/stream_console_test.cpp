// The DynamoDB Streams walk-through typed into the console as AWS CLI commands (AWS CLI
// reference: aws dynamodb update-table --stream-specification, aws dynamodbstreams list-streams /
// describe-stream / get-shard-iterator / get-records), and stream determinism.
#include "stream_support.h"

namespace ddb::test {

TEST_CASE("aws dynamodbstreams commands read a stream from the console", "[stream]") {
  Engine e;
  CreateActive(e, StreamTableRequest("Music", ""));
  json updated = RunConsoleOk(e, "aws dynamodb update-table --table-name Music "
                          "--stream-specification StreamEnabled=true,StreamViewType=NEW_AND_OLD_IMAGES");
  const std::string arn = updated["TableDescription"]["LatestStreamArn"];
  Put(e, "Music", "song");
  json streams = RunConsoleOk(e, "aws dynamodbstreams list-streams --table-name Music")["Streams"];
  REQUIRE(streams.size() == 1);
  CHECK(streams[0]["StreamArn"] == arn);
  json shards = RunConsoleOk(e, "aws dynamodbstreams describe-stream --stream-arn " + arn)["StreamDescription"]["Shards"];
  REQUIRE(shards.size() == 1);
  const std::string shard = shards[0]["ShardId"];
  const std::string it = RunConsoleOk(e, "aws dynamodbstreams get-shard-iterator --stream-arn " + arn + " --shard-id " + shard +
                                      " --shard-iterator-type TRIM_HORIZON")["ShardIterator"];
  json records = RunConsoleOk(e, "aws dynamodbstreams get-records --shard-iterator '" + it + "' --limit 10")["Records"];
  REQUIRE(records.size() == 1);
  CHECK(records[0]["eventName"] == "INSERT");
  // Each command belongs to its own service, as in the AWS CLI.
  auto wrong = RunConsole(e, "aws dynamodb list-streams");
  REQUIRE_FALSE(wrong.ok());
  CHECK(wrong.error().message.find("aws dynamodbstreams list-streams") != std::string::npos);
  CHECK_FALSE(RunConsole(e, "aws dynamodbstreams list-tables").ok());
}

TEST_CASE("Streams and triggers replay identically from the same seed", "[stream]") {
  auto run = [](uint64_t seed) {
    Engine e(EngineOptions{seed, "real"});
    json r = StreamTableRequest("Src", "NEW_AND_OLD_IMAGES");
    r.erase("ProvisionedThroughput");
    r["BillingMode"] = "PAY_PER_REQUEST";
    CreateActive(e, r);
    Call(e, "CreateStreamTrigger", {{"TriggerName", "random"}, {"TableName", "Src"}, {"StartingPosition", "TRIM_HORIZON"},
                                    {"BatchSize", 3}, {"FailureInjection", {{"FailureRate", 0.3}}}});
    for (int i = 0; i < 40; ++i) {
      Put(e, "Src", "k" + std::to_string(i % 13), {{"n", {{"N", std::to_string(i)}}}});
      e.AdvanceClock(97);
    }
    e.AdvanceClock(5LL * 3600 * 1000);  // through a rollover
    json trigger = Call(e, "DescribeStreamTrigger", {{"TriggerName", "random"}})["StreamTrigger"];
    return std::make_pair(e.events().Hash(), trigger.dump());
  };
  const auto a = run(11), b = run(11), c = run(12);
  CHECK(a == b);
  CHECK(a.first != c.first);  // the seed reaches shard ids, event ids and the failure draws
}

}  // namespace ddb::test

namespace ddb::test {


TEST_CASE("The console completes and writes dynamodbstreams commands", "[stream]") {
  const std::vector<std::string> offered = CompleteConsoleInput("aws dynamodbstreams get-", {});
  CHECK(offered == std::vector<std::string>{"get-records", "get-shard-iterator"});
  CHECK(FormatAsCli("GetRecords", {{"ShardIterator", "abc"}}).rfind("aws dynamodbstreams get-records", 0) == 0);
  CHECK(FormatAsCli("ListTables", json::object()).rfind("aws dynamodb list-tables", 0) == 0);
}

}  // namespace ddb::test
