#include "index/index_stale_read.h"

#include <string>

namespace ddb {

uint64_t PendingUpdatesForKey(const SecondaryIndex& index, uint64_t hash, const AttributeValue& partition_value) {
  if (!index.global() || index.queues().empty()) return 0;
  // Updates are queued on the partition that owns their key hash, so one queue holds them all.
  const IndexPartitionQueue& q = index.queues()[index.PartitionIndexFor(hash)];
  uint64_t n = 0;
  for (const PendingIndexUpdate& u : q.pending) {
    if (u.key.hash == hash && u.key.partition == partition_value) ++n;
  }
  return n;
}

uint64_t PendingUpdatesInRange(const SecondaryIndex& index, uint64_t lo, uint64_t hi) {
  if (!index.global()) return 0;
  uint64_t n = 0;
  for (const IndexPartitionQueue& q : index.queues()) {
    for (const PendingIndexUpdate& u : q.pending) {
      if (u.key.hash >= lo && u.key.hash <= hi) ++n;
    }
  }
  return n;
}

void EmitStaleRead(EngineState& s, const Table& t, const SecondaryIndex& index, const char* operation,
                   uint64_t pending, int partition, uint64_t key_hash) {
  if (pending == 0) return;
  s.EmitForIndex(EventKind::kIndexStaleRead, t.def().name, index.def().name, partition, key_hash, 0, 0,
                 index.def().name + " " + operation + ": " + std::to_string(pending) +
                     (pending == 1 ? " update" : " updates") + " not yet applied");
}

}  // namespace ddb
