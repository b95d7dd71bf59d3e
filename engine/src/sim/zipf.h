// Zipf-distributed ranks: rank k of n is drawn with probability proportional to 1 / k^skew.
//
// The table holds a cumulative distribution and a draw is one uniform number plus a binary
// search in it, so drawing costs no pow() and no allocation. A guide table indexed by the draw's
// top bits narrows the search to the few entries that can match (a draw in [j/G, (j+1)/G) can only
// land between the guides of j and j+1), so a draw touches two or three cache lines instead of
// twenty, which matters once the table outgrows the cache. The table is capped at kMaxEntries
// (1,048,576) entries, 8 MB: when n is larger, the first kMaxEntries/2 ranks keep an entry each
// (they carry most of the traffic) and the remaining ranks are grouped into kMaxEntries/2 runs of
// equal length; a run's weight is the integral of x^-skew over it, and a draw that lands in a run
// picks a rank inside it uniformly. Within a run the true probabilities differ by at most
// 0.02 % (n = 10,000,000 and skew 5: runs of 19 ranks from rank 524,289 on, (1 + 18/524289)^5),
// so the cap changes no observable share. Built with the portable math functions, so the table is the same bit for bit
// in every build.
#pragma once

#include "sim/rng.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ddb {

class ZipfTable {
 public:
  static constexpr uint32_t kMaxEntries = 1u << 20;

  // REQUIRES: n >= 1, skew > 0. Building costs O(min(n, kMaxEntries)) logarithms.
  ZipfTable(uint32_t n, double skew);

  // A rank in [1, n]; uses one draw from `rng`, and one more (rarely two) when it lands in a run.
  uint32_t Draw(Rng& rng) const;

  uint32_t n() const { return n_; }
  // Entries in the table (n when n <= kMaxEntries).
  size_t entries() const { return cdf_.size(); }

 private:
  uint32_t n_;
  uint32_t exact_ranks_;  // entries [0, exact_ranks_) are ranks 1..exact_ranks_
  uint32_t run_length_;   // each later entry covers this many ranks (the last run may be shorter)
  std::vector<double> cdf_;  // cdf_[i] = P(entry <= i); the last one is exactly 1
  int guide_bits_;           // G = 2^guide_bits_ >= entries (capped at kMaxEntries)
  std::vector<uint32_t> guide_;  // guide_[j] = first i with cdf_[i] > j / G; guide_[G] = last entry
};

}  // namespace ddb
