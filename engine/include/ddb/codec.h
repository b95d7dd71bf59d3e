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

Result<AttributeValue> DecodeValue(const nlohmann::json& j);
// An object of attribute name -> AttributeValue (an Item, a Key, ExpressionAttributeValues).
Result<Item> DecodeItem(const nlohmann::json& j);

nlohmann::json EncodeValue(const AttributeValue& v);
nlohmann::json EncodeItem(const Item& item);

// Standard base64 (RFC 4648 with padding), as DynamoDB uses for B values.
std::string Base64Encode(std::string_view bytes);
bool Base64Decode(std::string_view text, std::string* out);

}  // namespace ddb
