// Semantic checks run after resolution, with DynamoDB's messages: which functions a grammar
// knows and where they may appear, operand counts and literal operand types, distinct operands
// (contains(a, a)), BETWEEN bounds, ADD/DELETE value types, and overlapping or conflicting
// document paths in updates and projections.
#pragma once

#include "expr/ast.h"
#include "expr/issues.h"

#include <vector>

namespace ddb::expr {

void CheckCondition(const CondNode& root, IssueCollector* issues);
void CheckUpdate(const std::vector<UpdateAction>& actions, IssueCollector* issues);

// Any two paths where one is a prefix of the other overlap ("Two document paths overlap with each
// other; ..."); paths that use a member name and a list index at the same position conflict.
void CheckDisjointPaths(const std::vector<const Path*>& paths, IssueCollector* issues);

// True iff a and b are the same resolved path.
bool SamePath(const Path& a, const Path& b);

}  // namespace ddb::expr
