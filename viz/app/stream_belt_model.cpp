#include "app/stream_belt_model.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ddb::viz {

using nlohmann::json;

//-------------------------------------------------------------------------------------------------
// Records
//-------------------------------------------------------------------------------------------------

RecordKind RecordKindOf(const std::string& event_name) {
  if (event_name == "INSERT") return RecordKind::kInsert;
  if (event_name == "REMOVE") return RecordKind::kRemove;
  return RecordKind::kModify;
}

namespace {

// Cuts `text` to `max_chars` characters (bytes of ASCII; a cut never splits a UTF-8 sequence).
std::string Cut(const std::string& text, size_t max_chars) {
  if (text.size() <= max_chars || max_chars == 0) return text;
  size_t end = max_chars - 1;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end) + "\xE2\x80\xA6";  // …
}

// The value of one DynamoDB-JSON attribute value ({"S":"a"} -> a, {"N":"3"} -> 3), or its
// compact JSON when it is of another type.
std::string ValueText(const json& value) {
  if (value.is_object() && value.size() == 1) {
    const auto first = value.begin();
    const std::string& type = first.key();
    const json& inner = first.value();
    if ((type == "S" || type == "N" || type == "B") && inner.is_string()) return inner.get<std::string>();
    if (type == "BOOL" && inner.is_boolean()) return inner.get<bool>() ? "true" : "false";
    if (type == "NULL") return "null";
  }
  return value.dump();
}

}  // namespace

std::string KeyLabel(const std::string& keys_json, const std::string& partition_key, size_t max_chars) {
  json keys = json::parse(keys_json, nullptr, /*allow_exceptions=*/false);
  if (!keys.is_object() || keys.empty()) return Cut(keys_json, max_chars);
  // The partition key first, then the sort key (the map is ordered by name, not by role).
  std::string label;
  auto pk = keys.find(partition_key);
  if (pk != keys.end()) label = Cut(ValueText(*pk), max_chars);
  for (const auto& [name, value] : keys.items()) {
    if (name == partition_key) continue;
    std::string text = Cut(ValueText(value), max_chars);
    label = label.empty() ? text : label + " / " + text;
  }
  return label;
}

std::string ImageLines(const std::string& image_json) {
  if (image_json.empty()) return {};
  json image = json::parse(image_json, nullptr, /*allow_exceptions=*/false);
  if (!image.is_object()) return Cut(image_json, 200);
  std::string lines;
  for (const auto& [name, value] : image.items()) {
    if (!lines.empty()) lines += '\n';
    lines += name + ": " + Cut(ValueText(value), 60);
  }
  return lines;
}

//-------------------------------------------------------------------------------------------------
// Shards
//-------------------------------------------------------------------------------------------------

CloseReason CloseReasonOf(const std::string& detail) {
  // stream/stream_shards.cpp closes a shard "its partition split", "rolled over after 4 hours",
  // or with the reason the stream was disabled.
  if (detail.find("split") != std::string::npos) return CloseReason::kSplit;
  if (detail.find("rolled over") != std::string::npos) return CloseReason::kRollover;
  if (detail.find("disabl") != std::string::npos || detail.find("delet") != std::string::npos)
    return CloseReason::kDisabled;
  return CloseReason::kUnknown;
}

const char* CloseReasonLabel(CloseReason reason) {
  switch (reason) {
    case CloseReason::kSplit: return "closed: split";
    case CloseReason::kRollover: return "closed: rollover";
    case CloseReason::kDisabled: return "closed: stream disabled";
    case CloseReason::kUnknown: break;
  }
  return "closed";
}

void IngestShardCloses(const EventLog& events, const std::string& table, ShardCloseLog* log) {
  if (log->table != table) {
    *log = ShardCloseLog{};
    log->table = table;
  }
  const auto& all = events.all();
  // Walk back to the first unread event, then forward: each frame reads only what is new.
  auto it = all.end();
  while (it != all.begin() && std::prev(it)->seq > log->last_seq) --it;
  for (; it != all.end(); ++it) {
    if (it->kind != EventKind::kShardClosed || it->table != table) continue;
    const size_t colon = it->detail.find(':');
    if (colon == std::string::npos) continue;
    log->reasons[it->detail.substr(0, colon)] = CloseReasonOf(it->detail.substr(colon + 1));
  }
  log->last_seq = events.last_seq();
}

void LayoutBeltRows(const StreamSnapshot& stream, std::vector<BeltRow>* rows) {
  rows->clear();
  const size_t n = stream.shards.size();
  // Children of each shard, in creation order (the snapshot's order); roots apart.
  std::map<std::string, size_t> index_of;
  for (size_t i = 0; i < n; ++i) index_of[stream.shards[i].id] = i;
  std::vector<std::vector<size_t>> children(n);
  std::vector<size_t> roots;
  for (size_t i = 0; i < n; ++i) {
    auto parent = index_of.find(stream.shards[i].parent_id);
    if (stream.shards[i].parent_id.empty() || parent == index_of.end() || parent->second == i)
      roots.push_back(i);
    else
      children[parent->second].push_back(i);
  }
  // Depth-first, iteratively (a long rollover chain must not exhaust the call stack).
  struct Pending {
    size_t shard;
    int depth;
    int parent_row;
  };
  std::vector<Pending> stack;
  for (auto r = roots.rbegin(); r != roots.rend(); ++r) stack.push_back({*r, 0, -1});
  rows->reserve(n);
  while (!stack.empty()) {
    Pending p = stack.back();
    stack.pop_back();
    const int row = static_cast<int>(rows->size());
    rows->push_back({p.shard, p.depth, p.parent_row});
    const auto& kids = children[p.shard];
    for (auto c = kids.rbegin(); c != kids.rend(); ++c) stack.push_back({*c, p.depth + 1, row});
  }
}

std::string ShortShardId(const std::string& shard_id) {
  const size_t dash = shard_id.rfind('-');
  if (dash == std::string::npos || dash + 1 >= shard_id.size()) return shard_id;
  return "\xE2\x80\xA6" + shard_id.substr(dash + 1);
}

//-------------------------------------------------------------------------------------------------
// Cards
//-------------------------------------------------------------------------------------------------

VisibleCards CardsThatFit(size_t recent, float belt_width, float pitch) {
  if (recent == 0 || pitch <= 0 || belt_width <= 0) return {};
  const auto fit = static_cast<size_t>(std::floor(belt_width / pitch));
  const size_t count = std::min(recent, fit);
  return {recent - count, count};
}

//-------------------------------------------------------------------------------------------------
// Readers
//-------------------------------------------------------------------------------------------------

int CompareSequence(const std::string& a, const std::string& b) {
  // Decimal digits: strip leading zeros, then the longer number is the larger.
  auto digits = [](const std::string& s) {
    size_t i = s.find_first_not_of('0');
    return i == std::string::npos ? std::string_view() : std::string_view(s).substr(i);
  };
  std::string_view x = digits(a), y = digits(b);
  if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
  int c = x.compare(y);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

ReaderMark LocateReader(const ShardSnapshot& shard, const TriggerShardSnapshot& reader) {
  ReaderMark mark;
  if (reader.finished) {
    mark.where = ReaderMark::Where::kFinished;
    return mark;
  }
  const auto& recent = shard.recent;
  // The first shown record it has not delivered yet: sequence >= position.
  auto next = std::partition_point(recent.begin(), recent.end(), [&](const StreamRecordSummary& r) {
    return CompareSequence(r.sequence_number, reader.position) < 0;
  });
  if (next == recent.end()) {
    mark.where = ReaderMark::Where::kCaughtUp;
    return mark;
  }
  mark.record = static_cast<size_t>(next - recent.begin());
  mark.behind = recent.size() - mark.record;
  // Older records exist beyond the snapshot's window and the reader is still before all shown ones.
  const uint64_t held = shard.record_count - std::min(shard.record_count, shard.trimmed_count);
  if (mark.record == 0 && held > recent.size() && CompareSequence(recent.front().sequence_number, reader.position) > 0)
    mark.where = ReaderMark::Where::kBeforeShown;
  else
    mark.where = ReaderMark::Where::kAtRecord;
  return mark;
}

bool WaitsForParent(const TriggerSnapshot& trigger, const ShardSnapshot& shard) {
  if (shard.parent_id.empty()) return false;
  for (const TriggerShardSnapshot& r : trigger.shards) {
    if (r.shard_id == shard.parent_id) return !r.finished;
  }
  return false;  // the parent is gone (trimmed): nothing to wait for
}

std::string ReaderStatus(const TriggerShardSnapshot& reader, const ReaderMark& mark, bool waits_for_parent) {
  char buf[96];
  if (reader.pending_attempts > 0) {
    // attempts counts the failed invocations; the one under way is the next attempt.
    std::snprintf(buf, sizeof buf, "blocked on a failing batch, attempt %d", reader.pending_attempts + 1);
    return buf;
  }
  if (waits_for_parent && mark.where != ReaderMark::Where::kFinished) return "waits for the parent shard";
  switch (mark.where) {
    case ReaderMark::Where::kFinished: return "finished: shard read to its end";
    case ReaderMark::Where::kCaughtUp: return "caught up";
    case ReaderMark::Where::kBeforeShown:
      std::snprintf(buf, sizeof buf, "more than %llu records to deliver", static_cast<unsigned long long>(mark.behind));
      return buf;
    case ReaderMark::Where::kAtRecord:
      std::snprintf(buf, sizeof buf, "%llu record%s to deliver", static_cast<unsigned long long>(mark.behind),
                    mark.behind == 1 ? "" : "s");
      return buf;
  }
  return {};
}

size_t PlaceLabel(std::vector<std::vector<LabelSpan>>* lanes, float want_x, float width, float min_x, float max_x,
                  float gap, float* x) {
  auto clamp = [&](float v) { return std::max(min_x, std::min(v, max_x - width)); };
  for (size_t lane = 0; lane < lanes->size(); ++lane) {
    std::vector<LabelSpan>& spans = (*lanes)[lane];
    // Candidates: where it wants to be, and right after or right before each label already there.
    std::vector<float> candidates = {clamp(want_x)};
    for (const LabelSpan& sp : spans) {
      candidates.push_back(clamp(sp.x1 + gap));
      candidates.push_back(clamp(sp.x0 - gap - width));
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](float a, float b) { return std::fabs(a - want_x) < std::fabs(b - want_x); });
    for (float c : candidates) {
      const bool free = std::none_of(spans.begin(), spans.end(), [&](const LabelSpan& sp) {
        return c < sp.x1 + gap && c + width > sp.x0 - gap;
      });
      if (!free) continue;
      spans.push_back({c, c + width});
      *x = c;
      return lane;
    }
  }
  *x = clamp(want_x);
  lanes->back().push_back({*x, *x + width});
  return lanes->size() - 1;
}

float AgeHeat(int64_t iterator_age_ms) {
  constexpr double kCold = 100.0, kHot = 60'000.0;
  if (iterator_age_ms <= kCold) return 0.0f;
  if (iterator_age_ms >= kHot) return 1.0f;
  return static_cast<float>(std::log(iterator_age_ms / kCold) / std::log(kHot / kCold));
}

std::string FormatAge(int64_t ms) {
  char buf[48];
  if (ms < 0) ms = 0;
  if (ms < 1000) {
    std::snprintf(buf, sizeof buf, "%lld ms", static_cast<long long>(ms));
  } else if (ms < 60'000) {
    std::snprintf(buf, sizeof buf, "%.1f s", static_cast<double>(ms) / 1000.0);
  } else if (ms < 3'600'000) {
    std::snprintf(buf, sizeof buf, "%lld min %02lld s", static_cast<long long>(ms / 60'000),
                  static_cast<long long>(ms / 1000 % 60));
  } else {
    std::snprintf(buf, sizeof buf, "%lld h %02lld min", static_cast<long long>(ms / 3'600'000),
                  static_cast<long long>(ms / 60'000 % 60));
  }
  return buf;
}

//-------------------------------------------------------------------------------------------------
// Header
//-------------------------------------------------------------------------------------------------

StreamTotals SumStream(const StreamSnapshot& stream) {
  StreamTotals t;
  for (const ShardSnapshot& s : stream.shards) {
    t.appended += s.record_count;
    t.trimmed += s.trimmed_count;
    if (s.open)
      ++t.open_shards;
    else
      ++t.closed_shards;
  }
  t.retained = t.appended - std::min(t.appended, t.trimmed);
  return t;
}

}  // namespace ddb::viz
