// FlatMap (an item's attributes, an M value) against std::map: the same random inserts, erases
// and lookups must give the same order and the same answers, and the std::map behaviours callers
// rely on hold: first entry kept on construction from duplicates, emplace never overwrites,
// insert_or_assign and operator[] do.
#include "ddb/flat_map.h"
#include "ddb/value.h"

#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ddb::test {
namespace {

using Flat = FlatMap<std::string, int>;
using Tree = std::map<std::string, int, std::less<>>;

std::vector<std::pair<std::string, int>> Contents(const Flat& m) { return {m.begin(), m.end()}; }
std::vector<std::pair<std::string, int>> Contents(const Tree& m) { return {m.begin(), m.end()}; }

TEST_CASE("FlatMap keeps std::map's order and answers through random edits", "[engine]") {
  std::mt19937_64 rng(7);
  Flat flat;
  Tree tree;
  for (int step = 0; step < 20000; ++step) {
    const std::string key = "a" + std::to_string(rng() % 300);
    const int value = static_cast<int>(rng() % 1000);
    switch (rng() % 5) {
      case 0: REQUIRE(flat.erase(key) == tree.erase(key)); break;
      case 1: REQUIRE(flat.emplace(key, value).second == tree.emplace(key, value).second); break;
      case 2: REQUIRE(flat.insert_or_assign(key, value).second == tree.insert_or_assign(key, value).second); break;
      case 3: flat[key] += value, tree[key] += value; break;
      default: {
        const auto f = flat.find(std::string_view(key));
        const auto t = tree.find(std::string_view(key));
        REQUIRE((f == flat.end()) == (t == tree.end()));
        if (t != tree.end()) REQUIRE(f->second == t->second);
        const auto lf = flat.lower_bound(key);
        const auto lt = tree.lower_bound(key);
        REQUIRE((lf == flat.end()) == (lt == tree.end()));
        if (lt != tree.end()) REQUIRE(lf->first == lt->first);
      }
    }
  }
  REQUIRE(flat.size() == tree.size());
  REQUIRE(Contents(flat) == Contents(tree));
}

TEST_CASE("FlatMap from a list keeps the first of equal names, in name order", "[engine]") {
  const Flat m{{"b", 1}, {"a", 2}, {"b", 3}, {"c", 4}, {"a", 5}};
  REQUIRE(Contents(m) == std::vector<std::pair<std::string, int>>{{"a", 2}, {"b", 1}, {"c", 4}});
  REQUIRE(m.count("b") == 1);
  REQUIRE(!m.contains("d"));
  REQUIRE(m.at("c") == 4);
}

TEST_CASE("FlatMap orders names by unsigned bytes, as DynamoDB compares attribute names", "[engine]") {
  Flat m;
  m["\xC3\xA9"] = 1;  // U+00E9, a byte above 0x7F
  m["z"] = 2;
  m["A"] = 3;
  std::vector<std::string> names;
  for (const auto& [name, value] : m) names.push_back(name);
  REQUIRE(names == std::vector<std::string>{"A", "z", "\xC3\xA9"});
}

TEST_CASE("An item of nested maps compares, copies and erases by value", "[engine]") {
  Item inner{{"x", AttributeValue(Number::FromInt(1))}, {"y", AttributeValue("s")}};
  Item item{{"pk", AttributeValue("k")}, {"doc", AttributeValue(inner)}};
  Item copy = item;
  REQUIRE(copy == item);
  copy.at("doc").m().erase("x");
  REQUIRE(copy != item);
  REQUIRE(item.at("doc").m().size() == 2);
  REQUIRE(copy.erase(copy.begin()) == copy.begin());  // erased "doc"; "pk" is now first
  REQUIRE(copy.begin()->first == "pk");
}

}  // namespace
}  // namespace ddb::test
