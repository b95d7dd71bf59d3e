// The request console's language: what a learner may type to send one request to the simulator.
//
// Two forms are understood:
//   1. AWS CLI commands exactly as the AWS documentation prints them, with or without the leading
//      "aws dynamodb":  aws dynamodb put-item --table-name Music --item '{"Artist": {"S": "..."}}'
//      Options map to request members (--table-name -> TableName), values are JSON or the CLI's
//      shorthand syntax (ReadCapacityUnits=5,WriteCapacityUnits=5), typed by the service model.
//      Shell quoting, backslash-newline continuations and # comments work as in bash.
//   2. Raw DynamoDB JSON: an operation name followed by its request, e.g.
//      PutItem {"TableName": "Music", "Item": {...}}   (may span lines)
// ddbviz's own commands are added to the one-line-per-command table in cli/console_commands.cpp.
//
// Everything here is pure text processing: no engine state, no I/O, deterministic, and it never
// aborts on bad input (errors come back as ValidationException). Whether the request is valid
// DynamoDB is the engine's business, not the console's.
#pragma once

#include "ddb/result.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace ddb {

struct ConsoleRequest {
  std::string operation;                // "PutItem"
  nlohmann::json request;               // the JSON request body, always an object
  std::vector<std::string> notes;       // what the console adapted, e.g. "--max-items 2 was sent as Limit 2 ..."
};

// Parses one console entry. Errors are ValidationExceptions with a message meant for a learner;
// when the bad text can be located, error().extra is {"offset": <byte offset into text>,
// "length": <bytes>} so the console can underline it.
Result<ConsoleRequest> ParseConsoleInput(std::string_view text);

// Completions for the last word of `text` (the word being typed; empty after a trailing space):
// command names (after "aws dynamodb" or on their own, and raw operation names), the options of
// the command that are not used yet, enum values after options such as --return-values, and
// `table_names` after --table-name. Each completion is a whole word that starts with the typed
// prefix (compared case-insensitively); the caller replaces the last word with it.
std::vector<std::string> CompleteConsoleInput(std::string_view text,
                                              const std::vector<std::string>& table_names);

// The reverse of ParseConsoleInput for teaching: the AWS CLI command that sends `request`, in
// the style of the AWS documentation (shorthand for flat structures such as
// --provisioned-throughput, JSON in single quotes for items and keys; one option per line with
// backslash continuations when it does not fit on one line). ParseConsoleInput of the result
// gives the request back.
std::string FormatAsCli(std::string_view operation, const nlohmann::json& request);

}  // namespace ddb
