// Compiled KeyConditionExpressions, kept per engine. An application sends the same key condition
// with new values again and again ("pk = :p"); lexing, parsing and resolving it each time was a
// quarter of a JSON Query. The cache keeps what a compile decided from the text, the key schema
// and ExpressionAttributeNames (which key each term names, the operator, the placeholders), and
// fills a later request's values in. Whatever depends on the values (that each placeholder is
// defined, that its type matches the key's, that BETWEEN's bounds are in order) is checked
// again, and any doubt falls back to a full compile, so errors keep their exact messages.
#pragma once

#include "ddb/expression.h"
#include "expr/key_condition.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ddb {

class KeyConditionCache {
 public:
  // Same answer, and the same placeholders marked used in `ctx`, as CompileKeyCondition.
  Result<KeyCondition> Compile(std::string_view text, const KeySchemaInfo& schema, ExpressionContext& ctx);

  size_t size() const { return entries_.size(); }
  // Full compiles, for tests.
  int64_t misses() const { return misses_; }

  // Plenty for an application's handful of query shapes; past it the cache starts over.
  static constexpr size_t kMaxEntries = 256;

 private:
  struct Entry {
    KeyCondition condition;  // names and operators; its values (left NULL) are filled on every use
    expr::KeyPlaceholders values;  // every value placeholder of a key condition fills one of these
    std::vector<std::string> name_placeholders;  // every one in the text
  };

  // The cache key of a compile, written into key_.
  void MakeKey(std::string_view text, const KeySchemaInfo& schema, const ExpressionContext& ctx);
  // The entry filled with ctx's values; false when a value is missing or would fail a check.
  static bool Fill(const Entry& entry, const KeySchemaInfo& schema, ExpressionContext& ctx, KeyCondition* out);

  std::unordered_map<std::string, Entry> entries_;
  std::string key_;  // reused, so a hit allocates nothing for its key
  int64_t misses_ = 0;
};

}  // namespace ddb
