// CreateTable with secondary indexes: validation and the DescribeTable shape (dynamodb-model §7,
// API reference CreateTable, LocalSecondaryIndexDescription, GlobalSecondaryIndexDescription).
#include "index_support.h"

namespace ddb::test {

TEST_CASE("DescribeTable lists local and global indexes in DynamoDB's shape", "[index]") {
  Engine e;
  json created = Call(e, "CreateTable", OrdersTableRequest("KEYS_ONLY", "INCLUDE", 7))["TableDescription"];
  // While the table is CREATING its GSIs are CREATING too; Backfilling is absent for indexes made
  // by CreateTable (only online creation reports it).
  REQUIRE(created["GlobalSecondaryIndexes"].size() == 1);
  CHECK(created["GlobalSecondaryIndexes"][0]["IndexStatus"] == "CREATING");
  CHECK_FALSE(created["GlobalSecondaryIndexes"][0].contains("Backfilling"));
  e.AdvanceClock(60'000);
  json t = Call(e, "DescribeTable", {{"TableName", "Orders"}})["Table"];
  json lsi = t["LocalSecondaryIndexes"][0];
  CHECK(lsi["IndexName"] == "ByDate");
  CHECK(lsi["KeySchema"] == json::array({KeyElementJson("Customer", "HASH"), KeyElementJson("OrderDate", "RANGE")}));
  CHECK(lsi["Projection"] == json{{"ProjectionType", "KEYS_ONLY"}});
  CHECK(lsi["IndexSizeBytes"] == 0);
  CHECK(lsi["ItemCount"] == 0);
  CHECK(lsi["IndexArn"] == t["TableArn"].get<std::string>() + "/index/ByDate");
  CHECK_FALSE(lsi.contains("IndexStatus"));  // LocalSecondaryIndexDescription has no status
  json gsi = t["GlobalSecondaryIndexes"][0];
  CHECK(gsi["IndexName"] == "ByStatus");
  CHECK(gsi["IndexStatus"] == "ACTIVE");
  CHECK(gsi["Projection"] == json{{"ProjectionType", "INCLUDE"}, {"NonKeyAttributes", {"Note"}}});
  CHECK(gsi["ProvisionedThroughput"]["ReadCapacityUnits"] == 100);
  CHECK(gsi["ProvisionedThroughput"]["WriteCapacityUnits"] == 7);
  CHECK(gsi["IndexArn"] == t["TableArn"].get<std::string>() + "/index/ByStatus");
}

TEST_CASE("Index definitions are validated with DynamoDB's messages", "[index]") {
  Engine e;
  SECTION("at most 5 local indexes per table (Developer Guide quotas)") {
    json r = OrdersTableRequest();
    json lsi = r["LocalSecondaryIndexes"][0];
    r["LocalSecondaryIndexes"] = json::array();
    for (int i = 0; i < 6; ++i) {
      lsi["IndexName"] = std::string("ByDate") + std::to_string(i);
      r["LocalSecondaryIndexes"].push_back(lsi);
    }
    CHECK(CallErr(e, "CreateTable", r).message ==
          "One or more parameter values were invalid: Number of LocalSecondaryIndexes exceeds per-table limit of 5");
    r["LocalSecondaryIndexes"].erase(5);
    Call(e, "CreateTable", r);  // five is fine
  }
  SECTION("at most 20 global indexes per table") {
    json r = OrdersTableRequest();
    json gsi = r["GlobalSecondaryIndexes"][0];
    r["GlobalSecondaryIndexes"] = json::array();
    for (int i = 0; i < 21; ++i) {
      gsi["IndexName"] = std::string("ByStatus") + std::to_string(i);
      r["GlobalSecondaryIndexes"].push_back(gsi);
    }
    CHECK(CallErr(e, "CreateTable", r).message ==
          "One or more parameter values were invalid: GlobalSecondaryIndex count exceeds the per-table limit of 20");
  }
  SECTION("a local index needs a table with a range key") {
    json r = OrdersTableRequest();
    r["KeySchema"] = json::array({KeyElementJson("Customer", "HASH")});
    r["AttributeDefinitions"].erase(1);
    CHECK(CallErr(e, "CreateTable", r).message ==
          "One or more parameter values were invalid: Table KeySchema does not have a range key, which is required "
          "when specifying a LocalSecondaryIndex");
  }
  SECTION("a local index has the table's hash key") {
    json r = OrdersTableRequest();
    r["LocalSecondaryIndexes"][0]["KeySchema"][0]["AttributeName"] = "Status";
    CHECK(CallErr(e, "CreateTable", r).message ==
          "One or more parameter values were invalid: Index KeySchema does not have the same leading hash key as table "
          "KeySchema for index: ByDate. index hash key: Status, table hash key: Customer");
  }
  SECTION("index keys must be defined") {
    json r = OrdersTableRequest();
    r["GlobalSecondaryIndexes"][0]["KeySchema"][0]["AttributeName"] = "Region";
    CHECK(CallErr(e, "CreateTable", r).message ==
          "One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. "
          "Keys: [Region, Total], AttributeDefinitions: [Customer, OrderId, OrderDate, Status, Total]");
  }
  SECTION("every attribute definition must be used by a key schema") {
    json r = OrdersTableRequest();
    r["AttributeDefinitions"].push_back(AttrJson("Unused", "S"));
    CHECK(CallErr(e, "CreateTable", r).message ==
          "One or more parameter values were invalid: Some AttributeDefinitions are not used. AttributeDefinitions: "
          "[Customer, OrderId, OrderDate, Status, Total, Unused], keys used: [Customer, OrderId, OrderDate, Status, Total]");
  }
  SECTION("NonKeyAttributes only with INCLUDE, at most 20 per index") {
    json r = OrdersTableRequest();
    r["GlobalSecondaryIndexes"][0]["Projection"] = {{"ProjectionType", "ALL"}, {"NonKeyAttributes", {"Note"}}};
    CHECK(CallErr(e, "CreateTable", r).message ==
          "One or more parameter values were invalid: ProjectionType is ALL, but NonKeyAttributes is specified");
    json many = json::array();
    for (int i = 0; i < 21; ++i) many.push_back(std::string("a") + std::to_string(i));
    r["GlobalSecondaryIndexes"][0]["Projection"] = {{"ProjectionType", "INCLUDE"}, {"NonKeyAttributes", many}};
    CHECK(CallErr(e, "CreateTable", r).type == ErrorType::kValidation);
  }
  SECTION("at most 100 projected non-key attributes across the table's indexes") {
    json r = OrdersTableRequest();
    json gsi = r["GlobalSecondaryIndexes"][0];
    r["GlobalSecondaryIndexes"] = json::array();
    for (int g = 0; g < 6; ++g) {  // 6 x 17 = 102 > 100
      json attrs = json::array();
      for (int i = 0; i < 17; ++i) attrs.push_back(std::string("a") + std::to_string(i));
      gsi["IndexName"] = std::string("G") + std::to_string(g) + "xx";
      gsi["Projection"] = {{"ProjectionType", "INCLUDE"}, {"NonKeyAttributes", attrs}};
      r["GlobalSecondaryIndexes"].push_back(gsi);
    }
    CHECK(CallErr(e, "CreateTable", r).type == ErrorType::kLimitExceeded);
    r["GlobalSecondaryIndexes"].erase(5);  // 5 x 17 = 85
    Call(e, "CreateTable", r);
  }
  SECTION("a GSI of an on-demand table takes no ProvisionedThroughput; of a provisioned one, it must") {
    json r = OrdersTableRequest();
    r.erase("ProvisionedThroughput");
    r["BillingMode"] = "PAY_PER_REQUEST";
    CHECK(CallErr(e, "CreateTable", r).message ==
          "One or more parameter values were invalid: ProvisionedThroughput should not be specified for index: ByStatus "
          "when BillingMode is PAY_PER_REQUEST");
    json p = OrdersTableRequest();
    p["GlobalSecondaryIndexes"][0].erase("ProvisionedThroughput");
    CHECK(CallErr(e, "CreateTable", p).type == ErrorType::kValidation);
  }
  SECTION("index names are unique") {
    json r = OrdersTableRequest();
    r["GlobalSecondaryIndexes"][0]["IndexName"] = "ByDate";
    CHECK(CallErr(e, "CreateTable", r).message == "One or more parameter values were invalid: Duplicate index name: ByDate");
  }
  CHECK(e.TableNames().size() <= 1);
}

}  // namespace ddb::test
