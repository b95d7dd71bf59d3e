// Asynchronous propagation of base writes to global secondary indexes (dynamodb-model §7,
// simulation choice 16). Each base write queues its index updates (a key change is a delete and
// a put) on the GSI partitions that own them. An update is applied after a propagation lag drawn
// from the seeded index generator (log-logistic, median 50 ms, capped at 800 ms: "normally within
// a fraction of a second"), never before the update queued ahead of it on the same partition, and
// only once that partition's write lane has the capacity for it. So a Query of the GSI right
// after a write can miss the write.
//
// Back-pressure: a GSI partition absorbs one second of its write capacity (its share of the
// index's WCU, or its partition limit on demand) plus its banked burst. When the updates waiting
// on it would exceed that, base-table writes that touch it are refused with
// ProvisionedThroughputExceededException (ThrottlingException on demand) whose ThrottlingReasons
// name the index (IndexWriteProvisionedThroughputExceeded; IndexWriteKeyRangeThroughputExceeded
// for an on-demand index held at its partition limit), and a Throttled event names the index.
// An empty queue always takes one write, however large.
#pragma once

#include "api/engine_state.h"
#include "index/index_writes.h"

#include <optional>

namespace ddb {

// The lag of one update (ms), from the index generator.
int64_t DrawPropagationLag(Rng& rng);

// Refuses the base write when a partition `w` touches is backed up (see above).
Status CheckBackPressure(EngineState& s, Table& t, SecondaryIndex& index, const PrimaryKey& base, const IndexWrite& w);

// Queues one update (put: nullopt removes the entry) for the partition owning key.hash.
void EnqueueIndexUpdate(EngineState& s, Table& t, SecondaryIndex& index, IndexKey key,
                        std::optional<IndexEntry> put, int64_t units, int base_partition);

// Schedules the drain of a partition whose queue was just rebuilt (a split of the index hands
// each child its share of the parent's queue): at its head's ready time, or now.
void ResumeDrain(EngineState& s, Table& t, SecondaryIndex& index, size_t partition);

}  // namespace ddb
