// What a table's traffic would cost on real DynamoDB, per hour and per month, in both billing
// modes, from the public list prices of us-east-1 for the Standard table class.
//
//   on-demand:   consumed request units x the price per million request units
//   provisioned: provisioned capacity units x the price per unit-hour (paid whether used or not)
//
// Read and write request units are counted exactly as capacity units (4 KB reads, half for
// eventually consistent; 1 KB writes), so the engine's consumed RCU/WCU are the request units an
// on-demand table would be billed. Storage, backups, streams, data transfer and the free tier are
// left out: the readout is about throughput.
#pragma once

#include "ddb/engine.h"

#include <string>
#include <vector>

namespace ddb::viz {

struct PriceList {
  const char* region;
  const char* table_class;
  const char* as_of;  // when these prices took effect (shown next to every figure)
  double on_demand_per_million_wru;
  double on_demand_per_million_rru;
  double provisioned_per_wcu_hour;
  double provisioned_per_rcu_hour;
};

// Source: Amazon DynamoDB pricing, https://aws.amazon.com/dynamodb/pricing/on-demand/ and
// https://aws.amazon.com/dynamodb/pricing/provisioned/ (US East (N. Virginia), Standard table
// class), read 2026-11. On-demand throughput prices were halved on 2024-11-01 (from $1.25 per
// million write and $0.25 per million read request units); provisioned prices were unchanged.
inline constexpr PriceList kUsEast1Standard{
    "us-east-1", "Standard", "2024-11-01",
    0.625,    // $ per million write request units
    0.125,    // $ per million read request units
    0.00065,  // $ per WCU-hour
    0.00013,  // $ per RCU-hour
};

// AWS prices a month as 730 hours (365 days x 24 h / 12).
inline constexpr double kHoursPerMonth = 730.0;

struct CostLine {
  double per_hour = 0;
  double per_month = 0;
  double reads_per_hour = 0, writes_per_hour = 0;  // the two parts of per_hour
};

// Sustained consumption of `rru_per_s` read and `wru_per_s` write request units per second.
CostLine OnDemandCost(double rru_per_s, double wru_per_s, const PriceList& prices);
// `rcu` and `wcu` provisioned for every hour.
CostLine ProvisionedCost(double rcu, double wcu, const PriceList& prices);

struct CostReadout {
  bool has_traffic = false;  // any consumption in the window
  int window_seconds = 0;    // how many seconds the averages cover
  double avg_rru = 0, avg_wru = 0;    // average consumption per second
  double peak_rru = 0, peak_wru = 0;  // highest one-second consumption
  // The provisioned units priced: the table's own when it is PROVISIONED; for an on-demand
  // table, what it would need to provision to serve the observed peak (rounded up, at least 1).
  double provisioned_rcu = 0, provisioned_wcu = 0;
  bool provisioned_from_peak = false;
  CostLine on_demand, provisioned;
};
// Prices the table's traffic over `samples` (per-second table metrics, the last minute or so).
CostReadout EstimateCost(const TableSnapshot& table, const std::vector<MetricSample>& samples,
                         const PriceList& prices);

// "$0", "<$0.0001", "$0.0042", "$3.38", "$2,463.75": four significant digits below a dollar,
// cents above.
std::string FormatDollars(double amount);

}  // namespace ddb::viz
