// The public expression API (ddb/expression.h): request-wide placeholder bookkeeping, and the
// compile pipeline lex -> parse -> resolve -> check for each kind of expression.
#include "ddb/expression.h"
#include "ddb/item_size.h"

#include "expr/ast.h"
#include "expr/check.h"
#include "expr/evaluate.h"
#include "expr/issues.h"
#include "expr/key_condition.h"
#include "expr/parser.h"
#include "expr/projection.h"
#include "expr/resolve.h"
#include "expr/update_apply.h"

#include <algorithm>
#include <type_traits>
#include <utility>
#include <variant>

namespace ddb {

std::string_view ExpressionKindName(ExpressionKind kind) {
  switch (kind) {
    case ExpressionKind::kCondition: return "ConditionExpression";
    case ExpressionKind::kFilter: return "FilterExpression";
    case ExpressionKind::kKeyCondition: return "KeyConditionExpression";
    case ExpressionKind::kUpdate: return "UpdateExpression";
    case ExpressionKind::kProjection: return "ProjectionExpression";
  }
  return "Expression";
}

// ---------------------------------------------------------------------------------------------
// ExpressionContext

namespace {

// Placeholder keys: '#' or ':' followed by at least one of [0-9A-Za-z_].
bool IsPlaceholderKey(std::string_view key, char sigil) {
  if (key.size() < 2 || key[0] != sigil) return false;
  for (char c : key.substr(1)) {
    const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    c == '_';
    if (!ok) return false;
  }
  return true;
}

template <typename MapT, typename UsedT>
std::string UnusedKeys(const MapT& map, const UsedT& used) {
  std::string keys;
  for (const auto& entry : map) {
    if (used.count(entry.first)) continue;
    if (!keys.empty()) keys += ", ";
    keys += entry.first;
  }
  return keys;
}

}  // namespace

ExpressionContext::ExpressionContext(ExpressionNames names, Item values)
    : names_(std::move(names)), values_(std::move(values)) {}

namespace {

// Developer Guide, "Constraints": each placeholder at most 255 bytes; names and values each at
// most 2 MB in total.
constexpr size_t kMaxPlaceholderBytes = 255;
constexpr size_t kMaxSubstitutionBytes = 2 * 1024 * 1024;

ApiError KeyTooLong(std::string_view map, const std::string& key) {
  return ApiError::Validation(std::string(map) +
                              " contains invalid key: The expression attribute map contains a key that is too long; "
                              "size of key: " + std::to_string(key.size()));
}

}  // namespace

Result<ExpressionContext> ExpressionContext::Create(const ExpressionNames* names,
                                                    const Item* values) {
  DDB_TRY(Validate(names, values));
  return ExpressionContext(names ? *names : ExpressionNames{}, values ? *values : Item{});
}

Status ExpressionContext::Validate(const ExpressionNames* names, const Item* values) {
  if (names) {
    if (names->empty()) return ApiError::Validation("ExpressionAttributeNames must not be empty");
    size_t total = 0;
    for (const auto& entry : *names) total += entry.first.size() + entry.second.size();
    if (total > kMaxSubstitutionBytes) return ApiError::Validation("ExpressionAttributeNames exceeds max size");
    for (const auto& entry : *names) {
      if (entry.first.size() > kMaxPlaceholderBytes) return KeyTooLong("ExpressionAttributeNames", entry.first);
      if (!IsPlaceholderKey(entry.first, '#')) {
        return ApiError::Validation(
            "ExpressionAttributeNames contains invalid key: Syntax error; key: \"" + entry.first +
            "\"");
      }
    }
  }
  if (values) {
    if (values->empty()) return ApiError::Validation("ExpressionAttributeValues must not be empty");
    size_t total = 0;
    for (const auto& entry : *values) total += entry.first.size() + ValueSize(entry.second);
    if (total > kMaxSubstitutionBytes) return ApiError::Validation("ExpressionAttributeValues exceeds max size");
    for (const auto& entry : *values) {
      if (entry.first.size() > kMaxPlaceholderBytes) return KeyTooLong("ExpressionAttributeValues", entry.first);
      if (!IsPlaceholderKey(entry.first, ':')) {
        return ApiError::Validation(
            "ExpressionAttributeValues contains invalid key: Syntax error; key: \"" + entry.first +
            "\"");
      }
    }
  }
  return OkStatus();
}

const std::string* ExpressionContext::UseName(std::string_view placeholder) {
  auto it = names_.find(placeholder);
  if (it == names_.end()) return nullptr;
  if (!used_names_.contains(placeholder)) used_names_.emplace(placeholder);  // emplace would allocate first
  return &it->second;
}

const AttributeValue* ExpressionContext::UseValue(std::string_view placeholder) {
  auto it = values_.find(placeholder);
  if (it == values_.end()) return nullptr;
  if (!used_values_.contains(placeholder)) used_values_.emplace(placeholder);
  return &it->second;
}

Status ExpressionContext::CheckAllUsed() const {
  std::string unused = UnusedKeys(names_, used_names_);
  if (!unused.empty()) {
    return ApiError::Validation(
        "Value provided in ExpressionAttributeNames unused in expressions: keys: {" + unused + "}");
  }
  unused = UnusedKeys(values_, used_values_);
  if (!unused.empty()) {
    return ApiError::Validation(
        "Value provided in ExpressionAttributeValues unused in expressions: keys: {" + unused + "}");
  }
  return OkStatus();
}

// ---------------------------------------------------------------------------------------------
// Compilation

namespace {

using expr::ExprIssue;
using expr::Grammar;
using expr::IssueCollector;

// Checks every expression kind shares, before parsing.
Status Precheck(std::string_view text, ExpressionKind kind, SourceSpan* error_span) {
  if (text.empty()) {
    return expr::InvalidExpression(kind, ExprIssue{"The expression can not be empty;", {}},
                                   error_span);
  }
  if (text.size() > kMaxExpressionBytes) {
    return expr::InvalidExpression(
        kind,
        ExprIssue{"Expression size has exceeded the maximum allowed size; expression size: " +
                      std::to_string(text.size()),
                  {}},
        error_span);
  }
  return OkStatus();
}

Status Report(const IssueCollector& issues, ExpressionKind kind, SourceSpan* error_span) {
  if (const auto* issue = issues.First()) return expr::InvalidExpression(kind, **issue, error_span);
  return OkStatus();
}

Result<std::shared_ptr<expr::ConditionTree>> CompileConditionTree(std::string_view text,
                                                                  ExpressionKind kind,
                                                                  ExpressionContext& ctx,
                                                                  SourceSpan* error_span) {
  DDB_TRY(Precheck(text, kind, error_span));
  auto tree = std::make_shared<expr::ConditionTree>();
  tree->kind = kind;
  tree->text = std::string(text);
  IssueCollector issues;
  expr::Parser parser(tree->text, Grammar::kCondition, &issues);
  if (!parser.ParseCondition(&tree->root)) {
    return expr::InvalidExpression(kind, parser.syntax_error(), error_span);
  }
  expr::Resolver(&ctx, &issues).ResolveCondition(&tree->root);
  expr::CheckCondition(tree->root, &issues);
  DDB_TRY(Report(issues, kind, error_span));
  return tree;
}

// Calls fn(path) for every document path a condition reads, in source order.
template <typename Fn>
void ForEachOperandPath(const expr::Operand& operand, Fn& fn) {
  if (const expr::Path* path = operand.path()) {
    fn(*path);
  } else if (const expr::FunctionCall* call = operand.call()) {
    for (const expr::Operand& arg : call->args) ForEachOperandPath(arg, fn);
  }
}

template <typename Fn>
void ForEachConditionPath(const expr::CondNode& node, Fn& fn) {
  std::visit(
      [&fn](const auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, expr::Comparison>) {
          ForEachOperandPath(n.lhs, fn);
          ForEachOperandPath(n.rhs, fn);
        } else if constexpr (std::is_same_v<T, expr::BetweenCond>) {
          ForEachOperandPath(n.subject, fn);
          ForEachOperandPath(n.lower, fn);
          ForEachOperandPath(n.upper, fn);
        } else if constexpr (std::is_same_v<T, expr::InCond>) {
          ForEachOperandPath(n.subject, fn);
          for (const expr::Operand& c : n.candidates) ForEachOperandPath(c, fn);
        } else if constexpr (std::is_same_v<T, expr::FunctionCall>) {
          for (const expr::Operand& arg : n.args) ForEachOperandPath(arg, fn);
        } else if constexpr (std::is_same_v<T, expr::NotCond>) {
          for (const expr::CondNode& c : n.child) ForEachConditionPath(c, fn);
        } else {
          for (const expr::CondNode& c : n.children) ForEachConditionPath(c, fn);
        }
      },
      node.v);
}

void AddUnique(std::vector<std::string>* names, const std::string& name) {
  if (std::find(names->begin(), names->end(), name) == names->end()) names->push_back(name);
}

}  // namespace

Result<Condition> CompileCondition(std::string_view text, ExpressionKind kind,
                                   ExpressionContext& ctx, SourceSpan* error_span) {
  auto tree = CompileConditionTree(text, kind, ctx, error_span);
  if (!tree.ok()) return tree.take_error();
  return Condition(std::move(*tree));
}

bool Evaluate(const Condition& condition, const Item& item) {
  if (condition.empty()) return true;
  return expr::EvaluateCondition(condition.tree()->root, item);
}

bool ReferencesAnyAttribute(const Condition& condition, const std::vector<std::string>& names,
                            std::string* first) {
  if (condition.empty()) return false;
  bool found = false;
  auto visit = [&](const expr::Path& path) {
    if (found || path.steps.empty()) return;
    const std::string& top = path.steps[0].name;
    if (std::find(names.begin(), names.end(), top) == names.end()) return;
    found = true;
    if (first) *first = top;
  };
  ForEachConditionPath(condition.tree()->root, visit);
  return found;
}

Status CheckFilterAvoidsKeys(const Condition& filter, const std::vector<std::string>& key_names) {
  std::string key;
  if (!ReferencesAnyAttribute(filter, key_names, &key)) return OkStatus();
  return ApiError::Validation(
      "Filter Expression can only contain non-primary key attributes: Primary key attribute: " +
      key);
}

Result<Update> CompileUpdate(std::string_view text, ExpressionContext& ctx,
                             SourceSpan* error_span) {
  constexpr ExpressionKind kKind = ExpressionKind::kUpdate;
  DDB_TRY(Precheck(text, kKind, error_span));
  auto tree = std::make_shared<expr::UpdateTree>();
  tree->text = std::string(text);
  IssueCollector issues;
  expr::Parser parser(tree->text, Grammar::kUpdate, &issues);
  if (!parser.ParseUpdate(&tree->actions)) {
    return expr::InvalidExpression(kKind, parser.syntax_error(), error_span);
  }
  expr::Resolver(&ctx, &issues).ResolveUpdate(&tree->actions);
  expr::CheckUpdate(tree->actions, &issues);
  DDB_TRY(Report(issues, kKind, error_span));
  std::vector<const expr::Path*> paths;
  for (const expr::UpdateAction& action : tree->actions) paths.push_back(&action.path);
  tree->touched = expr::BuildProjection(paths);
  return Update(std::move(tree));
}

std::vector<std::string> UpdatedTopLevelNames(const Update& update) {
  std::vector<std::string> names;
  if (update.empty()) return names;
  for (const expr::UpdateAction& action : update.tree()->actions) {
    AddUnique(&names, action.path.steps[0].name);
  }
  return names;
}

Result<UpdateOutcome> ApplyUpdate(const Update& update, const Item& old_item) {
  if (update.empty()) return UpdateOutcome{old_item, {}, {}};
  return expr::ApplyUpdateTree(*update.tree(), old_item);
}

Result<Projection> CompileProjection(std::string_view text, ExpressionContext& ctx,
                                     SourceSpan* error_span) {
  constexpr ExpressionKind kKind = ExpressionKind::kProjection;
  DDB_TRY(Precheck(text, kKind, error_span));
  auto tree = std::make_shared<expr::ProjectionTree>();
  tree->text = std::string(text);
  IssueCollector issues;
  expr::Parser parser(tree->text, Grammar::kProjection, &issues);
  if (!parser.ParseProjection(&tree->paths)) {
    return expr::InvalidExpression(kKind, parser.syntax_error(), error_span);
  }
  expr::Resolver(&ctx, &issues).ResolveProjection(&tree->paths);
  std::vector<const expr::Path*> paths;
  for (const expr::Path& path : tree->paths) paths.push_back(&path);
  expr::CheckDisjointPaths(paths, &issues);
  DDB_TRY(Report(issues, kKind, error_span));
  tree->root = expr::BuildProjection(paths);
  return Projection(std::move(tree));
}

Item Project(const Projection& projection, const Item& item) {
  if (projection.empty()) return item;
  return expr::ProjectItem(projection.tree()->root, item);
}

std::vector<std::string> ProjectedTopLevelNames(const Projection& projection) {
  std::vector<std::string> names;
  if (projection.empty()) return names;
  for (const expr::Path& path : projection.tree()->paths) AddUnique(&names, path.steps[0].name);
  return names;
}

// ---------------------------------------------------------------------------------------------
// KeyConditionExpression

Result<KeyCondition> CompileKeyCondition(std::string_view text, const KeySchemaInfo& schema,
                                         ExpressionContext& ctx, SourceSpan* error_span) {
  auto tree = CompileConditionTree(text, ExpressionKind::kKeyCondition, ctx, error_span);
  if (!tree.ok()) return tree.take_error();
  return expr::KeyConditionFromTree((*tree)->root, schema);
}

Result<KeyCondition> expr::CompileKeyConditionNoting(std::string_view text, const KeySchemaInfo& schema,
                                                     ExpressionContext& ctx, KeyPlaceholders* placeholders) {
  auto tree = CompileConditionTree(text, ExpressionKind::kKeyCondition, ctx, nullptr);
  if (!tree.ok()) return tree.take_error();
  return expr::KeyConditionFromTree((*tree)->root, schema, placeholders);
}

bool SortKeyCondition::Matches(const AttributeValue& sort_value) const {
  if (sort_value.type() != value.type()) return false;
  switch (op) {
    case SortKeyOp::kEq: return sort_value == value;
    case SortKeyOp::kLt: return CompareKeyValues(sort_value, value) < 0;
    case SortKeyOp::kLe: return CompareKeyValues(sort_value, value) <= 0;
    case SortKeyOp::kGt: return CompareKeyValues(sort_value, value) > 0;
    case SortKeyOp::kGe: return CompareKeyValues(sort_value, value) >= 0;
    case SortKeyOp::kBetween:
      return upper.type() == value.type() && CompareKeyValues(sort_value, value) >= 0 &&
             CompareKeyValues(sort_value, upper) <= 0;
    case SortKeyOp::kBeginsWith:
      if (value.is(ValueType::kS)) return std::string_view(sort_value.s()).starts_with(value.s());
      if (value.is(ValueType::kB)) {
        return std::string_view(sort_value.b().bytes).starts_with(value.b().bytes);
      }
      return false;
  }
  return false;
}

bool KeyCondition::Matches(const Item& item) const {
  auto pk = item.find(partition_key);
  if (pk == item.end() || pk->second != partition_value) return false;
  if (!sort) return true;
  auto sk = item.find(sort->name);
  return sk != item.end() && sort->Matches(sk->second);
}

}  // namespace ddb
