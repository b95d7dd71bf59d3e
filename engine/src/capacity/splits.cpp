#include "capacity/splits.h"

#include "api/json_out.h"
#include "stream/stream_shards.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace ddb {
namespace {

void Refuse(EngineState& s, Table& t, Partition& p, const std::string& why) {
  NoteRefusedSplit(s, t.def().name, "", p, why);
}

std::string ValueText(const AttributeValue& v) {
  std::string out;
  AppendValueText(v, out);
  return out;
}

// Where a split point lies, in words: a hash, or a sort key inside an item collection.
std::string PointText(const SplitPoint& at) {
  if (!at.key || !at.key->sort) return HashText(at.hash);
  return "sort key " + ValueText(*at.key->sort) + " of " + ValueText(at.key->partition);
}

void StartSplit(EngineState& s, Table& t, Partition& p, SplitPoint at, std::string why) {
  p.splitting = true;
  p.note = "splitting " + why;
  s.Emit(EventKind::kSplitStarted, t.def().name, p.id, at.hash, 0, 0, why);
  const int64_t duration = s.capacity_rng.Between(kSplitMinMs, kSplitMaxMs);
  const std::string table = t.def().name;
  const int id = p.id;
  s.scheduler.After(duration, [&s, table, id, at = std::move(at)] {
    auto it = s.tables.find(table);
    if (it == s.tables.end()) return;
    Table& target = *it->second;
    const int index = target.PartitionIndexById(id);
    if (index < 0) return;
    if (!target.Divides(static_cast<size_t>(index), at)) {
      target.mutable_partitions()[static_cast<size_t>(index)].splitting = false;  // never left splitting
      return;
    }
    const size_t lower = target.SplitPartition(static_cast<size_t>(index), at);
    const auto& parts = target.partitions();
    s.Emit(EventKind::kPartitionSplit, table, id, at.hash, 0, 0,
           "into " + std::to_string(parts[lower].id) + " and " + std::to_string(parts[lower + 1].id) + " at " +
               PointText(at));
    SyncShardsWithPartitions(s, target);  // [stream] the parent's shard closes, one child per child partition
  });
}

// A split inside the hot item collection of `hot_hash` (simulation choice 5): at the weighted
// median of the sort keys the sampled requests named. Returns why there is none, or "" with *at
// and *lower_share (of the collection's sampled traffic below the point) set.
std::string CollectionSplitPoint(const Table& t, size_t index, uint64_t hot_hash, SplitPoint* at, double* lower_share) {
  const auto& samples = t.partitions()[index].heat.samples();
  double all = 0;
  std::vector<const SampledAccess*> hot;
  for (const SampledAccess& a : samples) {
    all += a.units;
    if (a.hash == hot_hash) hot.push_back(&a);
  }
  if (hot.size() < kMinCollectionSamples) return "too few of its requests named an item to place a split inside it";
  // Time-ordered keys: when every request goes past the one before, the split would leave all new
  // traffic on its upper side.
  std::sort(hot.begin(), hot.end(), [](const SampledAccess* a, const SampledAccess* b) { return a->arrival < b->arrival; });
  bool ascending = true;
  for (size_t i = 1; i < hot.size() && ascending; ++i) ascending = CompareKeyValues(hot[i - 1]->sort, hot[i]->sort) < 0;
  if (ascending) {
    return "its requests go to ever higher sort keys (time-ordered keys); after a split all of them would still land "
           "on one side";
  }
  std::stable_sort(hot.begin(), hot.end(), [](const SampledAccess* a, const SampledAccess* b) {
    return CompareKeyValues(a->sort, b->sort) < 0;
  });
  double collection = 0, heaviest = 0;
  const SampledAccess* heaviest_item = hot.front();
  for (size_t i = 0; i < hot.size();) {
    size_t j = i;
    double weight = 0;
    for (; j < hot.size() && CompareKeyValues(hot[j]->sort, hot[i]->sort) == 0; ++j) weight += hot[j]->units;
    if (weight > heaviest) {
      heaviest = weight;
      heaviest_item = hot[i];
    }
    collection += weight;
    i = j;
  }
  if (heaviest > kSingleKeyShare * all) {
    return "one item (sort key " + ValueText(heaviest_item->sort) + ") carries " + PercentText(heaviest / all) +
           " of the sampled traffic; splitting cannot spread a single item";
  }
  // The boundary between distinct sort keys that divides the collection's traffic most evenly.
  double below = 0, best_gap = collection + 1;
  const SampledAccess* best = nullptr;
  for (size_t i = 0; i < hot.size(); ++i) {
    if (i > 0 && CompareKeyValues(hot[i - 1]->sort, hot[i]->sort) != 0) {
      const double gap = std::abs(2 * below - collection);
      if (gap < best_gap) {
        best_gap = gap;
        best = hot[i];
        *lower_share = below / collection;
      }
    }
    below += hot[i]->units;
  }
  if (!best) return "its requests named a single sort key";
  *at = SplitPoint{hot_hash, PrimaryKey{hot_hash, best->partition, best->sort}};
  if (!t.Divides(index, *at)) return "no sampled sort key lies inside its key range";
  return "";
}

}  // namespace

void NoteRefusedSplit(EngineState& s, std::string_view table, std::string_view index, Partition& p,
                      const std::string& why) {
  p.note = "split refused: " + why;
  if (p.refusal_reported) return;  // once per hot spell
  p.refusal_reported = true;
  s.EmitForIndex(EventKind::kSplitRefused, table, index, p.id, 0, 0, 0, why);
}

std::string PercentText(double share) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", share * 100);
  return buf;
}

std::string HashText(uint64_t h) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

double ReadDemand(const Partition& p) { return p.read.consumed_last_second() + p.read.throttled_units_last_second(); }
double WriteDemand(const Partition& p) { return p.write.consumed_last_second() + p.write.throttled_units_last_second(); }

bool HotLongEnough(Partition& p, double read_demand, double write_demand) {
  const bool hot = read_demand >= kHotFraction * p.read.ceiling() || write_demand >= kHotFraction * p.write.ceiling();
  if (!hot) {
    if (p.hot_seconds > 0) p.heat.Reset(p.hash_lo, p.hash_hi);
    p.hot_seconds = 0;
    p.refusal_reported = false;
    return false;
  }
  return ++p.hot_seconds >= kHotSecondsBeforeSplit;
}

void ConsiderSplit(EngineState& s, Table& t, size_t index) {
  Partition& p = t.mutable_partitions()[index];
  if (p.splitting) return;

  if (p.size_bytes > t.def().profile->partition_bytes) {
    SplitPoint at;
    if (!t.MedianByBytes(index, &at)) {
      Refuse(s, t, p, t.MaySplitCollections() ? "its data is a single item"
                                              : "its data is one item collection, which a table with a local "
                                                "secondary index keeps in one partition");
      return;
    }
    StartSplit(s, t, p, std::move(at), "by size: " + std::to_string(p.size_bytes) + " bytes is over the " +
                                        std::to_string(t.def().profile->partition_bytes) + "-byte partition limit");
    return;
  }

  if (!HotLongEnough(p, ReadDemand(p), WriteDemand(p))) return;

  uint64_t hot_key = 0;
  const double top_share = p.heat.TopKeyShare(&hot_key);
  if (top_share > kSingleKeyShare) {
    const std::string hot_key_text = "one partition key (hash " + HashText(hot_key) + ") carries " + PercentText(top_share) +
                            " of the traffic";
    if (!t.def().range_key) {
      Refuse(s, t, p, hot_key_text + "; splitting cannot spread a single key");
      return;
    }
    if (!t.MaySplitCollections()) {
      Refuse(s, t, p, hot_key_text + "; a table with a local secondary index keeps each item collection in one partition, "
                            "so splitting cannot spread it");
      return;
    }
    SplitPoint at;
    double lower_share = 0;
    if (std::string why_not = CollectionSplitPoint(t, index, hot_key, &at, &lower_share); !why_not.empty()) {
      Refuse(s, t, p, hot_key_text + "; " + why_not);
      return;
    }
    const std::string where = PointText(at);
    StartSplit(s, t, p, std::move(at), "for heat inside one item collection: " + PercentText(lower_share) + " / " +
                                           PercentText(1 - lower_share) + " of its sampled traffic on each side of " +
                                           where);
    return;
  }
  uint64_t split_hash = 0;
  double lower_share = 0;
  if (!p.heat.BalancedSplitPoint(&split_hash, &lower_share)) {
    Refuse(s, t, p, "its traffic is concentrated on too few keys to divide");
    return;
  }
  StartSplit(s, t, p, SplitPoint{split_hash, {}}, "for heat: " + PercentText(lower_share) + " / " + PercentText(1 - lower_share) +
                                      " of the recent traffic on each side");
}

}  // namespace ddb
