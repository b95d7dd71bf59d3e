// Searches in a sorted array that start from a guess. Hashes of partition keys are spread evenly
// over the 64-bit space, so where a hash sits in an array of them can be guessed by
// interpolation; a search that gallops out from the guess reads a few neighbouring cache lines
// instead of the log2(n) scattered ones a binary search reads. The guess only decides the cost:
// the answer is std::partition_point's for any guess, and a bad guess costs at most about twice
// a binary search.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>

namespace ddb {

// The first element of [first, last) for which `pred` holds (pred is false, then true along the
// range), found by galloping outward from `guess` (any iterator in [first, last]) and then
// bisecting the bracket: about 2·log2(d) probes for an answer d elements from the guess.
template <typename It, typename Pred>
It PartitionPointNear(It first, It last, It guess, Pred pred) {
  const auto below = [&](const auto& e) { return !pred(e); };
  if (first == last) return last;
  if (guess == last) --guess;
  using Distance = typename std::iterator_traits<It>::difference_type;
  if (pred(*guess)) {  // the answer is at or before the guess
    It hi = guess;
    for (Distance step = 1;; step *= 2) {
      if (hi - first <= step) return std::partition_point(first, hi, below);
      const It probe = hi - step;
      if (!pred(*probe)) return std::partition_point(probe + 1, hi, below);
      hi = probe;
    }
  }
  It lo = guess;  // the answer is after the guess
  for (Distance step = 1;; step *= 2) {
    if (last - lo <= step) return std::partition_point(lo + 1, last, below);
    const It probe = lo + step;
    if (pred(*probe)) return std::partition_point(lo + 1, probe, below);
    lo = probe;
  }
}

// Where `hash` would sit among `n` hashes spread evenly over [lo, hi]: an index in [0, n), the
// guess for PartitionPointNear. Floating point is fine here: the guess never changes an answer.
inline size_t InterpolateHash(uint64_t hash, uint64_t lo, uint64_t hi, size_t n) {
  if (n == 0 || hash <= lo || hi <= lo) return 0;
  if (hash >= hi) return n - 1;
  const double fraction = static_cast<double>(hash - lo) / static_cast<double>(hi - lo);
  return std::min(n - 1, static_cast<size_t>(fraction * static_cast<double>(n)));
}

}  // namespace ddb
