// Translates the words of an AWS CLI DynamoDB command into the JSON request the CLI would send:
// kebab-case command -> operation, --option -> member, flags -> booleans, values parsed as JSON or
// shorthand and typed by the service model (cli_schema.h). CLI-only options are handled the way a
// learner needs: paging options become Limit / ExclusiveStart* with a note, global options such
// as --region are ignored with a note, and file:// arguments are refused with a clear message.
#pragma once

#include "cli/shell_words.h"
#include "ddb/console_syntax.h"
#include "ddb/result.h"

#include <string>
#include <vector>

namespace ddb::cli {

// `words` starts at the command word ("put-item", or "wait"); the "aws dynamodb" prefix is gone.
// `notes` are carried into the result (e.g. notes from shell splitting).
Result<ConsoleRequest> TranslateAwsCli(const std::vector<ShellWord>& words,
                                       std::vector<std::string> notes);

// The commands the console knows, sorted: every operation's kebab-case name plus "wait".
std::vector<std::string> CliCommandNames();

// The options of a command as the CLI spells them, required ones first: member options
// (--table-name; boolean members as --consistent-read and --no-consistent-read) and, for
// paginated operations, --max-items, --page-size and --starting-token.
std::vector<std::string> CliOptionNames(std::string_view command);

}  // namespace ddb::cli
