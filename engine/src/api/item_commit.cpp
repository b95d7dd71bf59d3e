#include "api/item_commit.h"

#include "stream/stream_capture.h"

namespace ddb {
namespace {

int PartitionId(const Table& t, uint64_t hash) { return t.partitions()[t.PartitionIndexFor(hash)].id; }

}  // namespace

void CommitPut(EngineState& s, Table& t, const PrimaryKey& key, Item item, uint64_t size, int64_t write_units) {
  StreamCapture stream_change = CaptureBeforePut(s, t, key, item);  // [stream] needs the old image
  t.Put(key, std::move(item), size);
  s.Emit(EventKind::kItemWritten, t.def().name, PartitionId(t, key.hash), key.hash, 0, write_units);
  CommitCapture(s, t, std::move(stream_change));  // [stream]
}

bool CommitDelete(EngineState& s, Table& t, const PrimaryKey& key, int64_t write_units) {
  if (!t.Find(key)) return false;
  StreamCapture stream_change = CaptureBeforeDelete(s, t, key);  // [stream] needs the old image
  const int partition = PartitionId(t, key.hash);
  t.Erase(key);
  s.Emit(EventKind::kItemDeleted, t.def().name, partition, key.hash, 0, write_units);
  CommitCapture(s, t, std::move(stream_change));  // [stream]
  return true;
}

}  // namespace ddb
