// Table::Find through a PrimaryKeyRef (a view into a request's Key, used by reads) must find
// exactly what the owning PrimaryKey finds, including between keys whose hashes tie.
#include "storage/table.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

namespace ddb {
namespace {

PrimaryKey Key(uint64_t hash, const std::string& pk, int sk) {
  return PrimaryKey{hash, AttributeValue(pk), AttributeValue(Number::FromInt(sk))};
}

// A table keyed by pk (S) and sk (N), as Key() builds its keys.
TableDefinition Definition(const std::string& name) {
  TableDefinition d;
  d.name = name;
  d.hash_key = {"pk", ValueType::kS};
  d.range_key = KeyElement{"sk", ValueType::kN};
  return d;
}

PrimaryKeyRef View(const PrimaryKey& k) { return PrimaryKeyRef{k.hash, &k.partition, &*k.sort}; }

TEST_CASE("A key view finds the same item as the key it views, hashes tied or not", "[engine]") {
  Table t(Definition("Views"), 2);
  // Two partition keys forced onto one hash (a collision) and an ordinary one, ten sort keys each.
  std::vector<PrimaryKey> stored;
  for (int sk = 0; sk < 10; ++sk) {
    for (const auto& [hash, pk] : {std::pair<uint64_t, std::string>{42, "a"}, {42, "b"}, {7, "c"}}) {
      stored.push_back(Key(hash, pk, sk * 2));
      t.Put(PrimaryKey(stored.back()), Item{{"pk", AttributeValue(pk)}}, 10);
    }
  }
  for (const PrimaryKey& k : stored) {
    const StoredItem* by_key = t.Find(k);
    REQUIRE(by_key != nullptr);
    CHECK(t.Find(View(k)) == by_key);
  }
  // Absent: an odd sort key, a partition key that shares the hash, a hash nobody has.
  for (const PrimaryKey& k : {Key(42, "a", 3), Key(42, "ab", 2), Key(43, "a", 2), Key(0, "c", 0)}) {
    CHECK(t.Find(k) == nullptr);
    CHECK(t.Find(View(k)) == nullptr);
  }
}

TEST_CASE("Comparisons between keys and key views agree with comparisons between keys", "[engine]") {
  const PrimaryKeyLess less;
  const std::vector<PrimaryKey> keys = {Key(1, "a", 1), Key(1, "a", 2), Key(1, "b", 0), Key(2, "a", 0)};
  for (const PrimaryKey& a : keys) {
    for (const PrimaryKey& b : keys) {
      CHECK(less(a, View(b)) == less(a, b));
      CHECK(less(View(a), b) == less(a, b));
    }
  }
  // Without a sort key (a hash-only table): absent sort keys compare equal.
  const PrimaryKey plain{5, AttributeValue("x"), std::nullopt};
  const PrimaryKeyRef plain_view{5, &plain.partition, nullptr};
  CHECK_FALSE(less(plain, plain_view));
  CHECK_FALSE(less(plain_view, plain));
}

TEST_CASE("Items keep key order when a second partition key collides with a grown item collection", "[engine]") {
  Table t(Definition("Collide"), 1);
  std::set<PrimaryKey, PrimaryKeyLess> expected;
  auto put = [&](const PrimaryKey& k) {
    expected.insert(k);
    t.Put(PrimaryKey(k), Item{}, 1);
  };
  // One item collection on hash 42, placed by sort-key prefixes alone...
  for (int sk = 0; sk < 600; sk += 3) put(Key(42, "m", sk));
  // ... then partition keys on the same hash, before and after "m", and sort keys between.
  for (int sk = 600; sk > 0; sk -= 7) {
    put(Key(42, "z", sk));
    put(Key(42, "a", sk));
    put(Key(42, "m", sk + 1));
  }
  std::vector<PrimaryKey> stored;
  for (const auto& [key, item] : t.items()) stored.push_back(key);
  REQUIRE(stored.size() == expected.size());
  const PrimaryKeyLess less;
  size_t i = 0;
  for (const PrimaryKey& k : expected) {
    CHECK_FALSE(less(stored[i], k));
    CHECK_FALSE(less(k, stored[i]));
    CHECK(t.Find(k) != nullptr);
    CHECK(t.Find(View(k)) != nullptr);
    ++i;
  }
  CHECK(t.Find(Key(42, "m", 2)) == nullptr);
  CHECK(t.Find(Key(42, "b", 0)) == nullptr);
}

}  // namespace
}  // namespace ddb
