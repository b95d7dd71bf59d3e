// FormatAsCli: a request shown as the AWS CLI command that sends it, for teaching. The output must
// parse back to the same request, so every choice below (shorthand or JSON, quoting, falling back
// to --cli-input-json) is made with ParseConsoleInput's rules in mind.
#include "ddb/console_syntax.h"

#include "cli/cli_schema.h"

#include <cctype>
#include <optional>
#include <string>
#include <vector>

namespace ddb {
namespace {

using cli::MemberKind;
using nlohmann::json;

constexpr size_t kOneLineWidth = 100;

bool IsShellSafe(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '.' || c == '/' ||
         c == ':' || c == '@' || c == '%' || c == '+' || c == '=' || c == ',' || c == '-';
}

// Bare when the shell would keep it as is; in double quotes when nothing inside them is special
// (the docs' style for expressions: "Artist = :name"); else in single quotes, a ' inside
// becoming '\''.
std::string ShellQuote(std::string_view s) {
  bool safe = !s.empty();
  for (char c : s) safe = safe && IsShellSafe(c);
  if (safe) return std::string(s);
  if (s.find_first_of("\"\\$`!") == std::string_view::npos) {
    std::string out = "\"";
    out += s;
    out += '"';
    return out;
  }
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

// Never aborts: a string that is not UTF-8 (possible when the request did not come from the
// console) is shown with replacement characters instead of failing the strict serializer.
std::string Dump(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

// JSON the way the AWS documentation prints it inline: {"Artist": {"S": "Acme Band"}}.
std::string SpacedJson(const json& value) {
  if (value.is_object()) {
    std::string out = "{";
    bool first = true;
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (!first) out += ", ";
      first = false;
      out += Dump(json(it.key())) + ": " + SpacedJson(it.value());
    }
    return out + "}";
  }
  if (value.is_array()) {
    std::string out = "[";
    for (size_t i = 0; i < value.size(); ++i) {
      if (i > 0) out += ", ";
      out += SpacedJson(value[i]);
    }
    return out + "]";
  }
  return Dump(value);
}

bool IsShorthandKey(std::string_view key) {
  if (key.empty()) return false;
  for (char c : key) {
    if (std::isalnum(static_cast<unsigned char>(c)) == 0 && c != '-' && c != '_' && c != '.' &&
        c != '#' && c != '/' && c != ':') {
      return false;
    }
  }
  return true;
}

bool IsShorthandWord(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) == 0 && c != '_' && c != '.' && c != '/' &&
        c != ':' && c != '@' && c != '+' && c != '-') {
      return false;
    }
  }
  return true;
}

// A flat structure whose every value shorthand gives back with the same JSON type, e.g.
// ReadCapacityUnits=5,WriteCapacityUnits=5 or StreamEnabled=true,StreamViewType=NEW_IMAGE.
bool FitsShorthand(const json& object) {
  if (!object.is_object() || object.empty()) return false;
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (!IsShorthandKey(it.key())) return false;
    const MemberKind kind = cli::KindOf(it.key());
    const json& v = it.value();
    const bool string_stays_string = kind == MemberKind::kString ||
                                     kind == MemberKind::kValueMap ||
                                     kind == MemberKind::kStringMap ||
                                     kind == MemberKind::kStructMap;
    if (v.is_string()) {
      if (!string_stays_string || !IsShorthandWord(v.get<std::string>())) return false;
    } else if (v.is_number_integer()) {
      if (kind != MemberKind::kInteger && kind != MemberKind::kTimestamp) return false;
    } else if (v.is_boolean()) {
      if (kind != MemberKind::kBoolean) return false;
    } else {
      return false;
    }
  }
  return true;
}

std::string Shorthand(const json& object) {
  std::string out;
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (!out.empty()) out += ',';
    const json& v = it.value();
    out += it.key() + "=" + (v.is_string() ? v.get<std::string>() : Dump(v));
  }
  return out;
}

// A string value that the option parser would not read back as that same string.
bool StringNeedsJsonInput(std::string_view s) {
  return s.substr(0, 2) == "--" || s.substr(0, 7) == "file://" || s.substr(0, 8) == "fileb://";
}

// The words after `--option`, or nothing when the value cannot be written as an option (it then
// goes into --cli-input-json).
std::optional<std::string> OptionValue(MemberKind kind, const json& v) {
  switch (kind) {
    case MemberKind::kString:
      if (!v.is_string() || StringNeedsJsonInput(v.get<std::string>())) return std::nullopt;
      return ShellQuote(v.get<std::string>());
    case MemberKind::kInteger:
      if (!v.is_number_integer()) return std::nullopt;
      return Dump(v);
    case MemberKind::kDouble:
    case MemberKind::kTimestamp:
      if (!v.is_number()) return std::nullopt;
      return Dump(v);
    case MemberKind::kBoolean:
      return std::nullopt;  // written as a flag by the caller
    case MemberKind::kStringList: {
      if (!v.is_array()) return std::nullopt;
      if (v.empty()) return ShellQuote("[]");
      std::string out;
      for (const json& e : v) {
        if (!e.is_string()) return ShellQuote(SpacedJson(v));
        const std::string& s = e.get_ref<const std::string&>();
        // A lone element that looks like JSON or an option would be misread.
        if (s.empty() || s[0] == '[' || s[0] == '{' || StringNeedsJsonInput(s)) {
          return ShellQuote(SpacedJson(v));
        }
        if (!out.empty()) out += ' ';
        out += ShellQuote(s);
      }
      return out;
    }
    case MemberKind::kStructList:
    case MemberKind::kValueMapList: {
      if (!v.is_array()) return std::nullopt;
      bool shorthand = kind == MemberKind::kStructList && !v.empty();
      for (const json& e : v) shorthand = shorthand && FitsShorthand(e);
      if (!shorthand) return ShellQuote(SpacedJson(v));
      std::string out;
      for (const json& e : v) {
        if (!out.empty()) out += ' ';
        out += ShellQuote(Shorthand(e));
      }
      return out;
    }
    case MemberKind::kStruct:
      if (!v.is_object()) return std::nullopt;
      if (FitsShorthand(v)) return ShellQuote(Shorthand(v));
      return ShellQuote(SpacedJson(v));
    case MemberKind::kValueMap:
    case MemberKind::kStringMap:
    case MemberKind::kStructMap:
      if (!v.is_object()) return std::nullopt;
      return ShellQuote(SpacedJson(v));
  }
  return std::nullopt;
}

}  // namespace

std::string FormatAsCli(std::string_view operation, const nlohmann::json& request) {
  const std::string command = std::string(cli::IsStreamsOperation(operation) ? "aws dynamodbstreams " : "aws dynamodb ") +
                              cli::KebabCase(operation);
  if (!request.is_object()) return command;
  const cli::OperationSpec* op = cli::FindOperation(operation);
  std::vector<std::string> parts;
  json leftovers = json::object();
  std::vector<std::string> order;
  // --table-name first, as the AWS documentation writes it; then the API reference's order.
  if (op != nullptr && request.contains("TableName") && cli::FindMember(*op, "TableName") != nullptr) {
    order.push_back("TableName");
  }
  if (op != nullptr) {
    for (const cli::MemberSpec& member : op->members) {
      if (request.contains(member.name) && member.name != "TableName") order.push_back(member.name);
    }
  }
  for (auto it = request.begin(); it != request.end(); ++it) {
    const bool known = op != nullptr && cli::FindMember(*op, it.key()) != nullptr;
    if (!known) leftovers[it.key()] = it.value();
  }
  for (const std::string& name : order) {
    const json& v = request[name];
    const MemberKind kind = cli::KindOf(name);
    const std::string option = "--" + cli::KebabCase(name);
    if (kind == MemberKind::kBoolean && v.is_boolean()) {
      parts.push_back(v.get<bool>() ? option : "--no-" + cli::KebabCase(name));
      continue;
    }
    std::optional<std::string> value = OptionValue(kind, v);
    if (!value) {
      leftovers[name] = v;
      continue;
    }
    parts.push_back(option + " " + *value);
  }
  if (!leftovers.empty()) parts.push_back("--cli-input-json " + ShellQuote(SpacedJson(leftovers)));
  std::string one_line = command;
  for (const std::string& part : parts) one_line += " " + part;
  if (one_line.size() <= kOneLineWidth) return one_line;
  std::string lines = command;
  for (const std::string& part : parts) lines += " \\\n    " + part;
  return lines;
}

}  // namespace ddb
