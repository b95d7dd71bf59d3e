#include "capacity/heat_tracker.h"

#include "sim/hash_space.h"

#include <algorithm>
#include <cmath>

namespace ddb {

void HeatTracker::Reset(uint64_t hash_lo, uint64_t hash_hi) {
  lo_ = hash_lo;
  hi_ = hash_hi;
  const u128 width = static_cast<u128>(hi_ - lo_) + 1;
  bucket_width_ = static_cast<uint64_t>((width + kBuckets - 1) / kBuckets);
  buckets_.fill(0);
  top_hash_.fill(0);
  top_weight_.fill(0);
  total_ = 0;
  samples_.clear();
  items_seen_ = 0;
  sampler_ = Rng(kSamplerSeed);
}

int HeatTracker::BucketOf(uint64_t hash) const { return static_cast<int>((hash - lo_) / bucket_width_); }

uint64_t HeatTracker::BucketStart(int bucket) const {
  return lo_ + static_cast<uint64_t>(bucket) * bucket_width_;
}

void HeatTracker::Record(uint64_t key_hash, double units) {
  if (key_hash < lo_ || key_hash > hi_ || units <= 0) return;
  total_ += units;
  buckets_[static_cast<size_t>(BucketOf(key_hash))] += units;
  // Weighted Misra-Gries: add to the key's counter, or take a free one, or decrease them all.
  int free_slot = -1;
  for (int i = 0; i < kTopKeys; ++i) {
    if (top_weight_[i] > 0 && top_hash_[i] == key_hash) {
      top_weight_[i] += units;
      return;
    }
    if (top_weight_[i] <= 0 && free_slot < 0) free_slot = i;
  }
  if (free_slot >= 0) {
    top_hash_[free_slot] = key_hash;
    top_weight_[free_slot] = units;
    return;
  }
  const double smallest = std::min(units, *std::min_element(top_weight_.begin(), top_weight_.end()));
  for (double& w : top_weight_) w -= smallest;
  const double left = units - smallest;
  if (left > 0) {
    for (int i = 0; i < kTopKeys; ++i) {
      if (top_weight_[i] <= 0) {
        top_hash_[i] = key_hash;
        top_weight_[i] = left;
        break;
      }
    }
  }
}

void HeatTracker::RecordItem(uint64_t key_hash, const AttributeValue& partition, const AttributeValue& sort,
                             double units) {
  if (key_hash < lo_ || key_hash > hi_ || units <= 0) return;
  Record(key_hash, units);
  // Reservoir sampling (Algorithm R): the n-th request replaces a random sample with
  // probability kSamples/n, so the sample stays uniform over every request since Reset.
  const uint64_t n = ++items_seen_;
  size_t slot = samples_.size();
  if (slot >= kSamples) {
    const uint64_t pick = sampler_.Uniform(n);
    if (pick >= kSamples) return;
    slot = static_cast<size_t>(pick);
  } else {
    samples_.emplace_back();
  }
  SampledAccess& a = samples_[slot];
  a.hash = key_hash;
  a.partition = partition;
  a.sort = sort;
  a.units = units;
  a.arrival = n;
}

double HeatTracker::TopKeyShare(uint64_t* hash) const {
  if (total_ <= 0) return 0;
  int best = 0;
  for (int i = 1; i < kTopKeys; ++i) {
    if (top_weight_[i] > top_weight_[best]) best = i;
  }
  if (hash) *hash = top_hash_[best];
  return top_weight_[best] / total_;
}

bool HeatTracker::BalancedSplitPoint(uint64_t* split_hash, double* lower_share) const {
  if (total_ <= 0) return false;
  double below = 0, best_gap = total_ + 1;
  int best = -1;
  for (int b = 1; b < kBuckets; ++b) {
    below += buckets_[static_cast<size_t>(b - 1)];
    if (below <= 0 || below >= total_) continue;  // one side would get nothing
    const double gap = std::fabs(2 * below - total_);
    if (gap < best_gap) {
      best_gap = gap;
      best = b;
      *lower_share = below / total_;
    }
  }
  if (best < 0) return false;
  *split_hash = BucketStart(best);
  return true;
}

}  // namespace ddb
