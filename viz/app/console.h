// The request console's logic, apart from its window: running one entry (console text ->
// ParseConsoleInput -> Engine::Handle) into a ConsoleEntry for the scrollback, shell-style history
// browsing, and turning CompleteConsoleInput's candidates into an edit of the input. No ImGui
// here, so all of it is unit-tested.
#pragma once

#include "app/view_state.h"
#include "ddb/engine.h"

#include <string>
#include <string_view>
#include <vector>

namespace ddb::viz {

// Parses `text` and, when it parses, sends it through Engine::Handle unchanged. The entry's
// capacity is summed from the events the request produced, so it shows even when the request did
// not ask for ReturnConsumedCapacity.
ConsoleEntry RunConsoleInput(Engine& engine, std::string_view text);

// Appends a submission (blank text and a repeat of the newest entry are skipped) and goes back
// to an empty draft.
void HistoryPush(ConsoleHistory& history, std::string text);
// Moves one entry back. Leaving the draft remembers `current` as the draft. Returns false (and
// leaves *out alone) at the oldest entry.
bool HistoryOlder(ConsoleHistory& history, const std::string& current, std::string* out);
// Moves one entry forward; past the newest entry comes the draft. False when already on the draft.
bool HistoryNewer(ConsoleHistory& history, std::string* out);

// Whether the byte `cursor` of `text` is on its first / last line (history keys act only there,
// so Up/Down still move between the lines of a multi-line command).
bool CursorOnFirstLine(std::string_view text, size_t cursor);
bool CursorOnLastLine(std::string_view text, size_t cursor);

// Where the word being typed starts: just after the last space, tab or newline before `end`.
size_t LastWordStart(std::string_view text);

// How Tab changes the input: replace text[word_start, end) by `replacement`.
struct CompletionEdit {
  bool changes = false;
  size_t word_start = 0;
  std::string replacement;
};
// One candidate completes the word and adds a space; several extend it to their longest common
// prefix (compared case-insensitively, as the candidates were matched) when that is longer.
CompletionEdit PlanCompletion(std::string_view text, const std::vector<std::string>& candidates);

}  // namespace ddb::viz
