// Parses JSON typed into the console and, when it is malformed, says where: nlohmann's DOM parser
// (built without exceptions) only reports "discarded", so a second, SAX pass recovers the byte
// offset and the parser's explanation for the error message.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ddb::cli {

struct JsonSyntaxError {
  size_t offset = 0;    // byte offset into the parsed text
  std::string reason;   // e.g. "syntax error while parsing object key - invalid literal; ..."
};

struct JsonText {
  nlohmann::json value;                 // discarded when `error` is set
  std::optional<JsonSyntaxError> error;
};

// Exactly one JSON value, surrounding whitespace allowed.
JsonText ParseJsonText(std::string_view text);

// True when the text, after leading whitespace, starts with `{` or `[` (the AWS CLI's own test
// for "this argument is JSON, not shorthand").
bool LooksLikeJson(std::string_view text, char opener);

}  // namespace ddb::cli
