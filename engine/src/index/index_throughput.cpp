#include "index/index_throughput.h"

#include "capacity/throughput_config.h"

#include <algorithm>

namespace ddb {

int PartitionsForIndex(const IndexDefinition& index, const TableDefinition& table) {
  if (table.billing == BillingMode::kPayPerRequest) return 4;
  const ScaleProfile& p = *table.profile;
  const int64_t num = index.read_capacity * p.partition_wcu + index.write_capacity * p.partition_rcu;
  const int64_t den = p.partition_rcu * p.partition_wcu;
  return static_cast<int>(std::max<int64_t>(1, (num + den - 1) / den));
}

void ConfigureIndexThroughput(SecondaryIndex& index, const TableDefinition& table, int64_t now_ms, bool reset) {
  const IndexDefinition& d = index.def();
  ConfigurePartitionLanes(index.partitions(), *table.profile, table.billing == BillingMode::kProvisioned,
                          d.read_capacity, d.write_capacity, now_ms, reset);
}

}  // namespace ddb
