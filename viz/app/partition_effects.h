// Capacity effects read from the engine's event log for the capacity views: a red flash on a
// partition that just refused requests (Throttled), the short animation of a partition dividing
// (PartitionSplit), the notes of splits begun or refused, and the markers the capacity charts draw
// as vertical lines (CapacityChanged, Workload). Like app/animations.h it reads the public
// EventLog through its seq cursor, never the engine's internals; it keeps its own cursor so the
// two stay independent.
#pragma once

#include "app/heat_timeline_model.h"
#include "ddb/engine.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ddb::viz {

inline constexpr double kThrottleFlashSeconds = 0.8;   // a flash fades over this (real time)
inline constexpr double kSplitAnimationSeconds = 0.6;  // the box divides, items move over
inline constexpr double kSplitNoticeSeconds = 6.0;     // "split refused: ..." stays this long
inline constexpr size_t kMaxMarkers = 2000;            // chart markers kept, newest last

struct ThrottleFlash {
  std::string table;
  int partition = -1;
  double last_s = 0;        // ui time of the latest throttle
  uint64_t count = 0;       // throttles seen since the viz started
  std::string reason;       // the latest ThrottlingReason, e.g. TableWriteKeyRangeThroughputExceeded
};

struct SplitAnimation {
  std::string table;
  int parent = -1;  // the partition that divided; its children name it as parent
  double start_s = 0;
};

struct SplitNotice {
  std::string table;
  int partition = -1;
  bool refused = false;  // false: a split started
  std::string detail;    // why, in words
  double start_s = 0;
};

// A CapacityChanged or Workload event, drawn on the capacity charts at its virtual time.
struct ChartMarker {
  std::string table;
  int64_t time_ms = 0;
  EventKind kind = EventKind::kCapacityChanged;
  std::string detail;
};

struct PartitionEffects {
  uint64_t last_seq = 0;
  std::vector<ThrottleFlash> flashes;
  std::vector<SplitAnimation> splits;
  std::vector<SplitNotice> notices;
  std::vector<ChartMarker> markers;
  std::map<std::string, PartitionLineage> lineage;  // per table, see heat_timeline_model.h
};

// Reads the events after effects->last_seq. With `animate` false (data loaded before the first
// frame) only the chart markers are kept. Then drops effects that have run their course.
void IngestEffects(const EventLog& log, double now_s, bool animate, PartitionEffects* effects);

// REQUIRES nothing; null when the partition has not been throttled.
const ThrottleFlash* FindFlash(const PartitionEffects& effects, const std::string& table, int partition);
// 1 at the moment of a throttle, fading to 0 after kThrottleFlashSeconds.
float FlashStrength(const ThrottleFlash& flash, double now_s);
// The running animation of `parent` dividing, or null.
const SplitAnimation* FindSplitAnimation(const PartitionEffects& effects, const std::string& table,
                                         int parent);
// 0 .. 1 over kSplitAnimationSeconds.
float SplitProgress(const SplitAnimation& split, double now_s);
const SplitNotice* FindNotice(const PartitionEffects& effects, const std::string& table, int partition);

// True when a throttling reason names reads ("...ReadKeyRange...", "...ReadProvisioned...").
bool IsReadThrottle(const std::string& reason);

}  // namespace ddb::viz
