// DynamoDB JSON <-> typed values. The only place that knows the wire form of an AttributeValue
// ({"S": "..."}, {"N": "..."}, {"B": "<base64>"}, {"BOOL": true}, {"NULL": true}, {"M": {...}},
// {"L": [...]}, {"SS": [...]}, {"NS": [...]}, {"BS": [...]}). Decoding validates exactly as
// DynamoDB does and reports DynamoDB's ValidationException messages.
#pragma once

#include "ddb/result.h"
#include "ddb/value.h"

#include <nlohmann/json.hpp>

namespace ddb {

// Documents nest to at most 32 levels (DynamoDB limit).
inline constexpr int kMaxNestingDepth = 32;

// Validation errors are ValidationExceptions with DynamoDB's messages; a JSON value of the wrong
// kind ({"N": 123}, {"BOOL": "yes"}, bad base64 in B) is a SerializationException, as DynamoDB's
// JSON protocol reports it. Sets come back sorted in key order (SS/BS by unsigned bytes, NS
// numerically) and duplicate members are rejected. A member whose value is JSON null counts as
// absent. Nesting is counted as DynamoDB does: a standalone value is at level 0, so a map or list
// nested 32 deep is accepted and one more is rejected.
Result<AttributeValue> DecodeValue(const nlohmann::json& j);
// An object of attribute name -> AttributeValue (an Item, a Key, ExpressionAttributeValues).
// The object itself counts as the first nesting level, so its values start at level 1.
Result<Item> DecodeItem(const nlohmann::json& j);

nlohmann::json EncodeValue(const AttributeValue& v);
nlohmann::json EncodeItem(const Item& item);

// Standard base64 (RFC 4648 with padding), as DynamoDB uses for B values.
std::string Base64Encode(std::string_view bytes);
bool Base64Decode(std::string_view text, std::string* out);

}  // namespace ddb
