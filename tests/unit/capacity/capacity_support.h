// Helpers for the capacity tests: tables keyed by a single string attribute, traffic spread evenly
// over virtual seconds through the typed door, and the partition that owns a key.
#pragma once

#include "test_support.h"

#include <functional>
#include <string>

namespace ddb::test {

inline json KeyTableRequest(const std::string& name, int rcu, int wcu) {
  json r = {{"TableName", name},
            {"AttributeDefinitions", {{{"AttributeName", "pk"}, {"AttributeType", "S"}}}},
            {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}}}}};
  if (rcu == 0 && wcu == 0) {
    r["BillingMode"] = "PAY_PER_REQUEST";
  } else {
    r["ProvisionedThroughput"] = {{"ReadCapacityUnits", rcu}, {"WriteCapacityUnits", wcu}};
  }
  return r;
}

// An item of exactly `bytes` bytes (>= 8): "pk" + key + "pad" + padding.
inline Item SizedItem(const std::string& key, size_t bytes) {
  Item item;
  item["pk"] = AttributeValue(key);
  const size_t fixed = 2 + key.size() + 3;
  item["pad"] = AttributeValue(std::string(bytes > fixed ? bytes - fixed : 1, 'x'));
  return item;
}

struct Outcome {
  int admitted = 0;
  int throttled = 0;
};

// Issues `per_second` requests evenly spread over each of `seconds` virtual seconds (request i of
// a second at millisecond floor(i * 1000 / per_second)); `send(n)` issues the n-th request and
// returns whether it was admitted. Ends at a whole second.
inline Outcome Drive(Engine& e, int seconds, int per_second, const std::function<bool(int64_t)>& send) {
  Outcome out;
  int64_t n = 0;
  for (int s = 0; s < seconds; ++s) {
    int64_t at = 0;
    for (int i = 0; i < per_second; ++i) {
      const int64_t due = static_cast<int64_t>(i) * 1000 / per_second;
      e.AdvanceClock(due - at);
      at = due;
      if (send(n++)) ++out.admitted; else ++out.throttled;
    }
    e.AdvanceClock(1000 - at);
  }
  return out;
}

// A PutItem of `bytes` on key `key`; true when admitted. Any error other than throttling fails.
inline bool PutSized(Engine& e, const std::string& table, const std::string& key, size_t bytes) {
  PutItemInput in;
  in.table_name = table;
  in.item = SizedItem(key, bytes);
  auto r = e.PutItem(std::move(in));
  if (r.ok()) return true;
  const ErrorType t = r.error().type;
  REQUIRE((t == ErrorType::kProvisionedThroughputExceeded || t == ErrorType::kThrottling));
  return false;
}

// Empties the burst bank of `key`'s partition: 390-WCU writes 0.4 s apart (under the partition's
// 1,000 WCU/s limit) until one is refused for the provisioned throughput. The one-second bucket is
// left near empty or in debt.
inline void SpendBurst(Engine& e, const std::string& table, const std::string& key) {
  for (;;) {
    PutItemInput in;
    in.table_name = table;
    in.item = SizedItem(key, 390 * 1024);
    auto r = e.PutItem(std::move(in));
    if (!r.ok() && r.error().extra["ThrottlingReasons"][0]["reason"] == "TableWriteProvisionedThroughputExceeded") return;
    e.AdvanceClock(400);
  }
}

// How many events of `kind` the engine has logged.
inline int CountEvents(const Engine& e, EventKind kind) {
  int n = 0;
  for (const Event& ev : e.events().all()) n += ev.kind == kind;
  return n;
}

// Index of the partition owning `key` in the table's snapshot.
inline size_t PartitionOf(Engine& e, const std::string& table, const std::string& key) {
  TableSnapshot snap;
  REQUIRE(e.SnapshotTable(table, &snap));
  const uint64_t h = Engine::HashKey(AttributeValue(key));
  for (size_t i = 0; i < snap.partitions.size(); ++i) {
    if (h >= snap.partitions[i].hash_lo && h <= snap.partitions[i].hash_hi) return i;
  }
  FAIL("no partition owns the key");
  return 0;
}

// A key owned by partition `index`, searched among prefix + "0", "1", ...
inline std::string KeyInPartition(Engine& e, const std::string& table, size_t index, const std::string& prefix,
                                  int skip = 0) {
  for (int i = 0;; ++i) {
    const std::string key = prefix + std::to_string(i);
    if (PartitionOf(e, table, key) == index && skip-- == 0) return key;
  }
}

}  // namespace ddb::test
