// The one place where a data-plane write changes a table's items. PutItem, UpdateItem, DeleteItem
// and BatchWriteItem (and later transactions and TTL) all commit through here, after their write
// was validated, its condition held and its capacity was admitted, so everything downstream of a
// change (secondary indexes, streams, the event log) sees each change exactly once, in order.
#pragma once

#include "api/engine_state.h"
#include "index/index_writes.h"

namespace ddb {

// Stores `item` (of `size` bytes) under `key`, replacing any previous item, and records the write
// (ItemWritten, charged `write_units`). `index_plan`: the write's secondary-index changes, as
// planned and admitted by the caller (index/index_writes.h); computed here when null.
void CommitPut(EngineState& s, Table& t, PrimaryKey&& key, Item&& item, uint64_t size, int64_t write_units,
               IndexWritePlan* index_plan = nullptr);
// Removes the item under `key` if there is one and records the delete (ItemDeleted, charged
// `write_units`). Returns whether an item was removed.
bool CommitDelete(EngineState& s, Table& t, const PrimaryKey& key, int64_t write_units,
                  IndexWritePlan* index_plan = nullptr);

}  // namespace ddb
