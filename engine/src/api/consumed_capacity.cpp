#include "api/consumed_capacity.h"

namespace ddb {

Result<CapacityDetail> ReadCapacityDetail(const RequestView& v) {
  auto mode = v.Enum("ReturnConsumedCapacity", {"INDEXES", "TOTAL", "NONE"}, "NONE");
  if (!mode.ok()) return mode.take_error();
  if (mode.value() == "TOTAL") return CapacityDetail::kTotal;
  if (mode.value() == "INDEXES") return CapacityDetail::kIndexes;
  return CapacityDetail::kNone;
}

json ConsumedCapacityJson(CapacityDetail detail, const std::string& table, const Consumed& c,
                          const IndexCharges* indexes) {
  JsonDomWriter out;
  WriteConsumedCapacityValue(out, detail, table, c, indexes);
  return out.take();
}

void AddConsumedCapacity(json& response, CapacityDetail detail, const std::string& table, const Consumed& c,
                         const IndexCharges* indexes) {
  if (detail == CapacityDetail::kNone) return;
  response["ConsumedCapacity"] = ConsumedCapacityJson(detail, table, c, indexes);
}

}  // namespace ddb
