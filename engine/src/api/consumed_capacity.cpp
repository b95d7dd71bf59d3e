#include "api/consumed_capacity.h"

namespace ddb {

Result<CapacityDetail> ReadCapacityDetail(const RequestView& v) {
  auto mode = v.Enum("ReturnConsumedCapacity", {"INDEXES", "TOTAL", "NONE"}, "NONE");
  if (!mode.ok()) return mode.take_error();
  if (mode.value() == "TOTAL") return CapacityDetail::kTotal;
  if (mode.value() == "INDEXES") return CapacityDetail::kIndexes;
  return CapacityDetail::kNone;
}

namespace {

json Units(int64_t read_half_units, int64_t write_units) {
  const double read = static_cast<double>(read_half_units) / 2.0;
  const double write = static_cast<double>(write_units);
  json u = {{"CapacityUnits", read + write}};
  if (read_half_units) u["ReadCapacityUnits"] = read;
  if (write_units) u["WriteCapacityUnits"] = write;
  return u;
}

}  // namespace

json ConsumedCapacityJson(CapacityDetail detail, const std::string& table, const Consumed& c,
                          const IndexCharges* indexes) {
  json out = Units(c.read_half_units, c.write_units);
  out["TableName"] = table;
  if (detail != CapacityDetail::kIndexes) return out;
  if (!indexes || !indexes->used) {
    out["Table"] = Units(c.read_half_units, c.write_units);
    return out;
  }
  // --- Secondary indexes: the total above includes every index; the breakdown splits it.
  out["Table"] = Units(indexes->table_read_half_units, indexes->table_write_units);
  json local = json::object(), global = json::object();
  for (const IndexCharge& i : indexes->indexes) {
    (i.global ? global : local)[i.name] = Units(i.read_half_units, i.write_units);
  }
  if (!local.empty()) out["LocalSecondaryIndexes"] = std::move(local);
  if (!global.empty()) out["GlobalSecondaryIndexes"] = std::move(global);
  return out;
}

void AddConsumedCapacity(json& response, CapacityDetail detail, const std::string& table, const Consumed& c,
                         const IndexCharges* indexes) {
  if (detail == CapacityDetail::kNone) return;
  response["ConsumedCapacity"] = ConsumedCapacityJson(detail, table, c, indexes);
}

}  // namespace ddb
