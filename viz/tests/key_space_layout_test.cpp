#include "app/key_space_layout.h"

#include <catch2/catch.hpp>

namespace ddb::viz {
namespace {

PartitionSnapshot Range(uint64_t lo, uint64_t hi) {
  PartitionSnapshot p;
  p.hash_lo = lo;
  p.hash_hi = hi;
  return p;
}

constexpr uint64_t kQuarter = uint64_t{1} << 62;

}  // namespace

TEST_CASE("Boxes follow hash ranges when every one is wide enough", "[viz]") {
  KeySpaceLayout l;
  l.Build({Range(0, kQuarter - 1), Range(kQuarter, 2 * kQuarter - 1), Range(2 * kQuarter, UINT64_MAX)}, 100, 500, 12);
  REQUIRE(l.size() == 3);
  CHECK(l.Left(0) == 100);
  CHECK(l.Right(0) == Approx(200));
  CHECK(l.Right(1) == Approx(300));
  CHECK(l.Right(2) == 500);
  CHECK(l.X(kQuarter) == Approx(200));
  CHECK(l.XIn(2, 3 * kQuarter) == Approx(400));
}

TEST_CASE("A partition of a single hash gets the minimum width, its neighbours shrink", "[viz]") {
  // A collection at hash H split twice by sort key: [0, H], [H, H], [H, MAX].
  const uint64_t h = 2 * kQuarter;
  KeySpaceLayout l;
  l.Build({Range(0, h), Range(h, h), Range(h, UINT64_MAX)}, 0, 1000, 20);
  CHECK(l.Right(1) - l.Left(1) == Approx(20));
  // The other two share the remaining 980 in proportion to their (equal) ranges.
  CHECK(l.Right(0) == Approx(490).margin(0.01));
  CHECK(l.Right(2) - l.Left(2) == Approx(490).margin(0.01));
  // Its items sit at the centre of its box; the boxes are contiguous and in order.
  CHECK(l.XIn(1, h) == Approx(500).margin(0.01));
  CHECK(l.Left(1) == l.Right(0));
  CHECK(l.Left(2) == l.Right(1));
  // A hash shared by several partitions is drawn in the lowest of them.
  CHECK(l.X(h) <= l.Right(0));
}

TEST_CASE("With more partitions than the minimum allows, the minimum gives way", "[viz]") {
  // 1,024 equal partitions on 512 pixels: half a pixel each, as hash-true as the bar allows.
  std::vector<PartitionSnapshot> parts;
  for (uint64_t i = 0; i < 1024; ++i) parts.push_back(Range(i << 54, ((i + 1) << 54) - 1));
  KeySpaceLayout l;
  l.Build(parts, 0, 512, 20);
  CHECK(l.Right(0) == Approx(0.5));
  CHECK(l.Left(1023) == Approx(511.5));
  // One of a single hash among many: every box still fits, and in order.
  parts.insert(parts.begin() + 1, Range(parts[1].hash_lo, parts[1].hash_lo));
  l.Build(parts, 0, 512, 20);
  for (size_t i = 0; i < l.size(); ++i) CHECK(l.Right(i) >= l.Left(i));
  CHECK(l.Right(l.size() - 1) == 512);
}

TEST_CASE("A bar with no partitions maps hashes linearly", "[viz]") {
  KeySpaceLayout l;
  l.Build({}, 10, 110, 20);
  CHECK(l.size() == 0);
  CHECK(l.X(0) == 10);
  CHECK(l.X(2 * kQuarter) == Approx(60));
}

}  // namespace ddb::viz
