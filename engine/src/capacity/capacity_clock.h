// The once-a-second work of a table's capacity model, on the virtual clock: close the second's
// metrics, lend adaptive capacity for the next second, track the on-demand peak, and consider
// splits. Started when a table is created; stops by itself when the table is gone.
#pragma once

#include "api/engine_state.h"

#include <string>

namespace ddb {

void StartCapacityClock(EngineState& s, const std::string& table_name);

// Adaptive capacity (simulation choice 7, instant since 2019): the table's unused provisioned
// capacity of the last second is lent to partitions whose demand exceeded their share, in
// proportion to the excess, never above a partition's limit. Exposed for tests.
void LendAdaptiveCapacity(std::vector<Partition>& parts, double table_capacity, bool reads);

}  // namespace ddb
