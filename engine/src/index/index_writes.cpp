#include "index/index_writes.h"

#include "capacity/units.h"
#include "ddb/codec.h"
#include "index/index_entry.h"
#include "index/index_propagation.h"

#include <algorithm>
#include <cmath>

namespace ddb {

IndexWritePlan PlanIndexWrites(Table& t, const PrimaryKey& key, const Item* old_item, uint64_t old_size,
                               const Item* new_item, uint64_t new_size) {
  IndexWritePlan plan;
  TableIndexes* indexes = t.indexes();
  if (!indexes) return plan;
  const TableDefinition& table = t.def();
  const bool collections = indexes->has_local();
  if (collections) plan.collection_delta = static_cast<int64_t>(new_size) - static_cast<int64_t>(old_size);
  for (auto& owned : indexes->all()) {
    SecondaryIndex& index = *owned;
    if (index.status() == IndexStatus::kDeleting) continue;
    const IndexDefinition& d = index.def();
    std::optional<IndexKey> before = old_item ? IndexKeyOf(d, key, *old_item) : std::nullopt;
    std::optional<IndexKey> after = new_item ? IndexKeyOf(d, key, *new_item) : std::nullopt;
    if (!before && !after) continue;  // sparse: not in this index before or after, no cost
    IndexWrite w;
    w.index = &index;
    const std::optional<IndexEntry> old_entry = before ? std::optional<IndexEntry>(MakeEntry(table, d, *old_item)) : std::nullopt;
    if (after) w.put = MakeEntry(table, d, *new_item);
    const bool same_key = before && after && !IndexKeyLess()(*before, *after) && !IndexKeyLess()(*after, *before);
    if (same_key) {
      if (old_entry->item == w.put.item) continue;  // nothing projected changed
      w.put_key = std::move(after);
      w.put_units = WriteUnits(std::max(old_entry->size, w.put.size));
    } else {
      if (before) {
        w.remove = std::move(before);
        w.remove_units = WriteUnits(old_entry->size);
      }
      if (after) {
        w.put_key = std::move(after);
        w.put_units = WriteUnits(w.put.size);
      }
    }
    if (collections && !d.global()) {
      const int64_t old_bytes = old_entry ? static_cast<int64_t>(old_entry->size + kIndexEntryOverheadBytes) : 0;
      const int64_t new_bytes = w.put_key ? static_cast<int64_t>(w.put.size + kIndexEntryOverheadBytes) : 0;
      plan.collection_delta += new_bytes - old_bytes;
    }
    (d.global() ? plan.global_units : plan.local_units) += w.units();
    plan.writes.push_back(std::move(w));
  }
  return plan;
}

Status AdmitIndexWrites(EngineState& s, Table& t, const PrimaryKey& key, const IndexWritePlan& plan) {
  TableIndexes* indexes = t.indexes();
  if (!indexes) return OkStatus();
  for (const IndexWrite& w : plan.writes) {
    if (!w.index->global()) continue;
    DDB_TRY(CheckBackPressure(s, t, *w.index, key, w));
  }
  if (plan.collection_delta > 0 && indexes->has_local()) {
    const uint64_t limit = t.def().profile->partition_bytes;
    const uint64_t now = indexes->collection_bytes(key);
    if (now + static_cast<uint64_t>(plan.collection_delta) > limit) {
      return ApiError{ErrorType::kItemCollectionSizeLimitExceeded,
                      "Collection size exceeded: the item collection of this partition-key value (table items and "
                      "local secondary index entries) would grow past " + std::to_string(limit) + " bytes",
                      {}};
    }
  }
  return OkStatus();
}

void RecordIndexWriteCharges(EngineState& s, const Table& t, int64_t table_units, const IndexWritePlan& plan) {
  IndexCharges& c = s.index_charges;
  c.Clear();
  if (!t.indexes()) return;
  c.used = true;
  c.table_write_units = table_units;
  for (const IndexWrite& w : plan.writes) c.Add({w.index->def().name, w.index->global(), 0, w.units()});
}

void ApplyIndexWrites(EngineState& s, Table& t, const PrimaryKey& key, IndexWritePlan& plan, int base_partition) {
  TableIndexes* indexes = t.indexes();
  if (!indexes) return;
  if (indexes->has_local()) indexes->AddCollectionBytes(key, plan.collection_delta);
  for (IndexWrite& w : plan.writes) {
    SecondaryIndex& index = *w.index;
    if (!index.global()) {
      // Local indexes change with the item, in the same partition.
      if (w.remove) index.Erase(*w.remove);
      if (w.put_key) index.Put(std::move(*w.put_key), std::move(w.put));
      continue;
    }
    // The plan is spent here: its keys and entries move into the queues.
    if (w.remove) EnqueueIndexUpdate(s, t, index, std::move(*w.remove), std::nullopt, w.remove_units, base_partition);
    if (w.put_key) EnqueueIndexUpdate(s, t, index, std::move(*w.put_key), std::move(w.put), w.put_units, base_partition);
  }
}

json ItemCollectionMetricsJson(const Table& t, const PrimaryKey& key) {
  const TableIndexes* indexes = t.indexes();
  if (!indexes || !indexes->has_local()) return nullptr;
  // An estimate in whole gigabytes around the collection's size (the docs' example is [0.0, 1.0]).
  constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
  const double lower = std::floor(static_cast<double>(indexes->collection_bytes(key)) / kGiB);
  return {{"ItemCollectionKey", EncodeItem(Item{{t.def().hash_key.name, key.partition}})},
          {"SizeEstimateRangeGB", {lower, lower + 1.0}}};
}

}  // namespace ddb
