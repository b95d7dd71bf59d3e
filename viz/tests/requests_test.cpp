#include "app/requests.h"

#include <catch2/catch.hpp>

#include <cstdio>

namespace ddb::viz {
namespace {

using nlohmann::json;

// The request shapes follow the DynamoDB API reference (CreateTable, PutItem, GetItem).
TEST_CASE("The sample table request is Music with Artist HASH and SongTitle RANGE, 5/5", "[viz]") {
  json r = SampleTableRequest();
  CHECK(r["TableName"] == "Music");
  CHECK(r["KeySchema"] == json::parse(R"([{"AttributeName":"Artist","KeyType":"HASH"},
                                          {"AttributeName":"SongTitle","KeyType":"RANGE"}])"));
  CHECK(r["AttributeDefinitions"] ==
        json::parse(R"([{"AttributeName":"Artist","AttributeType":"S"},
                        {"AttributeName":"SongTitle","AttributeType":"S"}])"));
  CHECK(r["BillingMode"] == "PROVISIONED");
  CHECK(r["ProvisionedThroughput"] == json::parse(R"({"ReadCapacityUnits":5,"WriteCapacityUnits":5})"));
}

TEST_CASE("An on-demand CreateTable carries no ProvisionedThroughput", "[viz]") {
  CreateTableForm form;
  std::snprintf(form.name, sizeof(form.name), "Events");
  std::snprintf(form.partition_key, sizeof(form.partition_key), "Id");
  form.partition_key_type = 1;  // N
  form.has_sort_key = false;
  form.on_demand = true;
  json r = CreateTableRequest(form);
  CHECK(r["BillingMode"] == "PAY_PER_REQUEST");
  CHECK_FALSE(r.contains("ProvisionedThroughput"));
  CHECK(r["KeySchema"].size() == 1);
  CHECK(r["AttributeDefinitions"][0]["AttributeType"] == "N");
}

TEST_CASE("PutItem merges the key fields over the extra attributes", "[viz]") {
  KeySchema schema{"Artist", "S", "SongTitle", "S"};
  ItemForm form;
  std::snprintf(form.partition_value, sizeof(form.partition_value), "Acme Band");
  std::snprintf(form.sort_value, sizeof(form.sort_value), "Happy Day");
  std::snprintf(form.extra_json, sizeof(form.extra_json), R"({"Year": {"N": "2021"}})");
  json request;
  std::string error;
  REQUIRE(PutItemRequest("Music", schema, form, &request, &error));
  CHECK(request == json::parse(R"({"TableName":"Music","Item":{
      "Artist":{"S":"Acme Band"},"SongTitle":{"S":"Happy Day"},"Year":{"N":"2021"}}})"));
}

TEST_CASE("PutItem refuses extra attributes that are not a JSON object", "[viz]") {
  KeySchema schema{"Id", "N", "", ""};
  ItemForm form;
  std::snprintf(form.partition_value, sizeof(form.partition_value), "1");
  json request;
  std::string error;
  for (const char* bad : {"{\"Year\": ", "[1, 2]", "42"}) {
    std::snprintf(form.extra_json, sizeof(form.extra_json), "%s", bad);
    CHECK_FALSE(PutItemRequest("T", schema, form, &request, &error));
    CHECK_FALSE(error.empty());
  }
}

TEST_CASE("GetItem and DeleteItem address an item by its full primary key", "[viz]") {
  KeySchema schema{"Id", "N", "", ""};
  ItemForm form;
  std::snprintf(form.partition_value, sizeof(form.partition_value), "42");
  CHECK(GetItemRequest("T", schema, form) ==
        json::parse(R"({"TableName":"T","Key":{"Id":{"N":"42"}}})"));
  CHECK(DeleteItemRequest("T", schema, form) ==
        json::parse(R"({"TableName":"T","Key":{"Id":{"N":"42"}}})"));
}

TEST_CASE("Random items are deterministic and carry the whole key", "[viz]") {
  KeySchema schema{"Artist", "S", "SongTitle", "S"};
  uint64_t a = 0, b = 0;
  std::vector<json> first = RandomPutRequests("Music", schema, &a, 5);
  std::vector<json> second = RandomPutRequests("Music", schema, &b, 5);
  CHECK(first == second);
  CHECK(a == 5);
  for (const json& r : first) {
    CHECK(r["Item"]["Artist"].contains("S"));
    CHECK(r["Item"]["SongTitle"].contains("S"));
  }
  // Sort key values are unique, so five requests make five items.
  CHECK(first[0]["Item"]["SongTitle"] != first[1]["Item"]["SongTitle"]);
}

TEST_CASE("RunRequest records a success and an error with its exception name", "[viz]") {
  Engine engine;
  ViewState state;
  CHECK(RunRequest(engine, state, "CreateTable", SampleTableRequest()));
  CHECK(state.last_response.ok);
  CHECK(state.last_response.operation == "CreateTable");
  // Creating the same table again: ResourceInUseException (DynamoDB CreateTable errors).
  CHECK_FALSE(RunRequest(engine, state, "CreateTable", SampleTableRequest()));
  CHECK(state.last_response.error_type == "ResourceInUseException");
  CHECK_FALSE(state.last_response.error_message.empty());
}

TEST_CASE("FindKeySchema reads the key schema from DescribeTable", "[viz]") {
  Engine engine;
  ViewState state;
  REQUIRE(RunRequest(engine, state, "CreateTable", SampleTableRequest()));
  const KeySchema* schema = FindKeySchema(engine, state, "Music");
  REQUIRE(schema != nullptr);
  CHECK(schema->partition_key == "Artist");
  CHECK(schema->partition_type == "S");
  CHECK(schema->sort_key == "SongTitle");
  CHECK(FindKeySchema(engine, state, "Nope") == nullptr);
}

}  // namespace
}  // namespace ddb::viz
