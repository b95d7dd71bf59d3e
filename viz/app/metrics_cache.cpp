#include "app/metrics_cache.h"

#include <algorithm>

namespace ddb::viz {
namespace {

auto FirstAt(std::vector<MetricSample>& v, int64_t second) {
  return std::lower_bound(v.begin(), v.end(), second,
                          [](const MetricSample& s, int64_t t) { return s.second < t; });
}

// Replaces the samples of `dst` from `tail_from` on with those of `src` (both in time order).
void MergeTail(std::vector<MetricSample>* dst, const std::vector<MetricSample>& src, int64_t tail_from) {
  dst->erase(FirstAt(*dst, tail_from), dst->end());
  for (const MetricSample& s : src) {
    if (s.second >= tail_from) dst->push_back(s);
  }
}

void TrimFront(std::vector<MetricSample>* v, int64_t from) { v->erase(v->begin(), FirstAt(*v, from)); }

bool Fetch(const Engine& engine, const std::string& table, const std::string& index, int64_t from_s, int64_t to_s,
           MetricSeries* out) {
  return index.empty() ? engine.Metrics(table, from_s, to_s, out) : engine.IndexMetrics(table, index, from_s, to_s, out);
}

}  // namespace

bool RefreshMetrics(const Engine& engine, const std::string& table, int64_t from_s, int64_t to_s,
                    double ui_s, MetricsCache* c, const std::string& index) {
  const int64_t now_s = engine.now_ms() / 1000;
  from_s = std::max<int64_t>(from_s, 0);  // there is nothing before time 0
  to_s = std::max(to_s, from_s);
  const bool same = c->ok && c->table == table && c->index == index;
  const bool covered = same && from_s >= c->from_s && to_s <= c->to_s;
  // The cache reaches the newest data: a new second only needs the tail.
  const bool live = same && c->to_s >= c->now_s;
  const bool stale = live && now_s != c->now_s && ui_s - c->fetched_ui_s >= kMetricsRefreshSeconds;
  if (covered && !stale) return false;

  // Fetch a margin on both sides so panning and zooming a little reuse the copy.
  const int64_t span = std::max<int64_t>(to_s - from_s, 1);
  const int64_t want_from = std::max<int64_t>(0, from_s - span / 4);
  const int64_t want_to = std::max(to_s + span / 4, now_s + 1);
  c->fetched_ui_s = ui_s;
  ++c->generation;

  if (live && from_s >= c->from_s) {
    // Following the newest second: copy only what is new (from the second that was still
    // running at the last fetch) and drop what scrolled out, instead of the whole range again.
    const int64_t tail_from = std::max(c->from_s, c->now_s - 1);
    c->tail_from = tail_from;
    MetricSeries tail;
    c->ok = Fetch(engine, table, index, tail_from, want_to, &tail);
    if (!c->ok) {
      c->series = MetricSeries{};
      return true;
    }
    MergeTail(&c->series.table, tail.table, tail_from);
    for (auto& part : tail.partitions) {
      const int id = part.first;
      auto it = std::find_if(c->series.partitions.begin(), c->series.partitions.end(),
                             [id](const auto& p) { return p.first == id; });
      if (it == c->series.partitions.end()) {
        c->series.partitions.emplace_back(id, std::move(part.second));
      } else {
        MergeTail(&it->second, part.second, tail_from);
      }
    }
    c->from_s = std::max(c->from_s, want_from);
    TrimFront(&c->series.table, c->from_s);
    for (auto& [id, samples] : c->series.partitions) TrimFront(&samples, c->from_s);
    std::erase_if(c->series.partitions, [](const auto& p) { return p.second.empty(); });
    c->to_s = std::max(c->to_s, want_to);
    c->now_s = now_s;
    return true;
  }

  c->table = table;
  c->index = index;
  c->tail_from = INT64_MIN;
  c->from_s = want_from;
  c->to_s = want_to;
  c->now_s = now_s;
  c->ok = Fetch(engine, table, index, c->from_s, c->to_s, &c->series);
  if (!c->ok) c->series = MetricSeries{};
  return true;
}

bool MetricsEmpty(const MetricsCache& c) {
  if (!c.series.table.empty()) return false;
  for (const auto& [id, samples] : c.series.partitions) {
    if (!samples.empty()) return false;
  }
  return true;
}

}  // namespace ddb::viz
