// DynamoDB expressions: ConditionExpression, FilterExpression, KeyConditionExpression,
// UpdateExpression and ProjectionExpression (Developer Guide, "Using expressions in DynamoDB").
//
// Each expression is compiled once per request: lexed, parsed, its #name / :value placeholders
// resolved against the request's ExpressionContext, and validated with DynamoDB's exact
// ValidationException messages. The compiled objects are immutable, cheap to copy (shared), and
// evaluate many times without allocating names again: a Scan evaluates one compiled filter against
// every item it reads.
//
// Ownership: compiled expressions copy the values they need out of the ExpressionContext, so the
// context may be destroyed after compiling. The context itself records which placeholders were
// used by all expressions of one request; CheckAllUsed() then reports the unused ones, as DynamoDB
// does. Nothing here throws; every error is a ddb::ApiError of type kValidation.
#pragma once

#include "ddb/result.h"
#include "ddb/value.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ddb {

namespace expr {
struct ConditionTree;
struct UpdateTree;
struct ProjectionTree;
}  // namespace expr

// Which request parameter an expression came from; it names the expression in error messages
// ("Invalid ConditionExpression: ...").
enum class ExpressionKind : uint8_t { kCondition, kFilter, kKeyCondition, kUpdate, kProjection };

// "ConditionExpression", "FilterExpression", "KeyConditionExpression", "UpdateExpression",
// "ProjectionExpression".
std::string_view ExpressionKindName(ExpressionKind kind);

// DynamoDB limits on expressions (Developer Guide, "Constraints": expression parameters).
inline constexpr size_t kMaxExpressionBytes = 4096;
inline constexpr size_t kMaxDocumentPathDepth = 32;
inline constexpr size_t kMaxInOperands = 100;
inline constexpr size_t kMaxExpressionOperators = 300;

// Byte range of the offending token in the expression text, so a UI can underline it. Filled by
// the Compile* functions when they fail on a specific token (syntax errors, reserved words,
// undefined placeholders, bad operands); {0, 0} when the error concerns the whole expression.
struct SourceSpan {
  uint32_t offset = 0;
  uint32_t length = 0;
};

using ExpressionNames = std::map<std::string, std::string, std::less<>>;

// The ExpressionAttributeNames and ExpressionAttributeValues of one request, shared by all its
// expressions, plus the record of which placeholders those expressions used.
class ExpressionContext {
 public:
  ExpressionContext() = default;
  ExpressionContext(ExpressionNames names, Item values);

  // Builds a context from the request's optional maps (nullptr = parameter absent). Rejects what
  // DynamoDB rejects before looking at any expression: a supplied but empty map
  // ("ExpressionAttributeNames must not be empty") and keys that are not placeholders
  // ("ExpressionAttributeNames contains invalid key: Syntax error; key: \"x\"").
  static Result<ExpressionContext> Create(const ExpressionNames* names, const Item* values);
  // Create's checks alone, for a caller that then moves its maps in.
  static Status Validate(const ExpressionNames* names, const Item* values);

  // Looks a placeholder up and marks it used; nullptr when it is not defined.
  const std::string* UseName(std::string_view placeholder);
  const AttributeValue* UseValue(std::string_view placeholder);

  // After compiling every expression of the request: DynamoDB's error for supplied but unused
  // placeholders ("Value provided in ExpressionAttributeNames unused in expressions: keys: {#x}"),
  // names checked before values, keys listed in sorted order.
  Status CheckAllUsed() const;

  const ExpressionNames& names() const { return names_; }
  const Item& values() const { return values_; }

 private:
  ExpressionNames names_;
  Item values_;
  std::set<std::string, std::less<>> used_names_;
  std::set<std::string, std::less<>> used_values_;
};

// ---------------------------------------------------------------------------------------------
// ConditionExpression / FilterExpression

// A compiled condition. A default-constructed Condition is empty and matches every item, which is
// what an absent ConditionExpression/FilterExpression means.
class Condition {
 public:
  Condition() = default;
  explicit Condition(std::shared_ptr<const expr::ConditionTree> tree) : tree_(std::move(tree)) {}
  bool empty() const { return tree_ == nullptr; }
  const expr::ConditionTree* tree() const { return tree_.get(); }

 private:
  std::shared_ptr<const expr::ConditionTree> tree_;
};

// REQUIRES: kind is kCondition or kFilter (it only selects the name used in error messages).
Result<Condition> CompileCondition(std::string_view text, ExpressionKind kind,
                                   ExpressionContext& ctx, SourceSpan* error_span = nullptr);

// True iff `item` satisfies the condition (DynamoDB typing: comparing different types or a missing
// attribute is false, except `<>` which is then true). An empty item stands for "no item".
bool Evaluate(const Condition& condition, const Item& item);

// True iff the condition reads any top-level attribute named in `names`; *first (if given)
// receives the first such name in source order.
bool ReferencesAnyAttribute(const Condition& condition, const std::vector<std::string>& names,
                            std::string* first = nullptr);

// Query's rule that a FilterExpression may not use key attributes: "Filter Expression can only
// contain non-primary key attributes: Primary key attribute: X".
Status CheckFilterAvoidsKeys(const Condition& filter, const std::vector<std::string>& key_names);

// ---------------------------------------------------------------------------------------------
// UpdateExpression

class Update {
 public:
  Update() = default;
  explicit Update(std::shared_ptr<const expr::UpdateTree> tree) : tree_(std::move(tree)) {}
  bool empty() const { return tree_ == nullptr; }
  const expr::UpdateTree* tree() const { return tree_.get(); }

 private:
  std::shared_ptr<const expr::UpdateTree> tree_;
};

Result<Update> CompileUpdate(std::string_view text, ExpressionContext& ctx,
                             SourceSpan* error_span = nullptr);

// Top-level attribute names an update writes or removes, in source order without duplicates (for
// "Cannot update attribute X. This attribute is part of the key" and index maintenance).
std::vector<std::string> UpdatedTopLevelNames(const Update& update);

struct UpdateOutcome {
  Item new_item;
  // The updated document paths projected out of the old and the new item, nested structure kept
  // (what ReturnValues=UPDATED_OLD / UPDATED_NEW return). Removed paths appear only in
  // updated_old.
  Item updated_old;
  Item updated_new;
};

// Applies the update to `old_item`: the existing item, or, when there is none (UpdateItem is an
// upsert), an Item holding just the request's Key. SET operands are all read from `old_item`.
// Errors: "The document path provided in the update expression is invalid for update", "The
// provided expression refers to an attribute that does not exist in the item", "An operand in the
// update expression has an incorrect data type", and Number overflow from arithmetic.
Result<UpdateOutcome> ApplyUpdate(const Update& update, const Item& old_item);

// ---------------------------------------------------------------------------------------------
// ProjectionExpression

class Projection {
 public:
  Projection() = default;
  explicit Projection(std::shared_ptr<const expr::ProjectionTree> tree) : tree_(std::move(tree)) {}
  // An empty Projection keeps every attribute.
  bool empty() const { return tree_ == nullptr; }
  const expr::ProjectionTree* tree() const { return tree_.get(); }

 private:
  std::shared_ptr<const expr::ProjectionTree> tree_;
};

Result<Projection> CompileProjection(std::string_view text, ExpressionContext& ctx,
                                     SourceSpan* error_span = nullptr);

// The listed attributes of `item`; nested paths keep their enclosing maps and lists (list
// elements in index order); requested attributes that are missing are simply absent.
Item Project(const Projection& projection, const Item& item);

// Top-level attribute names the projection reads, in source order without duplicates.
std::vector<std::string> ProjectedTopLevelNames(const Projection& projection);

// ---------------------------------------------------------------------------------------------
// KeyConditionExpression

// The key attributes of the table or index being queried.
struct KeySchemaInfo {
  std::string partition_key;
  ValueType partition_type = ValueType::kS;
  std::string sort_key;  // empty when the table/index has no sort key
  ValueType sort_type = ValueType::kS;
};

enum class SortKeyOp : uint8_t { kEq, kLt, kLe, kGt, kGe, kBetween, kBeginsWith };

struct SortKeyCondition {
  SortKeyOp op = SortKeyOp::kEq;
  std::string name;
  AttributeValue value;  // the operand; the lower bound for kBetween; the prefix for kBeginsWith
  AttributeValue upper;  // kBetween only

  // True iff a sort-key value of the schema's type satisfies the condition (DynamoDB key order).
  bool Matches(const AttributeValue& sort_value) const;
};

struct KeyCondition {
  std::string partition_key;
  AttributeValue partition_value;
  std::optional<SortKeyCondition> sort;

  // True iff the item's key attributes satisfy the condition.
  bool Matches(const Item& item) const;
};

// Compiles `pk = :v [AND <sort-key condition>]` against the key schema, with DynamoDB's messages
// ("Query condition missed key schema element: X", "Query key condition not supported",
// "KeyConditionExpressions must only contain one condition per key", "Invalid operator used in
// KeyConditionExpression: OR", ...).
Result<KeyCondition> CompileKeyCondition(std::string_view text, const KeySchemaInfo& schema,
                                         ExpressionContext& ctx, SourceSpan* error_span = nullptr);

}  // namespace ddb
