// Query and Scan with IndexName (dynamodb-model §3.3, §5.2, §7): propagation, sparse indexes,
// projections, consistency, pagination and read cost.
#include "index_support.h"

namespace ddb::test {

TEST_CASE("A GSI is updated asynchronously; an LSI with the item", "[index]") {
  Engine e;
  CreateActive(e, OrdersTableRequest());
  PutOrder(e, Order("ann", "o1", {{"OrderDate", S("2026-01-02")}, {"Status", S("NEW")}, {"Total", N("5")}}));
  // Right after the write: the LSI has it, the GSI not yet (the lag is at least 5 ms).
  json lsi = Call(e, "Query", {{"TableName", "Orders"}, {"IndexName", "ByDate"},
                               {"KeyConditionExpression", "Customer = :c"}, {"ExpressionAttributeValues", {{":c", S("ann")}}}});
  CHECK(lsi["Count"] == 1);
  CHECK(QueryStatus(e, "NEW")["Count"] == 0);
  // "Normally within a fraction of a second" (simulation choice 16 bounds the lag at 800 ms).
  e.AdvanceClock(1000);
  json gsi = QueryStatus(e, "NEW");
  REQUIRE(gsi["Count"] == 1);
  CHECK(gsi["Items"][0]["OrderId"] == S("o1"));
  // The events show the queued update and its arrival.
  bool queued = false, applied = false;
  for (const Event& ev : e.events().all()) {
    queued |= ev.kind == EventKind::kIndexUpdateQueued && ev.detail.rfind("ByStatus", 0) == 0;
    applied |= ev.kind == EventKind::kIndexUpdateApplied && ev.detail.rfind("ByStatus", 0) == 0;
  }
  CHECK(queued);
  CHECK(applied);
  // A delete reaches the GSI the same way.
  Call(e, "DeleteItem", {{"TableName", "Orders"}, {"Key", Order("ann", "o1")}});
  e.AdvanceClock(1000);
  CHECK(QueryStatus(e, "NEW")["Count"] == 0);
}

TEST_CASE("Items without the index key are absent from the index", "[index]") {
  Engine e;
  CreateActive(e, OrdersTableRequest());
  PutOrder(e, Order("ann", "o1", {{"Status", S("NEW")}}));  // no Total: not in ByStatus (HASH+RANGE)
  PutOrder(e, Order("ann", "o2", {{"Status", S("NEW")}, {"Total", N("3")}}));
  e.AdvanceClock(1000);
  json scan = Call(e, "Scan", {{"TableName", "Orders"}, {"IndexName", "ByStatus"}});
  CHECK(scan["Count"] == 1);
  CHECK(scan["Items"][0]["OrderId"] == S("o2"));
}

TEST_CASE("Index reads: consistency, projections and unknown indexes", "[index]") {
  Engine e;
  CreateActive(e, OrdersTableRequest("KEYS_ONLY", "KEYS_ONLY"));
  PutOrder(e, Order("ann", "o1", {{"OrderDate", S("d1")}, {"Status", S("NEW")}, {"Total", N("5")}, {"Note", S("x")}}));
  e.AdvanceClock(1000);
  // "Strongly consistent reads are not supported on global secondary indexes."
  CHECK(CallErr(e, "Query", {{"TableName", "Orders"}, {"IndexName", "ByStatus"}, {"ConsistentRead", true},
                             {"KeyConditionExpression", "#s = :s"}, {"ExpressionAttributeNames", {{"#s", "Status"}}},
                             {"ExpressionAttributeValues", {{":s", S("NEW")}}}})
            .message == "Consistent reads are not supported on global secondary indexes");
  CHECK(CallErr(e, "Query", {{"TableName", "Orders"}, {"IndexName", "ByStatus"}, {"Select", "ALL_ATTRIBUTES"},
                             {"KeyConditionExpression", "#s = :s"}, {"ExpressionAttributeNames", {{"#s", "Status"}}},
                             {"ExpressionAttributeValues", {{":s", S("NEW")}}}})
            .message == "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global "
                        "secondary index ByStatus because its projection type is not ALL");
  CHECK(CallErr(e, "Scan", {{"TableName", "Orders"}, {"IndexName", "Nope"}}).message ==
        "The table does not have the specified index: Nope");
  // A GSI returns only what it projects: the table's and the index's keys.
  json item = QueryStatus(e, "NEW")["Items"][0];
  CHECK(item == json{{"Customer", S("ann")}, {"OrderId", S("o1")}, {"Status", S("NEW")}, {"Total", N("5")}});
  // A strongly consistent LSI read is allowed, and can fetch the other attributes from the table.
  json lsi = Call(e, "Query", {{"TableName", "Orders"}, {"IndexName", "ByDate"}, {"ConsistentRead", true},
                               {"Select", "ALL_ATTRIBUTES"}, {"KeyConditionExpression", "Customer = :c"},
                               {"ExpressionAttributeValues", {{":c", S("ann")}}}});
  CHECK(lsi["Items"][0]["Note"] == S("x"));
}

TEST_CASE("An LSI read fetching from the table pays for each fetched item", "[index]") {
  Engine e;
  CreateActive(e, OrdersTableRequest("KEYS_ONLY", "ALL"));
  // Developer Guide (LSI read cost): entries summed and rounded to 4 KB, plus each fetched item
  // rounded to 4 KB on its own: 4 small entries (4 KB) + 4 fetches (4 x 4 KB) = 20 KB = 5 RCU
  // strongly consistent.
  for (int i = 0; i < 4; ++i) {
    PutOrder(e, Order("ann", std::string("o") + std::to_string(i), {{"OrderDate", S(std::string("d") + std::to_string(i))}, {"Note", S(std::string(250, 'n'))}}));
  }
  json base = {{"TableName", "Orders"}, {"IndexName", "ByDate"}, {"ConsistentRead", true},
               {"KeyConditionExpression", "Customer = :c"}, {"ExpressionAttributeValues", {{":c", S("ann")}}},
               {"ReturnConsumedCapacity", "INDEXES"}};
  json fetch = base;
  fetch["Select"] = "ALL_ATTRIBUTES";
  json c = Call(e, "Query", fetch)["ConsumedCapacity"];
  CHECK(c["CapacityUnits"] == 5.0);
  CHECK(c["LocalSecondaryIndexes"]["ByDate"]["ReadCapacityUnits"] == 1.0);
  CHECK(c["Table"]["ReadCapacityUnits"] == 4.0);
  // Only what the index holds: one 4 KB block.
  CHECK(Call(e, "Query", base)["ConsumedCapacity"]["CapacityUnits"] == 1.0);
}

TEST_CASE("A GSI query is charged by entry sizes, eventually consistent, to the index", "[index]") {
  Engine e;
  CreateActive(e, OrdersTableRequest("KEYS_ONLY", "ALL"));
  // "GSI queries: sum of projected-entry sizes, eventual only (0.5 per 4 KB)": 3 entries of ~3 KB
  // = ~9 KB -> 12 KB -> 1.5 RCU.
  for (int i = 0; i < 3; ++i) {
    PutOrder(e, Order("ann", std::string("o") + std::to_string(i), {{"Status", S("NEW")}, {"Total", N(std::to_string(i))},
                                                       {"Note", S(std::string(3000, 'n'))}}));
  }
  e.AdvanceClock(1000);
  json c = QueryStatus(e, "NEW", {{"ReturnConsumedCapacity", "INDEXES"}})["ConsumedCapacity"];
  CHECK(c["CapacityUnits"] == 1.5);
  CHECK(c["GlobalSecondaryIndexes"]["ByStatus"]["ReadCapacityUnits"] == 1.5);
  CHECK(c["Table"]["CapacityUnits"] == 0.0);
}

TEST_CASE("Index pages: LastEvaluatedKey holds the table and index keys; duplicates by base key", "[index]") {
  Engine e;
  CreateActive(e, OrdersTableRequest());
  // Three orders with the same index key (Status, Total): simulation choice 24 orders duplicates
  // by the base-table key.
  for (const char* id : {"c", "a", "b"}) PutOrder(e, Order("ann", id, {{"Status", S("NEW")}, {"Total", N("1")}}));
  e.AdvanceClock(1000);
  json first = QueryStatus(e, "NEW", {{"Limit", 2}});
  REQUIRE(first["Count"] == 2);
  CHECK(first["Items"][0]["OrderId"] == S("a"));
  CHECK(first["Items"][1]["OrderId"] == S("b"));
  CHECK(first["LastEvaluatedKey"] == json{{"Customer", S("ann")}, {"OrderId", S("b")}, {"Status", S("NEW")}, {"Total", N("1")}});
  json second = QueryStatus(e, "NEW", {{"Limit", 2}, {"ExclusiveStartKey", first["LastEvaluatedKey"]}});
  REQUIRE(second["Count"] == 1);
  CHECK(second["Items"][0]["OrderId"] == S("c"));
  CHECK_FALSE(second.contains("LastEvaluatedKey"));
  CHECK(CallErr(e, "Query", {{"TableName", "Orders"}, {"IndexName", "ByStatus"}, {"KeyConditionExpression", "#s = :s"},
                             {"ExpressionAttributeNames", {{"#s", "Status"}}}, {"ExpressionAttributeValues", {{":s", S("NEW")}}},
                             {"ExclusiveStartKey", Order("ann", "b")}})
            .message == "The provided starting key is invalid");
  // Backwards, by Total.
  PutOrder(e, Order("bob", "z", {{"Status", S("NEW")}, {"Total", N("9")}}));
  e.AdvanceClock(1000);
  CHECK(QueryStatus(e, "NEW", {{"ScanIndexForward", false}})["Items"][0]["OrderId"] == S("z"));
}

}  // namespace ddb::test
