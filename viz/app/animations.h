// Turns the engine's event log into short-lived animations for the partition map: each
// ItemWritten falls from above into its partition, each ItemDeleted fades out where it was, each
// ItemRead blinks. Events are read through the public EventLog cursor (seq), never by reaching
// into the engine.
#pragma once

#include "app/view_state.h"
#include "ddb/engine.h"

namespace ddb::viz {

inline constexpr double kWriteAnimationSeconds = 0.7;
inline constexpr double kDeleteAnimationSeconds = 0.9;
inline constexpr double kReadAnimationSeconds = 0.5;
// Bound on concurrent animations: a burst of writes still animates, a flood does not stall.
inline constexpr size_t kMaxAnimations = 400;

// How long a "+1 WCU" label floats above the partition that served the request (real time).
inline constexpr double kCapacityLabelSeconds = 1.5;
inline constexpr size_t kMaxCapacityLabels = 120;

// Adds (or merges into a label of the same frame, partition and key) the capacity an
// ItemWritten / ItemDeleted / ItemRead / ConditionFailed event charged.
void AddCapacityLabel(const Event& e, ViewState& state);

// Appends animations and capacity labels for events newer than state.last_event_seq and drops
// finished ones.
void IngestEvents(const Engine& engine, ViewState& state);

double AnimationDuration(AnimationKind kind);
// 0 at the start of the animation, 1 at its end (clamped).
float AnimationProgress(const ItemAnimation& animation, double now_s);
float EaseOutCubic(float t);
float EaseOutBack(float t);

}  // namespace ddb::viz
