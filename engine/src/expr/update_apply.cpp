// UpdateExpression application (see update_apply.h).
#include "expr/update_apply.h"

#include "expr/evaluate.h"
#include "expr/projection.h"

#include <algorithm>
#include <iterator>
#include <utility>
#include <vector>

namespace ddb::expr {
namespace {

constexpr const char* kInvalidPath =
    "The document path provided in the update expression is invalid for update";
constexpr const char* kMissingAttribute =
    "The provided expression refers to an attribute that does not exist in the item";
constexpr const char* kBadOperand = "An operand in the update expression has an incorrect data type";

ApiError Invalid(const char* msg) { return ApiError::Validation(msg); }

// Orders paths step by step: members by name, list indexes numerically, a prefix first.
bool PathLess(const Path& a, const Path& b) {
  const size_t common = std::min(a.steps.size(), b.steps.size());
  for (size_t i = 0; i < common; ++i) {
    const PathStep& x = a.steps[i];
    const PathStep& y = b.steps[i];
    if (x.is_index != y.is_index) return !x.is_index;
    if (x.is_index) {
      if (x.index != y.index) return x.index < y.index;
    } else if (x.name != y.name) {
      return x.name < y.name;
    }
  }
  return a.steps.size() < b.steps.size();
}

// Where the last step of a path lives: a member of a map (the item itself for top-level names)
// or an element of a list.
struct Slot {
  Map* map = nullptr;
  List* list = nullptr;
  const PathStep* step = nullptr;

  AttributeValue* Get() const {
    if (map) {
      auto it = map->find(step->name);
      return it == map->end() ? nullptr : &it->second;
    }
    return step->index < list->size() ? &(*list)[step->index] : nullptr;
  }
  // Writing past the end of a list appends.
  void Put(AttributeValue value) const {
    if (map) {
      map->insert_or_assign(step->name, std::move(value));
    } else if (step->index < list->size()) {
      (*list)[step->index] = std::move(value);
    } else {
      list->push_back(std::move(value));
    }
  }
  void Erase() const {
    if (map) {
      map->erase(step->name);
    } else if (step->index < list->size()) {
      list->erase(list->begin() + step->index);
    }
  }
};

// False when the parent of the path's last step is missing or is not the container it needs.
bool FindSlot(Item& item, const Path& path, Slot* out) {
  out->step = &path.steps.back();
  if (path.steps.size() == 1) {
    out->map = &item;
    return true;
  }
  AttributeValue* parent = LookupPrefix(path, path.steps.size() - 1, item);
  if (!parent) return false;
  if (out->step->is_index) {
    if (!parent->is(ValueType::kL)) return false;
    out->list = &parent->l();
  } else {
    if (!parent->is(ValueType::kM)) return false;
    out->map = &parent->m();
  }
  return true;
}

Result<AttributeValue> ReadOperand(const Operand& operand, const Item& old_item) {
  if (const Path* path = operand.path()) {
    const AttributeValue* v = Lookup(*path, old_item);
    if (!v) return Invalid(kMissingAttribute);
    return *v;
  }
  if (const ValueRef* ref = operand.value()) return ref->value;
  const FunctionCall& call = *operand.call();
  if (call.id == FunctionId::kIfNotExists) {
    if (const Path* path = call.args[0].path()) {
      if (const AttributeValue* v = Lookup(*path, old_item)) return *v;
    }
    return ReadOperand(call.args[1], old_item);
  }
  // list_append(a, b): a's elements then b's.
  auto first = ReadOperand(call.args[0], old_item);
  if (!first.ok()) return first;
  auto second = ReadOperand(call.args[1], old_item);
  if (!second.ok()) return second;
  if (!first->is(ValueType::kL) || !second->is(ValueType::kL)) return Invalid(kBadOperand);
  List joined = std::move(first->l());
  joined.insert(joined.end(), std::make_move_iterator(second->l().begin()),
                std::make_move_iterator(second->l().end()));
  return AttributeValue(std::move(joined));
}

Result<AttributeValue> ReadSetValue(const SetValue& set, const Item& old_item) {
  auto lhs = ReadOperand(set.lhs, old_item);
  if (!lhs.ok() || set.op == 0) return lhs;
  auto rhs = ReadOperand(set.rhs, old_item);
  if (!rhs.ok()) return rhs;
  if (!lhs->is(ValueType::kN) || !rhs->is(ValueType::kN)) return Invalid(kBadOperand);
  auto result = set.op == '+' ? lhs->n().Add(rhs->n()) : lhs->n().Subtract(rhs->n());
  if (!result.ok()) return result.take_error();
  return AttributeValue(std::move(*result));
}

bool NumberLess(const Number& a, const Number& b) { return a.Compare(b) < 0; }

template <typename T, typename Less>
void UnionInto(std::vector<T>* a, const std::vector<T>& b, Less less) {
  std::vector<T> out;
  out.reserve(a->size() + b.size());
  std::set_union(a->begin(), a->end(), b.begin(), b.end(), std::back_inserter(out), less);
  a->swap(out);
}

template <typename T, typename Less>
void SubtractFrom(std::vector<T>* a, const std::vector<T>& b, Less less) {
  std::vector<T> out;
  std::set_difference(a->begin(), a->end(), b.begin(), b.end(), std::back_inserter(out), less);
  a->swap(out);
}

// ADD: numbers are summed (a missing attribute counts as 0), sets united.
Status AddTo(AttributeValue* existing, const AttributeValue& value) {
  if (existing->type() != value.type()) return Invalid(kBadOperand);
  switch (value.type()) {
    case ValueType::kN: {
      auto sum = existing->n().Add(value.n());
      if (!sum.ok()) return sum.take_error();
      *existing = AttributeValue(std::move(*sum));
      return OkStatus();
    }
    case ValueType::kSS:
      UnionInto(&std::get<StringSet>(existing->v).items, std::get<StringSet>(value.v).items,
                std::less<>());
      return OkStatus();
    case ValueType::kBS:
      UnionInto(&std::get<BinarySet>(existing->v).items, std::get<BinarySet>(value.v).items,
                std::less<>());
      return OkStatus();
    case ValueType::kNS:
      UnionInto(&std::get<NumberSet>(existing->v).items, std::get<NumberSet>(value.v).items,
                NumberLess);
      return OkStatus();
    default:
      return Invalid(kBadOperand);
  }
}

// DELETE: removes the given elements; returns (via *emptied) whether the set is now empty.
Status DeleteFrom(AttributeValue* existing, const AttributeValue& value, bool* emptied) {
  if (existing->type() != value.type()) return Invalid(kBadOperand);
  switch (value.type()) {
    case ValueType::kSS: {
      auto& items = std::get<StringSet>(existing->v).items;
      SubtractFrom(&items, std::get<StringSet>(value.v).items, std::less<>());
      *emptied = items.empty();
      return OkStatus();
    }
    case ValueType::kBS: {
      auto& items = std::get<BinarySet>(existing->v).items;
      SubtractFrom(&items, std::get<BinarySet>(value.v).items, std::less<>());
      *emptied = items.empty();
      return OkStatus();
    }
    case ValueType::kNS: {
      auto& items = std::get<NumberSet>(existing->v).items;
      SubtractFrom(&items, std::get<NumberSet>(value.v).items, NumberLess);
      *emptied = items.empty();
      return OkStatus();
    }
    default:
      return Invalid(kBadOperand);
  }
}

}  // namespace

Result<UpdateOutcome> ApplyUpdateTree(const UpdateTree& tree, const Item& old_item) {
  // 1. Every SET operand is read from the item as it was before the update.
  std::vector<std::pair<const Path*, AttributeValue>> sets;
  for (const UpdateAction& action : tree.actions) {
    if (action.kind != UpdateKind::kSet) continue;
    auto value = ReadSetValue(action.set, old_item);
    if (!value.ok()) return value.take_error();
    sets.emplace_back(&action.path, std::move(*value));
  }
  std::stable_sort(sets.begin(), sets.end(),
                   [](const auto& a, const auto& b) { return PathLess(*a.first, *b.first); });

  UpdateOutcome outcome;
  Item& item = outcome.new_item;
  item = old_item;

  // 2. SET.
  for (auto& [path, value] : sets) {
    Slot slot;
    if (!FindSlot(item, *path, &slot)) return Invalid(kInvalidPath);
    slot.Put(std::move(value));
  }

  // 3. ADD and DELETE.
  std::vector<const Path*> removals;
  for (const UpdateAction& action : tree.actions) {
    if (action.kind != UpdateKind::kAdd && action.kind != UpdateKind::kDelete) continue;
    Slot slot;
    if (!FindSlot(item, action.path, &slot)) return Invalid(kInvalidPath);
    AttributeValue* existing = slot.Get();
    if (action.kind == UpdateKind::kAdd) {
      if (!existing) {
        slot.Put(action.value.value);
      } else {
        DDB_TRY(AddTo(existing, action.value.value));
      }
    } else if (existing) {
      bool emptied = false;
      DDB_TRY(DeleteFrom(existing, action.value.value, &emptied));
      if (emptied) removals.push_back(&action.path);  // sets can never be empty
    }
  }

  // 4. Removals, highest list index first. Removing what the old item did not have is a no-op,
  // but the path must still be writable.
  for (const UpdateAction& action : tree.actions) {
    if (action.kind != UpdateKind::kRemove) continue;
    Slot slot;
    if (!FindSlot(item, action.path, &slot)) return Invalid(kInvalidPath);
    if (Lookup(action.path, old_item)) removals.push_back(&action.path);
  }
  std::sort(removals.begin(), removals.end(),
            [](const Path* a, const Path* b) { return PathLess(*b, *a); });
  for (const Path* path : removals) {
    Slot slot;
    if (FindSlot(item, *path, &slot)) slot.Erase();
  }

  outcome.updated_old = ProjectItem(tree.touched, old_item);
  outcome.updated_new = ProjectItem(tree.touched, item);
  return outcome;
}

}  // namespace ddb::expr
