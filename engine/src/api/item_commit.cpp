#include "api/item_commit.h"

#include "stream/stream_capture.h"

namespace ddb {
void CommitPut(EngineState& s, Table& t, PrimaryKey&& key, Item&& item, uint64_t size, int64_t write_units,
               IndexWritePlan* index_plan) {
  StreamCapture stream_change = CaptureBeforePut(s, t, key, item);  // [stream] needs the old image
  const int partition = t.PartitionIdFor(key);
  // --- Secondary indexes: LSIs change with the item, GSI updates are queued.
  if (t.indexes()) {
    IndexWritePlan computed;
    if (!index_plan) {
      const StoredItem* old = t.Find(key);
      computed = PlanIndexWrites(t, key, old ? &old->item : nullptr, old ? old->size : 0, &item, size);
      index_plan = &computed;
    }
    ApplyIndexWrites(s, t, key, *index_plan, partition);
  }
  const uint64_t hash = key.hash;
  t.Put(std::move(key), std::move(item), size);
  s.Emit(EventKind::kItemWritten, t.def().name, partition, hash, 0, write_units);
  CommitCapture(s, t, std::move(stream_change));  // [stream]
}

bool CommitDelete(EngineState& s, Table& t, const PrimaryKey& key, int64_t write_units, IndexWritePlan* index_plan) {
  const StoredItem* old = t.Find(key);
  if (!old) return false;
  StreamCapture stream_change = CaptureBeforeDelete(s, t, key);  // [stream] needs the old image
  const int partition = t.PartitionIdFor(key);
  // --- Secondary indexes.
  if (t.indexes()) {
    IndexWritePlan computed;
    if (!index_plan) {
      computed = PlanIndexWrites(t, key, &old->item, old->size, nullptr, 0);
      index_plan = &computed;
    }
    ApplyIndexWrites(s, t, key, *index_plan, partition);
  }
  t.Erase(key);
  s.Emit(EventKind::kItemDeleted, t.def().name, partition, key.hash, 0, write_units);
  CommitCapture(s, t, std::move(stream_change));  // [stream]
  return true;
}

}  // namespace ddb
