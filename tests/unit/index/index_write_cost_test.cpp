// What a base write costs in its indexes (Developer Guide, "Provisioned throughput considerations
// for Global Secondary Indexes" and "... for Local Secondary Indexes"; dynamodb-model §5.2), and
// the ConsumedCapacity INDEXES shape (API reference, ConsumedCapacity; dynamodb-model §3.7).
#include "index_support.h"

namespace ddb::test {

TEST_CASE("A new item with the index keys costs one write per index, reported per index", "[index]") {
  Engine e;
  CreateActive(e, OrdersTableRequest());
  json c = PutOrder(e, Order("ann", "o1", {{"OrderDate", S("2026-01-02")}, {"Status", S("NEW")}, {"Total", N("5")}}))
               ["ConsumedCapacity"];
  // "If you write a new item to the table that defines an indexed attribute ... one write
  // operation is required to put the item into the index": table 1 + LSI 1 + GSI 1.
  CHECK(c["TableName"] == "Orders");
  CHECK(c["CapacityUnits"] == 3.0);
  CHECK(c["WriteCapacityUnits"] == 3.0);
  CHECK(c["Table"] == json{{"CapacityUnits", 1.0}, {"WriteCapacityUnits", 1.0}});
  CHECK(c["LocalSecondaryIndexes"]["ByDate"] == json{{"CapacityUnits", 1.0}, {"WriteCapacityUnits", 1.0}});
  CHECK(c["GlobalSecondaryIndexes"]["ByStatus"] == json{{"CapacityUnits", 1.0}, {"WriteCapacityUnits", 1.0}});
  // TOTAL includes the indexes too.
  json total = PutOrder(e, Order("ann", "o2", {{"OrderDate", S("2026-01-03")}, {"Status", S("NEW")}, {"Total", N("6")}}),
                        "TOTAL")["ConsumedCapacity"];
  CHECK(total["CapacityUnits"] == 3.0);
  CHECK_FALSE(total.contains("Table"));
}

TEST_CASE("An item without the index keys costs nothing in the index (sparse index)", "[index]") {
  Engine e;
  CreateActive(e, OrdersTableRequest());
  // "If an item is not present in the index before or after the item is updated, there is no
  // additional write cost for the index."
  json c = PutOrder(e, Order("ann", "o1", {{"Note", S("no status")}}))["ConsumedCapacity"];
  CHECK(c["CapacityUnits"] == 1.0);
  CHECK(c["Table"]["CapacityUnits"] == 1.0);
  CHECK_FALSE(c.contains("GlobalSecondaryIndexes"));
  CHECK_FALSE(c.contains("LocalSecondaryIndexes"));
}

TEST_CASE("Changing an index key costs two index writes, removing it one", "[index]") {
  Engine e;
  CreateActive(e, OrdersTableRequest("KEYS_ONLY", "KEYS_ONLY"));
  PutOrder(e, Order("ann", "o1", {{"Status", S("NEW")}, {"Total", N("5")}}));
  auto update = [&](const std::string& expr, const json& values) {
    json r = {{"TableName", "Orders"},
              {"Key", Order("ann", "o1")},
              {"UpdateExpression", expr},
              {"ReturnConsumedCapacity", "INDEXES"}};
    if (expr.find("#s") != std::string::npos) r["ExpressionAttributeNames"] = {{"#s", "Status"}};
    if (!values.empty()) r["ExpressionAttributeValues"] = values;
    return Call(e, "UpdateItem", r)["ConsumedCapacity"];
  };
  // "If an update to the table changes the value of an indexed key attribute (from A to B), two
  // writes are required, one to delete the previous item from the index and another write to put
  // the new item into the index."
  json changed = update("SET #s = :v", {{":v", S("SHIPPED")}});
  CHECK(changed["GlobalSecondaryIndexes"]["ByStatus"]["WriteCapacityUnits"] == 2.0);
  CHECK(changed["CapacityUnits"] == 3.0);
  // KEYS_ONLY: a change to an attribute the index does not project does not touch it.
  json unprojected = update("SET Note = :n REMOVE Extra", {{":n", S("hello")}});
  CHECK_FALSE(unprojected.contains("GlobalSecondaryIndexes"));
  CHECK(unprojected["CapacityUnits"] == 1.0);
  // "If an item was present in the index, but a write to the table caused the indexed attribute
  // to be deleted, one write is required to delete the old item projection from the index."
  json removed = update("REMOVE #s", json::object());
  CHECK(removed["GlobalSecondaryIndexes"]["ByStatus"]["WriteCapacityUnits"] == 1.0);
}

TEST_CASE("Changing only a projected attribute costs one index write", "[index]") {
  Engine e;
  CreateActive(e, OrdersTableRequest("KEYS_ONLY", "INCLUDE"));
  PutOrder(e, Order("ann", "o1", {{"Status", S("NEW")}, {"Total", N("5")}, {"Note", S("a")}}));
  // "If an update to the table only changes the value of projected attributes in the index key
  // schema, but does not change the value of any indexed key attribute, one write is required to
  // update the values of the projected attributes into the index."
  json c = PutOrder(e, Order("ann", "o1", {{"Status", S("NEW")}, {"Total", N("5")}, {"Note", S("b")}}))["ConsumedCapacity"];
  CHECK(c["GlobalSecondaryIndexes"]["ByStatus"]["WriteCapacityUnits"] == 1.0);
}

TEST_CASE("Index writes are sized by the index entry, rounded up to 1 KB", "[index]") {
  Engine e;
  CreateActive(e, OrdersTableRequest("KEYS_ONLY", "ALL"));
  // A ~2.5 KB item: 3 WCU in the table; the ALL-projecting GSI entry is as large (3 WCU); the
  // KEYS_ONLY LSI entry is a few dozen bytes (1 WCU).
  json c = PutOrder(e, Order("ann", "o1", {{"OrderDate", S("d")}, {"Status", S("NEW")}, {"Total", N("5")},
                                           {"Note", S(std::string(2500, 'x'))}}))["ConsumedCapacity"];
  CHECK(c["Table"]["WriteCapacityUnits"] == 3.0);
  CHECK(c["GlobalSecondaryIndexes"]["ByStatus"]["WriteCapacityUnits"] == 3.0);
  CHECK(c["LocalSecondaryIndexes"]["ByDate"]["WriteCapacityUnits"] == 1.0);
  CHECK(c["CapacityUnits"] == 7.0);
}

TEST_CASE("A table write giving an index key the wrong type fails", "[index]") {
  Engine e;
  CreateActive(e, OrdersTableRequest());
  ApiError err = CallErr(e, "PutItem", {{"TableName", "Orders"}, {"Item", Order("ann", "o1", {{"Status", N("1")}})}});
  CHECK(err.type == ErrorType::kValidation);
  CHECK(err.message ==
        "One or more parameter values were invalid: Type mismatch for Index Key Status Expected: S Actual: N IndexName: ByStatus");
  CHECK_FALSE(Call(e, "GetItem", {{"TableName", "Orders"}, {"Key", Order("ann", "o1")}}).contains("Item"));
  // The same through BatchWriteItem and UpdateItem.
  CHECK(CallErr(e, "BatchWriteItem",
                {{"RequestItems", {{"Orders", {{{"PutRequest", {{"Item", Order("ann", "o2", {{"OrderDate", N("2")}})}}}}}}}}})
            .message.find("Type mismatch for Index Key OrderDate") != std::string::npos);
  PutOrder(e, Order("ann", "o3"));
  CHECK(CallErr(e, "UpdateItem", {{"TableName", "Orders"}, {"Key", Order("ann", "o3")}, {"UpdateExpression", "SET Total = :t"},
                                  {"ExpressionAttributeValues", {{":t", S("five")}}}})
            .type == ErrorType::kValidation);
}

TEST_CASE("BatchWriteItem reports index consumption per table", "[index]") {
  Engine e;
  CreateActive(e, OrdersTableRequest());
  json items = json::array();
  for (int i = 0; i < 3; ++i) {
    items.push_back({{"PutRequest", {{"Item", Order("ann", std::string("o") + std::to_string(i), {{"Status", S("NEW")}, {"Total", N("1")}})}}}});
  }
  json c = Call(e, "BatchWriteItem", {{"RequestItems", {{"Orders", items}}}, {"ReturnConsumedCapacity", "INDEXES"}})
               ["ConsumedCapacity"][0];
  CHECK(c["CapacityUnits"] == 6.0);
  CHECK(c["Table"]["WriteCapacityUnits"] == 3.0);
  CHECK(c["GlobalSecondaryIndexes"]["ByStatus"]["WriteCapacityUnits"] == 3.0);
}

}  // namespace ddb::test
