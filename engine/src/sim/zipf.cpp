#include "sim/zipf.h"

#include "sim/bounded_draw.h"
#include "sim/portable_math.h"

#include <algorithm>

namespace ddb {

namespace {

// The integral of x^-s over [a, b] (a > 0): approximates the sum of k^-s over the integer ranks
// of a run when [a, b] extends half a rank beyond each end.
double PowerIntegral(double a, double b, double s) {
  if (s == 1.0) return PortableLog(b) - PortableLog(a);
  const double e = 1.0 - s;
  return (PortablePow(b, e) - PortablePow(a, e)) / e;
}

}  // namespace

ZipfTable::ZipfTable(uint32_t n, double skew) : n_(n < 1 ? 1 : n) {
  if (n_ <= kMaxEntries) {
    exact_ranks_ = n_;
    run_length_ = 1;
  } else {
    exact_ranks_ = kMaxEntries / 2;
    const uint32_t runs = kMaxEntries / 2;
    const uint32_t rest = n_ - exact_ranks_;
    run_length_ = (rest + runs - 1) / runs;
  }
  const uint32_t runs = (n_ - exact_ranks_ + run_length_ - 1) / run_length_;
  cdf_.resize(static_cast<size_t>(exact_ranks_) + runs);

  double total = 0;
  for (uint32_t k = 1; k <= exact_ranks_; ++k) {
    total += PortableExp(-skew * PortableLog(static_cast<double>(k)));
    cdf_[k - 1] = total;
  }
  for (uint32_t j = 0; j < runs; ++j) {
    const uint32_t first = exact_ranks_ + 1 + j * run_length_;
    const uint32_t last = std::min(n_, first + run_length_ - 1);
    total += PowerIntegral(first - 0.5, last + 0.5, skew);
    cdf_[exact_ranks_ + j] = total;
  }
  for (double& c : cdf_) c /= total;
  cdf_.back() = 1.0;  // a draw in [0, 1) always finds an entry

  guide_bits_ = 0;
  while ((size_t{1} << guide_bits_) < cdf_.size() && (1u << guide_bits_) < kMaxEntries) ++guide_bits_;
  const size_t g = size_t{1} << guide_bits_;
  guide_.resize(g + 1);
  size_t i = 0;
  for (size_t j = 0; j < g; ++j) {
    const double bound = static_cast<double>(j) / static_cast<double>(g);  // exact: g is a power of 2
    while (cdf_[i] <= bound) ++i;  // stops at the last entry at the latest (it is 1 > bound)
    guide_[j] = static_cast<uint32_t>(i);
  }
  guide_[g] = static_cast<uint32_t>(cdf_.size() - 1);
}

uint32_t ZipfTable::Draw(Rng& rng) const {
  // The same 53 bits Rng::Unit() would turn into u; their top bits pick the guide slot.
  const uint64_t bits = rng.Next() >> 11;
  const double u = static_cast<double>(bits) * (1.0 / 9007199254740992.0);
  const uint64_t j = bits >> (53 - guide_bits_);
  const auto lo = cdf_.begin() + guide_[j], hi = cdf_.begin() + guide_[j + 1] + 1;
  const size_t i = static_cast<size_t>(std::upper_bound(lo, hi, u) - cdf_.begin());
  if (i < exact_ranks_) return static_cast<uint32_t>(i) + 1;
  const uint32_t first = exact_ranks_ + 1 + static_cast<uint32_t>(i - exact_ranks_) * run_length_;
  const uint32_t length = std::min(n_, first + run_length_ - 1) - first + 1;
  return first + UniformBelow(rng, length);
}

}  // namespace ddb
