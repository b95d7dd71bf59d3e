// A cached copy of Engine::Metrics for one view. Copying a long series costs far more than
// drawing it (a thousand partitions x 15 minutes is a million samples), and the series only
// changes when a virtual second completes. So the cache fetches a little more than the visible
// range once; while the view follows the newest second it then copies only the new seconds
// (at most every kMetricsRefreshSeconds of real time, so a fast-forwarded clock does not refetch
// every frame) and drops what scrolled out. A full fetch happens only when the table changes or
// the view leaves the cached range (a zoom out, a pan into the past).
#pragma once

#include "ddb/engine.h"

#include <cstdint>
#include <string>

namespace ddb::viz {

inline constexpr double kMetricsRefreshSeconds = 0.2;

struct MetricsCache {
  std::string table;
  std::string index;              // a GSI of `table` whose own series these are; empty: the table's
  int64_t from_s = 0, to_s = -1;  // the range fetched
  int64_t now_s = -1;             // the virtual second when fetched
  double fetched_ui_s = -1e9;
  uint64_t generation = 0;        // bumped at every fetch (lets views cache what they derive)
  // The first second the last fetch replaced when it only copied the newest seconds; INT64_MIN
  // after a full fetch (everything may have changed).
  int64_t tail_from = INT64_MIN;
  bool ok = false;                // the engine knew the table
  MetricSeries series;
};

// Makes `cache` cover seconds [from_s, to_s] of `table`, or of its global secondary index
// `index` when one is named (Engine::IndexMetrics). Returns true if it fetched.
bool RefreshMetrics(const Engine& engine, const std::string& table, int64_t from_s, int64_t to_s,
                    double ui_s, MetricsCache* cache, const std::string& index = {});

// True when the cached series holds no sample at all (the engine has not produced metrics yet).
bool MetricsEmpty(const MetricsCache& cache);

}  // namespace ddb::viz
