#include "app/item_bins.h"

#include <catch2/catch.hpp>

namespace ddb::viz {
namespace {

TEST_CASE("Hashes map to equal slices of the key space", "[viz]") {
  CHECK(HashColumn(0, 10) == 0);
  CHECK(HashColumn(UINT64_MAX, 10) == 9);             // the last position stays inside
  CHECK(HashColumn(0x8000000000000000ull, 10) == 5);  // the middle: 2^63 / 2^64 x 10 = 5
  CHECK(HashColumn(0x7FFFFFFFFFFFFFFFull, 10) == 4);  // just before it
  CHECK(HashColumn(0x8000000000000000ull, 0) == 0);
}

TEST_CASE("Items are counted per column with the partition that holds them", "[viz]") {
  std::vector<ItemPoint> items = {
      {0x0000000000000001ull, 0, 100},
      {0x1000000000000000ull, 0, 100},  // 1/16 of the space: column 0 of 4
      {0x9000000000000000ull, 1, 100},  // 9/16: column 2
      {0x9000000000000000ull, 1, 100},  // same key: same column
      {UINT64_MAX, 1, 100},             // column 3
  };
  ItemBins b = BinItems(items, 4);
  CHECK(b.counts == std::vector<uint32_t>{2, 0, 2, 1});
  CHECK(b.partitions == std::vector<int>{0, -1, 1, 1});
  CHECK(b.max_count == 2);
  CHECK(BinItems(items, 0).counts.empty());
  CHECK(BinItems({}, 3).max_count == 0);
}

TEST_CASE("A million items bin into one count per column", "[viz]") {
  std::vector<ItemPoint> items(1000000);
  for (size_t i = 0; i < items.size(); ++i) items[i].key_hash = (UINT64_MAX / items.size()) * i;
  ItemBins b = BinItems(items, 1000);
  uint64_t total = 0;
  for (uint32_t n : b.counts) total += n;
  CHECK(total == 1000000);
  // Evenly spread hashes: 1,000 per column (give or take one at the slice edges).
  CHECK(b.max_count <= 1001);
}

PartitionSnapshot Part(int id, uint64_t lo, uint64_t hi, uint64_t items) {
  PartitionSnapshot p;
  p.id = id;
  p.hash_lo = lo;
  p.hash_hi = hi;
  p.item_count = items;
  return p;
}

TEST_CASE("A sampled density is scaled to each partition's live item count", "[viz]") {
  ItemBins b;
  b.counts = {2, 0, 2, 1};  // sampled: 2 items in the first half, 3 in the second
  b.partitions = {0, -1, 1, 1};
  // Since the sample, partition 0 grew to 4 items and partition 1 to 6.
  std::vector<PartitionSnapshot> parts = {Part(0, 0, 0x7FFFFFFFFFFFFFFFull, 4),
                                          Part(1, 0x8000000000000000ull, UINT64_MAX, 6)};
  std::vector<float> live = ScaleBinsToPartitions(b, parts);
  // Partition 0: columns 0-1, 2 sampled -> x 4/2: {4, 0}. Partition 1: columns 2-3, 3 sampled ->
  // x 6/3: {4, 2}.
  CHECK(live == std::vector<float>{4, 0, 4, 2});
}

TEST_CASE("A partition empty in the sample spreads its live count evenly", "[viz]") {
  ItemBins b;
  b.counts = {0, 0, 0, 0};
  b.partitions = {-1, -1, -1, -1};
  std::vector<PartitionSnapshot> parts = {Part(0, 0, UINT64_MAX, 10)};
  CHECK(ScaleBinsToPartitions(b, parts) == std::vector<float>{2.5f, 2.5f, 2.5f, 2.5f});
}

}  // namespace
}  // namespace ddb::viz
