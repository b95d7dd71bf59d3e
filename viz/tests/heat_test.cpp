#include "app/heat.h"

#include <catch2/catch.hpp>

#include <cmath>

namespace ddb::viz {
namespace {

// Channels of an ImU32 built by IM_COL32 (R in the low byte).
int Red(ImU32 c) { return static_cast<int>(c & 0xFF); }
int Green(ImU32 c) { return static_cast<int>((c >> 8) & 0xFF); }
int Blue(ImU32 c) { return static_cast<int>((c >> 16) & 0xFF); }

TEST_CASE("Heat is consumed over the partition ceiling, the hotter of reads and writes", "[viz]") {
  PartitionCapacity c;
  c.read_ceiling = 3000;
  c.write_ceiling = 1000;
  c.consumed_read = 1500;   // 1500 / 3000 = 0.5
  c.consumed_write = 250;   // 250 / 1000 = 0.25
  CHECK(PartitionHeat(c) == Approx(0.5));
  c.consumed_write = 1200;  // 1.2: over the hard limit shows as more than 100%
  CHECK(PartitionHeat(c) == Approx(1.2));
}

TEST_CASE("Heat is 0 when the ceiling is unknown or nothing was consumed", "[viz]") {
  PartitionCapacity c;  // the engine reports zeros until its capacity model runs
  c.consumed_write = 10;
  CHECK(PartitionHeat(c) == 0.0);
  CHECK(Heat(0, 1000) == 0.0);
  CHECK(Heat(-1, 1000) == 0.0);
}

TEST_CASE("The heat ramp starts at its cold stop and ends at its hot stop", "[viz]") {
  ImU32 cold = HeatColor(0.0), hot = HeatColor(1.0);
  // kHeatStops[0] = 0x243247, the last = 0xFF3B4E.
  CHECK(Red(cold) == 0x24);
  CHECK(Green(cold) == 0x32);
  CHECK(Blue(cold) == 0x47);
  CHECK(Red(hot) == 0xFF);
  CHECK(Green(hot) == 0x3B);
  CHECK(Blue(hot) == 0x4E);
}

TEST_CASE("The heat ramp interpolates linearly between stops", "[viz]") {
  // 0.125 is halfway from 0x243247 (at 0) to 0x2F6FDB (at 0.25):
  // R (0x24 + 0x2F) / 2 = (36 + 47) / 2 = 41.5 -> 42; G (50 + 111) / 2 = 80.5 -> 81;
  // B (71 + 219) / 2 = 145.
  ImU32 c = HeatColor(0.125);
  CHECK(Red(c) == 42);
  CHECK(Green(c) == 81);
  CHECK(Blue(c) == 145);
  // Exactly on a stop: 0.75 is amber 0xF5B94A.
  ImU32 amber = HeatColor(0.75);
  CHECK(Red(amber) == 0xF5);
  CHECK(Green(amber) == 0xB9);
  CHECK(Blue(amber) == 0x4A);
}

TEST_CASE("The heat ramp clamps out-of-range and NaN heat", "[viz]") {
  CHECK(HeatColor(-3.0) == HeatColor(0.0));
  CHECK(HeatColor(7.5) == HeatColor(1.0));
  CHECK(HeatColor(std::nan("")) == HeatColor(0.0));
}

TEST_CASE("The heat ramp gets warmer: red rises and blue falls from cold to hot", "[viz]") {
  CHECK(Red(HeatColor(1.0)) > Red(HeatColor(0.5)));
  CHECK(Red(HeatColor(0.5)) >= Red(HeatColor(0.0)));
  CHECK(Blue(HeatColor(1.0)) < Blue(HeatColor(0.25)));
}

TEST_CASE("The scale profile note names the real limits", "[viz]") {
  // DynamoDB: 3,000 RCU and 1,000 WCU per partition (Developer Guide, partitions).
  CHECK(ScaleProfileNote("real", {3000, 1000}) == "real: 3,000 RCU / 1,000 WCU per partition");
  CHECK(ScaleProfileNote("classroom", {30, 10}) ==
        "classroom: limits / 100, real would be 3,000 RCU / 1,000 WCU per partition");
  // Before the engine reports ceilings: the documented divisor.
  CHECK(ScaleProfileNote("classroom", {0, 0}) ==
        "classroom: limits / 100, real would be 3,000 RCU / 1,000 WCU per partition");
}

TEST_CASE("Table ceilings come from the partitions, else from the profile", "[viz]") {
  TableSnapshot t;
  t.profile = "classroom";
  CHECK(TableCeilings(t).write == Approx(10.0));  // 1,000 / 100
  CHECK(TableCeilings(t).read == Approx(30.0));   // 3,000 / 100
  t.profile = "real";
  CHECK(TableCeilings(t).write == Approx(1000.0));
  PartitionSnapshot p;
  p.capacity.read_ceiling = 60;
  p.capacity.write_ceiling = 20;
  t.partitions.push_back(p);
  CHECK(TableCeilings(t).read == Approx(60.0));
  CHECK(TableCeilings(t).write == Approx(20.0));
}

}  // namespace
}  // namespace ddb::viz

namespace ddb::viz {
namespace {

TEST_CASE("A GSI's partitions give their own ceilings, else the profile's per-partition limits", "[viz]") {
  PartitionSnapshot p;
  p.capacity.read_ceiling = 3000;
  p.capacity.write_ceiling = 1000;
  const Ceilings reported = PartitionCeilings({p}, "real");
  CHECK(reported.read == 3000);
  CHECK(reported.write == 1000);
  // Nothing reported: the documented partition limits, scaled down by 100 in the classroom.
  const Ceilings classroom = PartitionCeilings({PartitionSnapshot{}}, "classroom");
  CHECK(classroom.read == 30);
  CHECK(classroom.write == 10);
  const Ceilings real = PartitionCeilings({}, "real");
  CHECK(real.read == 3000);
  CHECK(real.write == 1000);
}

}  // namespace
}  // namespace ddb::viz
