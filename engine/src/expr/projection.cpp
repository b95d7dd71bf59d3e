// Item projection (see projection.h).
#include "expr/projection.h"

#include <optional>
#include <utility>

namespace ddb::expr {
namespace {

std::optional<AttributeValue> ProjectValue(const ProjNode& node, const AttributeValue& value) {
  if (node.whole) return value;
  if (!node.members.empty()) {
    if (!value.is(ValueType::kM)) return std::nullopt;
    Map out;
    for (const auto& [name, child] : node.members) {
      auto it = value.m().find(name);
      if (it == value.m().end()) continue;
      if (auto sub = ProjectValue(child, it->second)) out.emplace(name, std::move(*sub));
    }
    if (out.empty()) return std::nullopt;
    return AttributeValue(std::move(out));
  }
  if (!node.elements.empty()) {
    if (!value.is(ValueType::kL)) return std::nullopt;
    List out;
    for (const auto& [index, child] : node.elements) {
      if (index >= value.l().size()) break;
      if (auto sub = ProjectValue(child, value.l()[index])) out.push_back(std::move(*sub));
    }
    if (out.empty()) return std::nullopt;
    return AttributeValue(std::move(out));
  }
  return std::nullopt;
}

}  // namespace

ProjNode BuildProjection(const std::vector<const Path*>& paths) {
  ProjNode root;
  for (const Path* path : paths) {
    ProjNode* node = &root;
    for (const PathStep& step : path->steps) {
      node = step.is_index ? &node->elements[step.index] : &node->members[step.name];
    }
    node->whole = true;
  }
  return root;
}

Item ProjectItem(const ProjNode& root, const Item& item) {
  Item out;
  out.reserve(root.members.size());
  for (const auto& [name, child] : root.members) {
    auto it = item.find(name);
    if (it == item.end()) continue;
    if (auto sub = ProjectValue(child, it->second)) out.emplace(name, std::move(*sub));
  }
  return out;
}

}  // namespace ddb::expr
