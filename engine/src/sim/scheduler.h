// Background work on the virtual clock. Table activation, deletions, counter refreshes (and later
// splits, index propagation, TTL sweeps) are tasks due at a virtual time. Tasks run in
// (due time, insertion seq) order, so ties run first-in first-out and a replay is exact.
#pragma once

#include <cstdint>
#include <functional>
#include <queue>
#include <vector>

namespace ddb {

class Scheduler {
 public:
  using Task = std::function<void()>;

  int64_t now_ms() const { return now_ms_; }

  // Runs `task` when the clock reaches now + delay_ms (delay_ms >= 0).
  void After(int64_t delay_ms, Task task);

  // Advances time by ms, running every task due on the way at its own due time (a task may
  // schedule further tasks; those due within the window run too).
  void Advance(int64_t ms);

  size_t pending() const { return queue_.size(); }

 private:
  struct Entry {
    int64_t due;
    uint64_t seq;
    Task task;
  };
  struct Later {
    bool operator()(const Entry& a, const Entry& b) const {
      return a.due != b.due ? a.due > b.due : a.seq > b.seq;
    }
  };
  std::priority_queue<Entry, std::vector<Entry>, Later> queue_;
  int64_t now_ms_ = 0;
  uint64_t next_seq_ = 0;
};

}  // namespace ddb
