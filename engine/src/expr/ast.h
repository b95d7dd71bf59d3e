// The expression syntax tree, shared by the parser (which builds it with placeholders still
// unresolved), the resolver (which replaces #names and :values in place and validates), and the
// evaluators (which only read it). After resolution a tree is immutable and self-contained: names
// are the real attribute names and values are copies, so evaluating needs no context and no
// per-item allocation for names.
#pragma once

#include "ddb/expression.h"
#include "ddb/value.h"

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace ddb::expr {

// One step of a document path: a map member / top-level attribute, or a list index.
struct PathStep {
  std::string name;  // before resolution: the token text ("foo" or "#f"); after: the real name
  uint32_t index = 0;
  bool is_index = false;
  bool from_placeholder = false;
  SourceSpan span;
};

struct Path {
  std::vector<PathStep> steps;
  SourceSpan span;
};

struct Operand;

enum class FunctionId : uint8_t {
  kUnknown,
  kAttributeExists,
  kAttributeNotExists,
  kAttributeType,
  kBeginsWith,
  kContains,
  kSize,
  kIfNotExists,
  kListAppend,
};

struct FunctionCall {
  FunctionId id = FunctionId::kUnknown;
  std::string name;  // as written (function names are case-sensitive)
  std::vector<Operand> args;
  SourceSpan span;  // the function name
};

struct ValueRef {
  std::string placeholder;  // ":v"
  AttributeValue value;     // copied from ExpressionAttributeValues by the resolver
  bool resolved = false;
  SourceSpan span;
};

struct Operand {
  std::variant<Path, ValueRef, FunctionCall> v;
  SourceSpan span;
  bool parenthesized = false;

  const Path* path() const { return std::get_if<Path>(&v); }
  const ValueRef* value() const { return std::get_if<ValueRef>(&v); }
  const FunctionCall* call() const { return std::get_if<FunctionCall>(&v); }
};

// ----------------------------------------------------------------------------------------------
// Conditions (ConditionExpression, FilterExpression, KeyConditionExpression)

enum class CompareOp : uint8_t { kEq, kNe, kLt, kLe, kGt, kGe };

struct CondNode;

struct Comparison {
  CompareOp op = CompareOp::kEq;
  Operand lhs;
  Operand rhs;
};
struct BetweenCond {
  Operand subject;
  Operand lower;
  Operand upper;
};
struct InCond {
  Operand subject;
  std::vector<Operand> candidates;
};
struct AndCond {
  std::vector<CondNode> children;  // two or more
};
struct OrCond {
  std::vector<CondNode> children;  // two or more
};
struct NotCond {
  std::vector<CondNode> child;  // exactly one (a vector only because CondNode is incomplete here)
};

struct CondNode {
  std::variant<Comparison, BetweenCond, InCond, FunctionCall, AndCond, OrCond, NotCond> v;
  SourceSpan span;  // the operator token (or function name)
  bool parenthesized = false;
};

struct ConditionTree {
  ExpressionKind kind = ExpressionKind::kCondition;
  std::string text;
  CondNode root;
};

// ----------------------------------------------------------------------------------------------
// Projections (ProjectionExpression, and the paths an update touches)

// Paths merged into a tree: a node is either taken whole or narrowed to some members (maps) or
// some elements (lists). Overlapping paths are rejected before a tree is built.
struct ProjNode {
  bool whole = false;
  std::map<std::string, ProjNode, std::less<>> members;
  std::map<uint32_t, ProjNode> elements;
};

struct ProjectionTree {
  std::string text;
  std::vector<Path> paths;
  ProjNode root;
};

// ----------------------------------------------------------------------------------------------
// Updates

// Right-hand side of a SET action: operand, or operand + operand, or operand - operand.
struct SetValue {
  Operand lhs;
  char op = 0;  // 0, '+' or '-'
  Operand rhs;  // only when op != 0
  SourceSpan op_span;
};

enum class UpdateKind : uint8_t { kSet, kRemove, kAdd, kDelete };

struct UpdateAction {
  UpdateKind kind = UpdateKind::kSet;
  Path path;
  SetValue set;    // kSet
  ValueRef value;  // kAdd, kDelete
};

struct UpdateTree {
  std::string text;
  std::vector<UpdateAction> actions;  // source order
  ProjNode touched;                   // every action path, for UPDATED_OLD / UPDATED_NEW
};

}  // namespace ddb::expr
