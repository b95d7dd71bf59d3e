// What a base-table write does to the table's indexes, what it costs, whether the indexes can
// take it, and applying it (dynamodb-model §5.2 "Secondary-index writes", Developer Guide
// "Provisioned throughput considerations" for global and local secondary indexes).
//
// Per index: 0 writes when the item is in the index neither before nor after (or its entry is
// unchanged); 1 write to add it, to remove it, or to rewrite its projected attributes; 2 writes
// (delete + put) when its index key value changes. Each write is sized by the index entry
// (projected attributes with the keys) rounded up to 1 KB; a rewrite by the larger of the old and
// new entry, like a table write. LSI writes consume the table's write capacity, GSI writes the
// index's. ConsumedCapacity's total includes every index.
#pragma once

#include "api/engine_state.h"
#include "index/secondary_index.h"

#include <optional>
#include <vector>

namespace ddb {

struct IndexWrite {
  SecondaryIndex* index = nullptr;
  std::optional<IndexKey> remove;  // the old entry to delete
  int64_t remove_units = 0;
  std::optional<IndexKey> put_key;  // the entry to write
  IndexEntry put;
  int64_t put_units = 0;
  int64_t units() const { return remove_units + put_units; }
};

struct IndexWritePlan {
  std::vector<IndexWrite> writes;
  int64_t local_units = 0, global_units = 0;
  int64_t collection_delta = 0;  // bytes the item collection changes by (tables with an LSI)
};

// The plan of a write of `new_item` (nullptr: a delete) over `old_item` (nullptr: none), sized
// `new_size` and `old_size`. Empty for a table without indexes.
IndexWritePlan PlanIndexWrites(Table& t, const PrimaryKey& key, const Item* old_item, uint64_t old_size,
                               const Item* new_item, uint64_t new_size);

// Whether the indexes can take the plan: GSI back-pressure (index_propagation.h) and the 10 GB
// item collection limit of tables with an LSI (dynamodb-model §6.8: writes that grow a
// collection past the profile's partition size fail with ItemCollectionSizeLimitExceededException;
// writes that shrink it are allowed).
Status AdmitIndexWrites(EngineState& s, Table& t, const PrimaryKey& key, const IndexWritePlan& plan);

// Records the request's per-index consumption (s.index_charges) for ReturnConsumedCapacity.
void RecordIndexWriteCharges(EngineState& s, const Table& t, int64_t table_units, const IndexWritePlan& plan);

// Applies the plan once the base write is admitted: LSI entries change now, with the item; GSI
// updates are queued to their index partitions. `base_partition`: id of the item's partition.
void ApplyIndexWrites(EngineState& s, Table& t, const PrimaryKey& key, IndexWritePlan& plan, int base_partition);

// ReturnItemCollectionMetrics=SIZE (tables with an LSI): {"ItemCollectionKey": {pk: value},
// "SizeEstimateRangeGB": [lower, upper]}; null for a table without an LSI.
json ItemCollectionMetricsJson(const Table& t, const PrimaryKey& key);

}  // namespace ddb
