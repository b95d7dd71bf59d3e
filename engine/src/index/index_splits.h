// Splits of a global secondary index's own partitions (dynamodb-model §6.5: adaptive capacity
// applies to GSIs too). The triggers are the table's (capacity/splits.h): size over the
// profile's partition limit, or 5 minutes at 80 % of a partition ceiling. Simulation choice: a
// GSI partition divides only between index partition-key values, never inside one (the index
// keeps no per-request sample of its sort keys), so a GSI whose traffic goes to one value, the
// classic low-cardinality index key, cannot be relieved by a split, and its note says so.
#pragma once

#include "api/engine_state.h"
#include "index/secondary_index.h"

namespace ddb {

// Called once a second per GSI partition by the index clock (index_lifecycle.cpp); schedules a
// split (it completes 2-5 virtual minutes later) or notes why there is none.
void ConsiderIndexSplit(EngineState& s, Table& t, SecondaryIndex& index, size_t partition);

// After the index's provisioned throughput changed: while its partitions cannot serve it
// (PartitionsForIndex), every partition splits at the middle of its hash range, doubling the
// count (dynamodb-model §6.2), then the lanes take their new shares. Partitions never merge.
void GrowIndexPartitionsForThroughput(EngineState& s, Table& t, SecondaryIndex& index);

}  // namespace ddb
