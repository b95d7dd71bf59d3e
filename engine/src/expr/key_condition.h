// KeyConditionExpression: a condition tree restricted to "partition key = value", optionally AND
// one sort-key condition (=, <, <=, >, >=, BETWEEN, begins_with), turned into the KeyCondition a
// Query uses to pick a partition and a sort-key range. Messages follow DynamoDB (Developer Guide,
// "Key condition expressions for query").
#pragma once

#include "ddb/expression.h"
#include "expr/ast.h"

namespace ddb::expr {

// REQUIRES: `root` is resolved and passed the condition checks.
Result<KeyCondition> KeyConditionFromTree(const CondNode& root, const KeySchemaInfo& schema);

}  // namespace ddb::expr
