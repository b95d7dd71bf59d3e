// HashOrderedMap against std::map: the same random inserts, erases and searches must give the same
// order, the same bounds and the same answers, including keys whose hashes tie (one item
// collection spread over many chunks), reverse iteration, and new keys that Upsert leaves pending
// until a reader of the order settles them.
#include "storage/hash_ordered_map.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace {

struct TestKey {
  uint64_t hash = 0;
  int rest = 0;  // breaks hash ties, like a partition key + sort key
};
struct TestKeyLess {
  using is_transparent = void;
  bool operator()(const TestKey& a, const TestKey& b) const {
    return a.hash != b.hash ? a.hash < b.hash : a.rest < b.rest;
  }
  bool operator()(const TestKey& a, ddb::HashBound b) const { return a.hash < b.hash; }
  bool operator()(ddb::HashBound a, const TestKey& b) const { return a.hash < b.hash; }
};

// The same order with a point index over a deliberately weak whole-key hash (five values), so
// its buckets collide constantly and only Same tells keys apart.
struct PointedLess : TestKeyLess {
  static uint64_t PointHash(const TestKey& k) { return k.hash * 31 + static_cast<uint64_t>(k.rest % 5); }
  static bool Same(const TestKey& stored, const TestKey& k) { return stored.hash == k.hash && stored.rest == k.rest; }
};

using Flat = ddb::HashOrderedMap<TestKey, std::string, TestKeyLess>;
using Pointed = ddb::HashOrderedMap<TestKey, std::string, PointedLess>;
using Tree = std::map<TestKey, std::string, TestKeyLess>;

std::vector<std::pair<uint64_t, int>> Contents(const Flat& flat) {
  std::vector<std::pair<uint64_t, int>> out;
  for (const auto& [key, value] : flat) out.emplace_back(key.hash, key.rest);
  return out;
}
std::vector<std::pair<uint64_t, int>> Contents(const Tree& tree) {
  std::vector<std::pair<uint64_t, int>> out;
  for (const auto& [key, value] : tree) out.emplace_back(key.hash, key.rest);
  return out;
}

// Few distinct hashes, so long runs of tied hashes cross chunk boundaries (chunks hold 64).
TestKey RandomKey(std::mt19937_64& rng) {
  return {rng() % 8 * 1000, static_cast<int>(rng() % 2000)};
}

// Keys in groups (a partition key) with a member ordered within the group (a sort key), as
// tables key items: ties on the hash are ordered by a prefix of `rest` until two groups collide
// on one hash.
struct GroupedKey {
  uint64_t hash = 0;
  int group = 0;
  int rest = 0;
};
struct GroupedLess {
  using is_transparent = void;
  bool operator()(const GroupedKey& a, const GroupedKey& b) const {
    return std::tie(a.hash, a.group, a.rest) < std::tie(b.hash, b.group, b.rest);
  }
  bool operator()(const GroupedKey& a, ddb::HashBound b) const { return a.hash < b.hash; }
  bool operator()(ddb::HashBound a, const GroupedKey& b) const { return a.hash < b.hash; }
  static uint32_t Prefix(const GroupedKey& k) { return static_cast<uint32_t>(k.rest); }
  static bool SameGroup(const GroupedKey& a, const GroupedKey& b) { return a.group == b.group; }
  static uint64_t PointHash(const GroupedKey& k) {
    return k.hash * 31 + static_cast<uint64_t>(k.group) * 7 + static_cast<uint64_t>(k.rest % 5);
  }
  static bool Same(const GroupedKey& stored, const GroupedKey& k) { return !GroupedLess()(stored, k) && !GroupedLess()(k, stored); }
};
using Grouped = ddb::HashOrderedMap<GroupedKey, int, GroupedLess>;
using GroupedTree = std::map<GroupedKey, int, GroupedLess>;

std::vector<std::tuple<uint64_t, int, int, int>> Contents(const Grouped& map) {
  std::vector<std::tuple<uint64_t, int, int, int>> out;
  for (const auto& [key, value] : map) out.emplace_back(key.hash, key.group, key.rest, value);
  return out;
}
std::vector<std::tuple<uint64_t, int, int, int>> Contents(const GroupedTree& tree) {
  std::vector<std::tuple<uint64_t, int, int, int>> out;
  for (const auto& [key, value] : tree) out.emplace_back(key.hash, key.group, key.rest, value);
  return out;
}

// Loads 5,000 keys (about a hundred chunks), then runs rounds of `batch` Upserts followed by one
// reader of the order, checking the map against std::map after each. From round `collide_at` on,
// a second group shares hash 3000 with the first: the collision arrives in a pending run of
// `batch` keys, settled one by one when the run is short and by a merge when it is long.
void RunGroupedRounds(uint64_t seed, int batch, int collide_at) {
  std::mt19937_64 rng(seed);
  Grouped map;
  GroupedTree tree;
  int round = 0;
  auto random_key = [&] {
    const uint64_t hash = rng() % 6 * 1000;
    const int group = round >= collide_at && hash == 3000 && rng() % 2 == 0 ? 99 : static_cast<int>(hash / 1000);
    return GroupedKey{hash, group, static_cast<int>(rng() % 5000)};
  };
  auto upsert = [&](int value) {
    const GroupedKey key = random_key();
    auto [stored, inserted] = map.Upsert(GroupedKey(key));
    auto [tit, tinserted] = tree.try_emplace(key);
    REQUIRE(inserted == tinserted);
    *stored = tit->second = value;
  };
  for (int i = 0; i < 5000; ++i) upsert(i);
  REQUIRE(Contents(map) == Contents(tree));
  for (round = 1; round <= 40; ++round) {
    for (int i = 0; i < batch; ++i) upsert(round * 1000 + i);
    REQUIRE(map.size() == tree.size());
    const GroupedKey probe = random_key();
    switch (round % 4) {
      case 0: REQUIRE(Contents(map) == Contents(tree)); break;
      case 1: {
        const auto lower = map.lower_bound(probe);
        const auto tlower = tree.lower_bound(probe);
        REQUIRE((lower == map.end()) == (tlower == tree.end()));
        if (tlower != tree.end()) REQUIRE(lower->second == tlower->second);
        break;
      }
      case 2: REQUIRE(map.erase(probe) == tree.erase(probe)); break;
      default: {
        auto [it, inserted] = map.try_emplace(probe);
        REQUIRE(inserted == tree.try_emplace(probe).second);
        REQUIRE(it->first.rest == probe.rest);
      }
    }
  }
  REQUIRE(Contents(map) == Contents(tree));
  for (const auto& [key, value] : tree) REQUIRE(*map.FindValue(key) == value);
}

}  // namespace

TEST_CASE("HashOrderedMap keeps std::map's order and answers through random inserts and erases", "[engine]") {
  std::mt19937_64 rng(42);
  Flat flat;
  Tree tree;
  for (int step = 0; step < 20000; ++step) {
    const TestKey key = RandomKey(rng);
    if (rng() % 3 == 0) {
      REQUIRE(flat.erase(key) == tree.erase(key));
    } else {
      auto [it, inserted] = flat.try_emplace(key);
      auto [tit, tinserted] = tree.try_emplace(key);
      REQUIRE(inserted == tinserted);
      REQUIRE(it->first.hash == key.hash);
      REQUIRE(it->first.rest == key.rest);
      it->second = std::to_string(step);
      tit->second = std::to_string(step);
    }
    if (step % 997 == 0) REQUIRE(Contents(flat) == Contents(tree));
  }
  REQUIRE(flat.size() == tree.size());
  REQUIRE(Contents(flat) == Contents(tree));

  for (int probe = 0; probe < 2000; ++probe) {
    const TestKey key = RandomKey(rng);
    const auto lower = flat.lower_bound(key);
    const auto tlower = tree.lower_bound(key);
    REQUIRE((lower == flat.end()) == (tlower == tree.end()));
    if (tlower != tree.end()) REQUIRE(lower->second == tlower->second);
    const auto upper = flat.upper_bound(key);
    const auto tupper = tree.upper_bound(key);
    REQUIRE((upper == flat.end()) == (tupper == tree.end()));
    if (tupper != tree.end()) REQUIRE(upper->second == tupper->second);
    const auto by_hash = flat.lower_bound(ddb::HashBound{key.hash});
    const auto tby_hash = tree.lower_bound(ddb::HashBound{key.hash});
    REQUIRE((by_hash == flat.end()) == (tby_hash == tree.end()));
    if (tby_hash != tree.end()) REQUIRE(by_hash->second == tby_hash->second);
    const auto found = flat.find(key);
    REQUIRE((found == flat.end()) == (tree.find(key) == tree.end()));
  }
}

TEST_CASE("HashOrderedMap iterates backwards, erases in a loop and keeps references across inserts", "[engine]") {
  Flat flat;
  for (int i = 0; i < 1000; ++i) flat.try_emplace({static_cast<uint64_t>(i % 10), i}).first->second = std::to_string(i);
  std::string& kept = flat.find({3, 3})->second;
  for (int i = 1000; i < 3000; ++i) flat.try_emplace({static_cast<uint64_t>(i % 10), i});
  REQUIRE(kept == "3");  // slabs never move

  std::vector<std::pair<uint64_t, int>> backwards;
  for (auto it = flat.rbegin(); it != flat.rend(); ++it) backwards.emplace_back(it->first.hash, it->first.rest);
  std::vector<std::pair<uint64_t, int>> forwards = Contents(flat);
  std::reverse(forwards.begin(), forwards.end());
  REQUIRE(backwards == forwards);
  REQUIRE(backwards.front() == std::pair<uint64_t, int>{9, 2999});

  // Erase every even `rest` with the iterator erase() returns.
  for (auto it = flat.begin(); it != flat.end();) it = it->first.rest % 2 == 0 ? flat.erase(it) : std::next(it);
  REQUIRE(flat.size() == 1500);
  for (const auto& [key, value] : flat) REQUIRE(key.rest % 2 == 1);
  // Erased slots are reused; the map stays ordered.
  for (int i = 0; i < 3000; i += 2) flat.try_emplace({static_cast<uint64_t>(i % 10), i});
  REQUIRE(flat.size() == 3000);
  const auto all = Contents(flat);
  REQUIRE(std::is_sorted(all.begin(), all.end()));

  for (auto it = flat.begin(); it != flat.end();) it = flat.erase(it);
  REQUIRE(flat.empty());
  REQUIRE(flat.begin() == flat.end());
  REQUIRE(flat.lower_bound(ddb::HashBound{0}) == flat.end());
}

TEST_CASE("HashOrderedMap's point index finds what the order holds through inserts, upserts and erases", "[engine]") {
  std::mt19937_64 rng(5);
  Pointed pointed;
  Tree tree;
  for (int step = 0; step < 20000; ++step) {
    const TestKey key = RandomKey(rng);
    switch (rng() % 4) {
      case 0:  // erase by key, and by the iterator a loop gets
        REQUIRE(pointed.erase(key) == tree.erase(key));
        break;
      case 1: {
        auto [value, inserted] = pointed.Upsert(TestKey(key));
        auto [tit, tinserted] = tree.try_emplace(key);
        REQUIRE(inserted == tinserted);
        *value = tit->second = std::to_string(step);
        break;
      }
      default: {
        auto [it, inserted] = pointed.try_emplace(key);
        auto [tit, tinserted] = tree.try_emplace(key);
        REQUIRE(inserted == tinserted);
        it->second = tit->second = std::to_string(step);
      }
    }
    const TestKey probe = RandomKey(rng);
    const std::string* found = pointed.FindValue(probe);
    const auto tfound = tree.find(probe);
    REQUIRE((found == nullptr) == (tfound == tree.end()));
    if (found) REQUIRE(*found == tfound->second);
  }
  REQUIRE(pointed.size() == tree.size());
  for (const auto& [key, value] : tree) {
    const std::string* found = pointed.FindValue(key);
    REQUIRE(found != nullptr);
    REQUIRE(*found == value);
    REQUIRE(&pointed.find(key)->second == found);  // the order and the point index share the entry
  }
  for (auto it = pointed.begin(); it != pointed.end();) it = pointed.erase(it);
  for (const auto& [key, value] : tree) REQUIRE(pointed.FindValue(key) == nullptr);
}

TEST_CASE("HashOrderedMap settles pending keys into the order, one by one or by a merge, through a hash collision", "[engine]") {
  // Whole runs pending: a first load into an empty order, then runs merged into it.
  RunGroupedRounds(11, 700, 1);
  RunGroupedRounds(12, 40, 20);
  // Short runs, settled one search at a time (fewer than one per 32 chunks).
  RunGroupedRounds(13, 1, 10);
  RunGroupedRounds(14, 2, 1);
  // A collision already in the first load.
  RunGroupedRounds(15, 3, 0);
}
