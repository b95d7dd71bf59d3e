// Message helpers for expression validation errors (see issues.h).
#include "expr/issues.h"

#include "ddb/codec.h"
#include "expr/ast.h"

namespace ddb::expr {

ApiError InvalidExpression(ExpressionKind kind, const ExprIssue& issue, SourceSpan* error_span) {
  if (error_span) *error_span = issue.span;
  std::string msg = "Invalid ";
  msg += ExpressionKindName(kind);
  msg += ": ";
  msg += issue.message;
  return ApiError::Validation(std::move(msg));
}

std::string PathForMessage(const Path& path) {
  std::string out = "[";
  for (size_t i = 0; i < path.steps.size(); ++i) {
    if (i) out += ", ";
    const PathStep& step = path.steps[i];
    if (step.is_index) {
      out += '[';
      out += std::to_string(step.index);
      out += ']';
    } else {
      out += step.name;
    }
  }
  out += "]";
  return out;
}

std::string ValueForMessage(const AttributeValue& value) {
  std::string out = "{";
  out += ValueTypeName(value.type());
  out += ":";
  switch (value.type()) {
    case ValueType::kS: out += value.s(); break;
    case ValueType::kN: out += value.n().ToString(); break;
    case ValueType::kB: out += Base64Encode(value.b().bytes); break;
    case ValueType::kBOOL: out += value.boolean() ? "true" : "false"; break;
    case ValueType::kNULL: out += "true"; break;
    default: break;
  }
  out += "}";
  return out;
}

std::string_view LongTypeName(ValueType type) {
  switch (type) {
    case ValueType::kS: return "STRING";
    case ValueType::kN: return "NUMBER";
    case ValueType::kB: return "BINARY";
    case ValueType::kBOOL: return "BOOLEAN";
    case ValueType::kNULL: return "NULL";
    case ValueType::kM: return "MAP";
    case ValueType::kL: return "LIST";
    case ValueType::kSS: return "STRING_SET";
    case ValueType::kNS: return "NUMBER_SET";
    case ValueType::kBS: return "BINARY_SET";
  }
  return "?";
}

}  // namespace ddb::expr
