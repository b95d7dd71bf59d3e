#include "api/partition_view.h"

#include "api/json_out.h"
#include "ddb/codec.h"

#include <cstdio>

namespace ddb {
namespace {

std::string Hex64(uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

json LaneJson(const ThroughputLane& lane) {
  return {{"Share", lane.share()},
          {"AdaptiveBoost", lane.boost()},
          {"PartitionLimit", lane.ceiling()},
          {"ConsumedLastSecond", lane.consumed_last_second()},
          {"BurstTokens", lane.burst()},
          {"BurstTokensMax", lane.burst_max()},
          {"ThrottledRequests", lane.throttled_total()}};
}

// A key value as a learner reads it (keys are S, N or B).
std::string DisplayText(const AttributeValue& v) {
  switch (v.type()) {
    case ValueType::kS: return v.s();
    case ValueType::kN: return v.n().ToString();
    case ValueType::kB: return Base64Encode(v.b().bytes);
    default: break;
  }
  std::string text;
  AppendValueText(v, text);
  return text;
}

}  // namespace

PartitionSnapshot SnapshotPartition(const Partition& p) {
  PartitionSnapshot snap;
  snap.id = p.id;
  snap.parent = p.parent;
  snap.hash_lo = p.hash_lo;
  snap.hash_hi = p.hash_hi;
  snap.item_count = p.item_count;
  snap.size_bytes = p.size_bytes;
  PartitionCapacity& c = snap.capacity;
  c.read_share = p.read.share();
  c.write_share = p.write.share();
  c.read_boost = p.read.boost();
  c.write_boost = p.write.boost();
  c.read_ceiling = p.read.ceiling();
  c.write_ceiling = p.write.ceiling();
  c.consumed_read = p.read.consumed_last_second();
  c.consumed_write = p.write.consumed_last_second();
  c.burst_read = p.read.burst();
  c.burst_write = p.write.burst();
  c.burst_read_max = p.read.burst_max();
  c.burst_write_max = p.write.burst_max();
  c.throttled_reads = p.read.throttled_total();
  c.throttled_writes = p.write.throttled_total();
  snap.splitting = p.splitting;
  snap.note = p.note;
  if (p.first_key && p.first_key->sort) {
    snap.first_partition_key = DisplayText(p.first_key->partition);
    snap.first_sort_key = DisplayText(*p.first_key->sort);
  }
  return snap;
}

json PartitionJson(const Partition& p) {
  json part = {{"PartitionId", p.id},
               {"HashRangeStart", Hex64(p.hash_lo)},
               {"HashRangeEnd", Hex64(p.hash_hi)},
               {"ItemCount", p.item_count},
               {"SizeBytes", p.size_bytes},
               {"Status", p.splitting ? "SPLITTING" : "ACTIVE"},
               {"ReadCapacity", LaneJson(p.read)},
               {"WriteCapacity", LaneJson(p.write)}};
  if (p.parent >= 0) part["ParentPartitionId"] = p.parent;
  if (!p.note.empty()) part["Note"] = p.note;
  return part;
}

}  // namespace ddb
