// Shard iterators: opaque strings naming a stream, a shard, the next sequence number to read and
// when the iterator was issued. Like DynamoDB's they start with the stream ARN and "|1|"; the
// rest is base64. Nothing is kept server-side, so an iterator is valid exactly as long as the
// documented 15 minutes after it was issued, and a replay issues identical iterators.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ddb {

struct ShardIterator {
  std::string stream_arn;
  std::string shard_id;
  uint64_t position = 0;  // sequence number of the next record to return
  int64_t issued_ms = 0;  // virtual time
};

std::string EncodeShardIterator(const ShardIterator& it);
// False when `text` is not an iterator this engine issued.
bool DecodeShardIterator(std::string_view text, ShardIterator* out);

}  // namespace ddb
