// Condition evaluation (see evaluate.h).
#include "expr/evaluate.h"

#include <algorithm>
#include <string_view>
#include <type_traits>
#include <variant>

namespace ddb::expr {
namespace {

template <typename ValuePtr, typename ItemRef>
ValuePtr LookupImpl(const Path& path, size_t steps, ItemRef item) {
  if (steps == 0 || path.steps.empty()) return nullptr;
  auto it = item.find(path.steps[0].name);
  if (it == item.end()) return nullptr;
  ValuePtr cur = &it->second;
  for (size_t i = 1; i < steps; ++i) {
    const PathStep& step = path.steps[i];
    if (step.is_index) {
      if (!cur->is(ValueType::kL) || step.index >= cur->l().size()) return nullptr;
      cur = &cur->l()[step.index];
    } else {
      if (!cur->is(ValueType::kM)) return nullptr;
      auto member = cur->m().find(step.name);
      if (member == cur->m().end()) return nullptr;
      cur = &member->second;
    }
  }
  return cur;
}

// An operand's value during one evaluation. `value` points into the item, into the compiled
// tree, or at `computed` (size() results). Not copyable: `value` may point at `computed`.
struct Evaluated {
  Evaluated() = default;
  Evaluated(const Evaluated&) = delete;
  Evaluated& operator=(const Evaluated&) = delete;

  const AttributeValue* value = nullptr;
  AttributeValue computed;
};

void EvaluateOperand(const Operand& operand, const Item& item, Evaluated* out) {
  if (const Path* path = operand.path()) {
    out->value = Lookup(*path, item);
  } else if (const ValueRef* ref = operand.value()) {
    out->value = &ref->value;
  } else if (const FunctionCall* call = operand.call()) {
    // Only size() yields a value (checked at compile time).
    if (call->id != FunctionId::kSize || call->args.size() != 1) return;
    Evaluated arg;
    EvaluateOperand(call->args[0], item, &arg);
    size_t size = 0;
    if (!arg.value || !SizeOf(*arg.value, &size)) return;
    out->computed = AttributeValue(Number::FromInt(static_cast<int64_t>(size)));
    out->value = &out->computed;
  }
}

bool Orderable(const AttributeValue& a, const AttributeValue& b) {
  if (a.type() != b.type()) return false;
  return a.is(ValueType::kS) || a.is(ValueType::kN) || a.is(ValueType::kB);
}

bool Compare(CompareOp op, const AttributeValue* a, const AttributeValue* b) {
  if (op == CompareOp::kEq) return a && b && *a == *b;
  if (op == CompareOp::kNe) return !(a && b && *a == *b);
  if (!a || !b || !Orderable(*a, *b)) return false;
  const int c = CompareKeyValues(*a, *b);
  switch (op) {
    case CompareOp::kLt: return c < 0;
    case CompareOp::kLe: return c <= 0;
    case CompareOp::kGt: return c > 0;
    case CompareOp::kGe: return c >= 0;
    default: return false;
  }
}

bool BeginsWith(const AttributeValue& subject, const AttributeValue& prefix) {
  if (subject.is(ValueType::kS) && prefix.is(ValueType::kS)) {
    return std::string_view(subject.s()).substr(0, prefix.s().size()) == prefix.s();
  }
  if (subject.is(ValueType::kB) && prefix.is(ValueType::kB)) {
    return std::string_view(subject.b().bytes).substr(0, prefix.b().bytes.size()) ==
           prefix.b().bytes;
  }
  return false;
}

bool Contains(const AttributeValue& subject, const AttributeValue& operand) {
  switch (subject.type()) {
    case ValueType::kS:
      return operand.is(ValueType::kS) && subject.s().find(operand.s()) != std::string::npos;
    case ValueType::kB:
      return operand.is(ValueType::kB) &&
             subject.b().bytes.find(operand.b().bytes) != std::string::npos;
    case ValueType::kSS: {
      if (!operand.is(ValueType::kS)) return false;
      const auto& items = std::get<StringSet>(subject.v).items;
      return std::binary_search(items.begin(), items.end(), operand.s());
    }
    case ValueType::kBS: {
      if (!operand.is(ValueType::kB)) return false;
      const auto& items = std::get<BinarySet>(subject.v).items;
      return std::binary_search(items.begin(), items.end(), operand.b().bytes);
    }
    case ValueType::kNS: {
      if (!operand.is(ValueType::kN)) return false;
      const auto& items = std::get<NumberSet>(subject.v).items;
      return std::find(items.begin(), items.end(), operand.n()) != items.end();
    }
    case ValueType::kL: {
      const List& list = subject.l();
      return std::find(list.begin(), list.end(), operand) != list.end();
    }
    default:
      return false;
  }
}

bool EvaluateFunction(const FunctionCall& call, const Item& item) {
  if (call.args.empty()) return false;
  switch (call.id) {
    case FunctionId::kAttributeExists:
    case FunctionId::kAttributeNotExists: {
      const Path* path = call.args[0].path();
      const bool exists = path && Lookup(*path, item) != nullptr;
      return call.id == FunctionId::kAttributeExists ? exists : !exists;
    }
    case FunctionId::kAttributeType: {
      if (call.args.size() != 2) return false;
      Evaluated subject, type;
      EvaluateOperand(call.args[0], item, &subject);
      EvaluateOperand(call.args[1], item, &type);
      return subject.value && type.value && type.value->is(ValueType::kS) &&
             ValueTypeName(subject.value->type()) == type.value->s();
    }
    case FunctionId::kBeginsWith:
    case FunctionId::kContains: {
      if (call.args.size() != 2) return false;
      Evaluated subject, operand;
      EvaluateOperand(call.args[0], item, &subject);
      EvaluateOperand(call.args[1], item, &operand);
      if (!subject.value || !operand.value) return false;
      return call.id == FunctionId::kBeginsWith ? BeginsWith(*subject.value, *operand.value)
                                                : Contains(*subject.value, *operand.value);
    }
    default:
      return false;
  }
}

}  // namespace

const AttributeValue* Lookup(const Path& path, const Item& item) {
  return LookupImpl<const AttributeValue*, const Item&>(path, path.steps.size(), item);
}

const AttributeValue* LookupPrefix(const Path& path, size_t steps, const Item& item) {
  return LookupImpl<const AttributeValue*, const Item&>(path, steps, item);
}

AttributeValue* LookupPrefix(const Path& path, size_t steps, Item& item) {
  return LookupImpl<AttributeValue*, Item&>(path, steps, item);
}

bool SizeOf(const AttributeValue& value, size_t* size) {
  switch (value.type()) {
    case ValueType::kS: *size = value.s().size(); return true;
    case ValueType::kB: *size = value.b().bytes.size(); return true;
    case ValueType::kM: *size = value.m().size(); return true;
    case ValueType::kL: *size = value.l().size(); return true;
    case ValueType::kSS: *size = std::get<StringSet>(value.v).items.size(); return true;
    case ValueType::kNS: *size = std::get<NumberSet>(value.v).items.size(); return true;
    case ValueType::kBS: *size = std::get<BinarySet>(value.v).items.size(); return true;
    default: return false;
  }
}

bool EvaluateCondition(const CondNode& node, const Item& item) {
  return std::visit(
      [&item](const auto& n) -> bool {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, Comparison>) {
          Evaluated a, b;
          EvaluateOperand(n.lhs, item, &a);
          EvaluateOperand(n.rhs, item, &b);
          return Compare(n.op, a.value, b.value);
        } else if constexpr (std::is_same_v<T, BetweenCond>) {
          Evaluated x, lo, hi;
          EvaluateOperand(n.subject, item, &x);
          EvaluateOperand(n.lower, item, &lo);
          EvaluateOperand(n.upper, item, &hi);
          return Compare(CompareOp::kGe, x.value, lo.value) &&
                 Compare(CompareOp::kLe, x.value, hi.value);
        } else if constexpr (std::is_same_v<T, InCond>) {
          Evaluated x;
          EvaluateOperand(n.subject, item, &x);
          if (!x.value) return false;
          for (const Operand& candidate : n.candidates) {
            Evaluated c;
            EvaluateOperand(candidate, item, &c);
            if (c.value && *c.value == *x.value) return true;
          }
          return false;
        } else if constexpr (std::is_same_v<T, FunctionCall>) {
          return EvaluateFunction(n, item);
        } else if constexpr (std::is_same_v<T, AndCond>) {
          for (const CondNode& c : n.children) {
            if (!EvaluateCondition(c, item)) return false;
          }
          return true;
        } else if constexpr (std::is_same_v<T, OrCond>) {
          for (const CondNode& c : n.children) {
            if (EvaluateCondition(c, item)) return true;
          }
          return false;
        } else {  // NotCond
          return !n.child.empty() && !EvaluateCondition(n.child[0], item);
        }
      },
      node.v);
}

}  // namespace ddb::expr
