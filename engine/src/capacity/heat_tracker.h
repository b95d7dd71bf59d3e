// Where in a partition's key range the traffic goes, so a split for heat can pick its split
// point from the observed access distribution (dynamodb-model §6.6, simulation choice 5) and
// refuse a split that cannot help: one key carrying most of the traffic.
//
// Three cheap summaries per partition, updated on every admitted request:
//   a histogram of consumed units over kBuckets equal slices of the partition's hash range;
//   the heaviest keys (weighted Misra-Gries with kTopKeys counters: any key carrying more than
//   1/(kTopKeys+1) of the traffic is guaranteed to be among them);
//   for tables with a sort key, a uniform sample of the requests that named one item (reservoir
//   sampling of kSamples, with a generator of fixed seed so a replay samples alike): where
//   inside an item collection the traffic goes, for a split by sort key.
#pragma once

#include "ddb/value.h"
#include "sim/rng.h"

#include <array>
#include <cstdint>
#include <vector>

namespace ddb {

// One sampled request: the item it named and the units it consumed.
struct SampledAccess {
  uint64_t hash = 0;
  AttributeValue partition, sort;
  double units = 0;
  uint64_t arrival = 0;  // the request's number among those recorded, to tell time-ordered keys
};

class HeatTracker {
 public:
  static constexpr int kBuckets = 64;
  static constexpr int kTopKeys = 8;
  static constexpr size_t kSamples = 64;

  void Reset(uint64_t hash_lo, uint64_t hash_hi);
  void Record(uint64_t key_hash, double units);
  // Record() for a request that named one item of a table with a sort key.
  void RecordItem(uint64_t key_hash, const AttributeValue& partition, const AttributeValue& sort, double units);
  const std::vector<SampledAccess>& samples() const { return samples_; }

  double total() const { return total_; }
  // The estimated share of the traffic carried by the heaviest key (a lower bound), and its hash.
  double TopKeyShare(uint64_t* hash = nullptr) const;
  // The bucket boundary that divides the recorded traffic most evenly: the first hash of the
  // upper child. Returns false when every unit fell into one bucket (no boundary divides it).
  bool BalancedSplitPoint(uint64_t* split_hash, double* lower_share) const;

 private:
  uint64_t lo_ = 0, hi_ = 0;
  uint64_t bucket_width_ = 1;  // hashes per bucket (rounded up), so BucketOf is one division
  std::array<double, kBuckets> buckets_{};
  std::array<uint64_t, kTopKeys> top_hash_{};
  std::array<double, kTopKeys> top_weight_{};
  double total_ = 0;
  std::vector<SampledAccess> samples_;
  uint64_t items_seen_ = 0;
  static constexpr uint64_t kSamplerSeed = 0x5A3D1E;
  Rng sampler_{kSamplerSeed};

  int BucketOf(uint64_t hash) const;
  uint64_t BucketStart(int bucket) const;
};

}  // namespace ddb
