#include "index/index_entry.h"

#include "ddb/engine.h"
#include "ddb/item_size.h"

namespace ddb {
namespace {

bool Holdable(const KeyElement& key, const AttributeValue& v) {
  if (v.type() != key.type) return false;
  if (v.is(ValueType::kS)) return !v.s().empty();
  if (v.is(ValueType::kB)) return !v.b().bytes.empty();
  return true;
}

void CopyIfPresent(const Item& from, const std::string& name, Item* to) {
  if (auto it = from.find(name); it != from.end()) to->emplace(it->first, it->second);
}

}  // namespace

std::optional<IndexKey> IndexKeyOf(const IndexDefinition& index, const PrimaryKey& base, const Item& item) {
  auto h = item.find(index.hash_key.name);
  if (h == item.end() || !Holdable(index.hash_key, h->second)) return std::nullopt;
  IndexKey key;
  if (index.range_key) {
    auto r = item.find(index.range_key->name);
    if (r == item.end() || !Holdable(*index.range_key, r->second)) return std::nullopt;
    key.sort = r->second;
  }
  // An LSI shares the table's partition key, so its hash is the base item's.
  key.hash = index.global() ? Engine::HashKey(h->second) : base.hash;
  key.partition = h->second;
  key.base = base;
  return key;
}

IndexEntry MakeEntry(const TableDefinition& table, const IndexDefinition& index, const Item& item) {
  IndexEntry entry;
  if (index.projection == ProjectionType::kAll) {
    entry.item = item;
  } else {
    // The keys and the projected attributes, at most: one allocation for the whole entry.
    entry.item.reserve(4 + index.non_key_attributes.size());
    CopyIfPresent(item, table.hash_key.name, &entry.item);
    if (table.range_key) CopyIfPresent(item, table.range_key->name, &entry.item);
    CopyIfPresent(item, index.hash_key.name, &entry.item);
    if (index.range_key) CopyIfPresent(item, index.range_key->name, &entry.item);
    for (const std::string& name : index.non_key_attributes) CopyIfPresent(item, name, &entry.item);
  }
  entry.size = ItemSize(entry.item);
  return entry;
}

Status CheckIndexKeyValues(const Table& t, const Item& item) {
  const TableIndexes* indexes = t.indexes();
  if (!indexes) return OkStatus();
  for (const auto& index : indexes->all()) {
    const IndexStatus status = index->status();
    if (status == IndexStatus::kCreating || status == IndexStatus::kDeleting) continue;
    const IndexDefinition& d = index->def();
    for (const KeyElement* key : {&d.hash_key, d.range_key ? &*d.range_key : nullptr}) {
      if (!key) continue;
      auto it = item.find(key->name);
      if (it == item.end()) continue;  // sparse: simply not in the index
      const AttributeValue& v = it->second;
      if (v.type() != key->type) {
        return ApiError::Validation("One or more parameter values were invalid: Type mismatch for Index Key " + key->name +
                                    " Expected: " + std::string(ValueTypeName(key->type)) +
                                    " Actual: " + std::string(ValueTypeName(v.type())) + " IndexName: " + d.name);
      }
      if ((v.is(ValueType::kS) && v.s().empty()) || (v.is(ValueType::kB) && v.b().bytes.empty())) {
        return ApiError::Validation(
            "One or more parameter values are not valid. A value specified for a secondary index key is not "
            "supported. The AttributeValue for a key attribute cannot contain an empty " +
            std::string(v.is(ValueType::kS) ? "string" : "binary") + " value. IndexName: " + d.name +
            ", IndexKey: " + key->name);
      }
    }
  }
  return OkStatus();
}

}  // namespace ddb
