// Canonical bytes of a scalar key value, and the partition-key hash built on them. Equal keys
// give equal bytes whatever their wire spelling (numbers are normalised, so "1.50" and "1.5"
// hash alike), and the type tag keeps S "1", N "1" and B "1" apart.
#pragma once

#include <cstdint>
#include <string>

#include "ddb/value.h"

namespace ddb {

// One type tag byte ('S', 'N' or 'B') followed by the UTF-8 bytes (S), the raw bytes (B) or the
// canonical decimal text (N). REQUIRES: v is S, N or B.
std::string KeyBytes(const AttributeValue& v);

// XXH64 of KeyBytes(v) with seed 0: the stand-in for DynamoDB's internal hash function that
// places a partition-key value on a partition. REQUIRES: v is S, N or B.
uint64_t HashPartitionKey(const AttributeValue& v);

}  // namespace ddb
