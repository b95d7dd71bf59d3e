// What happened inside the engine, in order. The engine appends plain Event records with their
// virtual timestamp; the viz drains them to animate (an item landing in its partition, a throttle
// flash, a split) and tests assert on them. The engine never calls back into any UI.
#pragma once

#include "ddb/bulk_memory.h"
#include "ddb/ring_buffer.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ddb {

enum class EventKind : uint8_t {
  kTableCreated,    // CreateTable accepted (status CREATING)
  kTableActive,     // CREATING/UPDATING -> ACTIVE
  kTableUpdated,    // UpdateTable accepted
  kTableDeleted,    // DeleteTable accepted
  kItemWritten,     // Put/Update/BatchWrite stored an item
  kItemDeleted,     // an item was removed
  kItemRead,        // Get/Query/Scan read from a partition
  kConditionFailed, // a conditional write was refused (still charged)
  kThrottled,       // a request was refused for capacity (detail: the ThrottlingReason)
  kPartitionSplit,  // a partition divided into two children (partition: the parent)
  kSplitStarted,    // a split began; it completes after a few virtual minutes (detail: why)
  kSplitRefused,    // a split was considered and refused because it cannot help (detail: why)
  kCapacityChanged, // provisioned capacity changed (UpdateTable or auto scaling; detail: what)
  kWorkload,        // a workload generator started or stopped (detail: its name and state)
  // --- Secondary indexes (engine/src/index/). `detail` starts with the index name.
  kIndexUpdateQueued,   // a base write queued a GSI update (partition: base partition; key_hash:
                        // the index partition-key hash; write_units: index WCU)
  kIndexUpdateApplied,  // a queued GSI update reached the index (partition: index partition)
  kIndexBackfill,       // online GSI creation progress (detail: index, percent, items copied)
  kIndexActive,         // an index became ACTIVE (after creation, backfill or a throughput update)
  kIndexDeleted,        // an index was deleted (DELETING accepted, then gone)
  // Streams (stream/): partition = the table partition of the shard, detail names the shard.
  kStreamRecordAppended,  // a change was appended to a stream shard (detail: shard, event name)
  kShardOpened,           // a stream shard opened (detail: shard id and parent shard id)
  kShardClosed,           // a stream shard closed: split, rollover or stream disabled (detail: why)
  kTriggerInvoked,        // a stream trigger delivered a batch (detail: trigger, shard, records)
  kTriggerFailed,         // a stream trigger's batch failed and will be retried or dropped (detail: why)
  // A Query/Scan of a GSI was served while updates it could miss were still queued (index_stale_read.h;
  // partition: the index partition read or -1; detail: "<index> Query: 3 updates not yet applied").
  kIndexStaleRead,
};

const char* EventKindName(EventKind kind);

struct Event {
  int64_t time_ms = 0;    // virtual time
  uint64_t seq = 0;       // strictly increasing, unique per engine
  EventKind kind = EventKind::kItemWritten;
  std::string table;
  // The global secondary index whose partition `partition` is; empty when it is the table's. (A
  // GSI numbers its own partitions from 0, so an id alone does not say whose partition it is.)
  std::string index;
  int partition = -1;     // partition id within the table (or `index`), -1 when not applicable
  uint64_t key_hash = 0;  // 64-bit hash of the partition key (position in the key space)
  // Capacity consumed, in half units for reads (0.5 RCU = 1) and whole units for writes.
  int64_t read_half_units = 0;
  int64_t write_units = 0;
  std::string detail;     // short human-readable note (e.g. a throttle reason)
};

// Append-only log with a cursor-friendly interface: consumers remember the last seq they saw.
// It retains the most recent `retain` events; older ones are dropped, but the hash still covers
// them.
class EventLog {
 public:
  static constexpr size_t kDefaultRetain = 100'000;

  explicit EventLog(size_t retain = kDefaultRetain) : events_(retain) {}
  // Appends `e` (its seq is assigned here).
  void Append(const Event& e);
  // The same, written straight into a recycled slot: every request records an event, so this is
  // on the engine's hot path.
  void Record(int64_t time_ms, EventKind kind, std::string_view table, int partition, uint64_t key_hash,
              int64_t read_half_units, int64_t write_units, std::string_view detail, std::string_view index = {});
  // Retained events, oldest first. References and iterators stay valid until the next append.
  using Events = RingBuffer<Event, BulkAllocator<Event>>;
  const Events& all() const { return events_; }
  // Events with seq > after_seq, in order.
  std::vector<Event> Since(uint64_t after_seq) const;
  uint64_t last_seq() const { return next_seq_ - 1; }
  // A running hash over every event ever appended (kind, time, table, index, partition, key
  // hash, units, detail): equal histories give equal hashes, so two runs with the same seed and
  // requests can be compared in one number.
  uint64_t Hash() const { return hash_; }
  // Drops the oldest events beyond `keep` to bound memory in long sessions.
  void Trim(size_t keep) { events_.KeepNewest(keep); }

 private:
  void Seal(Event& e);  // assigns the seq and folds the event into the running hash

  Events events_;
  uint64_t next_seq_ = 1;
  uint64_t hash_ = 0;
};

}  // namespace ddb
