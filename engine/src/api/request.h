// Reading a DynamoDB JSON request with the service's own validation messages. DynamoDB reports
// constraint failures in the Coral style ("1 validation error detected: Value null at 'tableName'
// failed to satisfy constraint: Member must not be null") and wrong JSON types as
// SerializationException; these helpers produce both, so every operation reads its members the
// same way and never touches a member of the wrong type (nlohmann is built without exceptions).
#pragma once

#include "ddb/result.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ddb {

using nlohmann::json;

// "TableName" -> "tableName", as the service names members in validation messages.
std::string MemberPath(std::string_view member);

ApiError ConstraintError(std::string_view member, const std::string& shown_value, std::string_view constraint);
ApiError SerializationError(std::string_view expected, const json& found);

class RequestView {
 public:
  explicit RequestView(const json& request);

  const json& raw() const { return r_; }
  bool has(std::string_view member) const { return Find(member) != nullptr; }
  // nullptr when absent or JSON null.
  const json* Find(std::string_view member) const;

  Result<std::string> RequiredString(std::string_view member) const;
  Result<std::optional<std::string>> String(std::string_view member) const;
  Result<std::optional<bool>> Bool(std::string_view member) const;
  Result<std::optional<int64_t>> Int(std::string_view member) const;
  // A JSON number (integer or not).
  Result<std::optional<double>> Number(std::string_view member) const;
  // Present and an object, or absent (nullptr); anything else is a SerializationException.
  Result<const json*> Object(std::string_view member) const;
  Result<const json*> Array(std::string_view member) const;
  // An optional enum member: returns `fallback` when absent; a value outside `allowed` is the
  // service's "Member must satisfy enum value set" error. The result views the matching entry of
  // `allowed` (or `fallback`), so it copies nothing: pass string literals.
  Result<std::string_view> Enum(std::string_view member, std::initializer_list<std::string_view> allowed,
                                std::string_view fallback) const;

 private:
  const json& r_;
  // Bit n set when some member name has n characters (63: 63 or more). Most lookups are for
  // members a request does not have (legacy parameters, options); a name whose length no
  // member has is answered without searching the object.
  uint64_t name_lengths_ = 0;
};

// Table and index names: 3..255 characters of [a-zA-Z0-9_.-].
Status ValidateTableName(std::string_view member, const std::string& name);

// A KeySchema member (of a table or an index): one or two KeySchemaElements as (AttributeName,
// KeyType) pairs in request order, with the length and type checks. `path` names the member in
// Coral messages ("KeySchema" for a table, "globalSecondaryIndexes.1.member.keySchema" for an index);
// what the elements must mean (HASH first, defined attributes) is for the caller to check.
using KeySchemaElements = std::vector<std::pair<std::string, std::string>>;
Result<KeySchemaElements> ReadKeySchema(const RequestView& v, const std::string& path, const std::string& key_type_path);

}  // namespace ddb
