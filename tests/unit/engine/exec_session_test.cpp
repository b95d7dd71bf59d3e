// `ddbviz exec`: one JSON request per line, one JSON line out, replayable.
#include "ddb/exec_session.h"
#include "test_support.h"

using namespace ddb;
using nlohmann::json;

namespace {
json Line(ExecSession& s, const std::string& in) {
  auto out = s.HandleLine(in);
  REQUIRE(out.has_value());
  json j = json::parse(*out, nullptr, false);
  REQUIRE_FALSE(j.is_discarded());
  return j;
}
}  // namespace

TEST_CASE("exec answers each request line with its response", "[engine]") {
  Engine e;
  ExecSession s(e, true);
  json created = Line(s, R"({"op":"CreateTable","request":{"TableName":"Music","AttributeDefinitions":[{"AttributeName":"Artist","AttributeType":"S"}],"KeySchema":[{"AttributeName":"Artist","KeyType":"HASH"}],"BillingMode":"PAY_PER_REQUEST"}})");
  CHECK(created["TableDescription"]["TableStatus"] == "CREATING");
  CHECK(Line(s, R"({"op":"AdvanceClock","ms":30000})")["nowMs"] == 30000);
  CHECK(Line(s, R"({"op":"PutItem","request":{"TableName":"Music","Item":{"Artist":{"S":"x"}}}})") == json::object());
  CHECK(Line(s, R"({"op":"GetItem","request":{"TableName":"Music","Key":{"Artist":{"S":"x"}}}})")["Item"]["Artist"]["S"] == "x");
}

TEST_CASE("exec reports bad lines as error lines and keeps going", "[engine]") {
  Engine e;
  ExecSession s(e, true);
  CHECK(Line(s, "{not json")["error"]["type"] == "SerializationException");
  CHECK(Line(s, R"({"request":{}})")["error"]["type"] == "ValidationException");
  CHECK(Line(s, R"({"op":"GetItem","request":{"TableName":"Nope","Key":{"k":{"S":"x"}}}})")["error"]["type"] ==
        "ResourceNotFoundException");
  CHECK(Line(s, R"({"op":"AdvanceClock","ms":-5})")["error"]["type"] == "ValidationException");
  CHECK(Line(s, R"({"op":"ListTables","request":{}})")["TableNames"] == json::array());
  CHECK_FALSE(s.HandleLine("   ").has_value());
  CHECK_FALSE(s.HandleLine("# a comment").has_value());
}

TEST_CASE("exec with the wall clock refuses AdvanceClock", "[engine]") {
  Engine e;
  ExecSession s(e, false);
  CHECK(Line(s, R"({"op":"AdvanceClock","ms":10})")["error"]["message"].get<std::string>().find("--clock manual") !=
        std::string::npos);
}
