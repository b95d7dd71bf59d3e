// Helpers for the console-syntax tests: parse console text and compare the request with JSON
// written out from the DynamoDB API reference.
#pragma once

#include "ddb/console_syntax.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace ddb::testing {

// JSON literal for expectations; the library is built without exceptions, so a typo in a test's
// JSON shows up as a discarded value rather than an abort.
inline nlohmann::json Json(std::string_view text) {
  nlohmann::json value = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  REQUIRE_FALSE(value.is_discarded());
  return value;
}

// Parses `text` and checks that it is the `operation` request `expected`.
inline ConsoleRequest ExpectRequest(std::string_view text, std::string_view operation,
                                    std::string_view expected) {
  Result<ConsoleRequest> parsed = ParseConsoleInput(text);
  INFO("console input: " << text);
  if (!parsed.ok()) UNSCOPED_INFO("error: " << parsed.error().message);
  REQUIRE(parsed.ok());
  CHECK(parsed->operation == operation);
  CHECK(parsed->request == Json(expected));
  return parsed.value();
}

// Parses `text`, expecting a ValidationException; returns it for further checks.
inline ApiError ExpectError(std::string_view text) {
  Result<ConsoleRequest> parsed = ParseConsoleInput(text);
  INFO("console input: " << text);
  if (parsed.ok()) UNSCOPED_INFO("unexpectedly parsed: " << parsed->request.dump());
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.error().type == ErrorType::kValidation);
  return parsed.error();
}

inline size_t ErrorOffset(const ApiError& error) {
  REQUIRE(error.extra.is_object());
  REQUIRE(error.extra.contains("offset"));
  return error.extra["offset"].get<size_t>();
}

inline bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

}  // namespace ddb::testing
