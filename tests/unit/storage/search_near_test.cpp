// PartitionPointNear must give std::partition_point's answer from every starting guess, on
// arrays with long runs of equal values (an item collection's hashes) and on empty and
// one-element arrays; InterpolateHash must stay inside the array whatever it is given.
#include "storage/search_near.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

namespace ddb {
namespace {

TEST_CASE("PartitionPointNear agrees with std::partition_point from every guess", "[engine]") {
  std::mt19937_64 rng(7);
  for (int round = 0; round < 200; ++round) {
    const size_t n = rng() % 70;
    std::vector<uint64_t> values(n);
    const uint64_t distinct = 1 + rng() % 12;  // few distinct values: long runs of ties
    for (uint64_t& v : values) v = rng() % distinct * 10;
    std::sort(values.begin(), values.end());
    for (uint64_t probe = 0; probe <= distinct * 10 + 5; probe += 5) {
      const auto at_least = [&](uint64_t v) { return v >= probe; };
      const auto expected = std::partition_point(values.begin(), values.end(), [&](uint64_t v) { return v < probe; });
      for (size_t g = 0; g <= n; ++g) {
        const auto got = PartitionPointNear(values.begin(), values.end(), values.begin() + static_cast<std::ptrdiff_t>(g), at_least);
        REQUIRE(got - values.begin() == expected - values.begin());
      }
    }
  }
}

TEST_CASE("PartitionPointNear reads few elements when the guess is close", "[engine]") {
  std::vector<uint64_t> values(4096);
  for (size_t i = 0; i < values.size(); ++i) values[i] = i * 2;
  int probes = 0;
  const uint64_t target = 2 * 3000;
  const auto at_least = [&](uint64_t v) {
    ++probes;
    return v >= target;
  };
  const auto got = PartitionPointNear(values.begin(), values.end(), values.begin() + 3002, at_least);
  CHECK(*got == target);
  CHECK(probes <= 4);  // a binary search of 4096 elements reads 12
}

TEST_CASE("InterpolateHash stays inside the array", "[engine]") {
  CHECK(InterpolateHash(5, 0, 10, 0) == 0);
  CHECK(InterpolateHash(0, 0, UINT64_MAX, 100) == 0);
  CHECK(InterpolateHash(UINT64_MAX, 0, UINT64_MAX, 100) == 99);
  CHECK(InterpolateHash(UINT64_MAX / 2, 0, UINT64_MAX, 100) == 50);
  CHECK(InterpolateHash(50, 100, 200, 8) == 0);         // below the range
  CHECK(InterpolateHash(UINT64_MAX, 100, 200, 8) == 7);  // above it
  CHECK(InterpolateHash(150, 100, 200, 8) == 4);
  CHECK(InterpolateHash(7, 7, 7, 8) == 0);  // an empty range
}

}  // namespace
}  // namespace ddb
