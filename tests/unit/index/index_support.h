// Helpers for the secondary-index tests: an Orders table keyed by (Customer, OrderId) with an LSI
// on OrderDate and a GSI on Status (+ Total), and item builders.
#pragma once

#include "test_support.h"

#include <string>

namespace ddb::test {

inline json KeyElementJson(const std::string& name, const std::string& type) {
  return {{"AttributeName", name}, {"KeyType", type}};
}
inline json AttrJson(const std::string& name, const std::string& type) {
  return {{"AttributeName", name}, {"AttributeType", type}};
}

// Orders(Customer HASH, OrderId RANGE); LSI ByDate (Customer, OrderDate) projecting `lsi_projection`;
// GSI ByStatus (Status, Total) projecting `gsi_projection`, with `gsi_wcu` WCU (table: 100/100).
inline json OrdersTableRequest(const std::string& lsi_projection = "ALL", const std::string& gsi_projection = "ALL",
                               int gsi_wcu = 100) {
  json lsi_proj = {{"ProjectionType", lsi_projection}};
  json gsi_proj = {{"ProjectionType", gsi_projection}};
  if (lsi_projection == "INCLUDE") lsi_proj["NonKeyAttributes"] = {"Note"};
  if (gsi_projection == "INCLUDE") gsi_proj["NonKeyAttributes"] = {"Note"};
  return {{"TableName", "Orders"},
          {"AttributeDefinitions", {AttrJson("Customer", "S"), AttrJson("OrderId", "S"), AttrJson("OrderDate", "S"),
                                    AttrJson("Status", "S"), AttrJson("Total", "N")}},
          {"KeySchema", {KeyElementJson("Customer", "HASH"), KeyElementJson("OrderId", "RANGE")}},
          {"ProvisionedThroughput", {{"ReadCapacityUnits", 100}, {"WriteCapacityUnits", 100}}},
          {"LocalSecondaryIndexes",
           {{{"IndexName", "ByDate"},
             {"KeySchema", {KeyElementJson("Customer", "HASH"), KeyElementJson("OrderDate", "RANGE")}},
             {"Projection", lsi_proj}}}},
          {"GlobalSecondaryIndexes",
           {{{"IndexName", "ByStatus"},
             {"KeySchema", {KeyElementJson("Status", "HASH"), KeyElementJson("Total", "RANGE")}},
             {"Projection", gsi_proj},
             {"ProvisionedThroughput", {{"ReadCapacityUnits", 100}, {"WriteCapacityUnits", gsi_wcu}}}}}}};
}

inline json Order(const std::string& customer, const std::string& id, json extra = json::object()) {
  json item = {{"Customer", {{"S", customer}}}, {"OrderId", {{"S", id}}}};
  for (auto it = extra.begin(); it != extra.end(); ++it) item[it.key()] = it.value();
  return item;
}
inline json S(const std::string& v) { return {{"S", v}}; }
inline json N(const std::string& v) { return {{"N", v}}; }

inline json PutOrder(Engine& e, const json& item, const std::string& capacity = "INDEXES") {
  return Call(e, "PutItem", {{"TableName", "Orders"}, {"Item", item}, {"ReturnConsumedCapacity", capacity}});
}

inline json QueryStatus(Engine& e, const std::string& status, json extra = json::object()) {
  json r = {{"TableName", "Orders"},
            {"IndexName", "ByStatus"},
            {"KeyConditionExpression", "#s = :s"},
            {"ExpressionAttributeNames", {{"#s", "Status"}}},
            {"ExpressionAttributeValues", {{":s", S(status)}}}};
  for (auto it = extra.begin(); it != extra.end(); ++it) r[it.key()] = it.value();
  return Call(e, "Query", r);
}

}  // namespace ddb::test
