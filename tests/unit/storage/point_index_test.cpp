// PointIndex against a std::multimap of (hash, slot): the same random inserts and erases must
// leave the same slots findable, with hashes chosen to collide in every way linear probing
// cares about: equal hashes (told apart only by the caller's key check), equal tags, equal home
// buckets with different tags, and runs that wrap around the end of the table.
#include "storage/point_index.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <random>
#include <utility>
#include <vector>

namespace {

using ddb::PointIndex;

// The slot filed under `hash` that equals `slot`, as a caller's key check would accept it.
uint32_t FindSlot(const PointIndex& index, uint64_t hash, uint32_t slot) {
  return index.Find(hash, [&](uint32_t at) { return at == slot; });
}

// Hashes from a small set, so runs are long and collide. Tags run from -24 to 23 as 32-bit
// values, so homes sit at both ends of any table and runs wrap around its end; each tag comes
// from two different hashes (in the low half or in the high half, which fold alike).
uint64_t CollidingHash(std::mt19937_64& rng) {
  const uint32_t tag = static_cast<uint32_t>(rng() % 48) - 24u;
  return rng() % 2 == 0 ? uint64_t{tag} : uint64_t{tag} << 32;
}

}  // namespace

TEST_CASE("PointIndex finds what was filed and forgets what was erased, through collisions", "[engine]") {
  std::mt19937_64 rng(7);
  PointIndex index;
  std::multimap<uint64_t, uint32_t> filed;
  uint32_t next_slot = 0;
  for (int step = 0; step < 20000; ++step) {
    if (!filed.empty() && rng() % 5 < 2) {
      auto victim = filed.begin();
      std::advance(victim, static_cast<long>(rng() % filed.size()));
      index.Erase(victim->first, victim->second);
      REQUIRE(FindSlot(index, victim->first, victim->second) == PointIndex::kNone);
      filed.erase(victim);
    } else {
      const uint64_t hash = CollidingHash(rng);
      index.Insert(hash, next_slot);
      filed.emplace(hash, next_slot);
      ++next_slot;
    }
    REQUIRE(index.size() == filed.size());
    if (step % 251 == 0) {
      for (const auto& [hash, slot] : filed) REQUIRE(FindSlot(index, hash, slot) == slot);
    }
  }
  for (const auto& [hash, slot] : filed) REQUIRE(FindSlot(index, hash, slot) == slot);
  // A slot that was never filed is not found under any hash.
  for (uint32_t tag = 0; tag < 48; ++tag) {
    const uint64_t low = static_cast<uint32_t>(tag - 24u);
    REQUIRE(FindSlot(index, low, next_slot) == PointIndex::kNone);
    REQUIRE(FindSlot(index, low << 32, next_slot) == PointIndex::kNone);
  }
}

TEST_CASE("PointIndex stays at most half full and answers misses on an empty table", "[engine]") {
  PointIndex index;
  CHECK(index.Find(123, [](uint32_t) { return true; }) == PointIndex::kNone);
  std::mt19937_64 rng(11);
  std::vector<std::pair<uint64_t, uint32_t>> filed;
  for (uint32_t slot = 0; slot < 100000; ++slot) {
    filed.emplace_back(rng(), slot);
    index.Insert(filed.back().first, slot);
    REQUIRE(index.size() * 2 <= index.bucket_count());
  }
  // 100,000 keys need 2^18 buckets at half load: 2 MB, one huge page natively.
  CHECK(index.bucket_count() == size_t{1} << 18);
  for (const auto& [hash, slot] : filed) REQUIRE(FindSlot(index, hash, slot) == slot);
  for (size_t i = 0; i < filed.size(); i += 2) index.Erase(filed[i].first, filed[i].second);
  CHECK(index.size() == 50000);
  for (size_t i = 0; i < filed.size(); ++i) {
    const auto& [hash, slot] = filed[i];
    REQUIRE(FindSlot(index, hash, slot) == (i % 2 == 0 ? PointIndex::kNone : slot));
  }
}
