// Telling a learner that a GSI read ran ahead of the index (dynamodb-model §7): "Global secondary
// indexes support eventually consistent reads only" and updates reach them asynchronously, so a
// Query or Scan served while updates to the keys it reads are still queued can miss them. After a
// GSI read is served, the read path counts the queued updates that fall inside what it read and,
// when there are any, emits an IndexStaleRead event (detail: "<index> Query: N updates not yet
// applied"), which the viz's Index flow view flags on the index column. An LSI is updated with its
// table, so its reads are never stale this way.
#pragma once

#include "api/engine_state.h"
#include "index/secondary_index.h"

namespace ddb {

// Queued updates of `index` whose index partition-key value is `partition_value` (its hash:
// `hash`): what a Query of that value could miss.
uint64_t PendingUpdatesForKey(const SecondaryIndex& index, uint64_t hash, const AttributeValue& partition_value);
// Queued updates whose key hash lies in [lo, hi] (inclusive): what a Scan segment could miss.
uint64_t PendingUpdatesInRange(const SecondaryIndex& index, uint64_t lo, uint64_t hi);

// Emits IndexStaleRead for a served read of `operation` ("Query" or "Scan") that could miss
// `pending` updates; nothing when pending is 0. `partition` is the index partition read, -1 when
// the read spanned several.
void EmitStaleRead(EngineState& s, const Table& t, const SecondaryIndex& index, const char* operation,
                   uint64_t pending, int partition, uint64_t key_hash);

}  // namespace ddb
