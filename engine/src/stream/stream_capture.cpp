#include "stream/stream_capture.h"

#include "ddb/item_size.h"
#include "stream/stream_shards.h"

namespace ddb {
namespace {

Item KeysOf(const Table& t, const PrimaryKey& key) {
  Item keys;
  keys.reserve(2);
  keys.emplace(t.def().hash_key.name, key.partition);
  if (t.def().range_key && key.sort) keys.emplace(t.def().range_key->name, *key.sort);
  return keys;
}

// SizeBytes of a record (simulation choice: the item sizes, by the documented item-size rules,
// of its Keys and of the images it carries).
uint64_t RecordSize(const StreamRecord& r) {
  uint64_t size = ItemSize(r.keys);
  if (r.new_image) size += ItemSize(*r.new_image);
  if (r.old_image) size += ItemSize(*r.old_image);
  return size;
}

}  // namespace

StreamCapture CaptureBeforePut(EngineState& s, const Table& t, const PrimaryKey& key, const Item& new_item) {
  StreamCapture capture;
  capture.stream = s.streams.Capturing(t.def().name);
  if (!capture.stream) return capture;
  const StoredItem* old = t.Find(key);
  if (old && old->item == new_item) return capture;  // changes nothing: no record
  StreamRecord r;
  r.kind = old ? ChangeKind::kModify : ChangeKind::kInsert;
  r.key_hash = key.hash;
  r.keys = KeysOf(t, key);
  if (ViewHasNewImage(capture.stream->view)) r.new_image = new_item;
  if (old && ViewHasOldImage(capture.stream->view)) r.old_image = old->item;
  r.size_bytes = RecordSize(r);
  capture.record = std::move(r);
  return capture;
}

StreamCapture CaptureBeforeDelete(EngineState& s, const Table& t, const PrimaryKey& key) {
  StreamCapture capture;
  capture.stream = s.streams.Capturing(t.def().name);
  if (!capture.stream) return capture;
  const StoredItem* old = t.Find(key);
  if (!old) return capture;
  StreamRecord r;
  r.kind = ChangeKind::kRemove;
  r.key_hash = key.hash;
  r.keys = KeysOf(t, key);
  if (ViewHasOldImage(capture.stream->view)) r.old_image = old->item;
  r.size_bytes = RecordSize(r);
  capture.record = std::move(r);
  return capture;
}

void CommitCapture(EngineState& s, const Table& t, StreamCapture&& capture) {
  if (!capture.stream || !capture.record) return;
  AppendStreamRecord(s, *capture.stream, t, std::move(*capture.record));
}

}  // namespace ddb
