// Item density for the partition map when a table holds too many items to draw one dot each:
// the key space is cut into one bin per pixel column and each bin counts the items whose hash
// falls in it. Drawing is then one bar per column, whatever the item count (1 million items bin
// in a few milliseconds).
//
// Fetching every item point is the expensive part (Engine::ItemPoints walks the whole table), so
// a large table is sampled rarely and the sample is kept live with the partitions' exact item
// counts from the table snapshot: each partition's columns are scaled so they add up to its
// current count (ScaleBinsToPartitions).
#pragma once

#include "ddb/engine.h"

#include <cstdint>
#include <vector>

namespace ddb::viz {

// Above this many items the map draws density columns instead of dots.
inline constexpr size_t kMaxItemDots = 4000;

struct ItemBins {
  std::vector<uint32_t> counts;     // items per column
  std::vector<int> partitions;      // partition of the last item binned per column (-1: empty)
  uint32_t max_count = 0;
};

// Up to this many items the partition map fetches item points whenever the table changed (at most
// every kItemRefetchSeconds beyond kMaxItemDots); above it only when the table is selected, and
// the density follows the partitions' live counts in between.
inline constexpr size_t kMaxLiveItemPoints = 50000;
inline constexpr double kItemRefetchSeconds = 1.0;

// The column of `hash` among `columns` equal slices of the 2^64 key space.
int HashColumn(uint64_t hash, int columns);
// Bins every item into `columns` columns (columns <= 0 gives empty bins).
ItemBins BinItems(const std::vector<ItemPoint>& items, int columns);

// Per column, the sampled count scaled so that the columns of each partition of `partitions`
// add up to its current item_count (a partition whose columns were empty in the sample spreads
// its count evenly). `partitions` in hash order, as in TableSnapshot. Columns shared by two
// partitions take the scale of the one holding the column's start.
std::vector<float> ScaleBinsToPartitions(const ItemBins& bins, const std::vector<PartitionSnapshot>& partitions);

}  // namespace ddb::viz
