// Stream triggers, a simulated Lambda event source mapping (dynamodb-model §8.4; Lambda developer
// guide "Using AWS Lambda with Amazon DynamoDB" and "Lambda parameters for DynamoDB event source
// mappings"): BatchSize default 100, max 10,000; MaximumBatchingWindowInSeconds 0..300;
// MaximumRetryAttempts -1..10,000; 4 polls per shard per second; parents before children;
// at-least-once delivery, a failing batch retried and blocking its shard.
#include "stream_support.h"

namespace ddb::test {
namespace {

json Trigger(Engine& e, const std::string& name) {
  return Call(e, "DescribeStreamTrigger", {{"TriggerName", name}})["StreamTrigger"];
}

json Metrics(Engine& e, const std::string& name) { return Trigger(e, name)["Metrics"]; }

json CounterTableRequest(const std::string& name, int wcu = 100) {
  return {{"TableName", name},
          {"AttributeDefinitions", {{{"AttributeName", "id"}, {"AttributeType", "S"}}}},
          {"KeySchema", {{{"AttributeName", "id"}, {"KeyType", "HASH"}}}},
          {"ProvisionedThroughput", {{"ReadCapacityUnits", 100}, {"WriteCapacityUnits", wcu}}}};
}

int64_t CountOf(Engine& e, const std::string& table, const std::string& id, const std::string& attribute = "Count") {
  json item = Call(e, "GetItem", {{"TableName", table}, {"Key", {{"id", {{"S", id}}}}}, {"ConsistentRead", true}});
  if (!item.contains("Item")) return 0;
  return std::stoll(item["Item"][attribute]["N"].get<std::string>());
}

}  // namespace

TEST_CASE("CreateStreamTrigger takes the documented event-source-mapping limits", "[stream]") {
  Engine e;
  CreateStreamTable(e, "Src", "KEYS_ONLY");
  json base = {{"TriggerName", "t"}, {"TableName", "Src"}, {"StartingPosition", "TRIM_HORIZON"}};
  json created = Call(e, "CreateStreamTrigger", base)["StreamTrigger"];
  CHECK(created["BatchSize"] == 100);  // default BatchSize
  CHECK(created["MaximumBatchingWindowInSeconds"] == 0);
  CHECK(created["MaximumRetryAttempts"] == -1);  // retry until the records expire
  CHECK(CallErr(e, "CreateStreamTrigger", base).type == ErrorType::kResourceInUse);  // same name
  auto with = [&](const char* member, json value) {
    json r = base;
    r["TriggerName"] = "other";
    r[member] = std::move(value);
    return CallErr(e, "CreateStreamTrigger", r).type;
  };
  CHECK(with("BatchSize", 10001) == ErrorType::kValidation);  // max 10,000
  CHECK(with("BatchSize", 0) == ErrorType::kValidation);
  CHECK(with("MaximumBatchingWindowInSeconds", 301) == ErrorType::kValidation);  // 0..300
  CHECK(with("MaximumRetryAttempts", 10001) == ErrorType::kValidation);          // -1..10,000
  CHECK(with("MaximumRetryAttempts", -2) == ErrorType::kValidation);
  CHECK(with("StartingPosition", "AT_TIMESTAMP") == ErrorType::kValidation);
  CHECK(with("Handler", {{"Type", "AUDIT_LOG"}, {"TargetTable", "Src"}}) == ErrorType::kValidation);  // its own table
  CHECK(with("Handler", {{"Type", "COUNTER"}, {"TargetTable", "Nowhere"}}) == ErrorType::kResourceNotFound);
  CreateActive(e, CounterTableRequest("Counts"));
  // Counting by a non-key attribute needs both images.
  CHECK(with("Handler", {{"Type", "COUNTER"}, {"TargetTable", "Counts"}, {"CountBy", "colour"}}) == ErrorType::kValidation);
  json no_start = base;
  no_start.erase("StartingPosition");
  no_start["TriggerName"] = "other";
  CHECK(CallErr(e, "CreateStreamTrigger", no_start).type == ErrorType::kValidation);
  CHECK(Call(e, "ListStreamTriggers", json::object())["StreamTriggers"].size() == 1);
  Call(e, "DeleteStreamTrigger", {{"TriggerName", "t"}});
  CHECK(Call(e, "ListStreamTriggers", json::object())["StreamTriggers"].empty());
  CHECK(CallErr(e, "DescribeStreamTrigger", {{"TriggerName", "t"}}).type == ErrorType::kResourceNotFound);
}

TEST_CASE("A trigger polls 4 times per second and delivers at most BatchSize records per invocation", "[stream]") {
  Engine e;
  CreateStreamTable(e, "Src", "KEYS_ONLY");
  Call(e, "CreateStreamTrigger", {{"TriggerName", "batches"}, {"TableName", "Src"}, {"StartingPosition", "TRIM_HORIZON"},
                                  {"BatchSize", 10}});
  for (int i = 0; i < 25; ++i) Put(e, "Src", "k" + std::to_string(i));
  e.AdvanceClock(250);  // one poll: one batch of 10
  CHECK(Metrics(e, "batches")["Invocations"] == 1);
  CHECK(Metrics(e, "batches")["RecordsDelivered"] == 10);
  e.AdvanceClock(500);  // two more polls: 10 and the last 5
  CHECK(Metrics(e, "batches")["Invocations"] == 3);
  CHECK(Metrics(e, "batches")["RecordsDelivered"] == 25);
  e.AdvanceClock(1000);
  CHECK(Metrics(e, "batches")["Invocations"] == 3);  // nothing new, no invocation
  CHECK(CountEvents(e, EventKind::kTriggerInvoked) == 3);
}

TEST_CASE("MaximumBatchingWindowInSeconds waits for a fuller batch", "[stream]") {
  Engine e;
  CreateStreamTable(e, "Src", "KEYS_ONLY");
  Call(e, "CreateStreamTrigger", {{"TriggerName", "window"}, {"TableName", "Src"}, {"StartingPosition", "TRIM_HORIZON"},
                                  {"MaximumBatchingWindowInSeconds", 2}});
  Put(e, "Src", "a");
  e.AdvanceClock(1000);
  Put(e, "Src", "b");
  e.AdvanceClock(750);  // 1.75 s after "a": still gathering
  CHECK(Metrics(e, "window")["Invocations"] == 0);
  e.AdvanceClock(500);  // the window has passed: one batch with both records
  CHECK(Metrics(e, "window")["Invocations"] == 1);
  CHECK(Metrics(e, "window")["RecordsDelivered"] == 2);
}

TEST_CASE("StartingPosition LATEST skips the records already in the stream", "[stream]") {
  Engine e;
  CreateStreamTable(e, "Src", "KEYS_ONLY");
  Put(e, "Src", "before");
  Call(e, "CreateStreamTrigger", {{"TriggerName", "latest"}, {"TableName", "Src"}, {"StartingPosition", "LATEST"}});
  Put(e, "Src", "after");
  e.AdvanceClock(1000);
  CHECK(Metrics(e, "latest")["RecordsDelivered"] == 1);
}

TEST_CASE("A failing batch is retried and blocks its shard until it succeeds (at least once, in order)", "[stream]") {
  Engine e;
  CreateStreamTable(e, "Src", "NEW_IMAGE");
  for (const char* k : {"a", "b", "c"}) Put(e, "Src", k);
  // The audit table is still CREATING (5-10 virtual seconds): its PutItem calls fail until then.
  Call(e, "CreateTable", CounterTableRequest("Audit"));
  Call(e, "CreateStreamTrigger", {{"TriggerName", "audit"}, {"TableName", "Src"}, {"StartingPosition", "TRIM_HORIZON"},
                                  {"BatchSize", 1}, {"Handler", {{"Type", "AUDIT_LOG"}, {"TargetTable", "Audit"}}}});
  e.AdvanceClock(2000);
  json blocked = Trigger(e, "audit");
  CHECK(blocked["Metrics"]["RecordsDelivered"] == 0);
  CHECK(blocked["Metrics"]["Failures"] == 8);  // every poll retried the same first batch
  CHECK(blocked["Metrics"]["Retries"] == 7);
  CHECK(blocked["Shards"][0]["PendingAttempts"] == 8);
  CHECK(blocked["Metrics"]["IteratorAgeMilliseconds"].get<int64_t>() >= 2000 - 250);  // the record waits
  e.AdvanceClock(15'000);
  json done = Trigger(e, "audit");
  CHECK(done["Metrics"]["RecordsDelivered"] == 3);
  CHECK(done["Shards"][0]["PendingAttempts"] == 0);
  json audit = Call(e, "Scan", {{"TableName", "Audit"}})["Items"];
  CHECK(audit.size() == 3);
  // Delivered in order: the records' sequence numbers increase with their keys a, b, c.
  std::map<std::string, std::string> seq_by_key;
  for (const json& item : audit) seq_by_key[item["Keys"]["M"]["pk"]["S"]] = item["SequenceNumber"]["S"];
  CHECK(seq_by_key["a"] < seq_by_key["b"]);
  CHECK(seq_by_key["b"] < seq_by_key["c"]);
}

TEST_CASE("MaximumRetryAttempts bounds the retries; the batch is then discarded", "[stream]") {
  Engine e;
  CreateStreamTable(e, "Src", "KEYS_ONLY");
  Call(e, "CreateStreamTrigger", {{"TriggerName", "flaky"}, {"TableName", "Src"}, {"StartingPosition", "TRIM_HORIZON"},
                                  {"MaximumRetryAttempts", 2}, {"FailureInjection", {{"FailEveryNthInvocation", 1}}}});
  Put(e, "Src", "doomed");
  e.AdvanceClock(5000);
  json m = Metrics(e, "flaky");
  CHECK(m["Invocations"] == 3);  // the first attempt and 2 retries
  CHECK(m["Failures"] == 3);
  CHECK(m["Retries"] == 2);
  CHECK(m["RecordsDiscarded"] == 1);
  CHECK(m["RecordsDelivered"] == 0);
  CHECK(CountEvents(e, EventKind::kTriggerFailed) == 3);
}

TEST_CASE("Failure injection: every Nth invocation fails and is retried", "[stream]") {
  Engine e;
  CreateStreamTable(e, "Src", "KEYS_ONLY");
  Call(e, "CreateStreamTrigger", {{"TriggerName", "third"}, {"TableName", "Src"}, {"StartingPosition", "TRIM_HORIZON"},
                                  {"BatchSize", 1}, {"FailureInjection", {{"FailEveryNthInvocation", 3}}}});
  for (int i = 0; i < 4; ++i) Put(e, "Src", "k" + std::to_string(i));
  e.AdvanceClock(5000);
  json m = Metrics(e, "third");
  // Invocations 1 (k0) and 2 (k1) succeed, 3 (k2) fails, 4 retries k2, 5 delivers k3.
  CHECK(m["RecordsDelivered"] == 4);
  CHECK(m["Invocations"] == 5);
  CHECK(m["Failures"] == 1);
  CHECK(m["Retries"] == 1);
}

TEST_CASE("Iterator age: a record is delivered within one poll interval (4 polls per second)", "[stream]") {
  Engine e;
  CreateStreamTable(e, "Src", "KEYS_ONLY");
  Call(e, "CreateStreamTrigger", {{"TriggerName", "age"}, {"TableName", "Src"}, {"StartingPosition", "TRIM_HORIZON"}});
  e.AdvanceClock(1);  // just after a poll
  Put(e, "Src", "a");
  e.AdvanceClock(1000);
  const int64_t age = Metrics(e, "age")["IteratorAgeMilliseconds"];
  CHECK(age <= 250);
  CHECK(age > 0);
  StreamSnapshot snap;
  REQUIRE(e.SnapshotStream("Src", &snap));
  REQUIRE(snap.triggers.size() == 1);
  CHECK(snap.triggers[0].iterator_age_ms == age);
  CHECK(snap.triggers[0].records_delivered == 1);
}

TEST_CASE("COUNTER keeps a count per attribute value with UpdateItem ADD", "[stream]") {
  Engine e;
  CreateStreamTable(e, "Orders", "NEW_AND_OLD_IMAGES");
  CreateActive(e, CounterTableRequest("PerCustomer"));
  CreateActive(e, CounterTableRequest("PerKey"));
  Call(e, "CreateStreamTrigger", {{"TriggerName", "by-customer"}, {"TableName", "Orders"}, {"StartingPosition", "TRIM_HORIZON"},
                                  {"Handler", {{"Type", "COUNTER"}, {"TargetTable", "PerCustomer"}, {"CountBy", "customer"}}}});
  Call(e, "CreateStreamTrigger", {{"TriggerName", "by-key"}, {"TableName", "Orders"}, {"StartingPosition", "TRIM_HORIZON"},
                                  {"Handler", {{"Type", "COUNTER"}, {"TargetTable", "PerKey"}, {"CountAttribute", "n"}}}});
  auto order = [&](const std::string& id, const std::string& customer) { Put(e, "Orders", id, {{"customer", {{"S", customer}}}}); };
  order("o1", "alice");
  order("o2", "alice");
  order("o3", "alice");
  order("o4", "bob");
  e.AdvanceClock(1000);
  order("o3", "bob");  // moves from alice to bob
  order("o5", "bob");
  Delete(e, "Orders", "o4");
  e.AdvanceClock(1000);
  CHECK(CountOf(e, "PerCustomer", "alice") == 2);
  CHECK(CountOf(e, "PerCustomer", "bob") == 2);
  // Counting by the partition key: 1 per existing item, 0 once deleted.
  CHECK(CountOf(e, "PerKey", "o1", "n") == 1);
  CHECK(CountOf(e, "PerKey", "o4", "n") == 0);
}

TEST_CASE("A throttled handler write fails the batch, which is retried", "[stream]") {
  Engine e;
  CreateStreamTable(e, "Src", "NEW_IMAGE", 5, 400);
  CreateActive(e, CounterTableRequest("Slow", 1));  // 1 WCU
  Call(e, "CreateStreamTrigger", {{"TriggerName", "audit"}, {"TableName", "Src"}, {"StartingPosition", "TRIM_HORIZON"},
                                  {"Handler", {{"Type", "AUDIT_LOG"}, {"TargetTable", "Slow"}}}});
  // Each 300 KB record costs ~300 WCU to log: more than a 1-WCU table's burst bank holds.
  for (int i = 0; i < 3; ++i) {
    Put(e, "Src", "big" + std::to_string(i), {{"pad", {{"S", std::string(300 * 1024, 'x')}}}});
    e.AdvanceClock(1000);
  }
  e.AdvanceClock(2000);
  json m = Metrics(e, "audit");
  CHECK(m["Failures"].get<int>() >= 1);
  CHECK(m["Retries"].get<int>() >= 1);
  bool throttled = false;
  for (const Event& ev : e.events().all()) {
    throttled |= ev.kind == EventKind::kTriggerFailed && ev.detail.find("ProvisionedThroughputExceededException") != std::string::npos;
  }
  CHECK(throttled);
}

TEST_CASE("A trigger finishes a parent shard before reading its children", "[stream]") {
  Engine e;
  const std::string arn = CreateStreamTable(e, "Split", "NEW_IMAGE", 5, 500);
  const std::string parent = Shards(e, arn)[0]["ShardId"];
  Put(e, "Split", "item", {{"n", {{"N", "1"}}}});
  Call(e, "UpdateTable", {{"TableName", "Split"}, {"ProvisionedThroughput", {{"ReadCapacityUnits", 5}, {"WriteCapacityUnits", 1500}}}});
  e.AdvanceClock(60'000);
  Put(e, "Split", "item", {{"n", {{"N", "2"}}}});
  Put(e, "Split", "other", {{"n", {{"N", "3"}}}});
  CreateActive(e, CounterTableRequest("Log"));
  Call(e, "CreateStreamTrigger", {{"TriggerName", "ordered"}, {"TableName", "Split"}, {"StartingPosition", "TRIM_HORIZON"},
                                  {"BatchSize", 1}, {"Handler", {{"Type", "AUDIT_LOG"}, {"TargetTable", "Log"}}}});
  e.AdvanceClock(250);  // first poll: only the parent shard is eligible
  std::vector<std::string> order;
  for (const Event& ev : e.events().all()) {
    if (ev.kind == EventKind::kTriggerInvoked) order.push_back(ev.detail);
  }
  REQUIRE(order.size() == 1);
  CHECK(order[0].find(parent) != std::string::npos);
  e.AdvanceClock(2000);
  CHECK(Metrics(e, "ordered")["RecordsDelivered"] == 3);
  json shards = Trigger(e, "ordered")["Shards"];
  REQUIRE(shards.size() == 3);
  CHECK(shards[0]["Finished"] == true);  // the closed parent, fully delivered
}

}  // namespace ddb::test
