// Printed by the parity check (tests/parity.cmake) natively and in wasm: the capacity model,
// splits, auto scaling and workload generators must agree bit for bit (floating-point buckets,
// Zipf tables and rate curves included).
#include "capacity_support.h"

#include <xxhash.h>

namespace ddb::test {

TEST_CASE("capacity parity scenario", "[.parity]") {
  EngineOptions options;
  options.seed = 11;
  options.profile = "classroom";
  Engine e(options);
  CreateActive(e, KeyTableRequest("Busy", 0, 0));
  CreateActive(e, KeyTableRequest("Scaled", 30, 20));
  Call(e, "SetAutoScaling", {{"TableName", "Scaled"},
                             {"WriteCapacity", {{"MinimumUnits", 5}, {"MaximumUnits", 100}, {"TargetValue", 60}}}});
  Call(e, "StartWorkload", {{"TableName", "Busy"},
                            {"WorkloadName", "zipf"},
                            {"Rate", {{"Shape", "DAILY"}, {"RequestsPerSecond", 20}, {"PeakRequestsPerSecond", 60}, {"PeriodSeconds", 600}}},
                            {"ReadFraction", 0.3},
                            {"ItemSize", {{"Distribution", "UNIFORM"}, {"MinBytes", 200}, {"MaxBytes", 3000}}},
                            {"Keys", {{"Distribution", "ZIPF"}, {"KeyCount", 5000}, {"Skew", 1.1}}}});
  Call(e, "StartWorkload", {{"TableName", "Scaled"},
                            {"WorkloadName", "ramp"},
                            {"Rate", {{"Shape", "RAMP"}, {"RequestsPerSecond", 5}, {"PeakRequestsPerSecond", 25}, {"DurationSeconds", 300}}},
                            {"Keys", {{"Distribution", "UNIFORM"}, {"KeyCount", 300}}},
                            {"Sharding", {{"Mode", "RANDOM"}, {"Shards", 4}}}});
  e.AdvanceClock(15 * 60'000);
  const json partitions = Call(e, "DescribePartitions", {{"TableName", "Busy"}});
  const json scaled = Call(e, "DescribePartitions", {{"TableName", "Scaled"}});
  const json metrics = Call(e, "DescribeMetrics", {{"TableName", "Busy"}, {"StartSecond", 300}, {"EndSecond", 960}});
  const json workloads = Call(e, "ListWorkloads", json::object());
  std::printf("PARITY capacity events=%llu hash=%016llx\n", static_cast<unsigned long long>(e.events().last_seq()),
              static_cast<unsigned long long>(e.events().Hash()));
  // The metric series are large: compared by hash (a difference still shows in the hash).
  const std::string series = metrics.dump();
  std::printf("PARITY %s\nPARITY %s\nPARITY metrics bytes=%zu hash=%016llx\nPARITY %s\n", partitions.dump().c_str(),
              scaled.dump().c_str(), series.size(),
              static_cast<unsigned long long>(XXH64(series.data(), series.size(), 0)), workloads.dump().c_str());
  CHECK(workloads["Workloads"].size() == 2);
}

}  // namespace ddb::test
