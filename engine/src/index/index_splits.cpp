#include "index/index_splits.h"

#include "capacity/splits.h"
#include "capacity/throughput_config.h"
#include "index/index_lifecycle.h"
#include "index/index_propagation.h"
#include "index/index_throughput.h"

#include <string>

namespace ddb {
namespace {

void Refuse(EngineState& s, const Table& t, const SecondaryIndex& index, Partition& p, const std::string& why) {
  NoteRefusedSplit(s, t.def().name, index.def().name, p, why);
}

void StartSplit(EngineState& s, const Table& t, const SecondaryIndex& index, Partition& p, uint64_t split_hash,
                const std::string& why) {
  p.splitting = true;
  p.note = "splitting " + why;
  s.EmitForIndex(EventKind::kSplitStarted, t.def().name, index.def().name, p.id, split_hash, 0, 0, why);
  const int64_t duration = s.capacity_rng.Between(kSplitMinMs, kSplitMaxMs);
  const int id = p.id;
  AfterForIndex(s, t, index, duration, [&s, id, split_hash](Table& live, SecondaryIndex& found) {
    const int place = found.PartitionIndexById(id);
    if (place < 0) return;
    Partition& parent = found.partitions()[static_cast<size_t>(place)];
    if (split_hash <= parent.hash_lo || split_hash > parent.hash_hi) {
      parent.splitting = false;  // cannot happen while the partition is unchanged; never left splitting
      return;
    }
    const size_t lower = found.SplitPartition(static_cast<size_t>(place), split_hash);
    ResumeDrain(s, live, found, lower);
    ResumeDrain(s, live, found, lower + 1);
    const auto& parts = found.partitions();
    s.EmitForIndex(EventKind::kPartitionSplit, live.def().name, found.def().name, id, split_hash, 0, 0,
                   "into " + std::to_string(parts[lower].id) + " and " + std::to_string(parts[lower + 1].id) +
                       " at " + HashText(split_hash));
  });
}

}  // namespace

void ConsiderIndexSplit(EngineState& s, Table& t, SecondaryIndex& index, size_t partition) {
  Partition& p = index.partitions()[partition];
  if (p.splitting) return;

  const uint64_t limit = t.def().profile->partition_bytes;
  if (p.size_bytes > limit) {
    uint64_t split_hash = 0;
    if (!index.MedianByBytes(partition, &split_hash)) {
      Refuse(s, t, index, p, "its entries all have one index partition-key value, which a GSI partition keeps together");
      return;
    }
    StartSplit(s, t, index, p, split_hash,
               "by size: " + std::to_string(p.size_bytes) + " bytes is over the " + std::to_string(limit) +
                   "-byte partition limit");
    return;
  }

  // Write demand is what reached the partition (propagation lag bunches the updates it applies
  // into uneven seconds), plus what back-pressure refused.
  const IndexPartitionQueue& q = index.queues()[partition];
  const double write_demand = q.arrived_units_last_second + p.write.throttled_units_last_second();
  if (!HotLongEnough(p, ReadDemand(p), write_demand)) return;
  uint64_t hot_key = 0;
  const double top_share = p.heat.TopKeyShare(&hot_key);
  if (top_share > kSingleKeyShare) {
    Refuse(s, t, index, p,
           "one index partition-key value (hash " + HashText(hot_key) + ") carries " + PercentText(top_share) +
               " of the traffic; a GSI partition keeps each value together, so splitting cannot spread it");
    return;
  }
  uint64_t split_hash = 0;
  double lower_share = 0;
  if (!p.heat.BalancedSplitPoint(&split_hash, &lower_share) || split_hash <= p.hash_lo || split_hash > p.hash_hi) {
    Refuse(s, t, index, p, "its traffic is concentrated on too few keys to divide");
    return;
  }
  StartSplit(s, t, index, p, split_hash,
             "for heat: " + PercentText(lower_share) + " / " + PercentText(1 - lower_share) +
                 " of the recent traffic on each side");
}

void GrowIndexPartitionsForThroughput(EngineState& s, Table& t, SecondaryIndex& index) {
  if (!index.global()) return;
  const int needed = PartitionsForIndex(index.def(), t.def());
  DoublePartitionsUntil(index.partitions(), needed, [&](size_t place, uint64_t middle) {
    if (index.partitions()[place].splitting) return false;  // a split already under way
    const int parent = index.partitions()[place].id;
    index.SplitPartition(place, middle);
    ResumeDrain(s, t, index, place);
    ResumeDrain(s, t, index, place + 1);
    s.EmitForIndex(EventKind::kPartitionSplit, t.def().name, index.def().name, parent, middle, 0, 0,
                   "split for provisioned throughput: " + std::to_string(needed) + " partitions needed");
    return true;
  });
  ConfigureIndexThroughput(index, t.def(), s.now_ms(), /*reset=*/false);
}

}  // namespace ddb
