// The DynamoDB Streams wire shapes of records and shards (API reference: Record, StreamRecord,
// Shard, SequenceNumberRange).
#pragma once

#include "api/engine_state.h"

namespace ddb {

// Region in records and ARNs, the same one the table ARNs name.
inline constexpr const char* kStreamRegion = "ddbviz-local";

json StreamRecordJson(const Stream& stream, const StreamRecord& r);
json ShardJson(const Shard& shard);

}  // namespace ddb
