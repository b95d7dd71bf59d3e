// The headless door for scripts (`ddbviz exec`): one JSON request per line in, one JSON line out.
//   {"op":"PutItem","request":{...}}   -> the response, or {"error":{"type":...,"message":...}}
//   {"op":"AdvanceClock","ms":N}       -> {"nowMs":...} after running what was due (manual clock)
// Blank lines and lines starting with '#' are skipped (no output), so a scenario file can carry
// comments. A line that is not valid JSON gets an error line and the session goes on. Pure: the
// caller owns the streams and, with a wall clock, advances the engine before each line.
#pragma once

#include "ddb/engine.h"

#include <optional>
#include <string>
#include <string_view>

namespace ddb {

class ExecSession {
 public:
  // manual_clock: AdvanceClock lines are accepted (otherwise they are errors: time follows the
  // wall clock, moved by the caller).
  ExecSession(Engine& engine, bool manual_clock) : engine_(engine), manual_clock_(manual_clock) {}

  // The output line for one input line (without newline), or nullopt for a skipped line.
  std::optional<std::string> HandleLine(std::string_view line);

 private:
  Engine& engine_;
  bool manual_clock_;
};

}  // namespace ddb
