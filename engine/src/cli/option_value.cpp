#include "cli/option_value.h"

#include "cli/console_error.h"
#include "cli/json_text.h"
#include "cli/shorthand.h"

#include <string>
#include <utility>

namespace ddb::cli {
namespace {

using nlohmann::json;

// Converts the value words of one member option into its JSON.
class ValueReader {
 public:
  ValueReader(std::string_view option, std::string_view member, MemberKind kind)
      : option_(option), member_(member), kind_(kind) {}

  Result<json> Read(const std::vector<const ShellWord*>& words) const {
    for (const ShellWord* word : words) {
      const std::string_view text = word->text;
      const bool file = text.substr(0, 7) == "file://";
      if (file || text.substr(0, 8) == "fileb://") {
        return WordError(*word, std::string(file ? "file://" : "fileb://") +
                                    " is not available in ddbviz; paste the JSON inline (in single "
                                    "quotes) instead of '" + word->text + "'.");
      }
    }
    if (IsScalarKind(kind_)) return Scalar(*words.front());
    if (IsListKind(kind_)) return List(words);
    return Structure(*words.front());
  }

 private:
  Result<json> Scalar(const ShellWord& word) const {
    json value = word.text;
    if (auto error = ConvertScalar(member_, kind_, value)) {
      return WordError(word, "--" + std::string(option_) + ": " + *error + ".");
    }
    return value;
  }

  Result<json> Json(const ShellWord& word) const {
    JsonText parsed = ParseJsonText(word.text);
    if (parsed.error) {
      const size_t at = word.SourceAt(parsed.error->offset);
      std::string message = "--" + std::string(option_) + " is not valid JSON: " + parsed.error->reason;
      // {"a":1} typed without quotes around it reaches the CLI as {a:1}.
      if (word.raw.find('"') != std::string_view::npos && word.text.find('"') == std::string::npos) {
        message += ". The shell removed the double quotes: put the JSON in single quotes '...'";
      }
      return ConsoleError(message + ".", at, 1);
    }
    return std::move(parsed.value);
  }

  Result<json> Shorthand(const ShellWord& word, MemberKind kind) const {
    ddb::cli::Shorthand parsed = ParseShorthand(word.text);
    if (parsed.error) {
      const size_t at = word.SourceAt(parsed.error->offset);
      return ConsoleError("--" + std::string(option_) + ": " + parsed.error->message +
                              " (write JSON, or shorthand such as Name=Value,Other=Value).",
                          at, 1);
    }
    json value = std::move(parsed.value);
    if (auto error = TypeShorthandValue(member_, kind, value)) {
      return WordError(word, "--" + std::string(option_) + ": " + *error + ".");
    }
    return value;
  }

  Result<json> Structure(const ShellWord& word) const {
    if (LooksLikeJson(word.text, '{')) {
      auto value = Json(word);
      if (value.ok() && !value->is_object()) {
        return WordError(word, "--" + std::string(option_) + " expects a JSON object {...}.");
      }
      return value;
    }
    if (LooksLikeJson(word.text, '[')) {
      return WordError(word, "--" + std::string(option_) +
                                 " expects one structure ({...} or Name=Value), not a list.");
    }
    return Shorthand(word, kind_);
  }

  // A list is one JSON array, or one element per word: JSON objects, shorthand structures, or
  // plain strings for lists of strings (`--tag-keys a b`; commas are not separators there).
  Result<json> List(const std::vector<const ShellWord*>& words) const {
    if (words.size() == 1 && LooksLikeJson(words.front()->text, '[')) {
      auto value = Json(*words.front());
      if (value.ok() && !value->is_array()) {
        return WordError(*words.front(), "--" + std::string(option_) + " expects a JSON list [...].");
      }
      return value;
    }
    json list = json::array();
    for (const ShellWord* word : words) {
      if (kind_ == MemberKind::kStringList) {
        list.push_back(word->text);
        continue;
      }
      if (LooksLikeJson(word->text, '{')) {
        auto element = Json(*word);
        if (!element.ok()) return element.take_error();
        list.push_back(std::move(*element));
        continue;
      }
      auto element = Shorthand(*word, kind_);
      if (!element.ok()) return element.take_error();
      // Typed as a list member kind, so a lone structure came back wrapped in a list.
      if (element->is_array()) {
        for (json& e : *element) list.push_back(std::move(e));
      } else {
        list.push_back(std::move(*element));
      }
    }
    return list;
  }

  std::string_view option_;
  std::string_view member_;
  MemberKind kind_;
};

}  // namespace

Result<json> ReadOptionValue(std::string_view option, std::string_view member, MemberKind kind,
                             const std::vector<const ShellWord*>& words) {
  return ValueReader(option, member, kind).Read(words);
}

}  // namespace ddb::cli
