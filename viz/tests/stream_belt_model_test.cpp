#include "app/stream_belt_model.h"

#include "ddb/engine.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace ddb::viz {
namespace {

using nlohmann::json;

ShardSnapshot Shard(const std::string& id, const std::string& parent, bool open = true) {
  ShardSnapshot s;
  s.id = id;
  s.parent_id = parent;
  s.open = open;
  return s;
}

StreamRecordSummary Record(const std::string& sequence) {
  StreamRecordSummary r;
  r.event_name = "INSERT";
  r.sequence_number = sequence;
  return r;
}

// A shard holding records with sequence numbers 100, 200, 300 (21 digits, as the engine writes them).
ShardSnapshot ShardWithThree() {
  ShardSnapshot s = Shard("shardId-00000000000000000000-0000000a", "");
  s.recent = {Record("000000000000000000100"), Record("000000000000000000200"), Record("000000000000000000300")};
  s.record_count = 3;
  return s;
}

TriggerShardSnapshot ReaderAt(const std::string& position) {
  TriggerShardSnapshot t;
  t.position = position;
  return t;
}

}  // namespace

TEST_CASE("Record kinds and key labels", "[viz]") {
  CHECK(RecordKindOf("INSERT") == RecordKind::kInsert);
  CHECK(RecordKindOf("MODIFY") == RecordKind::kModify);
  CHECK(RecordKindOf("REMOVE") == RecordKind::kRemove);
  // The partition key comes first even when the sort key's name sorts before it.
  CHECK(KeyLabel(R"({"a_sort":{"N":"3"},"pk":{"S":"user#1"}})", "pk") == "user#1 / 3");
  CHECK(KeyLabel(R"({"pk":{"S":"abcdefghijklmnopqrstuvwxyz"}})", "pk", 6) == "abcde\xE2\x80\xA6");
  CHECK(KeyLabel("not json", "pk", 4) == "not\xE2\x80\xA6");
  CHECK(ImageLines(R"({"pk":{"S":"a"},"v":{"N":"2"}})") == "pk: a\nv: 2");
  CHECK(ImageLines("").empty());
}

TEST_CASE("Shard close reasons are read from the engine's ShardClosed events", "[viz]") {
  CHECK(CloseReasonOf("its partition split") == CloseReason::kSplit);
  CHECK(CloseReasonOf("rolled over after 4 hours") == CloseReason::kRollover);
  CHECK(CloseReasonOf("something else") == CloseReason::kUnknown);
  CHECK(std::string(CloseReasonLabel(CloseReason::kSplit)) == "closed: split");

  EventLog events;
  Event closed;
  closed.kind = EventKind::kShardClosed;
  closed.table = "T";
  closed.detail = "shardId-1-a: its partition split";
  events.Append(closed);
  Event other = closed;
  other.table = "Other";
  other.detail = "shardId-2-b: rolled over after 4 hours";
  events.Append(other);
  ShardCloseLog log;
  IngestShardCloses(events, "T", &log);
  CHECK(log.reasons.size() == 1);
  CHECK(log.reasons["shardId-1-a"] == CloseReason::kSplit);
  // Only new events are read the next time; an event already read is not read twice.
  closed.detail = "shardId-3-c: rolled over after 4 hours";
  events.Append(closed);
  log.reasons.erase("shardId-1-a");
  IngestShardCloses(events, "T", &log);
  CHECK(log.reasons.count("shardId-1-a") == 0);
  CHECK(log.reasons["shardId-3-c"] == CloseReason::kRollover);
  // Another table starts over from what the log retains.
  IngestShardCloses(events, "Other", &log);
  CHECK(log.reasons.size() == 1);
  CHECK(log.reasons["shardId-2-b"] == CloseReason::kRollover);
}

TEST_CASE("Belts are laid out as the shard lineage tree", "[viz]") {
  StreamSnapshot stream;
  // Creation order: two roots, a split of the first into two children, a rollover of one child.
  stream.shards = {Shard("p", "", false), Shard("q", ""), Shard("c1", "p", false), Shard("c2", "p"),
                   Shard("g", "c1"), Shard("orphan", "trimmed-away")};
  std::vector<BeltRow> rows;
  LayoutBeltRows(stream, &rows);
  REQUIRE(rows.size() == 6);
  std::vector<std::string> order;
  for (const BeltRow& r : rows) order.push_back(stream.shards[r.shard].id);
  // Children right under their parent, then the next root; a missing parent makes a root.
  CHECK(order == std::vector<std::string>{"p", "c1", "g", "c2", "q", "orphan"});
  CHECK(rows[0].depth == 0);
  CHECK(rows[1].depth == 1);
  CHECK(rows[1].parent_row == 0);
  CHECK(rows[2].depth == 2);
  CHECK(rows[2].parent_row == 1);
  CHECK(rows[3].parent_row == 0);
  CHECK(rows[4].depth == 0);
  CHECK(rows[5].parent_row == -1);
  CHECK(ShortShardId("shardId-00000000000000012345-1a2b3c4d") == "\xE2\x80\xA6" "1a2b3c4d");
}

TEST_CASE("Only the newest cards that fit a belt are drawn", "[viz]") {
  VisibleCards v = CardsThatFit(100'000, 500.0f, 50.0f);
  CHECK(v.count == 10);
  CHECK(v.first == 99'990);
  CHECK(SlotOf(99'999, 100'000) == 0);  // the newest sits at the head
  v = CardsThatFit(3, 500.0f, 50.0f);
  CHECK(v.first == 0);
  CHECK(v.count == 3);
  CHECK(CardsThatFit(0, 500.0f, 50.0f).count == 0);
  CHECK(CardsThatFit(5, 10.0f, 50.0f).count == 0);
}

TEST_CASE("A trigger's reader sits at the record it delivers next", "[viz]") {
  CHECK(CompareSequence("000000000000000000100", "99") > 0);
  CHECK(CompareSequence("100", "000000000000000000100") == 0);
  CHECK(CompareSequence("0", "") == 0);

  const ShardSnapshot shard = ShardWithThree();
  ReaderMark m = LocateReader(shard, ReaderAt("000000000000000000200"));
  CHECK(m.where == ReaderMark::Where::kAtRecord);
  CHECK(m.record == 1);
  CHECK(m.behind == 2);
  CHECK(ReaderStatus(ReaderAt("200"), m) == "2 records to deliver");
  // Between two records: the next one after the position.
  m = LocateReader(shard, ReaderAt("000000000000000000150"));
  CHECK(m.record == 1);
  // Past the newest: caught up.
  m = LocateReader(shard, ReaderAt("000000000000000000301"));
  CHECK(m.where == ReaderMark::Where::kCaughtUp);
  CHECK(ReaderStatus(ReaderAt("301"), m) == "caught up");
  // Before every shown record of a shard that holds more than the snapshot shows.
  ShardSnapshot longer = shard;
  longer.record_count = 50;
  m = LocateReader(longer, ReaderAt("000000000000000000001"));
  CHECK(m.where == ReaderMark::Where::kBeforeShown);
  CHECK(ReaderStatus(ReaderAt("1"), m) == "more than 3 records to deliver");
  // A failing batch: the reader does not move; two failed invocations mean attempt 3 is next.
  TriggerShardSnapshot blocked = ReaderAt("000000000000000000100");
  blocked.pending_attempts = 2;
  m = LocateReader(shard, blocked);
  CHECK(m.record == 0);
  CHECK(ReaderStatus(blocked, m) == "blocked on a failing batch, attempt 3");
  TriggerShardSnapshot done = ReaderAt("");
  done.finished = true;
  CHECK(LocateReader(shard, done).where == ReaderMark::Where::kFinished);
}

TEST_CASE("A child shard's reader waits until its trigger finished the parent", "[viz]") {
  // Triggers read a parent shard to its end before its children (README "Streams and triggers").
  TriggerSnapshot trigger;
  trigger.shards = {TriggerShardSnapshot{"p", "5"}};
  const ShardSnapshot child = Shard("c", "p");
  CHECK(WaitsForParent(trigger, child));
  CHECK(ReaderStatus(ReaderAt("1"), ReaderMark{}, true) == "waits for the parent shard");
  trigger.shards[0].finished = true;
  CHECK_FALSE(WaitsForParent(trigger, child));
  CHECK_FALSE(WaitsForParent(trigger, Shard("root", "")));
}

TEST_CASE("Reader labels share lanes without overlapping", "[viz]") {
  std::vector<std::vector<LabelSpan>> lanes(2);
  float x = 0;
  CHECK(PlaceLabel(&lanes, 10, 100, 0, 500, 10, &x) == 0);
  CHECK(x == 10);
  // Wants to start inside the first label: slides right after it on the same lane.
  CHECK(PlaceLabel(&lanes, 50, 100, 0, 500, 10, &x) == 0);
  CHECK(x == 120);
  // No room left on lane 0 for a wide label: lane 1.
  CHECK(PlaceLabel(&lanes, 100, 300, 0, 500, 10, &x) == 1);
  // Clamped inside the belt's right end.
  std::vector<std::vector<LabelSpan>> one(1);
  PlaceLabel(&one, 480, 100, 0, 500, 10, &x);
  CHECK(x == 400);
}

TEST_CASE("A reader warms up as its iterator age grows", "[viz]") {
  CHECK(AgeHeat(0) == 0.0f);
  CHECK(AgeHeat(100) == 0.0f);
  CHECK(AgeHeat(1'000) > 0.0f);
  CHECK(AgeHeat(10'000) > AgeHeat(1'000));
  CHECK(AgeHeat(60'000) == 1.0f);
  CHECK(AgeHeat(86'400'000) == 1.0f);
  CHECK(FormatAge(850) == "850 ms");
  CHECK(FormatAge(12'345) == "12.3 s");
  CHECK(FormatAge(245'000) == "4 min 05 s");
  CHECK(FormatAge(7'800'000) == "2 h 10 min");
}

TEST_CASE("Stream totals count records and shards", "[viz]") {
  StreamSnapshot stream;
  stream.shards = {Shard("a", "", false), Shard("b", "a"), Shard("c", "a")};
  stream.shards[0].record_count = 10;
  stream.shards[0].trimmed_count = 4;
  stream.shards[1].record_count = 5;
  StreamTotals t = SumStream(stream);
  CHECK(t.appended == 15);
  CHECK(t.trimmed == 4);
  CHECK(t.retained == 11);
  CHECK(t.open_shards == 2);
  CHECK(t.closed_shards == 1);
}

TEST_CASE("A partition split shows as a closed parent belt with two child belts", "[viz]") {
  Engine engine;
  auto request = json::parse(R"({"TableName":"Split","AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}],
    "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],
    "ProvisionedThroughput":{"ReadCapacityUnits":5,"WriteCapacityUnits":500},
    "StreamSpecification":{"StreamEnabled":true,"StreamViewType":"NEW_AND_OLD_IMAGES"}})");
  REQUIRE(engine.Handle("CreateTable", request).ok());
  engine.AdvanceClock(60'000);
  REQUIRE(engine.Handle("PutItem", json::parse(R"({"TableName":"Split","Item":{"pk":{"S":"a"}}})")).ok());
  // A new table gets ceil(RCU / 3000 + WCU / 1000) partitions (Developer Guide, "Partitions and
  // data distribution"): 500 WCU is one partition, 1,500 WCU needs two, so the partition splits.
  REQUIRE(engine
              .Handle("UpdateTable", json::parse(R"({"TableName":"Split","ProvisionedThroughput":
                                                     {"ReadCapacityUnits":5,"WriteCapacityUnits":1500}})"))
              .ok());
  engine.AdvanceClock(60'000);
  StreamSnapshot stream;
  REQUIRE(engine.SnapshotStream("Split", &stream));
  std::vector<BeltRow> rows;
  LayoutBeltRows(stream, &rows);
  REQUIRE(rows.size() == 3);
  CHECK_FALSE(stream.shards[rows[0].shard].open);
  CHECK(rows[1].parent_row == 0);
  CHECK(rows[2].parent_row == 0);
  CHECK(stream.shards[rows[1].shard].open);
  CHECK(stream.shards[rows[2].shard].open);
  ShardCloseLog log;
  IngestShardCloses(engine.events(), "Split", &log);
  CHECK(log.reasons[stream.shards[rows[0].shard].id] == CloseReason::kSplit);
  // The parent's record, with its new image (NEW_AND_OLD_IMAGES) and no old one (an INSERT).
  REQUIRE(engine.SnapshotStream("Split", &stream, 16, /*images=*/true));
  REQUIRE(stream.shards[rows[0].shard].recent.size() == 1);
  CHECK_FALSE(stream.shards[rows[0].shard].recent[0].new_image.empty());
  CHECK(stream.shards[rows[0].shard].recent[0].old_image.empty());
}

}  // namespace ddb::viz
