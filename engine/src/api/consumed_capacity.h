// The ConsumedCapacity member of responses (dynamodb-model §3.7): absent for NONE, the total for
// TOTAL, plus the per-table breakdown for INDEXES. Reads are tracked in half units.
#pragma once

#include "api/json_out.h"
#include "api/request.h"
#include "ddb/requests.h"
#include "index/index_charges.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace ddb {

enum class CapacityDetail { kNone, kTotal, kIndexes };

// Parses ReturnConsumedCapacity (NONE | TOTAL | INDEXES).
Result<CapacityDetail> ReadCapacityDetail(const RequestView& v);

// Adds "ConsumedCapacity" to `response` unless detail is kNone.
// `indexes` (optional): the per-index split of `c` for INDEXES (Table, LocalSecondaryIndexes,
// GlobalSecondaryIndexes); without it, or when it is unused, everything is the table's.
void AddConsumedCapacity(json& response, CapacityDetail detail, const std::string& table, const Consumed& c,
                         const IndexCharges* indexes = nullptr);
json ConsumedCapacityJson(CapacityDetail detail, const std::string& table, const Consumed& c,
                          const IndexCharges* indexes = nullptr);

// The same, through a json_out.h writer. Members are written in key order (see json_out.h).
namespace consumed_capacity_detail {

// A Capacity: CapacityUnits, then the read and write parts unless zero, as DynamoDB leaves them out.
template <class Out>
void WriteUnits(Out& out, int64_t read_half_units, int64_t write_units) {
  const double read = static_cast<double>(read_half_units) / 2.0;
  const double write = static_cast<double>(write_units);
  out.BeginObject();
  out.Key("CapacityUnits");
  out.Double(read + write);
  if (read_half_units) {
    out.Key("ReadCapacityUnits");
    out.Double(read);
  }
  if (write_units) {
    out.Key("WriteCapacityUnits");
    out.Double(write);
  }
  out.EndObject();
}

// "GlobalSecondaryIndexes" or "LocalSecondaryIndexes": index name -> Capacity, names in order.
template <class Out>
void WriteIndexUnits(Out& out, std::string_view member, const IndexCharges& charges, bool global) {
  std::vector<const IndexCharge*> picked;
  for (const IndexCharge& c : charges.indexes) {
    if (c.global == global) picked.push_back(&c);
  }
  if (picked.empty()) return;
  std::sort(picked.begin(), picked.end(), [](const IndexCharge* a, const IndexCharge* b) { return a->name < b->name; });
  out.Key(member);
  out.BeginObject();
  for (const IndexCharge* c : picked) {
    out.Key(c->name);
    WriteUnits(out, c->read_half_units, c->write_units);
  }
  out.EndObject();
}

}  // namespace consumed_capacity_detail

// The ConsumedCapacity object; kNone is written as kTotal.
template <class Out>
void WriteConsumedCapacityValue(Out& out, CapacityDetail detail, const std::string& table, const Consumed& c,
                                const IndexCharges* indexes = nullptr) {
  namespace cc = consumed_capacity_detail;
  out.BeginObject();
  const bool breakdown = detail == CapacityDetail::kIndexes;
  const bool split = breakdown && indexes && indexes->used;
  const double read = static_cast<double>(c.read_half_units) / 2.0;
  const double write = static_cast<double>(c.write_units);
  // Key order: CapacityUnits, GlobalSecondaryIndexes, LocalSecondaryIndexes, ReadCapacityUnits,
  // Table, TableName, WriteCapacityUnits.
  out.Key("CapacityUnits");
  out.Double(read + write);
  if (split) {
    // --- Secondary indexes: the total above includes every index; the breakdown splits it.
    cc::WriteIndexUnits(out, "GlobalSecondaryIndexes", *indexes, true);
    cc::WriteIndexUnits(out, "LocalSecondaryIndexes", *indexes, false);
  }
  if (c.read_half_units) {
    out.Key("ReadCapacityUnits");
    out.Double(read);
  }
  if (breakdown) {
    out.Key("Table");
    if (split) cc::WriteUnits(out, indexes->table_read_half_units, indexes->table_write_units);
    else cc::WriteUnits(out, c.read_half_units, c.write_units);
  }
  out.Key("TableName");
  out.String(table);
  if (c.write_units) {
    out.Key("WriteCapacityUnits");
    out.Double(write);
  }
  out.EndObject();
}

// Writes the "ConsumedCapacity" member unless detail is kNone.
template <class Out>
void WriteConsumedCapacity(Out& out, CapacityDetail detail, const std::string& table, const Consumed& c,
                           const IndexCharges* indexes = nullptr) {
  if (detail == CapacityDetail::kNone) return;
  out.Key("ConsumedCapacity");
  WriteConsumedCapacityValue(out, detail, table, c, indexes);
}

}  // namespace ddb
