#include "capacity/admission.h"

#include "capacity/throughput_config.h"

#include <cstdio>
#include <string>

namespace ddb {
namespace {

ThroughputLane& LaneOf(Partition& p, Direction d) { return d == Direction::kRead ? p.read : p.write; }
ThroughputLane& OnDemandLane(Table& t, Direction d) {
  return d == Direction::kRead ? t.capacity().on_demand_read : t.capacity().on_demand_write;
}

std::string Units(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

// The ThrottlingReason code (API reference, ThrottlingReason): resource type, operation, limit.
std::string ReasonCode(Direction d, AdmitResult why, bool on_demand_cap) {
  const char* op = d == Direction::kRead ? "Read" : "Write";
  const char* limit = on_demand_cap                            ? "MaxOnDemandThroughputExceeded"
                      : why == AdmitResult::kOverProvisioned ? "ProvisionedThroughputExceeded"
                                                             : "KeyRangeThroughputExceeded";
  return std::string("Table") + op + limit;
}

// Why, in a learner's words, for the event log and the viz.
std::string Explain(const Table& t, const Partition& p, Direction d, AdmitResult why, bool table_allowance) {
  const ThroughputLane& lane = d == Direction::kRead ? p.read : p.write;
  const char* unit = d == Direction::kRead ? "RCU" : "WCU";
  if (table_allowance && OnDemandCapBinds(t, d == Direction::kRead)) {
    const int64_t cap = d == Direction::kRead ? t.def().max_read_request_units : t.def().max_write_request_units;
    return "on-demand table at its OnDemandThroughput maximum of " + std::to_string(cap) + " " + unit + "/s";
  }
  if (table_allowance) {
    const ThroughputLane& od = d == Direction::kRead ? t.capacity().on_demand_read : t.capacity().on_demand_write;
    return "on-demand table above what it can serve instantly (" + Units(od.ceiling()) + " " + unit +
           "/s: twice its previous peak, at least the new-table baseline)";
  }
  if (why == AdmitResult::kOverCeiling) {
    return "partition " + std::to_string(p.id) + " at its " + Units(lane.ceiling()) + " " + unit +
           "/s partition limit (hot partition)";
  }
  return "partition " + std::to_string(p.id) + " used its " + Units(lane.share() + lane.boost()) + " " + unit +
         "/s share and its burst capacity";
}

ApiError ThrottleError(const Table& t, Direction d, const std::string& reason) {
  return ThroughputExceeded(t.def().billing == BillingMode::kPayPerRequest,
                            "The level of configured provisioned throughput for the table was exceeded. Consider "
                            "increasing your provisioning level with the UpdateTable API.",
                            reason, t.def().arn);
}

// Where the traffic went, for a split for heat; with the item's sort key where there is one.
void RecordHeat(Partition& p, const PartitionCharge& c) {
  if (c.item.partition && c.item.sort) {
    p.heat.RecordItem(c.key_hash, *c.item.partition, *c.item.sort, c.units);
  } else {
    p.heat.Record(c.key_hash, c.units);
  }
}

}  // namespace

Status Charge(EngineState& s, Table& t, Direction d, const PartitionCharge* charges, size_t count) {
  const int64_t now = s.now_ms();
  auto& parts = t.mutable_partitions();
  const bool on_demand = t.def().billing == BillingMode::kPayPerRequest;
  double total = 0;
  for (size_t i = 0; i < count; ++i) total += charges[i].units;

  // Check everything first: a request is admitted or refused whole.
  int refused = -1;
  AdmitResult why = AdmitResult::kAdmitted;
  bool table_allowance = false;
  for (size_t i = 0; i < count && refused < 0; ++i) {
    why = LaneOf(parts[charges[i].partition_index], d).Check(now, charges[i].units);
    if (why != AdmitResult::kAdmitted) refused = static_cast<int>(i);
  }
  if (refused < 0 && on_demand) {
    why = OnDemandLane(t, d).Check(now, total);
    if (why != AdmitResult::kAdmitted) {
      refused = 0;
      table_allowance = true;
    }
  }
  if (refused >= 0) {
    const PartitionCharge& c = charges[refused];
    Partition& p = parts[c.partition_index];
    LaneOf(p, d).RecordThrottle(c.units);
    if (table_allowance) OnDemandLane(t, d).RecordThrottle(total);
    // Refused demand is still demand: it keeps a hot partition hot for the split decision.
    RecordHeat(p, c);
    const int64_t half_units = d == Direction::kRead ? static_cast<int64_t>(c.units * 2) : 0;
    const int64_t write_units = d == Direction::kWrite ? static_cast<int64_t>(c.units) : 0;
    const std::string reason = ReasonCode(d, why, table_allowance && OnDemandCapBinds(t, d == Direction::kRead));
    s.Emit(EventKind::kThrottled, t.def().name, p.id, c.key_hash, half_units, write_units,
           reason + ": " + Explain(t, p, d, why, table_allowance));
    return ThrottleError(t, d, reason);
  }

  for (size_t i = 0; i < count; ++i) {
    Partition& p = parts[charges[i].partition_index];
    LaneOf(p, d).Consume(now, charges[i].units);
    if (charges[i].key_hash) RecordHeat(p, charges[i]);
  }
  if (on_demand) OnDemandLane(t, d).Consume(now, total);
  return OkStatus();
}

ApiError ThroughputExceeded(bool on_demand, const char* provisioned_message, const std::string& reason,
                            const std::string& resource_arn) {
  ApiError e;
  if (on_demand) {
    // The message AWS returns for on-demand throttling.
    e.type = ErrorType::kThrottling;
    e.message = "Throughput exceeds the current capacity of your table or index. DynamoDB is automatically scaling "
                "your table or index so please try again shortly. If exceptions persist, check if you have a hot key";
  } else {
    e.type = ErrorType::kProvisionedThroughputExceeded;
    e.message = provisioned_message;
  }
  e.extra = {{"ThrottlingReasons", {{{"reason", reason}, {"resource", resource_arn}}}}};
  return e;
}

}  // namespace ddb
