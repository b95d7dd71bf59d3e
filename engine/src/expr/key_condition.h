// KeyConditionExpression: a condition tree restricted to "partition key = value", optionally AND
// one sort-key condition (=, <, <=, >, >=, BETWEEN, begins_with), turned into the KeyCondition a
// Query uses to pick a partition and a sort-key range. Messages follow DynamoDB (Developer Guide,
// "Key condition expressions for query").
#pragma once

#include "ddb/expression.h"
#include "expr/ast.h"

namespace ddb::expr {

// Which ExpressionAttributeValues placeholder each value of a KeyCondition came from ("" when
// the condition has no such value): what KeyConditionCache needs to refill it.
struct KeyPlaceholders {
  std::string partition, sort, upper;
};

// REQUIRES: `root` is resolved and passed the condition checks. `placeholders` (optional)
// receives where the values came from.
Result<KeyCondition> KeyConditionFromTree(const CondNode& root, const KeySchemaInfo& schema,
                                          KeyPlaceholders* placeholders = nullptr);

// CompileKeyCondition (ddb/expression.h), also noting where the values came from.
Result<KeyCondition> CompileKeyConditionNoting(std::string_view text, const KeySchemaInfo& schema,
                                               ExpressionContext& ctx, KeyPlaceholders* placeholders);

}  // namespace ddb::expr
