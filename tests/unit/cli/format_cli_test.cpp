// FormatAsCli: requests shown as AWS CLI commands in the documentation's style, and parsed back.
#include "console_test_support.h"

namespace ddb {
namespace {

using testing::Json;

TEST_CASE("format: short requests fit on one line, --table-name first", "[cli]") {
  CHECK(FormatAsCli("DescribeTable", Json(R"({"TableName": "Music"})")) ==
        "aws dynamodb describe-table --table-name Music");
  CHECK(FormatAsCli("ListTables", Json("{}")) == "aws dynamodb list-tables");
  CHECK(FormatAsCli("GetItem", Json(R"({"Key": {"Artist": {"S": "Acme"}}, "TableName": "Music", "ConsistentRead": true})")) ==
        R"(aws dynamodb get-item --table-name Music --key '{"Artist": {"S": "Acme"}}' --consistent-read)");
}

TEST_CASE("format: the getting-started create-table in the guide's style", "[cli]") {
  const char* request = R"({
      "TableName": "Music",
      "AttributeDefinitions": [{"AttributeName": "Artist", "AttributeType": "S"},
                               {"AttributeName": "SongTitle", "AttributeType": "S"}],
      "KeySchema": [{"AttributeName": "Artist", "KeyType": "HASH"},
                    {"AttributeName": "SongTitle", "KeyType": "RANGE"}],
      "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5},
      "TableClass": "STANDARD"})";
  CHECK(FormatAsCli("CreateTable", Json(request)) ==
        "aws dynamodb create-table \\\n"
        "    --table-name Music \\\n"
        "    --attribute-definitions AttributeName=Artist,AttributeType=S AttributeName=SongTitle,AttributeType=S \\\n"
        "    --key-schema AttributeName=Artist,KeyType=HASH AttributeName=SongTitle,KeyType=RANGE \\\n"
        "    --provisioned-throughput ReadCapacityUnits=5,WriteCapacityUnits=5 \\\n"
        "    --table-class STANDARD");
}

TEST_CASE("format: expressions in double quotes, false booleans as --no- flags", "[cli]") {
  CHECK(FormatAsCli("Query", Json(R"({"TableName": "Music", "KeyConditionExpression": "Artist = :a",
                                      "ScanIndexForward": false, "Limit": 2, "IndexName": "ByAlbum"})")) ==
        "aws dynamodb query \\\n"
        "    --table-name Music \\\n"
        "    --index-name ByAlbum \\\n"
        "    --limit 2 \\\n"
        "    --no-scan-index-forward \\\n"
        "    --key-condition-expression \"Artist = :a\"");
  CHECK(FormatAsCli("ExecuteStatement", Json(R"({"Statement": "SELECT * FROM Music WHERE Artist='Acme Band'"})")) ==
        R"(aws dynamodb execute-statement --statement "SELECT * FROM Music WHERE Artist='Acme Band'")");
}

TEST_CASE("format: values a command line cannot carry go into --cli-input-json", "[cli]") {
  // A string Limit is not what the API expects; the console still shows exactly what was sent.
  const nlohmann::json request = Json(R"({"TableName": "T", "Limit": "5", "Bogus": 1})");
  const std::string cli = FormatAsCli("Scan", request);
  CHECK(cli == R"(aws dynamodb scan --table-name T --cli-input-json '{"Bogus": 1, "Limit": "5"}')");
  Result<ConsoleRequest> back = ParseConsoleInput(cli);
  REQUIRE(back.ok());
  CHECK(back->request == request);
}

TEST_CASE("format: a request holding invalid UTF-8 is still shown, never aborts", "[cli]") {
  nlohmann::json request = nlohmann::json::object();
  request["TableName"] = "Music";
  request["Item"] = {{"Artist", {{"S", std::string("Caf\xE9")}}}};
  const std::string cli = FormatAsCli("PutItem", request);
  CHECK(testing::Contains(cli, "--item '{\"Artist\": {\"S\": \"Caf"));
}

TEST_CASE("format: every documentation example parses back to the same request", "[cli]") {
  const char* examples[] = {
      R"(aws dynamodb put-item --table-name Music --item '{"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}, "AlbumTitle": {"S": "Somewhat Famous"}, "Awards": {"N": "1"}}')",
      R"(aws dynamodb update-item --table-name Music --key '{ "Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}}' --update-expression "SET AlbumTitle = :newval" --expression-attribute-values '{":newval":{"S":"Updated Album Title"}}' --return-values ALL_NEW)",
      R"(aws dynamodb update-table --table-name Music --attribute-definitions AttributeName=AlbumTitle,AttributeType=S --global-secondary-index-updates "[{\"Create\":{\"IndexName\": \"AlbumTitle-index\",\"KeySchema\":[{\"AttributeName\":\"AlbumTitle\",\"KeyType\":\"HASH\"}], \"ProvisionedThroughput\": {\"ReadCapacityUnits\": 10, \"WriteCapacityUnits\": 5},\"Projection\":{\"ProjectionType\":\"ALL\"}}}]")",
      R"(aws dynamodb create-table --table-name MusicCollection --attribute-definitions AttributeName=Artist,AttributeType=S --key-schema AttributeName=Artist,KeyType=HASH --provisioned-throughput ReadCapacityUnits=5,WriteCapacityUnits=5 --tags Key=Owner,Value=blueTeam --stream-specification StreamEnabled=true,StreamViewType=NEW_IMAGE --deletion-protection-enabled)",
      R"~(aws dynamodb query --table-name MusicCollection --key-condition-expression "#n1 = :v1" --filter-expression "NOT (#n2 IN (:v2, :v3))" --expression-attribute-names '{"#n1": "Artist", "#n2": "AlbumTitle"}' --expression-attribute-values '{":v1": {"S": "No One You Know"}, ":v2": {"S": "Blue Sky Blues"}, ":v3": {"S": "Greatest Hits"}}' --consistent-read --no-scan-index-forward)~",
      R"(aws dynamodb batch-write-item --request-items '{"MusicCollection": [{"PutRequest": {"Item": {"Artist": {"S": "it'\''s"}}}}, {"DeleteRequest": {"Key": {"Artist": {"S": "x"}}}}]}')",
      R"(aws dynamodb list-backups --table-name MusicCollection --time-range-lower-bound 1577836800 --backup-type USER)",
      R"(aws dynamodb untag-resource --resource-arn arn:aws:dynamodb:us-west-2:123456789012:table/MusicCollection --tag-keys Owner "Cost Center")",
      R"(aws dynamodb update-time-to-live --table-name MusicCollection --time-to-live-specification Enabled=true,AttributeName=ttl)",
      R"(aws dynamodb execute-statement --statement "SELECT * FROM \"Music\".\"AlbumTitle-index\" WHERE AlbumTitle='Somewhat Famous'" --parameters '[{"S": "x"}]')",
  };
  for (const char* example : examples) {
    INFO("example: " << example);
    Result<ConsoleRequest> parsed = ParseConsoleInput(example);
    REQUIRE(parsed.ok());
    const std::string cli = FormatAsCli(parsed->operation, parsed->request);
    INFO("formatted: " << cli);
    Result<ConsoleRequest> back = ParseConsoleInput(cli);
    REQUIRE(back.ok());
    CHECK(back->operation == parsed->operation);
    CHECK(back->request == parsed->request);
  }
}

}  // namespace
}  // namespace ddb
