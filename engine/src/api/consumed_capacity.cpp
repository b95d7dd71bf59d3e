#include "api/consumed_capacity.h"

namespace ddb {

Result<CapacityDetail> ReadCapacityDetail(const RequestView& v) {
  auto mode = v.Enum("ReturnConsumedCapacity", {"INDEXES", "TOTAL", "NONE"}, "NONE");
  if (!mode.ok()) return mode.take_error();
  if (mode.value() == "TOTAL") return CapacityDetail::kTotal;
  if (mode.value() == "INDEXES") return CapacityDetail::kIndexes;
  return CapacityDetail::kNone;
}

json ConsumedCapacityJson(CapacityDetail detail, const std::string& table, const Consumed& c) {
  const double read = static_cast<double>(c.read_half_units) / 2.0;
  const double write = static_cast<double>(c.write_units);
  auto units = [&] {
    json u = {{"CapacityUnits", read + write}};
    if (c.read_half_units) u["ReadCapacityUnits"] = read;
    if (c.write_units) u["WriteCapacityUnits"] = write;
    return u;
  };
  json out = units();
  out["TableName"] = table;
  if (detail == CapacityDetail::kIndexes) out["Table"] = units();
  return out;
}

void AddConsumedCapacity(json& response, CapacityDetail detail, const std::string& table, const Consumed& c) {
  if (detail == CapacityDetail::kNone) return;
  response["ConsumedCapacity"] = ConsumedCapacityJson(detail, table, c);
}

}  // namespace ddb
