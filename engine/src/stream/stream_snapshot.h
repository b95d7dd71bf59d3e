// The read-only view of a table's stream for the viz (ddb/engine.h StreamSnapshot).
#pragma once

#include "api/engine_state.h"

namespace ddb {

// The most recent stream of table `table` (still readable), false when none; record images only
// with `images`.
bool SnapshotStreamOf(const EngineState& s, std::string_view table, StreamSnapshot* out, size_t recent_per_shard,
                      bool images);

}  // namespace ddb
