// Read-only views of a table's indexes for the viz and tests (ddb/engine.h IndexSnapshot).
#pragma once

#include "api/engine_state.h"
#include "api/request.h"
#include "ddb/engine.h"
#include "index/secondary_index.h"
#include "storage/table.h"

#include <string>
#include <string_view>

namespace ddb {

inline constexpr size_t kMaxIndexUpdatesShown = 512;

// Fills out->indexes and out->index_updates_in_flight: at most kMaxIndexUpdatesShown updates, the
// oldest of each GSI partition's queue taken in turn, so every backed-up partition shows some.
void SnapshotIndexes(const Table& t, TableSnapshot* out);

// The global index `index_name` of t, for a ddbviz extension that describes a GSI's own
// partitions. A ValidationException when there is none, and for a local index, which lives in
// the table's partitions: `instead` says where to look ("describe the table's partitions").
Result<const SecondaryIndex*> FindOwnPartitionsIndex(const Table& t, const std::string& index_name,
                                                     std::string_view instead);

// DescribePartitions with IndexName (a ddbviz extension): a GSI's own partitions, in the shape of
// the table's. A local index lives in the table's partitions, so it has none of its own.
Result<json> DescribeIndexPartitions(EngineState& s, const RequestView& v);

}  // namespace ddb
