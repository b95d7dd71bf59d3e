// Capacity a request consumed per secondary index, for ReturnConsumedCapacity=INDEXES (API
// reference, ConsumedCapacity: "Table", "LocalSecondaryIndexes", "GlobalSecondaryIndexes", each
// a Capacity). Kept apart from Consumed (the request's total) so the typed door stays lean.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ddb {

struct IndexCharge {
  std::string name;
  bool global = false;
  int64_t read_half_units = 0;
  int64_t write_units = 0;
};

struct IndexCharges {
  bool used = false;  // false: the request touched no index, everything was the table's
  int64_t table_read_half_units = 0, table_write_units = 0;
  std::vector<IndexCharge> indexes;  // in the table's index order

  void Clear() {
    used = false;
    table_read_half_units = table_write_units = 0;
    indexes.clear();
  }
  // Adds `c` to the entry of its index (creating it).
  void Add(const IndexCharge& c) {
    used = true;
    for (IndexCharge& e : indexes) {
      if (e.name == c.name) {
        e.read_half_units += c.read_half_units;
        e.write_units += c.write_units;
        return;
      }
    }
    indexes.push_back(c);
  }
  void Merge(const IndexCharges& other) {
    if (!other.used) {
      return;
    }
    used = true;
    table_read_half_units += other.table_read_half_units;
    table_write_units += other.table_write_units;
    for (const IndexCharge& c : other.indexes) Add(c);
  }
};

}  // namespace ddb
