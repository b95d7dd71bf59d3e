// Resolution: the second compile stage. Replaces #name placeholders by the real attribute names
// and :value placeholders by copies of the values, marking them used in the request's
// ExpressionContext, and flags literal reserved words, undefined placeholders and document paths
// nested deeper than DynamoDB allows. Problems go to the IssueCollector; resolution continues so
// that the most important problem can be reported.
#pragma once

#include "ddb/expression.h"
#include "expr/ast.h"
#include "expr/issues.h"

#include <vector>

namespace ddb::expr {

class Resolver {
 public:
  // REQUIRES: ctx and issues outlive the resolver.
  Resolver(ExpressionContext* ctx, IssueCollector* issues) : ctx_(ctx), issues_(issues) {}

  void ResolvePath(Path* path);
  void ResolveValue(ValueRef* value);
  void ResolveOperand(Operand* operand);
  void ResolveCondition(CondNode* node);
  void ResolveUpdate(std::vector<UpdateAction>* actions);
  void ResolveProjection(std::vector<Path>* paths);

 private:
  ExpressionContext* ctx_;
  IssueCollector* issues_;
};

}  // namespace ddb::expr
