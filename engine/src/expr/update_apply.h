// Application of a compiled UpdateExpression to an item (Developer Guide, "Update expressions").
//
// Order of work, chosen so that list indexes in one expression all refer to the old item:
// every SET operand is read from the old item first; then SET actions are written in path order
// (so SET l[7] = :a, l[5] = :b past the end of l appends :b then :a); then ADD and DELETE; and
// last the removals (REMOVE, and sets emptied by DELETE) from the highest list index down, so
// removing a list element shifts only elements no other action addresses.
#pragma once

#include "ddb/expression.h"
#include "expr/ast.h"

namespace ddb::expr {

Result<UpdateOutcome> ApplyUpdateTree(const UpdateTree& tree, const Item& old_item);

}  // namespace ddb::expr
