// The 64-bit hash space that partitions divide, equal slices of it, and the mixing step that
// combines hashes. Slice arithmetic needs 128
// bits (2^64 itself does not fit in 64); GCC, Clang and Emscripten provide unsigned __int128, and
// __extension__ keeps -Wpedantic quiet about it.
#pragma once

#include <cstdint>

namespace ddb {

__extension__ typedef unsigned __int128 u128;

// Slice `i` of `n` equal slices of [0, 2^64) is [SliceStart(i, n), SliceEnd(i, n)). A new table's
// (or GSI's) partitions and a parallel Scan's segments (simulation choice 23) are sliced this way.
inline uint64_t SliceStart(uint64_t i, uint64_t n) {
  return static_cast<uint64_t>((static_cast<u128>(1) << 64) * i / n);
}
inline u128 SliceEnd(uint64_t i, uint64_t n) { return (static_cast<u128>(1) << 64) * (i + 1) / n; }

// Folds `field` into the running hash `h`: xor, then SplitMix64's multiply-xorshift, so a change
// in any bit of either spreads over the whole word. A handful of instructions: the event log's
// running hash and the point index's whole-key hash run it on every request.
inline uint64_t FoldHash(uint64_t h, uint64_t field) {
  h ^= field;
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 31);
}

}  // namespace ddb
