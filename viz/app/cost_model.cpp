#include "app/cost_model.h"

#include "app/format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ddb::viz {

CostLine OnDemandCost(double rru_per_s, double wru_per_s, const PriceList& p) {
  CostLine c;
  c.reads_per_hour = rru_per_s * 3600.0 / 1e6 * p.on_demand_per_million_rru;
  c.writes_per_hour = wru_per_s * 3600.0 / 1e6 * p.on_demand_per_million_wru;
  c.per_hour = c.reads_per_hour + c.writes_per_hour;
  c.per_month = c.per_hour * kHoursPerMonth;
  return c;
}

CostLine ProvisionedCost(double rcu, double wcu, const PriceList& p) {
  CostLine c;
  c.reads_per_hour = rcu * p.provisioned_per_rcu_hour;
  c.writes_per_hour = wcu * p.provisioned_per_wcu_hour;
  c.per_hour = c.reads_per_hour + c.writes_per_hour;
  c.per_month = c.per_hour * kHoursPerMonth;
  return c;
}

CostReadout EstimateCost(const TableSnapshot& table, const std::vector<MetricSample>& samples,
                         const PriceList& prices) {
  CostReadout r;
  double sum_r = 0, sum_w = 0;
  for (const MetricSample& s : samples) {
    sum_r += s.consumed_rcu;
    sum_w += s.consumed_wcu;
    r.peak_rru = std::max(r.peak_rru, s.consumed_rcu);
    r.peak_wru = std::max(r.peak_wru, s.consumed_wcu);
  }
  r.window_seconds = static_cast<int>(samples.size());
  if (!samples.empty()) {
    r.avg_rru = sum_r / static_cast<double>(samples.size());
    r.avg_wru = sum_w / static_cast<double>(samples.size());
  }
  r.has_traffic = sum_r > 0 || sum_w > 0;
  if (table.billing_mode == "PAY_PER_REQUEST") {
    r.provisioned_from_peak = true;
    r.provisioned_rcu = std::max(1.0, std::ceil(r.peak_rru - 1e-9));
    r.provisioned_wcu = std::max(1.0, std::ceil(r.peak_wru - 1e-9));
  } else {
    r.provisioned_rcu = static_cast<double>(table.read_capacity);
    r.provisioned_wcu = static_cast<double>(table.write_capacity);
  }
  r.on_demand = OnDemandCost(r.avg_rru, r.avg_wru, prices);
  r.provisioned = ProvisionedCost(r.provisioned_rcu, r.provisioned_wcu, prices);
  return r;
}

std::string FormatDollars(double amount) {
  char buf[48];
  if (!(amount > 0)) return "$0";
  if (amount < 0.0001) return "<$0.0001";
  if (amount < 1.0) {
    std::snprintf(buf, sizeof(buf), "$%.4g", amount);
    return buf;
  }
  double cents = std::round(amount * 100.0);
  auto whole = static_cast<uint64_t>(cents / 100.0);
  auto frac = static_cast<int>(cents - static_cast<double>(whole) * 100.0);
  std::snprintf(buf, sizeof(buf), ".%02d", frac);
  std::string out = "$";
  out += FormatCount(whole);
  out += buf;
  return out;
}

}  // namespace ddb::viz
