#include "api/json_out.h"

#include "api/json_chars.h"
#include "ddb/codec.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <variant>

namespace ddb {

using nlohmann::json;

// --- JsonDomWriter

nlohmann::json* JsonDomWriter::Put(nlohmann::json&& v) {
  if (open_.empty()) {
    root_ = std::move(v);
    return &root_;
  }
  json& top = *open_.back();
  if (top.is_array()) {
    top.push_back(std::move(v));
    return &top.back();
  }
  auto& members = top.get_ref<json::object_t&>();
  // Members arrive in key order, so the end is the right place and the hint makes it O(1).
  return &members.emplace_hint(members.end(), key_, std::move(v))->second;
}

void JsonDomWriter::Item(const ddb::Item& item) { Put(EncodeItem(item)); }

// --- JsonTextWriter

namespace {

// nlohmann's dump() prints a string byte for byte except for these escapes (it does not escape
// DEL or '/', and prints other control characters as \u00xx in lower-case hex).
void AppendEscapedAscii(std::string_view s, std::string& out) {
  static const char kHex[] = "0123456789abcdef";
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\f': out += "\\f"; break;
      case '\r': out += "\\r"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xf];
    }
  }
  out.append(s.data() + run, s.size() - run);
}


// Whether no byte of `s` needs an escape or UTF-8 handling (kJsonPlainBytes), eight bytes at a
// time: a response is mostly short plain names and values, and this check ran byte by byte.
bool IsPlain(std::string_view s) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  // Whether any byte of w is below 0x20, or equals b (exact as a yes/no answer).
  const auto any_below_space = [](uint64_t w) { return (w - kOnes * 0x20) & ~w & kHigh; };
  const auto any_equal = [](uint64_t w, uint8_t b) {
    const uint64_t x = w ^ (kOnes * b);
    return (x - kOnes) & ~x & kHigh;
  };
  const char* p = s.data();
  size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    if ((w & kHigh) | any_below_space(w) | any_equal(w, '"') | any_equal(w, '\\')) return false;
  }
  for (; n > 0; ++p, --n) {
    if (!kJsonPlainBytes[static_cast<unsigned char>(*p)]) return false;
  }
  return true;
}

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// The opening of each tagged value, in ValueType order: {"S": ... {"BS":
constexpr std::string_view kOpenTag[] = {R"({"S":)", R"({"N":)", R"({"B":)", R"({"BOOL":)", R"({"NULL":)",
                                         R"({"M":)", R"({"L":)", R"({"SS":)", R"({"NS":)", R"({"BS":)"};

void AppendStringArray(const std::vector<std::string>& items, bool base64, std::string& out) {
  out += '[';
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    AppendJsonString(base64 ? Base64Encode(items[i]) : items[i], out);
  }
  out += ']';
}

}  // namespace

void AppendValueText(const AttributeValue& v, std::string& out) {
  out += kOpenTag[static_cast<size_t>(v.type())];
  switch (v.type()) {
    case ValueType::kS: AppendJsonString(v.s(), out); break;
    case ValueType::kN: AppendJsonString(v.n().ToString(), out); break;
    case ValueType::kB: AppendJsonString(Base64Encode(v.b().bytes), out); break;
    case ValueType::kBOOL: out += v.boolean() ? "true" : "false"; break;
    case ValueType::kNULL: out += "true"; break;
    case ValueType::kM: AppendItemText(v.m(), out); break;
    case ValueType::kL:
      out += '[';
      for (size_t i = 0; i < v.l().size(); ++i) {
        if (i) out += ',';
        AppendValueText(v.l()[i], out);
      }
      out += ']';
      break;
    case ValueType::kSS: AppendStringArray(std::get<StringSet>(v.v).items, false, out); break;
    case ValueType::kNS: {
      const auto& numbers = std::get<NumberSet>(v.v).items;
      out += '[';
      for (size_t i = 0; i < numbers.size(); ++i) {
        if (i) out += ',';
        AppendJsonString(numbers[i].ToString(), out);
      }
      out += ']';
      break;
    }
    case ValueType::kBS: AppendStringArray(std::get<BinarySet>(v.v).items, true, out); break;
  }
  out += '}';
}

void AppendJsonString(std::string_view s, std::string& out) {
  if (IsPlain(s)) {  // the common case: one copy
    out += '"';
    out.append(s);
    out += '"';
    return;
  }
  if (!IsAscii(s)) {
    // UTF-8 (and invalid UTF-8, replaced by U+FFFD) is left to nlohmann, so the rules match exactly.
    out += json(s).dump(-1, ' ', false, json::error_handler_t::replace);
    return;
  }
  out += '"';
  AppendEscapedAscii(s, out);
  out += '"';
}

namespace {

char* Put(char* p, std::string_view s) {
  std::memcpy(p, s.data(), s.size());
  return p + s.size();
}

// The common item in one piece: every name plain and every value an S of plain text, an N, a BOOL
// or a NULL (what AppendItemText would write for it, byte for byte). Measured first, so the text
// goes into place through a pointer instead of a dozen checked appends per attribute, which cost
// more than the query that found the item. False, with nothing written, for any other item.
bool AppendFlatItemText(const Item& item, std::string& out) {
  size_t length = 2;  // the braces
  for (const auto& [name, value] : item) {
    if (!IsPlain(name)) return false;
    length += name.size() + 4 + kOpenTag[static_cast<size_t>(value.type())].size() + 1;  // "name":{tag ... },
    switch (value.type()) {
      case ValueType::kS:
        if (!IsPlain(value.s())) return false;
        length += value.s().size() + 2;
        break;
      case ValueType::kN: length += value.n().TextLength() + 2; break;
      case ValueType::kBOOL: length += 5; break;  // false
      case ValueType::kNULL: length += 4; break;  // true
      default: return false;
    }
  }
  const size_t at = out.size();
  out.resize(at + length);
  char* const start = out.data() + at;
  char* p = start;
  *p++ = '{';
  for (const auto& [name, value] : item) {
    if (p != start + 1) *p++ = ',';
    *p++ = '"';
    p = Put(p, name);
    *p++ = '"';
    *p++ = ':';
    p = Put(p, kOpenTag[static_cast<size_t>(value.type())]);
    switch (value.type()) {
      case ValueType::kS:
        *p++ = '"';
        p = Put(p, value.s());
        *p++ = '"';
        break;
      case ValueType::kN:
        *p++ = '"';
        p = value.n().WriteText(p);
        *p++ = '"';
        break;
      case ValueType::kBOOL: p = Put(p, value.boolean() ? "true" : "false"); break;
      default: p = Put(p, "true"); break;  // NULL
    }
    *p++ = '}';
  }
  *p++ = '}';
  out.resize(static_cast<size_t>(p - out.data()));  // the count had a comma too many, or true for false
  return true;
}

}  // namespace

void AppendItemText(const Item& item, std::string& out) {
  if (AppendFlatItemText(item, out)) return;
  out += '{';
  bool first = true;
  for (const auto& [name, value] : item) {
    if (!first) out += ',';
    first = false;
    AppendJsonString(name, out);
    out += ':';
    AppendValueText(value, out);
  }
  out += '}';
}

void JsonTextWriter::Key(std::string_view name) {
  Separate();
  AppendJsonString(name, out_);
  out_ += ':';
  need_comma_ = false;
}

void JsonTextWriter::String(std::string_view s) {
  Separate();
  AppendJsonString(s, out_);
  need_comma_ = true;
}

void JsonTextWriter::Integer(int64_t v) {
  Separate();
  char buf[24];
  auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
  out_.append(buf, end);
  need_comma_ = true;
}

void JsonTextWriter::Double(double v) {
  Separate();
  // Capacity units are whole or half units: print them as nlohmann does ("1.0", "0.5") without
  // its general shortest-representation search; anything else goes through nlohmann itself.
  const double twice = v * 2.0;
  if (std::isfinite(v) && v >= 0 && v < 1e9 && twice == std::floor(twice)) {
    const auto units = static_cast<int64_t>(twice);
    char buf[24];
    auto end = std::to_chars(buf, buf + sizeof buf, units / 2).ptr;
    out_.append(buf, end);
    out_ += units % 2 ? ".5" : ".0";
  } else {
    out_ += json(v).dump();
  }
  need_comma_ = true;
}

void JsonTextWriter::Item(const ddb::Item& item) {
  Separate();
  AppendItemText(item, out_);
  need_comma_ = true;
}

}  // namespace ddb
