// The examples of the AWS CLI Command Reference for `aws dynamodb` (one TEST_CASE per reference
// page). Where an example reads a file (--item file://item.json), the test pastes the file's
// contents, as printed on the same page, inline in single quotes: that is what a learner does in
// the console. Expected requests follow each operation's request syntax in the DynamoDB API
// reference.
#include "console_test_support.h"

namespace ddb {
namespace {

using testing::ExpectRequest;

TEST_CASE("reference create-table: tags, on-demand, SSE, LSI, GSI, streams, class, protection", "[cli]") {
  const std::string music_keys =
      "aws dynamodb create-table \\\n"
      "    --table-name MusicCollection \\\n"
      "    --attribute-definitions AttributeName=Artist,AttributeType=S AttributeName=SongTitle,AttributeType=S \\\n"
      "    --key-schema AttributeName=Artist,KeyType=HASH AttributeName=SongTitle,KeyType=RANGE \\\n";
  const std::string music_json = R"(
      "TableName": "MusicCollection",
      "AttributeDefinitions": [{"AttributeName": "Artist", "AttributeType": "S"},
                               {"AttributeName": "SongTitle", "AttributeType": "S"}],
      "KeySchema": [{"AttributeName": "Artist", "KeyType": "HASH"},
                    {"AttributeName": "SongTitle", "KeyType": "RANGE"}])";
  SECTION("example 1: tags") {
    ExpectRequest(music_keys + "    --provisioned-throughput ReadCapacityUnits=5,WriteCapacityUnits=5 \\\n"
                               "    --tags Key=Owner,Value=blueTeam",
                  "CreateTable", "{" + music_json + R"(,
        "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5},
        "Tags": [{"Key": "Owner", "Value": "blueTeam"}]})");
  }
  SECTION("example 2: on-demand") {
    ExpectRequest(music_keys + "    --billing-mode PAY_PER_REQUEST", "CreateTable",
                  "{" + music_json + R"(, "BillingMode": "PAY_PER_REQUEST"})");
  }
  SECTION("example 3: customer managed KMS key") {
    ExpectRequest(music_keys + "    --provisioned-throughput ReadCapacityUnits=5,WriteCapacityUnits=5 \\\n"
                               "    --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=abcd1234-abcd-1234-a123-ab1234a1b234",
                  "CreateTable", "{" + music_json + R"(,
        "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5},
        "SSESpecification": {"Enabled": true, "SSEType": "KMS",
                             "KMSMasterKeyId": "abcd1234-abcd-1234-a123-ab1234a1b234"}})");
  }
  SECTION("example 4: local secondary index as multi-line JSON in double quotes") {
    ExpectRequest(R"(aws dynamodb create-table \
    --table-name MusicCollection \
    --attribute-definitions AttributeName=Artist,AttributeType=S AttributeName=SongTitle,AttributeType=S AttributeName=AlbumTitle,AttributeType=S \
    --key-schema AttributeName=Artist,KeyType=HASH AttributeName=SongTitle,KeyType=RANGE \
    --provisioned-throughput ReadCapacityUnits=10,WriteCapacityUnits=5 \
    --local-secondary-indexes \
        "[
            {
                \"IndexName\": \"AlbumTitleIndex\",
                \"KeySchema\": [
                    {\"AttributeName\": \"Artist\",\"KeyType\":\"HASH\"},
                    {\"AttributeName\": \"AlbumTitle\",\"KeyType\":\"RANGE\"}
                ],
                \"Projection\": {
                    \"ProjectionType\": \"INCLUDE\",
                    \"NonKeyAttributes\": [\"Genre\", \"Year\"]
                }
            }
        ]")",
                  "CreateTable", R"({
        "TableName": "MusicCollection",
        "AttributeDefinitions": [{"AttributeName": "Artist", "AttributeType": "S"},
                                 {"AttributeName": "SongTitle", "AttributeType": "S"},
                                 {"AttributeName": "AlbumTitle", "AttributeType": "S"}],
        "KeySchema": [{"AttributeName": "Artist", "KeyType": "HASH"},
                      {"AttributeName": "SongTitle", "KeyType": "RANGE"}],
        "ProvisionedThroughput": {"ReadCapacityUnits": 10, "WriteCapacityUnits": 5},
        "LocalSecondaryIndexes": [{
            "IndexName": "AlbumTitleIndex",
            "KeySchema": [{"AttributeName": "Artist", "KeyType": "HASH"},
                          {"AttributeName": "AlbumTitle", "KeyType": "RANGE"}],
            "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["Genre", "Year"]}}]})");
  }
  const std::string game_keys =
      "aws dynamodb create-table \\\n"
      "    --table-name GameScores \\\n"
      "    --attribute-definitions AttributeName=UserId,AttributeType=S AttributeName=GameTitle,AttributeType=S \\\n"
      "    --key-schema AttributeName=UserId,KeyType=HASH AttributeName=GameTitle,KeyType=RANGE \\\n"
      "    --provisioned-throughput ReadCapacityUnits=10,WriteCapacityUnits=5 \\\n";
  const std::string game_json = R"(
      "TableName": "GameScores",
      "AttributeDefinitions": [{"AttributeName": "UserId", "AttributeType": "S"},
                               {"AttributeName": "GameTitle", "AttributeType": "S"}],
      "KeySchema": [{"AttributeName": "UserId", "KeyType": "HASH"},
                    {"AttributeName": "GameTitle", "KeyType": "RANGE"}],
      "ProvisionedThroughput": {"ReadCapacityUnits": 10, "WriteCapacityUnits": 5})";
  SECTION("example 5: global secondary index, key schema continued on the next line") {
    ExpectRequest(R"(aws dynamodb create-table \
    --table-name GameScores \
    --attribute-definitions AttributeName=UserId,AttributeType=S AttributeName=GameTitle,AttributeType=S AttributeName=TopScore,AttributeType=N  \
    --key-schema AttributeName=UserId,KeyType=HASH \
                AttributeName=GameTitle,KeyType=RANGE \
    --provisioned-throughput ReadCapacityUnits=10,WriteCapacityUnits=5 \
    --global-secondary-indexes \
        "[
            {
                \"IndexName\": \"GameTitleIndex\",
                \"KeySchema\": [
                    {\"AttributeName\":\"GameTitle\",\"KeyType\":\"HASH\"},
                    {\"AttributeName\":\"TopScore\",\"KeyType\":\"RANGE\"}
                ],
                \"Projection\": {
                    \"ProjectionType\":\"INCLUDE\",
                    \"NonKeyAttributes\":[\"UserId\"]
                },
                \"ProvisionedThroughput\": {
                    \"ReadCapacityUnits\": 10,
                    \"WriteCapacityUnits\": 5
                }
            }
        ]")",
                  "CreateTable", R"({
        "TableName": "GameScores",
        "AttributeDefinitions": [{"AttributeName": "UserId", "AttributeType": "S"},
                                 {"AttributeName": "GameTitle", "AttributeType": "S"},
                                 {"AttributeName": "TopScore", "AttributeType": "N"}],
        "KeySchema": [{"AttributeName": "UserId", "KeyType": "HASH"},
                      {"AttributeName": "GameTitle", "KeyType": "RANGE"}],
        "ProvisionedThroughput": {"ReadCapacityUnits": 10, "WriteCapacityUnits": 5},
        "GlobalSecondaryIndexes": [{
            "IndexName": "GameTitleIndex",
            "KeySchema": [{"AttributeName": "GameTitle", "KeyType": "HASH"},
                          {"AttributeName": "TopScore", "KeyType": "RANGE"}],
            "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["UserId"]},
            "ProvisionedThroughput": {"ReadCapacityUnits": 10, "WriteCapacityUnits": 5}}]})");
  }
  SECTION("example 7: stream with TRUE in capitals") {
    ExpectRequest(game_keys + "    --stream-specification StreamEnabled=TRUE,StreamViewType=NEW_AND_OLD_IMAGES",
                  "CreateTable", "{" + game_json + R"(,
        "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_AND_OLD_IMAGES"}})");
  }
  SECTION("example 8: keys-only stream") {
    ExpectRequest(game_keys + "    --stream-specification StreamEnabled=TRUE,StreamViewType=KEYS_ONLY",
                  "CreateTable", "{" + game_json + R"(,
        "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"}})");
  }
  SECTION("example 9: Standard-IA table class") {
    ExpectRequest(game_keys + "    --table-class STANDARD_INFREQUENT_ACCESS", "CreateTable",
                  "{" + game_json + R"(, "TableClass": "STANDARD_INFREQUENT_ACCESS"})");
  }
  SECTION("example 10: deletion protection flag") {
    ExpectRequest(game_keys + "    --deletion-protection-enabled", "CreateTable",
                  "{" + game_json + R"(, "DeletionProtectionEnabled": true})");
  }
}

TEST_CASE("reference create-table example 6: gsi.json pasted inline with two indexes", "[cli]") {
  ExpectRequest(R"(aws dynamodb create-table \
    --table-name GameScores \
    --attribute-definitions AttributeName=UserId,AttributeType=S AttributeName=GameTitle,AttributeType=S AttributeName=TopScore,AttributeType=N AttributeName=Date,AttributeType=S \
    --key-schema AttributeName=UserId,KeyType=HASH AttributeName=GameTitle,KeyType=RANGE \
    --provisioned-throughput ReadCapacityUnits=10,WriteCapacityUnits=5 \
    --global-secondary-indexes '[
        {
            "IndexName": "GameTitleIndex",
            "KeySchema": [{"AttributeName": "GameTitle", "KeyType": "HASH"},
                          {"AttributeName": "TopScore", "KeyType": "RANGE"}],
            "Projection": {"ProjectionType": "ALL"},
            "ProvisionedThroughput": {"ReadCapacityUnits": 10, "WriteCapacityUnits": 5}
        },
        {
            "IndexName": "GameDateIndex",
            "KeySchema": [{"AttributeName": "GameTitle", "KeyType": "HASH"},
                          {"AttributeName": "Date", "KeyType": "RANGE"}],
            "Projection": {"ProjectionType": "ALL"},
            "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5}
        }
    ]')",
                "CreateTable", R"({
      "TableName": "GameScores",
      "AttributeDefinitions": [{"AttributeName": "UserId", "AttributeType": "S"},
                               {"AttributeName": "GameTitle", "AttributeType": "S"},
                               {"AttributeName": "TopScore", "AttributeType": "N"},
                               {"AttributeName": "Date", "AttributeType": "S"}],
      "KeySchema": [{"AttributeName": "UserId", "KeyType": "HASH"},
                    {"AttributeName": "GameTitle", "KeyType": "RANGE"}],
      "ProvisionedThroughput": {"ReadCapacityUnits": 10, "WriteCapacityUnits": 5},
      "GlobalSecondaryIndexes": [
        {"IndexName": "GameTitleIndex",
         "KeySchema": [{"AttributeName": "GameTitle", "KeyType": "HASH"},
                       {"AttributeName": "TopScore", "KeyType": "RANGE"}],
         "Projection": {"ProjectionType": "ALL"},
         "ProvisionedThroughput": {"ReadCapacityUnits": 10, "WriteCapacityUnits": 5}},
        {"IndexName": "GameDateIndex",
         "KeySchema": [{"AttributeName": "GameTitle", "KeyType": "HASH"},
                       {"AttributeName": "Date", "KeyType": "RANGE"}],
         "Projection": {"ProjectionType": "ALL"},
         "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5}}]})");
}

TEST_CASE("reference put-item: item and conditional put with names and values", "[cli]") {
  SECTION("example 1") {
    ExpectRequest(R"(aws dynamodb put-item \
    --table-name MusicCollection \
    --item '{
        "Artist": {"S": "No One You Know"},
        "SongTitle": {"S": "Call Me Today"},
        "AlbumTitle": {"S": "Greatest Hits"}
    }' \
    --return-consumed-capacity TOTAL \
    --return-item-collection-metrics SIZE)",
                  "PutItem", R"({
        "TableName": "MusicCollection",
        "Item": {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"},
                 "AlbumTitle": {"S": "Greatest Hits"}},
        "ReturnConsumedCapacity": "TOTAL", "ReturnItemCollectionMetrics": "SIZE"})");
  }
  SECTION("example 2") {
    ExpectRequest(R"(aws dynamodb put-item \
    --table-name MusicCollection \
    --item '{"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}, "AlbumTitle": {"S": "Somewhat Famous"}}' \
    --condition-expression "#A = :A" \
    --expression-attribute-names '{"#A": "AlbumTitle"}' \
    --expression-attribute-values '{":A": {"S": "Greatest Hits"}}' \
    --return-values ALL_OLD)",
                  "PutItem", R"({
        "TableName": "MusicCollection",
        "Item": {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"},
                 "AlbumTitle": {"S": "Somewhat Famous"}},
        "ConditionExpression": "#A = :A",
        "ExpressionAttributeNames": {"#A": "AlbumTitle"},
        "ExpressionAttributeValues": {":A": {"S": "Greatest Hits"}},
        "ReturnValues": "ALL_OLD"})");
  }
}

TEST_CASE("reference get-item: eventual, strongly consistent and projected reads", "[cli]") {
  const std::string key = R"('{"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}}')";
  ExpectRequest("aws dynamodb get-item --table-name MusicCollection --key " + key +
                    " --return-consumed-capacity TOTAL",
                "GetItem", R"({"TableName": "MusicCollection",
      "Key": {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}},
      "ReturnConsumedCapacity": "TOTAL"})");
  ExpectRequest("aws dynamodb get-item --table-name MusicCollection --key " + key +
                    " --consistent-read --return-consumed-capacity TOTAL",
                "GetItem", R"({"TableName": "MusicCollection",
      "Key": {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}},
      "ConsistentRead": true, "ReturnConsumedCapacity": "TOTAL"})");
  ExpectRequest(R"(aws dynamodb get-item \
    --table-name ProductCatalog \
    --key '{"Id": {"N": "102"}}' \
    --projection-expression "#T, #C, #P" \
    --expression-attribute-names '{"#T": "Title", "#C": "ProductCategory", "#P": "Price"}')",
                "GetItem", R"({"TableName": "ProductCatalog", "Key": {"Id": {"N": "102"}},
      "ProjectionExpression": "#T, #C, #P",
      "ExpressionAttributeNames": {"#T": "Title", "#C": "ProductCategory", "#P": "Price"}})");
}

TEST_CASE("reference delete-item: return values and a condition with IN and BETWEEN", "[cli]") {
  ExpectRequest(R"(aws dynamodb delete-item \
    --table-name MusicCollection \
    --key '{"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Scared of My Shadow"}}' \
    --return-values ALL_OLD \
    --return-consumed-capacity TOTAL \
    --return-item-collection-metrics SIZE)",
                "DeleteItem", R"({"TableName": "MusicCollection",
      "Key": {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Scared of My Shadow"}},
      "ReturnValues": "ALL_OLD", "ReturnConsumedCapacity": "TOTAL",
      "ReturnItemCollectionMetrics": "SIZE"})");
  ExpectRequest(R"~(aws dynamodb delete-item \
    --table-name ProductCatalog \
    --key '{"Id":{"N":"456"}}' \
    --condition-expression "(ProductCategory IN (:cat1, :cat2)) and (#P between :lo and :hi)" \
    --expression-attribute-names '{"#P": "Price"}' \
    --expression-attribute-values '{":cat1": {"S": "Sporting Goods"}, ":cat2": {"S": "Gardening Supplies"}, ":lo": {"N": "500"}, ":hi": {"N": "600"}}' \
    --return-values ALL_OLD)~",
                "DeleteItem", R"~({"TableName": "ProductCatalog", "Key": {"Id": {"N": "456"}},
      "ConditionExpression": "(ProductCategory IN (:cat1, :cat2)) and (#P between :lo and :hi)",
      "ExpressionAttributeNames": {"#P": "Price"},
      "ExpressionAttributeValues": {":cat1": {"S": "Sporting Goods"},
                                    ":cat2": {"S": "Gardening Supplies"},
                                    ":lo": {"N": "500"}, ":hi": {"N": "600"}},
      "ReturnValues": "ALL_OLD"})~");
}

TEST_CASE("reference update-item: names, values, return values and a condition", "[cli]") {
  const std::string common = R"(aws dynamodb update-item \
    --table-name MusicCollection \
    --key '{"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}}' \
    --update-expression "SET #Y = :y, #AT = :t" \
    --expression-attribute-names '{"#Y":"Year", "#AT":"AlbumTitle"}' \
    --expression-attribute-values '{":y":{"N": "2015"}, ":t":{"S": "Louder Than Ever"}}'  \
)";
  const std::string request = R"("TableName": "MusicCollection",
      "Key": {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}},
      "UpdateExpression": "SET #Y = :y, #AT = :t",
      "ExpressionAttributeNames": {"#Y": "Year", "#AT": "AlbumTitle"},
      "ExpressionAttributeValues": {":y": {"N": "2015"}, ":t": {"S": "Louder Than Ever"}})";
  ExpectRequest(common + "    --return-values ALL_NEW --return-consumed-capacity TOTAL "
                         "--return-item-collection-metrics SIZE",
                "UpdateItem", "{" + request + R"(, "ReturnValues": "ALL_NEW",
      "ReturnConsumedCapacity": "TOTAL", "ReturnItemCollectionMetrics": "SIZE"})");
  ExpectRequest(common + R"~(    --condition-expression "attribute_not_exists(#Y)")~", "UpdateItem",
                "{" + request + R"~(, "ConditionExpression": "attribute_not_exists(#Y)"})~");
}

TEST_CASE("reference query: projection, consistency, direction, filter, count and index", "[cli]") {
  const std::string values = R"('{":v1": {"S": "No One You Know"}}')";
  ExpectRequest("aws dynamodb query --table-name MusicCollection --projection-expression \"SongTitle\" "
                "--key-condition-expression \"Artist = :v1\" --expression-attribute-values " + values +
                    " --consistent-read --no-scan-index-forward --return-consumed-capacity TOTAL",
                "Query", R"({"TableName": "MusicCollection", "ProjectionExpression": "SongTitle",
      "KeyConditionExpression": "Artist = :v1",
      "ExpressionAttributeValues": {":v1": {"S": "No One You Know"}},
      "ConsistentRead": true, "ScanIndexForward": false, "ReturnConsumedCapacity": "TOTAL"})");
  ExpectRequest(R"~(aws dynamodb query \
    --table-name MusicCollection \
    --key-condition-expression "#n1 = :v1" \
    --filter-expression "NOT (#n2 IN (:v2, :v3))" \
    --expression-attribute-names '{"#n1": "Artist", "#n2": "AlbumTitle"}' \
    --expression-attribute-values '{":v1": {"S": "No One You Know"}, ":v2": {"S": "Blue Sky Blues"}, ":v3": {"S": "Greatest Hits"}}' \
    --return-consumed-capacity TOTAL)~",
                "Query", R"~({"TableName": "MusicCollection", "KeyConditionExpression": "#n1 = :v1",
      "FilterExpression": "NOT (#n2 IN (:v2, :v3))",
      "ExpressionAttributeNames": {"#n1": "Artist", "#n2": "AlbumTitle"},
      "ExpressionAttributeValues": {":v1": {"S": "No One You Know"}, ":v2": {"S": "Blue Sky Blues"},
                                    ":v3": {"S": "Greatest Hits"}},
      "ReturnConsumedCapacity": "TOTAL"})~");
  ExpectRequest("aws dynamodb query --table-name MusicCollection --select COUNT "
                "--key-condition-expression \"Artist = :v1\" --expression-attribute-values " + values,
                "Query", R"({"TableName": "MusicCollection", "Select": "COUNT",
      "KeyConditionExpression": "Artist = :v1",
      "ExpressionAttributeValues": {":v1": {"S": "No One You Know"}}})");
  ExpectRequest("aws dynamodb query --table-name MusicCollection --index-name AlbumTitleIndex "
                "--key-condition-expression \"Artist = :v1\" --expression-attribute-values " + values +
                    " --select ALL_PROJECTED_ATTRIBUTES --return-consumed-capacity INDEXES",
                "Query", R"({"TableName": "MusicCollection", "IndexName": "AlbumTitleIndex",
      "KeyConditionExpression": "Artist = :v1",
      "ExpressionAttributeValues": {":v1": {"S": "No One You Know"}},
      "Select": "ALL_PROJECTED_ATTRIBUTES", "ReturnConsumedCapacity": "INDEXES"})");
}

TEST_CASE("reference scan: filter and projection with names", "[cli]") {
  ExpectRequest(R"(aws dynamodb scan \
    --table-name MusicCollection \
    --filter-expression "Artist = :a" \
    --projection-expression "#ST, #AT" \
    --expression-attribute-names '{"#ST": "SongTitle", "#AT":"AlbumTitle"}' \
    --expression-attribute-values '{":a": {"S": "No One You Know"}}')",
                "Scan", R"({"TableName": "MusicCollection", "FilterExpression": "Artist = :a",
      "ProjectionExpression": "#ST, #AT",
      "ExpressionAttributeNames": {"#ST": "SongTitle", "#AT": "AlbumTitle"},
      "ExpressionAttributeValues": {":a": {"S": "No One You Know"}}})");
}

TEST_CASE("reference batch-get-item and batch-write-item: request items pasted inline", "[cli]") {
  ExpectRequest(R"(aws dynamodb batch-get-item \
    --request-items '{
        "MusicCollection": {
            "Keys": [
                {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}},
                {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}},
                {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Scared of My Shadow"}}
            ],
            "ProjectionExpression":"AlbumTitle"
        }
    }' \
    --return-consumed-capacity TOTAL)",
                "BatchGetItem", R"({"RequestItems": {"MusicCollection": {
      "Keys": [{"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}},
               {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}},
               {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Scared of My Shadow"}}],
      "ProjectionExpression": "AlbumTitle"}},
      "ReturnConsumedCapacity": "TOTAL"})");
  ExpectRequest(R"(aws dynamodb batch-write-item \
    --request-items '{
        "MusicCollection": [
            {"PutRequest": {"Item": {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}, "AlbumTitle": {"S": "Somewhat Famous"}}}},
            {"PutRequest": {"Item": {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}, "AlbumTitle": {"S": "Songs About Life"}}}}
        ]
    }' \
    --return-consumed-capacity INDEXES \
    --return-item-collection-metrics SIZE)",
                "BatchWriteItem", R"({"RequestItems": {"MusicCollection": [
      {"PutRequest": {"Item": {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"},
                               "AlbumTitle": {"S": "Somewhat Famous"}}}},
      {"PutRequest": {"Item": {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"},
                               "AlbumTitle": {"S": "Songs About Life"}}}}]},
      "ReturnConsumedCapacity": "INDEXES", "ReturnItemCollectionMetrics": "SIZE"})");
}

TEST_CASE("reference transact-get-items and transact-write-items", "[cli]") {
  ExpectRequest(R"(aws dynamodb transact-get-items \
    --transact-items '[
        {"Get": {"Key": {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}}, "TableName": "MusicCollection"}},
        {"Get": {"Key": {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}}, "TableName": "MusicCollection"}}
    ]' \
    --return-consumed-capacity TOTAL)",
                "TransactGetItems", R"({"TransactItems": [
      {"Get": {"Key": {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}},
               "TableName": "MusicCollection"}},
      {"Get": {"Key": {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}},
               "TableName": "MusicCollection"}}],
      "ReturnConsumedCapacity": "TOTAL"})");
  ExpectRequest(R"~(aws dynamodb transact-write-items \
    --transact-items '[
        {"Update": {"Key": {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}},
                    "UpdateExpression": "SET AlbumTitle = :newval",
                    "ExpressionAttributeValues": {":newval": {"S": "Updated Album Title"}},
                    "TableName": "MusicCollection",
                    "ConditionExpression": "attribute_not_exists(Rating)"}},
        {"Delete": {"Key": {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}},
                    "TableName": "MusicCollection",
                    "ConditionExpression": "attribute_not_exists(Rating)"}}
    ]' \
    --client-request-token abc123)~",
                "TransactWriteItems", R"~({"TransactItems": [
      {"Update": {"Key": {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}},
                  "UpdateExpression": "SET AlbumTitle = :newval",
                  "ExpressionAttributeValues": {":newval": {"S": "Updated Album Title"}},
                  "TableName": "MusicCollection",
                  "ConditionExpression": "attribute_not_exists(Rating)"}},
      {"Delete": {"Key": {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}},
                  "TableName": "MusicCollection",
                  "ConditionExpression": "attribute_not_exists(Rating)"}}],
      "ClientRequestToken": "abc123"})~");
}

TEST_CASE("reference update-table: billing mode, GSI creation, stream and SSE", "[cli]") {
  ExpectRequest(R"(aws dynamodb update-table \
    --table-name MusicCollection \
    --billing-mode PROVISIONED \
    --provisioned-throughput ReadCapacityUnits=15,WriteCapacityUnits=10)",
                "UpdateTable", R"({"TableName": "MusicCollection", "BillingMode": "PROVISIONED",
      "ProvisionedThroughput": {"ReadCapacityUnits": 15, "WriteCapacityUnits": 10}})");
  ExpectRequest(R"(aws dynamodb update-table \
    --table-name MusicCollection \
    --attribute-definitions AttributeName=AlbumTitle,AttributeType=S \
    --global-secondary-index-updates '[{"Create": {"IndexName": "AlbumTitle-index",
        "KeySchema": [{"AttributeName": "AlbumTitle", "KeyType": "HASH"}],
        "ProvisionedThroughput": {"ReadCapacityUnits": 10, "WriteCapacityUnits": 10},
        "Projection": {"ProjectionType": "ALL"}}}]')",
                "UpdateTable", R"({"TableName": "MusicCollection",
      "AttributeDefinitions": [{"AttributeName": "AlbumTitle", "AttributeType": "S"}],
      "GlobalSecondaryIndexUpdates": [{"Create": {"IndexName": "AlbumTitle-index",
          "KeySchema": [{"AttributeName": "AlbumTitle", "KeyType": "HASH"}],
          "ProvisionedThroughput": {"ReadCapacityUnits": 10, "WriteCapacityUnits": 10},
          "Projection": {"ProjectionType": "ALL"}}}]})");
  ExpectRequest("aws dynamodb update-table --table-name MusicCollection "
                "--stream-specification StreamEnabled=true,StreamViewType=NEW_IMAGE",
                "UpdateTable", R"({"TableName": "MusicCollection",
      "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_IMAGE"}})");
  ExpectRequest("aws dynamodb update-table --table-name MusicCollection --sse-specification Enabled=true,SSEType=KMS",
                "UpdateTable", R"({"TableName": "MusicCollection",
      "SSESpecification": {"Enabled": true, "SSEType": "KMS"}})");
}

TEST_CASE("reference table-level commands: describe, delete, TTL, backups, tags", "[cli]") {
  ExpectRequest("aws dynamodb describe-table --table-name MusicCollection", "DescribeTable",
                R"({"TableName": "MusicCollection"})");
  ExpectRequest("aws dynamodb delete-table --table-name MusicCollection", "DeleteTable",
                R"({"TableName": "MusicCollection"})");
  ExpectRequest("aws dynamodb describe-time-to-live --table-name MusicCollection",
                "DescribeTimeToLive", R"({"TableName": "MusicCollection"})");
  ExpectRequest("aws dynamodb update-time-to-live --table-name MusicCollection "
                "--time-to-live-specification Enabled=true,AttributeName=ttl",
                "UpdateTimeToLive", R"({"TableName": "MusicCollection",
      "TimeToLiveSpecification": {"Enabled": true, "AttributeName": "ttl"}})");
  ExpectRequest("aws dynamodb update-continuous-backups --table-name MusicCollection "
                "--point-in-time-recovery-specification PointInTimeRecoveryEnabled=true",
                "UpdateContinuousBackups", R"({"TableName": "MusicCollection",
      "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": true}})");
  ExpectRequest("aws dynamodb create-backup --table-name MusicCollection --backup-name MusicCollectionBackup",
                "CreateBackup", R"({"TableName": "MusicCollection", "BackupName": "MusicCollectionBackup"})");
  ExpectRequest("aws dynamodb tag-resource --resource-arn arn:aws:dynamodb:us-west-2:123456789012:table/MusicCollection "
                "--tags Key=Owner,Value=blueTeam",
                "TagResource", R"({"ResourceArn": "arn:aws:dynamodb:us-west-2:123456789012:table/MusicCollection",
      "Tags": [{"Key": "Owner", "Value": "blueTeam"}]})");
  ExpectRequest("aws dynamodb untag-resource --resource-arn arn:aws:dynamodb:us-west-2:123456789012:table/MusicCollection "
                "--tag-keys Owner",
                "UntagResource", R"({"ResourceArn": "arn:aws:dynamodb:us-west-2:123456789012:table/MusicCollection",
      "TagKeys": ["Owner"]})");
  ExpectRequest("aws dynamodb describe-limits", "DescribeLimits", "{}");
}

TEST_CASE("reference list commands: list-tables and list-backups with typed members", "[cli]") {
  ExpectRequest("aws dynamodb list-tables", "ListTables", "{}");
  ConsoleRequest page = ExpectRequest("aws dynamodb list-tables --page-size 1", "ListTables", R"({"Limit": 1})");
  CHECK(page.notes.size() == 1);
  ExpectRequest(R"(aws dynamodb list-backups \
    --table-name MusicCollection \
    --time-range-lower-bound 1577836800 \
    --time-range-upper-bound 1583020800 \
    --backup-type USER)",
                "ListBackups", R"({"TableName": "MusicCollection", "TimeRangeLowerBound": 1577836800,
      "TimeRangeUpperBound": 1583020800, "BackupType": "USER"})");
  ExpectRequest("aws dynamodb list-contributor-insights --max-results 4", "ListContributorInsights",
                R"({"MaxResults": 4})");
}

TEST_CASE("reference global tables and point-in-time restore: nested shorthand and a float time", "[cli]") {
  ConsoleRequest created = ExpectRequest(
      "aws dynamodb create-global-table --global-table-name MusicCollection "
      "--replication-group RegionName=us-east-2 RegionName=us-east-1 --region us-east-2",
      "CreateGlobalTable", R"({"GlobalTableName": "MusicCollection",
      "ReplicationGroup": [{"RegionName": "us-east-2"}, {"RegionName": "us-east-1"}]})");
  REQUIRE(created.notes.size() == 1);
  CHECK(testing::Contains(created.notes[0], "--region us-east-2"));
  ExpectRequest("aws dynamodb update-global-table --global-table-name MusicCollection "
                "--replica-updates Create={RegionName=eu-west-1}",
                "UpdateGlobalTable", R"({"GlobalTableName": "MusicCollection",
      "ReplicaUpdates": [{"Create": {"RegionName": "eu-west-1"}}]})");
  ExpectRequest("aws dynamodb update-global-table-settings --global-table-name MusicCollection "
                "--global-table-provisioned-write-capacity-units 15",
                "UpdateGlobalTableSettings", R"({"GlobalTableName": "MusicCollection",
      "GlobalTableProvisionedWriteCapacityUnits": 15})");
  // 1576622404.0 is a whole number of seconds; the timestamp goes out as epoch seconds.
  ExpectRequest("aws dynamodb restore-table-to-point-in-time --source-table-name MusicCollection "
                "--target-table-name MusicCollectionRestore --restore-date-time 1576622404.0",
                "RestoreTableToPointInTime", R"({"SourceTableName": "MusicCollection",
      "TargetTableName": "MusicCollectionRestore", "RestoreDateTime": 1576622404})");
}

TEST_CASE("reference update-table-replica-auto-scaling: nested JSON with numbers and booleans", "[cli]") {
  ExpectRequest(R"(aws dynamodb update-table-replica-auto-scaling \
    --table-name MusicCollection \
    --provisioned-write-capacity-auto-scaling-update '{
        "MinimumUnits": 10,
        "MaximumUnits": 100,
        "AutoScalingDisabled": false,
        "ScalingPolicyUpdate": {
            "PolicyName": "DynamoDBWriteCapacityUtilization:table/MusicCollection",
            "TargetTrackingScalingPolicyConfiguration": {"TargetValue": 80}
        }
    }')",
                "UpdateTableReplicaAutoScaling", R"({"TableName": "MusicCollection",
      "ProvisionedWriteCapacityAutoScalingUpdate": {"MinimumUnits": 10, "MaximumUnits": 100,
        "AutoScalingDisabled": false,
        "ScalingPolicyUpdate": {"PolicyName": "DynamoDBWriteCapacityUtilization:table/MusicCollection",
          "TargetTrackingScalingPolicyConfiguration": {"TargetValue": 80}}}})");
}

TEST_CASE("reference wait table-exists: sends the polled DescribeTable once, with a note", "[cli]") {
  ConsoleRequest r = ExpectRequest("aws dynamodb wait table-exists --table-name MusicCollection",
                                   "DescribeTable", R"({"TableName": "MusicCollection"})");
  REQUIRE(r.notes.size() == 1);
  CHECK(testing::Contains(r.notes[0], "ACTIVE"));
}

}  // namespace
}  // namespace ddb
