// The control plane of secondary indexes (dynamodb-model §7): indexes made by CreateTable, their
// DescribeTable shape, and UpdateTable's GlobalSecondaryIndexUpdates (Create with backfill,
// Delete, Update of throughput) on the virtual clock.
//
// Online creation: CREATING with Backfilling=false while resources are allocated (simulation
// choice: 2-4 s), then Backfilling=true while the existing items are copied in key order at a
// rate bounded by the index's write capacity (simulation choice 27; the table's read capacity is
// not charged, as documented), then ACTIVE. Deletion: DELETING for 1-3 s, then gone. A throughput
// update: UPDATING for 3-6 s. While an index is CREATING without backfilling, the documented
// restrictions hold: the table and the index cannot be deleted, throughput cannot change, and no
// other index can be created or deleted.
#pragma once

#include "api/engine_state.h"
#include "api/request.h"
#include "index/secondary_index.h"

#include <optional>
#include <string>
#include <vector>

namespace ddb {

// Gives a new table its CreateTable indexes (GSIs CREATING until the table is ACTIVE).
void InstallCreateTableIndexes(EngineState& s, Table& t, std::vector<IndexDefinition> indexes);
// The table became ACTIVE: so do the indexes it was created with.
void ActivateCreateTableIndexes(EngineState& s, Table& t);

// Adds LocalSecondaryIndexes / GlobalSecondaryIndexes to a TableDescription.
void AddIndexDescriptions(json& description, const Table& t);

// UpdateTable's GlobalSecondaryIndexUpdates (and the AttributeDefinitions a Create needs).
// Validates every update before applying any. `billing` is the table's mode once this UpdateTable
// is done: switching an on-demand table to PROVISIONED must give every GSI its throughput with an
// Update action in the same call ("secondary indexes inherit the table's mode", dynamodb-model §5.5).
Status ApplyGlobalIndexUpdates(EngineState& s, Table& t, const RequestView& v, BillingMode billing);

// A switch to on-demand completed: the GSIs follow the table and lose their provisioned throughput.
void IndexesFollowOnDemand(EngineState& s, Table& t);

// Why the table's throughput or the table itself cannot change now (an index still allocating
// its resources); nullopt when it can.
std::optional<std::string> IndexBlockingTableChange(const Table& t);

// The index of a data-plane request: nullptr with a ValidationException when the table has no
// such index (DynamoDB's "The table does not have the specified index: <name>").
Result<SecondaryIndex*> FindIndexForRead(Table& t, const std::string& name);

// The index a background task (backfill step, propagation drain) was scheduled for, if the table
// and the index still exist (a table re-created under the same name has another table_id); the
// live table goes to *out.
SecondaryIndex* FindIndexBySerial(EngineState& s, const std::string& table, const std::string& table_id, uint64_t serial,
                                  Table** out);

// Runs fn(live table, index) after delay_ms of virtual time, if the index still exists then.
template <typename Fn>
void AfterForIndex(EngineState& s, const Table& t, const SecondaryIndex& index, int64_t delay_ms, Fn fn) {
  const std::string table = t.def().name, table_id = t.def().table_id;
  const uint64_t serial = index.serial;
  s.scheduler.After(delay_ms, [&s, table, table_id, serial, fn] {
    Table* live = nullptr;
    if (SecondaryIndex* found = FindIndexBySerial(s, table, table_id, serial, &live)) fn(*live, *found);
  });
}

}  // namespace ddb
