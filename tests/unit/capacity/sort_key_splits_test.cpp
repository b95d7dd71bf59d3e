// Splits inside an item collection (dynamodb-model §6.6, simulation choices 3 and 5): a table
// with a sort key and no LSI may divide one partition key's items between partitions by sort
// key, for heat and by size; time-ordered keys, a single hot item and an LSI keep it whole.
#include "capacity_support.h"
#include "ddb/item_size.h"

namespace ddb::test {
namespace {

// pk (S) + sk (N), on demand: four classroom partitions of 10 WCU.
json CollectionTable(const std::string& name, bool with_lsi = false) {
  json r = {{"TableName", name},
            {"AttributeDefinitions",
             {{{"AttributeName", "pk"}, {"AttributeType", "S"}}, {{"AttributeName", "sk"}, {"AttributeType", "N"}}}},
            {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}}, {{"AttributeName", "sk"}, {"KeyType", "RANGE"}}}},
            {"BillingMode", "PAY_PER_REQUEST"}};
  if (with_lsi) {
    r["AttributeDefinitions"].push_back({{"AttributeName", "at"}, {"AttributeType", "S"}});
    r["LocalSecondaryIndexes"] = {{{"IndexName", "ByAt"},
                                   {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}},
                                                  {{"AttributeName", "at"}, {"KeyType", "RANGE"}}}},
                                   {"Projection", {{"ProjectionType", "KEYS_ONLY"}}}}};
  }
  return r;
}

Engine Classroom() {
  EngineOptions options;
  options.profile = "classroom";
  return Engine(options);
}

// A PutItem of about `bytes` on (pk, sk); true when admitted.
bool PutAt(Engine& e, const std::string& table, const std::string& pk, int64_t sk, size_t bytes = 1000) {
  PutItemInput in;
  in.table_name = table;
  in.item = SizedItem(pk, bytes);
  in.item["sk"] = AttributeValue(Number::FromInt(sk));
  auto r = e.PutItem(std::move(in));
  if (r.ok()) return true;
  REQUIRE(r.error().type == ErrorType::kThrottling);
  return false;
}

json Partitions(Engine& e, const std::string& table) {
  return Call(e, "DescribePartitions", {{"TableName", table}})["Partitions"];
}

// The partition (index) that begins inside an item collection; -1 when none does.
int BeginsInsideCollection(const json& parts) {
  for (size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].contains("FirstKey")) return static_cast<int>(i);
  }
  return -1;
}

// The partition (index) whose note mentions `text`; -1 when none does.
int NoteWith(const json& parts, const std::string& text) {
  for (size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].value("Note", "").find(text) != std::string::npos) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

TEST_CASE("A hot item collection splits by sort key, where its traffic divides", "[capacity]") {
  // 9 WCU/s (90% of a partition's 10) on one partition key, spread over 20 sort keys: the
  // partition key carries all of it, no single item more than 5%.
  Engine e = Classroom();
  CreateActive(e, CollectionTable("Devices"));
  const Outcome run = Drive(e, 600, 9, [&](int64_t n) { return PutAt(e, "Devices", "device#1", n % 20); });
  CHECK(run.throttled == 0);
  REQUIRE(CountEvents(e, EventKind::kPartitionSplit) == 1);
  CHECK(CountEvents(e, EventKind::kSplitRefused) == 0);

  json parts = Partitions(e, "Devices");
  REQUIRE(parts.size() == 5);
  // The upper child begins inside device#1's collection; the lower holds its earlier sort keys.
  const int upper = BeginsInsideCollection(parts);
  REQUIRE(upper > 0);
  const json& first = parts[upper]["FirstKey"];
  CHECK(first["pk"] == json{{"S", "device#1"}});
  const int split_sk = std::stoi(first["sk"]["N"].get<std::string>());
  CHECK(split_sk > 0);
  CHECK(split_sk < 20);
  CHECK(parts[upper]["ItemCount"] == 20 - split_sk);
  CHECK(parts[upper - 1]["ItemCount"] == split_sk);
  CHECK(parts[upper]["ParentPartitionId"] == parts[upper - 1]["ParentPartitionId"]);
  // Both children own a part of the one hash.
  CHECK(parts[upper]["HashRangeStart"] == parts[upper - 1]["HashRangeEnd"]);
  CHECK(parts[upper - 1]["Note"].is_null());

  // Each write now lands in the child owning its sort key.
  const int lower_id = parts[upper - 1]["PartitionId"];
  const int upper_id = parts[upper]["PartitionId"];
  const uint64_t seen = e.events().all().back().seq;
  REQUIRE(PutAt(e, "Devices", "device#1", 0));
  REQUIRE(PutAt(e, "Devices", "device#1", split_sk));
  std::vector<int> written;
  for (const Event& ev : e.events().all()) {
    if (ev.seq > seen && ev.kind == EventKind::kItemWritten) written.push_back(ev.partition);
  }
  CHECK(written == std::vector<int>{lower_id, upper_id});

  // A Query over the whole collection reads from both and is charged to both, 20 KB in all:
  // ceil(20,000 / 4,096) = 5 RCU strongly consistent, in halves 10, divided by bytes.
  const uint64_t before_query = e.events().all().back().seq;
  json q = Call(e, "Query", {{"TableName", "Devices"},
                             {"KeyConditionExpression", "pk = :p"},
                             {"ConsistentRead", true},
                             {"ReturnConsumedCapacity", "TOTAL"},
                             {"ExpressionAttributeValues", {{":p", {{"S", "device#1"}}}}}});
  CHECK(q["Count"] == 20);
  CHECK(q["ConsumedCapacity"]["CapacityUnits"] == 5.0);
  std::vector<int> read_from;
  int64_t halves = 0;
  for (const Event& ev : e.events().all()) {
    if (ev.seq > before_query && ev.kind == EventKind::kItemRead) {
      read_from.push_back(ev.partition);
      halves += ev.read_half_units;
    }
  }
  CHECK(read_from == std::vector<int>{lower_id, upper_id});
  CHECK(halves == 10);
}

TEST_CASE("Sort keys read in ascending order keep a hot collection whole", "[capacity]") {
  // A reader walking one collection forward (a time series read in order), 54 eventually
  // consistent reads a second at 0.5 RCU each: 27 RCU/s, 90% of the partition's 30. Every
  // request goes past the one before, so the upper side of any split would take all of them.
  Engine e = Classroom();
  CreateActive(e, CollectionTable("Readings"));
  Drive(e, 400, 54, [&](int64_t n) {
    GetItemInput in;
    in.table_name = "Readings";
    in.key["pk"] = AttributeValue("sensor#1");
    in.key["sk"] = AttributeValue(Number::FromInt(1'700'000'000 + n));
    return e.GetItem(in).ok();
  });
  CHECK(CountEvents(e, EventKind::kPartitionSplit) == 0);
  CHECK(CountEvents(e, EventKind::kSplitRefused) == 1);
  json parts = Partitions(e, "Readings");
  CHECK(parts.size() == 4);
  CHECK(NoteWith(parts, "ever higher sort keys") >= 0);
}

TEST_CASE("One hot item cannot be spread by a split inside its collection", "[capacity]") {
  Engine e = Classroom();
  CreateActive(e, CollectionTable("OneItem"));
  // 8 of every 9 writes go to sort key 7; the rest cycle over 10 others.
  Drive(e, 400, 9, [&](int64_t n) { return PutAt(e, "OneItem", "device#1", n % 9 ? 7 : 100 + n % 10); });
  CHECK(CountEvents(e, EventKind::kPartitionSplit) == 0);
  json parts = Partitions(e, "OneItem");
  CHECK(parts.size() == 4);
  CHECK(NoteWith(parts, "one item (sort key {\"N\":\"7\"})") >= 0);
  CHECK(NoteWith(parts, "cannot spread a single item") >= 0);
}

TEST_CASE("A local secondary index keeps each item collection in one partition", "[capacity]") {
  Engine e = Classroom();
  CreateActive(e, CollectionTable("WithLsi", true));
  Drive(e, 400, 9, [&](int64_t n) { return PutAt(e, "WithLsi", "device#1", n % 20); });
  CHECK(CountEvents(e, EventKind::kPartitionSplit) == 0);
  json parts = Partitions(e, "WithLsi");
  CHECK(parts.size() == 4);
  CHECK(NoteWith(parts, "local secondary index") >= 0);
}

TEST_CASE("An item collection over the partition size limit splits by sort key at its byte median", "[capacity]") {
  // Classroom profile: 64 KiB per partition. 100 items of 660 bytes in one collection (sort keys
  // 1001, 1003, ..., 1199: four significant digits each, so all the same size): 99 fit (65,340
  // bytes), the 100th crosses 65,536. Half the bytes lie below the 51st item (simulation choice 3),
  // so the upper child starts at its sort key, 1101.
  Engine e = Classroom();
  CreateActive(e, CollectionTable("Big"));
  Item probe = SizedItem("device#1", 600);
  probe["sk"] = AttributeValue(Number::FromInt(1001));
  const size_t bytes = 600 + (660 - static_cast<size_t>(ItemSize(probe)));
  for (int i = 0; i < 100; ++i) {
    REQUIRE(PutAt(e, "Big", "device#1", 1001 + 2 * i, bytes));
    e.AdvanceClock(200);  // 5 WCU/s: not hot
  }
  e.AdvanceClock(6 * 60 * 1000);
  REQUIRE(CountEvents(e, EventKind::kPartitionSplit) == 1);
  json parts = Partitions(e, "Big");
  REQUIRE(parts.size() == 5);
  const int upper = BeginsInsideCollection(parts);
  REQUIRE(upper > 0);
  CHECK(parts[upper]["FirstKey"]["sk"] == json{{"N", "1101"}});
  CHECK(parts[upper]["ItemCount"] == 50);
  CHECK(parts[upper - 1]["ItemCount"] == 50);
  CHECK(parts[upper]["SizeBytes"] == 50 * 660);
  CHECK(parts[upper - 1]["SizeBytes"] == 50 * 660);
}

}  // namespace ddb::test
