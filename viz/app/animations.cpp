#include "app/animations.h"

#include <algorithm>

namespace ddb::viz {

double AnimationDuration(AnimationKind kind) {
  switch (kind) {
    case AnimationKind::kWrite: return kWriteAnimationSeconds;
    case AnimationKind::kDelete: return kDeleteAnimationSeconds;
    case AnimationKind::kRead: return kReadAnimationSeconds;
  }
  return kWriteAnimationSeconds;
}

float AnimationProgress(const ItemAnimation& animation, double now_s) {
  double t = (now_s - animation.start_s) / AnimationDuration(animation.kind);
  return static_cast<float>(std::clamp(t, 0.0, 1.0));
}

float EaseOutCubic(float t) {
  float u = 1.0f - t;
  return 1.0f - u * u * u;
}

float EaseOutBack(float t) {
  const float c1 = 1.70158f, c3 = c1 + 1.0f;
  float u = t - 1.0f;
  return 1.0f + c3 * u * u * u + c1 * u * u;
}

void AddCapacityLabel(const Event& e, ViewState& state) {
  bool failed = e.kind == EventKind::kConditionFailed;
  if (e.partition < 0 || !e.index.empty() || (e.read_half_units <= 0 && e.write_units <= 0)) return;
  if (e.kind != EventKind::kItemWritten && e.kind != EventKind::kItemDeleted &&
      e.kind != EventKind::kItemRead && !failed)
    return;
  // Events of one request arrive in the same frame: charges on the same spot add up. Under heavy
  // traffic a partition keeps at most a few labels alive; further charges add to its newest one,
  // so the numbers stay readable instead of piling up.
  constexpr int kMaxLabelsPerPartition = 3;
  CapacityLabel* newest_here = nullptr;
  int alive_here = 0;
  for (CapacityLabel& l : state.capacity_labels) {
    if (l.start_s == state.ui_time_s && l.table == e.table && l.partition == e.partition &&
        l.key_hash == e.key_hash && l.condition_failed == failed) {
      l.read_half_units += e.read_half_units;
      l.write_units += e.write_units;
      return;
    }
    if (l.table == e.table && l.partition == e.partition && l.condition_failed == failed) {
      ++alive_here;
      newest_here = &l;
    }
  }
  if (alive_here >= kMaxLabelsPerPartition && newest_here) {
    newest_here->read_half_units += e.read_half_units;
    newest_here->write_units += e.write_units;
    return;
  }
  state.capacity_labels.push_back({e.table, e.partition, e.key_hash, e.read_half_units,
                                   e.write_units, failed, state.ui_time_s});
}

void IngestEvents(const Engine& engine, ViewState& state) {
  const EventLog& log = engine.events();
  if (log.last_seq() > state.last_event_seq) {
    // A fast-forward or a workload can log thousands of requests in one frame; only the newest
    // can be seen animating, so only they are animated (this also keeps the label merge cheap).
    constexpr size_t kMaxAnimatedPerFrame = 512;
    const std::vector<Event> batch = log.Since(state.last_event_seq);
    const size_t first = batch.size() > kMaxAnimatedPerFrame ? batch.size() - kMaxAnimatedPerFrame : 0;
    for (size_t i = first; i < batch.size(); ++i) {
      const Event& e = batch[i];
      if (!e.index.empty()) continue;  // a GSI partition: not on the table's partition map
      AddCapacityLabel(e, state);
      AnimationKind kind;
      if (e.kind == EventKind::kItemWritten) {
        kind = AnimationKind::kWrite;
      } else if (e.kind == EventKind::kItemDeleted) {
        kind = AnimationKind::kDelete;
      } else if (e.kind == EventKind::kItemRead && e.partition >= 0) {
        kind = AnimationKind::kRead;
      } else {
        continue;
      }
      state.animations.push_back({kind, e.table, e.partition, e.key_hash, state.ui_time_s});
    }
    state.last_event_seq = log.last_seq();
  }
  std::erase_if(state.animations, [&](const ItemAnimation& a) {
    return state.ui_time_s - a.start_s > AnimationDuration(a.kind);
  });
  std::erase_if(state.capacity_labels, [&](const CapacityLabel& l) {
    return state.ui_time_s - l.start_s > kCapacityLabelSeconds;
  });
  if (state.capacity_labels.size() > kMaxCapacityLabels) {
    state.capacity_labels.erase(
        state.capacity_labels.begin(),
        state.capacity_labels.end() - static_cast<long>(kMaxCapacityLabels));
  }
  if (state.animations.size() > kMaxAnimations) {
    state.animations.erase(state.animations.begin(),
                           state.animations.end() - static_cast<long>(kMaxAnimations));
  }
}

}  // namespace ddb::viz
