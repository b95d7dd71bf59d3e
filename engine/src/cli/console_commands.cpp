#include "cli/console_commands.h"

#include "cli/aws_cli.h"
#include "cli/cli_schema.h"
#include "cli/console_error.h"

#include <utility>

namespace ddb::cli {
namespace {

// Streams commands belong to "aws dynamodbstreams", the others to "aws dynamodb", as in the AWS CLI.
Status CheckService(const ShellWord& service, const ShellWord& command) {
  const OperationSpec* op = FindCommand(command.text);
  if (!op) return OkStatus();  // the translator explains unknown commands
  const bool streams = IsStreamsOperation(op->name);
  if (streams == (service.text == "dynamodbstreams")) return OkStatus();
  return ConsoleError(std::string(command.text) + " is a " + (streams ? "DynamoDB Streams" : "DynamoDB") +
                          " command: type aws " + (streams ? "dynamodbstreams " : "dynamodb ") + command.text,
                      command.begin, command.end - command.begin);
}

// "aws dynamodb <command> ..." and "aws dynamodbstreams <command> ...": the services simulated.
Result<ConsoleRequest> AwsCommand(const std::vector<ShellWord>& words,
                                  std::vector<std::string> notes) {
  const ShellWord& aws = words.front();
  if (words.size() < 2) {
    return ConsoleError("Type aws dynamodb <command>, e.g. aws dynamodb list-tables.", aws.end, 0);
  }
  const ShellWord& service = words[1];
  if (service.text == "dynamodbstreams" && words.size() >= 3) {
    DDB_TRY(CheckService(service, words[2]));
    return TranslateAwsCli(std::vector<ShellWord>(words.begin() + 2, words.end()), std::move(notes));
  }
  if (service.text != "dynamodb" && service.text != "dynamodbstreams") {
    return ConsoleError("ddbviz simulates DynamoDB only; 'aws " + service.text +
                            "' is not available. Type aws dynamodb <command>.",
                        service.begin, service.end - service.begin);
  }
  if (words.size() < 3) {
    return ConsoleError("Type a DynamoDB command after 'aws " + service.text + "', e.g. " +
                            (service.text == "dynamodb" ? "list-tables." : "list-streams."),
                        service.end, 0);
  }
  DDB_TRY(CheckService(service, words[2]));
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
