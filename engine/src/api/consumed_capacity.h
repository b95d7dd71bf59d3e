// The ConsumedCapacity member of responses (dynamodb-model §3.7): absent for NONE, the total for
// TOTAL, plus the per-table breakdown for INDEXES. Reads are tracked in half units.
#pragma once

#include "api/request.h"
#include "ddb/requests.h"

#include <string>

namespace ddb {

enum class CapacityDetail { kNone, kTotal, kIndexes };


// Parses ReturnConsumedCapacity (NONE | TOTAL | INDEXES).
Result<CapacityDetail> ReadCapacityDetail(const RequestView& v);

// Adds "ConsumedCapacity" to `response` unless detail is kNone.
void AddConsumedCapacity(json& response, CapacityDetail detail, const std::string& table, const Consumed& c);
json ConsumedCapacityJson(CapacityDetail detail, const std::string& table, const Consumed& c);

}  // namespace ddb
