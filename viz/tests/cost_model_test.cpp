#include "app/cost_model.h"

#include <catch2/catch.hpp>

namespace ddb::viz {
namespace {

// Prices (us-east-1, Standard, from 2024-11-01): on-demand $0.625 per million WRU, $0.125 per
// million RRU; provisioned $0.00065 per WCU-hour, $0.00013 per RCU-hour; 730 hours a month.

TEST_CASE("On-demand cost of a steady 1,500 WRU/s and 1,000 RRU/s, worked by hand", "[viz]") {
  // Writes: 1,500 x 3,600 = 5.4 million WRU an hour x $0.625 = $3.375.
  // Reads: 1,000 x 3,600 = 3.6 million RRU an hour x $0.125 = $0.45.
  // Hour: $3.825; month: 3.825 x 730 = $2,792.25.
  CostLine c = OnDemandCost(1000, 1500, kUsEast1Standard);
  CHECK(c.writes_per_hour == Approx(3.375));
  CHECK(c.reads_per_hour == Approx(0.45));
  CHECK(c.per_hour == Approx(3.825));
  CHECK(c.per_month == Approx(2792.25));
}

TEST_CASE("Provisioned cost of 1,000 RCU and 1,500 WCU, worked by hand", "[viz]") {
  // 1,500 x $0.00065 = $0.975 and 1,000 x $0.00013 = $0.13 an hour: $1.105; month $806.65.
  CostLine c = ProvisionedCost(1000, 1500, kUsEast1Standard);
  CHECK(c.per_hour == Approx(1.105));
  CHECK(c.per_month == Approx(806.65));
}

TEST_CASE("A provisioned table is priced at its provisioned units, on-demand at its average use", "[viz]") {
  TableSnapshot t;
  t.billing_mode = "PROVISIONED";
  t.read_capacity = 5;
  t.write_capacity = 5;
  std::vector<MetricSample> samples(4);
  const double wcu[] = {2, 4, 6, 8};  // average 5, peak 8
  for (size_t i = 0; i < samples.size(); ++i) {
    samples[i].second = static_cast<int64_t>(i);
    samples[i].consumed_wcu = wcu[i];
  }
  CostReadout r = EstimateCost(t, samples, kUsEast1Standard);
  CHECK(r.has_traffic);
  CHECK(r.window_seconds == 4);
  CHECK(r.avg_wru == Approx(5));
  CHECK(r.peak_wru == Approx(8));
  CHECK_FALSE(r.provisioned_from_peak);
  // 5 WCU x $0.00065 + 5 RCU x $0.00013 = $0.0039 an hour.
  CHECK(r.provisioned.per_hour == Approx(0.0039));
  // 5 WRU/s x 3,600 = 18,000 WRU an hour = 0.018 million x $0.625 = $0.01125.
  CHECK(r.on_demand.per_hour == Approx(0.01125));
}

TEST_CASE("An on-demand table's provisioned price is for its observed peak", "[viz]") {
  TableSnapshot t;
  t.billing_mode = "PAY_PER_REQUEST";
  std::vector<MetricSample> samples(2);
  samples[0].consumed_wcu = 10.5;  // peak rounds up to 11 WCU
  samples[1].consumed_rcu = 2;
  CostReadout r = EstimateCost(t, samples, kUsEast1Standard);
  CHECK(r.provisioned_from_peak);
  CHECK(r.provisioned_wcu == 11);
  CHECK(r.provisioned_rcu == 2);
  // No traffic at all: at least 1 unit each.
  r = EstimateCost(t, {}, kUsEast1Standard);
  CHECK_FALSE(r.has_traffic);
  CHECK(r.provisioned_wcu == 1);
  CHECK(r.on_demand.per_hour == 0);
}

TEST_CASE("Dollar amounts read like a bill", "[viz]") {
  CHECK(FormatDollars(0) == "$0");
  CHECK(FormatDollars(0.00001) == "<$0.0001");
  CHECK(FormatDollars(0.0042) == "$0.0042");
  CHECK(FormatDollars(3.375) == "$3.38");
  CHECK(FormatDollars(2463.75) == "$2,463.75");
  CHECK(FormatDollars(1234567.891) == "$1,234,567.89");
}

}  // namespace
}  // namespace ddb::viz
