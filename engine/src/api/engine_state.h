// Everything an Engine owns, shared by the operation handlers (api/ops_*.cpp). Handlers receive
// the state and a request and return a response or an ApiError; they validate the whole request
// before changing anything.
#pragma once

#include "ddb/engine.h"
#include "ddb/events.h"
#include "sim/rng.h"
#include "sim/scheduler.h"
#include "sim/workload_generator.h"
#include "storage/table.h"
#include "expr/key_condition_cache.h"
#include "index/index_charges.h"
#include "stream/stream_state.h"

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <string>

namespace ddb {

using nlohmann::json;

// Virtual time 0 is this wall-clock instant (2026-01-01T00:00:00Z), so CreationDateTime and
// stream timestamps look real and replay identically.
inline constexpr int64_t kVirtualEpochSeconds = 1767225600;

// A workload started with StartWorkload (api/ops_workload.cpp).
struct RunningWorkload {
  enum class Status { kRunning, kStopped, kFinished };
  WorkloadGenerator generator;
  Status status = Status::kRunning;
  int64_t generated_until_ms = 0;
  uint64_t sent = 0, throttled = 0, failed = 0;
  GetItemInput read = {};  // reused by every generated read (api/ops_workload.cpp)
  int64_t read_sort_key = -1;  // the sort key number in read.key, -1 when it has none
  // The type its IndexAttribute's values take: an index's key schema decides, S otherwise.
  ValueType index_attribute_type = ValueType::kS;
};

struct EngineState {
  explicit EngineState(EngineOptions opts)
      : options(std::move(opts)),
        master_rng(options.seed),
        control_rng(master_rng.Fork()),
        capacity_rng(master_rng.Fork()),
        workload_rng(master_rng.Fork()),
        index_rng(master_rng.Fork()),
        stream_rng(master_rng.Fork()) {}

  EngineOptions options;
  Scheduler scheduler;
  Rng master_rng;
  Rng control_rng;   // control-plane durations and ids
  Rng capacity_rng;  // split durations
  Rng workload_rng;  // seeds of workload generators
  Rng index_rng;     // secondary indexes: GSI propagation lags, index creation and deletion times
  Rng stream_rng;    // stream shard ids, event ids, trigger failure injection (stream/)
  EventLog events;
  std::map<std::string, std::unique_ptr<Table>, std::less<>> tables;
  // FindTableForData's last answer: a workload or a client sends millions of requests to one
  // table, and a name comparison is cheaper than a map search. Cleared when a table is erased.
  Table* last_data_table = nullptr;
  std::map<std::string, std::unique_ptr<RunningWorkload>, std::less<>> workloads;
  std::vector<GeneratedRequest> workload_batch;  // reused by every workload step
  // --- Secondary indexes: what the last data-plane request consumed per index, for
  // ReturnConsumedCapacity=INDEXES (index/index_capacity.h). Reset by every indexed request.
  IndexCharges index_charges;
  StreamRegistry streams;  // DynamoDB streams and their triggers (stream/)
  KeyConditionCache key_conditions;  // Query's compiled KeyConditionExpressions (expr/)
  std::string event_detail;  // reused by hot paths that compose an event's detail (no allocation per event)

  int64_t now_ms() const { return scheduler.now_ms(); }
  double now_epoch_seconds() const { return kVirtualEpochSeconds + static_cast<double>(now_ms()) / 1000.0; }

  void Emit(EventKind kind, std::string_view table, int partition = -1, uint64_t key_hash = 0,
            int64_t read_half_units = 0, int64_t write_units = 0, std::string_view detail = {}) {
    events.Record(now_ms(), kind, table, partition, key_hash, read_half_units, write_units, detail);
  }
  // An event about partition `partition` of global secondary index `index` of `table`.
  void EmitForIndex(EventKind kind, std::string_view table, std::string_view index, int partition,
                    uint64_t key_hash = 0, int64_t read_half_units = 0, int64_t write_units = 0,
                    std::string_view detail = {}) {
    events.Record(now_ms(), kind, table, partition, key_hash, read_half_units, write_units, detail, index);
  }
};

using OpHandler = Result<json> (*)(EngineState&, const json& request);

// Writes the response as JSON text into `text` (ops.h: the operations that have one).
using TextHandler = Status (*)(EngineState&, const json& request, std::string* text);

// Looks up the handler of an operation name; nullptr when unknown.
OpHandler FindOperation(std::string_view name);
// The operation's text handler; nullptr when it has none (its DOM response is dumped instead).
TextHandler FindTextOperation(std::string_view name);

}  // namespace ddb
