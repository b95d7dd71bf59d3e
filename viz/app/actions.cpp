#include "app/actions.h"

#include "app/requests.h"

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

void WriteRandomItems(Engine& engine, ViewState& state, int count) {
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
    if (!RunRequest(engine, state, "PutItem", request)) break;  // show the first error
    ++written;
  }
  if (written == count) {
    state.last_response.operation = "PutItem x" + std::to_string(count);
  }
}

}  // namespace ddb::viz
