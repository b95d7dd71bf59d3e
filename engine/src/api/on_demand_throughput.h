// OnDemandThroughput (API reference, CreateTable/UpdateTable; dynamodb-model §5.4): an on-demand
// table's optional maximum of read and write request units per second. Requests above it are
// throttled with the TableReadMaxOnDemandThroughputExceeded / TableWriteMaxOnDemandThroughputExceeded
// reasons, even when the table could serve them instantly.
#pragma once

#include "api/request.h"
#include "storage/table.h"

namespace ddb {

// Reads OnDemandThroughput {MaxReadRequestUnits, MaxWriteRequestUnits} into *d: each at least 1,
// or -1 to remove the cap; a member left out keeps its value. Only for PAY_PER_REQUEST tables
// (the billing mode *d already has). `*present` tells whether the member was given.
Status ReadOnDemandThroughput(const RequestView& v, TableDefinition* d, bool* present);

// DescribeTable's OnDemandThroughput, shown for on-demand tables (-1 where there is no cap).
void AddOnDemandThroughput(const TableDefinition& d, json* description);

}  // namespace ddb
