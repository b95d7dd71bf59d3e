// Projection of items onto a set of document paths: the ProjectionExpression, and the
// UPDATED_OLD / UPDATED_NEW return values of UpdateItem (the updated paths projected out of the
// old and the new item). Nested paths keep their enclosing maps and lists.
#pragma once

#include "ddb/value.h"
#include "expr/ast.h"

#include <vector>

namespace ddb::expr {

// Merges paths into a tree. REQUIRES: the paths are resolved and pairwise disjoint.
ProjNode BuildProjection(const std::vector<const Path*>& paths);

// The parts of `item` the tree selects. Containers appear only when something inside them was
// selected; list elements keep their index order.
Item ProjectItem(const ProjNode& root, const Item& item);

}  // namespace ddb::expr
