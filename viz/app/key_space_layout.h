// Where each partition's box sits on the partition map's key-space bar. Widths follow the hash
// ranges partitions own, so a learner sees how much of the key space each one covers, except that
// no box is narrower than a minimum while there is room for it: a partition that begins inside an
// item collection can own a single hash (a split by sort key, done twice in one collection), and
// a hash-true box would be a one-pixel sliver nobody can hover. The few boxes that need it get
// the minimum; the others shrink in proportion, so positions stay close to hash-true.
//
// Positions inside a box are linear in the hash (a partition of a single hash puts its items at
// the box's centre), so item dots stay inside the box of the partition that holds them.
#pragma once

#include "ddb/engine.h"

#include <cstdint>
#include <vector>

namespace ddb::viz {

class KeySpaceLayout {
 public:
  // Lays out `parts` (in key order, as a TableSnapshot lists them) over [x_min, x_max]; no box
  // is narrower than min(min_width, the bar's width / the number of partitions). Reuses its
  // buffers, so a per-frame rebuild allocates nothing once warm.
  void Build(const std::vector<PartitionSnapshot>& parts, float x_min, float x_max, float min_width);

  size_t size() const { return lo_.size(); }
  float Left(size_t i) const { return edges_[i]; }
  float Right(size_t i) const { return edges_[i + 1]; }
  // x of `hash` inside box i (clamped to the partition's range).
  float XIn(size_t i, uint64_t hash) const;
  // x of `hash` in the lowest partition whose range holds it; linear over the bar with no
  // partitions.
  float X(uint64_t hash) const;

 private:
  float x_min_ = 0, x_max_ = 0;
  std::vector<uint64_t> lo_, hi_;
  std::vector<float> edges_;   // box i spans [edges_[i], edges_[i + 1]]
  std::vector<double> width_;    // scratch for Build
  std::vector<char> at_floor_;   // scratch for Build: whether box i got the minimum width
};

}  // namespace ddb::viz
