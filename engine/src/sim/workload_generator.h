// Turns a WorkloadSpec into a deterministic stream of GetItem/PutItem requests on the virtual
// clock. The generator is pure: it never touches a table. The engine asks it for the requests of
// each step ([from_ms, to_ms)) and issues them through the typed request API.
//
// Counts are exact (see RateCurve): the number of requests in a window is the integral of the rate
// over it, with the fraction carried into the next window, and their timestamps are spread evenly
// across the window. Everything random (read or write, key, item size, shard) comes from ddb::Rng
// seeded from `seed`, one sub-generator per kind of draw, so changing ReadFraction, say, leaves the
// sequence of keys as it was: two runs that differ in one setting are directly comparable.
//
// Keys (see KeySpec): Prefix + "#" + a number ("user#42") or a time-bucket name, then, with
// sharding, "." + the shard ("user#42.7"). Short keys stay within std::string's small-string
// buffer (15 characters in libstdc++, 22 in libc++), so generating a request allocates nothing.
// ZIPF draws by binary search in a precomputed table (see ZipfTable for its 1,048,576-entry cap).
//
// Not thread-safe; one generator per running workload.
#pragma once

#include "sim/rate_curve.h"
#include "sim/rng.h"
#include "sim/workload_spec.h"
#include "sim/zipf.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ddb {

struct GeneratedRequest {
  int64_t time_ms = 0;        // virtual time the request is issued, within the asked window
  bool is_read = false;       // GetItem (true) or PutItem (false)
  std::string partition_key;  // final key, shard suffix included
  uint32_t sort_key = 0;      // which of Keys.SortKeyCount sort keys (tables with a sort key)
  uint32_t index_value = 0;   // writes with an IndexAttribute: its value number, 1..ValueCount
  uint32_t item_bytes = 0;    // size the written item should have; 0 for reads
  bool consistent = false;    // ConsistentRead for reads; false for writes
};

class WorkloadGenerator {
 public:
  // The workload starts at virtual time `start_ms`: its seconds (StartSeconds, StopAfterSeconds,
  // the rate curve) count from there. TIME_SERIES buckets, in contrast, follow the virtual clock
  // itself (time 0 is 2026-01-01T00:00:00Z). REQUIRES: `spec` came from ParseWorkloadSpec.
  WorkloadGenerator(WorkloadSpec spec, uint64_t seed, int64_t start_ms);

  // Appends the requests due in [from_ms, to_ms), in time order. Nothing is due before the start
  // or from the stop on. Calls are meant to cover consecutive windows (to_ms of one call = from_ms
  // of the next); each window's count depends only on its bounds, so a skipped span simply
  // issues nothing and a repeated one repeats its count (but not its random draws). Keep windows
  // short (a simulation step): the whole window's requests are materialised at once.
  void Generate(int64_t from_ms, int64_t to_ms, std::vector<GeneratedRequest>* out);

  // True once StopAfterSeconds have elapsed since the start; never without StopAfterSeconds.
  bool finished(int64_t now_ms) const { return now_ms >= stop_ms_; }

  // Requests per second at `now_ms` (for the UI); 0 before the start and once finished.
  double RateAt(int64_t now_ms) const;

  const WorkloadSpec& spec() const { return spec_; }
  int64_t start_ms() const { return start_ms_; }

 private:
  bool DrawIsRead();
  uint32_t DrawItemBytes();
  uint32_t DrawKeyNumber();
  // Writes the final key of a request issued at `time_ms` into `key`.
  void MakeKey(int64_t time_ms, std::string* key);
  // Appends "." + shard to `buf` at `len`; `calculated_product` is the logical key's code-point
  // product modulo Shards (used by CALCULATED only). Returns the new length.
  size_t AppendShard(char* buf, size_t len, uint32_t calculated_product);

  WorkloadSpec spec_;
  int64_t start_ms_;
  int64_t stop_ms_;
  RateCurve curve_;

  Rng kind_rng_;   // read or write
  Rng key_rng_;    // which logical key
  Rng size_rng_;   // item size
  Rng shard_rng_;  // RANDOM shard suffix
  Rng sort_rng_;   // which sort key (forked after the others, so workloads without one replay as before)
  Rng index_rng_;  // which IndexAttribute value (forked after sort_rng_, for the same reason)

  // Draws of 53 random bits below these thresholds are reads / hot-key hits (fraction * 2^53).
  uint64_t read_threshold_ = 0;
  uint64_t hot_threshold_ = 0;

  std::string key_head_;  // Prefix + "#"
  std::optional<ZipfTable> zipf_;

  // CALCULATED sharding of numbered keys without a division per character: the product of
  // key_head_'s code points modulo Shards, and times_digit_[p * 10 + d] = p * ('0' + d) % Shards.
  uint32_t head_product_ = 0;
  std::vector<uint16_t> times_digit_;

  // TIME_SERIES: the bucket last named, its key and that key's code-point product.
  int64_t bucket_ms_ = 0;
  int64_t cached_bucket_ = 0;
  bool have_cached_bucket_ = false;
  std::string cached_key_;
  uint32_t cached_product_ = 0;
};

}  // namespace ddb
