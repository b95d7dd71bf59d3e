#include "platform/exec_command.h"

#include "ddb/engine.h"
#include "ddb/exec_session.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <iostream>
#include <string>

namespace ddb::viz {

CLI::App* AddExecCommand(CLI::App& cli, ExecOptions* o) {
  CLI::App* exec = cli.add_subcommand(
      "exec", "Run DynamoDB JSON requests from standard input, one per line, without a window");
  exec->add_option("--clock", o->clock, "manual: {\"op\":\"AdvanceClock\",\"ms\":N} moves virtual time; "
                                        "wall: virtual time follows real time")
      ->capture_default_str()
      ->check(CLI::IsMember({"manual", "wall"}));
  exec->add_option("--seed", o->seed, "Seed of the simulation")->capture_default_str();
  exec->add_option("--profile", o->profile, "Scale profile of new tables")
      ->capture_default_str()
      ->check(CLI::IsMember({"real", "classroom"}));
  return exec;
}

int RunExec(const ExecOptions& options) {
  Engine engine(EngineOptions{options.seed, options.profile});
  const bool manual = options.clock == "manual";
  ExecSession session(engine, manual);
  // With the wall clock, real time enters here, at the edge: before each line the engine is
  // advanced by the real time elapsed since the session started.
  const auto start = std::chrono::steady_clock::now();
  std::ios::sync_with_stdio(false);
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!manual) {
      const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
      if (elapsed.count() > engine.now_ms()) engine.AdvanceClock(elapsed.count() - engine.now_ms());
    }
    if (auto out = session.HandleLine(line)) {
      std::cout << *out << '\n';
      std::cout.flush();  // a script driving us line by line sees each answer at once
    }
  }
  return 0;
}

}  // namespace ddb::viz
