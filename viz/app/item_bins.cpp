#include "app/item_bins.h"

#include <algorithm>

namespace ddb::viz {

int HashColumn(uint64_t hash, int columns) {
  if (columns <= 0) return 0;
  // The top 32 bits are plenty to choose among a few thousand columns and keep this exact.
  uint64_t top = hash >> 32;
  return static_cast<int>((top * static_cast<uint64_t>(columns)) >> 32);
}

ItemBins BinItems(const std::vector<ItemPoint>& items, int columns) {
  ItemBins bins;
  if (columns <= 0) return bins;
  bins.counts.assign(static_cast<size_t>(columns), 0);
  bins.partitions.assign(static_cast<size_t>(columns), -1);
  for (const ItemPoint& item : items) {
    auto c = static_cast<size_t>(HashColumn(item.key_hash, columns));
    ++bins.counts[c];
    bins.partitions[c] = item.partition;
  }
  for (uint32_t n : bins.counts) bins.max_count = std::max(bins.max_count, n);
  return bins;
}

std::vector<float> ScaleBinsToPartitions(const ItemBins& bins, const std::vector<PartitionSnapshot>& partitions) {
  const int columns = static_cast<int>(bins.counts.size());
  std::vector<float> out(bins.counts.size(), 0.0f);
  for (const PartitionSnapshot& p : partitions) {
    int c0 = HashColumn(p.hash_lo, columns);
    int c1 = HashColumn(p.hash_hi, columns);
    // A column belongs to the partition holding its start, except the partition's own first one.
    if (p.hash_lo != 0 && HashColumn(p.hash_lo - 1, columns) == c0 && c0 < c1) ++c0;
    if (c0 > c1) continue;
    uint64_t sampled = 0;
    for (int c = c0; c <= c1; ++c) sampled += bins.counts[static_cast<size_t>(c)];
    auto live = static_cast<double>(p.item_count);
    for (int c = c0; c <= c1; ++c) {
      auto n = static_cast<double>(bins.counts[static_cast<size_t>(c)]);
      double v = sampled > 0 ? n * live / static_cast<double>(sampled) : live / (c1 - c0 + 1);
      out[static_cast<size_t>(c)] = static_cast<float>(v);
    }
  }
  return out;
}

}  // namespace ddb::viz
