// BytesByPartition keeps one sum per partition in partition order, however the reads arrive: in
// key order (forward or reverse pages) or scattered.
#include "storage/bytes_by_partition.h"

#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <vector>

using ddb::BytesByPartition;

namespace {

std::vector<std::pair<size_t, uint64_t>> Entries(const BytesByPartition& b) {
  std::vector<std::pair<size_t, uint64_t>> out;
  for (const auto& e : b) out.emplace_back(e.partition, e.bytes);
  return out;
}

}  // namespace

TEST_CASE("BytesByPartition sums per partition in partition order", "[engine]") {
  BytesByPartition reverse;
  for (size_t p : {7, 7, 5, 5, 5, 2}) reverse.Add(p, 100);
  CHECK(Entries(reverse) == std::vector<std::pair<size_t, uint64_t>>{{2, 100}, {5, 300}, {7, 200}});

  // Scattered reads, against a std::map doing the same sums.
  std::mt19937 rng(42);
  BytesByPartition scattered;
  std::map<size_t, uint64_t> expected;
  for (int i = 0; i < 2000; ++i) {
    const size_t p = rng() % 40;
    const uint64_t bytes = rng() % 5000;
    scattered.Add(p, bytes);
    expected[p] += bytes;
  }
  CHECK(Entries(scattered) == std::vector<std::pair<size_t, uint64_t>>(expected.begin(), expected.end()));
  CHECK(BytesByPartition().empty());
}
