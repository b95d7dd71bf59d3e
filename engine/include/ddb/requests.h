// The typed request API: the hot data-plane operations without JSON, for the workload generators
// and benchmarks. It is the same code path as Engine::Handle, not a second implementation: the
// JSON handlers read a request into these structs and call the same functions, so both doors
// validate, charge capacity, throttle and record events identically.
//
// Results that point into the table (GetItemOutput::item, QueryOutput::items) are views, valid
// until the next request that writes to the table or the clock advances.
#pragma once

#include "ddb/expression.h"
#include "ddb/value.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ddb {

// Capacity a request consumed: reads in half units (an eventually consistent 4 KB read is one
// half unit, so every documented charge is an integer here), writes in whole units.
struct Consumed {
  int64_t read_half_units = 0;
  int64_t write_units = 0;

  double read_capacity_units() const { return static_cast<double>(read_half_units) / 2.0; }
};

enum class ReturnValues : uint8_t { kNone, kAllOld, kUpdatedOld, kAllNew, kUpdatedNew };

struct PutItemInput {
  std::string table_name;
  Item item;
  Condition condition;  // a compiled ConditionExpression; empty means unconditional
  ReturnValues return_values = ReturnValues::kNone;  // kNone or kAllOld
  bool return_old_on_condition_failure = false;      // ReturnValuesOnConditionCheckFailure=ALL_OLD
};

struct DeleteItemInput {
  std::string table_name;
  Item key;  // exactly the key attributes
  Condition condition;
  ReturnValues return_values = ReturnValues::kNone;  // kNone or kAllOld
  bool return_old_on_condition_failure = false;
};

struct WriteOutput {
  std::optional<Item> attributes;  // the old item for ReturnValues=ALL_OLD, when there was one
  Consumed consumed;
};

struct GetItemInput {
  std::string table_name;
  Item key;  // exactly the key attributes
  bool consistent_read = false;
};

struct GetItemOutput {
  const Item* item = nullptr;  // nullptr when absent (a view: see the file comment)
  Consumed consumed;
};

struct QueryInput {
  std::string table_name;
  KeyCondition key_condition;  // partition key value and optional sort-key condition
  Condition filter;            // applied after the read; the read is still charged
  bool scan_forward = true;
  int64_t limit = 0;  // 0: none
  bool consistent_read = false;
  std::optional<Item> exclusive_start_key;
};

struct QueryOutput {
  std::vector<const Item*> items;  // matching items in key order (views)
  int64_t count = 0;               // items that passed the filter
  int64_t scanned_count = 0;       // items read
  std::optional<Item> last_evaluated_key;
  Consumed consumed;
};

}  // namespace ddb
