// Reading a request's expressions: the shared ExpressionAttributeNames/Values context, each
// optional expression member, the legacy parameters (AttributesToGet is translated into a
// projection; the others are refused with a message naming the expression to use instead), and
// the final "unused placeholder" check. Every handler with expressions uses these.
#pragma once

#include "api/request.h"
#include "ddb/codec.h"
#include "ddb/expression.h"

#include <initializer_list>
#include <string_view>

namespace ddb {

Result<ExpressionContext> ReadExpressionContext(const RequestView& v);

// Absent member -> an empty Condition (matches everything).
Result<Condition> ReadCondition(const RequestView& v, std::string_view member, ExpressionKind kind,
                                ExpressionContext& ctx);

// ProjectionExpression, or the legacy AttributesToGet list; absent -> empty (all attributes).
Result<Projection> ReadProjection(const RequestView& v, ExpressionContext& ctx);

// Refuses legacy (non-expression) parameters that ddbviz does not translate, and mixing legacy
// with expression parameters, with DynamoDB's message for the latter.
Status CheckLegacyParameters(const RequestView& v);

// The item written back to a caller, encoded: the whole item or its projection. Without a
// projection the stored item is encoded directly rather than copied first (every GetItem, Query
// and Scan result goes through here).
inline nlohmann::json EncodeProjected(const Projection& p, const Item& item) {
  return p.empty() ? EncodeItem(item) : EncodeItem(Project(p, item));
}
// The same through a json_out.h writer, for responses written once for both doors (respond.h).
template <class Out>
void WriteProjected(Out& out, const Projection& p, const Item& item) {
  if (p.empty()) out.Item(item);
  else out.Item(Project(p, item));
}

}  // namespace ddb
