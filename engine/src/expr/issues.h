// Validation problems found while compiling an expression. A syntax error stops parsing at once;
// every other problem is noted by category while parsing and resolving continue, and the one
// reported is the first problem of the most important category, so an expression with several
// mistakes always reports the same one, in the order DynamoDB reimplementations use (redundant
// parentheses and unknown functions before reserved words, those before undefined placeholders,
// and so on).
#pragma once

#include "ddb/expression.h"

#include <array>
#include <optional>
#include <string>

namespace ddb::expr {

// A message without the "Invalid <Kind>Expression: " prefix, and where it points.
struct ExprIssue {
  std::string message;
  SourceSpan span;
};

// Categories in reporting priority, most important first.
enum class IssueCategory : uint8_t {
  kTooManyOperators,
  kRedundantParens,
  kUnknownFunction,
  kMisusedFunction,
  kReserved,
  kSection,
  kUndefined,
  kNesting,
  kInOperands,
  kOperandCount,
  kOverlap,
  kConflict,
  kDistinct,
  kOperandType,
  kBetween,
  kCount,
};

class IssueCollector {
 public:
  // Keeps only the first issue of each category.
  void Add(IssueCategory category, std::string message, SourceSpan span) {
    auto& slot = slots_[static_cast<size_t>(category)];
    if (!slot) slot = ExprIssue{std::move(message), span};
  }
  bool Has(IssueCategory category) const { return slots_[static_cast<size_t>(category)].has_value(); }
  const std::optional<ExprIssue>* First() const {
    for (const auto& slot : slots_) {
      if (slot) return &slot;
    }
    return nullptr;
  }

 private:
  std::array<std::optional<ExprIssue>, static_cast<size_t>(IssueCategory::kCount)> slots_;
};

// "Invalid <Kind>Expression: <message>" as a ValidationException, span copied out if asked.
ApiError InvalidExpression(ExpressionKind kind, const ExprIssue& issue, SourceSpan* error_span);

// Renders a path for messages the way DynamoDB does: [a, b, [2]].
struct Path;
std::string PathForMessage(const Path& path);

// Renders a value for messages: {N:5}, {S:abc}.
std::string ValueForMessage(const AttributeValue& value);

// Type names DynamoDB uses in ADD/DELETE operand errors: STRING, NUMBER, BINARY, ...
std::string_view LongTypeName(ValueType type);

}  // namespace ddb::expr
