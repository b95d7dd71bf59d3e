// The ConsumedCapacity member of responses (dynamodb-model §3.7): absent for NONE, the total for
// TOTAL, plus the per-table breakdown for INDEXES. Reads are tracked in half units.
#pragma once

#include "api/request.h"
#include "ddb/requests.h"
#include "index/index_charges.h"

#include <string>

namespace ddb {

enum class CapacityDetail { kNone, kTotal, kIndexes };


// Parses ReturnConsumedCapacity (NONE | TOTAL | INDEXES).
Result<CapacityDetail> ReadCapacityDetail(const RequestView& v);

// Adds "ConsumedCapacity" to `response` unless detail is kNone.
// `indexes` (optional): the per-index split of `c` for INDEXES (Table, LocalSecondaryIndexes,
// GlobalSecondaryIndexes); without it, or when it is unused, everything is the table's.
void AddConsumedCapacity(json& response, CapacityDetail detail, const std::string& table, const Consumed& c,
                         const IndexCharges* indexes = nullptr);
json ConsumedCapacityJson(CapacityDetail detail, const std::string& table, const Consumed& c,
                          const IndexCharges* indexes = nullptr);

}  // namespace ddb
