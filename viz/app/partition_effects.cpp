#include "app/partition_effects.h"

#include <algorithm>

namespace ddb::viz {
namespace {

ThrottleFlash* FlashFor(PartitionEffects* fx, const std::string& table, int partition) {
  for (ThrottleFlash& f : fx->flashes) {
    if (f.partition == partition && f.table == table) return &f;
  }
  fx->flashes.push_back({table, partition, 0, 0, {}});
  return &fx->flashes.back();
}

}  // namespace

void IngestEffects(const EventLog& log, double now_s, bool animate, PartitionEffects* fx) {
  const auto& all = log.all();
  // Events are in seq order: start after the cursor without copying the log.
  auto it = std::upper_bound(all.begin(), all.end(), fx->last_seq,
                             [](uint64_t seq, const Event& e) { return seq < e.seq; });
  ThrottleFlash* last_flash = nullptr;  // a flood of throttles usually hits one partition
  for (; it != all.end(); ++it) {
    const Event& e = *it;
    // A GSI's partitions are not on the table's map (the index flow view shows them).
    if (!e.index.empty()) continue;
    switch (e.kind) {
      case EventKind::kThrottled: {
        if (!animate || e.partition < 0) break;
        ThrottleFlash* f = last_flash && last_flash->partition == e.partition && last_flash->table == e.table
                               ? last_flash
                               : FlashFor(fx, e.table, e.partition);
        f->last_s = now_s;
        ++f->count;
        f->reason = e.detail;
        last_flash = f;
        break;
      }
      case EventKind::kPartitionSplit:
        if (animate) fx->splits.push_back({e.table, e.partition, now_s});
        break;
      case EventKind::kSplitStarted:
      case EventKind::kSplitRefused:
        if (animate)
          fx->notices.push_back({e.table, e.partition, e.kind == EventKind::kSplitRefused, e.detail, now_s});
        break;
      case EventKind::kCapacityChanged:
      case EventKind::kWorkload:
        fx->markers.push_back({e.table, e.time_ms, e.kind, e.detail});
        break;
      case EventKind::kTableDeleted:
        // A new table may reuse the name: forget its partitions and its indexes' partitions.
        std::erase_if(fx->lineage, [&](const auto& entry) { return IsLineageOfTable(entry.first, e.table); });
        break;
      default:
        break;
    }
  }
  fx->last_seq = log.last_seq();
  // FlashFor's push_back may have moved flashes: last_flash is not used past this point.

  std::erase_if(fx->flashes, [&](const ThrottleFlash& f) {
    // Keep the counters of recently throttled partitions for the tooltip; drop long-quiet ones.
    return now_s - f.last_s > 60.0;
  });
  std::erase_if(fx->splits, [&](const SplitAnimation& s) { return now_s - s.start_s > kSplitAnimationSeconds; });
  std::erase_if(fx->notices, [&](const SplitNotice& n) { return now_s - n.start_s > kSplitNoticeSeconds; });
  if (fx->markers.size() > kMaxMarkers)
    fx->markers.erase(fx->markers.begin(), fx->markers.end() - static_cast<long>(kMaxMarkers));
}

const ThrottleFlash* FindFlash(const PartitionEffects& fx, const std::string& table, int partition) {
  for (const ThrottleFlash& f : fx.flashes) {
    if (f.partition == partition && f.table == table) return &f;
  }
  return nullptr;
}

float FlashStrength(const ThrottleFlash& flash, double now_s) {
  double t = (now_s - flash.last_s) / kThrottleFlashSeconds;
  return t >= 1.0 || t < 0.0 ? 0.0f : static_cast<float>(1.0 - t);
}

const SplitAnimation* FindSplitAnimation(const PartitionEffects& fx, const std::string& table, int parent) {
  for (const SplitAnimation& s : fx.splits) {
    if (s.parent == parent && s.table == table) return &s;
  }
  return nullptr;
}

float SplitProgress(const SplitAnimation& split, double now_s) {
  return static_cast<float>(std::clamp((now_s - split.start_s) / kSplitAnimationSeconds, 0.0, 1.0));
}

const SplitNotice* FindNotice(const PartitionEffects& fx, const std::string& table, int partition) {
  const SplitNotice* found = nullptr;
  for (const SplitNotice& n : fx.notices) {
    if (n.partition == partition && n.table == table) found = &n;  // the newest wins
  }
  return found;
}

bool IsReadThrottle(const std::string& reason) { return reason.find("Read") != std::string::npos; }

}  // namespace ddb::viz
