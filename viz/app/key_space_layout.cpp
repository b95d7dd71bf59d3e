#include "app/key_space_layout.h"

#include <algorithm>

namespace ddb::viz {
namespace {

constexpr double kKeySpace = 18446744073709551616.0;  // 2^64 hashes

// The share of the key space [lo, hi] covers.
double Share(uint64_t lo, uint64_t hi) { return (static_cast<double>(hi - lo) + 1.0) / kKeySpace; }

}  // namespace

void KeySpaceLayout::Build(const std::vector<PartitionSnapshot>& parts, float x_min, float x_max, float min_width) {
  x_min_ = x_min;
  x_max_ = x_max;
  const size_t n = parts.size();
  lo_.resize(n);
  hi_.resize(n);
  width_.resize(n);
  edges_.resize(n + 1);
  if (n == 0) return;
  const double total = std::max(0.0, static_cast<double>(x_max - x_min));
  const double floor_width = std::min(static_cast<double>(min_width), total / static_cast<double>(n));
  for (size_t i = 0; i < n; ++i) {
    lo_[i] = parts[i].hash_lo;
    hi_[i] = parts[i].hash_hi;
  }
  // Boxes below the floor get it; the rest share what is left in proportion to their ranges.
  // Shrinking may push another box below the floor, so repeat until none is (each round fixes
  // at least one more box, and all n at the floor fit by the choice of floor_width).
  std::vector<double>& w = width_;
  std::vector<char>& fixed = at_floor_;
  fixed.assign(n, 0);
  for (size_t round = 0; round < n; ++round) {
    double fixed_width = 0, free_natural = 0;
    for (size_t i = 0; i < n; ++i) {
      const double natural = Share(lo_[i], hi_[i]) * total;
      if (fixed[i]) fixed_width += floor_width;
      else free_natural += natural;
    }
    const double scale = free_natural > 0 ? std::max(0.0, total - fixed_width) / free_natural : 0;
    bool changed = false;
    for (size_t i = 0; i < n; ++i) {
      if (fixed[i]) {
        w[i] = floor_width;
        continue;
      }
      w[i] = Share(lo_[i], hi_[i]) * total * scale;
      if (w[i] < floor_width) {
        fixed[i] = 1;
        changed = true;
      }
    }
    if (!changed) break;
  }
  double x = x_min;
  for (size_t i = 0; i < n; ++i) {
    edges_[i] = static_cast<float>(x);
    x += w[i];
  }
  edges_[n] = x_max;  // no rounding gap at the end
}

float KeySpaceLayout::XIn(size_t i, uint64_t hash) const {
  const uint64_t lo = lo_[i], hi = hi_[i];
  if (lo == hi) return (edges_[i] + edges_[i + 1]) * 0.5f;
  const uint64_t h = std::clamp(hash, lo, hi);
  const double f = static_cast<double>(h - lo) / (static_cast<double>(hi - lo) + 1.0);
  return edges_[i] + static_cast<float>(f * static_cast<double>(edges_[i + 1] - edges_[i]));
}

float KeySpaceLayout::X(uint64_t hash) const {
  if (lo_.empty()) return x_min_ + static_cast<float>(static_cast<double>(hash) / kKeySpace * (x_max_ - x_min_));
  const auto it = std::lower_bound(hi_.begin(), hi_.end(), hash);
  const size_t i = it == hi_.end() ? hi_.size() - 1 : static_cast<size_t>(it - hi_.begin());
  return XIn(i, hash);
}

}  // namespace ddb::viz
