// Helpers shared by the engine tests: drive an Engine through its JSON door and read results.
#pragma once

#include "ddb/console_syntax.h"
#include "ddb/engine.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

namespace ddb::test {

using nlohmann::json;

// Calls an operation that must succeed; fails the test with the error otherwise.
inline json Call(Engine& e, const std::string& op, const json& request) {
  auto r = e.Handle(op, request);
  INFO(op << " " << request.dump());
  if (!r.ok()) FAIL(std::string(ErrorTypeName(r.error().type)) + ": " + r.error().message);
  return r.value();
}

// Calls an operation that must fail; returns its error.
inline ApiError CallErr(Engine& e, const std::string& op, const json& request) {
  auto r = e.Handle(op, request);
  INFO(op << " " << request.dump());
  if (r.ok()) FAIL("expected an error, got " + r.value().dump());
  return r.error();
}

// Runs console text (AWS CLI syntax or raw DynamoDB JSON) as the viz's console does: parsed, then
// sent through the JSON door.
inline Result<json> RunConsole(Engine& e, const std::string& text) {
  auto parsed = ParseConsoleInput(text);
  if (!parsed.ok()) return parsed.take_error();
  return e.Handle(parsed->operation, parsed->request);
}

// Console text that must succeed; fails the test with the error otherwise.
inline json RunConsoleOk(Engine& e, const std::string& text) {
  auto r = RunConsole(e, text);
  INFO(text);
  if (!r.ok()) FAIL(std::string(ErrorTypeName(r.error().type)) + ": " + r.error().message);
  return r.value();
}

inline json MusicTableRequest(int rcu = 5, int wcu = 5) {
  return {{"TableName", "Music"},
          {"AttributeDefinitions", {{{"AttributeName", "Artist"}, {"AttributeType", "S"}},
                                    {{"AttributeName", "SongTitle"}, {"AttributeType", "S"}}}},
          {"KeySchema", {{{"AttributeName", "Artist"}, {"KeyType", "HASH"}},
                         {{"AttributeName", "SongTitle"}, {"KeyType", "RANGE"}}}},
          {"ProvisionedThroughput", {{"ReadCapacityUnits", rcu}, {"WriteCapacityUnits", wcu}}}};
}

// Creates a table and advances the clock until it is ACTIVE (creation takes 5-10 virtual s).
inline void CreateActive(Engine& e, const json& create_request) {
  Call(e, "CreateTable", create_request);
  e.AdvanceClock(60'000);
  REQUIRE(Call(e, "DescribeTable", {{"TableName", create_request["TableName"]}})["Table"]["TableStatus"] == "ACTIVE");
}

inline json Song(const std::string& artist, const std::string& title, json extra = json::object()) {
  json item = {{"Artist", {{"S", artist}}}, {"SongTitle", {{"S", title}}}};
  for (auto it = extra.begin(); it != extra.end(); ++it) item[it.key()] = it.value();
  return item;
}

}  // namespace ddb::test
