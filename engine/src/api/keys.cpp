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

ApiError KeySchemaMismatch() { return ApiError::Validation("The provided key element does not match the schema"); }

}  // namespace

PrimaryKey OwnedKey(const PrimaryKeyRef& ref) {
  // Copy-constructed in place (assigning into default members costs twice as much on this path).
  return PrimaryKey{ref.hash, *ref.partition, ref.sort ? std::optional<AttributeValue>(*ref.sort) : std::nullopt};
}

Result<PrimaryKey> KeyFromItem(const TableDefinition& def, const Item& item) {
  auto ref = KeyRefFromItem(def, item);
  if (!ref.ok()) return ref.take_error();
  return OwnedKey(ref.value());
}

Result<PrimaryKeyRef> KeyRefFromItem(const TableDefinition& def, const Item& item) {
  auto h = item.find(def.hash_key.name);
  if (h == item.end())
    return ApiError::Validation("One or more parameter values were invalid: Missing the key " + def.hash_key.name +
                                " in the item");
  DDB_TRY(CheckKeyValue(def.hash_key, h->second, true));
  const AttributeValue* range_value = nullptr;
  if (def.range_key) {
    auto r = item.find(def.range_key->name);
    if (r == item.end())
      return ApiError::Validation("One or more parameter values were invalid: Missing the key " +
                                  def.range_key->name + " in the item");
    DDB_TRY(CheckKeyValue(*def.range_key, r->second, false));
    range_value = &r->second;
  }
  return PrimaryKeyRef{Engine::HashKey(h->second), &h->second, range_value};
}

Result<PrimaryKeyRef> KeyRefFromKeyMap(const TableDefinition& def, const Item& key_map) {
  // Missing, extra or wrongly typed attributes in a Key are all the same schema mismatch for the
  // service.
  const size_t expected = def.range_key ? 2 : 1;
  if (key_map.size() != expected) return KeySchemaMismatch();
  // One or two entries: comparing their names is cheaper than two searches.
  const AttributeValue* hash_value = nullptr;
  const AttributeValue* range_value = nullptr;
  for (const auto& [name, value] : key_map) {
    if (name == def.hash_key.name) hash_value = &value;
    else if (def.range_key && name == def.range_key->name) range_value = &value;
  }
  if (!hash_value || (def.range_key && !range_value)) return KeySchemaMismatch();
  if (hash_value->type() != def.hash_key.type) return KeySchemaMismatch();
  if (range_value && range_value->type() != def.range_key->type) return KeySchemaMismatch();
  DDB_TRY(CheckKeyValue(def.hash_key, *hash_value, true));
  if (range_value) DDB_TRY(CheckKeyValue(*def.range_key, *range_value, false));
  return PrimaryKeyRef{Engine::HashKey(*hash_value), hash_value, range_value};
}

Result<PrimaryKey> KeyFromKeyMap(const TableDefinition& def, const Item& key_map) {
  auto ref = KeyRefFromKeyMap(def, key_map);
  if (!ref.ok()) return ref.take_error();
  return OwnedKey(ref.value());
}

Item KeyAttributes(const TableDefinition& def, const Item& item) {
  Item key;
  key.reserve(2);
  if (auto h = item.find(def.hash_key.name); h != item.end()) key.emplace(h->first, h->second);
  if (def.range_key) {
    if (auto r = item.find(def.range_key->name); r != item.end()) key.emplace(r->first, r->second);
  }
  return key;
}

}  // namespace ddb
