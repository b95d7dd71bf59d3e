#include "stream/stream_json.h"

#include "ddb/codec.h"
#include "stream/stream_shards.h"

namespace ddb {

json StreamRecordJson(const Stream& stream, const StreamRecord& r) {
  json dynamodb = {
      // Epoch seconds, rounded down (dynamodb-model §8.2, simulation choice 19).
      {"ApproximateCreationDateTime", kVirtualEpochSeconds + r.time_ms / 1000},
      {"Keys", EncodeItem(r.keys)},
      {"SequenceNumber", SequenceText(r.sequence)},
      {"SizeBytes", r.size_bytes},
      {"StreamViewType", StreamViewTypeName(stream.view)},
  };
  if (r.new_image) dynamodb["NewImage"] = EncodeItem(*r.new_image);
  if (r.old_image) dynamodb["OldImage"] = EncodeItem(*r.old_image);
  return {{"eventID", r.event_id},         {"eventName", ChangeKindName(r.kind)},
          {"eventVersion", "1.1"},         {"eventSource", "aws:dynamodb"},
          {"awsRegion", kStreamRegion},    {"dynamodb", dynamodb}};
}

json ShardJson(const Shard& shard) {
  json range = {{"StartingSequenceNumber", SequenceText(shard.starting_sequence)}};
  if (!shard.open) range["EndingSequenceNumber"] = SequenceText(shard.ending_sequence);
  json out = {{"ShardId", shard.id}, {"SequenceNumberRange", range}};
  if (!shard.parent_id.empty()) out["ParentShardId"] = shard.parent_id;
  return out;
}

}  // namespace ddb
