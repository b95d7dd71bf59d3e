#include "capacity/throughput_config.h"

#include "stream/stream_shards.h"

#include <algorithm>
#include <string>

namespace ddb {

int PartitionsForThroughput(const TableDefinition& d) {
  if (d.billing == BillingMode::kPayPerRequest) return 4;
  const ScaleProfile& p = *d.profile;
  // ceil(r/pr + w/pw) computed exactly in integers: ceil((r*pw + w*pr) / (pr*pw)).
  const int64_t num = d.read_capacity * p.partition_wcu + d.write_capacity * p.partition_rcu;
  const int64_t den = p.partition_rcu * p.partition_wcu;
  return static_cast<int>(std::max<int64_t>(1, (num + den - 1) / den));
}

double OnDemandBaseline(const ScaleProfile& p, bool read) {
  return 4.0 * static_cast<double>(read ? p.partition_rcu : p.partition_wcu);
}

namespace {

double InstantOnDemand(const Table& t, bool read) {
  const double peak = read ? t.capacity().peak_read : t.capacity().peak_write;
  return std::max(2 * peak, OnDemandBaseline(*t.def().profile, read));
}

int64_t OnDemandCap(const Table& t, bool read) {
  return read ? t.def().max_read_request_units : t.def().max_write_request_units;
}

}  // namespace

double OnDemandCeiling(const Table& t, bool read) {
  const int64_t cap = OnDemandCap(t, read);
  const double instant = InstantOnDemand(t, read);
  return cap > 0 ? std::min(instant, static_cast<double>(cap)) : instant;
}

bool OnDemandCapBinds(const Table& t, bool read) {
  const int64_t cap = OnDemandCap(t, read);
  return cap > 0 && static_cast<double>(cap) <= InstantOnDemand(t, read);
}

void ConfigurePartitionLanes(std::vector<Partition>& parts, const ScaleProfile& profile, bool provisioned,
                             int64_t read_capacity, int64_t write_capacity, int64_t now_ms, bool reset) {
  const double n = static_cast<double>(parts.size());
  for (Partition& p : parts) {
    p.read.Configure(provisioned ? static_cast<double>(read_capacity) / n : 0, static_cast<double>(profile.partition_rcu));
    p.write.Configure(provisioned ? static_cast<double>(write_capacity) / n : 0, static_cast<double>(profile.partition_wcu));
    if (reset) {
      p.read.Reset(now_ms);
      p.write.Reset(now_ms);
      p.heat.Reset(p.hash_lo, p.hash_hi);
    }
  }
}

void ConfigureThroughput(Table& t, int64_t now_ms, bool reset) {
  const TableDefinition& d = t.def();
  const ScaleProfile& profile = *d.profile;
  ConfigurePartitionLanes(t.mutable_partitions(), profile, d.billing == BillingMode::kProvisioned, d.read_capacity,
                          d.write_capacity, now_ms, reset);
  TableCapacity& c = t.capacity();
  c.on_demand_read.Configure(0, OnDemandCeiling(t, true));
  c.on_demand_write.Configure(0, OnDemandCeiling(t, false));
  if (reset) {
    c.on_demand_read.Reset(now_ms);
    c.on_demand_write.Reset(now_ms);
  }
}

void GrowPartitionsForThroughput(EngineState& s, Table& t) {
  const int needed = PartitionsForThroughput(t.def());
  auto& parts = t.mutable_partitions();
  DoublePartitionsUntil(parts, needed, [&](size_t place, uint64_t middle_hash) {
    const SplitPoint middle{middle_hash, {}};
    if (!t.Divides(place, middle)) return false;  // part of an item collection
    const int parent = parts[place].id;
    t.SplitPartition(place, middle);
    s.Emit(EventKind::kPartitionSplit, t.def().name, parent, 0, 0, 0,
           "split for provisioned throughput: " + std::to_string(parts.size()) + " partitions needed " +
               std::to_string(needed));
    return true;
  });
  SyncShardsWithPartitions(s, t);  // [stream] split partitions get child shards
  ConfigureThroughput(t, s.now_ms(), false);
}

}  // namespace ddb
