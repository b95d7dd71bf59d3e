// BatchGetItem's response size limit (API reference, BatchGetItem).
#include "capacity/capacity_support.h"

namespace ddb::test {

TEST_CASE("BatchGetItem returns at most 16 MB and the rest as UnprocessedKeys", "[api]") {
  // The API reference's example: 100 items of 300 KB requested, 52 returned.
  Engine e;
  CreateActive(e, KeyTableRequest("Big", 0, 0));
  json keys = json::array();
  for (int i = 0; i < 100; ++i) {
    const std::string key = "item" + std::to_string(i);
    REQUIRE(PutSized(e, "Big", key, 300 * 1024));
    e.AdvanceClock(400);  // 300 WCU writes, at most 3 a second per partition
    keys.push_back({{"pk", {{"S", key}}}});
  }
  json r = Call(e, "BatchGetItem", {{"RequestItems", {{"Big", {{"Keys", keys}}}}}});
  CHECK(r["Responses"]["Big"].size() == 52);
  CHECK(r["UnprocessedKeys"]["Big"]["Keys"].size() == 48);
}

}  // namespace ddb::test
