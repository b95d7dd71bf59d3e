// The table designer's model: the CreateTable request a design makes, the attribute definitions
// derived from its keys, and the limits DynamoDB enforces (quoted from the Developer Guide and the
// API reference).
#include "app/table_designer_model.h"

#include "ddb/console_syntax.h"
#include "ddb/engine.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace ddb::viz {
namespace {

using nlohmann::json;

bool HasProblem(const TableDesign& d, const std::string& field) {
  std::vector<DesignProblem> problems = ValidateDesign(d);
  return std::any_of(problems.begin(), problems.end(),
                     [&](const DesignProblem& p) { return p.field == field; });
}

TableDesign Preset(const char* id) {
  TableDesign d;
  REQUIRE(ApplyDesignPreset(id, &d));
  return d;
}

DesignIndex Lsi(std::string name, std::string sort_key) {
  DesignIndex x;
  x.name = std::move(name);
  x.sort_key = {std::move(sort_key), 0};
  return x;
}

DesignIndex Gsi(std::string name, std::string partition_key) {
  DesignIndex x;
  x.name = std::move(name);
  x.partition_key = {std::move(partition_key), 0};
  x.has_sort_key = false;
  return x;
}

// "Index3" (built by appending: GCC 12 warns falsely about Numbered("Index", i)).
std::string Numbered(const char* prefix, int i) {
  std::string out = prefix;
  out += std::to_string(i);
  return out;
}

// A comma-separated list of `n` distinct attribute names starting at A<first>.
std::string Names(int first, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    out += i ? ", A" : "A";
    out += std::to_string(first + i);
  }
  return out;
}

TEST_CASE("Designer: the presets are valid designs", "[viz]") {
  for (const DesignPreset& p : kDesignPresets) {
    INFO(p.id);
    CHECK(ValidateDesign(Preset(p.id)).empty());
  }
  TableDesign d;
  d.name = "Untouched";
  CHECK_FALSE(ApplyDesignPreset("no-such-preset", &d));
  CHECK(d.name == "Untouched");
}

TEST_CASE("Designer: a provisioned table with a GSI makes the documented CreateTable shape", "[viz]") {
  json r = CreateTableRequestToSend(Preset("orders-gsi"));
  CHECK(r["TableName"] == "Orders");
  CHECK(r["BillingMode"] == "PROVISIONED");
  CHECK(r["ProvisionedThroughput"] == json({{"ReadCapacityUnits", 5}, {"WriteCapacityUnits", 5}}));
  CHECK(r["KeySchema"] == json::parse(R"([{"AttributeName":"CustomerId","KeyType":"HASH"},
                                          {"AttributeName":"OrderDate","KeyType":"RANGE"}])"));
  // AttributeDefinitions: every key attribute of the table and its indexes, once (§3.1); OrderDate
  // is both the table's and the index's sort key.
  CHECK(r["AttributeDefinitions"] == json::parse(R"([{"AttributeName":"CustomerId","AttributeType":"S"},
                                                     {"AttributeName":"OrderDate","AttributeType":"S"},
                                                     {"AttributeName":"OrderStatus","AttributeType":"S"}])"));
  REQUIRE(r["GlobalSecondaryIndexes"].size() == 1);
  const json& gsi = r["GlobalSecondaryIndexes"][0];
  CHECK(gsi["IndexName"] == "StatusIndex");
  CHECK(gsi["KeySchema"][0] == json({{"AttributeName", "OrderStatus"}, {"KeyType", "HASH"}}));
  CHECK(gsi["Projection"] == json::parse(R"({"ProjectionType":"INCLUDE","NonKeyAttributes":["Total","ItemCount"]})"));
  // A GSI of a provisioned table has its own RCU/WCU (§7).
  CHECK(gsi.contains("ProvisionedThroughput"));
  CHECK(r["StreamSpecification"] == json({{"StreamEnabled", true}, {"StreamViewType", "NEW_AND_OLD_IMAGES"}}));
  CHECK_FALSE(r.contains("LocalSecondaryIndexes"));
  CHECK_FALSE(r.contains("Tags"));
}

TEST_CASE("Designer: an on-demand table sends no ProvisionedThroughput, not even for its GSIs", "[viz]") {
  // §3.1: ProvisionedThroughput is forbidden for PAY_PER_REQUEST.
  TableDesign d = Preset("orders-gsi");
  d.on_demand = true;
  json r = CreateTableRequestToSend(d);
  CHECK(r["BillingMode"] == "PAY_PER_REQUEST");
  CHECK_FALSE(r.contains("ProvisionedThroughput"));
  CHECK_FALSE(r["GlobalSecondaryIndexes"][0].contains("ProvisionedThroughput"));
}

TEST_CASE("Designer: an LSI keeps the table's partition key and sorts by its own attribute", "[viz]") {
  json r = CreateTableRequestToSend(Preset("forum-lsi"));
  REQUIRE(r["LocalSecondaryIndexes"].size() == 1);
  const json& lsi = r["LocalSecondaryIndexes"][0];
  CHECK(lsi["IndexName"] == "LastPostIndex");
  CHECK(lsi["KeySchema"] == json::parse(R"([{"AttributeName":"ForumName","KeyType":"HASH"},
                                            {"AttributeName":"LastPostDateTime","KeyType":"RANGE"}])"));
  CHECK(lsi["Projection"] == json({{"ProjectionType", "KEYS_ONLY"}}));
  CHECK_FALSE(lsi.contains("ProvisionedThroughput"));  // an LSI shares the table's capacity (§7)
  CHECK(r["AttributeDefinitions"].size() == 3);
}

TEST_CASE("Designer: the scale profile travels as the ddbviz:profile tag", "[viz]") {
  TableDesign d = Preset("music");
  CHECK_FALSE(CreateTableRequestToSend(d).contains("Tags"));
  d.profile = ProfileKind::kClassroom;
  CHECK(CreateTableRequestToSend(d)["Tags"] ==
        json::parse(R"([{"Key":"ddbviz:profile","Value":"classroom"}])"));
}

TEST_CASE("Designer: one attribute name with two key types is defined once and flagged", "[viz]") {
  TableDesign d = Preset("orders-gsi");
  d.global_indexes[0].sort_key.type = 1;  // OrderDate as N in the index, S in the table
  std::vector<DerivedAttribute> defs = DeriveAttributeDefinitions(d);
  REQUIRE(defs.size() == 3);
  CHECK(defs[1].name == "OrderDate");
  CHECK(defs[1].type == "S");  // the first use wins in the request
  CHECK(defs[1].conflict == "N");
  CHECK(HasProblem(d, "attr/OrderDate"));
}

TEST_CASE("Designer: table names have 3 to 255 characters of a-z A-Z 0-9 _ - .", "[viz]") {
  // §1.3: API pattern [a-zA-Z0-9_.-]+, length 3-255.
  TableDesign d = Preset("music");
  d.name = "";
  CHECK(HasProblem(d, "name"));
  d.name = "ab";
  CHECK(HasProblem(d, "name"));
  d.name = "abc";
  CHECK_FALSE(HasProblem(d, "name"));
  d.name = std::string(255, 'x');
  CHECK_FALSE(HasProblem(d, "name"));
  d.name = std::string(256, 'x');
  CHECK(HasProblem(d, "name"));
  d.name = "My Table";
  CHECK(HasProblem(d, "name"));
  d.name = "my_table-2.0";
  CHECK_FALSE(HasProblem(d, "name"));
}

TEST_CASE("Designer: keys must be named, and the sort key differs from the partition key", "[viz]") {
  TableDesign d = Preset("music");
  d.partition_key.name = "";
  CHECK(HasProblem(d, "pk"));
  d = Preset("music");
  d.sort_key.name = "";
  CHECK(HasProblem(d, "sk"));
  d.has_sort_key = false;  // an unticked sort key is not checked
  CHECK(ValidateDesign(d).empty());
  d = Preset("music");
  d.sort_key.name = "Artist";
  CHECK(HasProblem(d, "sk"));
}

TEST_CASE("Designer: provisioned capacity is at least 1 unit, at most 40,000 per table", "[viz]") {
  // §5.3: minimum 1 RCU and 1 WCU; default quota 40,000 RCU and 40,000 WCU per table, its GSIs
  // included.
  TableDesign d = Preset("orders-gsi");
  d.read_capacity = 0;
  CHECK(HasProblem(d, "capacity"));
  d.on_demand = true;  // no capacity to check on-demand
  CHECK_FALSE(HasProblem(d, "capacity"));
  d = Preset("orders-gsi");
  d.write_capacity = 39995;
  d.global_indexes[0].write_capacity = 5;  // 40,000 in all: allowed
  CHECK_FALSE(HasProblem(d, "capacity"));
  d.global_indexes[0].write_capacity = 6;  // 40,001
  CHECK(HasProblem(d, "capacity"));
  d = Preset("orders-gsi");
  d.global_indexes[0].read_capacity = 0;
  CHECK(HasProblem(d, "gsi/0/capacity"));
}

TEST_CASE("Designer: at most 5 local secondary indexes", "[viz]") {
  // §7: LSIs "<= 5 per table".
  TableDesign d = Preset("forum-lsi");
  d.local_indexes.clear();
  for (int i = 0; i < 5; ++i) d.local_indexes.push_back(Lsi(Numbered("Index", i), Numbered("S", i)));
  CHECK(ValidateDesign(d).empty());
  d.local_indexes.push_back(Lsi("Index5", "S5"));
  CHECK(HasProblem(d, "lsi"));
}

TEST_CASE("Designer: at most 20 global secondary indexes", "[viz]") {
  // §7: "20 per table (default, adjustable)".
  TableDesign d = Preset("music");
  for (int i = 0; i < 20; ++i) d.global_indexes.push_back(Gsi(Numbered("Index", i), Numbered("P", i)));
  CHECK(ValidateDesign(d).empty());
  d.global_indexes.push_back(Gsi("Index20", "P20"));
  CHECK(HasProblem(d, "gsi"));
}

TEST_CASE("Designer: an LSI needs a table with a sort key and a sort key of its own", "[viz]") {
  // §7: an LSI has "same partition key as table + one different sort key".
  TableDesign d = Preset("forum-lsi");
  d.has_sort_key = false;
  CHECK(HasProblem(d, "lsi"));
  d = Preset("forum-lsi");
  d.local_indexes[0].sort_key.name = "Subject";  // the table's own sort key
  CHECK(HasProblem(d, "lsi/0/sk"));
  d.local_indexes[0].sort_key.name = "ForumName";  // the partition key
  CHECK(HasProblem(d, "lsi/0/sk"));
  d.local_indexes[0].sort_key.name = "";
  CHECK(HasProblem(d, "lsi/0/sk"));
}

TEST_CASE("Designer: index names are unique across LSIs and GSIs", "[viz]") {
  TableDesign d = Preset("forum-lsi");
  d.global_indexes.push_back(Gsi("LastPostIndex", "Author"));
  CHECK(HasProblem(d, "gsi/0/name"));
  CHECK_FALSE(HasProblem(d, "lsi/0/name"));  // the first use is fine
  d.global_indexes[0].name = "ByAuthor";
  CHECK(ValidateDesign(d).empty());
  d.global_indexes[0].name = "x";  // index names follow the table-name rules (§1.3)
  CHECK(HasProblem(d, "gsi/0/name"));
}

TEST_CASE("Designer: INCLUDE lists 1 to 20 non-key attributes per index", "[viz]") {
  // §7: "the API model also caps each index's list at 20".
  TableDesign d = Preset("orders-gsi");
  DesignIndex& g = d.global_indexes[0];
  g.non_key_attributes = Names(0, 20);
  CHECK_FALSE(HasProblem(d, "gsi/0/nonkey"));
  g.non_key_attributes = Names(0, 21);
  CHECK(HasProblem(d, "gsi/0/nonkey"));
  g.non_key_attributes = " , ";
  CHECK(HasProblem(d, "gsi/0/nonkey"));
  g.non_key_attributes = "Total, Total";
  CHECK(HasProblem(d, "gsi/0/nonkey"));
  g.projection = ProjectionKind::kAll;  // the list is ignored unless INCLUDE
  CHECK(ValidateDesign(d).empty());
}

TEST_CASE("Designer: at most 100 non-key attributes over all indexes, repeats counted", "[viz]") {
  // §7: "Total NonKeyAttributes across all LSIs and GSIs of a table <= 100 (same name in two
  // indexes counts twice; KEYS_ONLY/ALL don't count)".
  TableDesign d = Preset("music");
  for (int i = 0; i < 5; ++i) {
    DesignIndex g = Gsi(Numbered("Index", i), "P");
    g.projection = ProjectionKind::kInclude;
    g.non_key_attributes = Names(0, 20);  // the same 20 names in every index
    d.global_indexes.push_back(g);
  }
  CHECK(ValidateDesign(d).empty());  // 5 x 20 = 100
  DesignIndex extra = Gsi("Index5", "P");
  extra.projection = ProjectionKind::kInclude;
  extra.non_key_attributes = "Total";
  d.global_indexes.push_back(extra);
  CHECK(HasProblem(d, "nonkey"));  // 101
  d.global_indexes.back().projection = ProjectionKind::kKeysOnly;
  CHECK_FALSE(HasProblem(d, "nonkey"));
}

TEST_CASE("Designer: attribute lists split at commas and spaces", "[viz]") {
  CHECK(ParseAttributeList("Total, ItemCount  Status,,") ==
        std::vector<std::string>{"Total", "ItemCount", "Status"});
  CHECK(ParseAttributeList("  ").empty());
}

TEST_CASE("Designer: the CLI text is the aws create-table command that sends the same request", "[viz]") {
  for (const DesignPreset& p : kDesignPresets) {
    INFO(p.id);
    TableDesign d = Preset(p.id);
    d.profile = ProfileKind::kReal;
    std::string cli = CreateTableCliText(d);
    CHECK(cli.rfind("aws dynamodb create-table", 0) == 0);
    auto parsed = ParseConsoleInput(cli);
    REQUIRE(parsed.ok());
    CHECK(parsed.value().operation == "CreateTable");
    CHECK(parsed.value().request == CreateTableRequestToSend(d));
  }
}

TEST_CASE("Designer: the pretty JSON starts with TableName and parses back to the request", "[viz]") {
  std::string text = CreateTableJsonText(Preset("music"));
  CHECK(text.rfind("{\n  \"TableName\": \"Music\",\n  \"AttributeDefinitions\": [\n"
                   "    { \"AttributeName\": \"Artist\", \"AttributeType\": \"S\" },\n", 0) == 0);
  for (const DesignPreset& p : kDesignPresets) {
    INFO(p.id);
    TableDesign d = Preset(p.id);
    CHECK(json::parse(CreateTableJsonText(d)) == CreateTableRequestToSend(d));
  }
}

TEST_CASE("Designer: the Music preset creates a table through Engine::Handle", "[viz]") {
  Engine engine(EngineOptions{});
  auto result = engine.Handle("CreateTable", CreateTableRequestToSend(Preset("music")));
  REQUIRE(result.ok());
  CHECK(result.value()["TableDescription"]["TableName"] == "Music");
  CHECK(result.value()["TableDescription"]["TableStatus"] == "CREATING");
}

}  // namespace
}  // namespace ddb::viz
