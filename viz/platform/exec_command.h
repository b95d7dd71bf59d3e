// `ddbviz exec`: the headless door for scripts. Reads one JSON request per line from standard
// input and writes one JSON line per request to standard output (see ddb/exec_session.h).
#pragma once

#include <cstdint>
#include <string>

namespace CLI {
class App;
}

namespace ddb::viz {

struct ExecOptions {
  std::string clock = "manual";  // "manual": AdvanceClock lines move time; "wall": real time does
  uint64_t seed = 1;
  std::string profile = "real";
};

// Registers the subcommand and returns it; when it was parsed (`exec->parsed()`), call RunExec.
CLI::App* AddExecCommand(CLI::App& cli, ExecOptions* options);
int RunExec(const ExecOptions& options);

}  // namespace ddb::viz
