#include "app/partition_effects.h"

#include <catch2/catch.hpp>

namespace ddb::viz {
namespace {

Event Make(EventKind kind, int partition, const char* detail = "") {
  Event e;
  e.kind = kind;
  e.table = "Music";
  e.partition = partition;
  e.detail = detail;
  e.time_ms = 5000;
  return e;
}

TEST_CASE("Throttled events flash their partition and fade over 0.8 s", "[viz]") {
  EventLog log;
  log.Append(Make(EventKind::kThrottled, 2, "TableWriteKeyRangeThroughputExceeded"));
  log.Append(Make(EventKind::kThrottled, 2, "TableWriteKeyRangeThroughputExceeded"));
  log.Append(Make(EventKind::kItemWritten, 1));
  PartitionEffects fx;
  IngestEffects(log, 10.0, true, &fx);
  const ThrottleFlash* f = FindFlash(fx, "Music", 2);
  REQUIRE(f != nullptr);
  CHECK(f->count == 2);
  CHECK(f->reason == "TableWriteKeyRangeThroughputExceeded");
  CHECK_FALSE(IsReadThrottle(f->reason));
  CHECK(IsReadThrottle("TableReadKeyRangeThroughputExceeded"));
  CHECK(FindFlash(fx, "Music", 1) == nullptr);
  CHECK(FlashStrength(*f, 10.0) == Approx(1.0f));
  CHECK(FlashStrength(*f, 10.4) == Approx(0.5f));  // 0.4 of 0.8 s
  CHECK(FlashStrength(*f, 10.8) == 0.0f);
}

TEST_CASE("The cursor reads every event once", "[viz]") {
  EventLog log;
  log.Append(Make(EventKind::kThrottled, 0, "TableReadProvisionedThroughputExceeded"));
  PartitionEffects fx;
  IngestEffects(log, 1.0, true, &fx);
  IngestEffects(log, 1.1, true, &fx);
  REQUIRE(FindFlash(fx, "Music", 0) != nullptr);
  CHECK(FindFlash(fx, "Music", 0)->count == 1);
  CHECK(FindFlash(fx, "Music", 0)->last_s == 1.0);
}

TEST_CASE("A split animates for 0.6 s, split notes and chart markers are kept", "[viz]") {
  EventLog log;
  log.Append(Make(EventKind::kSplitStarted, 0, "consumed 95% of 1,000 WCU for 5 minutes"));
  log.Append(Make(EventKind::kPartitionSplit, 0));
  log.Append(Make(EventKind::kSplitRefused, 3, "one key carries 100% of the traffic"));
  log.Append(Make(EventKind::kCapacityChanged, -1, "WCU 5 -> 50"));
  PartitionEffects fx;
  IngestEffects(log, 20.0, true, &fx);
  const SplitAnimation* s = FindSplitAnimation(fx, "Music", 0);
  REQUIRE(s != nullptr);
  CHECK(SplitProgress(*s, 20.3) == Approx(0.5f));
  CHECK(SplitProgress(*s, 21.0) == 1.0f);
  const SplitNotice* n = FindNotice(fx, "Music", 3);
  REQUIRE(n != nullptr);
  CHECK(n->refused);
  CHECK(n->detail == "one key carries 100% of the traffic");
  REQUIRE(fx.markers.size() == 1);
  CHECK(fx.markers[0].time_ms == 5000);
  CHECK(fx.markers[0].detail == "WCU 5 -> 50");
  // Finished animations are dropped at the next ingest.
  IngestEffects(log, 21.0, true, &fx);
  CHECK(FindSplitAnimation(fx, "Music", 0) == nullptr);
}

TEST_CASE("Preloaded events keep their chart markers but do not animate", "[viz]") {
  EventLog log;
  log.Append(Make(EventKind::kThrottled, 1, "TableWriteKeyRangeThroughputExceeded"));
  log.Append(Make(EventKind::kPartitionSplit, 1));
  log.Append(Make(EventKind::kWorkload, -1, "hot-key RUNNING"));
  PartitionEffects fx;
  IngestEffects(log, 0.0, false, &fx);
  CHECK(fx.flashes.empty());
  CHECK(fx.splits.empty());
  CHECK(fx.markers.size() == 1);
  CHECK(fx.last_seq == log.last_seq());
}

}  // namespace
}  // namespace ddb::viz

namespace ddb::viz {
namespace {

TEST_CASE("Deleting a table forgets its partitions' lineage and its GSIs', not another table's", "[viz]") {
  PartitionEffects fx;
  fx.lineage["Music"][0] = PartitionRange{0, -1, 0, UINT64_MAX, true, true};
  fx.lineage[LineageKey("Music", "ByGenre")][0] = PartitionRange{0, -1, 0, UINT64_MAX, true, true};
  fx.lineage["MusicArchive"][0] = PartitionRange{0, -1, 0, UINT64_MAX, true, true};
  EventLog log;
  log.Append(Make(EventKind::kTableDeleted, -1));
  IngestEffects(log, 1.0, true, &fx);
  CHECK(fx.lineage.count("Music") == 0);
  CHECK(fx.lineage.count("Music/ByGenre") == 0);
  CHECK(fx.lineage.count("MusicArchive") == 1);  // a longer name that merely starts alike stays
}

}  // namespace
}  // namespace ddb::viz
