// One second of a set of partitions (a table's, or a GSI's own) into their metric history: what
// the table clock and the index clock both record, so a GSI's partitions have the same per-second
// series as a table's (DescribeMetrics with IndexName).
#pragma once

#include "capacity/metric_history.h"
#include "storage/table.h"

#include <cstdint>
#include <vector>

namespace ddb {

// Each partition's sample goes into its ring (by id) and is added into *total (consumed,
// throttled, burst); the caller sets total's provisioned figures and counts. on_demand: a
// partition's "provisioned" is its ceiling. Rings of partitions that split longer ago than the
// partition window are dropped.
void RecordPartitionsSecond(const std::vector<Partition>& partitions, int64_t second, bool on_demand,
                            PartitionHistory* history, MetricSample* total);

}  // namespace ddb
