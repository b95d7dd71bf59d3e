#include "api/item_commit.h"

namespace ddb {
namespace {

int PartitionId(const Table& t, uint64_t hash) { return t.partitions()[t.PartitionIndexFor(hash)].id; }

}  // namespace

void CommitPut(EngineState& s, Table& t, const PrimaryKey& key, Item item, uint64_t size, int64_t write_units) {
  t.Put(key, std::move(item), size);
  s.Emit(EventKind::kItemWritten, t.def().name, PartitionId(t, key.hash), key.hash, 0, write_units);
}

bool CommitDelete(EngineState& s, Table& t, const PrimaryKey& key, int64_t write_units) {
  if (!t.Find(key)) return false;
  const int partition = PartitionId(t, key.hash);
  t.Erase(key);
  s.Emit(EventKind::kItemDeleted, t.def().name, partition, key.hash, 0, write_units);
  return true;
}

}  // namespace ddb
