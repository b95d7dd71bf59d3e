// How a workload names its partition keys: decimal numbers written without allocation, the
// time-bucket names of TIME_SERIES keys, and the calculated write-shard suffix.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ddb {

// Longest decimal form of a uint32_t.
inline constexpr size_t kMaxDecimalDigits = 10;

// Writes `value` in decimal at `out` (no terminator); returns the digits written.
// REQUIRES: room for kMaxDecimalDigits characters.
size_t WriteDecimal(char* out, uint32_t value);

// The calculated shard of a logical key, 1..shards: the product of the key's UTF-8 code points
// modulo `shards`, plus 1 (DynamoDB developer guide, "Calculated suffixes"), reduced modulo
// `shards` after every factor so it never overflows. Decodes UTF-8; a byte that is not part of a
// well-formed sequence counts as its own value. REQUIRES: shards >= 1.
uint32_t CalculatedShard(std::string_view logical_key, uint32_t shards);

// The name of the time bucket that starts at virtual time `bucket_start_ms` (0 is
// 2026-01-01T00:00:00Z), at the precision a bucket of `bucket_seconds` needs: "2026-01-01" for
// whole days, "2026-01-01T05" for whole hours, "2026-01-01T00:05" for whole minutes, otherwise
// "2026-01-01T00:05:30". Proleptic Gregorian calendar, UTC. REQUIRES: bucket_seconds > 0.
std::string TimeBucketName(int64_t bucket_start_ms, int64_t bucket_seconds);

}  // namespace ddb
