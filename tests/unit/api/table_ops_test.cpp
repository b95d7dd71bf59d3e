// Control-plane behaviour (dynamodb-model §3.1, §6.2): creation, status transitions on the
// virtual clock, validation messages, listing and deletion.
#include "test_support.h"

using namespace ddb;
using namespace ddb::test;

TEST_CASE("CreateTable answers CREATING and becomes ACTIVE on the virtual clock", "[api]") {
  Engine e;
  json r = Call(e, "CreateTable", MusicTableRequest());
  CHECK(r["TableDescription"]["TableStatus"] == "CREATING");
  CHECK(r["TableDescription"]["TableName"] == "Music");
  CHECK(r["TableDescription"]["ItemCount"] == 0);
  // Data-plane calls are refused until the table is ACTIVE.
  ApiError early = CallErr(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("a", "b")}});
  CHECK(early.type == ErrorType::kResourceNotFound);
  e.AdvanceClock(4'999);
  CHECK(Call(e, "DescribeTable", {{"TableName", "Music"}})["Table"]["TableStatus"] == "CREATING");
  e.AdvanceClock(5'001);  // creation takes 5-10 virtual seconds
  CHECK(Call(e, "DescribeTable", {{"TableName", "Music"}})["Table"]["TableStatus"] == "ACTIVE");
}

TEST_CASE("CreateTable on an existing name is ResourceInUseException", "[api]") {
  Engine e;
  Call(e, "CreateTable", MusicTableRequest());
  ApiError err = CallErr(e, "CreateTable", MusicTableRequest());
  CHECK(err.type == ErrorType::kResourceInUse);
  CHECK(err.message == "Table already exists: Music");
}

TEST_CASE("CreateTable validates the table name", "[api]") {
  Engine e;
  json req = MusicTableRequest();
  SECTION("too short") {
    req["TableName"] = "ab";
    ApiError err = CallErr(e, "CreateTable", req);
    CHECK(err.type == ErrorType::kValidation);
    CHECK(err.message == "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: "
                         "Member must have length greater than or equal to 3");
  }
  SECTION("bad characters") {
    req["TableName"] = "My Table";
    CHECK(CallErr(e, "CreateTable", req).message.find("[a-zA-Z0-9_.-]+") != std::string::npos);
  }
  SECTION("missing") {
    req.erase("TableName");
    CHECK(CallErr(e, "CreateTable", req).message ==
          "1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null");
  }
  SECTION("wrong JSON type is a SerializationException") {
    req["TableName"] = 42;
    CHECK(CallErr(e, "CreateTable", req).type == ErrorType::kSerialization);
  }
}

TEST_CASE("CreateTable validates the key schema against the attribute definitions", "[api]") {
  Engine e;
  json req = MusicTableRequest();
  SECTION("first element must be HASH") {
    std::swap(req["KeySchema"][0], req["KeySchema"][1]);
    CHECK(CallErr(e, "CreateTable", req).message == "Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
  }
  SECTION("undefined key attribute") {
    req["AttributeDefinitions"].erase(1);
    CHECK(CallErr(e, "CreateTable", req).message.find("Some index key attributes are not defined in AttributeDefinitions") !=
          std::string::npos);
  }
  SECTION("extra attribute definition") {
    req["AttributeDefinitions"].push_back({{"AttributeName", "Year"}, {"AttributeType", "N"}});
    CHECK(CallErr(e, "CreateTable", req).message ==
          "One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number "
          "of attributes defined in AttributeDefinitions");
  }
  SECTION("key type outside S, N, B") {
    req["AttributeDefinitions"][0]["AttributeType"] = "BOOL";
    CHECK(CallErr(e, "CreateTable", req).type == ErrorType::kValidation);
  }
}

TEST_CASE("CreateTable enforces the billing-mode rules", "[api]") {
  Engine e;
  json req = MusicTableRequest();
  SECTION("PAY_PER_REQUEST forbids ProvisionedThroughput") {
    req["BillingMode"] = "PAY_PER_REQUEST";
    CHECK(CallErr(e, "CreateTable", req).message ==
          "One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be "
          "specified when BillingMode is PAY_PER_REQUEST");
  }
  SECTION("PROVISIONED requires ProvisionedThroughput") {
    req.erase("ProvisionedThroughput");
    CHECK(CallErr(e, "CreateTable", req).message.find("must both be specified when BillingMode is PROVISIONED") !=
          std::string::npos);
  }
  SECTION("capacity of at least 1") {
    req["ProvisionedThroughput"]["ReadCapacityUnits"] = 0;
    CHECK(CallErr(e, "CreateTable", req).message.find("greater than or equal to 1") != std::string::npos);
  }
  SECTION("on-demand tables report 0 provisioned units") {
    req.erase("ProvisionedThroughput");
    req["BillingMode"] = "PAY_PER_REQUEST";
    json t = Call(e, "CreateTable", req)["TableDescription"];
    CHECK(t["ProvisionedThroughput"]["ReadCapacityUnits"] == 0);
    CHECK(t["ProvisionedThroughput"]["WriteCapacityUnits"] == 0);
    CHECK(t["BillingModeSummary"]["BillingMode"] == "PAY_PER_REQUEST");
  }
}

TEST_CASE("Initial partition count follows ceil(RCU/3000 + WCU/1000)", "[api]") {
  // Documented examples (2017 Developer Guide, "Understand Partition Behavior"):
  // 1000 RCU + 500 WCU -> 0.83 -> 1 partition; 1000 RCU + 1000 WCU -> 1.33 -> 2 partitions;
  // 5000 RCU + 2000 WCU -> 3.67 -> 4 partitions.
  struct Case { int rcu, wcu; size_t partitions; };
  for (Case c : {Case{1000, 500, 1}, Case{1000, 1000, 2}, Case{5000, 2000, 4}, Case{5, 5, 1}}) {
    Engine e;
    Call(e, "CreateTable", MusicTableRequest(c.rcu, c.wcu));
    TableSnapshot snap;
    REQUIRE(e.SnapshotTable("Music", &snap));
    INFO(c.rcu << " RCU, " << c.wcu << " WCU");
    CHECK(snap.partitions.size() == c.partitions);
  }
}

TEST_CASE("An on-demand table starts with 4 partitions covering the whole key space", "[api]") {
  Engine e;
  json req = MusicTableRequest();
  req.erase("ProvisionedThroughput");
  req["BillingMode"] = "PAY_PER_REQUEST";
  Call(e, "CreateTable", req);
  TableSnapshot snap;
  REQUIRE(e.SnapshotTable("Music", &snap));
  REQUIRE(snap.partitions.size() == 4);
  CHECK(snap.partitions.front().hash_lo == 0);
  CHECK(snap.partitions.back().hash_hi == UINT64_MAX);
  // Equal quarters of the key space.
  CHECK(snap.partitions[1].hash_lo == 0x4000000000000000ull);
  CHECK(snap.partitions[2].hash_lo == 0x8000000000000000ull);
  CHECK(snap.partitions[3].hash_lo == 0xC000000000000000ull);
  for (size_t i = 1; i < snap.partitions.size(); ++i) {
    CHECK(snap.partitions[i].hash_lo == snap.partitions[i - 1].hash_hi + 1);
  }
}

TEST_CASE("ListTables pages in name order", "[api]") {
  Engine e;
  for (const char* name : {"Gamma", "Alpha", "Beta"}) {
    json req = MusicTableRequest();
    req["TableName"] = name;
    Call(e, "CreateTable", req);
  }
  json first = Call(e, "ListTables", {{"Limit", 2}});
  CHECK(first["TableNames"] == json({"Alpha", "Beta"}));
  CHECK(first["LastEvaluatedTableName"] == "Beta");
  json rest = Call(e, "ListTables", {{"ExclusiveStartTableName", "Beta"}});
  CHECK(rest["TableNames"] == json({"Gamma"}));
  CHECK_FALSE(rest.contains("LastEvaluatedTableName"));
  CHECK(CallErr(e, "ListTables", {{"Limit", 101}}).type == ErrorType::kValidation);
}

TEST_CASE("DeleteTable moves through DELETING and the table disappears", "[api]") {
  Engine e;
  Call(e, "CreateTable", MusicTableRequest());
  // Deleting while CREATING is refused.
  CHECK(CallErr(e, "DeleteTable", {{"TableName", "Music"}}).type == ErrorType::kResourceInUse);
  e.AdvanceClock(60'000);
  json r = Call(e, "DeleteTable", {{"TableName", "Music"}});
  CHECK(r["TableDescription"]["TableStatus"] == "DELETING");
  // A second delete while DELETING succeeds.
  Call(e, "DeleteTable", {{"TableName", "Music"}});
  e.AdvanceClock(60'000);
  CHECK(CallErr(e, "DescribeTable", {{"TableName", "Music"}}).type == ErrorType::kResourceNotFound);
  CHECK(CallErr(e, "DeleteTable", {{"TableName", "Music"}}).type == ErrorType::kResourceNotFound);
}

TEST_CASE("A table deleted and created again under its name serves the new table's items", "[api]") {
  // Data-plane requests remember the table they last found; the deletion must forget it.
  Engine e;
  CreateActive(e, MusicTableRequest());
  Call(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("No One You Know", "Call Me Today")}});
  const json key = {{"Artist", {{"S", "No One You Know"}}}, {"SongTitle", {{"S", "Call Me Today"}}}};
  CHECK(Call(e, "GetItem", {{"TableName", "Music"}, {"Key", key}}).contains("Item"));
  Call(e, "DeleteTable", {{"TableName", "Music"}});
  e.AdvanceClock(60'000);
  CHECK(CallErr(e, "GetItem", {{"TableName", "Music"}, {"Key", key}}).type == ErrorType::kResourceNotFound);
  CreateActive(e, MusicTableRequest());
  CHECK_FALSE(Call(e, "GetItem", {{"TableName", "Music"}, {"Key", key}}).contains("Item"));
}

TEST_CASE("DescribeTable's ItemCount is refreshed about every six hours", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  Call(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("No One You Know", "Call Me Today")}});
  CHECK(Call(e, "DescribeTable", {{"TableName", "Music"}})["Table"]["ItemCount"] == 0);
  e.AdvanceClock(6 * 3600 * 1000);
  CHECK(Call(e, "DescribeTable", {{"TableName", "Music"}})["Table"]["ItemCount"] == 1);
}

TEST_CASE("UpdateTable changes provisioned throughput through UPDATING", "[api]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  json r = Call(e, "UpdateTable", {{"TableName", "Music"},
                                 {"ProvisionedThroughput", {{"ReadCapacityUnits", 10}, {"WriteCapacityUnits", 10}}}});
  CHECK(r["TableDescription"]["TableStatus"] == "UPDATING");
  CHECK(CallErr(e, "UpdateTable", {{"TableName", "Music"}, {"BillingMode", "PAY_PER_REQUEST"}}).type ==
        ErrorType::kResourceInUse);
  e.AdvanceClock(60'000);
  json t = Call(e, "DescribeTable", {{"TableName", "Music"}})["Table"];
  CHECK(t["TableStatus"] == "ACTIVE");
  CHECK(t["ProvisionedThroughput"]["ReadCapacityUnits"] == 10);
  ApiError same = CallErr(e, "UpdateTable", {{"TableName", "Music"},
                                         {"ProvisionedThroughput", {{"ReadCapacityUnits", 10}, {"WriteCapacityUnits", 10}}}});
  CHECK(same.message.rfind("The provisioned throughput for the table will not change. The requested value equals the "
                           "current value.", 0) == 0);
}

TEST_CASE("Unknown operations and malformed bodies are clear errors", "[api]") {
  Engine e;
  CHECK(e.Handle("FrobnicateTable", json::object()).error().type == ErrorType::kUnknownOperation);
  CHECK(e.HandleText("ListTables", "{not json").error().type == ErrorType::kSerialization);
  CHECK(e.Handle("ListTables", json::array()).error().type == ErrorType::kSerialization);
}
