// ParseConsoleInput beyond the documentation examples: prefixes, flags, member typing, paging
// options, raw JSON requests, and the errors a learner gets for common mistakes.
#include "console_test_support.h"

namespace ddb {
namespace {

using testing::Contains;
using testing::ErrorOffset;
using testing::ExpectError;
using testing::ExpectRequest;

TEST_CASE("console accepts commands with or without the aws dynamodb prefix", "[cli]") {
  const char* expected = R"({"TableName": "Music"})";
  ExpectRequest("aws dynamodb describe-table --table-name Music", "DescribeTable", expected);
  ExpectRequest("describe-table --table-name Music", "DescribeTable", expected);
  ExpectRequest("dynamodb describe-table --table-name Music", "DescribeTable", expected);
  ExpectRequest("$ aws dynamodb describe-table --table-name Music", "DescribeTable", expected);
}

TEST_CASE("the ddbviz extension operations are accepted in raw JSON form", "[cli]") {
  ExpectRequest(R"(DescribePartitions {"TableName": "Music"})", "DescribePartitions", R"({"TableName": "Music"})");
  ExpectRequest(R"(StartWorkload {"TableName": "Music", "WorkloadName": "w", "Rate": {"Shape": "STEADY", "RequestsPerSecond": 5}})",
                "StartWorkload",
                R"({"TableName": "Music", "WorkloadName": "w", "Rate": {"Shape": "STEADY", "RequestsPerSecond": 5}})");
  ExpectRequest("ListWorkloads {}", "ListWorkloads", "{}");
}

TEST_CASE("boolean members are flags with a --no- form", "[cli]") {
  ExpectRequest("scan --table-name T --consistent-read", "Scan",
                R"({"TableName": "T", "ConsistentRead": true})");
  ExpectRequest("scan --table-name T --no-consistent-read", "Scan",
                R"({"TableName": "T", "ConsistentRead": false})");
  ExpectRequest("query --table-name T --key-condition-expression \"a = :a\" --no-scan-index-forward",
                "Query", R"({"TableName": "T", "KeyConditionExpression": "a = :a", "ScanIndexForward": false})");
}

TEST_CASE("integer members are sent as JSON numbers", "[cli]") {
  ExpectRequest("scan --table-name T --limit 25 --segment 1 --total-segments 4 --select COUNT", "Scan",
                R"({"TableName": "T", "Limit": 25, "Segment": 1, "TotalSegments": 4, "Select": "COUNT"})");
}

TEST_CASE("--option=value is the same as --option value", "[cli]") {
  ExpectRequest("list-tables --limit=5 --exclusive-start-table-name=Music", "ListTables",
                R"({"Limit": 5, "ExclusiveStartTableName": "Music"})");
}

TEST_CASE("--max-items is sent as Limit and the note says why", "[cli]") {
  ConsoleRequest r = ExpectRequest("aws dynamodb list-tables --max-items 2", "ListTables", R"({"Limit": 2})");
  REQUIRE(r.notes.size() == 1);
  CHECK(Contains(r.notes[0], "--max-items 2"));
  CHECK(Contains(r.notes[0], "Limit"));
  // An explicit page size wins; --max-items is then only a note.
  ConsoleRequest both = ExpectRequest("scan --table-name T --max-items 3 --page-size 2", "Scan",
                                      R"({"TableName": "T", "Limit": 2})");
  CHECK(both.notes.size() == 2);
}

TEST_CASE("--starting-token decodes the CLI's token into ExclusiveStartKey", "[cli]") {
  // base64 of {"ExclusiveStartKey": {"Artist": {"S": "Acme Band"}}}
  ExpectRequest("query --table-name Music --key-condition-expression \"Artist = :a\" "
                "--starting-token eyJFeGNsdXNpdmVTdGFydEtleSI6IHsiQXJ0aXN0IjogeyJTIjogIkFjbWUgQmFuZCJ9fX0=",
                "Query", R"({"TableName": "Music", "KeyConditionExpression": "Artist = :a",
      "ExclusiveStartKey": {"Artist": {"S": "Acme Band"}}})");
  // For ListTables the token is the table name to start after.
  ExpectRequest("list-tables --starting-token=Music", "ListTables", R"({"ExclusiveStartTableName": "Music"})");
  ApiError error = ExpectError("query --table-name Music --key-condition-expression x --starting-token abc");
  CHECK(Contains(error.message, "--exclusive-start-key"));
}

TEST_CASE("global CLI options are accepted and reported as ignored", "[cli]") {
  ConsoleRequest r = ExpectRequest(
      "aws dynamodb list-tables --endpoint-url http://localhost:8000 --output json --debug --no-cli-pager",
      "ListTables", "{}");
  CHECK(r.notes.size() == 4);
  CHECK(Contains(r.notes[0], "http://localhost:8000"));
}

TEST_CASE("--cli-input-json supplies members that options override", "[cli]") {
  ExpectRequest(R"(list-tables --cli-input-json '{"Limit": 3, "ExclusiveStartTableName": "M"}' --limit 4)",
                "ListTables", R"({"Limit": 4, "ExclusiveStartTableName": "M"})");
}

TEST_CASE("list options take JSON objects one per word", "[cli]") {
  ExpectRequest(R"(create-table --table-name T --attribute-definitions '{"AttributeName":"A","AttributeType":"S"}' --key-schema '{"AttributeName":"A","KeyType":"HASH"}' --billing-mode PAY_PER_REQUEST)",
                "CreateTable", R"({"TableName": "T",
      "AttributeDefinitions": [{"AttributeName": "A", "AttributeType": "S"}],
      "KeySchema": [{"AttributeName": "A", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST"})");
}

TEST_CASE("lists of strings take one word per element and keep commas", "[cli]") {
  ExpectRequest("untag-resource --resource-arn arn:aws:dynamodb:us-east-1:1:table/T --tag-keys a b,c",
                "UntagResource", R"({"ResourceArn": "arn:aws:dynamodb:us-east-1:1:table/T", "TagKeys": ["a", "b,c"]})");
}

TEST_CASE("timestamps accept ISO 8601 and become epoch seconds", "[cli]") {
  // 2020-01-01T00:00:00Z = 1577836800 and 2020-03-01 = 1583020800 (the reference's list-backups bounds).
  ExpectRequest("list-backups --time-range-lower-bound 2020-01-01T00:00:00Z --time-range-upper-bound 2020-03-01",
                "ListBackups", R"({"TimeRangeLowerBound": 1577836800, "TimeRangeUpperBound": 1583020800})");
}

TEST_CASE("raw JSON: operation name followed by its request, over several lines", "[cli]") {
  ExpectRequest("PutItem {\"TableName\": \"Music\",\n  \"Item\": {\"Artist\": {\"S\": \"No One You Know\"},\n"
                "           \"SongTitle\": {\"S\": \"Call Me Today\"}}}",
                "PutItem", R"({"TableName": "Music", "Item": {"Artist": {"S": "No One You Know"},
                                                              "SongTitle": {"S": "Call Me Today"}}})");
  ExpectRequest("ListTables {}", "ListTables", "{}");
  ExpectRequest("DynamoDB_20120810.DescribeTable {\"TableName\": \"Music\"}", "DescribeTable",
                R"({"TableName": "Music"})");
  ExpectRequest("describe-table {\"TableName\": \"Music\"}", "DescribeTable", R"({"TableName": "Music"})");
}

TEST_CASE("raw JSON: malformed JSON reports the offset of the bad character", "[cli]") {
  const std::string text = R"(PutItem {"TableName": "Music", "Item": {"Artist" {"S": "x"}}})";
  ApiError error = ExpectError(text);
  CHECK(Contains(error.message, "not valid JSON"));
  // The parser stops at the '{' where a ':' should have been.
  CHECK(ErrorOffset(error) == text.find("{\"S\""));
}

TEST_CASE("raw JSON: unknown operation names suggest the closest", "[cli]") {
  ApiError error = ExpectError(R"(PutItems {"TableName": "Music"})");
  CHECK(Contains(error.message, "Did you mean PutItem?"));
  CHECK(ErrorOffset(error) == 0);
}

TEST_CASE("file:// arguments are refused with a paste-inline hint", "[cli]") {
  const std::string text = "aws dynamodb put-item --table-name Music --item file://item.json";
  ApiError error = ExpectError(text);
  CHECK(Contains(error.message, "file:// is not available in ddbviz; paste the JSON inline"));
  CHECK(ErrorOffset(error) == text.find("file://"));
  CHECK(Contains(ExpectError("batch-get-item --request-items fileb://x").message, "fileb://"));
  CHECK(Contains(ExpectError("list-tables --cli-input-json file://in.json").message, "file://"));
}

TEST_CASE("unknown commands and options suggest the closest spelling", "[cli]") {
  const std::string command = "aws dynamodb put-itme --table-name Music";
  ApiError bad_command = ExpectError(command);
  CHECK(Contains(bad_command.message, "Did you mean put-item?"));
  CHECK(ErrorOffset(bad_command) == command.find("put-itme"));
  const std::string option = "aws dynamodb put-item --tabel-name Music --item '{}'";
  ApiError bad_option = ExpectError(option);
  CHECK(Contains(bad_option.message, "Did you mean --table-name?"));
  CHECK(ErrorOffset(bad_option) == option.find("--tabel-name"));
  CHECK(Contains(ExpectError("PutItem --table-name x").message, "put-item"));
}

TEST_CASE("a value glued to its option is pointed out", "[cli]") {
  // The reference's restore-table-from-backup example lost a space: --backup-arnarn:aws:...
  ApiError error = ExpectError(
      "aws dynamodb restore-table-from-backup --target-table-name MusicCollection "
      "--backup-arnarn:aws:dynamodb:us-west-2:123456789012:table/MusicCollection/backup/01576616366715-b4e58d3a");
  CHECK(Contains(error.message, "Is a space missing after --backup-arn?"));
}

TEST_CASE("text that is not UTF-8 is rejected at its offset", "[cli]") {
  const std::string text = "put-item --table-name Music --item '{\"A\": {\"S\": \"\xC3\"}}'";
  ApiError error = ExpectError(text);
  CHECK(Contains(error.message, "UTF-8"));
  CHECK(ErrorOffset(error) == text.find('\xC3'));
  ExpectError("describe-table --table-name Caf\xE9");
}

TEST_CASE("missing required options are named", "[cli]") {
  ApiError error = ExpectError("aws dynamodb get-item --table-name Music");
  CHECK(error.message == "get-item needs --key.");
  CHECK(ExpectError("put-item").message == "put-item needs --table-name and --item.");
}

TEST_CASE("a value after a flag is explained", "[cli]") {
  const std::string text = "get-item --table-name Music --consistent-read true --key '{}'";
  ApiError error = ExpectError(text);
  CHECK(Contains(error.message, "--consistent-read is a flag"));
  CHECK(ErrorOffset(error) == text.find("true"));
}

TEST_CASE("an unquoted value with spaces is explained", "[cli]") {
  const std::string text = "query --table-name Music --key-condition-expression Artist = :a";
  ApiError error = ExpectError(text);
  CHECK(Contains(error.message, "takes one value"));
  CHECK(ErrorOffset(error) == text.find(" = ") + 1);
}

TEST_CASE("malformed JSON in an option points into the option's value", "[cli]") {
  const std::string text = R"(put-item --table-name Music --item '{"Artist": {"S": "x"}, }')";
  ApiError error = ExpectError(text);
  CHECK(Contains(error.message, "--item is not valid JSON"));
  CHECK(ErrorOffset(error) == text.rfind('}'));
}

TEST_CASE("JSON typed without single quotes gets a quoting hint", "[cli]") {
  // The shell removes the double quotes, so the CLI would receive {Artist:{S:x}}.
  ApiError error = ExpectError(R"(get-item --table-name Music --key {"Artist":{"S":"x"}})");
  CHECK(Contains(error.message, "single quotes"));
}

TEST_CASE("shorthand type errors name the member", "[cli]") {
  ApiError error = ExpectError(
      "create-table --table-name T --provisioned-throughput ReadCapacityUnits=five,WriteCapacityUnits=5");
  CHECK(Contains(error.message, "ReadCapacityUnits expects an integer, got 'five'"));
  CHECK(Contains(ExpectError("scan --table-name T --limit ten").message, "--limit: Limit expects an integer"));
}

TEST_CASE("an option given twice is an error", "[cli]") {
  CHECK(Contains(ExpectError("describe-table --table-name A --table-name B").message, "given twice"));
}

TEST_CASE("other AWS services and chained commands are refused", "[cli]") {
  CHECK(Contains(ExpectError("aws s3 ls").message, "DynamoDB only"));
  CHECK(Contains(ExpectError("list-tables; list-tables").message, "one request at a time"));
  CHECK(Contains(ExpectError("list-tables && list-tables").message, "one request at a time"));
  CHECK(Contains(ExpectError("list-tables > out.json").message, "redirections"));
  CHECK(Contains(ExpectError("list-tables aws dynamodb list-tables").message, "one command at a time"));
}

TEST_CASE("empty input and unterminated quotes are errors, never crashes", "[cli]") {
  CHECK(Contains(ExpectError("").message, "aws dynamodb"));
  CHECK(Contains(ExpectError("   \n ").message, "aws dynamodb"));
  const std::string open = "describe-table --table-name 'Music";
  CHECK(ErrorOffset(ExpectError(open)) == open.find('\''));
  ExpectError("PutItem {");
  ExpectError("put-item --item '{\"a\": {\"S\": \"\\u12\"}}' --table-name T");
  ExpectError("create-table --provisioned-throughput 'ReadCapacityUnits=[1,{' --table-name T");
  ExpectError("create-table --provisioned-throughput '=' --table-name T");
  ExpectError("--table-name");
  ExpectError("aws");
  ExpectError("aws dynamodb");
  ExpectError("wait");
  ExpectError("wait table-vanished --table-name T");
}

TEST_CASE("help lists the options of a command", "[cli]") {
  ApiError error = ExpectError("aws dynamodb delete-table help");
  CHECK(error.message == "delete-table options: --table-name.");
}

}  // namespace
}  // namespace ddb
