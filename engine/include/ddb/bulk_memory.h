// Memory for the engine's few large, long-lived arrays: the event ring and the slabs that hold a
// table's items and an index's entries. They grow by touching fresh memory, and each first touch
// of a 4 KB page is a page fault; on some virtual machines a fault costs about 15 microseconds,
// more than a whole PutItem, so growing a table spent most of its time in the kernel. Where the
// platform has transparent huge pages (Linux), a block of at least kHugePageBytes is aligned to
// and advised for 2 MB pages: one fault then maps 512 pages' worth. Elsewhere (wasm, other
// systems) it is plain operator new. Either way untouched memory costs address space only.
#pragma once

#include <cstddef>

namespace ddb {

inline constexpr size_t kHugePageBytes = size_t{2} << 20;

// `bytes` > 0. A block of kHugePageBytes or more is reserved in whole huge pages: callers size
// such blocks in multiples of kHugePageBytes (BulkBytes) to use all of it.
void* AllocateBulk(size_t bytes);
// Frees a block from AllocateBulk, given the same size.
void FreeBulk(void* block, size_t bytes);
// `bytes` rounded up to whole huge pages once it is large enough to get them.
constexpr size_t BulkBytes(size_t bytes) {
  return bytes < kHugePageBytes ? bytes : (bytes + kHugePageBytes - 1) / kHugePageBytes * kHugePageBytes;
}

// A standard allocator over AllocateBulk, for a container that reserves its storage once (the
// event ring).
template <typename T>
struct BulkAllocator {
  using value_type = T;
  BulkAllocator() = default;
  template <typename U>
  BulkAllocator(const BulkAllocator<U>&) {}  // NOLINT: allocators convert implicitly
  T* allocate(size_t n) { return static_cast<T*>(AllocateBulk(n * sizeof(T))); }
  void deallocate(T* p, size_t n) { FreeBulk(p, n * sizeof(T)); }
  friend bool operator==(const BulkAllocator&, const BulkAllocator&) { return true; }
};

}  // namespace ddb
