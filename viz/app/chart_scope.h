// What the capacity charts show: the table or one of its global secondary indexes (a GSI has
// throughput and partitions of its own, so it keeps its own series), whole or one partition.
// Local indexes share the table's partitions and capacity, so they are never a scope of their own.
#pragma once

#include "ddb/engine.h"

#include <string>
#include <vector>

namespace ddb::viz {

struct ChartScope {
  std::string index;   // a GSI's name; empty: the table
  int partition = -1;  // -1: the whole table or index, else a partition id of it
  friend bool operator==(const ChartScope&, const ChartScope&) = default;
};

// "Whole table", "Partition 3", "GSI ByDevice", "ByDevice · partition 1".
std::string ChartScopeLabel(const ChartScope& scope);
// Every scope `table` offers, in menu order: the table and its partitions, then each GSI and its
// partitions.
std::vector<ChartScope> ChartScopes(const TableSnapshot& table);
// The live partitions of the table (empty `index`) or of its GSI `index`; nullptr when it has no
// such GSI (deleted, never there, or a local index).
const std::vector<PartitionSnapshot>* ScopePartitions(const TableSnapshot& table, const std::string& index);
// Whether `scope` is still there: a partition that split and a deleted index are not.
bool ScopeExists(const TableSnapshot& table, const ChartScope& scope);

}  // namespace ddb::viz
