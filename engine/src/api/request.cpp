#include "api/request.h"

#include <cctype>

namespace ddb {

std::string MemberPath(std::string_view member) {
  std::string out(member);
  if (!out.empty()) out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
  return out;
}

ApiError ConstraintError(std::string_view member, const std::string& shown_value, std::string_view constraint) {
  return ApiError::Validation("1 validation error detected: Value " + shown_value + " at '" +
                              MemberPath(member) + "' failed to satisfy constraint: " + std::string(constraint));
}

ApiError SerializationError(std::string_view expected, const json& found) {
  const char* kind = "STRUCTURE";
  switch (found.type()) {
    case json::value_t::string: kind = "STRING_VALUE"; break;
    case json::value_t::boolean: kind = found.get<bool>() ? "TRUE_VALUE" : "FALSE_VALUE"; break;
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: kind = "NUMBER_VALUE"; break;
    case json::value_t::array: kind = "START_ARRAY"; break;
    case json::value_t::object: kind = "START_OBJECT"; break;
    default: kind = "VALUE_NULL"; break;
  }
  return ApiError{ErrorType::kSerialization,
                  std::string(kind) + " can not be converted to " + std::string(expected), {}};
}

namespace {

uint64_t LengthBit(size_t length) { return uint64_t{1} << (length < 63 ? length : 63); }

}  // namespace

RequestView::RequestView(const json& request) : r_(request) {
  if (!r_.is_object()) return;
  for (const auto& [name, value] : r_.items()) name_lengths_ |= LengthBit(name.size());
}

const json* RequestView::Find(std::string_view member) const {
  if (!(name_lengths_ & LengthBit(member.size()))) return nullptr;  // also when not an object
  auto it = r_.find(member);
  if (it == r_.end() || it->is_null()) return nullptr;
  return &*it;
}

Result<std::string> RequestView::RequiredString(std::string_view member) const {
  const json* v = Find(member);
  if (!v) return ConstraintError(member, "null", "Member must not be null");
  if (!v->is_string()) return SerializationError("a String", *v);
  return v->get<std::string>();
}

Result<std::optional<std::string>> RequestView::String(std::string_view member) const {
  const json* v = Find(member);
  if (!v) return std::optional<std::string>();
  if (!v->is_string()) return SerializationError("a String", *v);
  return std::optional<std::string>(v->get<std::string>());
}

Result<std::optional<bool>> RequestView::Bool(std::string_view member) const {
  const json* v = Find(member);
  if (!v) return std::optional<bool>();
  if (!v->is_boolean()) return SerializationError("a Boolean", *v);
  return std::optional<bool>(v->get<bool>());
}

Result<std::optional<double>> RequestView::Number(std::string_view member) const {
  const json* v = Find(member);
  if (!v) return std::optional<double>();
  if (!v->is_number()) return SerializationError("a Double", *v);
  return std::optional<double>(v->get<double>());
}

Result<std::optional<int64_t>> RequestView::Int(std::string_view member) const {
  const json* v = Find(member);
  if (!v) return std::optional<int64_t>();
  if (v->is_number_integer()) return std::optional<int64_t>(v->get<int64_t>());
  if (v->is_number_unsigned()) {
    const uint64_t u = v->get<uint64_t>();
    if (u > static_cast<uint64_t>(INT64_MAX)) return SerializationError("a Long (out of range)", *v);
    return std::optional<int64_t>(static_cast<int64_t>(u));
  }
  if (v->is_number_float()) {
    const double d = v->get<double>();
    if (d == static_cast<double>(static_cast<int64_t>(d)) && d > -9.2e18 && d < 9.2e18)
      return std::optional<int64_t>(static_cast<int64_t>(d));
  }
  return SerializationError("an Integer", *v);
}

Result<const json*> RequestView::Object(std::string_view member) const {
  const json* v = Find(member);
  if (v && !v->is_object()) return SerializationError("a Structure or Map", *v);
  return v;
}

Result<const json*> RequestView::Array(std::string_view member) const {
  const json* v = Find(member);
  if (v && !v->is_array()) return SerializationError("a List", *v);
  return v;
}

Result<std::string_view> RequestView::Enum(std::string_view member, std::initializer_list<std::string_view> allowed,
                                           std::string_view fallback) const {
  const json* v = Find(member);
  if (!v) return fallback;
  if (!v->is_string()) return SerializationError("a String", *v);
  const std::string& value = v->get_ref<const std::string&>();
  for (std::string_view a : allowed) {
    if (value == a) return a;
  }
  std::string set = "[";
  for (std::string_view a : allowed) {
    if (set.size() > 1) set += ", ";
    set += a;
  }
  set += "]";
  return ConstraintError(member, "'" + value + "'", "Member must satisfy enum value set: " + set);
}

Status ValidateTableName(std::string_view member, const std::string& name) {
  if (name.size() < 3)
    return ConstraintError(member, "'" + name + "'", "Member must have length greater than or equal to 3");
  if (name.size() > 255)
    return ConstraintError(member, "'" + name + "'", "Member must have length less than or equal to 255");
  for (unsigned char c : name) {
    if (!std::isalnum(c) && c != '_' && c != '-' && c != '.')
      return ConstraintError(member, "'" + name + "'", "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
  }
  return OkStatus();
}

Result<KeySchemaElements> ReadKeySchema(const RequestView& v, const std::string& path, const std::string& key_type_path) {
  auto ks = v.Array("KeySchema");
  if (!ks.ok()) return ks.take_error();
  if (!ks.value()) return ConstraintError(path, "null", "Member must not be null");
  const json& schema = *ks.value();
  if (schema.empty()) return ConstraintError(path, "[]", "Member must have length greater than or equal to 1");
  if (schema.size() > 2) return ConstraintError(path, "[...]", "Member must have length less than or equal to 2");
  KeySchemaElements elements;
  for (const json& k : schema) {
    if (!k.is_object()) return SerializationError("a KeySchemaElement structure", k);
    RequestView kv(k);
    auto name = kv.RequiredString("AttributeName");
    if (!name.ok()) return name.take_error();
    auto type = kv.Enum("KeyType", {"HASH", "RANGE"}, "");
    if (!type.ok()) return type.take_error();
    if (type.value().empty()) return ConstraintError(key_type_path, "null", "Member must not be null");
    elements.emplace_back(name.value(), std::string(type.value()));
  }
  return elements;
}

}  // namespace ddb
