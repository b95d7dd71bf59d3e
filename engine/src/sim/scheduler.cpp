#include "sim/scheduler.h"

#include <utility>

namespace ddb {

void Scheduler::After(int64_t delay_ms, Task task) {
  if (delay_ms < 0) delay_ms = 0;
  queue_.push(Entry{now_ms_ + delay_ms, next_seq_++, std::move(task)});
}

void Scheduler::Advance(int64_t ms) {
  if (ms < 0) return;
  const int64_t target = now_ms_ + ms;
  while (!queue_.empty() && queue_.top().due <= target) {
    // Copy out before popping: the task may push new entries.
    Entry entry = queue_.top();
    queue_.pop();
    now_ms_ = entry.due;
    entry.task();
  }
  now_ms_ = target;
}

}  // namespace ddb
