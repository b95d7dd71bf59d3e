#include "api/on_demand_throughput.h"

namespace ddb {
namespace {

Status ReadMax(const RequestView& v, const char* member, int64_t* out) {
  auto value = v.Int(member);
  if (!value.ok()) return value.take_error();
  if (!value.value()) return OkStatus();
  const int64_t units = *value.value();
  if (units != -1 && units < 1) {
    return ApiError::Validation(std::string("One or more parameter values were invalid: ") + member +
                                " must be at least 1, or -1 to remove the maximum; got " + std::to_string(units));
  }
  *out = units;
  return OkStatus();
}

}  // namespace

Status ReadOnDemandThroughput(const RequestView& v, TableDefinition* d, bool* present) {
  auto member = v.Object("OnDemandThroughput");
  if (!member.ok()) return member.take_error();
  *present = member.value() != nullptr;
  if (!*present) return OkStatus();
  if (d->billing != BillingMode::kPayPerRequest) {
    return ApiError::Validation("One or more parameter values were invalid: OnDemandThroughput can be specified only "
                                "when BillingMode is PAY_PER_REQUEST");
  }
  RequestView cap(*member.value());
  DDB_TRY(ReadMax(cap, "MaxReadRequestUnits", &d->max_read_request_units));
  DDB_TRY(ReadMax(cap, "MaxWriteRequestUnits", &d->max_write_request_units));
  return OkStatus();
}

void AddOnDemandThroughput(const TableDefinition& d, json* description) {
  if (d.billing != BillingMode::kPayPerRequest) return;
  (*description)["OnDemandThroughput"] = {{"MaxReadRequestUnits", d.max_read_request_units},
                                          {"MaxWriteRequestUnits", d.max_write_request_units}};
}

}  // namespace ddb
