#include "app/capacity.h"

#include <catch2/catch.hpp>

namespace ddb::viz {
namespace {

// Expected values: DynamoDB Developer Guide, read/write capacity units (dynamodb-model.md §5):
// reads per 4 KB rounded up, eventual reads half; writes per 1 KB rounded up; 1 KB = 1024 B.
TEST_CASE("A 10 KB item costs 3 RCU strongly consistent and 1.5 eventually", "[viz]") {
  CHECK(ReadHalfUnitsForItem(10 * 1024, true) == 6);
  CHECK(ReadHalfUnitsForItem(10 * 1024, false) == 3);
  CHECK(FormatReadUnits(ReadHalfUnitsForItem(10 * 1024, true)) == "3 RCU");
  CHECK(FormatReadUnits(ReadHalfUnitsForItem(10 * 1024, false)) == "1.5 RCU");
}

TEST_CASE("A 3,500 byte item costs 1 RCU to read and 4 WCU to write", "[viz]") {
  CHECK(FormatReadUnits(ReadHalfUnitsForItem(3500, true)) == "1 RCU");
  CHECK(FormatReadUnits(ReadHalfUnitsForItem(3500, false)) == "0.5 RCU");
  CHECK(WriteUnitsForItem(3500) == 4);
}

TEST_CASE("Capacity blocks round up at exactly 4 KB and 1 KB boundaries", "[viz]") {
  CHECK(ReadHalfUnitsForItem(4096, true) == 2);
  CHECK(ReadHalfUnitsForItem(4097, true) == 4);
  CHECK(WriteUnitsForItem(1024) == 1);
  CHECK(WriteUnitsForItem(1025) == 2);
  CHECK(WriteUnitsForItem(1) == 1);
}

TEST_CASE("Capacity of a request is the sum over its events", "[viz]") {
  std::vector<Event> events(3);
  events[0].read_half_units = 1;
  events[1].read_half_units = 2;
  events[2].write_units = 2;
  CapacitySum sum = SumCapacity(events);
  CHECK(sum.read_half_units == 3);
  CHECK(sum.write_units == 2);
  CHECK(FormatReadUnits(sum.read_half_units) == "1.5 RCU");
  CHECK(FormatWriteUnits(sum.write_units) == "2 WCU");
}

}  // namespace
}  // namespace ddb::viz
