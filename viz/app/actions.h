// User actions reachable from more than one place (menu, buttons, keyboard), so each one is
// written once. They change the engine only through Engine::Handle or AdvanceClock.
#pragma once

#include "app/view_state.h"
#include "ddb/engine.h"

#include <cstdint>

namespace ddb::viz {

void TogglePlaying(ViewState& state);
// Advances virtual time by `ms` at once (the "step" button), playing or not.
void StepClock(Engine& engine, ViewState& state, int64_t ms);
// CreateTable for the Music sample table, then selects it.
void CreateSampleTable(Engine& engine, ViewState& state);
// PutItem x count with deterministic random keys into the selected table.
// A throttled write is an error shown to the learner, and the rest are not sent.
void WriteRandomItems(Engine& engine, ViewState& state, int count);
// The same writes as a bulk load: a throttled write waits a virtual second and is retried, so
// the table ends up with every item however small its capacity (the clock shows what it took).
void LoadRandomItems(Engine& engine, ViewState& state, int count);

}  // namespace ddb::viz
