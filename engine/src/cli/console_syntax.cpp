// ParseConsoleInput: decides which of the console's forms an entry is and hands it on.
#include "ddb/console_syntax.h"

#include "cli/aws_cli.h"
#include "cli/cli_schema.h"
#include "cli/console_error.h"
#include "cli/console_commands.h"
#include "cli/json_text.h"
#include "cli/shell_words.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace ddb {
namespace {

using cli::ConsoleError;
using nlohmann::json;

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == '.';
}

// The X-Amz-Target prefix, accepted so a request copied from a wire log works as typed.
constexpr std::string_view kTargetPrefix = "DynamoDB_20120810.";

// `Operation {json}`: the first word names the operation (API name such as PutItem, CLI name
// such as put-item, or the X-Amz-Target form), the rest is the JSON request, possibly spanning
// lines.
Result<ConsoleRequest> ParseRawJson(std::string_view text, size_t name_begin, size_t name_end,
                                    size_t json_begin) {
  std::string_view name = text.substr(name_begin, name_end - name_begin);
  if (name.substr(0, kTargetPrefix.size()) == kTargetPrefix) name.remove_prefix(kTargetPrefix.size());
  const cli::OperationSpec* op = cli::FindOperation(name);
  if (op == nullptr) op = cli::FindCommand(name);
  if (op == nullptr) {
    std::string message = "Unknown DynamoDB operation '" + std::string(name) + "'.";
    size_t best = std::string::npos;
    std::string closest;
    for (const cli::OperationSpec& candidate : cli::Operations()) {
      const size_t distance = cli::EditDistance(name, candidate.name);
      if (distance < best) {
        best = distance;
        closest = std::string(candidate.name);
      }
    }
    if (best <= std::max<size_t>(2, name.size() / 3)) message += " Did you mean " + closest + "?";
    return ConsoleError(message, name_begin, name_end - name_begin);
  }
  cli::JsonText parsed = cli::ParseJsonText(text.substr(json_begin));
  if (parsed.error) {
    return ConsoleError("The " + std::string(op->name) + " request is not valid JSON: " +
                            parsed.error->reason,
                        json_begin + parsed.error->offset, 1);
  }
  if (!parsed.value.is_object()) {
    return ConsoleError("The request after " + std::string(op->name) + " must be a JSON object {...}.",
                        json_begin, text.size() - json_begin);
  }
  ConsoleRequest out;
  out.operation = std::string(op->name);
  out.request = std::move(parsed.value);
  return out;
}

Result<ConsoleRequest> ParseWords(std::string_view text) {
  auto split = cli::SplitShellWords(text);
  if (!split.ok()) return split.take_error();
  cli::ShellWords words = std::move(*split);
  std::vector<cli::ShellWord>& list = words.words;
  // A pasted shell prompt ("$ aws dynamodb ...", as in the AWS CLI user guide).
  if (!list.empty() && list.front().text == "$" && !list.front().quoted) {
    list.erase(list.begin());
  }
  if (list.empty()) {
    return ConsoleError("Type an AWS CLI command (aws dynamodb list-tables) or an operation "
                        "followed by its JSON request (ListTables {}).",
                        0, 0);
  }
  const cli::ShellWord& first = list.front();
  if (const cli::ConsoleCommand* command = cli::FindConsoleCommand(first.text)) {
    return command->handler(list, std::move(words.notes));
  }
  if (cli::FindCommand(first.text) != nullptr || first.text == "wait") {
    return cli::TranslateAwsCli(list, std::move(words.notes));
  }
  if (const cli::OperationSpec* op = cli::FindOperation(first.text)) {
    return ConsoleError(std::string(op->name) + " needs its JSON request: " + std::string(op->name) +
                            " {...}, or use the CLI command " + cli::KebabCase(op->name) + ".",
                        first.begin, first.end - first.begin);
  }
  std::string message = "Unknown command '" + first.text + "'. Type aws dynamodb <command> ..., "
                        "a DynamoDB CLI command such as put-item, or an operation name followed "
                        "by its JSON request.";
  return ConsoleError(message, first.begin, first.end - first.begin);
}

// Offset of the first byte that is not part of well-formed UTF-8, if any. DynamoDB strings are
// UTF-8, and nlohmann refuses to serialize anything else (which, without exceptions, aborts), so
// bad bytes never get past the console.
std::optional<size_t> FirstInvalidUtf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    size_t length = 0;
    uint32_t min = 0;
    if (byte < 0x80) {
      ++i;
      continue;
    } else if ((byte & 0xE0) == 0xC0) {
      length = 2;
      min = 0x80;
    } else if ((byte & 0xF0) == 0xE0) {
      length = 3;
      min = 0x800;
    } else if ((byte & 0xF8) == 0xF0) {
      length = 4;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + length > text.size()) return i;
    uint32_t code = byte & (0xFF >> (length + 1));
    for (size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return i;
      code = (code << 6) | (next & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return i;
    i += length;
  }
  return std::nullopt;
}

}  // namespace

Result<ConsoleRequest> ParseConsoleInput(std::string_view text) {
  if (std::optional<size_t> bad = FirstInvalidUtf8(text)) {
    return ConsoleError("The text contains a byte that is not valid UTF-8.", *bad, 1);
  }
  size_t begin = 0;
  while (begin < text.size() && IsBlank(text[begin])) ++begin;
  size_t name_end = begin;
  while (name_end < text.size() && IsNameChar(text[name_end])) ++name_end;
  size_t after = name_end;
  while (after < text.size() && IsBlank(text[after])) ++after;
  if (name_end > begin && after < text.size() && text[after] == '{') {
    return ParseRawJson(text, begin, name_end, after);
  }
  return ParseWords(text);
}

}  // namespace ddb
