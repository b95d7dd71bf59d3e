// StreamSpecification on CreateTable/UpdateTable and the stream members of DescribeTable
// (dynamodb-model §8.1; Developer Guide "Enabling a stream"; API reference StreamSpecification).
#include "stream_support.h"

#include <regex>

namespace ddb::test {

TEST_CASE("CreateTable with a StreamSpecification shows the stream in DescribeTable", "[stream]") {
  Engine e;
  CreateActive(e, StreamTableRequest("Orders", "NEW_AND_OLD_IMAGES"));
  json table = Call(e, "DescribeTable", {{"TableName", "Orders"}})["Table"];
  CHECK(table["StreamSpecification"]["StreamEnabled"] == true);
  CHECK(table["StreamSpecification"]["StreamViewType"] == "NEW_AND_OLD_IMAGES");
  // LatestStreamLabel is an ISO 8601 timestamp; LatestStreamArn is the table ARN + "/stream/" + label.
  const std::string label = table["LatestStreamLabel"];
  CHECK(std::regex_match(label, std::regex(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})")));
  CHECK(label == "2026-01-01T00:00:00.000");  // created at virtual time 0 = 2026-01-01T00:00:00Z
  CHECK(table["LatestStreamArn"] == table["TableArn"].get<std::string>() + "/stream/" + label);
}

TEST_CASE("A table without a stream has no stream members", "[stream]") {
  Engine e;
  CreateActive(e, StreamTableRequest("Plain", ""));
  json table = Call(e, "DescribeTable", {{"TableName", "Plain"}})["Table"];
  CHECK_FALSE(table.contains("StreamSpecification"));
  CHECK_FALSE(table.contains("LatestStreamArn"));
  CHECK(Call(e, "ListStreams", json::object())["Streams"].empty());
}

TEST_CASE("StreamSpecification is validated", "[stream]") {
  Engine e;
  json r = StreamTableRequest("Tb1", "");
  r["StreamSpecification"] = {{"StreamEnabled", true}};
  CHECK(CallErr(e, "CreateTable", r).type == ErrorType::kValidation);  // view type required when enabling
  r["StreamSpecification"] = {{"StreamEnabled", true}, {"StreamViewType", "ALL_IMAGES"}};
  CHECK(CallErr(e, "CreateTable", r).type == ErrorType::kValidation);
  r["StreamSpecification"] = {{"StreamViewType", "KEYS_ONLY"}};
  CHECK(CallErr(e, "CreateTable", r).type == ErrorType::kValidation);  // StreamEnabled is required
}

TEST_CASE("UpdateTable enables and disables; the documented errors for a second enable or a missing stream", "[stream]") {
  Engine e;
  CreateActive(e, StreamTableRequest("Tbl", ""));
  // Disabling when there is no stream: ValidationException.
  CHECK(CallErr(e, "UpdateTable", {{"TableName", "Tbl"}, {"StreamSpecification", {{"StreamEnabled", false}}}}).type ==
        ErrorType::kValidation);
  json enabled = Call(e, "UpdateTable", {{"TableName", "Tbl"},
                                         {"StreamSpecification", {{"StreamEnabled", true}, {"StreamViewType", "KEYS_ONLY"}}}});
  const std::string first_arn = enabled["TableDescription"]["LatestStreamArn"];
  // Enabling when a stream is enabled: ResourceInUseException (the view type cannot be edited).
  CHECK(CallErr(e, "UpdateTable", {{"TableName", "Tbl"},
                                   {"StreamSpecification", {{"StreamEnabled", true}, {"StreamViewType", "NEW_IMAGE"}}}})
            .type == ErrorType::kResourceInUse);
  json status = Call(e, "DescribeStream", {{"StreamArn", first_arn}})["StreamDescription"];
  CHECK(status["StreamStatus"] == "ENABLING");
  e.AdvanceClock(10'000);
  CHECK(Call(e, "DescribeStream", {{"StreamArn", first_arn}})["StreamDescription"]["StreamStatus"] == "ENABLED");
  Put(e, "Tbl", "a");

  Call(e, "UpdateTable", {{"TableName", "Tbl"}, {"StreamSpecification", {{"StreamEnabled", false}}}});
  CHECK(Call(e, "DescribeStream", {{"StreamArn", first_arn}})["StreamDescription"]["StreamStatus"] == "DISABLING");
  e.AdvanceClock(10'000);
  CHECK(Call(e, "DescribeStream", {{"StreamArn", first_arn}})["StreamDescription"]["StreamStatus"] == "DISABLED");
  CHECK_FALSE(Call(e, "DescribeTable", {{"TableName", "Tbl"}})["Table"].contains("StreamSpecification"));

  // Re-enabling makes a new stream with a new label and ARN.
  json again = Call(e, "UpdateTable", {{"TableName", "Tbl"},
                                       {"StreamSpecification", {{"StreamEnabled", true}, {"StreamViewType", "NEW_IMAGE"}}}});
  const std::string second_arn = again["TableDescription"]["LatestStreamArn"];
  CHECK(second_arn != first_arn);
  CHECK(again["TableDescription"]["StreamSpecification"]["StreamViewType"] == "NEW_IMAGE");
  json listed = Call(e, "ListStreams", {{"TableName", "Tbl"}})["Streams"];
  REQUIRE(listed.size() == 2);
  CHECK(listed[0]["StreamArn"] == first_arn);
  CHECK(listed[1]["StreamArn"] == second_arn);

  // The old stream's records stay readable after disabling...
  json old_records = ReadStream(e, first_arn);
  REQUIRE(old_records.size() == 1);
  CHECK(old_records[0]["eventName"] == "INSERT");
  // ...for 24 hours, then the disabled stream is gone.
  e.AdvanceClock(24LL * 3600 * 1000);
  CHECK(CallErr(e, "DescribeStream", {{"StreamArn", first_arn}}).type == ErrorType::kResourceNotFound);
  CHECK(Call(e, "ListStreams", {{"TableName", "Tbl"}})["Streams"].size() == 1);
}

TEST_CASE("Deleting a table disables its stream; the records stay readable", "[stream]") {
  Engine e;
  const std::string arn = CreateStreamTable(e, "Gone", "KEYS_ONLY");
  Put(e, "Gone", "x");
  Call(e, "DeleteTable", {{"TableName", "Gone"}});
  e.AdvanceClock(60'000);
  CHECK(Call(e, "DescribeStream", {{"StreamArn", arn}})["StreamDescription"]["StreamStatus"] == "DISABLED");
  CHECK(ReadStream(e, arn).size() == 1);
}

TEST_CASE("ListStreams pages with Limit and ExclusiveStartStreamArn", "[stream]") {
  Engine e;
  CreateStreamTable(e, "Aaa", "KEYS_ONLY");
  CreateStreamTable(e, "Bbb", "KEYS_ONLY");
  CreateStreamTable(e, "Ccc", "KEYS_ONLY");
  json page = Call(e, "ListStreams", {{"Limit", 2}});
  REQUIRE(page["Streams"].size() == 2);
  CHECK(page["Streams"][0]["TableName"] == "Aaa");
  REQUIRE(page.contains("LastEvaluatedStreamArn"));
  json rest = Call(e, "ListStreams", {{"Limit", 2}, {"ExclusiveStartStreamArn", page["LastEvaluatedStreamArn"]}});
  REQUIRE(rest["Streams"].size() == 1);
  CHECK(rest["Streams"][0]["TableName"] == "Ccc");
  CHECK_FALSE(rest.contains("LastEvaluatedStreamArn"));
  CHECK(CallErr(e, "ListStreams", {{"Limit", 101}}).type == ErrorType::kValidation);  // Limit 1..100
}

}  // namespace ddb::test
