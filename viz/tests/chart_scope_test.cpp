#include "app/chart_scope.h"

#include <catch2/catch.hpp>

namespace ddb::viz {
namespace {

PartitionSnapshot Part(int id) {
  PartitionSnapshot p;
  p.id = id;
  return p;
}

TableSnapshot TableWithIndexes() {
  TableSnapshot t;
  t.partitions = {Part(1), Part(2)};
  IndexSnapshot gsi;
  gsi.name = "ByDevice";
  gsi.kind = "GSI";
  gsi.partitions = {Part(0)};
  IndexSnapshot lsi;
  lsi.name = "ByTime";
  lsi.kind = "LSI";
  t.indexes = {lsi, gsi};
  return t;
}

TEST_CASE("Chart scopes list the table, its partitions, then each GSI and its partitions; never an LSI",
          "[viz][chart_scope]") {
  const std::vector<ChartScope> scopes = ChartScopes(TableWithIndexes());
  const std::vector<ChartScope> expected = {{"", -1}, {"", 1}, {"", 2}, {"ByDevice", -1}, {"ByDevice", 0}};
  CHECK(scopes == expected);
  CHECK(ChartScopeLabel(scopes[0]) == "Whole table");
  CHECK(ChartScopeLabel(scopes[2]) == "Partition 2");
  CHECK(ChartScopeLabel(scopes[3]) == "GSI ByDevice");
  CHECK(ChartScopeLabel(scopes[4]) == "ByDevice \xC2\xB7 partition 0");
}

TEST_CASE("A scope whose partition split or whose index was deleted no longer exists", "[viz][chart_scope]") {
  TableSnapshot t = TableWithIndexes();
  CHECK(ScopeExists(t, {"ByDevice", 0}));
  CHECK_FALSE(ScopeExists(t, {"ByDevice", 1}));  // the index never had partition 1
  CHECK_FALSE(ScopeExists(t, {"", 0}));          // table partition 0 split into 1 and 2
  CHECK_FALSE(ScopeExists(t, {"ByTime", -1}));   // a local index has no charts of its own
  t.indexes.pop_back();                          // ByDevice deleted
  CHECK_FALSE(ScopeExists(t, {"ByDevice", -1}));
}

}  // namespace
}  // namespace ddb::viz
