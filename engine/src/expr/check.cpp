// Semantic validation of resolved expressions (see check.h).
#include "expr/check.h"

#include <algorithm>
#include <string>
#include <type_traits>
#include <variant>

namespace ddb::expr {
namespace {

std::string_view OpText(CompareOp op) {
  switch (op) {
    case CompareOp::kEq: return "=";
    case CompareOp::kNe: return "<>";
    case CompareOp::kLt: return "<";
    case CompareOp::kLe: return "<=";
    case CompareOp::kGt: return ">";
    case CompareOp::kGe: return ">=";
  }
  return "=";
}

bool IsOrderable(ValueType t) {
  return t == ValueType::kS || t == ValueType::kN || t == ValueType::kB;
}

void OperandType(IssueCollector* issues, std::string_view function, std::string_view type,
                 SourceSpan span) {
  issues->Add(IssueCategory::kOperandType,
              "Incorrect operand type for operator or function; operator or function: " +
                  std::string(function) + ", operand type: " + std::string(type),
              span);
}

// contains(a, a), a = a, ...: DynamoDB rejects an operator whose operands are the same path.
void CheckDistinct(std::string_view op, const Operand& first, const Operand& second,
                   SourceSpan span, IssueCollector* issues) {
  const Path* a = first.path();
  const Path* b = second.path();
  if (!a || !b || !SamePath(*a, *b)) return;
  issues->Add(IssueCategory::kDistinct,
              "The first operand must be distinct from the remaining operands for this operator "
              "or function; operator: " + std::string(op) + ", first operand: " + PathForMessage(*a),
              span);
}

const ValueRef* Literal(const Operand& operand) {
  const ValueRef* v = operand.value();
  return v && v->resolved ? v : nullptr;
}

// ---------------------------------------------------------------------------------------------
// Conditions

void CheckConditionFunction(const FunctionCall& call, bool as_condition, IssueCollector* issues);

void CheckConditionOperand(const Operand& operand, IssueCollector* issues) {
  if (const FunctionCall* call = operand.call()) CheckConditionFunction(*call, false, issues);
}

void AddOperandCountIssue(const FunctionCall& call, IssueCollector* issues) {
  issues->Add(IssueCategory::kOperandCount,
              "Incorrect number of operands for operator or function; operator or function: " +
                  call.name + ", number of operands: " + std::to_string(call.args.size()),
              call.span);
}

void CheckConditionFunction(const FunctionCall& call, bool as_condition, IssueCollector* issues) {
  size_t arity = 0;
  switch (call.id) {
    case FunctionId::kAttributeExists:
    case FunctionId::kAttributeNotExists:
    case FunctionId::kSize:
      arity = 1;
      break;
    case FunctionId::kAttributeType:
    case FunctionId::kBeginsWith:
    case FunctionId::kContains:
      arity = 2;
      break;
    default:
      issues->Add(IssueCategory::kUnknownFunction, "Invalid function name; function: " + call.name,
                  call.span);
      return;
  }
  // size() is the only function that yields a value; the others are conditions.
  if (as_condition == (call.id == FunctionId::kSize)) {
    issues->Add(IssueCategory::kMisusedFunction,
                "The function is not allowed to be used this way in an expression; function: " +
                    call.name,
                call.span);
  }
  if (call.args.size() != arity) {
    AddOperandCountIssue(call, issues);
    return;
  }
  for (const Operand& arg : call.args) CheckConditionOperand(arg, issues);
  if (arity == 2) CheckDistinct(call.name, call.args[0], call.args[1], call.span, issues);

  switch (call.id) {
    case FunctionId::kAttributeExists:
    case FunctionId::kAttributeNotExists:
    case FunctionId::kAttributeType:
      if (!call.args[0].path()) {
        issues->Add(IssueCategory::kOperandType,
                    "Operator or function requires a document path; operator or function: " +
                        call.name,
                    call.args[0].span);
        return;
      }
      break;
    default:
      break;
  }
  if (call.id == FunctionId::kBeginsWith) {
    for (const Operand& arg : call.args) {
      const ValueRef* v = Literal(arg);
      if (v && v->value.type() != ValueType::kS && v->value.type() != ValueType::kB) {
        OperandType(issues, call.name, ValueTypeName(v->value.type()), arg.span);
      }
    }
  } else if (call.id == FunctionId::kSize) {
    const ValueRef* v = Literal(call.args[0]);
    if (v && (v->value.is(ValueType::kN) || v->value.is(ValueType::kBOOL) ||
              v->value.is(ValueType::kNULL))) {
      OperandType(issues, call.name, ValueTypeName(v->value.type()), call.args[0].span);
    }
  } else if (call.id == FunctionId::kAttributeType) {
    const Operand& type_arg = call.args[1];
    const ValueRef* v = type_arg.value();
    if (!v) {
      OperandType(issues, call.name, "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}", type_arg.span);
    } else if (v->resolved && !v->value.is(ValueType::kS)) {
      OperandType(issues, call.name, ValueTypeName(v->value.type()), type_arg.span);
    } else if (v->resolved) {
      static constexpr std::string_view kTypes[] = {"S", "N", "B", "NULL", "SS",
                                                    "BOOL", "L", "BS", "NS", "M"};
      bool known = false;
      for (std::string_view t : kTypes) known = known || v->value.s() == t;
      if (!known) {
        issues->Add(IssueCategory::kOperandType,
                    "Invalid attribute type name found; type: " + v->value.s() +
                        ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}",
                    type_arg.span);
      }
    }
  }
}

// < <= > >= and BETWEEN order values; a literal that has no order is rejected up front.
void CheckOrderable(std::string_view op, const Operand& operand, IssueCollector* issues) {
  const ValueRef* v = Literal(operand);
  if (v && !IsOrderable(v->value.type())) {
    OperandType(issues, op, ValueTypeName(v->value.type()), operand.span);
  }
}

void CheckBetweenBounds(const BetweenCond& between, SourceSpan span, IssueCollector* issues) {
  const ValueRef* lo = Literal(between.lower);
  const ValueRef* hi = Literal(between.upper);
  if (!lo || !hi) return;
  const std::string bounds = "lower bound operand: AttributeValue: " + ValueForMessage(lo->value) +
                             ", upper bound operand: AttributeValue: " + ValueForMessage(hi->value);
  if (lo->value.type() != hi->value.type()) {
    issues->Add(IssueCategory::kBetween,
                "The BETWEEN operator requires same data type for lower and upper bounds; " + bounds,
                span);
  } else if (IsOrderable(lo->value.type()) && CompareKeyValues(lo->value, hi->value) > 0) {
    issues->Add(IssueCategory::kBetween,
                "The BETWEEN operator requires upper bound to be greater than or equal to lower "
                "bound; " + bounds,
                span);
  }
}

void CheckNode(const CondNode& node, IssueCollector* issues) {
  std::visit(
      [&](const auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, Comparison>) {
          CheckConditionOperand(n.lhs, issues);
          CheckConditionOperand(n.rhs, issues);
          CheckDistinct(OpText(n.op), n.lhs, n.rhs, node.span, issues);
          if (n.op != CompareOp::kEq && n.op != CompareOp::kNe) {
            CheckOrderable(OpText(n.op), n.lhs, issues);
            CheckOrderable(OpText(n.op), n.rhs, issues);
          }
        } else if constexpr (std::is_same_v<T, BetweenCond>) {
          CheckConditionOperand(n.subject, issues);
          CheckConditionOperand(n.lower, issues);
          CheckConditionOperand(n.upper, issues);
          CheckOrderable("BETWEEN", n.subject, issues);
          CheckOrderable("BETWEEN", n.lower, issues);
          CheckOrderable("BETWEEN", n.upper, issues);
          CheckBetweenBounds(n, node.span, issues);
        } else if constexpr (std::is_same_v<T, InCond>) {
          CheckConditionOperand(n.subject, issues);
          for (const Operand& c : n.candidates) CheckConditionOperand(c, issues);
        } else if constexpr (std::is_same_v<T, FunctionCall>) {
          CheckConditionFunction(n, true, issues);
        } else if constexpr (std::is_same_v<T, NotCond>) {
          for (const CondNode& c : n.child) CheckNode(c, issues);
        } else {
          for (const CondNode& c : n.children) CheckNode(c, issues);
        }
      },
      node.v);
}

// ---------------------------------------------------------------------------------------------
// Updates

void CheckUpdateOperand(const Operand& operand, IssueCollector* issues);

void CheckUpdateFunction(const FunctionCall& call, IssueCollector* issues) {
  if (call.id != FunctionId::kIfNotExists && call.id != FunctionId::kListAppend) {
    issues->Add(IssueCategory::kUnknownFunction, "Invalid function name; function: " + call.name,
                call.span);
    return;
  }
  if (call.args.size() != 2) {
    AddOperandCountIssue(call, issues);
    return;
  }
  for (const Operand& arg : call.args) CheckUpdateOperand(arg, issues);
  if (call.id == FunctionId::kIfNotExists) {
    if (!call.args[0].path()) {
      issues->Add(IssueCategory::kOperandType,
                  "Operator or function requires a document path; operator or function: " +
                      call.name,
                  call.args[0].span);
    }
    return;
  }
  for (const Operand& arg : call.args) {
    const ValueRef* v = Literal(arg);
    if (v && !v->value.is(ValueType::kL)) {
      OperandType(issues, call.name, ValueTypeName(v->value.type()), arg.span);
    }
  }
}

void CheckUpdateOperand(const Operand& operand, IssueCollector* issues) {
  if (const FunctionCall* call = operand.call()) CheckUpdateFunction(*call, issues);
}

void CheckAddDelete(const UpdateAction& action, IssueCollector* issues) {
  if (!action.value.resolved) return;
  const ValueType t = action.value.value.type();
  const bool is_set = t == ValueType::kSS || t == ValueType::kNS || t == ValueType::kBS;
  const bool add = action.kind == UpdateKind::kAdd;
  if (is_set || (add && t == ValueType::kN)) return;
  issues->Add(IssueCategory::kOperandType,
              std::string("Incorrect operand type for operator or function; operator: ") +
                  (add ? "ADD" : "DELETE") + ", operand type: " + std::string(LongTypeName(t)),
              action.value.span);
}

}  // namespace

bool SamePath(const Path& a, const Path& b) {
  if (a.steps.size() != b.steps.size()) return false;
  for (size_t i = 0; i < a.steps.size(); ++i) {
    const PathStep& x = a.steps[i];
    const PathStep& y = b.steps[i];
    if (x.is_index != y.is_index) return false;
    if (x.is_index ? x.index != y.index : x.name != y.name) return false;
  }
  return true;
}

void CheckCondition(const CondNode& root, IssueCollector* issues) { CheckNode(root, issues); }

void CheckUpdate(const std::vector<UpdateAction>& actions, IssueCollector* issues) {
  std::vector<const Path*> paths;
  paths.reserve(actions.size());
  for (const UpdateAction& action : actions) {
    paths.push_back(&action.path);
    switch (action.kind) {
      case UpdateKind::kSet: {
        const SetValue& set = action.set;
        CheckUpdateOperand(set.lhs, issues);
        if (set.op == 0) break;
        CheckUpdateOperand(set.rhs, issues);
        const std::string op(1, set.op);
        for (const Operand* operand : {&set.lhs, &set.rhs}) {
          const ValueRef* v = Literal(*operand);
          if (v && !v->value.is(ValueType::kN)) {
            OperandType(issues, op, ValueTypeName(v->value.type()), operand->span);
          }
        }
        break;
      }
      case UpdateKind::kAdd:
      case UpdateKind::kDelete:
        CheckAddDelete(action, issues);
        break;
      case UpdateKind::kRemove:
        break;
    }
  }
  CheckDisjointPaths(paths, issues);
}

void CheckDisjointPaths(const std::vector<const Path*>& paths, IssueCollector* issues) {
  for (size_t j = 1; j < paths.size(); ++j) {
    for (size_t i = 0; i < j; ++i) {
      const Path& one = *paths[i];
      const Path& two = *paths[j];
      const size_t common = std::min(one.steps.size(), two.steps.size());
      bool diverge = false;
      for (size_t k = 0; k < common && !diverge; ++k) {
        const PathStep& a = one.steps[k];
        const PathStep& b = two.steps[k];
        if (a.is_index != b.is_index) {
          issues->Add(IssueCategory::kConflict,
                      "Two document paths conflict with each other; must remove or rewrite one "
                      "of these paths; path one: " + PathForMessage(one) +
                          ", path two: " + PathForMessage(two),
                      two.span);
          diverge = true;
        } else if (a.is_index ? a.index != b.index : a.name != b.name) {
          diverge = true;
        }
      }
      if (!diverge) {
        issues->Add(IssueCategory::kOverlap,
                    "Two document paths overlap with each other; must remove or rewrite one of "
                    "these paths; path one: " + PathForMessage(one) +
                        ", path two: " + PathForMessage(two),
                    two.span);
      }
    }
  }
}

}  // namespace ddb::expr
