// DynamoDB JSON <-> AttributeValue, with DynamoDB's validation and messages (dynamodb-model
// §1.1). Wrong JSON types are SerializationExceptions, as the JSON 1.0 protocol reports them
// (e.g. {"N": 123}); everything else is a ValidationException. Nothing here may throw or abort:
// nlohmann/json is built with JSON_NOEXCEPTION, so every access checks the type first.
#include "ddb/codec.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <utility>

namespace ddb {

using nlohmann::json;

namespace {

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

constexpr std::string_view kEmptyValue =
    "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes";
constexpr std::string_view kMultipleTypes =
    "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the "
    "supported datatypes";
constexpr std::string_view kNullNotTrue =
    "One or more parameter values were invalid: Null attribute value types must have the value "
    "of true";
// The double spaces are DynamoDB's own.
constexpr std::string_view kEmptyStringSet =
    "One or more parameter values were invalid: An string set  may not be empty";
constexpr std::string_view kEmptyNumberSet =
    "One or more parameter values were invalid: An number set  may not be empty";
constexpr std::string_view kEmptyBinarySet =
    "One or more parameter values were invalid: Binary sets should not be empty";
constexpr std::string_view kTooDeep =
    "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels "
    "beyond supported limit";

ApiError Serialization(std::string msg) {
  return ApiError{ErrorType::kSerialization, std::move(msg), {}};
}

// The Java class a JSON number deserialises to, which DynamoDB names in its type errors.
std::string_view JavaNumberClass(const json& j) {
  double value = 0;
  if (j.is_number_unsigned()) {
    value = static_cast<double>(j.get<uint64_t>());
  } else if (j.is_number_integer()) {
    value = static_cast<double>(j.get<int64_t>());
  } else {
    value = j.get<double>();
    if (std::floor(value) != value) return "java.lang.Double";
  }
  if (value >= -32768 && value <= 32767) return "java.lang.Short";
  if (value >= -2147483648.0 && value <= 2147483647.0) return "java.lang.Integer";
  return "java.lang.Long";
}

// Structural mismatches are described the same way whatever was expected.
bool DescribeStructure(const json& j, std::string* msg) {
  if (j.is_array()) {
    *msg = "Start of list found where not expected";
    return true;
  }
  if (j.is_object()) {
    *msg = "Start of structure or map found where not expected.";
    return true;
  }
  return false;
}

// `target` is "an String", "a Blob" or "an Boolean" (DynamoDB's grammar).
ApiError WrongScalar(const json& j, std::string_view target) {
  std::string msg;
  if (DescribeStructure(j, &msg)) return Serialization(std::move(msg));
  if (j.is_boolean()) {
    msg = "class java.lang.Boolean";
  } else if (j.is_number()) {
    msg = "class ";
    msg += JavaNumberClass(j);
  } else if (j.is_string()) {
    // Only a Boolean target rejects a string; DynamoDB quotes it upper-cased.
    msg = "'";
    for (char c : j.get_ref<const json::string_t&>()) {
      msg += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    msg += "'";
  } else {
    return Serialization("Unexpected value type in payload");
  }
  msg += " can not be converted to ";
  msg += target;
  return Serialization(std::move(msg));
}

ApiError NotAList(const json& j) {
  if (j.is_object()) return Serialization("Start of structure or map found where not expected.");
  return Serialization("Expected list or null");
}

ApiError NotAMap(const json& j) {
  if (j.is_array()) return Serialization("Start of list found where not expected");
  return Serialization("Expected map or null");
}

// ---------------------------------------------------------------------------------------------
// Base64 (RFC 4648, standard alphabet, padded, canonical)
// ---------------------------------------------------------------------------------------------

constexpr char kBase64Alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int Base64Index(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

enum class Base64Problem { kNone, kLength, kCharacter, kLastCharacter };

// Decodes strictly: length a multiple of 4, only alphabet characters, '=' only as the final one
// or two characters, and unused bits of the last character zero (so each byte string has exactly
// one accepted spelling). On a bad character, *bad is that character.
Base64Problem DecodeBase64(std::string_view text, std::string* out, char* bad) {
  out->clear();
  if (text.size() % 4 != 0) return Base64Problem::kLength;
  size_t pad = 0;
  if (!text.empty() && text.back() == '=')
    pad = text.size() >= 2 && text[text.size() - 2] == '=' ? 2 : 1;
  const size_t data_len = text.size() - pad;
  for (size_t i = 0; i < data_len; ++i) {
    if (Base64Index(text[i]) < 0) {
      *bad = text[i];
      return Base64Problem::kCharacter;
    }
  }
  // A third '=' (e.g. "A===") leaves a lone character that cannot encode a byte.
  if (data_len % 4 == 1) return Base64Problem::kLastCharacter;
  out->reserve(data_len * 3 / 4);
  uint32_t buffer = 0;
  int bits = 0;
  for (size_t i = 0; i < data_len; ++i) {
    buffer = (buffer << 6) | static_cast<uint32_t>(Base64Index(text[i]));
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out->push_back(static_cast<char>((buffer >> bits) & 0xFF));
    }
  }
  if (bits > 0 && (buffer & ((1u << bits) - 1)) != 0) return Base64Problem::kLastCharacter;
  return Base64Problem::kNone;
}

// DynamoDB's wording for a B value that is not valid base64 (SerializationException).
Result<std::string> DecodeBlob(const json& j) {
  if (!j.is_string()) return WrongScalar(j, "a Blob");
  const std::string& text = j.get_ref<const json::string_t&>();
  std::string bytes;
  char bad = 0;
  const std::string prefix = "'" + text + "' can not be converted to a Blob: ";
  switch (DecodeBase64(text, &bytes, &bad)) {
    case Base64Problem::kNone: return bytes;
    case Base64Problem::kLength:
      return Serialization(prefix +
                           "Base64 encoded length is expected a multiple of 4 bytes but found: " +
                           std::to_string(text.size()));
    case Base64Problem::kCharacter:
      return Serialization(prefix + "Invalid Base64 character: '" + std::string(1, bad) + "'");
    case Base64Problem::kLastCharacter:
      // "dectected" is DynamoDB's spelling.
      return Serialization(prefix + "Invalid last non-pad Base64 character dectected");
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------------------

bool DescriptorType(std::string_view name, ValueType* type) {
  static constexpr std::pair<std::string_view, ValueType> kNames[] = {
      {"S", ValueType::kS},       {"N", ValueType::kN},       {"B", ValueType::kB},
      {"BOOL", ValueType::kBOOL}, {"NULL", ValueType::kNULL}, {"M", ValueType::kM},
      {"L", ValueType::kL},       {"SS", ValueType::kSS},     {"NS", ValueType::kNS},
      {"BS", ValueType::kBS},
  };
  for (const auto& [n, t] : kNames) {
    if (n == name) {
      *type = t;
      return true;
    }
  }
  return false;
}

// "Input collection [a, b, a] contains duplicates." with the members as the client sent them.
ApiError Duplicates(const json& members, bool binary) {
  std::string msg = "One or more parameter values were invalid: Input collection [";
  bool first = true;
  for (const auto& m : members) {
    if (!first) msg += ", ";
    first = false;
    msg += m.get_ref<const json::string_t&>();
  }
  // DynamoDB names the type for binary sets, without a space before "of".
  msg += binary ? "]of type BS contains duplicates." : "] contains duplicates.";
  return ApiError::Validation(std::move(msg));
}

// Sorts into key order and rejects duplicates (after normalisation: "1" and "1.0" collide).
template <typename T, typename Less, typename Equal>
bool SortUnique(std::vector<T>* items, Less less, Equal equal) {
  std::sort(items->begin(), items->end(), less);
  return std::adjacent_find(items->begin(), items->end(), equal) == items->end();
}

Result<AttributeValue> DecodeStringSet(const json& j) {
  if (!j.is_array()) return NotAList(j);
  if (j.empty()) return ApiError::Validation(std::string(kEmptyStringSet));
  StringSet set;
  set.items.reserve(j.size());
  for (const auto& m : j) {
    if (!m.is_string()) return WrongScalar(m, "an String");
    set.items.push_back(m.get_ref<const json::string_t&>());
  }
  if (!SortUnique(&set.items, std::less<>(), std::equal_to<>())) return Duplicates(j, false);
  return AttributeValue(std::move(set));
}

Result<AttributeValue> DecodeNumberSet(const json& j) {
  if (!j.is_array()) return NotAList(j);
  if (j.empty()) return ApiError::Validation(std::string(kEmptyNumberSet));
  NumberSet set;
  set.items.reserve(j.size());
  for (const auto& m : j) {
    if (!m.is_string()) return WrongScalar(m, "an String");
    auto n = Number::Parse(m.get_ref<const json::string_t&>());
    if (!n.ok()) return n.take_error();
    set.items.push_back(*n);
  }
  const bool unique = SortUnique(
      &set.items, [](const Number& a, const Number& b) { return a.Compare(b) < 0; },
      [](const Number& a, const Number& b) { return a == b; });
  if (!unique) return Duplicates(j, false);
  return AttributeValue(std::move(set));
}

Result<AttributeValue> DecodeBinarySet(const json& j) {
  if (!j.is_array()) return NotAList(j);
  if (j.empty()) return ApiError::Validation(std::string(kEmptyBinarySet));
  BinarySet set;
  set.items.reserve(j.size());
  for (const auto& m : j) {
    auto bytes = DecodeBlob(m);
    if (!bytes.ok()) return bytes.take_error();
    set.items.push_back(std::move(*bytes));
  }
  if (!SortUnique(&set.items, std::less<>(), std::equal_to<>())) return Duplicates(j, true);
  return AttributeValue(std::move(set));
}

// `level` counts enclosing documents the way DynamoDB does: a standalone value is at level 0,
// an item's attribute values at level 1 (the item itself is the first level), and a map or
// list is rejected once it sits at level 32. The check comes before the contents are read, so
// a bad value deep inside a too-deep document reports the nesting error.
Result<AttributeValue> DecodeAt(const json& j, int level) {
  if (j.is_null()) return ApiError::Validation(std::string(kEmptyValue));
  if (j.is_array()) return Serialization("Start of list found where not expected");
  if (!j.is_object()) return Serialization("Expected null");

  // A member whose value is JSON null counts as absent, as in DynamoDB's JSON protocol.
  const json* member = nullptr;
  ValueType type = ValueType::kNULL;
  int count = 0;
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (it.value().is_null()) continue;
    ValueType t;
    if (!DescriptorType(it.key(), &t)) {
      return ApiError::Validation(
          "Supplied AttributeValue has an unknown datatype " + it.key() +
          ", must contain exactly one of the supported datatypes (S, N, B, BOOL, NULL, M, L, SS, "
          "NS, BS)");
    }
    ++count;
    member = &it.value();
    type = t;
  }
  if (count == 0) return ApiError::Validation(std::string(kEmptyValue));
  if (count > 1) return ApiError::Validation(std::string(kMultipleTypes));

  const json& v = *member;
  switch (type) {
    case ValueType::kS:
      if (!v.is_string()) return WrongScalar(v, "an String");
      return AttributeValue(v.get_ref<const json::string_t&>());
    case ValueType::kN: {
      if (!v.is_string()) return WrongScalar(v, "an String");
      auto n = Number::Parse(v.get_ref<const json::string_t&>());
      if (!n.ok()) return n.take_error();
      return AttributeValue(*n);
    }
    case ValueType::kB: {
      auto bytes = DecodeBlob(v);
      if (!bytes.ok()) return bytes.take_error();
      return AttributeValue(Binary{std::move(*bytes)});
    }
    case ValueType::kBOOL:
      if (!v.is_boolean()) return WrongScalar(v, "an Boolean");
      return AttributeValue(v.get<bool>());
    case ValueType::kNULL:
      if (!v.is_boolean()) return WrongScalar(v, "an Boolean");
      if (!v.get<bool>()) return ApiError::Validation(std::string(kNullNotTrue));
      return AttributeValue(NullValue{});
    case ValueType::kM: {
      if (!v.is_object()) return NotAMap(v);
      if (level >= kMaxNestingDepth) return ApiError::Validation(std::string(kTooDeep));
      Map map;
      map.reserve(v.size());
      for (auto it = v.begin(); it != v.end(); ++it) {
        auto child = DecodeAt(it.value(), level + 1);
        if (!child.ok()) return child.take_error();
        map.emplace_hint(map.end(), it.key(), std::move(*child));
      }
      return AttributeValue(std::move(map));
    }
    case ValueType::kL: {
      if (!v.is_array()) return NotAList(v);
      if (level >= kMaxNestingDepth) return ApiError::Validation(std::string(kTooDeep));
      List list;
      list.reserve(v.size());
      for (const auto& e : v) {
        auto child = DecodeAt(e, level + 1);
        if (!child.ok()) return child.take_error();
        list.push_back(std::move(*child));
      }
      return AttributeValue(std::move(list));
    }
    case ValueType::kSS: return DecodeStringSet(v);
    case ValueType::kNS: return DecodeNumberSet(v);
    case ValueType::kBS: return DecodeBinarySet(v);
  }
  return ApiError::Validation(std::string(kEmptyValue));
}

}  // namespace

Result<AttributeValue> DecodeValue(const json& j) { return DecodeAt(j, 0); }

Result<Item> DecodeItem(const json& j) {
  if (!j.is_object()) return NotAMap(j);
  Item item;
  item.reserve(j.size());
  for (auto it = j.begin(); it != j.end(); ++it) {
    auto value = DecodeAt(it.value(), 1);
    if (!value.ok()) return value.take_error();
    item.emplace_hint(item.end(), it.key(), std::move(*value));
  }
  return item;
}

// ---------------------------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------------------------

namespace {

// {"<type>": payload}. Built member by member rather than from an initializer list: responses
// encode every attribute of every returned item, and nlohmann's initializer-list constructor
// copies each element and inspects the list to decide between object and array.
json Tagged(const char* type, json payload) {
  json out(json::value_t::object);
  out.get_ref<json::object_t&>().emplace(type, std::move(payload));
  return out;
}

}  // namespace

json EncodeValue(const AttributeValue& v) {
  switch (v.type()) {
    case ValueType::kS: return Tagged("S", v.s());
    case ValueType::kN: return Tagged("N", v.n().ToString());
    case ValueType::kB: return Tagged("B", Base64Encode(v.b().bytes));
    case ValueType::kBOOL: return Tagged("BOOL", v.boolean());
    case ValueType::kNULL: return Tagged("NULL", true);
    case ValueType::kM: return Tagged("M", EncodeItem(v.m()));
    case ValueType::kL: {
      json list(json::value_t::array);
      list.get_ref<json::array_t&>().reserve(v.l().size());
      for (const auto& e : v.l()) list.push_back(EncodeValue(e));
      return Tagged("L", std::move(list));
    }
    case ValueType::kSS: {
      json set(json::value_t::array);
      for (const auto& s : std::get<StringSet>(v.v).items) set.push_back(s);
      return Tagged("SS", std::move(set));
    }
    case ValueType::kNS: {
      json set(json::value_t::array);
      for (const auto& n : std::get<NumberSet>(v.v).items) set.push_back(n.ToString());
      return Tagged("NS", std::move(set));
    }
    case ValueType::kBS: {
      json set(json::value_t::array);
      for (const auto& b : std::get<BinarySet>(v.v).items) set.push_back(Base64Encode(b));
      return Tagged("BS", std::move(set));
    }
  }
  return Tagged("NULL", true);
}

json EncodeItem(const Item& item) {
  json out(json::value_t::object);
  auto& members = out.get_ref<json::object_t&>();
  // An Item and a json object order their names the same way (std::less on the bytes), so each
  // name goes at the end: the hint makes every insertion constant time instead of a search.
  for (const auto& [name, value] : item) members.emplace_hint(members.end(), name, EncodeValue(value));
  return out;
}

std::string Base64Encode(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 3 <= bytes.size(); i += 3) {
    const uint32_t n = (static_cast<uint8_t>(bytes[i]) << 16) |
                       (static_cast<uint8_t>(bytes[i + 1]) << 8) |
                       static_cast<uint8_t>(bytes[i + 2]);
    out += kBase64Alphabet[(n >> 18) & 63];
    out += kBase64Alphabet[(n >> 12) & 63];
    out += kBase64Alphabet[(n >> 6) & 63];
    out += kBase64Alphabet[n & 63];
  }
  const size_t rest = bytes.size() - i;
  if (rest > 0) {
    uint32_t n = static_cast<uint32_t>(static_cast<uint8_t>(bytes[i])) << 16;
    if (rest == 2) n |= static_cast<uint32_t>(static_cast<uint8_t>(bytes[i + 1])) << 8;
    out += kBase64Alphabet[(n >> 18) & 63];
    out += kBase64Alphabet[(n >> 12) & 63];
    out += rest == 2 ? kBase64Alphabet[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

bool Base64Decode(std::string_view text, std::string* out) {
  char bad = 0;
  return DecodeBase64(text, out, &bad) == Base64Problem::kNone;
}

}  // namespace ddb
