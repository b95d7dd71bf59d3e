// Console input errors: a ValidationException whose `extra` carries where the bad text is, so
// the console can underline it. {"offset": byte offset into the typed text, "length": bytes}.
#pragma once

#include "ddb/result.h"

#include <cstddef>
#include <string>
#include <utility>

namespace ddb::cli {

inline ApiError ConsoleError(std::string message, size_t offset, size_t length = 0) {
  ApiError error = ApiError::Validation(std::move(message));
  error.extra = nlohmann::json{{"offset", offset}, {"length", length}};
  return error;
}

}  // namespace ddb::cli
