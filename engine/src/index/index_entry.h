// From a base item to its index entry: whether the item is in the index (sparse indexes: only
// items with every index key attribute, of the declared type), under which key, and with which
// projected attributes.
#pragma once

#include "index/secondary_index.h"

#include <optional>

namespace ddb {

// The entry key of `item` (stored under `base`) in `index`; nullopt when the item is not in the
// index: an index key attribute is missing, of another type, or an empty string or binary.
std::optional<IndexKey> IndexKeyOf(const IndexDefinition& index, const PrimaryKey& base, const Item& item);

// The projected copy of `item`: the table's and the index's keys plus what the projection names.
IndexEntry MakeEntry(const TableDefinition& table, const IndexDefinition& index, const Item& item);

// Type enforcement (dynamodb-model §7): once an attribute is a key of an ACTIVE index, a table
// write giving it another type, or an empty string or binary, fails with a ValidationException.
// Indexes still being created skip such items instead.
Status CheckIndexKeyValues(const Table& t, const Item& item);

}  // namespace ddb
