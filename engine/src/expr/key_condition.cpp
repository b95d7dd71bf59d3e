// KeyConditionExpression compilation (see key_condition.h).
#include "expr/key_condition.h"

#include <string>
#include <type_traits>
#include <variant>
#include <vector>

namespace ddb::expr {
namespace {

struct Term {
  std::string name;
  SortKeyOp op = SortKeyOp::kEq;
  const ValueRef* value = nullptr;
  const ValueRef* upper = nullptr;
};

ApiError Validation(std::string msg) { return ApiError::Validation(std::move(msg)); }

ApiError InvalidOperator(std::string_view op) {
  return Validation("Invalid operator used in KeyConditionExpression: " + std::string(op));
}

SortKeyOp FromCompare(CompareOp op, bool flipped) {
  switch (op) {
    case CompareOp::kLt: return flipped ? SortKeyOp::kGt : SortKeyOp::kLt;
    case CompareOp::kLe: return flipped ? SortKeyOp::kGe : SortKeyOp::kLe;
    case CompareOp::kGt: return flipped ? SortKeyOp::kLt : SortKeyOp::kGt;
    case CompareOp::kGe: return flipped ? SortKeyOp::kLe : SortKeyOp::kGe;
    default: return SortKeyOp::kEq;
  }
}

// The key attribute of one condition: exactly one operand is a top-level path, the others values.
Status KeyOperands(const std::vector<const Operand*>& operands, const Path** key,
                   std::vector<const ValueRef*>* values) {
  *key = nullptr;
  for (const Operand* operand : operands) {
    if (operand->call()) return Validation("KeyConditionExpressions cannot contain nested operations");
    if (const Path* path = operand->path()) {
      if (*key) {
        return Validation(
            "Invalid condition in KeyConditionExpression: Multiple attribute names used in one "
            "condition");
      }
      if (path->steps.size() > 1) {
        return Validation("KeyConditionExpressions cannot have conditions on nested attributes");
      }
      *key = path;
    } else {
      values->push_back(operand->value());
    }
  }
  if (!*key) return Validation("Invalid condition in KeyConditionExpression: No key attribute specified");
  return OkStatus();
}

Status FirstOperandIsKey(const Operand& operand, std::string_view op) {
  if (operand.path()) return OkStatus();
  return Validation("Invalid condition in KeyConditionExpression: " + std::string(op) +
                    " operator must have the key attribute as its first operand");
}

Status AddTerm(Term term, std::vector<Term>* terms) {
  for (const Term& t : *terms) {
    if (t.name == term.name) {
      return Validation("KeyConditionExpressions must only contain one condition per key");
    }
  }
  terms->push_back(std::move(term));
  return OkStatus();
}

Status Collect(const CondNode& node, std::vector<Term>* terms) {
  return std::visit(
      [terms](const auto& n) -> Status {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, AndCond>) {
          for (const CondNode& c : n.children) DDB_TRY(Collect(c, terms));
          return OkStatus();
        } else if constexpr (std::is_same_v<T, OrCond>) {
          return InvalidOperator("OR");
        } else if constexpr (std::is_same_v<T, NotCond>) {
          return InvalidOperator("NOT");
        } else if constexpr (std::is_same_v<T, InCond>) {
          return InvalidOperator("IN");
        } else if constexpr (std::is_same_v<T, Comparison>) {
          if (n.op == CompareOp::kNe) return InvalidOperator("<>");
          const Path* key = nullptr;
          std::vector<const ValueRef*> values;
          DDB_TRY(KeyOperands({&n.lhs, &n.rhs}, &key, &values));
          const bool flipped = n.rhs.path() != nullptr;
          return AddTerm(Term{key->steps[0].name, FromCompare(n.op, flipped), values[0], nullptr},
                         terms);
        } else if constexpr (std::is_same_v<T, BetweenCond>) {
          DDB_TRY(FirstOperandIsKey(n.subject, "BETWEEN"));
          const Path* key = nullptr;
          std::vector<const ValueRef*> values;
          DDB_TRY(KeyOperands({&n.subject, &n.lower, &n.upper}, &key, &values));
          return AddTerm(Term{key->steps[0].name, SortKeyOp::kBetween, values[0], values[1]},
                         terms);
        } else {  // FunctionCall
          if (n.id != FunctionId::kBeginsWith) {
            if (n.id == FunctionId::kSize) {
              return Validation("KeyConditionExpressions cannot contain nested operations");
            }
            return InvalidOperator(n.name);
          }
          DDB_TRY(FirstOperandIsKey(n.args[0], "begins_with"));
          const Path* key = nullptr;
          std::vector<const ValueRef*> values;
          DDB_TRY(KeyOperands({&n.args[0], &n.args[1]}, &key, &values));
          return AddTerm(Term{key->steps[0].name, SortKeyOp::kBeginsWith, values[0], nullptr},
                         terms);
        }
      },
      node.v);
}

}  // namespace

Result<KeyCondition> KeyConditionFromTree(const CondNode& root, const KeySchemaInfo& schema,
                                          KeyPlaceholders* placeholders) {
  std::vector<Term> terms;
  DDB_TRY(Collect(root, &terms));

  const Term* partition = nullptr;
  const Term* sort = nullptr;
  for (const Term& t : terms) {
    if (t.name == schema.partition_key) partition = &t;
  }
  if (!partition) {
    return Validation("Query condition missed key schema element: " + schema.partition_key);
  }
  if (partition->op != SortKeyOp::kEq) return Validation("Query key condition not supported");
  for (const Term& t : terms) {
    if (&t == partition) continue;
    if (schema.sort_key.empty()) return Validation("Query key condition not supported");
    if (t.name != schema.sort_key) {
      return Validation("Query condition missed key schema element: " + schema.sort_key);
    }
    sort = &t;
  }

  const std::string kTypeMismatch =
      "One or more parameter values were invalid: Condition parameter type does not match schema "
      "type";
  if (sort && sort->op == SortKeyOp::kBeginsWith && schema.sort_type == ValueType::kN) {
    return Validation(
        "Invalid KeyConditionExpression: Incorrect operand type for operator or function; "
        "operator or function: begins_with, operand type: N");
  }
  if (partition->value->value.type() != schema.partition_type) return Validation(kTypeMismatch);
  if (sort && (sort->value->value.type() != schema.sort_type ||
               (sort->upper && sort->upper->value.type() != schema.sort_type))) {
    return Validation(kTypeMismatch);
  }

  KeyCondition out;
  out.partition_key = partition->name;
  out.partition_value = partition->value->value;
  if (sort) {
    SortKeyCondition s;
    s.op = sort->op;
    s.name = sort->name;
    s.value = sort->value->value;
    if (sort->upper) s.upper = sort->upper->value;
    out.sort = std::move(s);
  }
  if (placeholders) {
    placeholders->partition = partition->value->placeholder;
    placeholders->sort = sort ? sort->value->placeholder : "";
    placeholders->upper = sort && sort->upper ? sort->upper->placeholder : "";
  }
  return out;
}

}  // namespace ddb::expr
