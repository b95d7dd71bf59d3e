#include "api/keys.h"

#include "ddb/engine.h"

namespace ddb {
namespace {

size_t KeyValueBytes(const AttributeValue& v) {
  switch (v.type()) {
    case ValueType::kS: return v.s().size();
    case ValueType::kB: return v.b().bytes.size();
    case ValueType::kN: return v.n().SizeBytes();
    default: return 0;
  }
}

Status CheckKeyValue(const KeyElement& key, const AttributeValue& v, bool is_hash) {
  if (v.type() != key.type) {
    return ApiError::Validation("One or more parameter values were invalid: Type mismatch for key " + key.name +
                                " expected: " + std::string(ValueTypeName(key.type)) +
                                " actual: " + std::string(ValueTypeName(v.type())));
  }
  if (v.is(ValueType::kS) && v.s().empty()) {
    return ApiError::Validation(
        "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an "
        "empty string value. Key: " + key.name);
  }
  if (v.is(ValueType::kB) && v.b().bytes.empty()) {
    return ApiError::Validation(
        "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an "
        "empty binary value. Key: " + key.name);
  }
  const size_t bytes = KeyValueBytes(v);
  if (is_hash && bytes > kMaxPartitionKeyBytes) {
    // "of2048" (no space) mirrors the real service's message.
    return ApiError::Validation(
        "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes");
  }
  if (!is_hash && bytes > kMaxSortKeyBytes) {
    return ApiError::Validation(
        "One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit "
        "of 1024 bytes");
  }
  return OkStatus();
}

}  // namespace

Result<PrimaryKey> KeyFromItem(const TableDefinition& def, const Item& item) {
  PrimaryKey key;
  auto h = item.find(def.hash_key.name);
  if (h == item.end())
    return ApiError::Validation("One or more parameter values were invalid: Missing the key " + def.hash_key.name +
                                " in the item");
  DDB_TRY(CheckKeyValue(def.hash_key, h->second, true));
  key.partition = h->second;
  if (def.range_key) {
    auto r = item.find(def.range_key->name);
    if (r == item.end())
      return ApiError::Validation("One or more parameter values were invalid: Missing the key " +
                                  def.range_key->name + " in the item");
    DDB_TRY(CheckKeyValue(*def.range_key, r->second, false));
    key.sort = r->second;
  }
  key.hash = Engine::HashKey(key.partition);
  return key;
}

Result<PrimaryKey> KeyFromKeyMap(const TableDefinition& def, const Item& key_map) {
  const size_t expected = def.range_key ? 2 : 1;
  if (key_map.size() != expected || !key_map.count(def.hash_key.name) ||
      (def.range_key && !key_map.count(def.range_key->name))) {
    return ApiError::Validation("The provided key element does not match the schema");
  }
  // Wrong types in a Key are the same schema mismatch for the service.
  const AttributeValue& h = key_map.find(def.hash_key.name)->second;
  if (h.type() != def.hash_key.type) return ApiError::Validation("The provided key element does not match the schema");
  if (def.range_key && key_map.find(def.range_key->name)->second.type() != def.range_key->type)
    return ApiError::Validation("The provided key element does not match the schema");
  return KeyFromItem(def, key_map);
}

Item KeyAttributes(const TableDefinition& def, const Item& item) {
  Item key;
  if (auto h = item.find(def.hash_key.name); h != item.end()) key.emplace(h->first, h->second);
  if (def.range_key) {
    if (auto r = item.find(def.range_key->name); r != item.end()) key.emplace(r->first, r->second);
  }
  return key;
}

}  // namespace ddb
