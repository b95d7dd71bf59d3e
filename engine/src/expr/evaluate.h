// Evaluation of resolved conditions against items, with DynamoDB's typing rules (Developer Guide,
// "Comparison operator and function reference"): operands of different types, or a missing
// attribute, make = < <= > >= BETWEEN IN begins_with false and <> true; N compares numerically,
// S and B by unsigned bytes; sets are equal regardless of element order. Evaluation never
// allocates except for size(), and never fails.
#pragma once

#include "ddb/value.h"
#include "expr/ast.h"

namespace ddb::expr {

// The value a document path names in `item`, or nullptr when any step is missing or is not the
// container the step needs (a member of a non-map, an index into a non-list or past its end).
const AttributeValue* Lookup(const Path& path, const Item& item);

// As Lookup, for the first `steps` steps of the path only.
const AttributeValue* LookupPrefix(const Path& path, size_t steps, const Item& item);
AttributeValue* LookupPrefix(const Path& path, size_t steps, Item& item);

bool EvaluateCondition(const CondNode& node, const Item& item);

// size(): String bytes (UTF-8), Binary bytes, element count of sets, lists and maps. False (no
// size) for N, BOOL and NULL.
bool SizeOf(const AttributeValue& value, size_t* size);

}  // namespace ddb::expr
