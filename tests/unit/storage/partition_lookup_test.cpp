// Table::PartitionIndexFor answers from a radix table over the hash's top bits that splits
// rebuild: after any sequence of splits it must agree with a plain scan of the partition ranges.
#include "storage/table.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <random>

namespace ddb {
namespace {

size_t ScanFor(const Table& t, uint64_t hash) {
  const auto& parts = t.partitions();
  for (size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].hash_lo <= hash && hash <= parts[i].hash_hi) return i;
  }
  return parts.size();
}

TableDefinition Definition() {
  TableDefinition d;
  d.name = "Lookup";
  d.hash_key = {"pk", ValueType::kS};
  return d;
}

TEST_CASE("PartitionIndexFor is right straight after a split of the partition it last answered", "[engine]") {
  Table t(Definition(), 4);
  const uint64_t quarter = uint64_t{1} << 62;
  const uint64_t in_third = 2 * quarter + 10;  // partition 2's lower half
  const uint64_t upper_third = 3 * quarter - 1;  // partition 2's last hash
  REQUIRE(t.PartitionIndexFor(in_third) == 2);
  REQUIRE(t.PartitionIndexFor(upper_third) == 2);  // now the remembered answer
  t.SplitPartition(2, 2 * quarter + quarter / 2);
  CHECK(t.partitions().size() == 5);
  CHECK(t.PartitionIndexFor(upper_third) == 3);  // the upper child, not the stale index 2's range
  CHECK(t.PartitionIndexFor(in_third) == 2);
  CHECK(t.PartitionIndexFor(3 * quarter) == 4);  // the old partition 3 moved up one place
  CHECK(t.PartitionIndexFor(0) == 0);
  CHECK(t.PartitionIndexFor(UINT64_MAX) == 4);
}

TEST_CASE("PartitionIndexFor agrees with a scan on tables of 1 to 5000 equal partitions", "[engine]") {
  std::mt19937_64 rng(3);
  for (int count : {1, 2, 3, 64, 1000, 1024, 5000}) {
    Table t(Definition(), count);
    REQUIRE(t.partitions().size() == static_cast<size_t>(count));
    for (const Partition& p : t.partitions()) {  // both ends of every range
      REQUIRE(t.PartitionIndexFor(p.hash_lo) == ScanFor(t, p.hash_lo));
      REQUIRE(t.PartitionIndexFor(p.hash_hi) == ScanFor(t, p.hash_hi));
    }
    for (int q = 0; q < 2000; ++q) {
      const uint64_t h = rng();
      REQUIRE(t.PartitionIndexFor(h) == ScanFor(t, h));
    }
  }
}

TEST_CASE("PartitionIndexFor agrees with a scan through many random splits", "[engine]") {
  Table t(Definition(), 3);
  std::mt19937_64 rng(7);
  for (int round = 0; round < 200; ++round) {
    // Ask around the current boundaries and at random, in an order that reuses the last answer.
    for (int q = 0; q < 20; ++q) {
      const uint64_t h = q % 4 == 0 ? t.partitions()[rng() % t.partitions().size()].hash_hi + (q % 8 == 0) : rng();
      REQUIRE(t.PartitionIndexFor(h) == ScanFor(t, h));
      REQUIRE(t.PartitionIndexFor(h) == ScanFor(t, h));
    }
    const size_t index = rng() % t.partitions().size();
    const Partition& p = t.partitions()[index];
    if (p.hash_hi - p.hash_lo < 2) continue;
    t.SplitPartition(index, p.hash_lo + 1 + rng() % (p.hash_hi - p.hash_lo));
  }
  CHECK(t.partitions().size() > 150);
}

}  // namespace
}  // namespace ddb
