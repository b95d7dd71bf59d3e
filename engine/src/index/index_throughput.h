// A global index's own throughput (dynamodb-model §7): its partitions are laid out from the
// index's provisioned RCU/WCU with the table's formula, and each partition gets a read and a write
// lane (capacity/throughput_lane.h) like a table partition. Local indexes use the table's.
#pragma once

#include "index/secondary_index.h"

namespace ddb {

// ceil(RCU/3000 + WCU/1000) against the profile's partition limits, at least 1; 4 for an on-demand
// index, like an on-demand table (simulation choice 2).
int PartitionsForIndex(const IndexDefinition& index, const TableDefinition& table);

// Gives every partition of a GSI its lanes: its share of the index's provisioned throughput (none
// for on-demand) under the profile's partition ceilings. `reset` refills the buckets.
void ConfigureIndexThroughput(SecondaryIndex& index, const TableDefinition& table, int64_t now_ms, bool reset);

}  // namespace ddb
