// Extracting and validating primary keys, with DynamoDB's messages (see dynamodb-model §2).
#pragma once

#include "ddb/result.h"
#include "storage/table.h"

namespace ddb {

inline constexpr size_t kMaxPartitionKeyBytes = 2048;
inline constexpr size_t kMaxSortKeyBytes = 1024;

// The key of an item being written: every key attribute present, of the declared type, non-empty
// and within the size limits.
Result<PrimaryKey> KeyFromItem(const TableDefinition& def, const Item& item);
// The same checks, answered as a view into `item`.
Result<PrimaryKeyRef> KeyRefFromItem(const TableDefinition& def, const Item& item);
// The key given as a request's Key member: exactly the key attributes, nothing else.
Result<PrimaryKey> KeyFromKeyMap(const TableDefinition& def, const Item& key);
// The same checks, answered as a view into `key` (for reads: nothing is copied).
Result<PrimaryKeyRef> KeyRefFromKeyMap(const TableDefinition& def, const Item& key);
// A key that owns copies of the values `ref` points to.
PrimaryKey OwnedKey(const PrimaryKeyRef& ref);
// The key attributes of `item` as an Item (for LastEvaluatedKey, ItemCollectionKey, ...).
Item KeyAttributes(const TableDefinition& def, const Item& item);

}  // namespace ddb
