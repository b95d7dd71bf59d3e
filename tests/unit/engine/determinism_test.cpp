// The engine replays exactly: the same seed and requests give the same events and state.
#include "test_support.h"

#include <xxhash.h>

using namespace ddb;
using namespace ddb::test;

namespace {

// A fixed scenario exercising the control plane and the data plane.
json RunScenario(Engine& e) {
  Call(e, "CreateTable", MusicTableRequest());
  e.AdvanceClock(30'000);
  for (int i = 0; i < 50; ++i) {
    Call(e, "PutItem", {{"TableName", "Music"},
                      {"Item", Song("artist" + std::to_string(i % 7), "song" + std::to_string(i),
                                    {{"Plays", {{"N", std::to_string(i * 37)}}}})}});
    e.AdvanceClock(10);
  }
  Call(e, "DeleteItem", {{"TableName", "Music"}, {"Key", {{"Artist", {{"S", "artist3"}}}, {"SongTitle", {{"S", "song3"}}}}}});
  return e.StateJson();
}

}  // namespace

TEST_CASE("Two runs with the same seed produce identical events and state", "[engine]") {
  Engine a(EngineOptions{42, "real"}), b(EngineOptions{42, "real"});
  json state_a = RunScenario(a), state_b = RunScenario(b);
  CHECK(state_a == state_b);
  CHECK(a.events().Hash() == b.events().Hash());
  CHECK(a.events().all().size() == b.events().all().size());
}

TEST_CASE("The seed drives the simulation's random choices", "[engine]") {
  Engine a(EngineOptions{1, "real"}), b(EngineOptions{2, "real"});
  Call(a, "CreateTable", MusicTableRequest());
  Call(b, "CreateTable", MusicTableRequest());
  // Table ids come from the seeded generator.
  CHECK(Call(a, "DescribeTable", {{"TableName", "Music"}})["Table"]["TableId"] !=
        Call(b, "DescribeTable", {{"TableName", "Music"}})["Table"]["TableId"]);
}

TEST_CASE("Event log records writes with their partition and capacity", "[engine]") {
  Engine e;
  CreateActive(e, MusicTableRequest());
  const uint64_t before = e.events().last_seq();
  Call(e, "PutItem", {{"TableName", "Music"}, {"Item", Song("a", "b")}});
  auto events = e.events().Since(before);
  REQUIRE(events.size() == 1);
  CHECK(events[0].kind == EventKind::kItemWritten);
  CHECK(events[0].table == "Music");
  CHECK(events[0].write_units == 1);
  CHECK(events[0].key_hash == Engine::HashKey(AttributeValue(std::string("a"))));
  CHECK(events[0].partition == 0);
}

// Printed by the parity check (tests/parity.cmake) from the native and the wasm build; the two
// outputs must be byte-identical.
TEST_CASE("parity scenario", "[.parity]") {
  Engine e(EngineOptions{7, "real"});
  json state = RunScenario(e);
  std::printf("PARITY events=%llu hash=%016llx\nPARITY %s\n", static_cast<unsigned long long>(e.events().last_seq()),
              static_cast<unsigned long long>(e.events().Hash()), state.dump().c_str());
  CHECK(state["tables"].size() == 1);
}

TEST_CASE("The partition-key hash is XXH64 of the type tag and the key bytes", "[engine]") {
  // Simulation choice 1 (dynamodb-model §16): tag byte + canonical bytes, XXH64 with seed 0.
  const std::string s = "Sdevice#42";
  CHECK(Engine::HashKey(AttributeValue(std::string("device#42"))) == XXH64(s.data(), s.size(), 0));
  const std::string n = "N12.5";
  CHECK(Engine::HashKey(AttributeValue(Number::Parse("12.50").value())) == XXH64(n.data(), n.size(), 0));
}
