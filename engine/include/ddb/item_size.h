// Item size by DynamoDB's documented rules (Developer Guide, "Item sizes and formats"): the sum of
// UTF-8 attribute-name lengths and value sizes, with 3 bytes + 1 byte per element for maps and
// lists. This number drives the 400 KB limit and every capacity-unit charge.
#pragma once

#include "ddb/value.h"

#include <cstddef>

namespace ddb {

inline constexpr size_t kMaxItemBytes = 400 * 1024;

size_t ValueSize(const AttributeValue& v);
// Sum over attributes of name bytes + ValueSize.
size_t ItemSize(const Item& item);

}  // namespace ddb
