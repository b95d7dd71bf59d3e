// A hash index from a key's whole hash to the slot that holds it, beside a HashOrderedMap's order:
// a point lookup (GetItem, a write's old image) reads one bucket and one entry, where the
// ordered search reads into two arrays and compares its way through an item collection.
//
// Open addressing with linear probing, at most half full. A bucket is 8 bytes: 32 bits of the
// hash (its tag) and the slot. The tag also names the bucket's home, so the table can grow and
// delete without reading a key; a tag shared by two keys costs one extra key comparison, never
// a wrong answer. Deletion shifts the rest of the run back instead of leaving a tombstone, so
// lookups never walk over deleted buckets.
#pragma once

#include "ddb/bulk_memory.h"

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace ddb {

class PointIndex {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  // The slot filed under `hash` whose entry `is_key(slot)` accepts; kNone when there is none.
  template <typename IsKey>
  uint32_t Find(uint64_t hash, IsKey&& is_key) const {
    if (buckets_.empty()) return kNone;
    const uint32_t tag = Tag(hash);
    for (size_t b = tag & mask_;; b = (b + 1) & mask_) {
      const Bucket& at = buckets_[b];
      if (at.slot == kNone) return kNone;
      if (at.tag == tag && is_key(at.slot)) return at.slot;
    }
  }

  // Files `slot` under `hash`. REQUIRES: the slot is not filed.
  void Insert(uint64_t hash, uint32_t slot) {
    if ((size_ + 1) * 2 > buckets_.size()) Grow();
    Place({Tag(hash), slot});
    ++size_;
  }

  // Removes `slot`, filed under `hash`. REQUIRES: it is filed.
  void Erase(uint64_t hash, uint32_t slot) {
    size_t hole = Tag(hash) & mask_;
    while (buckets_[hole].slot != slot) hole = (hole + 1) & mask_;
    // Backward-shift deletion: move later buckets of the run into the hole unless their home
    // lies cyclically in (hole, here], where moving them would put them before their home.
    for (size_t here = (hole + 1) & mask_; buckets_[here].slot != kNone; here = (here + 1) & mask_) {
      const size_t home = buckets_[here].tag & mask_;
      const bool stays = hole <= here ? (hole < home && home <= here) : (hole < home || home <= here);
      if (stays) continue;
      buckets_[hole] = buckets_[here];
      hole = here;
    }
    buckets_[hole].slot = kNone;
    --size_;
  }

  size_t size() const { return size_; }
  size_t bucket_count() const { return buckets_.size(); }

 private:
  struct Bucket {
    uint32_t tag = 0;
    uint32_t slot = kNone;
  };
  static constexpr size_t kFirstBuckets = 16;

  // Both halves of the hash: for a key hash from XXH64 any 32 bits would do, and folding keeps
  // a combined key hash (Less::PointHash) well spread too.
  static uint32_t Tag(uint64_t hash) { return static_cast<uint32_t>(hash >> 32) ^ static_cast<uint32_t>(hash); }

  void Place(Bucket bucket) {
    size_t b = bucket.tag & mask_;
    while (buckets_[b].slot != kNone) b = (b + 1) & mask_;
    buckets_[b] = bucket;
  }

  void Grow() {
    // Large tables take huge pages natively (ddb/bulk_memory.h): growing to a million items
    // touches 16 MB of fresh buckets.
    Buckets old(buckets_.empty() ? kFirstBuckets : buckets_.size() * 2);
    std::swap(old, buckets_);
    mask_ = buckets_.size() - 1;
    for (const Bucket& bucket : old) {
      if (bucket.slot != kNone) Place(bucket);
    }
  }

  using Buckets = std::vector<Bucket, BulkAllocator<Bucket>>;
  Buckets buckets_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace ddb
