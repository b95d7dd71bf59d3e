// The life of a stream and its shards on the virtual clock (dynamodb-model §8.1, §8.3; simulation
// choices 18 and 19):
//   enabling creates a stream (new label and ARN) with one open shard per table partition;
//   a change is appended to the open shard of the item's partition, with the next sequence number;
//   a partition split closes the parent's shard and opens one child shard per child partition;
//   every open shard rolls over to a child shard every 4 virtual hours;
//   records are trimmed 24 virtual hours after they were written; a disabled stream stays
//   readable for 24 hours, then disappears.
#pragma once

#include "api/engine_state.h"

#include <string>
#include <string_view>

namespace ddb {

// Enables a stream on `t`. REQUIRES: the table has no capturing stream.
Stream& EnableStream(EngineState& s, const Table& t, StreamViewType view);
// Stops capture: closes every open shard; the records stay readable for 24 hours.
void DisableStream(EngineState& s, Stream& stream, const std::string& why);
// The most recent stream of this table (same table id), capturing or not; nullptr when none.
const Stream* LatestStream(const EngineState& s, const Table& t);

// After the table's partitions changed (a split): closes the shards of partitions that are gone
// and opens a shard, child of the parent partition's shard, for each new partition. Cheap no-op
// when the table has no capturing stream.
void SyncShardsWithPartitions(EngineState& s, const Table& t);

// Appends a change to the open shard of the partition owning record.key_hash, giving it the next
// sequence number, the commit time and an event id; emits StreamRecordAppended.
void AppendStreamRecord(EngineState& s, Stream& stream, const Table& t, StreamRecord record);

// Trims records at least 24 hours old, drops closed shards with nothing left that closed at least
// 24 hours ago, and removes a stream disabled 24 hours ago with no shards left. Returns false when
// the stream was removed (the reference is then dangling).
bool TrimExpired(EngineState& s, Stream& stream);

// Sequence numbers as DynamoDB shows them: 21 decimal digits, zero-padded (simulation choice 19).
std::string SequenceText(uint64_t sequence);
// False unless `text` is 1..40 decimal digits that fit in 64 bits.
bool ParseSequence(std::string_view text, uint64_t* out);

// "2026-01-01T00:00:00.000" for a virtual time: the form of a StreamLabel.
std::string Iso8601Millis(int64_t virtual_ms);

}  // namespace ddb
