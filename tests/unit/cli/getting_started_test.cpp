// The AWS CLI commands of the DynamoDB Developer Guide's "Getting started" tutorial (steps 1-7:
// create a table, write, read, update, query, create a GSI, delete the table), pasted as the
// guide prints them for Linux. Each must become the request the DynamoDB API reference
// describes for that operation.
#include "console_test_support.h"

namespace ddb {
namespace {

using testing::ExpectRequest;

TEST_CASE("getting started step 1: create-table with shorthand lists and continuations", "[cli]") {
  ExpectRequest(R"(aws dynamodb create-table \
    --table-name Music \
    --attribute-definitions \
        AttributeName=Artist,AttributeType=S \
        AttributeName=SongTitle,AttributeType=S \
    --key-schema \
        AttributeName=Artist,KeyType=HASH \
        AttributeName=SongTitle,KeyType=RANGE \
    --provisioned-throughput \
        ReadCapacityUnits=5,WriteCapacityUnits=5 \
    --table-class STANDARD)",
                "CreateTable", R"({
      "TableName": "Music",
      "AttributeDefinitions": [{"AttributeName": "Artist", "AttributeType": "S"},
                               {"AttributeName": "SongTitle", "AttributeType": "S"}],
      "KeySchema": [{"AttributeName": "Artist", "KeyType": "HASH"},
                    {"AttributeName": "SongTitle", "KeyType": "RANGE"}],
      "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5},
      "TableClass": "STANDARD"})");
}

TEST_CASE("getting started step 1: describe-table piped to grep drops the pipe with a note", "[cli]") {
  ConsoleRequest r = ExpectRequest(" aws dynamodb describe-table --table-name Music | grep TableStatus",
                                   "DescribeTable", R"({"TableName": "Music"})");
  REQUIRE(r.notes.size() == 1);
  CHECK(testing::Contains(r.notes[0], "grep TableStatus"));
}

TEST_CASE("getting started step 1: update-continuous-backups with '\\ ' before the newline", "[cli]") {
  // The guide's text has a space after each backslash; bash would end the command there.
  ConsoleRequest r = ExpectRequest("aws dynamodb update-continuous-backups \\ \n"
                                   "    --table-name Music \\ \n"
                                   "    --point-in-time-recovery-specification \\ \n"
                                   "        PointInTimeRecoveryEnabled=true",
                                   "UpdateContinuousBackups", R"({
      "TableName": "Music",
      "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": true}})");
  CHECK(r.notes.size() == 1);
}

TEST_CASE("getting started step 2: put-item with a single-quoted DynamoDB JSON item", "[cli]") {
  ExpectRequest(R"(aws dynamodb put-item \
    --table-name Music  \
    --item \
        '{"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}, "AlbumTitle": {"S": "Somewhat Famous"}, "Awards": {"N": "1"}}')",
                "PutItem", R"({
      "TableName": "Music",
      "Item": {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"},
               "AlbumTitle": {"S": "Somewhat Famous"}, "Awards": {"N": "1"}}})");
  ExpectRequest(R"(aws dynamodb put-item \
    --table-name Music \
    --item \
        '{"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "PartiQL Rocks"}, "AlbumTitle": {"S": "Another Album Title"}, "Awards": {"N": "8"} }')",
                "PutItem", R"({
      "TableName": "Music",
      "Item": {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "PartiQL Rocks"},
               "AlbumTitle": {"S": "Another Album Title"}, "Awards": {"N": "8"}}})");
}

TEST_CASE("getting started step 2: PartiQL INSERT keeps single quotes inside double quotes", "[cli]") {
  ExpectRequest(R"(aws dynamodb execute-statement --statement "INSERT INTO Music  \
                VALUE  \
                {'Artist':'No One You Know','SongTitle':'Call Me Today', 'AlbumTitle':'Somewhat Famous', 'Awards':'1'}")",
                "ExecuteStatement", R"({"Statement":
      "INSERT INTO Music                  VALUE                  {'Artist':'No One You Know','SongTitle':'Call Me Today', 'AlbumTitle':'Somewhat Famous', 'Awards':'1'}"})");
}

TEST_CASE("getting started step 3: get-item --consistent-read before --table-name", "[cli]") {
  ExpectRequest(R"(aws dynamodb get-item --consistent-read \
    --table-name Music \
    --key '{ "Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}}')",
                "GetItem", R"({
      "TableName": "Music", "ConsistentRead": true,
      "Key": {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}}})");
}

TEST_CASE("getting started step 3: PartiQL SELECT split across lines inside double quotes", "[cli]") {
  // Inside double quotes, backslash-newline disappears (bash), so the lines join.
  ExpectRequest("aws dynamodb execute-statement --statement \"SELECT * FROM Music   \\\n"
                "WHERE Artist='Acme Band' AND SongTitle='Happy Day'\"",
                "ExecuteStatement",
                R"({"Statement": "SELECT * FROM Music   WHERE Artist='Acme Band' AND SongTitle='Happy Day'"})");
}

TEST_CASE("getting started step 4: update-item with update expression and ALL_NEW", "[cli]") {
  ExpectRequest(R"(aws dynamodb update-item \
    --table-name Music \
    --key '{ "Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}}' \
    --update-expression "SET AlbumTitle = :newval" \
    --expression-attribute-values '{":newval":{"S":"Updated Album Title"}}' \
    --return-values ALL_NEW)",
                "UpdateItem", R"({
      "TableName": "Music",
      "Key": {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}},
      "UpdateExpression": "SET AlbumTitle = :newval",
      "ExpressionAttributeValues": {":newval": {"S": "Updated Album Title"}},
      "ReturnValues": "ALL_NEW"})");
}

TEST_CASE("getting started step 5: query by partition key", "[cli]") {
  ExpectRequest(R"(aws dynamodb query \
    --table-name Music \
    --key-condition-expression "Artist = :name" \
    --expression-attribute-values  '{":name":{"S":"Acme Band"}}')",
                "Query", R"({
      "TableName": "Music",
      "KeyConditionExpression": "Artist = :name",
      "ExpressionAttributeValues": {":name": {"S": "Acme Band"}}})");
}

TEST_CASE("getting started step 6: update-table creates a GSI from escaped JSON in double quotes", "[cli]") {
  ExpectRequest(R"(aws dynamodb update-table \
    --table-name Music \
    --attribute-definitions AttributeName=AlbumTitle,AttributeType=S \
    --global-secondary-index-updates \
        "[{\"Create\":{\"IndexName\": \"AlbumTitle-index\",\"KeySchema\":[{\"AttributeName\":\"AlbumTitle\",\"KeyType\":\"HASH\"}], \
        \"ProvisionedThroughput\": {\"ReadCapacityUnits\": 10, \"WriteCapacityUnits\": 5      },\"Projection\":{\"ProjectionType\":\"ALL\"}}}]")",
                "UpdateTable", R"({
      "TableName": "Music",
      "AttributeDefinitions": [{"AttributeName": "AlbumTitle", "AttributeType": "S"}],
      "GlobalSecondaryIndexUpdates": [{"Create": {
          "IndexName": "AlbumTitle-index",
          "KeySchema": [{"AttributeName": "AlbumTitle", "KeyType": "HASH"}],
          "ProvisionedThroughput": {"ReadCapacityUnits": 10, "WriteCapacityUnits": 5},
          "Projection": {"ProjectionType": "ALL"}}}]})");
}

TEST_CASE("getting started step 6: query the new index", "[cli]") {
  ExpectRequest(R"(aws dynamodb query \
    --table-name Music \
    --index-name AlbumTitle-index \
    --key-condition-expression "AlbumTitle = :name" \
    --expression-attribute-values  '{":name":{"S":"Somewhat Famous"}}')",
                "Query", R"({
      "TableName": "Music", "IndexName": "AlbumTitle-index",
      "KeyConditionExpression": "AlbumTitle = :name",
      "ExpressionAttributeValues": {":name": {"S": "Somewhat Famous"}}})");
}

TEST_CASE("getting started step 6: PartiQL index name with escaped double quotes", "[cli]") {
  ExpectRequest(R"(aws dynamodb execute-statement --statement "SELECT * FROM \"Music\".\"AlbumTitle-index\" WHERE AlbumTitle='Somewhat Famous'")",
                "ExecuteStatement",
                R"({"Statement": "SELECT * FROM \"Music\".\"AlbumTitle-index\" WHERE AlbumTitle='Somewhat Famous'"})");
}

TEST_CASE("getting started step 7: delete-table", "[cli]") {
  ExpectRequest("aws dynamodb delete-table --table-name Music", "DeleteTable", R"({"TableName": "Music"})");
}

TEST_CASE("GSI guide: shorthand GSI split over lines with comments and indentation", "[cli]") {
  // From the "Manage global secondary indexes using the AWS CLI" example: a # comment line, and
  // shorthand continued inside double quotes, leaving blanks after each comma.
  ExpectRequest(R"(# Create a table with a GSI
aws dynamodb create-table \
    --table-name MusicCollection \
    --attribute-definitions \
        AttributeName=Artist,AttributeType=S \
        AttributeName=SongTitle,AttributeType=S \
        AttributeName=AlbumTitle,AttributeType=S \
    --key-schema \
        AttributeName=Artist,KeyType=HASH \
        AttributeName=SongTitle,KeyType=RANGE \
    --billing-mode PAY_PER_REQUEST \
    --global-secondary-indexes \
        "IndexName=AlbumIndex,\
        KeySchema=[{AttributeName=AlbumTitle,KeyType=HASH}],\
        Projection={ProjectionType=ALL}")",
                "CreateTable", R"({
      "TableName": "MusicCollection",
      "AttributeDefinitions": [{"AttributeName": "Artist", "AttributeType": "S"},
                               {"AttributeName": "SongTitle", "AttributeType": "S"},
                               {"AttributeName": "AlbumTitle", "AttributeType": "S"}],
      "KeySchema": [{"AttributeName": "Artist", "KeyType": "HASH"},
                    {"AttributeName": "SongTitle", "KeyType": "RANGE"}],
      "BillingMode": "PAY_PER_REQUEST",
      "GlobalSecondaryIndexes": [{"IndexName": "AlbumIndex",
                                  "KeySchema": [{"AttributeName": "AlbumTitle", "KeyType": "HASH"}],
                                  "Projection": {"ProjectionType": "ALL"}}]})");
}

}  // namespace
}  // namespace ddb
