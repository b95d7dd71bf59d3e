// The console's first-word commands. "aws" (and a bare "dynamodb") lead into the AWS CLI
// translator; ddbviz's own commands are added here, one line each, and get their words already
// split the shell way. A command's handler turns its words into the request to send.
#pragma once

#include "cli/shell_words.h"
#include "ddb/console_syntax.h"
#include "ddb/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace ddb::cli {

using ConsoleHandler = Result<ConsoleRequest> (*)(const std::vector<ShellWord>& words,
                                                  std::vector<std::string> notes);

struct ConsoleCommand {
  std::string_view name;     // the first word, e.g. "aws"
  std::string_view usage;    // one line for help and completion
  ConsoleHandler handler;    // receives all words, the command word included
};

const std::vector<ConsoleCommand>& ConsoleCommands();
const ConsoleCommand* FindConsoleCommand(std::string_view name);

}  // namespace ddb::cli
