// Uniform integers below a 32-bit bound without a division per draw. Rng::Uniform spends two
// 64-bit divisions on every call, which dominates the cost of a generated request (and costs
// more still in WebAssembly); the workload generator draws several such numbers per request.
#pragma once

#include "sim/rng.h"

#include <cstdint>

namespace ddb {

// Uniform in [0, n), exactly (no modulo bias), from the top 32 bits of rng.Next(): the high half
// of the 64-bit product x * n is the draw, and the rare products whose low half falls below
// 2^32 mod n are drawn again (D. Lemire, "Fast Random Integer Generation in an Interval", ACM
// TOMACS 2019). The division that finds 2^32 mod n runs only when the low half is below n, that
// is with probability n / 2^32. REQUIRES: n > 0.
inline uint32_t UniformBelow(Rng& rng, uint32_t n) {
  uint64_t product = (rng.Next() >> 32) * n;
  auto low = static_cast<uint32_t>(product);
  if (low < n) {
    const uint32_t reject_below = static_cast<uint32_t>(0u - n) % n;  // 2^32 mod n
    while (low < reject_below) {
      product = (rng.Next() >> 32) * n;
      low = static_cast<uint32_t>(product);
    }
  }
  return static_cast<uint32_t>(product >> 32);
}

}  // namespace ddb
