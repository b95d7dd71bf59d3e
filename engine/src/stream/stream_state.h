// What a DynamoDB stream holds (dynamodb-model §8): per table at most one stream captures writes;
// its records are grouped into shards, one open shard per table partition (simulation choice 18),
// and each record is retained for 24 virtual hours. Plain data owned by EngineState (StreamRegistry);
// the behaviour lives in stream_shards.cpp (lifecycle, appending, trimming) and the triggers in
// triggers.cpp. Everything is ordered (vectors in creation order, std::map), never hashed, so a
// replay visits shards and triggers in the same order.
#pragma once

#include "ddb/value.h"
#include "sim/rng.h"

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ddb {

// Documented numbers (Developer Guide, "Change data capture for DynamoDB Streams" and the
// DynamoDB Streams API reference).
inline constexpr int64_t kStreamRetentionMs = 24LL * 3600 * 1000;  // records live 24 hours
inline constexpr int64_t kIteratorLifetimeMs = 15LL * 60 * 1000;   // iterators expire after 15 minutes
inline constexpr int64_t kGetRecordsMaxLimit = 1000;               // records per GetRecords
inline constexpr uint64_t kGetRecordsMaxBytes = 1024 * 1024;       // 1 MB per GetRecords
inline constexpr int64_t kDescribeStreamMaxLimit = 100;            // shards per DescribeStream
// Simulation choices (dynamodb-model §16 row 18): an open shard rolls over to a child every 4
// virtual hours; the retention sweep runs every virtual minute (reads trim exactly, to the ms).
inline constexpr int64_t kShardRolloverMs = 4LL * 3600 * 1000;
inline constexpr int64_t kTrimSweepMs = 60 * 1000;

enum class StreamViewType : uint8_t { kKeysOnly, kNewImage, kOldImage, kNewAndOldImages };
enum class StreamStatus : uint8_t { kEnabling, kEnabled, kDisabling, kDisabled };
enum class ChangeKind : uint8_t { kInsert, kModify, kRemove };

const char* StreamViewTypeName(StreamViewType v);
// False when `name` is not one of KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES.
bool ParseStreamViewType(std::string_view name, StreamViewType* out);
const char* StreamStatusName(StreamStatus s);
const char* ChangeKindName(ChangeKind k);  // INSERT, MODIFY, REMOVE
bool ViewHasNewImage(StreamViewType v);
bool ViewHasOldImage(StreamViewType v);

struct StreamRecord {
  uint64_t sequence = 0;  // strictly increasing per stream (simulation choice 19)
  int64_t time_ms = 0;    // virtual commit time
  ChangeKind kind = ChangeKind::kInsert;
  std::string event_id;   // 32 hex characters
  uint64_t key_hash = 0;
  Item keys;
  std::optional<Item> new_image, old_image;  // present as the view type asks
  uint64_t size_bytes = 0;
};

struct Shard {
  std::string id;         // shardId-<20-digit creation ms>-<8 hex>
  std::string parent_id;  // empty for a shard without parent
  int partition_id = -1;  // the table partition whose writes it receives
  uint64_t starting_sequence = 0;
  uint64_t ending_sequence = 0;  // meaningful once closed
  bool open = true;
  int64_t opened_ms = 0, closed_ms = 0;
  std::deque<StreamRecord> records;  // retained records, oldest first
  uint64_t trimmed_below = 0;        // every record with a lower sequence number was trimmed
  uint64_t appended = 0, trimmed = 0;
};

struct Stream {
  std::string arn, label, table_name, table_id;
  std::string hash_key, range_key;  // the table's key schema (range_key empty when none)
  StreamViewType view = StreamViewType::kKeysOnly;
  StreamStatus status = StreamStatus::kEnabling;
  int64_t created_ms = 0;
  int64_t disabled_ms = -1;
  uint64_t next_sequence = 1;
  // Every shard still described, in creation order: a parent always precedes its children.
  std::vector<std::unique_ptr<Shard>> shards;
  std::map<int, Shard*> open_by_partition;
  std::map<int, std::string> last_shard_of_partition;  // for the ParentShardId of a child

  bool capturing() const { return status == StreamStatus::kEnabling || status == StreamStatus::kEnabled; }
  Shard* FindShard(std::string_view id) const {
    for (const auto& shard : shards) {
      if (shard->id == id) return shard.get();
    }
    return nullptr;
  }
};

// A simulated Lambda event source mapping with a built-in handler (triggers.h).
enum class TriggerHandler : uint8_t { kNone, kCounter, kAuditLog };

struct TriggerShardState {
  uint64_t position = 0;     // sequence number of the next record to deliver
  bool finished = false;     // the shard is closed and every record was delivered (or discarded)
  int attempts = 0;          // failed invocations of the batch at `position`
  int64_t iterator_age_ms = 0;  // of the last invocation: now - creation of the batch's last record
  uint64_t delivered = 0;
};

struct Trigger {
  std::string name, stream_arn, source_table;
  TriggerHandler handler = TriggerHandler::kNone;
  std::string target_table, count_by, count_attribute;
  int64_t batch_size = 100;
  int64_t batching_window_ms = 0;
  bool from_latest = false;
  uint64_t latest_cutoff = 0;  // StartingPosition LATEST: records before this are skipped
  int64_t max_retries = -1;    // -1: retry until the records expire
  uint64_t fail_every_nth = 0;
  double failure_rate = 0;
  Rng rng;
  uint64_t generation = 0;  // tells a stale poll task of a deleted trigger from its successor
  std::map<std::string, TriggerShardState> shards;  // by shard id
  uint64_t invocations = 0, failures = 0, retries = 0, delivered = 0, discarded = 0, expired = 0;
  int64_t created_ms = 0;
};

struct StreamRegistry {
  std::vector<std::unique_ptr<Stream>> streams;  // creation order; removed 24 h after disabling
  std::map<std::string, Stream*, std::less<>> capturing_by_table;
  std::map<std::string, std::unique_ptr<Trigger>, std::less<>> triggers;
  uint64_t trigger_generations = 0;

  Stream* Find(std::string_view arn) const {
    for (const auto& stream : streams) {
      if (stream->arn == arn) return stream.get();
    }
    return nullptr;
  }
  Stream* Capturing(std::string_view table) const {
    auto it = capturing_by_table.find(table);
    return it == capturing_by_table.end() ? nullptr : it->second;
  }
};

}  // namespace ddb
