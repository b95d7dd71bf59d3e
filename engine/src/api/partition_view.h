// How one partition (of a table or of a GSI) is shown outside the engine: as a PartitionSnapshot for
// the viz, and as a DescribePartitions entry (a ddbviz extension) for scripts and tests. Tables and
// GSIs share these so both views always carry the same fields.
#pragma once

#include "ddb/engine.h"
#include "storage/table.h"

#include <nlohmann/json.hpp>

namespace ddb {

using nlohmann::json;

PartitionSnapshot SnapshotPartition(const Partition& p);

// The DescribePartitions entry: id, hash range (hex), data, status, lanes, lineage and note.
json PartitionJson(const Partition& p);

}  // namespace ddb
