// The sample loader: the Music sample table has 5 WCU, so 200 items written at one instant are
// more than it accepts; a learner's "Write random items" shows the throttle, while the sample
// preload waits it out in virtual time and ends with every item in the table.
#include "app/actions.h"
#include "app/requests.h"

#include <catch2/catch.hpp>

namespace ddb::viz {
namespace {

using nlohmann::json;

void CreateActiveSampleTable(Engine& engine, ViewState& state) {
  CreateSampleTable(engine, state);
  for (int i = 0; i < 600; ++i) {
    auto d = engine.Handle("DescribeTable", {{"TableName", kSampleTableName}});
    if (d.ok() && d.value()["Table"]["TableStatus"] == "ACTIVE") return;
    engine.AdvanceClock(100);
  }
  FAIL("the sample table never became ACTIVE");
}

int64_t CountItems(Engine& engine) {
  auto scan = engine.Handle("Scan", {{"TableName", kSampleTableName}, {"Select", "COUNT"}});
  REQUIRE(scan.ok());
  return scan.value()["Count"].get<int64_t>();
}

TEST_CASE("The sample preload outwaits throttling: all 200 items land in a 5 WCU table", "[viz]") {
  Engine engine;
  ViewState state;
  CreateActiveSampleTable(engine, state);
  const int64_t start_ms = engine.now_ms();
  LoadRandomItems(engine, state, 200);
  CHECK(state.last_response.ok);
  CHECK(state.last_response.operation == "PutItem x200");
  CHECK(CountItems(engine) == 200);
  CHECK(engine.now_ms() > start_ms);  // the waits took virtual time
}

TEST_CASE("Writing 200 random items at once shows the throttle and stops there", "[viz]") {
  Engine engine;
  ViewState state;
  CreateActiveSampleTable(engine, state);
  WriteRandomItems(engine, state, 200);
  CHECK_FALSE(state.last_response.ok);
  CHECK(state.last_response.error_type == "ProvisionedThroughputExceededException");
  CHECK(CountItems(engine) < 200);
}

}  // namespace
}  // namespace ddb::viz
