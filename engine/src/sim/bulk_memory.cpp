#include "ddb/bulk_memory.h"

#include <cstdlib>
#include <new>

#if defined(__linux__) && !defined(__EMSCRIPTEN__)
#include <sys/mman.h>
#define DDB_HUGE_PAGES 1
#endif

namespace ddb {

void* AllocateBulk(size_t bytes) {
#ifdef DDB_HUGE_PAGES
  if (bytes >= kHugePageBytes) {
    const size_t reserved = BulkBytes(bytes);
    void* block = std::aligned_alloc(kHugePageBytes, reserved);
    if (!block) throw std::bad_alloc();  // what operator new does when memory runs out
    // Advice only: without huge pages (disabled, or none free) the block is ordinary memory.
    madvise(block, reserved, MADV_HUGEPAGE);
    return block;
  }
#endif
  return ::operator new(bytes);
}

void FreeBulk(void* block, size_t bytes) {
#ifdef DDB_HUGE_PAGES
  if (bytes >= kHugePageBytes) {
    std::free(block);
    return;
  }
#endif
  ::operator delete(block);
}

}  // namespace ddb
