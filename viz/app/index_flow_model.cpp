#include "app/index_flow_model.h"

#include "app/heat.h"

#include <algorithm>
#include <cstdlib>

namespace ddb::viz {
namespace {

void FillPartition(const PartitionSnapshot& p, FlowPartition* out) {
  out->id = p.id;
  out->heat = PartitionHeat(p.capacity);
  out->item_count = p.item_count;
  out->in_flight = 0;
  out->overdue = 0;
  out->parent = p.parent;
  out->splitting = p.splitting;
  out->note.assign(p.note);  // keeps its buffer from frame to frame
}

// Row of partition `id` in `rows` (sorted by id), -1 when absent.
int RowOf(const std::vector<std::pair<int, int>>& rows, int id) {
  auto it = std::lower_bound(rows.begin(), rows.end(), std::make_pair(id, -1));
  return it != rows.end() && it->first == id ? it->second : -1;
}

// Row of an index partition: GSIs have few partitions, a linear walk is cheapest.
int IndexRowOf(const FlowIndexColumn& c, int id) {
  for (size_t i = 0; i < c.partitions.size(); ++i) {
    if (c.partitions[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

float PacketProgress(int64_t enqueued_ms, int64_t apply_ms, int64_t now_ms) {
  if (apply_ms <= enqueued_ms) return 1.0f;
  double t = static_cast<double>(now_ms - enqueued_ms) / static_cast<double>(apply_ms - enqueued_ms);
  return static_cast<float>(std::clamp(t, 0.0, 1.0));
}

std::string IndexKeysText(const std::string& partition_key, const std::string& sort_key) {
  std::string s = partition_key + " (partition key)";
  if (!sort_key.empty()) s += ", " + sort_key + " (sort key)";
  return s;
}

void BuildIndexFlowModel(const TableSnapshot& t, int64_t now_ms, IndexFlowModel* m) {
  m->table = t.name;
  m->on_demand = t.billing_mode == "PAY_PER_REQUEST";
  m->base.resize(t.partitions.size());
  m->base_rows.clear();
  for (size_t i = 0; i < t.partitions.size(); ++i) {
    FillPartition(t.partitions[i], &m->base[i]);
    m->base_rows.emplace_back(t.partitions[i].id, static_cast<int>(i));
  }
  std::sort(m->base_rows.begin(), m->base_rows.end());

  size_t gsi_count = 0, lsi_count = 0;
  for (const IndexSnapshot& index : t.indexes) (index.kind == "GSI" ? gsi_count : lsi_count)++;
  m->gsis.resize(gsi_count);
  m->lsis.resize(lsi_count);
  m->total_pending = 0;
  size_t g = 0, l = 0;
  for (const IndexSnapshot& index : t.indexes) {
    if (index.kind != "GSI") {
      FlowLocalIndex& lsi = m->lsis[l++];
      lsi.name = index.name;
      lsi.keys = IndexKeysText(index.partition_key, index.sort_key);
      lsi.projection = index.projection;
      continue;
    }
    FlowIndexColumn& c = m->gsis[g++];
    c.name = index.name;
    c.keys = IndexKeysText(index.partition_key, index.sort_key);
    c.projection = index.projection;
    c.status = index.status;
    c.backfilling = index.backfilling;
    c.backfill_progress = index.backfill_progress;
    c.read_capacity = index.read_capacity;
    c.write_capacity = index.write_capacity;
    c.item_count = index.item_count;
    c.pending_updates = index.pending_updates;
    c.propagation_lag_ms = index.propagation_lag_ms;
    c.partitions.resize(index.partitions.size());
    for (size_t i = 0; i < index.partitions.size(); ++i) FillPartition(index.partitions[i], &c.partitions[i]);
    m->total_pending += index.pending_updates;
  }

  m->packets.clear();
  int column = -1;
  const std::string* column_name = nullptr;
  for (const IndexUpdateInFlight& u : t.index_updates_in_flight) {
    // Look the column up only when the index name changes from the previous update's.
    if (!column_name || *column_name != u.index) {
      column = -1;
      column_name = &u.index;
      for (size_t i = 0; i < m->gsis.size(); ++i) {
        if (m->gsis[i].name == u.index) column = static_cast<int>(i);
      }
    }
    if (column < 0) continue;
    FlowIndexColumn& c = m->gsis[static_cast<size_t>(column)];
    const int base_row = RowOf(m->base_rows, u.base_partition);
    const int index_row = IndexRowOf(c, u.index_partition);
    if (base_row < 0 || index_row < 0) continue;  // a partition that split since it was queued
    FlowPacket& p = m->packets.emplace_back();
    p.column = column;
    p.base_row = base_row;
    p.index_row = index_row;
    p.t = PacketProgress(u.enqueued_ms, u.apply_ms, now_ms);
    p.put = u.put;
    p.overdue = now_ms >= u.apply_ms;
    p.key_hash = u.key_hash;
    ++m->base[static_cast<size_t>(base_row)].in_flight;
    FlowPartition& target = c.partitions[static_cast<size_t>(index_row)];
    ++target.in_flight;
    if (p.overdue) ++target.overdue;
  }
  const uint64_t shown = t.index_updates_in_flight.size();
  m->not_shown = m->total_pending > shown ? m->total_pending - shown : 0;
}

//-------------------------------------------------------------------------------------------------
// Flags from the event log
//-------------------------------------------------------------------------------------------------

bool ParseStaleReadDetail(const std::string& detail, std::string* index, std::string* operation, uint64_t* missed) {
  const size_t space = detail.find(' ');
  const size_t colon = detail.find(": ", space == std::string::npos ? 0 : space);
  if (space == std::string::npos || space == 0 || colon == std::string::npos || colon <= space + 1) return false;
  const char* digits = detail.c_str() + colon + 2;
  char* end = nullptr;
  const unsigned long long n = std::strtoull(digits, &end, 10);
  if (end == digits) return false;
  *index = detail.substr(0, space);
  *operation = detail.substr(space + 1, colon - space - 1);
  *missed = n;
  return true;
}

bool ParseBackPressureDetail(const std::string& detail, std::string* index) {
  if (detail.rfind("IndexWrite", 0) != 0) return false;
  constexpr const char* kMarker = ": index ";
  const size_t at = detail.find(kMarker);
  if (at == std::string::npos) return false;
  const size_t begin = at + std::char_traits<char>::length(kMarker);
  const size_t end = detail.find(' ', begin);
  if (end == begin) return false;
  *index = detail.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
  return !index->empty();
}

void IngestIndexFlowEvents(const EventLog& log, double now_s, IndexFlowEffects* fx) {
  const auto& all = log.all();
  auto it = std::upper_bound(all.begin(), all.end(), fx->last_seq,
                             [](uint64_t seq, const Event& e) { return seq < e.seq; });
  std::string index, operation;
  for (; it != all.end(); ++it) {
    const Event& e = *it;
    if (e.kind == EventKind::kIndexStaleRead) {
      uint64_t missed = 0;
      if (!ParseStaleReadDetail(e.detail, &index, &operation, &missed)) continue;
      auto found = std::find_if(fx->stale_reads.begin(), fx->stale_reads.end(),
                                [&](const StaleReadFlag& f) { return f.table == e.table && f.index == index; });
      if (found == fx->stale_reads.end()) {
        fx->stale_reads.push_back({e.table, index, operation, missed, now_s});
      } else {
        found->operation = operation;
        found->missed = missed;
        found->start_s = now_s;
      }
    } else if (e.kind == EventKind::kThrottled && e.partition >= 0) {
      if (!ParseBackPressureDetail(e.detail, &index)) continue;
      auto found = std::find_if(fx->back_pressure.begin(), fx->back_pressure.end(), [&](const BackPressureFlag& f) {
        return f.table == e.table && f.base_partition == e.partition;
      });
      if (found == fx->back_pressure.end()) {
        fx->back_pressure.push_back({e.table, index, e.partition, 1, now_s});
      } else {
        if (now_s - found->start_s > kBackPressureFlagSeconds) found->count = 0;
        found->index = index;
        ++found->count;
        found->start_s = now_s;
      }
    } else if (e.kind == EventKind::kPartitionSplit && !e.index.empty()) {
      auto found = std::find_if(fx->splits.begin(), fx->splits.end(), [&](const IndexSplitFlag& f) {
        return f.table == e.table && f.index == e.index && f.parent == e.partition;
      });
      if (found == fx->splits.end()) {
        fx->splits.push_back({e.table, e.index, e.partition, now_s});
      } else {
        found->start_s = now_s;
      }
    } else if (e.kind == EventKind::kTableDeleted) {
      std::erase_if(fx->stale_reads, [&](const StaleReadFlag& f) { return f.table == e.table; });
      std::erase_if(fx->back_pressure, [&](const BackPressureFlag& f) { return f.table == e.table; });
      std::erase_if(fx->splits, [&](const IndexSplitFlag& f) { return f.table == e.table; });
    }
  }
  fx->last_seq = log.last_seq();
  std::erase_if(fx->stale_reads, [&](const StaleReadFlag& f) { return now_s - f.start_s > kStaleReadFlagSeconds; });
  std::erase_if(fx->back_pressure,
                [&](const BackPressureFlag& f) { return now_s - f.start_s > kBackPressureFlagSeconds; });
  std::erase_if(fx->splits, [&](const IndexSplitFlag& f) { return now_s - f.start_s > kIndexSplitGlowSeconds; });
}

const StaleReadFlag* FindStaleRead(const IndexFlowEffects& fx, const std::string& table, const std::string& index) {
  for (const StaleReadFlag& f : fx.stale_reads) {
    if (f.table == table && f.index == index) return &f;
  }
  return nullptr;
}

const BackPressureFlag* FindBackPressure(const IndexFlowEffects& fx, const std::string& table, int base_partition) {
  for (const BackPressureFlag& f : fx.back_pressure) {
    if (f.table == table && f.base_partition == base_partition) return &f;
  }
  return nullptr;
}

const IndexSplitFlag* FindIndexSplit(const IndexFlowEffects& fx, const std::string& table, const std::string& index,
                                     int parent) {
  for (const IndexSplitFlag& f : fx.splits) {
    if (f.parent == parent && f.table == table && f.index == index) return &f;
  }
  return nullptr;
}

float FlagStrength(double start_s, double now_s, double seconds) {
  const double t = (now_s - start_s) / seconds;
  return t >= 1.0 || t < 0.0 ? 0.0f : static_cast<float>(1.0 - t);
}

}  // namespace ddb::viz
