// The AWS CLI "Getting started with DynamoDB" walk-through, typed into the console and executed
// by the engine: what a learner types against AWS gives the documented result here.
#include "test_support.h"

using namespace ddb;
using namespace ddb::test;

TEST_CASE("The AWS CLI getting-started walk-through runs end to end", "[api]") {
  Engine e;
  // Step 1: create a table.
  json created = RunConsoleOk(e, R"(aws dynamodb create-table \
    --table-name Music \
    --attribute-definitions \
        AttributeName=Artist,AttributeType=S \
        AttributeName=SongTitle,AttributeType=S \
    --key-schema AttributeName=Artist,KeyType=HASH AttributeName=SongTitle,KeyType=RANGE \
    --provisioned-throughput ReadCapacityUnits=5,WriteCapacityUnits=5 \
    --table-class STANDARD)");
  CHECK(created["TableDescription"]["TableStatus"] == "CREATING");
  e.AdvanceClock(60'000);
  CHECK(RunConsoleOk(e, "aws dynamodb describe-table --table-name Music")["Table"]["TableStatus"] == "ACTIVE");

  // Step 2: write data.
  RunConsoleOk(e, R"(aws dynamodb put-item \
    --table-name Music  \
    --item \
        '{"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}, "AlbumTitle": {"S": "Somewhat Famous"}, "Awards": {"N": "1"}}')");
  RunConsoleOk(e, R"(aws dynamodb put-item --table-name Music --item '{"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Howdy"}, "AlbumTitle": {"S": "Somewhat Famous"}, "Awards": {"N": "2"}}')");
  RunConsoleOk(e, R"(aws dynamodb put-item --table-name Music --item '{"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}, "AlbumTitle": {"S": "Songs About Life"}, "Awards": {"N": "10"}}')");
  RunConsoleOk(e, R"(aws dynamodb put-item --table-name Music --item '{"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "PartiQL Rocks"}, "AlbumTitle": {"S": "Another Album Title"}, "Awards": {"N": "8"}}')");

  // Step 3: read data.
  json got = RunConsoleOk(e, R"(aws dynamodb get-item --consistent-read \
    --table-name Music \
    --key '{ "Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}}')");
  CHECK(got["Item"]["AlbumTitle"]["S"] == "Songs About Life");

  // Step 4: update data.
  json updated = RunConsoleOk(e, R"(aws dynamodb update-item \
    --table-name Music \
    --key '{ "Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}}' \
    --update-expression "SET AlbumTitle = :newval" \
    --expression-attribute-values '{":newval":{"S":"Updated Album Title"}}' \
    --return-values ALL_NEW)");
  CHECK(updated["Attributes"]["AlbumTitle"]["S"] == "Updated Album Title");
  CHECK(updated["Attributes"]["Awards"]["N"] == "10");

  // Step 5: query data.
  json queried = RunConsoleOk(e, R"(aws dynamodb query \
    --table-name Music \
    --key-condition-expression "Artist = :name" \
    --expression-attribute-values  '{":name":{"S":"Acme Band"}}')");
  CHECK(queried["Count"] == 2);
  CHECK(queried["Items"][0]["SongTitle"]["S"] == "Happy Day");
  CHECK(queried["Items"][1]["SongTitle"]["S"] == "PartiQL Rocks");

  // A scan sees all four songs.
  CHECK(RunConsoleOk(e, "aws dynamodb scan --table-name Music")["Count"] == 4);

  // Clean up.
  CHECK(RunConsoleOk(e, "aws dynamodb delete-table --table-name Music")["TableDescription"]["TableStatus"] == "DELETING");
  e.AdvanceClock(60'000);
  CHECK(RunConsoleOk(e, "aws dynamodb list-tables")["TableNames"] == json::array());
}

TEST_CASE("Raw DynamoDB JSON in the console reaches the same door", "[api]") {
  Engine e;
  RunConsoleOk(e, R"(CreateTable {"TableName":"Numbers","AttributeDefinitions":[{"AttributeName":"k","AttributeType":"N"}],
             "KeySchema":[{"AttributeName":"k","KeyType":"HASH"}],"BillingMode":"PAY_PER_REQUEST"})");
  e.AdvanceClock(60'000);
  RunConsoleOk(e, R"(PutItem {"TableName":"Numbers","Item":{"k":{"N":"1.50"}}})");
  // Numbers are normalised: 1.5 finds the item stored as 1.50.
  CHECK(RunConsoleOk(e, R"(GetItem {"TableName":"Numbers","Key":{"k":{"N":"1.5"}}})")["Item"]["k"]["N"] == "1.5");
  auto bad = RunConsole(e, R"(PutItem {"TableName":"Numbers","Item":{"k":{"N":"one"}}})");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().type == ErrorType::kValidation);
}
