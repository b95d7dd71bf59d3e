// RingBuffer (the event log's storage) against a std::deque that pushes and pops the same way.
#include "ddb/events.h"
#include "ddb/ring_buffer.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <deque>
#include <string>

namespace ddb {
namespace {

void Push(RingBuffer<std::string>& ring, std::deque<std::string>& model, const std::string& v) {
  ring.PushSlot() = v;
  model.push_back(v);
  if (model.size() > ring.capacity()) model.pop_front();
}

void ExpectSame(const RingBuffer<std::string>& ring, const std::deque<std::string>& model) {
  REQUIRE(ring.size() == model.size());
  CHECK(std::equal(ring.begin(), ring.end(), model.begin(), model.end()));
  for (size_t i = 0; i < model.size(); ++i) CHECK(ring[i] == model[i]);
  if (!model.empty()) {
    CHECK(ring.front() == model.front());
    CHECK(ring.back() == model.back());
  }
}

TEST_CASE("RingBuffer keeps the newest elements in order across wrap-around", "[engine]") {
  RingBuffer<std::string> ring(5);
  std::deque<std::string> model;
  CHECK(ring.empty());
  for (int i = 0; i < 23; ++i) {
    Push(ring, model, "event " + std::to_string(i));
    ExpectSame(ring, model);
  }
  CHECK(ring.front() == "event 18");
  CHECK(ring.back() == "event 22");
}

TEST_CASE("RingBuffer trims to the newest and grows again in order", "[engine]") {
  RingBuffer<std::string> ring(8);
  std::deque<std::string> model;
  for (int i = 0; i < 6; ++i) Push(ring, model, std::to_string(i));  // not yet full: slots still grow
  ring.KeepNewest(2);
  model.erase(model.begin(), model.end() - 2);
  ExpectSame(ring, model);
  // Reuses the freed slots, then has to grow while the live elements wrap.
  for (int i = 6; i < 30; ++i) {
    Push(ring, model, std::to_string(i));
    ExpectSame(ring, model);
  }
  ring.KeepNewest(0);
  CHECK(ring.empty());
  model.clear();
  Push(ring, model, "again");
  ExpectSame(ring, model);
}

TEST_CASE("RingBuffer iterators are random access (binary search over the event log)", "[engine]") {
  EventLog log(4);
  for (int i = 0; i < 10; ++i) log.Record(i, EventKind::kItemWritten, "T", 0, 0, 0, 1, "");
  const auto& all = log.all();
  REQUIRE(all.size() == 4);
  CHECK(all.front().seq == 7);
  CHECK(all.back().seq == 10);
  CHECK(all.end() - all.begin() == 4);
  auto it = std::upper_bound(all.begin(), all.end(), uint64_t{8}, [](uint64_t seq, const Event& e) { return seq < e.seq; });
  CHECK(it->seq == 9);
  CHECK((it - 1)->seq == 8);
  CHECK(std::prev(all.end())->seq == 10);
  CHECK(log.Since(8).size() == 2);
  CHECK(log.Since(0).size() == 4);
  CHECK(log.last_seq() == 10);
}

TEST_CASE("EventLog hash is the same whether events are appended whole or recorded in place", "[engine]") {
  EventLog whole, in_place(2);  // retention never changes the hash
  for (int i = 0; i < 5; ++i) {
    Event e;
    e.time_ms = i * 10;
    e.kind = EventKind::kThrottled;
    e.table = "Orders";
    e.partition = i;
    e.key_hash = 77;
    e.write_units = 3;
    e.detail = i % 2 ? "TableWriteKeyRangeThroughputExceeded" : "";
    whole.Append(e);
    in_place.Record(e.time_ms, e.kind, e.table, e.partition, e.key_hash, 0, e.write_units, e.detail);
  }
  CHECK(whole.Hash() == in_place.Hash());
  CHECK(whole.Hash() != 0);
  CHECK(in_place.all().back().detail.empty());
  CHECK(in_place.all().front().detail == "TableWriteKeyRangeThroughputExceeded");
}

}  // namespace
}  // namespace ddb
