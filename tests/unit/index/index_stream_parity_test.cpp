// Printed by the parity check (tests/parity.cmake) natively and in wasm: GSI propagation lags
// (seeded draws through portable math), back-pressure, stream shards and records, and trigger
// retries with injected failures must agree bit for bit.
#include "index_support.h"

#include <cstdio>

namespace ddb::test {

TEST_CASE("index and stream parity scenario", "[.parity]") {
  EngineOptions options;
  options.seed = 23;
  options.profile = "classroom";
  Engine e(options);
  CreateActive(e, OrdersTableRequest("KEYS_ONLY", "INCLUDE", /*gsi_wcu=*/2));
  Call(e, "UpdateTable", {{"TableName", "Orders"},
                          {"StreamSpecification", {{"StreamEnabled", true}, {"StreamViewType", "NEW_AND_OLD_IMAGES"}}}});
  e.AdvanceClock(10'000);
  Call(e, "CreateStreamTrigger", {{"TriggerName", "audit"}, {"TableName", "Orders"}, {"StartingPosition", "TRIM_HORIZON"},
                                  {"BatchSize", 7}, {"FailureInjection", {{"FailureRate", 0.25}}}});
  int throttled = 0;
  for (int i = 0; i < 400; ++i) {
    const std::string status = i % 3 == 0 ? "OPEN" : (i % 3 == 1 ? "SHIPPED" : "PAID");
    json item = Order("c" + std::to_string(i % 17), "o" + std::to_string(i % 101),
                      {{"Status", S(status)}, {"Total", N(std::to_string(i * 7 % 250) + ".25")}, {"Note", S("n")}});
    auto r = e.Handle("PutItem", {{"TableName", "Orders"}, {"Item", item}, {"ReturnConsumedCapacity", "INDEXES"}});
    if (!r.ok()) ++throttled;
    e.AdvanceClock(37);
  }
  e.AdvanceClock(120'000);
  const json index_parts = Call(e, "DescribePartitions", {{"TableName", "Orders"}, {"IndexName", "ByStatus"}});
  const json shipped = QueryStatus(e, "SHIPPED", {{"Limit", 5}});
  const std::string arn = Call(e, "DescribeTable", {{"TableName", "Orders"}})["Table"]["LatestStreamArn"];
  const json stream = Call(e, "DescribeStream", {{"StreamArn", arn}});
  const json trigger = Call(e, "DescribeStreamTrigger", {{"TriggerName", "audit"}});
  std::printf("PARITY index-stream events=%llu hash=%016llx throttled=%d\n",
              static_cast<unsigned long long>(e.events().last_seq()), static_cast<unsigned long long>(e.events().Hash()),
              throttled);
  std::printf("PARITY %s\nPARITY %s\nPARITY %s\nPARITY %s\nPARITY %s\n", index_parts.dump().c_str(), shipped.dump().c_str(),
              stream.dump().c_str(), trigger.dump().c_str(), e.StateJson().dump().c_str());
  CHECK(trigger["StreamTrigger"]["Metrics"]["Invocations"].get<int>() > 0);
}

}  // namespace ddb::test
