// The built-in handlers of stream triggers (triggers.h). Each receives one batch, in shard order,
// and writes through the request door (UpdateItem, PutItem) like any client. Returns "" on
// success, else why the batch failed (the error of the write that failed).
#pragma once

#include "api/engine_state.h"

#include <deque>
#include <string>

namespace ddb {

struct TriggerBatch {
  const Stream* stream = nullptr;
  std::deque<StreamRecord>::const_iterator begin, end;
};

std::string RunTriggerHandler(EngineState& s, const Trigger& trigger, const TriggerBatch& batch);

}  // namespace ddb
