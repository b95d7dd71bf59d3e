// Capturing a committed change for the table's stream. item_commit.cpp calls CaptureBefore*
// before it changes the table (the old image is still there) and CommitCapture after, so a
// record is appended exactly once per change, in commit order. Without a capturing stream both
// are one map lookup; images are copied only when the view type includes them.
#pragma once

#include "api/engine_state.h"

#include <optional>

namespace ddb {

struct StreamCapture {
  Stream* stream = nullptr;
  std::optional<StreamRecord> record;  // empty: nothing to append (no stream, or a no-op write)
};

// A Put of `new_item` under `key`: INSERT when there was no item, MODIFY when it differs, nothing
// when the new item equals the old one (a write that changes nothing writes no stream record).
StreamCapture CaptureBeforePut(EngineState& s, const Table& t, const PrimaryKey& key, const Item& new_item);
// A delete of the item under `key`: REMOVE when there is one.
StreamCapture CaptureBeforeDelete(EngineState& s, const Table& t, const PrimaryKey& key);
// Appends the captured record, if any.
void CommitCapture(EngineState& s, const Table& t, StreamCapture&& capture);

}  // namespace ddb
