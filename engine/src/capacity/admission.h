// Admission control: every data-plane request is charged against the buckets of the partitions
// it touches (and, for on-demand tables, the table's allowance) before it takes effect. A
// request that does not fit is refused whole with DynamoDB's throttling error and its
// ThrottlingReasons, recorded as a Throttled event naming the partition and the reason; a request
// that fits consumes its units and leaves a trace in the partitions' heat trackers.
#pragma once

#include "api/engine_state.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace ddb {

enum class Direction : uint8_t { kRead, kWrite };

struct PartitionCharge {
  size_t partition_index = 0;
  double units = 0;       // RCU or WCU
  uint64_t key_hash = 0;  // where in the partition (0 when spread, e.g. a Scan page)
  PrimaryKeyRef item;     // the one item the request named, if any (for a split by sort key)
};

// Charges all of `charges` or none of them.
Status Charge(EngineState& s, Table& t, Direction direction, const PartitionCharge* charges, size_t count);

// DynamoDB's throttling error: ThrottlingException on an on-demand table (one message for tables
// and indexes), ProvisionedThroughputExceededException with `provisioned_message` otherwise (the
// table's and an index's differ), with ThrottlingReasons naming the reason and the resource ARN.
ApiError ThroughputExceeded(bool on_demand, const char* provisioned_message, const std::string& reason,
                            const std::string& resource_arn);

// A request on the item `key`, charged to the partition at `partition_index`, which owns it (for
// a caller that has already looked it up).
inline Status ChargeOneAt(EngineState& s, Table& t, Direction direction, size_t partition_index,
                          const PrimaryKeyRef& key, double units) {
  const PartitionCharge c{partition_index, units, key.hash, key};
  return Charge(s, t, direction, &c, 1);
}
// A request on the item `key`, charged to the partition that owns it.
inline Status ChargeOne(EngineState& s, Table& t, Direction direction, const PrimaryKeyRef& key, double units) {
  return ChargeOneAt(s, t, direction, t.PartitionIndexFor(key), key, units);
}
inline Status ChargeOne(EngineState& s, Table& t, Direction direction, const PrimaryKey& key, double units) {
  return ChargeOne(s, t, direction, RefOf(key), units);
}
// A request somewhere in the item collection of `key_hash`, charged where that collection begins.
inline Status ChargeOne(EngineState& s, Table& t, Direction direction, uint64_t key_hash, double units) {
  const PartitionCharge c{t.PartitionIndexFor(key_hash), units, key_hash, {}};
  return Charge(s, t, direction, &c, 1);
}

}  // namespace ddb
