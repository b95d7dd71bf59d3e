#include "capacity/splits.h"

#include "stream/stream_shards.h"

#include <cstdio>
#include <string>

namespace ddb {
namespace {

constexpr int64_t kSplitMinMs = 2 * 60 * 1000;
constexpr int64_t kSplitMaxMs = 5 * 60 * 1000;

std::string Percent(double share) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", share * 100);
  return buf;
}

std::string HexHash(uint64_t h) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

void Refuse(EngineState& s, Table& t, Partition& p, std::string why) {
  p.note = "split refused: " + why;
  if (p.refusal_reported) return;  // once per hot spell
  p.refusal_reported = true;
  s.Emit(EventKind::kSplitRefused, t.def().name, p.id, 0, 0, 0, why);
}

void StartSplit(EngineState& s, Table& t, Partition& p, uint64_t split_hash, std::string why) {
  p.splitting = true;
  p.note = "splitting " + why;
  s.Emit(EventKind::kSplitStarted, t.def().name, p.id, split_hash, 0, 0, why);
  const int64_t duration = s.capacity_rng.Between(kSplitMinMs, kSplitMaxMs);
  const std::string table = t.def().name;
  const int id = p.id;
  s.scheduler.After(duration, [&s, table, id, split_hash] {
    auto it = s.tables.find(table);
    if (it == s.tables.end()) return;
    Table& target = *it->second;
    const int index = target.PartitionIndexById(id);
    if (index < 0) return;
    const Partition& parent = target.partitions()[static_cast<size_t>(index)];
    if (split_hash <= parent.hash_lo || split_hash > parent.hash_hi) return;
    const size_t lower = target.SplitPartition(static_cast<size_t>(index), split_hash);
    const auto& parts = target.partitions();
    s.Emit(EventKind::kPartitionSplit, table, id, split_hash, 0, 0,
           "into " + std::to_string(parts[lower].id) + " and " + std::to_string(parts[lower + 1].id) + " at " +
               HexHash(split_hash));
    SyncShardsWithPartitions(s, target);  // [stream] the parent's shard closes, one child per child partition
  });
}

}  // namespace

void ConsiderSplit(EngineState& s, Table& t, size_t index) {
  Partition& p = t.mutable_partitions()[index];
  if (p.splitting) return;

  if (p.size_bytes > t.def().profile->partition_bytes) {
    uint64_t split_hash = 0;
    if (!t.MedianByBytes(index, &split_hash)) {
      Refuse(s, t, p, "its data is one item collection (ddbviz splits between partition keys only)");
      return;
    }
    StartSplit(s, t, p, split_hash, "by size: " + std::to_string(p.size_bytes) + " bytes is over the " +
                                        std::to_string(t.def().profile->partition_bytes) + "-byte partition limit");
    return;
  }

  const double read_demand = p.read.consumed_last_second() + p.read.throttled_units_last_second();
  const double write_demand = p.write.consumed_last_second() + p.write.throttled_units_last_second();
  const bool hot = read_demand >= kHotFraction * p.read.ceiling() || write_demand >= kHotFraction * p.write.ceiling();
  if (!hot) {
    if (p.hot_seconds > 0) p.heat.Reset(p.hash_lo, p.hash_hi);
    p.hot_seconds = 0;
    p.refusal_reported = false;
    return;
  }
  if (++p.hot_seconds < kHotSecondsBeforeSplit) return;

  uint64_t hot_key = 0;
  const double top_share = p.heat.TopKeyShare(&hot_key);
  if (top_share > kSingleKeyShare) {
    Refuse(s, t, p, "one partition key (hash " + HexHash(hot_key) + ") carries " + Percent(top_share) +
                        " of the traffic; splitting cannot spread a single key");
    return;
  }
  uint64_t split_hash = 0;
  double lower_share = 0;
  if (!p.heat.BalancedSplitPoint(&split_hash, &lower_share)) {
    Refuse(s, t, p, "its traffic is concentrated on too few keys to divide");
    return;
  }
  StartSplit(s, t, p, split_hash, "for heat: " + Percent(lower_share) + " / " + Percent(1 - lower_share) +
                                      " of the recent traffic on each side");
}

}  // namespace ddb
