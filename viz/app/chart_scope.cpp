#include "app/chart_scope.h"

#include <algorithm>

namespace ddb::viz {

std::string ChartScopeLabel(const ChartScope& scope) {
  if (scope.index.empty()) {
    return scope.partition < 0 ? "Whole table" : "Partition " + std::to_string(scope.partition);
  }
  if (scope.partition < 0) return "GSI " + scope.index;
  return scope.index + " \xC2\xB7 partition " + std::to_string(scope.partition);  // a middle dot
}

std::vector<ChartScope> ChartScopes(const TableSnapshot& table) {
  std::vector<ChartScope> scopes{{}};
  for (const PartitionSnapshot& p : table.partitions) scopes.push_back({{}, p.id});
  for (const IndexSnapshot& index : table.indexes) {
    if (index.kind != "GSI") continue;
    scopes.push_back({index.name, -1});
    for (const PartitionSnapshot& p : index.partitions) scopes.push_back({index.name, p.id});
  }
  return scopes;
}

const std::vector<PartitionSnapshot>* ScopePartitions(const TableSnapshot& table, const std::string& index) {
  if (index.empty()) return &table.partitions;
  for (const IndexSnapshot& i : table.indexes) {
    if (i.kind == "GSI" && i.name == index) return &i.partitions;
  }
  return nullptr;
}

bool ScopeExists(const TableSnapshot& table, const ChartScope& scope) {
  // Checked every frame: looked up directly rather than by listing every scope.
  const std::vector<PartitionSnapshot>* partitions = ScopePartitions(table, scope.index);
  if (!partitions) return false;
  return scope.partition < 0 || std::any_of(partitions->begin(), partitions->end(),
                                            [&](const PartitionSnapshot& p) { return p.id == scope.partition; });
}

}  // namespace ddb::viz
