// What the capacity views remember between frames: the right-hand panel (workload, heat
// timeline, capacity charts) and its tabs, the time views, the workload form, the effects read
// from the event log, and caches of what is expensive to fetch (item points, metric series). The
// App owns one CapacityViews next to its ViewState; like ViewState it holds only how we look at
// the simulation, never simulation state, and no window keeps function-local statics.
#pragma once

#include "app/chart_scope.h"
#include "app/heat_timeline_model.h"
#include "app/item_bins.h"
#include "app/key_space_layout.h"
#include "app/metrics_cache.h"
#include "app/partition_effects.h"
#include "app/time_axis.h"
#include "app/workload_model.h"
#include "ddb/engine.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ddb::viz {

// The right-hand panel shows one of these as tabs.
enum class SideTab { kWorkload, kHeatTimeline, kCapacity };

struct SidePanelWindows {
  bool workload = true;
  bool heat_timeline = true;
  bool capacity_charts = true;
};

// The selected table's items as the partition map last fetched them.
struct PartitionMapCache {
  std::string table;
  uint64_t seq = UINT64_MAX;  // EventLog::last_seq() when fetched; MAX = never
  double fetched_ui_s = -1e9;
  std::vector<ItemPoint> items;
  ItemBins bins;  // per pixel column, for large tables
  int bins_columns = 0;
  uint64_t bins_seq = UINT64_MAX;
  KeySpaceLayout layout;  // rebuilt every frame into the same buffers
};

struct HeatTimelineState {
  TimeView view;
  std::string index;  // a GSI whose own partitions are the rows; empty: the table's
  MetricsCache metrics;
  // The grid is rebuilt only when one of these changed.
  uint64_t built_generation = UINT64_MAX;
  double built_end_s = 0, built_span_s = 0;
  float built_w = 0, built_h = 0;
  size_t built_nodes = 0;
  TimelineRows rows;
  HeatGrid grid;
};

struct CapacityChartState {
  TimeView view;
  ChartScope scope;  // the table or a GSI, whole or one partition
  MetricsCache metrics;
};

// The answer to the last Start/Stop request, shown under the buttons.
struct WorkloadOutcome {
  bool has_value = false;
  bool ok = false;
  std::string operation;
  std::string error_type, error_message;
};

struct WorkloadPanelState {
  WorkloadForm form;
  int preset = 0;            // WorkloadPreset last applied
  bool preset_applied = false;
  bool show_request = false;  // the JSON the form sends, for the curious
  WorkloadOutcome outcome;
  std::vector<WorkloadRow> rows;  // the last ListWorkloads answer
  double listed_ui_s = -1e9;
  std::string list_error_type, list_error_message;
  MetricsCache cost_metrics;  // the last minute of table metrics, for the cost readout
};

struct CapacityViews {
  bool side_panel = true;  // the right-hand column
  SidePanelWindows windows;
  SideTab tab = SideTab::kWorkload;
  PartitionEffects effects;
  PartitionMapCache map;
  HeatTimelineState timeline;
  CapacityChartState charts;
  WorkloadPanelState workload;
};

}  // namespace ddb::viz
