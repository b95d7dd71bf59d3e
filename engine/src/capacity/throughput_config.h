// How a table's throughput is spread over its partitions, at creation and whenever UpdateTable
// changes the capacity or the billing mode (dynamodb-model §5.3-5.5, §6.2).
#pragma once

#include "api/engine_state.h"

#include <vector>

namespace ddb {

// Partitions needed for the provisioned throughput: ceil(RCU/3000 + WCU/1000) against the
// profile's per-partition limits (the documented formula); 4 for on-demand tables, the layout of
// their documented 12,000 RRU / 4,000 WRU start (simulation choice 2).
int PartitionsForThroughput(const TableDefinition& d);

// Gives every partition its lanes: provisioned tables split RCU/WCU evenly over the partitions,
// on-demand tables are limited by the partition ceilings and the table's allowance. `reset`
// refills the buckets (a new table).
void ConfigureThroughput(Table& t, int64_t now_ms, bool reset);

// The lanes alone, for a table's or a GSI's partitions: provisioned units split evenly (none on
// demand) under the profile's per-partition ceilings; `reset` refills the buckets and forgets the heat.
void ConfigurePartitionLanes(std::vector<Partition>& parts, const ScaleProfile& profile, bool provisioned,
                             int64_t read_capacity, int64_t write_capacity, int64_t now_ms, bool reset);

// After a provisioned-throughput increase: while the partitions cannot serve it, every partition
// splits at its middle (the documented doubling, e.g. 4 -> 8), then the throughput is spread again.
void GrowPartitionsForThroughput(EngineState& s, Table& t);

// The doubling itself, for a table's or a GSI's partitions: round after round, every partition of
// `parts` is halved at the middle of its hash range until there are `needed`. split(place,
// middle) splits the partition at `place` (its children then sit at place and place + 1) and
// returns false when it cannot; a partition of a single hash is never offered.
template <typename Split>
void DoublePartitionsUntil(std::vector<Partition>& parts, int needed, Split split) {
  while (static_cast<int>(parts.size()) < needed) {
    const size_t before = parts.size();
    size_t place = 0;
    for (size_t i = 0; i < before; ++i) {
      const Partition& p = parts[place];
      const uint64_t middle = p.hash_lo + (p.hash_hi - p.hash_lo) / 2 + 1;
      place += p.hash_hi != p.hash_lo && split(place, middle) ? 2 : 1;
    }
    if (parts.size() == before) break;  // nothing left to halve
  }
}

// The on-demand baseline: what a new on-demand table serves instantly (12,000 RRU / 4,000 WRU
// under the real profile: 4 partitions at their limits).
double OnDemandBaseline(const ScaleProfile& p, bool read);

// What an on-demand table serves instantly: twice the previous peak, at least the new-table
// baseline, and never more than its OnDemandThroughput maximum when one is set.
double OnDemandCeiling(const Table& t, bool read);
// Whether the OnDemandThroughput maximum, not the instant capacity, is what limits the table.
bool OnDemandCapBinds(const Table& t, bool read);

}  // namespace ddb
