#include "index/index_throughput.h"

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
  const ScaleProfile& profile = *table.profile;
  auto& parts = index.partitions();
  const double n = static_cast<double>(parts.size());
  const bool provisioned = table.billing == BillingMode::kProvisioned;
  const IndexDefinition& d = index.def();
  for (Partition& p : parts) {
    p.read.Configure(provisioned ? static_cast<double>(d.read_capacity) / n : 0, static_cast<double>(profile.partition_rcu));
    p.write.Configure(provisioned ? static_cast<double>(d.write_capacity) / n : 0, static_cast<double>(profile.partition_wcu));
    if (reset) {
      p.read.Reset(now_ms);
      p.write.Reset(now_ms);
    }
  }
}

}  // namespace ddb
