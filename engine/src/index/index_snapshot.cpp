#include "index/index_snapshot.h"

#include "api/ops.h"
#include "api/partition_view.h"
#include "index/secondary_index.h"

#include <algorithm>

namespace ddb {

Result<const SecondaryIndex*> FindOwnPartitionsIndex(const Table& t, const std::string& index_name,
                                                     std::string_view instead) {
  const SecondaryIndex* index = t.indexes() ? t.indexes()->Find(index_name) : nullptr;
  if (!index) return ApiError::Validation("The table does not have the specified index: " + index_name);
  if (!index->global()) {
    return ApiError::Validation("Local secondary index " + index_name +
                                " lives in the table's partitions (same partition key); " + std::string(instead));
  }
  return index;
}

Result<json> DescribeIndexPartitions(EngineState& s, const RequestView& v) {
  auto name = v.RequiredString("TableName");
  if (!name.ok()) return name.take_error();
  auto index_name = v.RequiredString("IndexName");
  if (!index_name.ok()) return index_name.take_error();
  auto found = FindTable(s, name.value());
  if (!found.ok()) return found.take_error();
  const Table& t = *found.value();
  auto own = FindOwnPartitionsIndex(t, index_name.value(), "describe the table's partitions");
  if (!own.ok()) return own.take_error();
  const SecondaryIndex* index = own.value();
  json parts = json::array();
  for (size_t i = 0; i < index->partitions().size(); ++i) {
    const Partition& p = index->partitions()[i];
    const IndexPartitionQueue& q = index->queues()[i];
    json part = PartitionJson(p);
    part["PendingUpdates"] = q.pending.size();
    part["PendingWriteUnits"] = q.pending_units;
    parts.push_back(std::move(part));
  }
  return json{{"TableName", t.def().name},
              {"IndexName", index->def().name},
              {"IndexStatus", IndexStatusName(index->status())},
              {"PropagationLagMs", index->last_lag_ms},
              {"Partitions", std::move(parts)}};
}

void SnapshotIndexes(const Table& t, TableSnapshot* out) {
  out->indexes.clear();
  out->index_updates_in_flight.clear();
  const TableIndexes* indexes = t.indexes();
  if (!indexes) return;
  for (const auto& index : indexes->all()) {
    const IndexDefinition& d = index->def();
    IndexSnapshot snap;
    snap.name = d.name;
    snap.kind = d.global() ? "GSI" : "LSI";
    snap.status = IndexStatusName(index->status());
    snap.backfilling = index->backfilling;
    if (index->online && index->status() == IndexStatus::kCreating) {
      snap.backfill_progress = index->backfill_total ? std::min(1.0, static_cast<double>(index->backfill_done) /
                                                                         static_cast<double>(index->backfill_total))
                                                     : 0.0;
    }
    snap.partition_key = d.hash_key.name;
    snap.sort_key = d.range_key ? d.range_key->name : "";
    snap.projection = ProjectionTypeName(d.projection);
    snap.read_capacity = d.read_capacity;
    snap.write_capacity = d.write_capacity;
    snap.item_count = index->item_count();
    snap.size_bytes = index->size_bytes();
    for (const Partition& p : index->partitions()) snap.partitions.push_back(SnapshotPartition(p));
    snap.pending_updates = index->pending_updates();
    snap.propagation_lag_ms = index->last_lag_ms;
    out->indexes.push_back(std::move(snap));
  }
  // The updates in flight, at most kMaxIndexUpdatesShown: the oldest of every GSI partition's
  // queue in turn (one from each queue per round), so a long backlog on one partition does not
  // hide the updates travelling to the others.
  struct Cursor {
    const SecondaryIndex* index;
    size_t partition;
  };
  std::vector<Cursor> queues;
  for (const auto& index : indexes->all()) {
    for (size_t pi = 0; pi < index->queues().size(); ++pi) {
      if (!index->queues()[pi].pending.empty()) queues.push_back({index.get(), pi});
    }
  }
  for (size_t round = 0; !queues.empty() && out->index_updates_in_flight.size() < kMaxIndexUpdatesShown; ++round) {
    bool any = false;
    for (const Cursor& c : queues) {
      const auto& pending = c.index->queues()[c.partition].pending;
      if (round >= pending.size()) continue;
      if (out->index_updates_in_flight.size() >= kMaxIndexUpdatesShown) break;
      any = true;
      const PendingIndexUpdate& u = pending[round];
      out->index_updates_in_flight.push_back({c.index->def().name, u.base_partition,
                                              c.index->partitions()[c.partition].id, u.enqueued_ms, u.ready_ms,
                                              u.key.hash, u.put.has_value()});
    }
    if (!any) break;
  }
}

}  // namespace ddb
