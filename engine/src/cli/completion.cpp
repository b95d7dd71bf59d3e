// CompleteConsoleInput: what may come next in the word being typed.
#include "ddb/console_syntax.h"

#include "cli/aws_cli.h"
#include "cli/cli_schema.h"
#include "cli/console_commands.h"
#include "cli/shell_words.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

namespace ddb {
namespace {

bool StartsWithIgnoringCase(std::string_view s, std::string_view prefix) {
  if (prefix.size() > s.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i]))) {
      return false;
    }
  }
  return true;
}

std::vector<std::string> Matching(const std::vector<std::string>& candidates,
                                  std::string_view prefix) {
  std::vector<std::string> out;
  for (const std::string& candidate : candidates) {
    if (StartsWithIgnoringCase(candidate, prefix) &&
        std::find(out.begin(), out.end(), candidate) == out.end()) {
      out.push_back(candidate);
    }
  }
  return out;
}

// Request members whose value is a table name.
bool IsTableNameMember(std::string_view member) {
  return member == "TableName" || member == "TargetTableName" || member == "SourceTableName" ||
         member == "GlobalTableName";
}

// Completions once the command is known: `words` are the words after the command word.
std::vector<std::string> CompleteOptions(std::string_view command,
                                         const std::vector<std::string>& words,
                                         std::string_view current,
                                         const std::vector<std::string>& table_names) {
  const cli::OperationSpec* op = cli::FindCommand(command);
  if (op == nullptr) return {};
  // A value for the option just before the cursor?
  if (!words.empty() && words.back().rfind("--", 0) == 0) {
    const std::string option = words.back().substr(2);
    for (const cli::MemberSpec& member : op->members) {
      if (cli::KebabCase(member.name) != option) continue;
      if (IsTableNameMember(member.name)) return Matching(table_names, current);
      const auto& values = cli::EnumValues(member.name);
      if (!values.empty()) {
        return Matching(std::vector<std::string>(values.begin(), values.end()), current);
      }
      if (cli::KindOf(member.name) != cli::MemberKind::kBoolean) return {};
    }
  }
  if (!current.empty() && current[0] != '-') return {};
  std::set<std::string> used;
  for (const std::string& word : words) {
    if (word.rfind("--", 0) != 0) continue;
    const std::string name = word.substr(0, word.find('='));
    used.insert(name);
    // --consistent-read and --no-consistent-read exclude each other.
    if (name.rfind("--no-", 0) == 0) {
      used.insert("--" + name.substr(5));
    } else {
      used.insert("--no-" + name.substr(2));
    }
  }
  std::vector<std::string> options;
  for (const std::string& option : cli::CliOptionNames(command)) {
    if (used.count(option) == 0) options.push_back(option);
  }
  return Matching(options, current);
}

}  // namespace

std::vector<std::string> CompleteConsoleInput(std::string_view text,
                                              const std::vector<std::string>& table_names) {
  // Raw JSON after an operation name has nothing to complete.
  const size_t brace = text.find('{');
  if (brace != std::string_view::npos) {
    auto before = cli::SplitShellWords(text.substr(0, brace), /*lenient=*/true);
    if (before.ok() && before->words.size() == 1) return {};
  }
  auto split = cli::SplitShellWords(text, /*lenient=*/true);
  if (!split.ok()) return {};
  std::vector<std::string> words;
  for (const cli::ShellWord& word : split->words) words.push_back(word.text);
  if (!words.empty() && words.front() == "$") words.erase(words.begin());
  std::string current;
  if (!split->trailing_space && !words.empty()) {
    current = words.back();
    words.pop_back();
  }
  const std::vector<std::string> commands = cli::CliCommandNames();
  if (words.empty()) {
    std::vector<std::string> first;
    for (const cli::ConsoleCommand& command : cli::ConsoleCommands()) {
      first.push_back(std::string(command.name));
    }
    first.insert(first.end(), commands.begin(), commands.end());
    for (const cli::OperationSpec& op : cli::Operations()) first.push_back(std::string(op.name));
    return Matching(first, current);
  }
  size_t command_at = 0;
  if (words[0] == "aws") {
    if (words.size() == 1) return Matching({"dynamodb", "dynamodbstreams"}, current);
    if (words[1] != "dynamodb" && words[1] != "dynamodbstreams") return {};
    command_at = 2;
  } else if (words[0] == "dynamodb") {
    command_at = 1;
  }
  if (words.size() == command_at) {
    if (command_at != 2) return Matching(commands, current);
    // Each AWS CLI service offers its own commands.
    const bool streams = words[1] == "dynamodbstreams";
    std::vector<std::string> offered;
    for (const std::string& c : commands) {
      const cli::OperationSpec* op = cli::FindCommand(c);
      if (op ? cli::IsStreamsOperation(op->name) == streams : !streams) offered.push_back(c);
    }
    return Matching(offered, current);
  }
  const std::string& command = words[command_at];
  std::vector<std::string> rest(words.begin() + static_cast<std::ptrdiff_t>(command_at) + 1,
                                words.end());
  if (command == "wait") {
    if (rest.empty()) return Matching({"table-exists", "table-not-exists"}, current);
    return CompleteOptions("describe-table", {rest.begin() + 1, rest.end()}, current, table_names);
  }
  return CompleteOptions(command, rest, current, table_names);
}

}  // namespace ddb
