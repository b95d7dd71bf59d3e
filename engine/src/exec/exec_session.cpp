#include "ddb/exec_session.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace ddb {
namespace {

using nlohmann::json;

// Strings reach responses from many places (error messages quote request text); invalid UTF-8 in
// any of them must never abort the session, so it is replaced rather than rejected.
std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string ErrorLine(const ApiError& e) {
  json err = {{"type", ErrorTypeName(e.type)}, {"message", e.message}};
  if (e.extra.is_object()) {
    for (auto it = e.extra.begin(); it != e.extra.end(); ++it) err[it.key()] = it.value();
  }
  return Dump(json{{"error", err}});
}

std::string ErrorLine(ErrorType type, std::string message) { return ErrorLine(ApiError{type, std::move(message), {}}); }

}  // namespace

std::optional<std::string> ExecSession::HandleLine(std::string_view line) {
  const size_t first = line.find_first_not_of(" \t\r");
  if (first == std::string_view::npos || line[first] == '#') return std::nullopt;

  json message = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (message.is_discarded()) return ErrorLine(ErrorType::kSerialization, "The line is not valid JSON");
  if (!message.is_object() || !message.contains("op") || !message["op"].is_string()) {
    return ErrorLine(ErrorType::kValidation,
                     "Each line must be a JSON object with a string \"op\", e.g. {\"op\":\"ListTables\",\"request\":{}}");
  }
  const std::string op = message["op"].get<std::string>();

  if (op == "AdvanceClock") {
    if (!manual_clock_) {
      return ErrorLine(ErrorType::kValidation, "AdvanceClock needs --clock manual; with --clock wall, time follows the wall clock");
    }
    const json& ms = message.contains("ms") ? message["ms"] : json();
    if (!ms.is_number_integer() && !ms.is_number_unsigned()) {
      return ErrorLine(ErrorType::kValidation, "AdvanceClock needs an integer \"ms\" >= 0");
    }
    const int64_t step = ms.is_number_unsigned() ? static_cast<int64_t>(std::min<uint64_t>(ms.get<uint64_t>(), INT64_MAX / 4))
                                                 : ms.get<int64_t>();
    if (step < 0) return ErrorLine(ErrorType::kValidation, "AdvanceClock needs an integer \"ms\" >= 0");
    engine_.AdvanceClock(step);
    return Dump(json{{"nowMs", engine_.now_ms()}});
  }

  const json request = message.contains("request") ? message["request"] : json::object();
  auto result = engine_.Handle(op, request);
  if (!result.ok()) return ErrorLine(result.error());
  return Dump(result.value());
}

}  // namespace ddb
