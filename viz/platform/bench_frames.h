// `ddbviz bench-frames`: how much CPU time the partition map and the heat timeline take per frame
// with a big table, and the stream belt with a stream of many records in flight. It loads a table of many items spread over many partitions through the
// engine's door, keeps a workload running, renders frames of the real App in a hidden GLFW window
// (run it under xvfb-run on a machine without a display) and prints the median, 95th percentile
// and maximum time per frame of each window and of the whole frame, in the style of the
// throughput benchmark (tests/bench). A second run times the Index flow tab on a table whose GSI
// has over 100,000 updates in flight. `make bench` runs it; it is a benchmark, not a test.
#pragma once

namespace CLI {
class App;
}

namespace ddb::viz {

struct BenchFramesOptions {
  int items = 1'000'000;
  int partitions = 1024;
  int frames = 300;  // measured frames, after the first one (see RunBenchFrames)
  // The stream belt's run: a table with a stream holding this many records (0: skip the run),
  // and whether to skip the partition map and heat timeline run.
  int stream_records = 100'000;
  bool stream_only = false;
};

// Registers the subcommand and returns it; when it was parsed (`command->parsed()`), call
// RunBenchFrames.
CLI::App* AddBenchFramesCommand(CLI::App& cli, BenchFramesOptions* options);

// Returns 0 when the run went as planned; 1 when no window could be opened or the setup did not
// hold (a write failed or was throttled, the table got another partition count), since the
// figures would then not describe the table they claim to.
int RunBenchFrames(const BenchFramesOptions& options);

}  // namespace ddb::viz
