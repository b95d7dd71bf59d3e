// Partitions that begin inside an item collection (splits by sort key): through any mix of splits
// by hash and by key, puts and erases, every item is owned by exactly the partition whose key
// range holds it, and each partition's running item and byte counts match its range.
#include "storage/table.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <iterator>
#include <random>
#include <vector>

namespace ddb {
namespace {

TableDefinition Definition() {
  TableDefinition d;
  d.name = "Collections";
  d.hash_key = {"pk", ValueType::kS};
  d.range_key = KeyElement{"sk", ValueType::kN};
  return d;
}

// Eight item collections at spread hashes, sort keys 0..999.
PrimaryKey KeyOf(int collection, int64_t sort) {
  PrimaryKey k;
  k.hash = (static_cast<uint64_t>(collection) << 61) + 12345;
  k.partition = AttributeValue("c" + std::to_string(collection));
  k.sort = AttributeValue(Number::FromInt(sort));
  return k;
}

// Every partition's counters agree with the items in its range, and each item's owner (by key)
// is the partition whose range it lies in.
void CheckConsistent(const Table& t) {
  uint64_t items = 0;
  for (size_t i = 0; i < t.partitions().size(); ++i) {
    const auto [first, last] = t.ItemsOf(i);
    uint64_t count = 0, bytes = 0;
    for (auto it = first; it != last; ++it) {
      ++count;
      bytes += it->second.size;
      REQUIRE(t.PartitionIndexFor(it->first) == i);
      REQUIRE(t.PartitionIndexFor(RefOf(it->first)) == i);
    }
    REQUIRE(t.partitions()[i].item_count == count);
    REQUIRE(t.partitions()[i].size_bytes == bytes);
    items += count;
  }
  REQUIRE(items == t.item_count());
}

}  // namespace

TEST_CASE("A split inside an item collection divides it at the key", "[engine]") {
  Table t(Definition(), 1);
  for (int64_t s = 0; s < 10; ++s) t.Put(KeyOf(3, s), Item{}, 100);
  REQUIRE_FALSE(t.sort_key_splits());
  const SplitPoint at{KeyOf(3, 4).hash, KeyOf(3, 4)};
  REQUIRE(t.Divides(0, at));
  t.SplitPartition(0, at);
  REQUIRE(t.partitions().size() == 2);
  CHECK(t.sort_key_splits());
  CHECK(t.partitions()[0].item_count == 4);
  CHECK(t.partitions()[1].item_count == 6);
  CHECK(t.partitions()[0].hash_hi == at.hash);
  CHECK(t.partitions()[1].hash_lo == at.hash);
  CHECK(t.PartitionIndexFor(KeyOf(3, 3)) == 0);
  CHECK(t.PartitionIndexFor(KeyOf(3, 4)) == 1);
  CHECK(t.PartitionIndexFor(at.hash) == 0);  // a bare hash: where its collection begins
  // The start of either child does not divide it again.
  CHECK_FALSE(t.Divides(1, at));
  CHECK_FALSE(t.Divides(0, at));
  CHECK_FALSE(t.Divides(1, SplitPoint{at.hash, {}}));
  CHECK(t.Divides(1, SplitPoint{KeyOf(3, 5).hash, KeyOf(3, 5)}));
  CHECK(t.Divides(0, SplitPoint{KeyOf(3, 1).hash, KeyOf(3, 1)}));
  CHECK_FALSE(t.Divides(0, SplitPoint{KeyOf(3, 5).hash, KeyOf(3, 5)}));  // the other child's
  // New items of the collection go to the child of their sort key.
  t.Put(KeyOf(3, 2000), Item{}, 50);
  t.Put(KeyOf(3, -1), Item{}, 50);
  CHECK(t.partitions()[1].item_count == 7);
  CHECK(t.partitions()[0].item_count == 5);
  CheckConsistent(t);
}

TEST_CASE("Owners and counters stay right through random splits by hash and by key", "[engine]") {
  Table t(Definition(), 2);
  std::mt19937_64 rng(11);
  for (int round = 0; round < 300; ++round) {
    for (int n = 0; n < 20; ++n) {  // writes and deletes all over the collections
      const PrimaryKey k = KeyOf(static_cast<int>(rng() % 8), static_cast<int64_t>(rng() % 1000));
      if (rng() % 4 == 0) {
        t.Erase(k);
      } else {
        PrimaryKey copy = k;
        t.Put(std::move(copy), Item{}, 10 + rng() % 500);
      }
    }
    const size_t index = rng() % t.partitions().size();
    const auto [first, last] = t.ItemsOf(index);
    const size_t n = static_cast<size_t>(std::distance(first, last));
    if (n >= 2 && rng() % 2) {  // at one of its items: inside a collection, or between two
      auto it = first;
      std::advance(it, 1 + rng() % (n - 1));
      SplitPoint at{it->first.hash, {}};
      if (rng() % 2) at.key = it->first;
      if (t.Divides(index, at)) t.SplitPartition(index, at);
    } else if (SplitPoint at; t.MedianByBytes(index, &at)) {  // half its bytes on each side
      REQUIRE(t.Divides(index, at));
      t.SplitPartition(index, at);
    }
    CheckConsistent(t);
  }
  CHECK(t.partitions().size() > 40);
  CHECK(t.sort_key_splits());
}

}  // namespace ddb
