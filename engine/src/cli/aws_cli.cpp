#include "cli/aws_cli.h"

#include "cli/cli_schema.h"
#include "cli/console_error.h"
#include "cli/json_text.h"
#include "cli/option_value.h"
#include "cli/shorthand.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace ddb::cli {
namespace {

using nlohmann::json;

// AWS CLI options that change how the CLI runs, never the request. The console accepts them so
// pasted commands work, and says that it ignored them.
struct GlobalOption {
  std::string_view name;
  bool takes_value;
  std::string_view why;
};
constexpr GlobalOption kGlobalOptions[] = {
    {"region", true, "the simulator has a single Region"},
    {"endpoint-url", true, "the console always talks to the simulator"},
    {"profile", true, "the simulator needs no credentials"},
    {"output", true, "the console always shows the JSON response"},
    {"query", true, "the console shows the whole response (no JMESPath filtering)"},
    {"color", true, "it only affects how the AWS CLI prints"},
    {"ca-bundle", true, "there is no TLS in the simulator"},
    {"cli-read-timeout", true, "the simulator answers at once"},
    {"cli-connect-timeout", true, "the simulator answers at once"},
    {"cli-binary-format", true, "the console takes binary values as base64 text"},
    {"debug", false, "it only affects the AWS CLI's logging"},
    {"no-paginate", false, "the console always sends exactly one request"},
    {"no-verify-ssl", false, "there is no TLS in the simulator"},
    {"no-sign-request", false, "the simulator needs no credentials"},
    {"no-cli-pager", false, "it only affects how the AWS CLI prints"},
    {"cli-auto-prompt", false, "it only affects the AWS CLI's prompting"},
    {"no-cli-auto-prompt", false, "it only affects the AWS CLI's prompting"},
};

// `aws dynamodb wait <waiter>`: the CLI polls an operation until a condition holds; the console
// sends the polled request once.
struct Waiter {
  std::string_view name;
  std::string_view operation;
  std::string_view until;
};
constexpr Waiter kWaiters[] = {
    {"table-exists", "DescribeTable", "TableStatus is ACTIVE"},
    {"table-not-exists", "DescribeTable", "it fails with ResourceNotFoundException"},
};

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

std::string Quote(std::string_view s) {
  std::string out = "'";
  out += s;
  out += '\'';
  return out;
}

// A word made from part of another word (the value of --name=value), keeping source offsets.
ShellWord SubWord(const ShellWord& word, size_t from) {
  ShellWord sub;
  sub.text = word.text.substr(from);
  sub.source.assign(word.source.begin() + static_cast<std::ptrdiff_t>(from), word.source.end());
  sub.begin = word.SourceAt(from);
  sub.end = word.end;
  sub.quoted = word.quoted;
  sub.raw = word.raw.substr(std::min(word.raw.size(), sub.begin - word.begin));
  return sub;
}

std::optional<std::string> Closest(std::string_view typed, const std::vector<std::string>& names) {
  size_t best = std::string::npos;
  std::optional<std::string> closest;
  for (const std::string& name : names) {
    const size_t distance = EditDistance(typed, name);
    if (distance < best) {
      best = distance;
      closest = name;
    }
  }
  if (!closest || best > std::max<size_t>(2, typed.size() / 3)) return std::nullopt;
  return closest;
}

std::optional<std::string> Base64Decode(std::string_view in) {
  auto value_of = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+' || c == '-') return 62;
    if (c == '/' || c == '_') return 63;
    return -1;
  };
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (char c : in) {
    if (c == '=') break;
    const int v = value_of(c);
    if (v < 0) return std::nullopt;
    buffer = (buffer << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  return out;
}

class Translator {
 public:
  Translator(const std::vector<ShellWord>& words, std::vector<std::string> notes)
      : words_(words), notes_(std::move(notes)) {}

  Result<ConsoleRequest> Run() {
    const ShellWord& command = words_.front();
    size_t first_option = 1;
    if (command.text == "wait") {
      auto waiter = ReadWaiter();
      if (!waiter.ok()) return waiter.take_error();
      first_option = 2;
    } else {
      op_ = FindCommand(command.text);
      if (op_ == nullptr) return UnknownCommand(command);
    }
    if (auto error = ReadOptions(first_option)) return *error;
    ApplyCliInputJson();
    if (auto error = ApplyPaging()) return *error;
    if (auto error = CheckRequired()) return *error;
    ConsoleRequest out;
    out.operation = std::string(op_->name);
    out.request = std::move(request_);
    out.notes = std::move(notes_);
    return out;
  }

 private:
  std::string CommandName() const { return KebabCase(op_->name); }

  Status ReadWaiter() {
    if (words_.size() < 2) {
      return ConsoleError("wait needs a waiter name: table-exists or table-not-exists.",
                          words_.front().end, 0);
    }
    const ShellWord& name = words_[1];
    for (const Waiter& waiter : kWaiters) {
      if (waiter.name == name.text) {
        op_ = FindOperation(waiter.operation);
        notes_.push_back("aws dynamodb wait " + std::string(waiter.name) + " calls " +
                         std::string(waiter.operation) + " every 20 seconds until " +
                         std::string(waiter.until) + "; the console sends it once.");
        return OkStatus();
      }
    }
    return WordError(name, "Unknown waiter " + Quote(name.text) +
                               "; the console knows table-exists and table-not-exists.");
  }

  ApiError UnknownCommand(const ShellWord& command) const {
    if (const OperationSpec* op = FindOperation(command.text)) {
      return WordError(command, Quote(command.text) + " is the API name; the AWS CLI command is " +
                                    KebabCase(op->name) + " (or type " + std::string(op->name) +
                                    " {...} with the JSON request).");
    }
    std::string message = "Unknown DynamoDB command " + Quote(command.text) + ".";
    if (auto closest = Closest(command.text, CliCommandNames())) {
      message += " Did you mean " + *closest + "?";
    }
    return WordError(command, message);
  }

  std::optional<ApiError> ReadOptions(size_t i) {
    while (i < words_.size()) {
      const ShellWord& word = words_[i];
      if (word.text == "help") {
        return WordError(word, CommandName() + " options: " + JoinOptions() + ".");
      }
      if (!StartsWith(word.text, "--") || word.text.size() == 2) return UnexpectedWord(i);
      const size_t eq = word.text.find('=');
      const std::string name =
          word.text.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
      // The value of --name=value, or the following words up to the next --option.
      std::optional<ShellWord> inline_value;
      std::vector<const ShellWord*> values;
      if (eq != std::string::npos) {
        inline_value = SubWord(word, eq + 1);
        values.push_back(&*inline_value);
      } else {
        for (size_t next = i + 1; next < words_.size() && !StartsWith(words_[next].text, "--");
             ++next) {
          values.push_back(&words_[next]);
        }
      }
      auto taken = ReadOption(i, name, values, inline_value.has_value());
      if (!taken.ok()) return taken.take_error();
      // Words taken from the line after the option word; an inline value takes none.
      i += 1 + (inline_value ? 0 : *taken);
    }
    return std::nullopt;
  }

  std::optional<ApiError> UnexpectedWord(size_t i) const {
    const ShellWord& word = words_[i];
    if (word.text == "aws") {
      return WordError(word, "The console runs one command at a time; enter the second 'aws ...' "
                             "separately.");
    }
    if (last_flag_ != nullptr && i == last_option_index_ + 1) {
      const std::string flag = KebabCase(last_flag_->name);
      return WordError(word, "--" + flag + " is a flag and takes no value: write --" + flag +
                                 " for true or --no-" + flag + " for false.");
    }
    if (last_flag_ == nullptr && !last_option_.empty() && i == last_option_index_ + 2) {
      return WordError(word, "Unexpected " + Quote(word.text) + ": --" + last_option_ +
                                 " takes one value; quote values that contain spaces.");
    }
    return WordError(word, "Unexpected " + Quote(word.text) +
                               ": options start with -- and each value follows its option.");
  }

  // Reads the option at words_[index]; returns how many of `values` it took.
  Result<size_t> ReadOption(size_t index, const std::string& name,
                            const std::vector<const ShellWord*>& values, bool inline_value) {
    const ShellWord& word = words_[index];
    last_option_index_ = index;
    last_option_ = name;
    last_flag_ = nullptr;
    // Member options, including --no-<flag> for booleans.
    for (const MemberSpec& member : op_->members) {
      const MemberKind kind = KindOf(member.name);
      const std::string option = KebabCase(member.name);
      const bool negated = kind == MemberKind::kBoolean && name == "no-" + option;
      if (name != option && !negated) continue;
      if (request_.contains(member.name)) {
        return WordError(word, "--" + option + " is given twice.");
      }
      if (kind == MemberKind::kBoolean) {
        if (inline_value) {
          return WordError(word, "--" + option + " is a flag and takes no value: write --" +
                                     option + " or --no-" + option + ".");
        }
        request_[member.name] = !negated;
        last_flag_ = &member;
        return size_t{0};
      }
      if (values.empty()) return MissingValue(word, option);
      std::vector<const ShellWord*> taken = values;
      if (!IsListKind(kind)) taken.resize(1);
      auto value = ReadOptionValue(option, member.name, kind, taken);
      if (!value.ok()) return value.take_error();
      request_[member.name] = std::move(*value);
      return taken.size();
    }
    return CliOption(word, name, values);
  }

  // CLI-level options that are not request members.
  Result<size_t> CliOption(const ShellWord& word, const std::string& name,
                           const std::vector<const ShellWord*>& values) {
    for (const GlobalOption& global : kGlobalOptions) {
      if (global.name != name) continue;
      std::string shown = "--" + name;
      if (global.takes_value) {
        if (values.empty()) return MissingValue(word, name);
        shown += " " + values.front()->text;
      }
      notes_.push_back("Ignored " + shown + ": " + std::string(global.why) + ".");
      return size_t{global.takes_value ? 1u : 0u};
    }
    if (name == "cli-input-json") {
      if (values.empty()) return MissingValue(word, name);
      const ShellWord& value = *values.front();
      if (StartsWith(value.text, "file://")) {
        return WordError(value, "file:// is not available in ddbviz; paste the JSON inline (in "
                                "single quotes) instead of " + Quote(value.text) + ".");
      }
      JsonText parsed = ParseJsonText(value.text);
      if (parsed.error) {
        return ConsoleError("--cli-input-json is not valid JSON: " + parsed.error->reason,
                            value.SourceAt(parsed.error->offset), 1);
      }
      if (!parsed.value.is_object()) {
        return WordError(value, "--cli-input-json expects a JSON object with request members.");
      }
      cli_input_json_ = std::move(parsed.value);
      return size_t{1};
    }
    if (name == "generate-cli-skeleton" || name == "cli-input-yaml") {
      return WordError(word, "--" + name + " is not available in the console; type the options, "
                             "or the operation name followed by its JSON request.");
    }
    const Paging paging = PagingOf(op_->name);
    const bool paging_option = name == "max-items" || name == "starting-token" ||
                               (name == "page-size" && !paging.limit_key.empty());
    if (!paging.input_token.empty() && paging_option) {
      if (values.empty()) return MissingValue(word, name);
      const ShellWord& value = *values.front();
      if (name == "starting-token") {
        starting_token_ = value;  // a copy: an inline value's word does not outlive this call
        return size_t{1};
      }
      json number = value.text;
      if (ConvertScalar(name, MemberKind::kInteger, number)) {
        return WordError(value, "--" + name + " expects an integer, got " + Quote(value.text) + ".");
      }
      (name == "max-items" ? max_items_ : page_size_) = number.get<int64_t>();
      return size_t{1};
    }
    std::string message = "Unknown option --" + name + " for " + CommandName() + ".";
    std::vector<std::string> options;
    for (const std::string& o : CliOptionNames(CommandName())) options.push_back(o.substr(2));
    std::string glued;  // "--backup-arnarn:aws:..." (a typo in the AWS docs): value glued on
    for (const std::string& o : options) {
      if (name.size() > o.size() && StartsWith(name, o) && o.size() > glued.size()) glued = o;
    }
    if (!glued.empty()) {
      message += " Is a space missing after --" + glued + "?";
    } else if (auto closest = Closest(name, options)) {
      message += " Did you mean --" + *closest + "?";
    }
    return WordError(word, message);
  }

  ApiError MissingValue(const ShellWord& word, std::string_view option) const {
    return ConsoleError("--" + std::string(option) + " needs a value.", word.end, 0);
  }

  std::string JoinOptions() const {
    std::string joined;
    for (const std::string& option : CliOptionNames(CommandName())) {
      if (!joined.empty()) joined += ", ";
      joined += option;
    }
    return joined.empty() ? "(none)" : joined;
  }

  // --cli-input-json supplies members; options typed on the line win, as in the CLI.
  void ApplyCliInputJson() {
    if (cli_input_json_.is_null()) return;
    for (auto it = cli_input_json_.begin(); it != cli_input_json_.end(); ++it) {
      if (!request_.contains(it.key())) request_[it.key()] = it.value();
    }
  }

  std::optional<ApiError> ApplyPaging() {
    const Paging paging = PagingOf(op_->name);
    const std::string limit_key(paging.limit_key);
    if (page_size_) {
      if (request_.contains(limit_key)) {
        return ConsoleError("--page-size and --limit both set Limit; use one of them.", 0, 0);
      }
      request_[limit_key] = *page_size_;
      notes_.push_back("--page-size " + std::to_string(*page_size_) + " was sent as Limit " +
                       std::to_string(*page_size_) + ".");
    }
    if (max_items_) {
      const std::string shown = "--max-items " + std::to_string(*max_items_);
      if (limit_key.empty()) {
        notes_.push_back("Ignored " + shown + ": " + std::string(op_->name) +
                         " has no Limit; the console sends one request.");
      } else if (request_.contains(limit_key)) {
        notes_.push_back("Ignored " + shown + ": Limit is already set, and the console sends one "
                         "request (the AWS CLI would keep requesting pages until it had that many "
                         "items).");
      } else {
        request_[limit_key] = *max_items_;
        notes_.push_back(shown + " was sent as Limit " + std::to_string(*max_items_) +
                         ": the AWS CLI would keep requesting pages until it had that many items; "
                         "the console sends one request, so look for the last evaluated key in "
                         "the response.");
      }
    }
    if (starting_token_) {
      const std::string member(paging.input_token);
      if (member != "ExclusiveStartKey") {
        request_[member] = starting_token_->text;
        notes_.push_back("--starting-token was sent as " + member + ".");
        return std::nullopt;
      }
      // The CLI's token for Query and Scan is base64 of {"ExclusiveStartKey": {...}}.
      std::optional<std::string> decoded = Base64Decode(starting_token_->text);
      json token = decoded ? json::parse(*decoded, nullptr, false) : json();
      if (!token.is_object() || !token.contains(member) || !token[member].is_object()) {
        return WordError(*starting_token_,
                         "--starting-token takes the NextToken printed by the AWS CLI. In the "
                         "console, pass the previous response's LastEvaluatedKey with "
                         "--exclusive-start-key '{...}'.");
      }
      request_[member] = token[member];
      notes_.push_back("--starting-token was decoded into ExclusiveStartKey.");
    }
    return std::nullopt;
  }

  std::optional<ApiError> CheckRequired() const {
    std::vector<std::string> missing;
    for (const MemberSpec& member : op_->members) {
      if (member.required && !request_.contains(member.name)) {
        missing.push_back("--" + KebabCase(member.name));
      }
    }
    if (missing.empty()) return std::nullopt;
    std::string list;
    for (size_t i = 0; i < missing.size(); ++i) {
      if (i > 0) list += i + 1 == missing.size() ? " and " : ", ";
      list += missing[i];
    }
    const ShellWord& last = words_.back();
    return ConsoleError(CommandName() + " needs " + list + ".", last.end, 0);
  }

  const std::vector<ShellWord>& words_;
  std::vector<std::string> notes_;
  const OperationSpec* op_ = nullptr;
  json request_ = json::object();
  json cli_input_json_;
  std::optional<int64_t> max_items_;
  std::optional<int64_t> page_size_;
  std::optional<ShellWord> starting_token_;
  // The last option read, for precise messages about stray words after it.
  size_t last_option_index_ = 0;
  std::string last_option_;
  const MemberSpec* last_flag_ = nullptr;
};

}  // namespace

Result<ConsoleRequest> TranslateAwsCli(const std::vector<ShellWord>& words,
                                       std::vector<std::string> notes) {
  if (words.empty()) return ConsoleError("Type a DynamoDB command, e.g. list-tables.", 0, 0);
  return Translator(words, std::move(notes)).Run();
}

std::vector<std::string> CliCommandNames() {
  std::vector<std::string> names;
  for (const OperationSpec& op : Operations()) names.push_back(KebabCase(op.name));
  names.push_back("wait");
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> CliOptionNames(std::string_view command) {
  std::vector<std::string> names;
  const OperationSpec* op = FindCommand(command);
  if (op == nullptr) return names;
  for (int pass = 0; pass < 2; ++pass) {
    for (const MemberSpec& member : op->members) {
      if (member.required != (pass == 0)) continue;
      const std::string option = "--" + KebabCase(member.name);
      names.push_back(option);
      if (KindOf(member.name) == MemberKind::kBoolean) {
        names.push_back("--no-" + KebabCase(member.name));
      }
    }
  }
  if (!PagingOf(op->name).input_token.empty()) {
    names.push_back("--max-items");
    if (!PagingOf(op->name).limit_key.empty()) names.push_back("--page-size");
    names.push_back("--starting-token");
  }
  return names;
}

}  // namespace ddb::cli
