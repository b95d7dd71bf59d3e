#include "expr/key_condition_cache.h"

#include "expr/lexer.h"

namespace ddb {
namespace {

// Types the way CompileKeyCondition checks them: each value has its key's type, and BETWEEN's
// lower bound is not above its upper bound.
bool ValuesPassChecks(const KeyCondition& kc, const KeySchemaInfo& schema) {
  if (kc.partition_value.type() != schema.partition_type) return false;
  if (!kc.sort) return true;
  const SortKeyCondition& s = *kc.sort;
  if (s.value.type() != schema.sort_type) return false;
  if (s.op == SortKeyOp::kBetween) {
    return s.upper.type() == schema.sort_type && CompareKeyValues(s.value, s.upper) <= 0;
  }
  return true;
}

}  // namespace

void KeyConditionCache::MakeKey(std::string_view text, const KeySchemaInfo& schema, const ExpressionContext& ctx) {
  // Unit separators keep the parts apart (they cannot occur in a valid name or expression).
  std::string& key = key_;
  key.assign(text);
  key += '\x1f';
  key += schema.partition_key;
  key += '\x1f';
  key += static_cast<char>('A' + static_cast<int>(schema.partition_type));
  key += schema.sort_key;
  key += '\x1f';
  key += static_cast<char>('A' + static_cast<int>(schema.sort_type));
  for (const auto& [placeholder, name] : ctx.names()) {
    key += '\x1f';
    key += placeholder;
    key += '\x1e';
    key += name;
  }
}

bool KeyConditionCache::Fill(const Entry& entry, const KeySchemaInfo& schema, ExpressionContext& ctx,
                             KeyCondition* out) {
  for (const std::string& placeholder : entry.name_placeholders) ctx.UseName(placeholder);
  *out = entry.condition;
  const AttributeValue* partition = ctx.UseValue(entry.values.partition);
  if (!partition) return false;
  out->partition_value = *partition;
  if (out->sort) {
    const AttributeValue* value = ctx.UseValue(entry.values.sort);
    if (!value) return false;
    out->sort->value = *value;
    if (!entry.values.upper.empty()) {
      const AttributeValue* upper = ctx.UseValue(entry.values.upper);
      if (!upper) return false;
      out->sort->upper = *upper;
    }
  }
  return ValuesPassChecks(*out, schema);
}

Result<KeyCondition> KeyConditionCache::Compile(std::string_view text, const KeySchemaInfo& schema,
                                                ExpressionContext& ctx) {
  MakeKey(text, schema, ctx);
  if (auto it = entries_.find(key_); it != entries_.end()) {
    KeyCondition filled;
    if (Fill(it->second, schema, ctx, &filled)) return filled;
    return CompileKeyCondition(text, schema, ctx);  // for the exact error
  }
  ++misses_;
  Entry entry;
  auto compiled = expr::CompileKeyConditionNoting(text, schema, ctx, &entry.values);
  if (!compiled.ok()) return compiled;
  // A compiled expression resolved every name placeholder it contains.
  for (const expr::Token& token : expr::Lex(text)) {
    if (token.kind == expr::TokenKind::kNamePlaceholder) entry.name_placeholders.emplace_back(token.text);
  }
  entry.condition = compiled.value();
  entry.condition.partition_value = AttributeValue();  // copied on every use: keep it small
  if (entry.condition.sort) entry.condition.sort->value = entry.condition.sort->upper = AttributeValue();
  if (entries_.size() >= kMaxEntries) entries_.clear();
  entries_.emplace(key_, std::move(entry));
  return compiled;
}

}  // namespace ddb
