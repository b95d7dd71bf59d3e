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

bool ScopeExists(const TableSnapshot& table, const ChartScope& scope) {
  const std::vector<ChartScope> scopes = ChartScopes(table);
  return std::find(scopes.begin(), scopes.end(), scope) != scopes.end();
}

}  // namespace ddb::viz
