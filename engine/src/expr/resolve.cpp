// Placeholder resolution for compiled expressions (see resolve.h).
#include "expr/resolve.h"

#include "expr/reserved_words.h"

#include <string>
#include <type_traits>
#include <variant>

namespace ddb::expr {

void Resolver::ResolvePath(Path* path) {
  for (PathStep& step : path->steps) {
    if (step.is_index) continue;
    if (step.from_placeholder) {
      const std::string* name = ctx_->UseName(step.name);
      if (!name) {
        issues_->Add(IssueCategory::kUndefined,
                     "An expression attribute name used in the document path is not defined; "
                     "attribute name: " + step.name,
                     step.span);
        continue;
      }
      step.name = *name;  // a dot inside the real name is part of the name, not a separator
    } else if (IsReservedWord(step.name)) {
      issues_->Add(IssueCategory::kReserved,
                   "Attribute name is a reserved keyword; reserved keyword: " + step.name, step.span);
    }
  }
  if (path->steps.size() > kMaxDocumentPathDepth) {
    issues_->Add(IssueCategory::kNesting,
                 "The document path has too many nesting levels; nesting levels: " +
                     std::to_string(path->steps.size()),
                 path->span);
  }
}

void Resolver::ResolveValue(ValueRef* value) {
  const AttributeValue* v = ctx_->UseValue(value->placeholder);
  if (!v) {
    issues_->Add(IssueCategory::kUndefined,
                 "An expression attribute value used in expression is not defined; attribute "
                 "value: " + value->placeholder,
                 value->span);
    return;
  }
  value->value = *v;
  value->resolved = true;
}

void Resolver::ResolveOperand(Operand* operand) {
  if (auto* path = std::get_if<Path>(&operand->v)) {
    ResolvePath(path);
  } else if (auto* value = std::get_if<ValueRef>(&operand->v)) {
    ResolveValue(value);
  } else if (auto* call = std::get_if<FunctionCall>(&operand->v)) {
    for (Operand& arg : call->args) ResolveOperand(&arg);
  }
}

void Resolver::ResolveCondition(CondNode* node) {
  std::visit(
      [this](auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, Comparison>) {
          ResolveOperand(&n.lhs);
          ResolveOperand(&n.rhs);
        } else if constexpr (std::is_same_v<T, BetweenCond>) {
          ResolveOperand(&n.subject);
          ResolveOperand(&n.lower);
          ResolveOperand(&n.upper);
        } else if constexpr (std::is_same_v<T, InCond>) {
          ResolveOperand(&n.subject);
          for (Operand& c : n.candidates) ResolveOperand(&c);
        } else if constexpr (std::is_same_v<T, FunctionCall>) {
          for (Operand& arg : n.args) ResolveOperand(&arg);
        } else if constexpr (std::is_same_v<T, NotCond>) {
          for (CondNode& c : n.child) ResolveCondition(&c);
        } else {  // AndCond, OrCond
          for (CondNode& c : n.children) ResolveCondition(&c);
        }
      },
      node->v);
}

void Resolver::ResolveUpdate(std::vector<UpdateAction>* actions) {
  for (UpdateAction& action : *actions) {
    ResolvePath(&action.path);
    switch (action.kind) {
      case UpdateKind::kSet:
        ResolveOperand(&action.set.lhs);
        if (action.set.op != 0) ResolveOperand(&action.set.rhs);
        break;
      case UpdateKind::kAdd:
      case UpdateKind::kDelete:
        ResolveValue(&action.value);
        break;
      case UpdateKind::kRemove:
        break;
    }
  }
}

void Resolver::ResolveProjection(std::vector<Path>* paths) {
  for (Path& path : *paths) ResolvePath(&path);
}

}  // namespace ddb::expr
