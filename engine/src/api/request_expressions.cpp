#include "api/request_expressions.h"

#include "ddb/codec.h"

namespace ddb {
namespace {

// Legacy parameter -> the expression parameter a learner should use instead.
struct Legacy {
  std::string_view name;
  std::string_view replacement;
};
constexpr Legacy kLegacy[] = {
    {"Expected", "ConditionExpression"},         {"AttributeUpdates", "UpdateExpression"},
    {"KeyConditions", "KeyConditionExpression"}, {"QueryFilter", "FilterExpression"},
    {"ScanFilter", "FilterExpression"},          {"ConditionalOperator", "ConditionExpression"},
    {"AttributesToGet", "ProjectionExpression"},
};

bool IsLegacyName(std::string_view member) {
  for (const Legacy& l : kLegacy) {
    if (member == l.name) return true;
  }
  return false;
}

}  // namespace

Result<ExpressionContext> ReadExpressionContext(const RequestView& v) {
  auto names_json = v.Object("ExpressionAttributeNames");
  if (!names_json.ok()) return names_json.take_error();
  auto values_json = v.Object("ExpressionAttributeValues");
  if (!values_json.ok()) return values_json.take_error();
  // Most requests carry no placeholders at all; they need no maps built and nothing validated.
  if (!names_json.value() && !values_json.value()) return ExpressionContext();
  ExpressionNames names;
  if (names_json.value()) {
    for (auto it = names_json.value()->begin(); it != names_json.value()->end(); ++it) {
      if (!it->is_string()) return SerializationError("a String", *it);
      names.emplace(it.key(), it->get<std::string>());
    }
  }
  Item values;
  if (values_json.value()) {
    auto decoded = DecodeItem(*values_json.value());
    if (!decoded.ok()) return decoded.take_error();
    values = std::move(decoded.value());
  }
  DDB_TRY(ExpressionContext::Validate(names_json.value() ? &names : nullptr, values_json.value() ? &values : nullptr));
  return ExpressionContext(std::move(names), std::move(values));
}

Result<Condition> ReadCondition(const RequestView& v, std::string_view member, ExpressionKind kind,
                                ExpressionContext& ctx) {
  auto text = v.String(member);
  if (!text.ok()) return text.take_error();
  if (!text.value()) return Condition();
  return CompileCondition(*text.value(), kind, ctx);
}

Result<Projection> ReadProjection(const RequestView& v, ExpressionContext& ctx) {
  auto text = v.String("ProjectionExpression");
  if (!text.ok()) return text.take_error();
  if (text.value()) return CompileProjection(*text.value(), ctx);
  auto legacy = v.Array("AttributesToGet");
  if (!legacy.ok()) return legacy.take_error();
  if (!legacy.value()) return Projection();
  // AttributesToGet names top-level attributes literally: translate through placeholders so
  // reserved words and dots stay literal names.
  ExpressionNames names;
  std::string projection;
  for (const json& name : *legacy.value()) {
    if (!name.is_string()) return SerializationError("a String", name);
    const std::string placeholder = "#a" + std::to_string(names.size());
    names.emplace(placeholder, name.get<std::string>());
    projection += (projection.empty() ? "" : ", ") + placeholder;
  }
  if (names.empty()) return ConstraintError("AttributesToGet", "[]", "Member must have length greater than or equal to 1");
  ExpressionContext legacy_ctx(std::move(names), Item());
  return CompileProjection(projection, legacy_ctx);
}

Status CheckLegacyParameters(const RequestView& v) {
  // Every data-plane request runs this check and almost none uses a legacy parameter: one pass
  // over the request's few members settles that, instead of a lookup per parameter name.
  if (!v.raw().is_object()) return OkStatus();
  bool any_legacy = false;
  for (auto it = v.raw().begin(); it != v.raw().end() && !any_legacy; ++it) any_legacy = IsLegacyName(it.key());
  if (!any_legacy) return OkStatus();

  std::string legacy_used, expressions_used;
  for (const Legacy& l : kLegacy) {
    if (v.has(l.name)) legacy_used += (legacy_used.empty() ? "" : ", ") + std::string(l.name);
  }
  for (std::string_view m : {"ConditionExpression", "UpdateExpression", "KeyConditionExpression", "FilterExpression",
                             "ProjectionExpression"}) {
    if (v.has(m)) expressions_used += (expressions_used.empty() ? "" : ", ") + std::string(m);
  }
  if (!legacy_used.empty() && !expressions_used.empty()) {
    return ApiError::Validation(
        "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {" +
        legacy_used + "} Expression parameters: {" + expressions_used + "}");
  }
  for (const Legacy& l : kLegacy) {
    if (l.name == "AttributesToGet" || !v.has(l.name)) continue;
    return ApiError::Validation("ddbviz does not support the legacy parameter " + std::string(l.name) + "; use " +
                                std::string(l.replacement) + " instead");
  }
  return OkStatus();
}

}  // namespace ddb
