#include "cli/shorthand.h"

#include <cctype>
#include <cstdint>
#include <string>
#include <utility>

namespace ddb::cli {
namespace {

using nlohmann::json;

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Key characters of the CLI grammar: letters, digits and - _ . # / : (so :placeholders and
// #names work as map keys).
bool IsKeyChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == '.' ||
         c == '#' || c == '/' || c == ':';
}

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  Shorthand Run() {
    Shorthand out;
    json params = json::object();
    SkipBlanks();
    if (AtEnd()) {
      Fail(0, "expected Key=Value");
    }
    while (!failed_) {
      KeyValue(params, /*top_level=*/true);
      if (failed_) break;
      SkipBlanks();
      if (AtEnd()) break;
      if (Cur() != ',') {
        Fail(i_, std::string("expected ',' before '") + Cur() + "'");
        break;
      }
      ++i_;
      SkipBlanks();
      if (AtEnd()) Fail(i_, "expected Key=Value after ','");
    }
    if (failed_) {
      out.error = ShorthandError{error_offset_, error_};
    } else {
      out.value = std::move(params);
    }
    return out;
  }

 private:
  bool AtEnd() const { return i_ >= s_.size(); }
  char Cur() const { return AtEnd() ? '\0' : s_[i_]; }
  void SkipBlanks() {
    while (!AtEnd() && IsBlank(s_[i_])) ++i_;
  }
  void Fail(size_t at, std::string message) {
    if (failed_) return;
    failed_ = true;
    error_offset_ = at;
    error_ = std::move(message);
  }

  std::string Key() {
    const size_t start = i_;
    while (!AtEnd() && IsKeyChar(s_[i_])) ++i_;
    if (i_ == start) {
      if (AtEnd()) {
        Fail(i_, "expected a key name");
      } else {
        Fail(i_, std::string("expected a key name, found '") + Cur() + "'");
      }
    }
    return std::string(s_.substr(start, i_ - start));
  }

  // key "=" value; a duplicate key is an error (the CLI rejects it too).
  void KeyValue(json& object, bool top_level) {
    const size_t key_at = i_;
    std::string key = Key();
    if (failed_) return;
    SkipBlanks();
    if (Cur() == '@') {
      Fail(i_, "'@=' reads a file, and files are not available in ddbviz; type the value inline");
      return;
    }
    if (Cur() != '=') {
      Fail(i_, "expected '=' after '" + key + "'");
      return;
    }
    ++i_;
    SkipBlanks();
    json value = top_level ? TopValue() : ExplicitValue('}');
    if (failed_) return;
    if (object.contains(key)) {
      Fail(key_at, "'" + key + "' is given twice");
      return;
    }
    object[key] = std::move(value);
  }

  // After `key=` at the top level: a list, a structure, or comma-separated scalars (k=a,b,c is
  // a list of strings; a following `name=` starts the next pair instead).
  json TopValue() {
    if (Cur() == '[') return ExplicitList();
    if (Cur() == '{') return Hash();
    json first = Scalar(/*stop_bracket=*/'\0');
    if (failed_) return json();
    json list = json::array({first});
    while (!failed_ && Cur() == ',') {
      const size_t comma = i_;
      ++i_;
      SkipBlanks();
      if (AtEnd() || Cur() == ',' || KeyAssignmentAhead()) {
        i_ = comma;
        break;
      }
      if (Cur() == '[' || Cur() == '{') {
        Fail(i_, std::string("unexpected '") + Cur() + "' in a list of values");
        return json();
      }
      list.push_back(Scalar('\0'));
    }
    if (list.size() == 1) return first;
    return list;
  }

  bool KeyAssignmentAhead() const {
    size_t j = i_;
    while (j < s_.size() && IsKeyChar(s_[j])) ++j;
    if (j == i_) return false;
    while (j < s_.size() && IsBlank(s_[j])) ++j;
    return j < s_.size() && (s_[j] == '=' || (s_[j] == '@' && j + 1 < s_.size() && s_[j + 1] == '='));
  }

  json ExplicitValue(char closer) {
    if (Cur() == '[') return ExplicitList();
    if (Cur() == '{') return Hash();
    return Scalar(closer);
  }

  json ExplicitList() {
    const size_t open = i_;
    ++i_;
    SkipBlanks();
    json list = json::array();
    while (!failed_ && Cur() != ']') {
      if (AtEnd()) {
        Fail(open, "this '[' is never closed");
        break;
      }
      list.push_back(ExplicitValue(']'));
      if (failed_) break;
      SkipBlanks();
      if (Cur() == ',') {
        ++i_;
        SkipBlanks();
      } else if (Cur() != ']' && !AtEnd()) {
        Fail(i_, std::string("expected ',' or ']', found '") + Cur() + "'");
      }
    }
    if (!failed_) ++i_;
    SkipBlanks();
    return list;
  }

  json Hash() {
    const size_t open = i_;
    ++i_;
    SkipBlanks();
    json object = json::object();
    while (!failed_ && Cur() != '}') {
      if (AtEnd()) {
        Fail(open, "this '{' is never closed");
        break;
      }
      KeyValue(object, /*top_level=*/false);
      if (failed_) break;
      SkipBlanks();
      if (Cur() == ',') {
        ++i_;
        SkipBlanks();
      } else if (Cur() != '}' && !AtEnd()) {
        Fail(i_, std::string("expected ',' or '}', found '") + Cur() + "'");
      }
    }
    if (!failed_) ++i_;
    SkipBlanks();
    return object;
  }

  // A quoted or bare scalar. Bare values end at ',' (unless written "\,") and, inside [...] or
  // {...}, at the closing bracket; trailing blanks are dropped.
  json Scalar(char closer) {
    if (Cur() == '\'' || Cur() == '"') return Quoted(Cur());
    std::string value;
    while (!AtEnd()) {
      const char c = s_[i_];
      if (c == '\\' && i_ + 1 < s_.size() && s_[i_ + 1] == ',') {
        value += ',';
        i_ += 2;
        continue;
      }
      if (c == ',' || (closer != '\0' && (c == ']' || c == '}'))) break;
      value += c;
      ++i_;
    }
    while (!value.empty() && IsBlank(value.back())) value.pop_back();
    return value;
  }

  // 'it\'s' and "say \"hi\"": the quote character and the backslash can be escaped.
  json Quoted(char quote) {
    const size_t open = i_;
    ++i_;
    std::string value;
    while (!AtEnd() && s_[i_] != quote) {
      if (s_[i_] == '\\' && i_ + 1 < s_.size() && (s_[i_ + 1] == quote || s_[i_ + 1] == '\\')) {
        value += s_[i_ + 1];
        i_ += 2;
        continue;
      }
      value += s_[i_];
      ++i_;
    }
    if (AtEnd()) {
      Fail(open, std::string("this ") + (quote == '"' ? "double" : "single") +
                     " quote is never closed");
      return json();
    }
    ++i_;
    SkipBlanks();
    return value;
  }

  std::string_view s_;
  size_t i_ = 0;
  bool failed_ = false;
  size_t error_offset_ = 0;
  std::string error_;
};

std::optional<int64_t> ParseInteger(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  bool negative = false;
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  if (s.empty() || s.size() > 18) return std::nullopt;
  int64_t value = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return negative ? -value : value;
}

std::optional<json> ParseNumber(std::string_view s) {
  json number = json::parse(s.begin(), s.end(), nullptr, false);
  if (number.is_discarded() || !number.is_number()) return std::nullopt;
  return number;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
int64_t DaysFromCivil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2 ? 1 : 0;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][Z|(+|-)HH:MM] -> epoch seconds (fractions dropped).
std::optional<int64_t> ParseIsoTimestamp(std::string_view s) {
  auto digits = [&](size_t at, size_t count) -> std::optional<int64_t> {
    if (at + count > s.size()) return std::nullopt;
    return ParseInteger(s.substr(at, count));
  };
  auto year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
  if (!year || !month || !day || s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (*month < 1 || *month > 12 || *day < 1 || *day > 31) return std::nullopt;
  int64_t seconds = DaysFromCivil(*year, *month, *day) * 86400;
  size_t i = 10;
  if (i < s.size() && (s[i] == 'T' || s[i] == ' ')) {
    auto hour = digits(i + 1, 2), minute = digits(i + 4, 2);
    if (!hour || !minute || s[i + 3] != ':') return std::nullopt;
    seconds += *hour * 3600 + *minute * 60;
    i += 6;
    if (i < s.size() && s[i] == ':') {
      auto second = digits(i + 1, 2);
      if (!second) return std::nullopt;
      seconds += *second;
      i += 3;
      if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) != 0) ++i;
      }
    }
  }
  if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) {
    ++i;
  } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    auto hour = digits(i + 1, 2), minute = digits(i + 4, 2);
    if (!hour || !minute || i + 3 >= s.size() || s[i + 3] != ':') return std::nullopt;
    const int64_t offset = *hour * 3600 + *minute * 60;
    seconds += s[i] == '+' ? -offset : offset;
    i += 6;
  }
  if (i != s.size()) return std::nullopt;
  return seconds;
}

std::optional<std::string> TypeStruct(json& object);

std::optional<std::string> TypeEachObject(json& list) {
  for (json& element : list) {
    if (element.is_object()) {
      if (auto error = TypeStruct(element)) return error;
    }
  }
  return std::nullopt;
}

std::optional<std::string> TypeStruct(json& object) {
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (auto error = TypeShorthandValue(it.key(), KindOf(it.key()), it.value())) return error;
  }
  return std::nullopt;
}

}  // namespace

Shorthand ParseShorthand(std::string_view text) { return Parser(text).Run(); }

std::optional<std::string> ConvertScalar(std::string_view member, MemberKind kind, json& value) {
  if (!value.is_string()) {
    if (kind == MemberKind::kInteger || kind == MemberKind::kDouble ||
        kind == MemberKind::kBoolean || kind == MemberKind::kTimestamp) {
      if (value.is_array() || value.is_object()) {
        return std::string(member) + " expects a single value, not " +
               (value.is_array() ? "a list" : "a structure");
      }
    }
    return std::nullopt;
  }
  const std::string text = value.get<std::string>();
  switch (kind) {
    case MemberKind::kInteger: {
      auto number = ParseInteger(text);
      if (!number) return std::string(member) + " expects an integer, got '" + text + "'";
      value = *number;
      return std::nullopt;
    }
    case MemberKind::kDouble: {
      auto number = ParseNumber(text);
      if (!number) return std::string(member) + " expects a number, got '" + text + "'";
      value = *number;
      return std::nullopt;
    }
    case MemberKind::kBoolean: {
      std::string lower;
      for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (lower != "true" && lower != "false") {
        return std::string(member) + " expects true or false, got '" + text + "'";
      }
      value = lower == "true";
      return std::nullopt;
    }
    case MemberKind::kTimestamp: {
      if (auto number = ParseNumber(text)) {
        // Whole seconds go out as integers, as the CLI sends 1576622404.0.
        if (number->is_number_float()) {
          const double seconds = number->get<double>();
          const auto whole = static_cast<int64_t>(seconds);
          if (static_cast<double>(whole) == seconds) {
            value = whole;
            return std::nullopt;
          }
        }
        value = *number;
        return std::nullopt;
      }
      if (auto seconds = ParseIsoTimestamp(text)) {
        value = *seconds;
        return std::nullopt;
      }
      return std::string(member) + " expects a time (epoch seconds or 2020-01-31T12:00:00Z), got '" +
             text + "'";
    }
    default:
      return std::nullopt;
  }
}

std::optional<std::string> TypeShorthandValue(std::string_view member, MemberKind kind,
                                              json& value) {
  switch (kind) {
    case MemberKind::kString:
    case MemberKind::kStringMap:
      return std::nullopt;
    case MemberKind::kInteger:
    case MemberKind::kDouble:
    case MemberKind::kBoolean:
    case MemberKind::kTimestamp:
      return ConvertScalar(member, kind, value);
    case MemberKind::kStringList:
      if (value.is_string()) value = json::array({value});
      return std::nullopt;
    case MemberKind::kStructList:
    case MemberKind::kValueMapList:
      if (value.is_object()) value = json::array({value});
      if (!value.is_array()) return std::nullopt;
      if (kind == MemberKind::kStructList) return TypeEachObject(value);
      for (json& map : value) {
        if (!map.is_object()) continue;
        for (auto it = map.begin(); it != map.end(); ++it) {
          if (it.value().is_object()) {
            if (auto error = TypeStruct(it.value())) return error;
          }
        }
      }
      return std::nullopt;
    case MemberKind::kStruct:
      if (value.is_object()) return TypeStruct(value);
      return std::nullopt;
    case MemberKind::kValueMap:
      if (!value.is_object()) return std::nullopt;
      for (auto it = value.begin(); it != value.end(); ++it) {
        if (it.value().is_object()) {
          if (auto error = TypeStruct(it.value())) return error;
        }
      }
      return std::nullopt;
    case MemberKind::kStructMap:
      if (!value.is_object()) return std::nullopt;
      for (auto it = value.begin(); it != value.end(); ++it) {
        if (it.value().is_object()) {
          if (auto error = TypeStruct(it.value())) return error;
        } else if (it.value().is_array()) {
          if (auto error = TypeEachObject(it.value())) return error;
        }
      }
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace ddb::cli
