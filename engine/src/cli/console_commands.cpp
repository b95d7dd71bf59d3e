#include "cli/console_commands.h"

#include "cli/aws_cli.h"
#include "cli/console_error.h"

#include <utility>

namespace ddb::cli {
namespace {

// "aws dynamodb <command> ...": only the dynamodb service is simulated.
Result<ConsoleRequest> AwsCommand(const std::vector<ShellWord>& words,
                                  std::vector<std::string> notes) {
  const ShellWord& aws = words.front();
  if (words.size() < 2) {
    return ConsoleError("Type aws dynamodb <command>, e.g. aws dynamodb list-tables.", aws.end, 0);
  }
  const ShellWord& service = words[1];
  if (service.text != "dynamodb") {
    return ConsoleError("ddbviz simulates DynamoDB only; 'aws " + service.text +
                            "' is not available. Type aws dynamodb <command>.",
                        service.begin, service.end - service.begin);
  }
  if (words.size() < 3) {
    return ConsoleError("Type a DynamoDB command after 'aws dynamodb', e.g. list-tables.",
                        service.end, 0);
  }
  return TranslateAwsCli(std::vector<ShellWord>(words.begin() + 2, words.end()), std::move(notes));
}

// "dynamodb <command> ...": the service name without "aws".
Result<ConsoleRequest> DynamoDbCommand(const std::vector<ShellWord>& words,
                                       std::vector<std::string> notes) {
  if (words.size() < 2) {
    return ConsoleError("Type a DynamoDB command after 'dynamodb', e.g. list-tables.",
                        words.front().end, 0);
  }
  return TranslateAwsCli(std::vector<ShellWord>(words.begin() + 1, words.end()), std::move(notes));
}

}  // namespace

const std::vector<ConsoleCommand>& ConsoleCommands() {
  static const std::vector<ConsoleCommand> kCommands = {
      {"aws", "aws dynamodb <command> [--option value ...]", AwsCommand},
      {"dynamodb", "dynamodb <command> [--option value ...]", DynamoDbCommand},
  };
  return kCommands;
}

const ConsoleCommand* FindConsoleCommand(std::string_view name) {
  for (const ConsoleCommand& command : ConsoleCommands()) {
    if (command.name == name) return &command;
  }
  return nullptr;
}

}  // namespace ddb::cli
