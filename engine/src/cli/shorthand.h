// The AWS CLI "shorthand syntax" for structured options, e.g.
//   ReadCapacityUnits=5,WriteCapacityUnits=5
//   IndexName=ByAlbum,KeySchema=[{AttributeName=Album,KeyType=HASH}],Projection={ProjectionType=ALL}
//   Artist={S="Acme Band"}
// Parsing is purely syntactic and yields strings, lists and objects: `k=v` pairs separated by
// commas, `[...]` lists, `{...}` nested structures, 'single' or "double" quoted values, `\,` for
// a literal comma, and `k=a,b,c` for a list of strings. TypeShorthandValue then applies the
// service model as the CLI does: numbers and booleans by member name, and a lone value where a
// list is expected becomes a one-element list.
#pragma once

#include "cli/cli_schema.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ddb::cli {

struct ShorthandError {
  size_t offset = 0;  // into the parsed text
  std::string message;
};

struct Shorthand {
  nlohmann::json value;  // an object when `error` is empty
  std::optional<ShorthandError> error;
};

Shorthand ParseShorthand(std::string_view text);

// Types a shorthand-parsed value in place; returns an explanation when a scalar does not fit
// (e.g. "ReadCapacityUnits expects an integer, got 'five'"). JSON input is never retyped.
std::optional<std::string> TypeShorthandValue(std::string_view member, MemberKind kind,
                                              nlohmann::json& value);

// Converts one typed-in scalar for an integer, double, boolean or timestamp member; strings pass
// through. Timestamps accept epoch seconds or ISO 8601 (2020-01-01T00:00:00Z) and become epoch
// seconds, as the CLI sends them.
std::optional<std::string> ConvertScalar(std::string_view member, MemberKind kind,
                                         nlohmann::json& value);

}  // namespace ddb::cli
