// The value of one member option: the words after --option turned into the member's JSON, the way
// the AWS CLI does it. JSON when the text starts with { or [ (never retyped), otherwise shorthand
// typed by the member's kind; lists take one element per word; scalars are converted to numbers,
// booleans and epoch seconds. file:// and fileb:// arguments are refused: the console has no files.
#pragma once

#include "cli/cli_schema.h"
#include "cli/shell_words.h"
#include "ddb/result.h"

#include <nlohmann/json.hpp>

#include <string_view>
#include <vector>

namespace ddb::cli {

// `option` is the CLI spelling without dashes ("provisioned-throughput"), for messages; `words`
// are the value words (one for scalars and structures, one or more for lists).
Result<nlohmann::json> ReadOptionValue(std::string_view option, std::string_view member,
                                       MemberKind kind, const std::vector<const ShellWord*>& words);

}  // namespace ddb::cli
