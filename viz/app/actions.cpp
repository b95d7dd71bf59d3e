#include "app/actions.h"

#include "app/requests.h"

#include <string>

namespace ddb::viz {

void TogglePlaying(ViewState& state) { state.playing = !state.playing; }

void StepClock(Engine& engine, ViewState& state, int64_t ms) {
  (void)state;
  engine.AdvanceClock(ms);
}

void CreateSampleTable(Engine& engine, ViewState& state) {
  if (RunRequest(engine, state, "CreateTable", SampleTableRequest()))
    state.selected_table = kSampleTableName;
}

namespace {

// The sample preload outwaits throttling for at most this long per item (virtual seconds).
constexpr int kMaxThrottleWaitSeconds = 600;

bool Throttled(const ViewState& state) {
  const std::string& type = state.last_response.error_type;
  return type == "ProvisionedThroughputExceededException" || type == "ThrottlingException";
}

void PutRandomItems(Engine& engine, ViewState& state, int count, bool wait_out_throttling) {
  if (state.selected_table.empty()) return;
  const KeySchema* schema = FindKeySchema(engine, state, state.selected_table);
  if (!schema) {
    RecordLocalError(state, "PutItem", "ResourceNotFoundException",
                     "Requested resource not found: Table: " + state.selected_table);
    return;
  }
  int written = 0;
  for (const auto& request :
       RandomPutRequests(state.selected_table, *schema, &state.random_item_counter, count)) {
    bool ok = RunRequest(engine, state, "PutItem", request);
    for (int waited = 0; !ok && wait_out_throttling && Throttled(state) && waited < kMaxThrottleWaitSeconds; ++waited) {
      engine.AdvanceClock(1000);
      ok = RunRequest(engine, state, "PutItem", request);
    }
    if (!ok) break;  // show the first error
    ++written;
  }
  if (written == count) {
    state.last_response.operation = "PutItem x" + std::to_string(count);
  }
}

}  // namespace

void WriteRandomItems(Engine& engine, ViewState& state, int count) {
  PutRandomItems(engine, state, count, /*wait_out_throttling=*/false);
}

void LoadRandomItems(Engine& engine, ViewState& state, int count) {
  PutRandomItems(engine, state, count, /*wait_out_throttling=*/true);
}

}  // namespace ddb::viz
